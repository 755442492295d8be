"""Workforce by month: headcount, hires, exits (voluntary among them) and attrition rates.

Computed from employees' hire and exit dates over the employees the viewer may see (a team
lead: their team), so the dashboard's trend follows the same row scope as every list. The
monthly attrition rate is exits over the month's average headcount (start and end); the
annualised rate is the period's exits over its average headcount, scaled to twelve months.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from backend.auth import Viewer
from backend.errors import DomainError, ValidationFailed
from backend.i18n import Message
from backend.models.employees import EmploymentEvent, EventKind
from backend.permissions import Permission, RowScope
from backend.resolvers.employees import scoped_employees

MAX_MONTHS = 60


@dataclass
class WorkforceTrend:
    months: list[date]
    headcount: list[int]
    hires: list[int]
    exits: list[int]
    voluntary_exits: list[int]
    attrition_rate_percent: list[Decimal | None]
    annualised_attrition_rate_percent: Decimal | None


def month_starts(start: date, end: date) -> list[date]:
    months, current = [], start.replace(day=1)
    while current <= end:
        months.append(current)
        current = (current.replace(day=28) + timedelta(days=4)).replace(day=1)
    return months


def _percent(part: float, whole: float) -> Decimal | None:
    if whole <= 0:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def trend(people: list[tuple[int, date, date | None]], voluntary: set[int], start: date, end: date) -> WorkforceTrend:
    """`people`: (id, hired on, left on); `voluntary`: ids whose exit was voluntary. Pure, for tests."""
    months = month_starts(start, end)

    def employed(day: date) -> int:
        return sum(1 for _, hired, left in people if hired <= day and (left is None or left > day))

    heads, hires, exits, quits, rates = [], [], [], [], []
    for first in months:
        last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        opening, closing = employed(first - timedelta(days=1)), employed(last)
        left = [pk for pk, _, gone in people if gone is not None and first <= gone <= last]
        heads.append(closing)
        hires.append(sum(1 for _, hired, _ in people if first <= hired <= last))
        exits.append(len(left))
        quits.append(sum(1 for pk in left if pk in voluntary))
        rates.append(_percent(len(left), (opening + closing) / 2))
    average = sum(heads) / len(heads) if heads else 0
    annual = _percent(sum(exits) * 12 / len(months), average) if months else None
    return WorkforceTrend(months, heads, hires, exits, quits, rates, annual)


def _month_end(first: date) -> date:
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def from_counts(months: list[date], employed: list[int], hires: dict[str, int], exits: dict[str, tuple[int, int]]) -> WorkforceTrend:
    """The trend from aggregates: `employed` on the day before the first month and at each month's
    end; hires and (exits, voluntary exits) by 'YYYY-MM'. The same numbers as `trend()`."""
    keys = [f"{m:%Y-%m}" for m in months]
    left = [exits.get(k, (0, 0)) for k in keys]
    rates = [_percent(n, (employed[i] + employed[i + 1]) / 2) for i, (n, _) in enumerate(left)]
    heads = employed[1:]
    average = sum(heads) / len(heads) if heads else 0
    annual = _percent(sum(n for n, _ in left) * 12 / len(months), average) if months else None
    return WorkforceTrend(months, heads, [hires.get(k, 0) for k in keys], [n for n, _ in left], [v for _, v in left],
                          rates, annual)


_EMPLOYED = "SUM(CASE WHEN e.hired_on <= ? AND (e.left_on IS NULL OR e.left_on > ?) THEN 1 ELSE 0 END)"
_HIRES = "SELECT {month} AS m, COUNT(*) AS n FROM employees e WHERE e.hired_on >= ? AND e.hired_on <= ? AND {where} GROUP BY 1"
_EXITS = """SELECT {month} AS m, COUNT(*) AS n, SUM(CASE WHEN EXISTS (SELECT 1 FROM employment_events v
  WHERE v.employee_id = e.id AND v.kind = 'left' AND v.voluntary = ?) THEN 1 ELSE 0 END) AS voluntary
FROM employees e WHERE e.left_on >= ? AND e.left_on <= ? AND e.hired_on <= ? AND {where} GROUP BY 1"""


async def _trend_in_sql(where: str, params: list, start: date, end: date) -> WorkforceTrend:
    """Three GROUP BYs instead of every employee's dates: the dashboard's trend over a large agency."""
    from backend.resolvers.analytics.periods import fetch, month_sql

    months = month_starts(start, end)
    days = [months[0] - timedelta(days=1), *(_month_end(m) for m in months)]
    sums = ", ".join(f"{_EMPLOYED} AS c{i}" for i in range(len(days)))
    (row,) = await fetch(f"SELECT {sums} FROM employees e WHERE {where}", [d for day in days for d in (day, day)] + params)
    employed = [int(row[f"c{i}"] or 0) for i in range(len(days))]
    hire_month, exit_month = month_sql("e.hired_on"), month_sql("e.left_on")
    last = _month_end(months[-1])
    hires = {str(r["m"]): int(r["n"]) for r in await fetch(_HIRES.format(month=hire_month, where=where),
                                                           [months[0], last, *params])}
    exits = {str(r["m"]): (int(r["n"]), int(r["voluntary"] or 0)) for r in await fetch(
        _EXITS.format(month=exit_month, where=where), [True, months[0], last, end, *params])}
    return from_counts(months, employed, hires, exits)


async def workforce_trend(*, viewer: Viewer, start: date, end: date, department_id: int | None = None,
                          team_id: int | None = None) -> WorkforceTrend:
    if end < start:
        raise ValidationFailed([DomainError("INVALID", "`to` is before `from`.", "to")])
    if len(month_starts(start, end)) > MAX_MONTHS:
        raise ValidationFailed([DomainError("INVALID", Message("At most {limit} months at a time.", limit=MAX_MONTHS), "to")])
    if viewer.kind == "system" or viewer.scope in (RowScope.ALL, RowScope.TEAM):
        from backend.resolvers.analytics.periods import group_scope_sql

        where, params = group_scope_sql(viewer) if viewer.can(Permission.EMPLOYEES_READ.value) or viewer.kind == "system" \
            else ("1 = 0", [])
        for column, value in (("department_id", department_id), ("team_id", team_id)):
            if value is not None:
                where, params = f"{where} AND e.{column} = ?", [*params, value]
        return await _trend_in_sql(where, params, start, end)
    # Someone's own record or a partner's hosts: a handful of rows, counted one by one.
    query = scoped_employees(viewer)
    if department_id is not None:
        query = query.filter(department_id=department_id)
    if team_id is not None:
        query = query.filter(team_id=team_id)
    people = await query.filter(hired_on__lte=end).values_list("id", "hired_on", "left_on")
    ids = [pk for pk, _, left in people if left is not None]
    voluntary = set(await EmploymentEvent.filter(employee_id__in=ids, kind=EventKind.LEFT, voluntary=True)
                    .values_list("employee_id", flat=True)) if ids else set()
    return trend(people, voluntary, start, end)
