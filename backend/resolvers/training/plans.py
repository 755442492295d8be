"""Mandatory plans: assigning a plan's programs to the employees it concerns.

`assign_plan` is the one way enrolments come from a plan, whether HR applies a plan by hand, a
new hire matches a mandatory plan, or an automation rule assigns one: all of them must stay
idempotent, so running it twice (or a rule firing every night) never doubles anyone's work."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend.auth import Viewer
from backend.db import portable_sql
from backend.errors import DomainError, ValidationFailed
from backend.i18n import Message
from backend.models.employees import Employee, EmployeeStatus
from backend.models.org import Department, Position
from backend.models.training import OPEN_ENROLMENT, Enrolment, EnrolmentStatus, TrainingPlan, TrainingProgram
from backend.resolvers.audit import record_event

RECENT_COMPLETION_DAYS = 365  # a program completed within a year counts as done for a plan
CURRENT = (EmployeeStatus.PROBATION, EmployeeStatus.ACTIVE, EmployeeStatus.LEAVING)


async def assign_plan(plan_id: int, employee_ids: list[int], *, today: date, source: str = "plan",
                      rule_id: int | None = None) -> list[Enrolment]:
    """Enrol each employee in each of the plan's programs, due `plan.due_days` after today.
    Idempotent: an employee who already has an open (assigned/enrolled) enrolment in a program,
    or completed it within the last 12 months, gets no new one. Returns the enrolments created."""
    plan = await TrainingPlan.get(id=plan_id)
    program_ids = sorted(await plan.programs.all().values_list("id", flat=True))
    employee_ids = sorted(set(employee_ids))
    if not program_ids or not employee_ids:
        return []
    since = today - timedelta(days=RECENT_COMPLETION_DAYS)
    async with in_transaction():
        existing = await Enrolment.filter(employee_id__in=employee_ids, program_id__in=program_ids).values_list(
            "employee_id", "program_id", "status", "completed_on")
        covered = {(employee, program) for employee, program, status, completed_on in existing
                   if status in OPEN_ENROLMENT
                   or (status == EnrolmentStatus.COMPLETED and completed_on is not None and completed_on >= since)}
        due_on = today + timedelta(days=plan.due_days)
        missing = [Enrolment(employee_id=employee, program_id=program, plan_id=plan.id, rule_id=rule_id, source=source,
                             status=EnrolmentStatus.ASSIGNED, assigned_on=today, due_on=due_on)
                   for employee in employee_ids for program in program_ids if (employee, program) not in covered]
        if not missing:
            return []
        last_id = await Enrolment.all().order_by("-id").first().values_list("id", flat=True) or 0
        await Enrolment.bulk_create(missing, batch_size=1000)
        # bulk_create does not give ids back on every dialect: read the rows just made
        made = {(e.employee_id, e.program_id) for e in missing}
        created = await Enrolment.filter(id__gt=last_id, plan_id=plan.id, employee_id__in=employee_ids,
                                         program_id__in=program_ids).order_by("employee_id", "program_id")
        return [e for e in created if (e.employee_id, e.program_id) in made]


def matching_employees(plan: TrainingPlan):
    """Everyone still employed whom the plan's filters match (none set: everyone)."""
    query = Employee.filter(status__in=CURRENT)
    if plan.department_id is not None:
        query = query.filter(department_id=plan.department_id)
    if plan.position_id is not None:
        query = query.filter(position_id=plan.position_id)
    if plan.hosts_only:
        query = query.filter(is_host=True)
    return query


async def apply_plan(*, viewer: Viewer, plan_id: int, today: date) -> tuple[TrainingPlan, int]:
    """Assigns the plan to everyone it matches now; returns the plan and how many enrolments were made."""
    plan = await TrainingPlan.get_or_none(id=plan_id)
    if plan is None:
        raise ValidationFailed([DomainError("NOT_FOUND", "No training plan with this id.", "id")])
    ids = list(await matching_employees(plan).values_list("id", flat=True))
    created = await assign_plan(plan.id, ids, today=today, source="plan")
    await record_event(viewer=viewer, action="training_plan.apply", target_type="training_plan", target_id=plan.id)
    return plan, len(created)


