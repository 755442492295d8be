"""What a rule does to one matched employee: assign a training plan, create an HR task, alert the
manager, or call the webhooks subscribed to `automation.action`.

Each action runs inside the runner's per-employee transaction, after its `AutomationAction` row
(whose unique dedup key is the idempotency guard) is written; `perform` returns what it created,
which the runner stores on that row. Everything an action writes is in the database, so a later
failure rolls it back with the rest (the alert's and the outbox's wake-ups are only wake-ups).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from backend.errors import DomainError, ValidationFailed
from backend.i18n import Message, phrase
from backend.models.accounts import User
from backend.models.alerts import AlertKind, Severity
from backend.models.automation import ActionKind, AutomationAction, AutomationRule, HrTask
from backend.models.employees import Employee
from backend.models.org import Team
from backend.models.training import TrainingPlan
from backend.resolvers import outbox
from backend.resolvers.alerts import raise_alert

MAX_ACTIONS = 5
# kind -> {param: (type, required, default, what it is)}; strings are stripped, numbers whole.
PARAMS: dict[ActionKind, dict[str, tuple]] = {
    ActionKind.ASSIGN_TRAINING_PLAN: {"planId": (int, True, None, phrase("the training plan's number"))},
    ActionKind.CREATE_TASK: {"title": (str, True, None, phrase("what the task asks (at most 200 characters)")),
                             "description": (str, False, "", phrase("more detail for whoever does it")),
                             "dueDays": (int, False, 7, phrase("days from acting until the task is due (0 to 365)"))},
    ActionKind.ALERT_MANAGER: {"message": (str, True, None, phrase("what the team lead is told; {name} becomes the employee's name")),
                               "severity": (str, False, "warning", phrase("info, warning or critical"))},
    ActionKind.CALL_WEBHOOK: {"topic": (str, False, "", phrase("a label the receiving system routes on, e.g. facilities-request")),
                              "note": (str, False, "", phrase("free text passed to the receiving system"))},
}
SEVERITIES = tuple(s.value for s in Severity)


def _check_param(kind: ActionKind, name: str, value: object, spec: tuple, at: str) -> tuple[object, DomainError | None]:
    kind_of, required, default, meaning = spec
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            return None, DomainError("REQUIRED", Message("{kind} needs {name}: {meaning}.", kind=kind.value, name=name,
                                                         meaning=meaning), at)
        return default, None
    if kind_of is str:
        if not isinstance(value, str):
            return None, DomainError("INVALID", Message("{name} must be text: {meaning}.", name=name, meaning=meaning), at)
        value = value.strip()
        if name == "title" and len(value) > 200:
            return None, DomainError("INVALID", "title is at most 200 characters.", at)
        if name == "severity" and value not in SEVERITIES:
            return None, DomainError("INVALID", Message("severity must be one of {severities}.",
                                                        severities=", ".join(SEVERITIES)), at)
        return value, None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != int(value):
        return None, DomainError("INVALID", Message("{name} must be a whole number: {meaning}.", name=name,
                                                    meaning=meaning), at)
    value = int(value)
    if name == "dueDays" and not 0 <= value <= 365:
        return None, DomainError("INVALID", "dueDays must be from 0 to 365.", at)
    return value, None


async def validate_actions(raw: object, field: str = "actions") -> list[dict]:
    """The rule's actions, checked (a plan must exist) and with defaults filled in."""
    if not isinstance(raw, list) or not raw:
        raise ValidationFailed([DomainError("REQUIRED", "A rule needs at least one action.", field)])
    if len(raw) > MAX_ACTIONS:
        raise ValidationFailed([DomainError("INVALID", Message("A rule has at most {limit} actions.",
                                                               limit=MAX_ACTIONS), field)])
    errors: list[DomainError] = []
    clean: list[dict] = []
    for i, item in enumerate(raw):
        at = f"{field}.{i}"
        kind_name = item.get("kind") if isinstance(item, dict) else None
        try:
            kind = ActionKind(getattr(kind_name, "value", kind_name))
        except ValueError:
            errors.append(DomainError("INVALID", Message("kind must be one of {kinds}.",
                                                         kinds=", ".join(k.value for k in ActionKind)),
                                      f"{at}.kind"))
            continue
        params = item.get("params") or {}
        if not isinstance(params, dict):
            errors.append(DomainError("INVALID", "params must be an object.", f"{at}.params"))
            continue
        spec = PARAMS[kind]
        for name in sorted(set(params) - set(spec)):
            errors.append(DomainError("INVALID", Message("{kind} has no parameter {name!r}; it takes {spec}.", kind=kind.value,
                                                         name=name, spec=", ".join(spec) or phrase("none")), f"{at}.params.{name}"))
        values: dict = {}
        for name, one in spec.items():
            value, error = _check_param(kind, name, params.get(name), one, f"{at}.params.{name}")
            if error:
                errors.append(error)
            else:
                values[name] = value
        if kind == ActionKind.ASSIGN_TRAINING_PLAN and isinstance(values.get("planId"), int) \
                and not await TrainingPlan.exists(id=values["planId"]):
            errors.append(DomainError("NOT_FOUND", Message("There is no training plan {plan_id}.", plan_id=values["planId"]),
                                      f"{at}.params.planId"))
        clean.append({"kind": kind.value, "params": values})
    if errors:
        raise ValidationFailed(errors)
    return clean


