"""An employee's recent attendance in one object: per month, late arrivals, overtime and leave
days, batched for a page of employees (two queries for the whole page)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from backend.auth import Viewer
from backend.models.attendance import LeaveStatus
from backend.resolvers.attendance.leave import scoped_leave
from backend.resolvers.attendance.months import scoped_months

ZERO = Decimal("0.0")


@dataclass
class MonthSummary:
    month: date
    recorded: bool = False  # an attendance summary exists for the month
    late_count: int = 0
    late_minutes: int = 0
    overtime_hours: Decimal = ZERO
    absent_days: Decimal = ZERO
    leave_days: Decimal = ZERO


@dataclass
class AttendanceSummary:
    months: list[MonthSummary] = field(default_factory=list)

    @property
    def late_count(self) -> int:
        return sum(m.late_count for m in self.months)

    @property
    def overtime_hours(self) -> Decimal:
        return sum((m.overtime_hours for m in self.months), ZERO)

    @property
    def leave_days(self) -> Decimal:
        return sum((m.leave_days for m in self.months), ZERO)


def month_starts(today: date, months: int) -> list[date]:
    """The last `months` months, the current one included, oldest first."""
    out, current = [], today.replace(day=1)
    for _ in range(months):
        out.append(current)
        current = (current - timedelta(days=1)).replace(day=1)
    return out[::-1]


def _next_month(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def _leave_days_by_month(start: date, end: date, days: Decimal) -> dict[date, Decimal]:
    """A leave's days spread over the months it touches, in proportion to its calendar days there."""
    total = (end - start).days + 1
    out, cursor = {}, start
    while cursor <= end:
        stop = min(end, _next_month(cursor) - timedelta(days=1))
        out[cursor.replace(day=1)] = (days * ((stop - cursor).days + 1) / total).quantize(Decimal("0.1"))
        cursor = stop + timedelta(days=1)
    return out


async def summaries_by_employee(viewer: Viewer, employee_ids: list[int], today: date,
                                months: int) -> dict[int, AttendanceSummary]:
    starts = month_starts(today, months)
    first, end = starts[0], _next_month(starts[-1]) - timedelta(days=1)
    out = {e: AttendanceSummary([MonthSummary(m) for m in starts]) for e in employee_ids}
    index = {m: i for i, m in enumerate(starts)}
    for employee_id, month, late, minutes, overtime, absent in await scoped_months(viewer).filter(
            employee_id__in=employee_ids, month__gte=first, month__lte=starts[-1]).values_list(
            "employee_id", "month", "late_count", "late_minutes", "overtime_hours", "absent_days"):
        m = out[employee_id].months[index[month]]
        m.recorded, m.late_count, m.late_minutes, m.overtime_hours, m.absent_days = True, late, minutes, overtime, absent
    for employee_id, start, stop, days in await scoped_leave(viewer).filter(
            employee_id__in=employee_ids, status=LeaveStatus.APPROVED, start_date__lte=end, end_date__gte=first).values_list(
            "employee_id", "start_date", "end_date", "days"):
        for month, part in _leave_days_by_month(start, stop, days).items():
            if month in index:
                out[employee_id].months[index[month]].leave_days += part
    return out
