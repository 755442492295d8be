"""KPI templates per position, review cycles, and each employee's review in a cycle.

A review copies its template's indicators when the cycle opens, so changing a template's
weights affects future cycles only.
"""

from enum import Enum

from tortoise import fields
from tortoise.models import Model


class KpiTemplate(Model):
    """`indicators`: [{"name", "source", "weight", "target", "curve": {"cap_percent", "floor_percent"}}]
    with decimals as strings (see resolvers/performance/scoring.py)."""

    id = fields.IntField(primary_key=True)
    position = fields.ForeignKeyField("models.Position", related_name="kpi_templates", unique=True,
                                      on_delete=fields.RESTRICT)
    name = fields.CharField(max_length=120)
    indicators = fields.JSONField()
    updated_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "kpi_templates"


class CycleKind(str, Enum):
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"


class CycleStatus(str, Enum):
    OPEN = "open"  # scores computed from data; managers rate and comment
    CALIBRATION = "calibration"  # ratings closed; HR calibrates
    CLOSED = "closed"  # final; employees see and acknowledge


class ReviewCycle(Model):
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=120)
    kind = fields.CharEnumField(CycleKind, max_length=10)
    period_start = fields.DateField()
    period_end = fields.DateField()
    status = fields.CharEnumField(CycleStatus, max_length=12, default=CycleStatus.OPEN)
    created_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "review_cycles"
        unique_together = (("kind", "period_start"),)


class Review(Model):
    """`actuals` maps each source to its value for the period (decimals as strings); `lines` is the
    scorecard's working. `score` is null until every indicator has its actual (a manager rating)."""

    id = fields.IntField(primary_key=True)
    cycle = fields.ForeignKeyField("models.ReviewCycle", related_name="reviews", on_delete=fields.CASCADE)
    employee = fields.ForeignKeyField("models.Employee", related_name="reviews", on_delete=fields.RESTRICT)
    team_id = fields.IntField(null=True)  # the employee's team when the cycle opened: a lead's row scope
    template_name = fields.CharField(max_length=120)
    indicators = fields.JSONField()
    actuals = fields.JSONField(default=dict)
    manager_rating = fields.DecimalField(max_digits=3, decimal_places=1, null=True)
    manager_comment = fields.TextField(default="")
    rated_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    calibration_points = fields.DecimalField(max_digits=5, decimal_places=2, null=True)
    calibration_reason = fields.TextField(default="")
    calibrated_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    weighted = fields.DecimalField(max_digits=6, decimal_places=2, null=True)
    score = fields.DecimalField(max_digits=6, decimal_places=2, null=True)
    lines = fields.JSONField(default=list)
    acknowledged_at = fields.DatetimeField(null=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "reviews"
        unique_together = (("cycle", "employee"),)
        indexes = (("employee", "cycle"), ("team_id", "cycle"))
