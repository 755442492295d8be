"""Employees in the graph: the type with its guarded fields, the paired queries, and the
mutations that change employment (each also writing the history)."""

from __future__ import annotations

import asyncio
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry.types import Info

from backend import crypto
from backend.errors import DomainError, ValidationFailed, bad_input, not_found
from backend.models import employees as models
from backend.permissions import Permission as P
from backend.resolvers import employees as resolvers
from backend.resolvers.analytics import workforce
from backend.graph.access import requires
from backend.graph.base import (
    Connection, Node, OrderDirection, connection, decode_ids, mutate, pk_of, related, require, selected_names,
    to_global_id,
)
from backend.graph.org import Department, Position, Team
from backend.graph.traffic.summary import DateRangeInput, TrafficSummary, summary_of

if TYPE_CHECKING:
    from backend.graph.analytics import AttritionRisk
    from backend.graph.performance.types import Review
    from backend.graph.profile import EmployeeProfile
    from backend.graph.training.types import TrainingSummary
    from backend.graph.attendance import AttendanceSummary

Gender = strawberry.enum(models.Gender)
EmploymentType = strawberry.enum(models.EmploymentType)
EmployeeStatus = strawberry.enum(models.EmployeeStatus)
EmploymentEventKind = strawberry.enum(models.EventKind, name="EmploymentEventKind")
ExitReason = strawberry.enum(models.ExitReason)

PII = dict(own=P.SELF_READ_PII, audited=True)
PAY = dict(own=P.SELF_READ_PAY, audited=True)


@strawberry.type
class OrgPlacement:
    """Where in the org: shared by an employee and each event of their history (both keep the row)."""

    @strawberry.field
    def department(self, info: Info) -> Department | None:
        return related(info.context.loaders.department_by_id, self.row.department_id, Department.from_row)

    @strawberry.field
    def team(self, info: Info) -> Team | None:
        return related(info.context.loaders.team_by_id, self.row.team_id, Team.from_row)

    @strawberry.field
    def position(self, info: Info) -> Position | None:
        return related(info.context.loaders.position_by_id, self.row.position_id, Position.from_row)


@strawberry.type
class EmploymentEvent(Node, OrgPlacement):
    row: strawberry.Private[models.EmploymentEvent]
    employee_pk: strawberry.Private[int]
    kind: EmploymentEventKind
    occurred_on: date
    reason_category: ExitReason | None
    voluntary: bool | None
    note: str | None

    @classmethod
    def from_row(cls, row: models.EmploymentEvent) -> "EmploymentEvent":
        return cls(id=to_global_id("EmploymentEvent", row.id), row=row, employee_pk=row.employee_id, kind=row.kind,
                   occurred_on=row.occurred_on, reason_category=row.reason_category, voluntary=row.voluntary, note=row.note)


    @strawberry.field(extensions=[requires(P.COMPENSATION_READ, **PAY)])
    def salary_before(self) -> Decimal | None:
        return self.row.salary_before

    @strawberry.field(extensions=[requires(P.COMPENSATION_READ, **PAY)])
    def salary_after(self) -> Decimal | None:
        return self.row.salary_after