@dataclass(frozen=True)
class Subject:
    """One matched employee, with what the actions need to know about them."""

    employee: Employee
    lead_user_id: int | None  # the team lead's console user, if the team has a lead who has one
    matched: dict  # the trigger's numbers
    leads_own_team: bool = False


async def subjects_of(employee_ids: list[int], matches: dict[int, dict]) -> dict[int, Subject]:
    """Three queries for everyone: the employees, their teams' leads, the leads' users."""
    employees = {e.id: e for e in await Employee.filter(id__in=employee_ids)}
    leads = dict(await Team.filter(id__in={e.team_id for e in employees.values() if e.team_id}).values_list("id", "lead_id"))
    users: dict[int, int] = {}
    for user_id, employee_id in await User.filter(employee_id__in={v for v in leads.values() if v}, is_active=True) \
            .order_by("id").values_list("id", "employee_id"):
        users.setdefault(employee_id, user_id)
    found = {}
    for pk, employee in employees.items():
        lead = leads.get(employee.team_id)
        # A lead is not assigned a task about themself: it goes to HR's unassigned pile instead.
        lead_user = users.get(lead) if lead and lead != pk else None
        found[pk] = Subject(employee=employee, lead_user_id=lead_user, matched=matches.get(pk, {}), leads_own_team=lead == pk)
    return found


async def perform(rule: AutomationRule, spec: dict, subject: Subject, action: AutomationAction, today: date) -> dict:
    """Does one action; returns what it made, for the action's `result`."""
    kind, employee = ActionKind(spec["kind"]), subject.employee
    # Defaults for what the rule left out (a rule written straight to the database skips validation).
    params = {name: default for name, (_, _, default, _) in PARAMS[kind].items()} | (spec.get("params") or {})
    if kind == ActionKind.ASSIGN_TRAINING_PLAN:
        from backend.resolvers.training.plans import assign_plan

        made = await assign_plan(params["planId"], [employee.id], today=today, source="automation", rule_id=rule.id)
        return {"planId": params["planId"], "enrolmentIds": [e.id for e in made]}
    if kind == ActionKind.CREATE_TASK:
        task = await HrTask.create(employee_id=employee.id, title=params["title"], description=params["description"],
                                   assignee_id=subject.lead_user_id, due_on=today + timedelta(days=params["dueDays"]),
                                   rule_id=rule.id)
        return {"taskId": task.id, "assigneeUserId": subject.lead_user_id, "dueOn": str(task.due_on)}
    if kind == ActionKind.ALERT_MANAGER:
        message = params["message"].replace("{name}", employee.name)
        # About a team's own lead, the alert goes to HR only (no team, no employee scope): a lead is
        # never told what a rule found about themself, as nobody sees their own risk.
        leads_own_team = subject.leads_own_team
        alert, created = await raise_alert(
            kind=AlertKind.AUTOMATION, severity=Severity(params["severity"]), message=f"{rule.name}: {message}",
            dedup_key=f"automation:{action.dedup_key}", employee_id=None if leads_own_team else employee.id,
            team_id=None if leads_own_team else employee.team_id, subject_type="employee", subject_id=employee.id,
            data={"ruleId": rule.id, "rule": rule.name, "employeeId": employee.id, "matched": subject.matched})
        return {"alertId": alert.id, "created": created}
    event = await outbox.emit("automation.action", subject_type="automation_action", subject_id=action.id,
                              employee_id=employee.id)
    return {"eventId": event.id, "topic": params["topic"]}
