"""Attendance in the graph: monthly summaries (pushed in batches, per-item errors), leave
records and their decisions, and an employee's recent attendance."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import Enum

import strawberry
from strawberry.types import Info

from backend.errors import bad_input, not_found
from backend.graph.base import Connection, Node, connection, decode_ids, from_global_id, mutate, related, require, require_pk
from backend.graph.base import to_global_id
from backend.graph.employees import Employee
from backend.i18n import Message, translate
from backend.models import attendance as models
from backend.permissions import Permission as P
from backend.resolvers.attendance import leave as leave_resolvers
from backend.resolvers.attendance import months as month_resolvers
from backend.resolvers.attendance.summary import AttendanceSummary as SummaryRow
from backend.company_time import company_today

LeaveKind = strawberry.enum(models.LeaveKind)
LeaveStatus = strawberry.enum(models.LeaveStatus)
MAX_SUMMARY_MONTHS = 24


@strawberry.type(description="One employee's month as the time clock reports it.")
class AttendanceMonth(Node):
    row: strawberry.Private[models.AttendanceMonth]
    employee_pk: strawberry.Private[int]
    month: date = strawberry.field(description="The first day of the month.")
    scheduled_days: Decimal
    worked_days: Decimal
    late_count: int
    late_minutes: int
    overtime_hours: Decimal
    absent_days: Decimal = strawberry.field(description="Unexcused.")
    source: str = strawberry.field(description="manual, import, or the attendance system that pushed it.")

    @classmethod
    def from_row(cls, row: models.AttendanceMonth) -> "AttendanceMonth":
        return cls(id=to_global_id("AttendanceMonth", row.id), row=row, employee_pk=row.employee_id, month=row.month,
                   scheduled_days=row.scheduled_days, worked_days=row.worked_days, late_count=row.late_count,
                   late_minutes=row.late_minutes, overtime_hours=row.overtime_hours, absent_days=row.absent_days,
                   source=row.source)

    @strawberry.field(description="Null when the employee is outside what you may see.")
    def employee(self, info: Info) -> Employee | None:
        return related(info.context.loaders.employee_by_id, self.row.employee_id, Employee.from_row)


@strawberry.type(description="Leave: requested (pending), then approved, rejected or cancelled.")
class LeaveRecord(Node):
    row: strawberry.Private[models.LeaveRecord]
    employee_pk: strawberry.Private[int]
    kind: LeaveKind
    start_date: date
    end_date: date
    days: Decimal = strawberry.field(description="Working days, half days allowed.")
    status: LeaveStatus
    reason: str

    @classmethod
    def from_row(cls, row: models.LeaveRecord) -> "LeaveRecord":
        return cls(id=to_global_id("LeaveRecord", row.id), row=row, employee_pk=row.employee_id, kind=row.kind,
                   start_date=row.start_date, end_date=row.end_date, days=row.days, status=row.status, reason=row.reason)

    @strawberry.field(description="Null when the employee is outside what you may see.")
    def employee(self, info: Info) -> Employee | None:
        return related(info.context.loaders.employee_by_id, self.row.employee_id, Employee.from_row)


@strawberry.type(description="A month of an employee's attendance summary; zeros (recorded: false) when nothing was reported.")
class AttendanceMonthSummary:
    month: date
    recorded: bool
    late_count: int
    late_minutes: int
    overtime_hours: Decimal
    absent_days: Decimal
    leave_days: Decimal = strawberry.field(description="Approved leave, spread over the months it touches.")


@strawberry.type(description="An employee's recent months, oldest first, and their totals.")
class AttendanceSummary:
    months: list[AttendanceMonthSummary]
    late_count: int
    overtime_hours: Decimal
    leave_days: Decimal

    @classmethod
    def of(cls, row: SummaryRow) -> "AttendanceSummary":
        return cls(months=[AttendanceMonthSummary(**vars(m)) for m in row.months], late_count=row.late_count,
                   overtime_hours=row.overtime_hours, leave_days=row.leave_days)


async def employee_attendance(info: Info, employee_pk: int, months: int) -> AttendanceSummary:
    """`Employee.attendance`: two scoped queries for every employee of the page (a DataLoader)."""
    if not 1 <= months <= MAX_SUMMARY_MONTHS:
        raise bad_input(Message("months is 1 to {limit}.", limit=MAX_SUMMARY_MONTHS), "months")
    return AttendanceSummary.of(await info.context.loaders.attendance_summary_by_employee.load((employee_pk, months)))


@strawberry.enum
class AttendanceErrorCode(Enum):
    REQUIRED = "REQUIRED"
    INVALID = "INVALID"
    NOT_FOUND = "NOT_FOUND"
    DUPLICATE = "DUPLICATE"
    FORBIDDEN = "FORBIDDEN"
    OVERLAP = strawberry.enum_value("OVERLAP", description="Overlaps another approved leave of the same employee.")
    WRONG_STATUS = strawberry.enum_value("WRONG_STATUS", description="The leave is not in a status this change needs.")


@strawberry.type
class AttendanceError:
    field: str | None
    code: AttendanceErrorCode
    message: str


@strawberry.input
class AttendanceMonthInput:
    employee_id: strawberry.ID
    month: date = strawberry.field(description="The first day of the month summarised.")
    scheduled_days: Decimal
    worked_days: Decimal = strawberry.field(description="At most scheduledDays.")
    late_count: int = 0
    late_minutes: int = 0
    overtime_hours: Decimal = Decimal("0")
    absent_days: Decimal = strawberry.field(default=Decimal("0"), description="Unexcused; at most the days not worked.")


@strawberry.input
class AttendanceRecordInput:
    months: list[AttendanceMonthInput]


@strawberry.type
class AttendanceRejection:
    index: int = strawberry.field(description="The month's position in the input list.")
    field: str
    code: str
    message: str


@strawberry.type
class AttendanceRecordPayload:
    accepted: int
    rejected: list[AttendanceRejection]


@strawberry.input
class LeaveInput:
    employee_id: strawberry.ID | None = strawberry.field(default=None, description="Yourself when left out.")
    kind: LeaveKind
    start_date: date
    end_date: date
    days: Decimal | None = strawberry.field(default=None, description="Working days (Mon-Fri) of the range when left out.")
    reason: str = ""


@strawberry.input
class LeaveIdInput:
    id: strawberry.ID


@strawberry.type
class LeavePayload:
    leave: LeaveRecord | None = None
    errors: list[AttendanceError] = strawberry.field(default_factory=list)


@strawberry.input
class AttendanceMonthFilter:
    employee_id: strawberry.ID | None = None
    team_id: strawberry.ID | None = None
    month_from: date | None = None
    month_to: date | None = None
    min_late_count: int | None = None


@strawberry.input
class LeaveRecordFilter:
    employee_id: strawberry.ID | None = None
    status: list[LeaveStatus] | None = None
    kind: list[LeaveKind] | None = None
    starts_from: date | None = None
    starts_to: date | None = None


READ = "Requires: attendance.read. Rows are limited to what you may see: HR everyone's, a team lead their teams', an employee their own, partners none."


def _employee_pk(raw: str) -> int | None:
    try:
        kind, pk = from_global_id(raw)
    except ValueError:
        return None
    return pk if kind == "Employee" else None


@strawberry.type
class AttendanceQuery:
    @strawberry.field(description=f"{READ} Newest month first.")
    async def attendance_months(self, info: Info, first: int = 50, after: str | None = None,
                                filter: AttendanceMonthFilter | None = None) -> Connection[AttendanceMonth] | None:
        viewer = require(info, P.ATTENDANCE_READ.value)
        f = filter or AttendanceMonthFilter()
        employee, team = decode_ids((f.employee_id, "Employee", "employeeId"), (f.team_id, "Team", "teamId"))
        page = await month_resolvers.list_months(viewer=viewer, first=first, after=after, filter=month_resolvers.MonthFilter(
            employee_id=employee, team_id=team, month_from=f.month_from, month_to=f.month_to, min_late_count=f.min_late_count))
        return connection(page, AttendanceMonth.from_row)

    @strawberry.field(description=f"{READ} Latest start first.")
    async def leave_records(self, info: Info, first: int = 50, after: str | None = None,
                            filter: LeaveRecordFilter | None = None) -> Connection[LeaveRecord] | None:
        viewer = require(info, P.ATTENDANCE_READ.value)
        f = filter or LeaveRecordFilter()
        (employee,) = decode_ids((f.employee_id, "Employee", "employeeId"))
        page = await leave_resolvers.list_leave(viewer=viewer, first=first, after=after, filter=leave_resolvers.LeaveFilter(
            employee_id=employee, statuses=[models.LeaveStatus(s.value) for s in f.status] if f.status else None,
            kinds=[models.LeaveKind(k.value) for k in f.kind] if f.kind else None, starts_from=f.starts_from,
            starts_to=f.starts_to))
        return connection(page, LeaveRecord.from_row)

    @strawberry.field(description=f"{READ} Null with NOT_FOUND when absent or out of your scope.")
    async def leave_record(self, info: Info, id: strawberry.ID) -> LeaveRecord | None:
        viewer = require(info, P.ATTENDANCE_READ.value)
        try:
            pk = require_pk(id, "LeaveRecord")
        except Exception:
            raise not_found("leave record", id) from None
        row = await leave_resolvers.scoped_leave(viewer).get_or_none(id=pk)
        if row is None:
            raise not_found("leave record", id)
        return LeaveRecord.from_row(row)


def _leave_input(input: LeaveInput) -> leave_resolvers.LeaveInput:
    (employee,) = decode_ids((input.employee_id, "Employee", "employeeId"))
    return leave_resolvers.LeaveInput(employee_id=employee, kind=models.LeaveKind(input.kind.value),
                                      start_date=input.start_date, end_date=input.end_date, days=input.days,
                                      reason=input.reason)


def _leave(row) -> dict:
    return {"leave": LeaveRecord.from_row(row)}


@strawberry.type
class AttendanceMutation:
    @strawberry.mutation(description="""Requires: attendance.write. Up to 1,000 monthly summaries a call (an attendance
system such as DingTalk may push them with the attendance:write scope). Each is accepted or rejected on its own
(index, field, reason); a month sent again replaces the one stored. A partner writes only for its linked employees.""")
    async def attendance_record(self, info: Info, input: AttendanceRecordInput) -> AttendanceRecordPayload:
        viewer = require(info, P.ATTENDANCE_WRITE.value)
        items = [month_resolvers.MonthInput(
            employee_id=_employee_pk(m.employee_id), month=m.month, scheduled_days=m.scheduled_days,
            worked_days=m.worked_days, late_count=m.late_count, late_minutes=m.late_minutes,
            overtime_hours=m.overtime_hours, absent_days=m.absent_days) for m in input.months]
        source = viewer.label if viewer.kind == "client" and viewer.label else "manual"
        result = await month_resolvers.record_months(viewer=viewer, items=items, source=source, today=company_today())
        return AttendanceRecordPayload(accepted=result.accepted, rejected=[
            AttendanceRejection(index=r.index, field=r.field, code=r.code, message=translate(r.message)) for r in result.rejected])

    @strawberry.mutation(description="""Requires: attendance.write. Records leave for anyone, approved at once; refused
