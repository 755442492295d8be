"""Training types in the graph: programs, sessions, plans, enrolments, an employee's summary."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import strawberry
from strawberry.types import Info

from backend.graph.base import Node, related, to_global_id
from backend.graph.employees import Employee
from backend.graph.org import Department, Position
from backend.models import training as models
from backend.company_time import company_today

TrainingCategory = strawberry.enum(models.TrainingCategory)
EnrolmentStatus = strawberry.enum(models.EnrolmentStatus)


@strawberry.type(description="A program in the catalogue: what is taught, its hours and its cost per head (CNY).")
class TrainingProgram(Node):
    row: strawberry.Private[models.TrainingProgram]
    code: str
    name: str
    category: TrainingCategory
    hours: Decimal
    cost_per_head: Decimal
    description: str
    active: bool

    @classmethod
    def from_row(cls, row: models.TrainingProgram) -> "TrainingProgram":
        return cls(id=to_global_id("TrainingProgram", row.id), row=row, code=row.code, name=row.name,
                   category=row.category, hours=row.hours, cost_per_head=row.cost_per_head,
                   description=row.description, active=row.active)


@strawberry.type(description="A scheduled session of a program.")
class TrainingSession(Node):
    row: strawberry.Private[models.TrainingSession]
    starts_at: datetime
    ends_at: datetime
    location: str
    trainer: str
    capacity: int | None = strawberry.field(description="Seats; null for no limit.")

    @classmethod
    def from_row(cls, row: models.TrainingSession) -> "TrainingSession":
        return cls(id=to_global_id("TrainingSession", row.id), row=row, starts_at=row.starts_at, ends_at=row.ends_at,
                   location=row.location, trainer=row.trainer, capacity=row.capacity)

    @strawberry.field
    def program(self, info: Info) -> TrainingProgram | None:
        return related(info.context.loaders.training_program_by_id, self.row.program_id, TrainingProgram.from_row)


@strawberry.type(description="""Which programs whom must complete within `dueDays` of being assigned: everyone
matching the filters (a department, a position, hosts only; none set = everyone). Mandatory plans are given to new
hires who match them.""")
class TrainingPlan(Node):
    row: strawberry.Private[models.TrainingPlan]
    name: str
    description: str
    mandatory: bool
    due_days: int
    hosts_only: bool

    @classmethod
    def from_row(cls, row: models.TrainingPlan) -> "TrainingPlan":
        return cls(id=to_global_id("TrainingPlan", row.id), row=row, name=row.name, description=row.description,
                   mandatory=row.mandatory, due_days=row.due_days, hosts_only=row.hosts_only)

    @strawberry.field
    async def programs(self, info: Info) -> list[TrainingProgram]:
        return [TrainingProgram.from_row(p) for p in await info.context.loaders.programs_by_plan.load(self.row.id)]

    @strawberry.field
    def department(self, info: Info) -> Department | None:
        return related(info.context.loaders.department_by_id, self.row.department_id, Department.from_row)

    @strawberry.field
    def position(self, info: Info) -> Position | None:
        return related(info.context.loaders.position_by_id, self.row.position_id, Position.from_row)


@strawberry.type(description="One employee taking one program once; `source` says who asked (manual, plan, automation).")
class Enrolment(Node):
    row: strawberry.Private[models.Enrolment]
    employee_pk: strawberry.Private[int]
    status: EnrolmentStatus
    source: str
    assigned_on: date
    due_on: date | None
    completed_on: date | None
    score: Decimal | None = strawberry.field(description="0-100, for a completion; null otherwise.")

    @classmethod
    def from_row(cls, row: models.Enrolment) -> "Enrolment":
        return cls(id=to_global_id("Enrolment", row.id), row=row, employee_pk=row.employee_id, status=row.status,
                   source=row.source, assigned_on=row.assigned_on, due_on=row.due_on, completed_on=row.completed_on,
                   score=row.score)

    @strawberry.field(description="Open and past its due day (as of today in the company time zone).")
    def overdue(self) -> bool:
        return self.row.status in models.OPEN_ENROLMENT and self.row.due_on is not None and self.row.due_on < company_today()

    @strawberry.field(description="Null when the employee is outside what you may see.")
    def employee(self, info: Info) -> Employee | None:
        return related(info.context.loaders.employee_by_id, self.row.employee_id, Employee.from_row)

    @strawberry.field
    def program(self, info: Info) -> TrainingProgram | None:
        return related(info.context.loaders.training_program_by_id, self.row.program_id, TrainingProgram.from_row)

    @strawberry.field
    def session(self, info: Info) -> TrainingSession | None:
        return related(info.context.loaders.training_session_by_id, self.row.session_id, TrainingSession.from_row)

    @strawberry.field
    def plan(self, info: Info) -> TrainingPlan | None:
        return related(info.context.loaders.training_plan_by_id, self.row.plan_id, TrainingPlan.from_row)


@strawberry.type(description="An employee's training: the last 12 months' completions and open mandatory work.")
class TrainingSummary:
    completed_last_12_months: int = strawberry.field(name="completedLast12Months")
    hours_last_12_months: Decimal = strawberry.field(name="hoursLast12Months")
    open_mandatory: int = strawberry.field(description="Open enrolments from mandatory plans.")
    overdue_mandatory: int = strawberry.field(description="Of those, past their due day.")
