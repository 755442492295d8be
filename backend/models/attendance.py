"""Attendance: each employee's monthly attendance summary as the time clock (DingTalk, WeCom, a
partner's attendance system) reports it, and leave taken.

Monthly summaries, not clock-in events: that is what attendance systems export for payroll and
what HR reads (late count and minutes, overtime hours, absences)."""

from enum import Enum

from tortoise import fields
from tortoise.models import Model


class AttendanceMonth(Model):
    id = fields.IntField(primary_key=True)
    employee = fields.ForeignKeyField("models.Employee", related_name="attendance_months", on_delete=fields.RESTRICT)
    month = fields.DateField()  # the first day of the month
    scheduled_days = fields.DecimalField(max_digits=4, decimal_places=1)
    worked_days = fields.DecimalField(max_digits=4, decimal_places=1)
    late_count = fields.IntField(default=0)
    late_minutes = fields.IntField(default=0)
    overtime_hours = fields.DecimalField(max_digits=6, decimal_places=1, default=0)
    absent_days = fields.DecimalField(max_digits=4, decimal_places=1, default=0)  # unexcused
    source = fields.CharField(max_length=40, default="manual")  # manual | import | a partner client's name
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "attendance_months"
        unique_together = (("employee", "month"),)
        indexes = (("month",),)


class LeaveKind(str, Enum):
    ANNUAL = "annual"
    SICK = "sick"
    PERSONAL = "personal"
    MARRIAGE = "marriage"
    MATERNITY = "maternity"
    PATERNITY = "paternity"
    BEREAVEMENT = "bereavement"
    UNPAID = "unpaid"


class LeaveStatus(str, Enum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    CANCELLED = "cancelled"


class LeaveRecord(Model):
    id = fields.IntField(primary_key=True)
    employee = fields.ForeignKeyField("models.Employee", related_name="leave_records", on_delete=fields.RESTRICT)
    kind = fields.CharEnumField(LeaveKind, max_length=12)
    start_date = fields.DateField()
    end_date = fields.DateField()
    days = fields.DecimalField(max_digits=5, decimal_places=1)  # working days, half days allowed
    status = fields.CharEnumField(LeaveStatus, max_length=10, default=LeaveStatus.APPROVED)
    reason = fields.TextField(default="")
    decided_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "leave_records"
        indexes = (("employee", "start_date"),)
