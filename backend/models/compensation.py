"""Commission plans as data, who they are assigned to and when, and payroll runs with their
payslips, explained lines and adjustments.

A payslip is unique per employee and month across all runs: two runs whose scopes overlap
cannot both pay someone, and the database, not a check in Python, is what refuses the second.
A locked run, its payslips and their lines are never written again; a correction is an
adjustment paid in a later month.
"""

from enum import Enum

from tortoise import fields
from tortoise.models import Model


class AssignmentScope(str, Enum):
    POSITION = "position"
    TEAM = "team"
    HOST = "host"


class CommissionPlan(Model):
    """`rules` is the plan's JSON (see resolvers/compensation/rules.py); a payslip keeps the
    working of the rules it was computed with, so editing a plan never changes a locked month."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=120, unique=True)
    description = fields.TextField(default="")
    rules = fields.JSONField()
    created_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "commission_plans"


class PlanAssignment(Model):
    """The plan a position, a team or one host is paid by from `effective_from` to `effective_to`
    (both included; null: open-ended)."""

    id = fields.IntField(primary_key=True)
    plan = fields.ForeignKeyField("models.CommissionPlan", related_name="assignments", on_delete=fields.RESTRICT)
    scope = fields.CharEnumField(AssignmentScope, max_length=10)
    target_id = fields.IntField()
    effective_from = fields.DateField()
    effective_to = fields.DateField(null=True)
    created_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "commission_plan_assignments"
        indexes = (("scope", "target_id"),)


class PayrollStatus(str, Enum):
    DRAFT = "draft"  # created, not computed yet
    COMPUTING = "computing"  # claimed by one computation; a second is refused
    COMPUTED = "computed"  # payslips written; recomputable
    LOCKED = "locked"  # immutable


class PayrollRun(Model):
    """One month's pay for a scope: everyone (`all`), a department or a team. `scope_key`
    ("all", "department:3", "team:7") is unique per month with the period."""

    id = fields.IntField(primary_key=True)
    period_start = fields.DateField()  # the 1st of the month
    period_end = fields.DateField()
    scope_key = fields.CharField(max_length=40)
    status = fields.CharEnumField(PayrollStatus, max_length=10, default=PayrollStatus.DRAFT)
    payslip_count = fields.IntField(default=0)
    total_base = fields.DecimalField(max_digits=16, decimal_places=2, default=0)
    total_commission = fields.DecimalField(max_digits=16, decimal_places=2, default=0)
    total_adjustments = fields.DecimalField(max_digits=16, decimal_places=2, default=0)
    total_gross = fields.DecimalField(max_digits=16, decimal_places=2, default=0)
    claimed_at = fields.DatetimeField(null=True)  # when a computation took the run; a stale claim is taken over
    computed_at = fields.DatetimeField(null=True)
    locked_at = fields.DatetimeField(null=True)
    created_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    locked_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "payroll_runs"
        unique_together = (("period_start", "scope_key"),)


class Payslip(Model):
    id = fields.IntField(primary_key=True)
    run = fields.ForeignKeyField("models.PayrollRun", related_name="payslips", on_delete=fields.CASCADE)
    employee = fields.ForeignKeyField("models.Employee", related_name="payslips", on_delete=fields.RESTRICT)
    period_start = fields.DateField()
    team_id = fields.IntField(null=True)  # the employee's team and department when computed: totals by team stay
    department_id = fields.IntField(null=True)  # as they were paid after someone moves
    base = fields.DecimalField(max_digits=14, decimal_places=2)
    commission = fields.DecimalField(max_digits=14, decimal_places=2)  # plan lines, incentive, cap and guarantee
    adjustments = fields.DecimalField(max_digits=14, decimal_places=2)
    gross = fields.DecimalField(max_digits=14, decimal_places=2)  # exactly the sum of the lines
    locked = fields.BooleanField(default=False)

    class Meta:
        table = "payslips"
        unique_together = (("employee", "period_start"),)
        indexes = (("run", "employee"), ("run", "team_id"))


class PayslipLine(Model):
    id = fields.BigIntField(primary_key=True)
    payslip = fields.ForeignKeyField("models.Payslip", related_name="lines", on_delete=fields.CASCADE)
    position = fields.SmallIntField()
    kind = fields.CharField(max_length=30)  # base, a rule's kind (gift_share, ladder...), no_plan, adjustment
    amount = fields.DecimalField(max_digits=14, decimal_places=2)
    explanation = fields.TextField()

    class Meta:
        table = "payslip_lines"
        unique_together = (("payslip", "position"),)


class PayrollAdjustment(Model):
    """A signed amount paid with the employee's payslip of `period_start` (a month not yet locked
    for them): a bonus, a deduction, or the correction of a locked month (`corrects_period`)."""

    id = fields.IntField(primary_key=True)
    employee = fields.ForeignKeyField("models.Employee", related_name="payroll_adjustments", on_delete=fields.RESTRICT)
    period_start = fields.DateField()
    amount = fields.DecimalField(max_digits=14, decimal_places=2)
    reason = fields.TextField()
    corrects_period = fields.DateField(null=True)
    created_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "payroll_adjustments"
        indexes = (("period_start", "employee"),)