@strawberry.type
class Employee(Node, OrgPlacement):
    row: strawberry.Private[models.Employee]
    employee_pk: strawberry.Private[int]
    employee_no: str
    name: str
    gender: Gender | None
    phone: str | None
    email: str | None
    employment_type: EmploymentType
    status: EmployeeStatus
    hired_on: date
    left_on: date | None
    is_host: bool

    @classmethod
    def from_row(cls, row: models.Employee) -> "Employee":
        return cls(
            id=to_global_id("Employee", row.id), row=row, employee_pk=row.id, employee_no=row.employee_no,
            name=row.name, gender=row.gender, phone=row.phone, email=row.email,
            employment_type=row.employment_type, status=row.status, hired_on=row.hired_on,
            left_on=row.left_on, is_host=row.is_host,
        )


    @strawberry.field(description="Null when the manager is outside what you may see.")
    def manager(self, info: Info) -> "Employee | None":
        return related(info.context.loaders.employee_by_id, self.row.manager_id, Employee.from_row)

    @strawberry.field(extensions=[requires(P.EMPLOYEES_READ_PII, **PII)])
    def birth_date(self) -> date | None:
        return self.row.birth_date

    @strawberry.field(description="Resident ID number, stored encrypted.", extensions=[requires(P.EMPLOYEES_READ_PII, **PII)])
    def id_number(self) -> str | None:
        return crypto.reveal(self.row.id_number)

    @strawberry.field(description="Stored encrypted.", extensions=[requires(P.COMPENSATION_READ, **PAY)])
    def bank_account(self) -> str | None:
        return crypto.reveal(self.row.bank_account)

    @strawberry.field(description="Monthly base pay in CNY.", extensions=[requires(P.COMPENSATION_READ, **PAY)])
    def base_salary(self) -> Decimal | None:
        return self.row.base_salary

    @strawberry.field(description="""Requires: traffic.read. The host's live-stream totals over a period (at most 732
days); zeros for someone who did not stream. A partner sees the accounts linked to it only.""")
    async def traffic_summary(self, info: Info, period: DateRangeInput) -> TrafficSummary | None:
        require(info, P.TRAFFIC_READ.value)
        if period.to < period.from_ or (period.to - period.from_).days >= 732:
            raise bad_input("period must run forwards and span at most 732 days.", "period")
        totals = await info.context.loaders.traffic_summary_by_host.load((self.employee_pk, period.from_, period.to))
        return summary_of(totals, period.from_, period.to)

    @strawberry.field(description="Hires, transfers, promotions, salary changes and exits, oldest first.")
    async def history(self, info: Info) -> list[EmploymentEvent]:
        return [EmploymentEvent.from_row(e) for e in await info.context.loaders.history_by_employee.load(self.employee_pk)]

    @strawberry.field(description="""Requires: performance.read. Their reviews you may see, newest cycle first (one
query for the whole page of employees).""")
    async def reviews(self, info: Info, first: int = 20, after: str | None = None) -> Connection[
            Annotated["Review", strawberry.lazy("backend.graph.performance.types")]] | None:
        from backend.graph.performance.operations import employee_reviews

        return await employee_reviews(info, self.employee_pk, first, after)

    @strawberry.field(description="""The probability of leaving voluntarily within six months and its drivers; null
when not scored (someone who left, or before the first model).""", extensions=[requires(P.ANALYTICS_READ_RISK)])
    async def attrition_risk(self, info: Info) -> Annotated["AttritionRisk", strawberry.lazy("backend.graph.analytics")] | None:
        from backend.graph.analytics import employee_attrition_risk

        return await employee_attrition_risk(info, self.employee_pk)

    @strawberry.field(description="""The 360 profile: contract, pay position, reviews, traffic, training, attendance,
history and risk in one round trip (each section needs its own read permission).""")
    def profile(self) -> Annotated["EmployeeProfile", strawberry.lazy("backend.graph.profile")]:
        from backend.graph.profile import profile_of

        return profile_of(self.row)

    @strawberry.field(description="""Requires: training.read (an employee: their own; a lead: their team). The last 12
months' completed trainings and hours, and open or overdue mandatory enrolments (one query for the page).""")
    async def training(self, info: Info) -> Annotated["TrainingSummary", strawberry.lazy("backend.graph.training.types")] | None:
        from backend.graph.training.operations import employee_training

        require(info, P.TRAINING_READ.value)
        return await employee_training(info, self.employee_pk)

    @strawberry.field(description="""Requires: attendance.read (an employee: their own; a lead: their team). The last
`months` months (1-24, the current one included): late arrivals, overtime and leave days (two queries for the page).""")
    async def attendance(self, info: Info, months: int = 6) -> Annotated[
            "AttendanceSummary", strawberry.lazy("backend.graph.attendance")] | None:
        from backend.graph.attendance import employee_attendance

        require(info, P.ATTENDANCE_READ.value)
        return await employee_attendance(info, self.employee_pk, months)


