"""Durable alerts: what happened, about whom, how bad, and who acknowledged and resolved it."""

from enum import Enum

from tortoise import fields
from tortoise.models import Model


class Severity(str, Enum):
    INFO = "info"
    WARNING = "warning"
    CRITICAL = "critical"


class AlertKind(str, Enum):
    """Grows as domains raise new kinds of alert."""

    CONTRACT_EXPIRING = "CONTRACT_EXPIRING"
    TRAFFIC_ANOMALY = "TRAFFIC_ANOMALY"
    ATTRITION_RISK = "ATTRITION_RISK"
    PAYROLL_READY = "PAYROLL_READY"


class Alert(Model):
    id = fields.BigIntField(primary_key=True)
    kind = fields.CharEnumField(AlertKind, max_length=40, db_index=True)
    severity = fields.CharEnumField(Severity, max_length=10)
    subject_type = fields.CharField(max_length=20, null=True)  # employee | team | contract | ...
    subject_id = fields.IntField(null=True)
    # Who the alert concerns, for row scope: plain ids so alerts outlive what they speak of.
    employee_id = fields.IntField(null=True, db_index=True)
    team_id = fields.IntField(null=True, db_index=True)
    message = fields.TextField()
    data = fields.JSONField(default=dict)
    # Raising the same alert twice (a scan run twice, two processes) keeps one row.
    dedup_key = fields.CharField(max_length=200, unique=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    acknowledged_at = fields.DatetimeField(null=True)
    acknowledged_by = fields.CharField(max_length=254, null=True)
    resolved_at = fields.DatetimeField(null=True)
    resolved_by = fields.CharField(max_length=254, null=True)

    class Meta:
        table = "alerts"
