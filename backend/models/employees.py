"""Employees and their employment history."""

from enum import Enum

from tortoise import fields
from tortoise.models import Model

from backend.models.fields import EncryptedTextField


class Gender(str, Enum):
    MALE = "male"
    FEMALE = "female"


class EmploymentType(str, Enum):
    FULL_TIME = "full_time"
    PART_TIME = "part_time"
    INTERN = "intern"
    TALENT = "talent"  # talent/agency (brokerage) contract


class EmployeeStatus(str, Enum):
    PROBATION = "probation"
    ACTIVE = "active"
    LEAVING = "leaving"
    LEFT = "left"


class EventKind(str, Enum):
    HIRED = "hired"
    TRANSFERRED = "transferred"
    PROMOTED = "promoted"
    SALARY_CHANGED = "salary_changed"
    LEFT = "left"


class ExitReason(str, Enum):
    COMPENSATION = "compensation"
    CAREER_GROWTH = "career_growth"
    MANAGEMENT = "management"
    WORKLOAD = "workload"
    PLATFORM_POLICY = "platform_policy"
    RELOCATION = "relocation"
    PERSONAL = "personal"
    PERFORMANCE = "performance"
    MISCONDUCT = "misconduct"
    CONTRACT_END = "contract_end"
    OTHER = "other"


class Employee(Model):
    id = fields.IntField(primary_key=True)
    employee_no = fields.CharField(max_length=32, unique=True)
    name = fields.CharField(max_length=100, db_index=True)
    gender = fields.CharEnumField(Gender, max_length=10, null=True)
    birth_date = fields.DateField(null=True)
    id_number = EncryptedTextField(null=True)
    id_number_digest = fields.CharField(max_length=64, unique=True, null=True)
    bank_account = EncryptedTextField(null=True)
    phone = fields.CharField(max_length=30, null=True)
    email = fields.CharField(max_length=254, null=True)
    employment_type = fields.CharEnumField(EmploymentType, max_length=20)
    status = fields.CharEnumField(EmployeeStatus, max_length=20, db_index=True)
    hired_on = fields.DateField()
    left_on = fields.DateField(null=True)
    department = fields.ForeignKeyField(
        "models.Department", related_name="employees", null=True, on_delete=fields.RESTRICT
    )
    team = fields.ForeignKeyField("models.Team", related_name="members", null=True, on_delete=fields.SET_NULL)
    position = fields.ForeignKeyField(
        "models.Position", related_name="employees", null=True, on_delete=fields.RESTRICT
    )
    manager = fields.ForeignKeyField(
        "models.Employee", related_name="reports", null=True, on_delete=fields.SET_NULL
    )
    base_salary = fields.DecimalField(max_digits=12, decimal_places=2, null=True)
    is_host = fields.BooleanField(default=False)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "employees"


class EmploymentEvent(Model):
    id = fields.IntField(primary_key=True)
    employee = fields.ForeignKeyField("models.Employee", related_name="events", on_delete=fields.CASCADE)
    kind = fields.CharEnumField(EventKind, max_length=20)
    occurred_on = fields.DateField()
    department = fields.ForeignKeyField(
        "models.Department", related_name="+", null=True, on_delete=fields.SET_NULL
    )
    team = fields.ForeignKeyField("models.Team", related_name="+", null=True, on_delete=fields.SET_NULL)
    position = fields.ForeignKeyField("models.Position", related_name="+", null=True, on_delete=fields.SET_NULL)
    salary_before = fields.DecimalField(max_digits=12, decimal_places=2, null=True)
    salary_after = fields.DecimalField(max_digits=12, decimal_places=2, null=True)
    reason_category = fields.CharEnumField(ExitReason, max_length=30, null=True)
    voluntary = fields.BooleanField(null=True)
    note = fields.TextField(null=True)
    recorded_by = fields.ForeignKeyField("models.User", related_name="+", null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "employment_events"
        indexes = (("employee", "occurred_on"),)
