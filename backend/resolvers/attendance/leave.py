"""Leave: requested (pending) by an employee or recorded by HR, then approved, rejected or cancelled.

`days` are working days (Monday to Friday) from start to end, unless given (half days, a
weekend shift): at most the calendar days of the range. An employee's approved leaves never
overlap: a request or an approval that would overlap another approved leave is refused, and the
approval re-checks inside its transaction (the employee's row locked on PostgreSQL), so two
approvals at once cannot both pass.

Who: anyone with attendance.read requests leave for themself; attendance.write (HR) records
leave for anyone and decides requests; an employee cancels their own pending or future leave."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from tortoise.transactions import in_transaction

from backend.auth import Viewer
from backend.errors import DomainError, ValidationFailed
from backend.i18n import Message, phrase
from backend.models.attendance import LeaveKind, LeaveRecord, LeaveStatus
from backend.models.employees import Employee
from backend.permissions import Permission
from backend.resolvers.audit import record_event
from backend.resolvers.pagination import Page, paginate
from backend.resolvers.row_scope import employee_rows

MAX_SPAN_DAYS = 366
OPEN = (LeaveStatus.PENDING, LeaveStatus.APPROVED)


def _fail(code: str, message: str, field: str | None = "id") -> ValidationFailed:
    return ValidationFailed([DomainError(code, message, field)])


def working_days(start: date, end: date) -> Decimal:
    full_weeks, rest = divmod((end - start).days + 1, 7)
    days = full_weeks * 5 + sum(1 for i in range(rest) if (start + timedelta(days=full_weeks * 7 + i)).weekday() < 5)
    return Decimal(days).quantize(Decimal("0.1"))


def scoped_leave(viewer: Viewer):
    return employee_rows(LeaveRecord, viewer, Permission.ATTENDANCE_READ.value)


@dataclass
class LeaveInput:
    employee_id: int | None
    kind: LeaveKind
    start_date: date
    end_date: date
    days: Decimal | None = None
    reason: str = ""


def _input_errors(data: LeaveInput) -> list[DomainError]:
    errors = []
    if data.end_date < data.start_date:
        errors.append(DomainError("INVALID", "endDate cannot be before startDate.", "endDate"))
    elif (data.end_date - data.start_date).days >= MAX_SPAN_DAYS:
        errors.append(DomainError("INVALID", "One leave record spans at most a year; split longer leave.", "endDate"))
    elif data.days is not None:
        span = (data.end_date - data.start_date).days + 1
        if not (data.days.is_finite() and 0 < data.days <= span and (data.days * 2) == (data.days * 2).to_integral_value()):
            errors.append(DomainError("INVALID", Message("days is above 0, in halves, and at most the {span} calendar days of "
                                                         "the range.", span=span), "days"))
    elif working_days(data.start_date, data.end_date) == 0:
        errors.append(DomainError("INVALID", "The range has no working day; give days for a weekend shift.", "days"))
    if len(data.reason) > 2000:
        errors.append(DomainError("INVALID", "reason is at most 2,000 characters.", "reason"))
    return errors


async def _overlap(employee_id: int, start: date, end: date, *, exclude: int | None = None, conn=None) -> LeaveRecord | None:
    query = LeaveRecord.filter(employee_id=employee_id, status=LeaveStatus.APPROVED, start_date__lte=end, end_date__gte=start)
    if exclude is not None:
        query = query.exclude(id=exclude)
    return await (query.using_db(conn) if conn else query).order_by("start_date").first()


def _overlap_error(other: LeaveRecord) -> ValidationFailed:
    return _fail("OVERLAP", Message("Overlaps approved {kind} leave {start_date} to {end_date}; change the dates or cancel "
                                    "that leave first.",
                                    kind=phrase(other.kind.value), start_date=other.start_date, end_date=other.end_date), "startDate")


async def create_leave(*, viewer: Viewer, data: LeaveInput, approved: bool) -> LeaveRecord:
    """HR records leave (approved at once when `approved`), or an employee requests their own (pending)."""
    hr = viewer.can(Permission.ATTENDANCE_WRITE.value)
    employee_id = data.employee_id if data.employee_id is not None else viewer.employee_id
    if employee_id is None:
        raise _fail("REQUIRED", "employeeId is required (you have no employee record of your own).", "employeeId")
    if not hr and (employee_id != viewer.employee_id or approved):
        raise _fail("FORBIDDEN", "You may only request leave for yourself; recording or approving leave needs "
                                 "attendance.write.", "employeeId")
    if not hr and not viewer.can(Permission.ATTENDANCE_READ.value):
        raise _fail("FORBIDDEN", "Requesting leave needs attendance.read.", "employeeId")
    if not await Employee.exists(id=employee_id):
        raise _fail("NOT_FOUND", "No employee with this id.", "employeeId")
    errors = _input_errors(data)
    if errors:
        raise ValidationFailed(errors)
    days = data.days if data.days is not None else working_days(data.start_date, data.end_date)
    async with in_transaction() as conn:
        await Employee.filter(id=employee_id).using_db(conn).select_for_update().first()
        other = await _overlap(employee_id, data.start_date, data.end_date, conn=conn)
        if other is not None:
            raise _overlap_error(other)
        leave = await LeaveRecord.create(employee_id=employee_id, kind=data.kind, start_date=data.start_date,
                                         end_date=data.end_date, days=days, reason=data.reason.strip(),
                                         status=LeaveStatus.APPROVED if approved else LeaveStatus.PENDING,
                                         decided_by_id=viewer.user_id if approved else None, using_db=conn)
    await record_event(viewer=viewer, action="leave.record" if approved else "leave.request", target_type="leave",
                       target_id=leave.id, employee_id=employee_id)
    return leave


async def _visible(viewer: Viewer, leave_id: int) -> LeaveRecord:
    leave = await scoped_leave(viewer).get_or_none(id=leave_id)
    if leave is None:
        raise _fail("NOT_FOUND", "No leave record with this id that you can see.")
    return leave


async def decide(*, viewer: Viewer, leave_id: int, approve: bool) -> LeaveRecord:
    """HR approves or rejects a pending request."""
    leave = await _visible(viewer, leave_id)
    async with in_transaction() as conn:
        await Employee.filter(id=leave.employee_id).using_db(conn).select_for_update().first()
        leave = await LeaveRecord.get(id=leave.id).using_db(conn)
        if leave.status != LeaveStatus.PENDING:
            raise _fail("WRONG_STATUS", Message("This leave is {status}; only a pending request is decided.",
                                                status=phrase(leave.status.value)))
        if approve and (other := await _overlap(leave.employee_id, leave.start_date, leave.end_date, exclude=leave.id,
                                                conn=conn)) is not None:
            raise _overlap_error(other)
        leave.status = LeaveStatus.APPROVED if approve else LeaveStatus.REJECTED
        leave.decided_by_id = viewer.user_id
        await leave.save(using_db=conn)
    await record_event(viewer=viewer, action="leave.approve" if approve else "leave.reject", target_type="leave",
                       target_id=leave.id, employee_id=leave.employee_id)
    return leave


async def cancel_leave(*, viewer: Viewer, leave_id: int, today: date) -> LeaveRecord:
    """HR cancels any pending or approved leave; an employee their own pending one, or approved one not yet begun."""
    leave = await _visible(viewer, leave_id)
    hr = viewer.can(Permission.ATTENDANCE_WRITE.value)
    if not hr:
        if leave.employee_id != viewer.employee_id:
            raise _fail("FORBIDDEN", "Only HR (attendance.write) cancels someone else's leave.")
        if leave.status == LeaveStatus.APPROVED and leave.start_date <= today:
            raise _fail("WRONG_STATUS", "This leave has begun; ask HR to change it.")
    changed = await LeaveRecord.filter(id=leave.id, status__in=OPEN).update(status=LeaveStatus.CANCELLED)
    if not changed:
        raise _fail("WRONG_STATUS", Message("This leave is {status}; only a pending or approved one is cancelled.",
                                            status=phrase(leave.status.value)))
    await record_event(viewer=viewer, action="leave.cancel", target_type="leave", target_id=leave.id,
                       employee_id=leave.employee_id)
    return await LeaveRecord.get(id=leave.id)


@dataclass
class LeaveFilter:
    employee_id: int | None = None
    statuses: list[LeaveStatus] | None = None
    kinds: list[LeaveKind] | None = None
    starts_from: date | None = None
    starts_to: date | None = None


async def list_leave(*, viewer: Viewer, first: int, after: str | None, filter: LeaveFilter) -> Page[LeaveRecord]:
    query = scoped_leave(viewer)
    if filter.employee_id is not None:
        query = query.filter(employee_id=filter.employee_id)
    if filter.statuses:
        query = query.filter(status__in=filter.statuses)
    if filter.kinds:
        query = query.filter(kind__in=filter.kinds)
    if filter.starts_from is not None:
        query = query.filter(start_date__gte=filter.starts_from)
    if filter.starts_to is not None:
        query = query.filter(start_date__lte=filter.starts_to)
    return await paginate(query.order_by("-start_date", "-id"), first=first, after=after)
