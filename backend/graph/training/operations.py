"""Training queries and mutations: thin translations to `resolvers.training`."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum

import strawberry
from strawberry.types import Info

from backend.errors import not_found
from backend.graph.base import Connection, connection, decode_ids, mutate, require, require_pk
from backend.graph.training.types import (
    Enrolment, EnrolmentStatus, TrainingCategory, TrainingPlan, TrainingProgram, TrainingSession, TrainingSummary,
)
from backend.models import training as rows
from backend.permissions import Permission as P
from backend.resolvers.pagination import paginate
from backend.company_time import company_today
from backend.resolvers.training import enrolments, plans, programs


@strawberry.enum
class TrainingErrorCode(Enum):
    REQUIRED = "REQUIRED"
    INVALID = "INVALID"
    NOT_FOUND = "NOT_FOUND"
    DUPLICATE = "DUPLICATE"
    CONFLICT = "CONFLICT"
    FORBIDDEN = "FORBIDDEN"
    CAPACITY = strawberry.enum_value("CAPACITY", description="The session has no seat left (or fewer than booked).")
    WRONG_STATUS = strawberry.enum_value("WRONG_STATUS", description="The enrolment is not in a status this change needs.")


@strawberry.type
class TrainingError:
    field: str | None
    code: TrainingErrorCode
    message: str


@strawberry.input
class TrainingProgramCreateInput:
    code: str
    name: str
    category: TrainingCategory
    hours: Decimal = strawberry.field(description="Above 0, in tenths.")
    cost_per_head: Decimal = strawberry.field(description="CNY per participant, in fen.")
    description: str | None = None


@strawberry.input
class TrainingProgramUpdateInput:
    id: strawberry.ID
    code: str | None = None
    name: str | None = None
    category: TrainingCategory | None = None
    hours: Decimal | None = None
    cost_per_head: Decimal | None = None
    description: str | None = None
    active: bool | None = strawberry.field(default=None, description="False: no new sessions or enrolments.")


@strawberry.type
class TrainingProgramCreatePayload:
    program: TrainingProgram | None = None
    errors: list[TrainingError] = strawberry.field(default_factory=list)


@strawberry.type
class TrainingProgramUpdatePayload(TrainingProgramCreatePayload):
    pass


@strawberry.input
class TrainingSessionCreateInput:
    program_id: strawberry.ID
    starts_at: datetime
    ends_at: datetime
    location: str | None = None
    trainer: str | None = None
    capacity: int | None = strawberry.field(default=None, description="Seats; leave out for no limit.")


@strawberry.input
class TrainingSessionUpdateInput:
    id: strawberry.ID
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    location: str | None = None
    trainer: str | None = None
    capacity: int | None = strawberry.field(default=None, description="Not below the seats already booked.")


@strawberry.type
class TrainingSessionCreatePayload:
    session: TrainingSession | None = None
    errors: list[TrainingError] = strawberry.field(default_factory=list)


@strawberry.type
class TrainingSessionUpdatePayload(TrainingSessionCreatePayload):
    pass


@strawberry.input
class TrainingPlanCreateInput:
    name: str
    program_ids: list[strawberry.ID]
    description: str | None = None
    mandatory: bool = True
    due_days: int = strawberry.field(default=30, description="Days from assignment to the due day, 1 to 730.")
    department_id: strawberry.ID | None = None
    position_id: strawberry.ID | None = None
    hosts_only: bool = False


@strawberry.type
class TrainingPlanCreatePayload:
    plan: TrainingPlan | None = None
    errors: list[TrainingError] = strawberry.field(default_factory=list)


@strawberry.input
class TrainingPlanApplyInput:
    id: strawberry.ID


@strawberry.type
class TrainingPlanApplyPayload(TrainingPlanCreatePayload):
    assigned: int | None = strawberry.field(default=None, description="Enrolments made; 0 when everyone already had them.")


@strawberry.input
class EnrolmentAssignInput:
    employee_id: strawberry.ID
    program_id: strawberry.ID
    due_on: date | None = None


@strawberry.input
class EnrolmentEnrolInput:
    employee_id: strawberry.ID
    session_id: strawberry.ID


@strawberry.enum
class EnrolmentOutcome(Enum):
    COMPLETED = "completed"
    NO_SHOW = "no_show"


@strawberry.input
class EnrolmentCompleteInput:
    id: strawberry.ID
    outcome: EnrolmentOutcome = EnrolmentOutcome.COMPLETED
    score: Decimal | None = strawberry.field(default=None, description="0 to 100 in tenths; completions only.")
    completed_on: date | None = strawberry.field(default=None, description="Today when left out.")


@strawberry.input
class EnrolmentIdInput:
    id: strawberry.ID


@strawberry.type
class EnrolmentPayload:
    enrolment: Enrolment | None = None
    errors: list[TrainingError] = strawberry.field(default_factory=list)


@strawberry.input
class TrainingProgramFilter:
    active: bool | None = None
    category: TrainingCategory | None = None
    search: str | None = strawberry.field(default=None, description="Part of the code or name.")


@strawberry.input
class TrainingSessionFilter:
    program_id: strawberry.ID | None = None
    starts_from: datetime | None = None
    starts_before: datetime | None = None


@strawberry.input
class EnrolmentFilter:
    status: list[EnrolmentStatus] | None = None
    employee_id: strawberry.ID | None = None
    program_id: strawberry.ID | None = None
    session_id: strawberry.ID | None = None
    plan_id: strawberry.ID | None = None
    overdue: bool | None = strawberry.field(default=None, description="True: open and past the due day.")


READ = "Requires: training.read."
WRITE = "Requires: training.write."


def _one(info: Info, id: strawberry.ID, type_name: str, kind: str):
    """The pk of a `type_name` id; NOT_FOUND, naming the `kind`, for anything else."""
    try:
        return require_pk(id, type_name)
    except Exception:
        raise not_found(kind, id) from None


@strawberry.type
class TrainingQuery:
    @strawberry.field(description=f"{READ} The catalogue, by code.")
    async def training_programs(self, info: Info, first: int = 50, after: str | None = None,
                                filter: TrainingProgramFilter | None = None) -> Connection[TrainingProgram] | None:
        require(info, P.TRAINING_READ.value)
        f = filter or TrainingProgramFilter()
        query = programs.list_programs(active=f.active, category=rows.TrainingCategory(f.category.value) if f.category else None,
                                       search=f.search)
        return connection(await paginate(query, first=first, after=after), TrainingProgram.from_row)

    @strawberry.field(description=f"{READ} Null with NOT_FOUND when absent.")
    async def training_program(self, info: Info, id: strawberry.ID) -> TrainingProgram | None:
        require(info, P.TRAINING_READ.value)
        row = await rows.TrainingProgram.get_or_none(id=_one(info, id, "TrainingProgram", "training program"))
        if row is None:
            raise not_found("training program", id)
        return TrainingProgram.from_row(row)

    @strawberry.field(description=f"{READ} Sessions by start time.")
    async def training_sessions(self, info: Info, first: int = 50, after: str | None = None,
                                filter: TrainingSessionFilter | None = None) -> Connection[TrainingSession] | None:
        require(info, P.TRAINING_READ.value)
        f = filter or TrainingSessionFilter()
        (program,) = decode_ids((f.program_id, "TrainingProgram", "programId"))
        query = programs.list_sessions(program_id=program, starts_from=f.starts_from, starts_before=f.starts_before)
        return connection(await paginate(query, first=first, after=after), TrainingSession.from_row)

    @strawberry.field(description=f"{READ} Plans by name.")
    async def training_plans(self, info: Info, first: int = 50, after: str | None = None,
                             mandatory: bool | None = None) -> Connection[TrainingPlan] | None:
        require(info, P.TRAINING_READ.value)
        return connection(await paginate(plans.list_plans(mandatory=mandatory), first=first, after=after),
                          TrainingPlan.from_row)

    @strawberry.field(description=f"""{READ} Rows are limited to what you may see: HR everyone's, a team lead their
