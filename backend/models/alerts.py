"""Durable alerts: what happened, about whom, how bad, and who acknowledged and resolved it."""

from enum import Enum

from tortoise import fields
from tortoise.models import Model

from backend.models.fields import EncryptedTextField


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
    AUTOMATION = "AUTOMATION"  # an automation rule's "alert the manager" action


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


class DomainEvent(Model):
    """The outbox: written in the same transaction as the change it reports; fanned out to
    webhook deliveries by exactly one process."""

    id = fields.BigIntField(primary_key=True)
    name = fields.CharField(max_length=40, db_index=True)  # employee.hired, employee.left, alert.created, ...
    subject_type = fields.CharField(max_length=20)
    subject_id = fields.IntField()
    employee_id = fields.IntField(null=True)
    occurred_at = fields.DatetimeField(auto_now_add=True)
    dispatched_at = fields.DatetimeField(null=True, db_index=True)

    class Meta:
        table = "domain_events"


class WebhookEndpoint(Model):
    id = fields.IntField(primary_key=True)
    # Whose permissions shape the payload: a partner client, or a console user.
    owner_client = fields.ForeignKeyField("models.PartnerClient", related_name="webhooks", null=True,
                                          on_delete=fields.CASCADE)
    owner_user = fields.ForeignKeyField("models.User", related_name="webhooks", null=True, on_delete=fields.CASCADE)
    url = fields.CharField(max_length=500)
    events = fields.JSONField(default=list)
    document = fields.TextField()  # a GraphQL subscription on `event`, resolved for each delivery
    secret = EncryptedTextField()  # signs deliveries, so it is kept (encrypted), not hashed
    is_active = fields.BooleanField(default=True)
    consecutive_failures = fields.IntField(default=0)
    disabled_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "webhook_endpoints"


class DeliveryStatus(str, Enum):
    PENDING = "pending"
    SENDING = "sending"
    SUCCEEDED = "succeeded"
    FAILED = "failed"  # gave up after the last retry


class WebhookDelivery(Model):
    id = fields.BigIntField(primary_key=True)
    endpoint = fields.ForeignKeyField("models.WebhookEndpoint", related_name="deliveries", on_delete=fields.CASCADE)
    event = fields.ForeignKeyField("models.DomainEvent", related_name="deliveries", on_delete=fields.CASCADE)
    status = fields.CharEnumField(DeliveryStatus, max_length=10, default=DeliveryStatus.PENDING, db_index=True)
    attempts = fields.IntField(default=0)
    next_attempt_at = fields.DatetimeField(db_index=True)
    claimed_until = fields.DatetimeField(null=True)
    payload = fields.TextField(null=True)  # resolved once, so retries send the same body
    last_status_code = fields.IntField(null=True)
    last_error = fields.TextField(null=True)
    delivered_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "webhook_deliveries"
        unique_together = (("endpoint", "event"),)
