"""Commission plans as stored data: save them validated, assign them effective-dated, preview
them on a real host's month before saving. The rules themselves: `rules.py`; precedence and
months that change plan part-way: `assignments.py`."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend.auth import Viewer
from backend.errors import DomainError, ValidationFailed
from backend.i18n import Message, phrase
from backend.models.compensation import AssignmentScope, CommissionPlan, PlanAssignment
from backend.models.employees import Employee
from backend.models.org import Position, Team
from backend.resolvers.audit import record_event
from backend.resolvers.compensation import assignments as precedence
from backend.resolvers.compensation import inputs as traffic_inputs
from backend.resolvers.compensation.rules import InvalidPlan, Plan, PlanError, Preview, preview
from backend.resolvers.employees import scoped_employees


def _plan_errors(errors: list[PlanError]) -> ValidationFailed:
    return ValidationFailed([DomainError("INVALID", e.message, f"rules.{e.path}" if not e.path.startswith("rules") else e.path)
                             for e in errors])


def parse_plan(rules: object) -> Plan:
    """The plan, or ValidationFailed with every problem at its path in the JSON ("rules.2.rungs.1.percent")."""
    try:
        plan = Plan.from_dict(rules)
    except InvalidPlan as exc:
        raise _plan_errors(exc.errors) from None
    errors = plan.validate()
    if errors:
        raise _plan_errors(errors)
    return plan


def _name(name: str) -> str:
    name = name.strip()
    if not name:
        raise ValidationFailed([DomainError("REQUIRED", "Give the plan a name.", "name")])
    return name


async def create_plan(*, viewer: Viewer, name: str, description: str, rules: object) -> CommissionPlan:
    plan = parse_plan(rules)
    try:
        row = await CommissionPlan.create(name=_name(name), description=description.strip(), rules=plan.to_dict(),
                                          created_by_id=viewer.user_id)
    except IntegrityError:
        raise DomainError("DUPLICATE", Message("A plan is already called {name!r}.", name=name.strip()), "name") from None
    await record_event(viewer=viewer, action="commission_plan.create", target_type="commission_plan", target_id=row.id)
    return row


async def update_plan(*, viewer: Viewer, plan_id: int, name: str, description: str, rules: object) -> CommissionPlan:
    """New rules apply to runs computed from now on; locked payslips keep the working they were paid by."""
    row = await CommissionPlan.get_or_none(id=plan_id)
    if row is None:
        raise DomainError("NOT_FOUND", "No such commission plan.", "id")
    plan = parse_plan(rules)
    row.name, row.description, row.rules = _name(name), description.strip(), plan.to_dict()
    try:
        await row.save(update_fields=["name", "description", "rules", "updated_at"])
    except IntegrityError:
        raise DomainError("DUPLICATE", Message("A plan is already called {name!r}.", name=name.strip()), "name") from None
    await record_event(viewer=viewer, action="commission_plan.update", target_type="commission_plan", target_id=row.id)
    return row


def as_assignment(row: PlanAssignment) -> precedence.Assignment:
    return precedence.Assignment(plan_id=row.plan_id, scope=row.scope.value, target_id=row.target_id,
                                 effective_from=row.effective_from, effective_to=row.effective_to)


async def _check_target(scope: AssignmentScope, target_id: int) -> None:
    model = {AssignmentScope.POSITION: Position, AssignmentScope.TEAM: Team, AssignmentScope.HOST: Employee}[scope]
    if not await model.filter(id=target_id).exists():
        raise DomainError("NOT_FOUND", Message("No {scope} with that id.", scope=phrase(scope.value)), "targetId")


async def assign_plan(*, viewer: Viewer, plan_id: int, scope: AssignmentScope, target_id: int,
                      effective_from: date, effective_to: date | None) -> PlanAssignment:
    """Refuses an assignment that would give the same target two plans on a common day."""
    if not await CommissionPlan.filter(id=plan_id).exists():
        raise DomainError("NOT_FOUND", "No such commission plan.", "planId")
    await _check_target(scope, target_id)
    if effective_to is not None and effective_to < effective_from:
        raise DomainError("INVALID", "The last day in force cannot be before the first.", "effectiveTo")
    new = precedence.Assignment(plan_id, scope.value, target_id, effective_from, effective_to)
    async with in_transaction():
        existing = await PlanAssignment.filter(scope=scope, target_id=target_id).select_for_update()
        clash = next((row for row in existing if as_assignment(row).overlaps(new)), None)
        if clash is not None:
            until = clash.effective_to or phrase("open-ended")
            raise DomainError("OVERLAP", Message("This {scope} already has a plan from {effective_from} to {until} "
                                                 "(assignment {assignment}): end that one first.", scope=phrase(scope.value),
                                                 effective_from=clash.effective_from, until=until, assignment=clash.id), "effectiveFrom")
        row = await PlanAssignment.create(plan_id=plan_id, scope=scope, target_id=target_id, effective_from=effective_from,
                                          effective_to=effective_to, created_by_id=viewer.user_id)
    await record_event(viewer=viewer, action="commission_plan.assign", target_type="plan_assignment", target_id=row.id)
    return row


async def end_assignment(*, viewer: Viewer, assignment_id: int, last_day: date) -> PlanAssignment:
    row = await PlanAssignment.get_or_none(id=assignment_id)
    if row is None:
        raise DomainError("NOT_FOUND", "No such plan assignment.", "id")
    if last_day < row.effective_from - timedelta(days=1):
        raise DomainError("INVALID", Message("The assignment starts {effective_from}: its last day cannot be before {day_before}.",
                                             effective_from=row.effective_from, day_before=row.effective_from - timedelta(days=1)),
                          "lastDay")
    if row.effective_to is not None and last_day > row.effective_to:
        raise DomainError("INVALID", Message("The assignment already ends {effective_to}.",
                                             effective_to=row.effective_to), "lastDay")
    row.effective_to = last_day
    await row.save(update_fields=["effective_to"])
    await record_event(viewer=viewer, action="commission_plan.unassign", target_type="plan_assignment", target_id=row.id)
    return row


def month_bounds(month: date) -> tuple[date, date]:
    first = month.replace(day=1)
    return first, first.replace(day=calendar.monthrange(first.year, first.month)[1])


def previous_month(first: date) -> date:
    return (first - timedelta(days=1)).replace(day=1)


async def preview_plan(*, viewer: Viewer, rules: object, host_id: int, month: date) -> Preview:
    """What the (unsaved) rules would pay the host for that month's real traffic; nothing is stored."""
    host = await scoped_employees(viewer).get_or_none(id=host_id)
    if host is None:
        raise DomainError("NOT_FOUND", "No such host that you can see.", "hostId")
    first, last = month_bounds(month)
    totals = (await traffic_inputs.month_totals(first=first, last=last, scope_key=f"host:{host.id}")).get(host.id)
    growth = (await traffic_inputs.team_growth(first=first, last=last, previous_first=previous_month(first))).get(host.team_id)
    return preview(plan=rules,
                   inputs=(totals or traffic_inputs.HostTotals()).inputs(growth))