teams', an employee their own, partners none. Newest assignment first.""")
    async def enrolments(self, info: Info, first: int = 20, after: str | None = None,
                         filter: EnrolmentFilter | None = None) -> Connection[Enrolment] | None:
        viewer = require(info, P.TRAINING_READ.value)
        f = filter or EnrolmentFilter()
        employee, program, session, plan = decode_ids(
            (f.employee_id, "Employee", "employeeId"), (f.program_id, "TrainingProgram", "programId"),
            (f.session_id, "TrainingSession", "sessionId"), (f.plan_id, "TrainingPlan", "planId"))
        page = await enrolments.list_enrolments(viewer=viewer, first=first, after=after, filter=enrolments.EnrolmentFilter(
            statuses=[rows.EnrolmentStatus(s.value) for s in f.status] if f.status else None, employee_id=employee,
            program_id=program, session_id=session, plan_id=plan, overdue_on=company_today() if f.overdue else None))
        return connection(page, Enrolment.from_row)

    @strawberry.field(description=f"{READ} Null with NOT_FOUND when absent or out of your scope.")
    async def enrolment(self, info: Info, id: strawberry.ID) -> Enrolment | None:
        viewer = require(info, P.TRAINING_READ.value)
        row = await enrolments.scoped_enrolments(viewer).get_or_none(id=_one(info, id, "Enrolment", "enrolment"))
        if row is None:
            raise not_found("enrolment", id)
        return Enrolment.from_row(row)