# Nested field -> (loader, the row's key) that a list page loads in bulk before resolving.
PAGE_RELATIONS = {
    "department": ("department_by_id", "department_id"),
    "team": ("team_by_id", "team_id"),
    "position": ("position_by_id", "position_id"),
    "manager": ("employee_by_id", "manager_id"),
}


async def prime_relations(info: Info, rows: list[models.Employee], selected: set[str]) -> None:
    """Loads the page's departments, teams, positions and managers (only those asked for) in one
    batch each, so the nested fields then resolve without a task per row."""
    loads = []
    for name in selected & PAGE_RELATIONS.keys():
        loader_name, column = PAGE_RELATIONS[name]
        keys = {getattr(row, column) for row in rows} - {None}
        if keys:
            loads.append(getattr(info.context.loaders, loader_name).load_many(list(keys)))
    if loads:
        await asyncio.gather(*loads)


@strawberry.enum
class EmployeeOrderField(Enum):
    EMPLOYEE_NO = "EMPLOYEE_NO"
    NAME = "NAME"
    HIRED_ON = "HIRED_ON"


@strawberry.input
class EmployeeOrder:
    field: EmployeeOrderField = EmployeeOrderField.EMPLOYEE_NO
    direction: OrderDirection = OrderDirection.ASC


@strawberry.input
class EmployeeFilter:
    search: str | None = strawberry.field(default=None, description="Part of a name or employee number.")
    status: list[EmployeeStatus] | None = None
    department_id: strawberry.ID | None = None
    team_id: strawberry.ID | None = None
    employment_type: list[EmploymentType] | None = None
    is_host: bool | None = None


@strawberry.enum
class EmployeeErrorCode(Enum):
    REQUIRED = "REQUIRED"
    INVALID = "INVALID"
    NOT_FOUND = "NOT_FOUND"
    DUPLICATE = "DUPLICATE"
    FORBIDDEN = "FORBIDDEN"


@strawberry.type
class EmployeeError:
    field: str | None
    code: EmployeeErrorCode
    message: str


@strawberry.input
class EmployeeCreateInput:
    name: str
    employment_type: EmploymentType
    hired_on: date
    employee_no: str | None = None
    gender: Gender | None = None
    birth_date: date | None = None
    id_number: str | None = None
    bank_account: str | None = None
    phone: str | None = None
    email: str | None = None
    status: EmployeeStatus | None = None
    department_id: strawberry.ID | None = None
    team_id: strawberry.ID | None = None
    position_id: strawberry.ID | None = None
    manager_id: strawberry.ID | None = None
    base_salary: Decimal | None = None
    is_host: bool = False


_KEEP = strawberry.UNSET  # a field left out of the update keeps its value


@strawberry.input(description="Only the fields given change; null clears gender, birthDate, idNumber, bankAccount, "
                              "phone or email. Moves between departments use employeeTransfer.")
class EmployeeUpdateInput:
    id: strawberry.ID
    employee_no: str | None = _KEEP
    name: str | None = _KEEP
    gender: Gender | None = _KEEP
    birth_date: date | None = _KEEP
    id_number: str | None = _KEEP
    bank_account: str | None = _KEEP
    phone: str | None = _KEEP
    email: str | None = _KEEP
    status: EmployeeStatus | None = _KEEP
    hired_on: date | None = _KEEP
    base_salary: Decimal | None = _KEEP
    is_host: bool | None = _KEEP


@strawberry.input
class EmployeeTransferInput:
    id: strawberry.ID
    effective_on: date
    department_id: strawberry.ID | None = None
    team_id: strawberry.ID | None = None
    position_id: strawberry.ID | None = None
    manager_id: strawberry.ID | None = None
    promotion: bool = False
    new_salary: Decimal | None = None
    note: str | None = None


@strawberry.input
class EmployeeTerminateInput:
    id: strawberry.ID
    left_on: date
    reason_category: ExitReason
    voluntary: bool
    note: str | None = None


