"""Automation in the graph: rules, their run log and outcome, HR tasks; thin translations to
`resolvers.automation`. Rules, runs and outcomes need automation.manage; a task's assignee (a
team lead) sees and completes the tasks assigned to them without it."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

import strawberry
from strawberry.dataloader import DataLoader
from strawberry.scalars import JSON
from strawberry.types import Info

from backend.errors import DomainError, bad_input, not_found, unauthenticated
from backend.graph.base import (Connection, Node, connection, decode_ids, from_global_id, mutate, pk_of, related, require,
                                require_pk, to_global_id)
from backend.graph.employees import Employee
from backend.models import automation as models
from backend.models.accounts import User as UserRow
from backend.permissions import Permission as P
from backend.resolvers.automation import outcomes, rules, runner
from backend.resolvers.pagination import paginate
from backend.company_time import company_today

TriggerKind = strawberry.enum(models.TriggerKind, name="AutomationTriggerKind", description="""RISK_ABOVE {threshold: 0-1};
FEW_TRAININGS {minimum, months = 12}; CONTRACT_EXPIRING {days}; ALERT_RAISED {kind: an alert kind}.""")
ActionKind = strawberry.enum(models.ActionKind, name="AutomationActionKind", description="""ASSIGN_TRAINING_PLAN
{planId: a TrainingPlan's id, or its number}; CREATE_TASK {title, description, dueDays = 7};
ALERT_MANAGER {message ({name} = the employee), severity = warning};
CALL_WEBHOOK {topic, note} (emits automation.action to the webhooks subscribed to it).""")
TaskStatus = strawberry.enum(models.TaskStatus, name="HrTaskStatus")
MANAGE = "Requires: automation.manage."


def _loader(info: Info, name: str, fetch) -> DataLoader:
    """A batching loader kept on the request's loaders: `fetch(ids)` returns {id: row} in one query."""
    loaders = info.context.loaders
    loader = getattr(loaders, name, None)
    if loader is None:
        async def load(ids: list[int]) -> list:
            found = await fetch(list(ids))
            return [found.get(i) for i in ids]

        loader = DataLoader(load_fn=load)
        setattr(loaders, name, loader)
    return loader


async def _rules_by_id(ids: list[int]) -> dict:
    return {row.id: row for row in await models.AutomationRule.filter(id__in=ids)}


async def _emails_by_user(ids: list[int]) -> dict:
    return dict(await UserRow.filter(id__in=ids).values_list("id", "email"))


@strawberry.type(description="One action of a rule, as configured.")
class AutomationActionSpec:
    kind: ActionKind
    params: JSON


@strawberry.type(description="One run of a rule: how many the trigger matched, actions taken, and skipped as already done.")
class AutomationRun(Node):
    row: strawberry.Private[models.AutomationRun]
    started_at: datetime
    finished_at: datetime | None
    triggered_by: str = strawberry.field(description="`schedule`, or who ran it by hand.")
    matched: int = strawberry.field(description="Employees the trigger matched.")
    acted: int = strawberry.field(description="Actions taken in this run (one per employee and action).")
    skipped: int = strawberry.field(description="Actions not taken again: done by an earlier or concurrent run, or cooling down.")
    error: str = strawberry.field(description="What failed, one line per employee (their actions were rolled back); empty if none.")

    @classmethod
    def from_row(cls, row: models.AutomationRun) -> "AutomationRun":
        return cls(id=to_global_id("AutomationRun", row.id), row=row, started_at=row.started_at, finished_at=row.finished_at,
                   triggered_by=row.triggered_by, matched=row.matched, acted=row.acted, skipped=row.skipped, error=row.error)

    @strawberry.field
    def rule_id(self) -> strawberry.ID:
        return to_global_id("AutomationRule", self.row.rule_id)

    @strawberry.field(description="The actions this run took, in order.")
    async def actions(self, first: int = 50, after: str | None = None) -> Connection["AutomationActionTaken"]:
        query = models.AutomationAction.filter(run_id=self.row.id).order_by("id")
        return connection(await paginate(query, first=first, after=after), AutomationActionTaken.from_row)


@strawberry.type(description="An action a rule took on one employee (its dedup key is what makes it happen once).")
class AutomationActionTaken(Node):
    row: strawberry.Private[models.AutomationAction]
    kind: ActionKind
    acted_on: date
    dedup_key: str
    created_at: datetime

    @classmethod
    def from_row(cls, row: models.AutomationAction) -> "AutomationActionTaken":
        return cls(id=to_global_id("AutomationAction", row.id), row=row, kind=row.kind, acted_on=row.acted_on,
                   dedup_key=row.dedup_key, created_at=row.created_at)

    @strawberry.field(description="What the trigger matched and what the action made (task, alert, enrolments, event ids).")
    def result(self) -> JSON:
        return self.row.result

    @strawberry.field(description="The employee, if you may see them.")
    def employee(self, info: Info) -> Employee | None:
        return related(info.context.loaders.employee_by_id, self.row.employee_id, Employee.from_row)

    @strawberry.field(description="The rule that took it.")
    async def rule(self, info: Info) -> "AutomationRule | None":
        row = await _loader(info, "automation_rule_by_id", _rules_by_id).load(self.row.rule_id)
        return AutomationRule.from_row(row) if row else None

    @strawberry.field(description="The action's parameters as the rule had them when it acted (a webhook's topic and note).")
    def params(self) -> JSON:
        return self.row.result.get("params", {})


@strawberry.type(description="One group of an outcome: people, voluntary leavers within the window, from which days.")
class AutomationOutcomeGroup:
    n: int = strawberry.field(description="People counted (involuntary leavers left out).")
    leavers: int = strawberry.field(description="Voluntary leavers within the window after their reference day.")
    excluded_involuntary: int
    attrition_rate: float | None
    first_day: date | None = strawberry.field(description="Earliest reference day (acting day, or the comparison day).")
    last_day: date | None


@strawberry.type(description="""Voluntary attrition within the window, acted on vs comparison. Both groups were at work on
their reference day, so attrition before is zero for both and the difference is the difference-in-differences.""")
class AutomationAttritionEffect:
    acted_rate: float | None
    comparison_rate: float | None
    difference: float | None = strawberry.field(description="Acted-on rate minus comparison rate (0.05 = 5 points).")
    difference_low: float | None = strawberry.field(description="95% CI (Agresti-Caffo); null below the minimum group size.")
    difference_high: float | None
    ratio: float | None = strawberry.field(description="Rate ratio with its 95% CI (Katz), as the cohort insights.")
    ratio_low: float | None
    ratio_high: float | None
    enough: bool = strawberry.field(description="False: too few people to tell; no interval is given.")
    summary: str


@strawberry.type(description="An output measure before vs after, for those who stayed through the window, and its DiD.")
class AutomationOutputEffect:
    measure: str
    acted_n: int
    acted_before: float | None
    acted_after: float | None
    comparison_n: int
    comparison_before: float | None
    comparison_after: float | None
    did: float | None = strawberry.field(description="(acted after - before) - (comparison after - before), mean per person.")
    did_low: float | None = strawberry.field(description="95% CI; null below the minimum group size.")
    did_high: float | None
    enough: bool
    summary: str


@strawberry.type(description="What came of a rule: the people it acted on vs a comparable group it did not act on.")
class AutomationOutcome:
    window_days: int
    as_of: date
    method: str = strawberry.field(description="historical | near_threshold | same_departments | none (how the comparison group was chosen).")
    method_note: str
    minimum_group: int = strawberry.field(description="Below this many people in either group: too few to tell.")
    acted: AutomationOutcomeGroup
    comparison: AutomationOutcomeGroup
    pending: int = strawberry.field(description="Acted on within the last window: not counted until it has passed.")
    attrition: AutomationAttritionEffect
    revenue: AutomationOutputEffect
    review_score: AutomationOutputEffect
    notes: list[str]

    @classmethod
    def of(cls, o: outcomes.Outcome) -> "AutomationOutcome":
        def group(g: outcomes.Group) -> AutomationOutcomeGroup:
            return AutomationOutcomeGroup(n=g.n, leavers=g.leavers, excluded_involuntary=g.excluded_involuntary,
                                          attrition_rate=g.attrition_rate, first_day=g.first_day, last_day=g.last_day)

        return cls(window_days=o.window_days, as_of=o.as_of, method=o.method, method_note=o.method_note,
                   minimum_group=outcomes.MIN_GROUP, acted=group(o.acted), comparison=group(o.comparison), pending=o.pending,
                   attrition=AutomationAttritionEffect(**vars(o.attrition)),
                   revenue=AutomationOutputEffect(**vars(o.revenue)), review_score=AutomationOutputEffect(**vars(o.review_score)),
                   notes=o.notes)


@strawberry.type
class AutomationRule(Node):
    row: strawberry.Private[models.AutomationRule]
    name: str
    description: str
    trigger_kind: TriggerKind
    enabled: bool
    cooldown_days: int = strawberry.field(description="After acting on someone, the rule leaves them alone this long.")
    created_at: datetime
    updated_at: datetime

    @classmethod
    def from_row(cls, row: models.AutomationRule) -> "AutomationRule":
        return cls(id=to_global_id("AutomationRule", row.id), row=row, name=row.name, description=row.description,
                   trigger_kind=row.trigger_kind, enabled=row.enabled, cooldown_days=row.cooldown_days,
                   created_at=row.created_at, updated_at=row.updated_at)

    @strawberry.field
    def trigger_params(self) -> JSON:
        return self.row.trigger_params

    @strawberry.field
    def actions(self) -> list[AutomationActionSpec]:
        return [AutomationActionSpec(kind=models.ActionKind(a["kind"]), params=a.get("params", {})) for a in self.row.actions]

    @strawberry.field(description="The latest run, if any.")
    async def last_run(self, info: Info) -> AutomationRun | None:
        run = await _loader(info, "automation_last_run", rules.last_runs).load(self.row.id)
        return AutomationRun.from_row(run) if run else None

    @strawberry.field(description="The run log, newest first.")
    async def runs(self, first: int = 20, after: str | None = None) -> Connection[AutomationRun]:
        return connection(await paginate(rules.list_runs(self.row.id), first=first, after=after), AutomationRun.from_row)

    @strawberry.field(description="Every action it took, newest first.")
    async def actions_taken(self, first: int = 50, after: str | None = None) -> Connection[AutomationActionTaken]:
        query = models.AutomationAction.filter(rule_id=self.row.id).order_by("-id")
        return connection(await paginate(query, first=first, after=after), AutomationActionTaken.from_row)

    @strawberry.field(description=f"""{outcomes.__doc__.split(chr(10))[0]} windowDays: 7 to {outcomes.MAX_WINDOW_DAYS}
(default {outcomes.DEFAULT_WINDOW_DAYS}) after acting.""")
    async def outcome(self, window_days: int = outcomes.DEFAULT_WINDOW_DAYS) -> AutomationOutcome:
        try:
            found = await outcomes.outcome(self.row, today=company_today(), window_days=window_days)
        except DomainError as error:
            raise bad_input(error.message, error.field) from None
        return AutomationOutcome.of(found)


@strawberry.type(description="A to-do for HR or a team lead about one employee.")
class HrTask(Node):
    row: strawberry.Private[models.HrTask]
    title: str
    description: str
    due_on: date | None
    status: TaskStatus
    created_at: datetime
    completed_at: datetime | None
    completed_by: str | None

    @classmethod
    def from_row(cls, row: models.HrTask) -> "HrTask":
        return cls(id=to_global_id("HrTask", row.id), row=row, title=row.title, description=row.description,
                   due_on=row.due_on, status=row.status, created_at=row.created_at, completed_at=row.completed_at,
                   completed_by=row.completed_by)

    @strawberry.field(description="The employee it is about, if you may see them.")
    def employee(self, info: Info) -> Employee | None:
        return related(info.context.loaders.employee_by_id, self.row.employee_id, Employee.from_row)

    @strawberry.field(description="Who it is assigned to (null: HR's unassigned pile).")
    async def assignee_email(self, info: Info) -> str | None:
        if self.row.assignee_id is None:
            return None
        return await _loader(info, "automation_user_email", _emails_by_user).load(self.row.assignee_id)

    @strawberry.field(description="The rule that created it, if any.")
    def rule_id(self) -> strawberry.ID | None:
        return to_global_id("AutomationRule", self.row.rule_id) if self.row.rule_id else None


@strawberry.enum
class AutomationErrorCode(Enum):
    REQUIRED = "REQUIRED"
    INVALID = "INVALID"
    NOT_FOUND = "NOT_FOUND"
    DUPLICATE = "DUPLICATE"
    WRONG_STATUS = "WRONG_STATUS"


@strawberry.type
class AutomationError:
    field: str | None
    code: AutomationErrorCode
    message: str


@strawberry.input
class AutomationActionInput:
    kind: ActionKind
    # Optional rather than defaulting to {}: introspection cannot print a JSON object as a default value.
    params: JSON | None = strawberry.field(default=None, description="The action's parameters; none is {}.")


@strawberry.input
class AutomationRuleCreateInput:
    name: str
    trigger_kind: TriggerKind
    trigger_params: JSON
    actions: list[AutomationActionInput]
    description: str = ""
    enabled: bool = True
    cooldown_days: int = 90


@strawberry.input(description="Leave a field out to keep it.")
class AutomationRuleUpdateInput:
    id: strawberry.ID
    name: str | None = None
    description: str | None = None
    trigger_kind: TriggerKind | None = None
    trigger_params: JSON | None = None
    actions: list[AutomationActionInput] | None = None
    enabled: bool | None = None
    cooldown_days: int | None = None


@strawberry.input
class AutomationRuleIdInput:
    id: strawberry.ID


@strawberry.input
class AutomationRuleRunInput:
    id: strawberry.ID
    dry_run: bool = strawberry.field(default=False, description="Report who would be acted on, and write nothing.")


@strawberry.input
class HrTaskIdInput:
    id: strawberry.ID


@strawberry.type
class AutomationRulePayload:
    rule: AutomationRule | None = None
    errors: list[AutomationError] = strawberry.field(default_factory=list)


@strawberry.type(description="An action a dry run would take.")
class AutomationPlannedAction:
    employee_pk: strawberry.Private[int]
    kind: ActionKind
    matched: JSON

    @strawberry.field(description="The employee, if you may see them.")
    def employee(self, info: Info) -> Employee | None:
        return related(info.context.loaders.employee_by_id, self.employee_pk, Employee.from_row)


@strawberry.type
class AutomationRuleRunPayload:
    run: AutomationRun | None = strawberry.field(default=None, description="Null for a dry run (it writes nothing).")
    matched: int = 0
    acted: int = 0
    skipped: int = 0
    would_act: list[AutomationPlannedAction] = strawberry.field(default_factory=list, description="A dry run's plan.")
    run_errors: list[str] = strawberry.field(default_factory=list, description="What failed (that employee's actions rolled back).")
    errors: list[AutomationError] = strawberry.field(default_factory=list)


@strawberry.type
class HrTaskPayload:
    task: HrTask | None = None
    errors: list[AutomationError] = strawberry.field(default_factory=list)


@strawberry.input
class HrTaskFilter:
    status: TaskStatus | None = None
    assignee_id: strawberry.ID | None = strawberry.field(default=None, description="A User id.")
    employee_id: strawberry.ID | None = None


def _action_params(action: AutomationActionInput) -> object:
    """The action's params, with a training plan's global id turned into the plan number the rule keeps
    (the graph only hands out ids); anything else is left for the resolver to check."""
    params = action.params or {}
    plan = params.get("planId") if isinstance(params, dict) else None
    if action.kind == ActionKind.ASSIGN_TRAINING_PLAN and isinstance(plan, str):
        try:
            type_name, pk = from_global_id(plan)
        except ValueError:
            return params
        if type_name == "TrainingPlan":
            return {**params, "planId": pk}
    return params


def _rule_input(data) -> rules.RuleInput:
    actions = None if data.actions is None else [{"kind": a.kind.value, "params": _action_params(a)} for a in data.actions]
    return rules.RuleInput(name=data.name, description=data.description,
                           trigger_kind=data.trigger_kind.value if data.trigger_kind else None,
                           trigger_params=data.trigger_params, actions=actions, enabled=data.enabled,
                           cooldown_days=data.cooldown_days)


def _viewer(info: Info):
    viewer = info.context.viewer
    if not viewer.is_authenticated:
        raise unauthenticated()
    return viewer


@strawberry.type
class AutomationQuery:
    @strawberry.field(description=f"{MANAGE} By name.")
    async def automation_rules(self, info: Info, first: int = 50, after: str | None = None,
                               enabled: bool | None = None) -> Connection[AutomationRule] | None:
        require(info, P.AUTOMATION_MANAGE.value)
        return connection(await paginate(rules.list_rules(enabled), first=first, after=after), AutomationRule.from_row)

    @strawberry.field(description=f"{MANAGE} Null with NOT_FOUND when absent.")
    async def automation_rule(self, info: Info, id: strawberry.ID) -> AutomationRule | None:
        require(info, P.AUTOMATION_MANAGE.value)
        pk = pk_of(id, "AutomationRule", "id", [])
        row = await models.AutomationRule.get_or_none(id=pk) if pk else None
        if row is None:
            raise not_found("automation rule", id)
        return AutomationRule.from_row(row)

    @strawberry.field(description=f"{MANAGE} Every rule's runs (or one rule's), newest first.")
    async def automation_runs(self, info: Info, first: int = 20, after: str | None = None,
                              rule_id: strawberry.ID | None = None) -> Connection[AutomationRun] | None:
        require(info, P.AUTOMATION_MANAGE.value)
        (rule,) = decode_ids((rule_id, "AutomationRule", "ruleId")) if rule_id else (None,)
        return connection(await paginate(rules.list_runs(rule), first=first, after=after), AutomationRun.from_row)

    @strawberry.field(description="""HR tasks, open first, by due date. With automation.manage: every task; anyone else
signed in: the tasks assigned to them (a team lead's stay interviews).""")
    async def hr_tasks(self, info: Info, first: int = 50, after: str | None = None,
                       filter: HrTaskFilter | None = None) -> Connection[HrTask] | None:
        viewer = _viewer(info)
        f = filter or HrTaskFilter()
        assignee, employee = decode_ids((f.assignee_id, "User", "assigneeId"), (f.employee_id, "Employee", "employeeId"))
        query = rules.tasks_for(viewer, manage=viewer.can(P.AUTOMATION_MANAGE.value),
                                status=f.status.value if f.status else None, assignee_user_id=assignee, employee_id=employee)
        return connection(await paginate(query, first=first, after=after), HrTask.from_row)


@strawberry.type
class AutomationMutation:
    @strawberry.mutation(description=f"{MANAGE} Parameters are checked for the trigger and each action's kind.")
    async def automation_rule_create(self, info: Info, input: AutomationRuleCreateInput) -> AutomationRulePayload:
        viewer = require(info, P.AUTOMATION_MANAGE.value)

        async def work() -> dict:
            return {"rule": AutomationRule.from_row(await rules.create_rule(viewer=viewer, data=_rule_input(input)))}

        return await mutate(AutomationRulePayload, AutomationError, AutomationErrorCode, work)

    @strawberry.mutation(description=f"{MANAGE} A new trigger kind needs its own triggerParams.")
    async def automation_rule_update(self, info: Info, input: AutomationRuleUpdateInput) -> AutomationRulePayload:
        viewer = require(info, P.AUTOMATION_MANAGE.value)

        async def work() -> dict:
            pk = require_pk(input.id, "AutomationRule")
            return {"rule": AutomationRule.from_row(await rules.update_rule(viewer=viewer, rule_id=pk, data=_rule_input(input)))}

        return await mutate(AutomationRulePayload, AutomationError, AutomationErrorCode, work)

    @strawberry.mutation(description=f"""{MANAGE} Disables the rule: its runs and actions stay, as the history its outcome
is measured on (re-enable with automationRuleUpdate).""")
    async def automation_rule_delete(self, info: Info, input: AutomationRuleIdInput) -> AutomationRulePayload:
        viewer = require(info, P.AUTOMATION_MANAGE.value)

        async def work() -> dict:
            pk = require_pk(input.id, "AutomationRule")
            return {"rule": AutomationRule.from_row(await rules.disable_rule(viewer=viewer, rule_id=pk))}

        return await mutate(AutomationRulePayload, AutomationError, AutomationErrorCode, work)

    @strawberry.mutation(description=f"""{MANAGE} Runs the rule now (even if disabled), as of today. Run twice, it acts
once: the second run skips what the first did.""")
    async def automation_rule_run(self, info: Info, input: AutomationRuleRunInput) -> AutomationRuleRunPayload:
        viewer = require(info, P.AUTOMATION_MANAGE.value)

        async def work() -> dict:
            pk = require_pk(input.id, "AutomationRule")
            rule = await models.AutomationRule.get_or_none(id=pk)
            if rule is None:
                raise DomainError("NOT_FOUND", "There is no automation rule with this id.", "id")
            report = await runner.run_rule(rule, today=company_today(), triggered_by=viewer.label or "console",
                                           dry_run=input.dry_run)
            return {"run": AutomationRun.from_row(report.run) if report.run else None, "matched": report.matched,
                    "acted": report.acted, "skipped": report.skipped, "run_errors": report.errors,
                    "would_act": [AutomationPlannedAction(employee_pk=p.employee_id, kind=models.ActionKind(p.kind),
                                                          matched=p.matched) for p in report.planned]}

        return await mutate(AutomationRuleRunPayload, AutomationError, AutomationErrorCode, work)

    @strawberry.mutation(description="""Requires: automation.manage, or being the task's assignee. Marks an open task done,
once.""")
    async def hr_task_complete(self, info: Info, input: HrTaskIdInput) -> HrTaskPayload:
        viewer = _viewer(info)

        async def work() -> dict:
            pk = require_pk(input.id, "HrTask")
            task = await rules.complete_task(viewer=viewer, task_id=pk, manage=viewer.can(P.AUTOMATION_MANAGE.value))
            return {"task": HrTask.from_row(task)}

        return await mutate(HrTaskPayload, AutomationError, AutomationErrorCode, work)