async def employee_training(info: Info, employee_pk: int) -> TrainingSummary:
    """`Employee.training`: one scoped query for every employee of the page (a DataLoader)."""
    found = await info.context.loaders.training_summary_by_employee.load(employee_pk)
    if found is None:
        return TrainingSummary(completed_last_12_months=0, hours_last_12_months=Decimal("0.0"), open_mandatory=0,
                               overdue_mandatory=0)
    return TrainingSummary(completed_last_12_months=found.completed_12m, hours_last_12_months=found.hours_12m,
                           open_mandatory=found.open_mandatory, overdue_mandatory=found.overdue_mandatory)


def _program_input(input) -> programs.ProgramInput:
    return programs.ProgramInput(code=input.code, name=input.name,
                                 category=rows.TrainingCategory(input.category.value) if input.category else None,
                                 hours=input.hours, cost_per_head=input.cost_per_head, description=input.description,
                                 active=getattr(input, "active", None))


def _enrolment(row) -> dict:
    return {"enrolment": Enrolment.from_row(row)}


@strawberry.type
class TrainingMutation:
    @strawberry.mutation(description=f"{WRITE} Adds a program to the catalogue; codes are unique.")
    async def training_program_create(self, info: Info, input: TrainingProgramCreateInput) -> TrainingProgramCreatePayload:
        viewer = require(info, P.TRAINING_WRITE.value)

        async def work() -> dict:
            return {"program": TrainingProgram.from_row(await programs.create_program(viewer=viewer, data=_program_input(input)))}

        return await mutate(TrainingProgramCreatePayload, TrainingError, TrainingErrorCode, work)

    @strawberry.mutation(description=f"{WRITE} Changes what is given; `active: false` retires a program.")
    async def training_program_update(self, info: Info, input: TrainingProgramUpdateInput) -> TrainingProgramUpdatePayload:
        viewer = require(info, P.TRAINING_WRITE.value)

        async def work() -> dict:
            row = await programs.update_program(viewer=viewer, program_id=require_pk(input.id, "TrainingProgram"),
                                                data=_program_input(input))
            return {"program": TrainingProgram.from_row(row)}

        return await mutate(TrainingProgramUpdatePayload, TrainingError, TrainingErrorCode, work)

    @strawberry.mutation(description=f"{WRITE} Schedules a session of an active program.")
    async def training_session_create(self, info: Info, input: TrainingSessionCreateInput) -> TrainingSessionCreatePayload:
        viewer = require(info, P.TRAINING_WRITE.value)

        async def work() -> dict:
            data = programs.SessionInput(program_id=require_pk(input.program_id, "TrainingProgram", "programId"),
                                         starts_at=input.starts_at, ends_at=input.ends_at, location=input.location,
                                         trainer=input.trainer, capacity=input.capacity)
            return {"session": TrainingSession.from_row(await programs.create_session(viewer=viewer, data=data))}

        return await mutate(TrainingSessionCreatePayload, TrainingError, TrainingErrorCode, work)

    @strawberry.mutation(description=f"{WRITE} Moves a session or changes its seats (never below those booked).")
    async def training_session_update(self, info: Info, input: TrainingSessionUpdateInput) -> TrainingSessionUpdatePayload:
        viewer = require(info, P.TRAINING_WRITE.value)

        async def work() -> dict:
            data = programs.SessionInput(starts_at=input.starts_at, ends_at=input.ends_at, location=input.location,
                                         trainer=input.trainer, capacity=input.capacity)
            row = await programs.update_session(viewer=viewer, session_id=require_pk(input.id, "TrainingSession"), data=data)
            return {"session": TrainingSession.from_row(row)}

        return await mutate(TrainingSessionUpdatePayload, TrainingError, TrainingErrorCode, work)

    @strawberry.mutation(description=f"""{WRITE} A plan of programs for everyone matching its filters. Creating it
assigns nothing: apply it (trainingPlanApply); a mandatory plan is also given to matching new hires.""")
    async def training_plan_create(self, info: Info, input: TrainingPlanCreateInput) -> TrainingPlanCreatePayload:
        viewer = require(info, P.TRAINING_WRITE.value)

        async def work() -> dict:
            department, position = decode_ids((input.department_id, "Department", "departmentId"),
                                              (input.position_id, "Position", "positionId"))
            program_ids = decode_ids(*[(p, "TrainingProgram", "programIds") for p in input.program_ids])
            data = plans.PlanInput(name=input.name, description=input.description, mandatory=input.mandatory,
                                   due_days=input.due_days, department_id=department, position_id=position,
                                   hosts_only=input.hosts_only, program_ids=program_ids)
            return {"plan": TrainingPlan.from_row(await plans.create_plan(viewer=viewer, data=data))}

        return await mutate(TrainingPlanCreatePayload, TrainingError, TrainingErrorCode, work)

    @strawberry.mutation(description=f"""{WRITE} Assigns the plan's programs to everyone it matches now. Idempotent:
whoever already has an open enrolment in a program, or completed it in the last 12 months, gets none.""")
    async def training_plan_apply(self, info: Info, input: TrainingPlanApplyInput) -> TrainingPlanApplyPayload:
        viewer = require(info, P.TRAINING_WRITE.value)

        async def work() -> dict:
            plan, made = await plans.apply_plan(viewer=viewer, plan_id=require_pk(input.id, "TrainingPlan"),
                                                today=company_today())
            return {"plan": TrainingPlan.from_row(plan), "assigned": made}

        return await mutate(TrainingPlanApplyPayload, TrainingError, TrainingErrorCode, work)

    @strawberry.mutation(description=f"{WRITE} Assigns one program to one employee (no session yet).")
    async def enrolment_assign(self, info: Info, input: EnrolmentAssignInput) -> EnrolmentPayload:
        viewer = require(info, P.TRAINING_WRITE.value)

        async def work() -> dict:
            employee, program = decode_ids((input.employee_id, "Employee", "employeeId"),
                                           (input.program_id, "TrainingProgram", "programId"))
            return _enrolment(await enrolments.assign(viewer=viewer, employee_id=employee, program_id=program,
                                                      due_on=input.due_on, today=company_today()))

        return await mutate(EnrolmentPayload, TrainingError, TrainingErrorCode, work)

    @strawberry.mutation(description=f"""{WRITE} Books an employee on a session (CAPACITY when it is full); an open
enrolment in its program is moved onto the session rather than doubled.""")
    async def enrolment_enrol(self, info: Info, input: EnrolmentEnrolInput) -> EnrolmentPayload:
        viewer = require(info, P.TRAINING_WRITE.value)

        async def work() -> dict:
            employee, session = decode_ids((input.employee_id, "Employee", "employeeId"),
                                           (input.session_id, "TrainingSession", "sessionId"))
            return _enrolment(await enrolments.enrol(viewer=viewer, employee_id=employee, session_id=session,
                                                     today=company_today()))

        return await mutate(EnrolmentPayload, TrainingError, TrainingErrorCode, work)

    @strawberry.mutation(description=f"{WRITE} Records a completion (with a score) or a no-show of an open enrolment.")
    async def enrolment_complete(self, info: Info, input: EnrolmentCompleteInput) -> EnrolmentPayload:
        viewer = require(info, P.TRAINING_WRITE.value)

        async def work() -> dict:
            return _enrolment(await enrolments.record_outcome(
                viewer=viewer, enrolment_id=require_pk(input.id, "Enrolment"),
                completed=input.outcome == EnrolmentOutcome.COMPLETED, score=input.score,
                completed_on=input.completed_on, today=company_today()))

        return await mutate(EnrolmentPayload, TrainingError, TrainingErrorCode, work)

    @strawberry.mutation(description=f"{WRITE} Cancels an open enrolment.")
    async def enrolment_cancel(self, info: Info, input: EnrolmentIdInput) -> EnrolmentPayload:
        viewer = require(info, P.TRAINING_WRITE.value)

        async def work() -> dict:
            return _enrolment(await enrolments.cancel(viewer=viewer, enrolment_id=require_pk(input.id, "Enrolment")))

        return await mutate(EnrolmentPayload, TrainingError, TrainingErrorCode, work)