@strawberry.type
class EmployeeCreatePayload:
    employee: Employee | None = None
    errors: list[EmployeeError] = strawberry.field(default_factory=list)


@strawberry.type
class EmployeeUpdatePayload(EmployeeCreatePayload):
    pass


@strawberry.type
class EmployeeTransferPayload(EmployeeCreatePayload):
    pass


@strawberry.type
class EmployeeTerminatePayload(EmployeeCreatePayload):
    pass


_ORG_IDS = (("department_id", "Department", "departmentId"), ("team_id", "Team", "teamId"),
            ("position_id", "Position", "positionId"), ("manager_id", "Employee", "managerId"))


def _to_resolver_input(input: EmployeeCreateInput | EmployeeUpdateInput) -> tuple[resolvers.EmployeeInput, list[DomainError]]:
    """Decodes the org ids; a bad one becomes pk 0 (which exists nowhere) plus an error, so the
    resolver still validates every other field and the caller hears of all mistakes at once."""
    values = {name: getattr(input, name) for name in resolvers.EmployeeInput.__dataclass_fields__ if hasattr(input, name)}
    values = {name: None if value is strawberry.UNSET else value for name, value in values.items()}
    id_errors: list[DomainError] = []
    for name, type_name, label in _ORG_IDS:
        if values.get(name) is not None:
            pk = pk_of(values[name], type_name, label, id_errors)
            values[name] = 0 if pk is None else pk
    return resolvers.EmployeeInput(**values), id_errors


async def _with_id_errors(id_errors: list[DomainError], work):
    try:
        row = await work()
    except ValidationFailed as failure:
        flagged = {e.field for e in id_errors}
        raise ValidationFailed(id_errors + [e for e in failure.errors if e.field not in flagged]) from None
    assert not id_errors, "a pk of 0 must always fail validation"
    return row


@strawberry.type(description="Month by month; rates are percent, null where the headcount was 0.")
class WorkforceTrend:
    months: list[date] = strawberry.field(description="First days of the months.")
    headcount: list[int] = strawberry.field(description="At each month's end.")
    hires: list[int]
    exits: list[int]
    voluntary_exits: list[int]
    attrition_rate_percent: list[Decimal | None] = strawberry.field(description="Exits over the month's average headcount.")
    annualised_attrition_rate_percent: Decimal | None


@strawberry.type
class EmployeeQuery:
    @strawberry.field(description="""Requires: employees.read. Headcount, hires, exits and attrition by month (at most
60 months) over the employees you may see (a team lead: their team), optionally one department or team.""")
    async def workforce_trend(self, info: Info, from_: Annotated[date, strawberry.argument(name="from")], to: date,
                              department_id: strawberry.ID | None = None, team_id: strawberry.ID | None = None) -> WorkforceTrend:
        viewer = require(info, P.EMPLOYEES_READ.value)
        try:
            department, team = decode_ids((department_id, "Department", "departmentId"), (team_id, "Team", "teamId"))
            found = await workforce.workforce_trend(viewer=viewer, start=from_, end=to, department_id=department, team_id=team)
        except ValidationFailed as failure:
            raise bad_input(failure.errors[0].message, failure.errors[0].field) from None
        return WorkforceTrend(**vars(found))

    @strawberry.field(description="Requires: employees.read. Rows are limited to what the caller may see.")
    async def employees(self, info: Info, first: int = 20, after: str | None = None,
                        filter: EmployeeFilter | None = None, order_by: EmployeeOrder | None = None) -> Connection[Employee] | None:
        viewer = require(info, P.EMPLOYEES_READ.value)
        f = filter or EmployeeFilter()
        department_id, team_id = decode_ids((f.department_id, "Department", "departmentId"), (f.team_id, "Team", "teamId"))
        scope = resolvers.EmployeeFilter(
            search=f.search, statuses=f.status, employment_types=f.employment_type, is_host=f.is_host,
            department_id=department_id, team_id=team_id,
        )
        order = order_by or EmployeeOrder()
        page = await resolvers.list_employees(viewer=viewer, first=first, after=after, filter=scope,
                                              order_field=order.field.value, descending=order.direction == OrderDirection.DESC)
        await prime_relations(info, page.rows, selected_names(info, "edges", "node"))
        return connection(page, Employee.from_row)

    @strawberry.field(description="Requires: employees.read. Null with NOT_FOUND when absent or out of your scope.")
    async def employee(self, info: Info, id: strawberry.ID) -> Employee | None:
        require(info, P.EMPLOYEES_READ.value)
        errors: list[DomainError] = []
        pk = pk_of(id, "Employee", "id", errors)
        row = None if errors else await info.context.loaders.employee_by_id.load(pk)
        if row is None:
            raise not_found("employee", id)
        return Employee.from_row(row)


