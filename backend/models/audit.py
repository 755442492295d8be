"""The audit trail: who changed what, and who read which PII or pay fields of whom."""

from tortoise import fields
from tortoise.models import Model


class AuditEvent(Model):
    id = fields.BigIntField(primary_key=True)
    at = fields.DatetimeField(auto_now_add=True, db_index=True)
    actor_kind = fields.CharField(max_length=10)  # user | client | system
    actor_id = fields.IntField(null=True)
    actor_label = fields.CharField(max_length=254)
    action = fields.CharField(max_length=60, db_index=True)  # e.g. employee.update, employee.read_pii
    target_type = fields.CharField(max_length=40, null=True)
    target_id = fields.IntField(null=True)
    # Kept as a plain id (no FK) so the trail outlives the record it speaks of.
    employee_id = fields.IntField(null=True, db_index=True)
    fields_ = fields.JSONField(default=list, source_field="fields")  # names only, never values
    ip = fields.CharField(max_length=64, null=True)

    class Meta:
        table = "audit_events"
