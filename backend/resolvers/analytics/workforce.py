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
from backend.models.employees import EmploymentEvent, EventKind
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


async def workforce_trend(*, viewer: Viewer, start: date, end: date, department_id: int | None = None,
                          team_id: int | None = None) -> WorkforceTrend:
    if end < start:
        raise ValidationFailed([DomainError("INVALID", "`to` is before `from`.", "to")])
    if len(month_starts(start, end)) > MAX_MONTHS:
        raise ValidationFailed([DomainError("INVALID", f"At most {MAX_MONTHS} months at a time.", "to")])
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
