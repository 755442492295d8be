"""The closed loop: automation rules (a trigger and the actions it takes), each run of a rule,
each action taken on one subject, and the HR tasks actions create.

An action's `dedup_key` is unique, so a rule run twice (or by two processes) acts once."""

from enum import Enum

from tortoise import fields
from tortoise.models import Model


class TriggerKind(str, Enum):
    RISK_ABOVE = "RISK_ABOVE"  # {"threshold": 0.6}
    FEW_TRAININGS = "FEW_TRAININGS"  # {"minimum": 2, "months": 12}
    CONTRACT_EXPIRING = "CONTRACT_EXPIRING"  # {"days": 30}
    ALERT_RAISED = "ALERT_RAISED"  # {"kind": "TRAFFIC_ANOMALY"}


class ActionKind(str, Enum):
    ASSIGN_TRAINING_PLAN = "ASSIGN_TRAINING_PLAN"  # {"planId": 1}
    CREATE_TASK = "CREATE_TASK"  # {"title": "...", "dueDays": 7}
    ALERT_MANAGER = "ALERT_MANAGER"  # {"message": "..."}
    CALL_WEBHOOK = "CALL_WEBHOOK"  # emits automation.action for the webhooks subscribed to it


class AutomationRule(Model):
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=120, unique=True)
    description = fields.TextField(default="")
    trigger_kind = fields.CharEnumField(TriggerKind, max_length=24)
    trigger_params = fields.JSONField(default=dict)
    actions = fields.JSONField(default=list)  # [{"kind": ActionKind, ...params}]
    enabled = fields.BooleanField(default=True)
    # After acting on someone, the rule leaves them alone this long (then it may act again).
    cooldown_days = fields.IntField(default=90)
    created_by = fields.ForeignKeyField("models.User", related_name=False, null=True, on_delete=fields.SET_NULL)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "automation_rules"


class AutomationRun(Model):
    id = fields.IntField(primary_key=True)
    rule = fields.ForeignKeyField("models.AutomationRule", related_name="runs", on_delete=fields.CASCADE)
    started_at = fields.DatetimeField()
    finished_at = fields.DatetimeField(null=True)
    triggered_by = fields.CharField(max_length=254)  # "schedule" or who ran it by hand
    matched = fields.IntField(default=0)  # subjects the trigger matched
    acted = fields.IntField(default=0)  # actions taken in this run
    skipped = fields.IntField(default=0)  # matched but already acted on (idempotency, cooldown)
    error = fields.TextField(default="")

    class Meta:
        table = "automation_runs"


class AutomationAction(Model):
    id = fields.BigIntField(primary_key=True)
    rule = fields.ForeignKeyField("models.AutomationRule", related_name="actions_taken", on_delete=fields.CASCADE)
    run = fields.ForeignKeyField("models.AutomationRun", related_name="actions_taken", on_delete=fields.CASCADE)
    employee = fields.ForeignKeyField("models.Employee", related_name=False, on_delete=fields.RESTRICT)
    kind = fields.CharEnumField(ActionKind, max_length=24)
    dedup_key = fields.CharField(max_length=200, unique=True)
    result = fields.JSONField(default=dict)  # what was created: enrolment ids, task id, alert id
    acted_on = fields.DateField(db_index=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "automation_actions"
        indexes = (("rule", "employee"),)


class TaskStatus(str, Enum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class HrTask(Model):
    """A to-do for HR or a manager about one employee (a stay interview, a renewal talk)."""

    id = fields.IntField(primary_key=True)
    employee = fields.ForeignKeyField("models.Employee", related_name="hr_tasks", on_delete=fields.RESTRICT)
    title = fields.CharField(max_length=200)
    description = fields.TextField(default="")
    assignee = fields.ForeignKeyField("models.User", related_name="hr_tasks", null=True, on_delete=fields.SET_NULL)
    due_on = fields.DateField(null=True)
    status = fields.CharEnumField(TaskStatus, max_length=10, default=TaskStatus.OPEN)
    rule_id = fields.IntField(null=True)  # the automation rule that created it
    created_at = fields.DatetimeField(auto_now_add=True)
    completed_at = fields.DatetimeField(null=True)
    completed_by = fields.CharField(max_length=254, null=True)

    class Meta:
        table = "hr_tasks"
        indexes = (("status", "due_on"),)