async def apply_mandatory_plans(*, employee_ids: list[int], today: date) -> int:
    """Gives these employees (new hires, transfers) every mandatory plan they match: what
    employee creation calls, so nobody starts without their onboarding and compliance."""
    if not employee_ids:
        return 0
    made = 0
    for plan in await TrainingPlan.filter(mandatory=True).order_by("id"):
        ids = list(await matching_employees(plan).filter(id__in=employee_ids).values_list("id", flat=True))
        made += len(await assign_plan(plan.id, ids, today=today, source="plan")) if ids else 0
    return made


@dataclass
class PlanInput:
    name: str | None = None
    description: str | None = None
    mandatory: bool = True
    due_days: int = 30
    department_id: int | None = None
    position_id: int | None = None
    hosts_only: bool = False
    program_ids: list[int] = field(default_factory=list)


async def _plan_errors(data: PlanInput) -> list[DomainError]:
    errors = []
    if not (data.name or "").strip() or len(data.name.strip()) > 120:
        errors.append(DomainError("REQUIRED", "A plan needs a name of at most 120 characters.", "name"))
    elif await TrainingPlan.exists(name=data.name.strip()):
        errors.append(DomainError("DUPLICATE", Message("A plan named {name} exists.", name=data.name.strip()), "name"))
    if not 1 <= data.due_days <= 730:
        errors.append(DomainError("INVALID", "dueDays is 1 to 730 days.", "dueDays"))
    if data.department_id is not None and not await Department.exists(id=data.department_id):
        errors.append(DomainError("NOT_FOUND", "No department with this id.", "departmentId"))
    if data.position_id is not None and not await Position.exists(id=data.position_id):
        errors.append(DomainError("NOT_FOUND", "No position with this id.", "positionId"))
    wanted = set(data.program_ids)
    if not wanted:
        errors.append(DomainError("REQUIRED", "A plan needs at least one program.", "programIds"))
    else:
        found = set(await TrainingProgram.filter(id__in=list(wanted), active=True).values_list("id", flat=True))
        if wanted - found:
            errors.append(DomainError("NOT_FOUND", Message("{count} of the programs do not exist or are inactive.",
                                                           count=len(wanted - found)),
                                      "programIds"))
    return errors


async def create_plan(*, viewer: Viewer, data: PlanInput) -> TrainingPlan:
    errors = await _plan_errors(data)
    if errors:
        raise ValidationFailed(errors)
    try:
        async with in_transaction():
            plan = await TrainingPlan.create(name=data.name.strip(), description=(data.description or "").strip(),
                                             mandatory=data.mandatory, due_days=data.due_days,
                                             department_id=data.department_id, position_id=data.position_id,
                                             hosts_only=data.hosts_only)
            await plan.programs.add(*await TrainingProgram.filter(id__in=data.program_ids))
    except IntegrityError:
        raise ValidationFailed([DomainError("DUPLICATE", "A plan with this name was just created.", "name")]) from None
    await record_event(viewer=viewer, action="training_plan.create", target_type="training_plan", target_id=plan.id)
    return plan


def list_plans(*, mandatory: bool | None = None):
    query = TrainingPlan.all()
    if mandatory is not None:
        query = query.filter(mandatory=mandatory)
    return query.order_by("name", "id")


async def programs_by_plan(plan_ids: list[int]) -> dict[int, list[TrainingProgram]]:
    """plan -> its programs by code, for a batch of plans: one query."""
    found: dict[int, list[TrainingProgram]] = {}
    if not plan_ids:
        return found
    m2m = TrainingPlan._meta.fields_map["programs"]
    conn = TrainingPlan._meta.db
    marks = ", ".join("?" for _ in plan_ids)
    sql, params = portable_sql(conn, f'SELECT "{m2m.backward_key}" AS plan, "{m2m.forward_key}" AS program '
                                     f'FROM "{m2m.through}" WHERE "{m2m.backward_key}" IN ({marks})', list(plan_ids))
    pairs = [(r["plan"], r["program"]) for r in await conn.execute_query_dict(sql, params)]
    programs = {p.id: p for p in await TrainingProgram.filter(id__in=list({p for _, p in pairs}))}
    for plan_id, program_id in pairs:
        found.setdefault(plan_id, []).append(programs[program_id])
    return {k: sorted(v, key=lambda p: p.code) for k, v in found.items()}
