"""Monthly attendance summaries: pushed in batches by HR or an attendance system (DingTalk,
WeCom, a partner holding the `attendance:write` scope), read within the row scope.

`record_months` takes up to 1,000 rows a call. Each row is accepted or rejected on its own
(index, field, reason); the valid ones are upserted on (employee, month) in one transaction, so
re-sending a month changes nothing and a corrected month replaces the old one. A partner may
write only for the employees linked to it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from tortoise.expressions import Subquery
from tortoise.transactions import in_transaction

from backend.auth import Viewer, now
from backend.db import upsert_rows
from backend.i18n import Message
from backend.models.attendance import AttendanceMonth
from backend.permissions import Permission
from backend.resolvers.employees import scoped_employees
from backend.resolvers.pagination import Page, paginate
from backend.resolvers.row_scope import employee_rows
from backend.resolvers.validation import Rejection

MAX_ITEMS = 1000
MAX_DAYS = Decimal("31")
MAX_OVERTIME = Decimal("400")
COLUMNS = ("employee_id", "month", "scheduled_days", "worked_days", "late_count", "late_minutes", "overtime_hours",
           "absent_days", "source", "updated_at")


@dataclass
class MonthInput:
    employee_id: int | None  # None: the id given was not an employee's
    month: date
    scheduled_days: Decimal
    worked_days: Decimal
    late_count: int = 0
    late_minutes: int = 0
    overtime_hours: Decimal = Decimal("0")
    absent_days: Decimal = Decimal("0")


@dataclass
class RecordResult:
    accepted: int = 0
    rejected: list[Rejection] = field(default_factory=list)


def _halves(value: Decimal, maximum: Decimal) -> bool:
    return value.is_finite() and 0 <= value <= maximum and (value * 2) == (value * 2).to_integral_value()


def _item_errors(item: MonthInput, this_month: date) -> list[tuple[str, str, str]]:
    errors = []
    if item.month.day != 1:
        errors.append(("month", "INVALID", "month is the first day of the month it summarises (e.g. 2026-05-01)."))
    elif item.month > this_month:
        errors.append(("month", "INVALID", "month cannot be in the future."))
    for name, label in (("scheduled_days", "scheduledDays"), ("worked_days", "workedDays"), ("absent_days", "absentDays")):
        if not _halves(getattr(item, name), MAX_DAYS):
            errors.append((label, "INVALID", Message("{field} is 0 to {limit} days, in halves.", field=label, limit=MAX_DAYS)))
    if not _halves(item.overtime_hours, MAX_OVERTIME):
        errors.append(("overtimeHours", "INVALID", Message("overtimeHours is 0 to {limit}, in halves.", limit=MAX_OVERTIME)))
    for name, label in (("late_count", "lateCount"), ("late_minutes", "lateMinutes")):
        if getattr(item, name) < 0:
            errors.append((label, "INVALID", Message("{field} cannot be negative.", field=label)))
    if item.late_count == 0 and item.late_minutes > 0:
        errors.append(("lateMinutes", "INVALID", "lateMinutes without any lateCount: send the number of late arrivals too."))
    if not errors and item.worked_days > item.scheduled_days:
        errors.append(("workedDays", "INVALID", "workedDays cannot exceed scheduledDays (overtime goes in overtimeHours)."))
    if not errors and item.absent_days > item.scheduled_days - item.worked_days:
        errors.append(("absentDays", "INVALID", "absentDays cannot exceed the scheduled days not worked."))
    return errors


async def record_months(*, viewer: Viewer, items: list[MonthInput], source: str, today: date) -> RecordResult:
    if len(items) > MAX_ITEMS:
        return RecordResult(rejected=[Rejection(MAX_ITEMS, "months", "INVALID",
                                                Message("At most {limit} months a call; send the rest in another call.",
                                                        limit=MAX_ITEMS))])
    result = RecordResult()
    wanted = {i.employee_id for i in items if i.employee_id is not None}
    # partners: their linked hosts; HR: everyone (the scope of writing, not of reading)
    writable = set(await scoped_employees(viewer, to_read=False).filter(id__in=list(wanted)).values_list("id", flat=True))
    rows, seen = {}, {}
    stamp = now()
    for index, item in enumerate(items):
        errors = _item_errors(item, today.replace(day=1))
        if item.employee_id is None or item.employee_id not in writable:
            errors.insert(0, ("employeeId", "NOT_FOUND", "No employee with this id that you may record attendance for."))
        key = (item.employee_id, item.month)
        if not errors and key in seen:
            errors.append(("month", "DUPLICATE", Message("The same employee and month as item {index}; send each month once.",
                                                         index=seen[key])))
        if errors:
            result.rejected += [Rejection(index, f, c, m) for f, c, m in errors]
            continue
        seen[key] = index
        rows[key] = (item.employee_id, item.month, item.scheduled_days, item.worked_days, item.late_count,
                     item.late_minutes, item.overtime_hours, item.absent_days, source[:40], stamp)
    if rows:
        async with in_transaction() as conn:
            await upsert_rows(conn, AttendanceMonth, COLUMNS, list(rows.values()), conflict=("employee_id", "month"))
    result.accepted = len(rows)
    return result


def scoped_months(viewer: Viewer):
    return employee_rows(AttendanceMonth, viewer, Permission.ATTENDANCE_READ.value)


@dataclass
class MonthFilter:
    employee_id: int | None = None
    team_id: int | None = None
    month_from: date | None = None
    month_to: date | None = None
    min_late_count: int | None = None


async def list_months(*, viewer: Viewer, first: int, after: str | None, filter: MonthFilter) -> Page[AttendanceMonth]:
    query = scoped_months(viewer)
    if filter.employee_id is not None:
        query = query.filter(employee_id=filter.employee_id)
    if filter.team_id is not None:
        from backend.models.employees import Employee

        query = query.filter(employee_id__in=Subquery(Employee.filter(team_id=filter.team_id).values("id")))
    if filter.month_from is not None:
        query = query.filter(month__gte=filter.month_from)
    if filter.month_to is not None:
        query = query.filter(month__lte=filter.month_to)
    if filter.min_late_count is not None:
        query = query.filter(late_count__gte=filter.min_late_count)
    return await paginate(query.order_by("-month", "employee_id", "id"), first=first, after=after)
