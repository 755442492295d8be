"""Automation rules (create, update, disable), their run log, and the HR tasks they create.

A rule is validated whole before anything is written: its name, its trigger's parameters for
that kind (`triggers.validate_params`), its actions' (`actions.validate_actions`, a plan must
exist) and its cooldown. "Deleting" a rule disables it: its runs and actions are the history its
outcome is measured on, and the dedup keys are what keeps it from acting twice if re-enabled.
"""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend.auth import Viewer, now
from backend.errors import DomainError, ValidationFailed
from backend.i18n import Message, phrase
from backend.models.automation import AutomationRule, AutomationRun, HrTask, TaskStatus, TriggerKind
from backend.resolvers.audit import record_event
from backend.resolvers.automation import actions, triggers

MAX_COOLDOWN_DAYS = 3650


@dataclass
class RuleInput:
    name: str | None = None
    description: str | None = None
    trigger_kind: str | None = None
    trigger_params: dict | None = None
    actions: list[dict] | None = None
    enabled: bool | None = None
    cooldown_days: int | None = None


async def _checked(data: RuleInput, current: AutomationRule | None) -> dict:
    """The rule's fields after applying `data` to `current` (None: a new rule), every problem named at once."""
    errors: list[DomainError] = []
    values: dict = {}
    name = data.name if data.name is not None else (current.name if current else "")
    if not name.strip():
        errors.append(DomainError("REQUIRED", "A rule needs a name.", "name"))
    elif len(name.strip()) > 120:
        errors.append(DomainError("INVALID", "A rule's name is at most 120 characters.", "name"))
    else:
        values["name"] = name.strip()
        clash = AutomationRule.filter(name=values["name"])
        if current:
            clash = clash.exclude(id=current.id)
        if await clash.exists():
            errors.append(DomainError("DUPLICATE", Message("There is already a rule named {name!r}.",
                                                           name=values["name"]), "name"))
    kind_name = data.trigger_kind or (current.trigger_kind if current else None)
    kind = None
    if kind_name is None:
        errors.append(DomainError("REQUIRED", "A rule needs a trigger kind.", "triggerKind"))
    else:
        kind = TriggerKind(getattr(kind_name, "value", kind_name))
        values["trigger_kind"] = kind
        # A new kind takes new parameters: the old ones are not carried over to it.
        params = data.trigger_params if data.trigger_params is not None else (
            current.trigger_params if current and data.trigger_kind in (None, current.trigger_kind) else {})
        try:
            values["trigger_params"] = triggers.validate_params(kind, params)
        except ValidationFailed as failure:
            errors += failure.errors
    try:
        values["actions"] = await actions.validate_actions(data.actions if data.actions is not None
                                                           else (current.actions if current else None))
    except ValidationFailed as failure:
        errors += failure.errors
    cooldown = data.cooldown_days if data.cooldown_days is not None else (current.cooldown_days if current else 90)
    if not 1 <= cooldown <= MAX_COOLDOWN_DAYS:
        errors.append(DomainError("INVALID", Message("cooldownDays is from 1 to {limit}: how long the rule leaves someone alone "
                                                     "after acting on them.", limit=MAX_COOLDOWN_DAYS), "cooldownDays"))
    values["cooldown_days"] = cooldown
    if data.description is not None:
        values["description"] = data.description.strip()
    if data.enabled is not None:
        values["enabled"] = data.enabled
    if errors:
        raise ValidationFailed(errors)
    return values


async def create_rule(*, viewer: Viewer, data: RuleInput) -> AutomationRule:
    values = await _checked(data, None)
    try:
        async with in_transaction():
            rule = await AutomationRule.create(**values, created_by_id=viewer.user_id)
            await record_event(viewer=viewer, action="automation_rule.create", target_type="automation_rule",
                               target_id=rule.id)
    except IntegrityError:
        raise ValidationFailed([DomainError("DUPLICATE", "A rule with this name was just created; choose another name.",
                                            "name")]) from None
    return rule


async def _rule(rule_id: int) -> AutomationRule:
    rule = await AutomationRule.get_or_none(id=rule_id)
    if rule is None:
        raise DomainError("NOT_FOUND", "There is no automation rule with this id.", "id")
    return rule


async def update_rule(*, viewer: Viewer, rule_id: int, data: RuleInput) -> AutomationRule:
    rule = await _rule(rule_id)
    values = await _checked(data, rule)
    for key, value in values.items():
        setattr(rule, key, value)
    try:
        async with in_transaction():
            await rule.save()
            await record_event(viewer=viewer, action="automation_rule.update", target_type="automation_rule",
                               target_id=rule.id)
    except IntegrityError:
        raise ValidationFailed([DomainError("DUPLICATE", "Another rule took this name at the same moment.", "name")]) from None
    return rule


async def disable_rule(*, viewer: Viewer, rule_id: int) -> AutomationRule:
    rule = await _rule(rule_id)
    async with in_transaction():
        rule.enabled = False
        await rule.save(update_fields=["enabled", "updated_at"])
        await record_event(viewer=viewer, action="automation_rule.disable", target_type="automation_rule", target_id=rule.id)
    return rule


def list_rules(enabled: bool | None = None):
    query = AutomationRule.all()
    if enabled is not None:
        query = query.filter(enabled=enabled)
    return query.order_by("name", "id")


def list_runs(rule_id: int | None = None):
    query = AutomationRun.all() if rule_id is None else AutomationRun.filter(rule_id=rule_id)
    return query.order_by("-started_at", "-id")


async def last_runs(rule_ids: list[int]) -> dict[int, AutomationRun]:
    found: dict[int, AutomationRun] = {}
    for run in await AutomationRun.filter(rule_id__in=rule_ids).order_by("rule_id", "-started_at", "-id"):
        found.setdefault(run.rule_id, run)
    return found


def tasks_for(viewer: Viewer, *, manage: bool, status: str | None = None, assignee_user_id: int | None = None,
              employee_id: int | None = None):
    """HR (automation.manage) sees every task; anyone else only the tasks assigned to them."""
    query = HrTask.all() if manage else HrTask.filter(assignee_id=viewer.user_id or 0)
    if status:
        query = query.filter(status=status)
    if assignee_user_id is not None:
        query = query.filter(assignee_id=assignee_user_id)
    if employee_id is not None:
        query = query.filter(employee_id=employee_id)
    return query.order_by("status", "due_on", "id")


async def complete_task(*, viewer: Viewer, task_id: int, manage: bool) -> HrTask:
    task = await tasks_for(viewer, manage=manage).get_or_none(id=task_id)
    if task is None:
        raise DomainError("NOT_FOUND", "There is no HR task with this id that you can see.", "id")
    if task.status != TaskStatus.OPEN:
        raise DomainError("WRONG_STATUS", Message("The task is already {status}.", status=phrase(task.status.value)), "id")
    async with in_transaction():
        # A conditional update: two people completing it at once complete it once.
        changed = await HrTask.filter(id=task.id, status=TaskStatus.OPEN).update(
            status=TaskStatus.DONE, completed_at=now(), completed_by=viewer.label or str(viewer.user_id))
        if not changed:
            raise DomainError("WRONG_STATUS", "Someone completed the task a moment ago.", "id")
        await record_event(viewer=viewer, action="hr_task.complete", target_type="hr_task", target_id=task.id,
                           employee_id=task.employee_id)
    return await HrTask.get(id=task.id)