(OVERLAP) when it overlaps another approved leave of the same employee.""")
    async def leave_record_create(self, info: Info, input: LeaveInput) -> LeavePayload:
        viewer = require(info, P.ATTENDANCE_WRITE.value)

        async def work() -> dict:
            return _leave(await leave_resolvers.create_leave(viewer=viewer, data=_leave_input(input), approved=True))

        return await mutate(LeavePayload, AttendanceError, AttendanceErrorCode, work)

    @strawberry.mutation(description="""Requires: attendance.read. Requests leave for yourself (pending until HR decides);
HR (attendance.write) may request for anyone in the same way.""")
    async def leave_request(self, info: Info, input: LeaveInput) -> LeavePayload:
        viewer = require(info, P.ATTENDANCE_READ.value)

        async def work() -> dict:
            return _leave(await leave_resolvers.create_leave(viewer=viewer, data=_leave_input(input), approved=False))

        return await mutate(LeavePayload, AttendanceError, AttendanceErrorCode, work)

    @strawberry.mutation(description="Requires: attendance.write. Approves a pending request (OVERLAP re-checked).")
    async def leave_approve(self, info: Info, input: LeaveIdInput) -> LeavePayload:
        viewer = require(info, P.ATTENDANCE_WRITE.value)

        async def work() -> dict:
            return _leave(await leave_resolvers.decide(viewer=viewer, leave_id=require_pk(input.id, "LeaveRecord"), approve=True))

        return await mutate(LeavePayload, AttendanceError, AttendanceErrorCode, work)

    @strawberry.mutation(description="Requires: attendance.write. Rejects a pending request.")
    async def leave_reject(self, info: Info, input: LeaveIdInput) -> LeavePayload:
        viewer = require(info, P.ATTENDANCE_WRITE.value)

        async def work() -> dict:
            return _leave(await leave_resolvers.decide(viewer=viewer, leave_id=require_pk(input.id, "LeaveRecord"), approve=False))

        return await mutate(LeavePayload, AttendanceError, AttendanceErrorCode, work)

    @strawberry.mutation(description="""Requires: attendance.read. HR (attendance.write) cancels any pending or approved
leave; an employee their own pending request, or approved leave that has not begun.""")
    async def leave_cancel(self, info: Info, input: LeaveIdInput) -> LeavePayload:
        viewer = require(info, P.ATTENDANCE_READ.value)

        async def work() -> dict:
            return _leave(await leave_resolvers.cancel_leave(viewer=viewer, leave_id=require_pk(input.id, "LeaveRecord"),
                                                             today=company_today()))

        return await mutate(LeavePayload, AttendanceError, AttendanceErrorCode, work)