def _employee(row) -> dict:
    return {"employee": Employee.from_row(row)}


@strawberry.type
class EmployeeMutation:
    @strawberry.mutation(description="Requires: employees.write (pay fields: compensation.write). Records a HIRED event.")
    async def employee_create(self, info: Info, input: EmployeeCreateInput) -> EmployeeCreatePayload:
        viewer = require(info, P.EMPLOYEES_WRITE.value)

        async def work() -> dict:
            data, id_errors = _to_resolver_input(input)
            return _employee(await _with_id_errors(
                id_errors, lambda: resolvers.create_employee(viewer=viewer, data=data, ip=info.context.ip)))

        return await mutate(EmployeeCreatePayload, EmployeeError, EmployeeErrorCode, work)

    @strawberry.mutation(description="Requires: employees.write (pay fields: compensation.write).")
    async def employee_update(self, info: Info, input: EmployeeUpdateInput) -> EmployeeUpdatePayload:
        viewer = require(info, P.EMPLOYEES_WRITE.value)

        async def work() -> dict:
            (pk,) = decode_ids((input.id, "Employee", "id"))
            data, _ = _to_resolver_input(input)  # the update input carries no org ids
            cleared = frozenset(name for name in resolvers.EmployeeInput.__dataclass_fields__
                                if getattr(input, name, strawberry.UNSET) is None)
            return _employee(await resolvers.update_employee(viewer=viewer, employee_id=pk, data=data, cleared=cleared,
                                                             ip=info.context.ip))

        return await mutate(EmployeeUpdatePayload, EmployeeError, EmployeeErrorCode, work)

    @strawberry.mutation(description="Requires: employees.write. Records a TRANSFERRED or PROMOTED event.")
    async def employee_transfer(self, info: Info, input: EmployeeTransferInput) -> EmployeeTransferPayload:
        viewer = require(info, P.EMPLOYEES_WRITE.value)

        async def work() -> dict:
            pk, *org = decode_ids((input.id, "Employee", "id"), *((getattr(input, n), t, label) for n, t, label in _ORG_IDS))
            row = await resolvers.transfer_employee(
                viewer=viewer, employee_id=pk, effective_on=input.effective_on, promotion=input.promotion,
                new_salary=input.new_salary, note=input.note, ip=info.context.ip,
                **{name: value for (name, _, _), value in zip(_ORG_IDS, org)},
            )
            return _employee(row)

        return await mutate(EmployeeTransferPayload, EmployeeError, EmployeeErrorCode, work)

    @strawberry.mutation(description="Requires: employees.write. Records a LEFT event with the reason.")
    async def employee_terminate(self, info: Info, input: EmployeeTerminateInput) -> EmployeeTerminatePayload:
        viewer = require(info, P.EMPLOYEES_WRITE.value)

        async def work() -> dict:
            (pk,) = decode_ids((input.id, "Employee", "id"))
            row = await resolvers.terminate_employee(
                viewer=viewer, employee_id=pk, left_on=input.left_on, reason=input.reason_category,
                voluntary=input.voluntary, note=input.note, ip=info.context.ip,
            )
            return _employee(row)

        return await mutate(EmployeeTerminatePayload, EmployeeError, EmployeeErrorCode, work)
