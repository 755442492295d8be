"""Base pay for part of a pay period: who joins or leaves mid-month is paid for the days employed.

`joined_on` is the first day employed and `left_on` the last, both included. A period employed
from start to end pays exactly the base under either method. One rounding, half up to the fen,
at the end.

- "calendar" (the default): base x calendar days employed / calendar days in the period.
  Every day counts alike, weekends too; it is checkable on any calendar and never exceeds the
  base, but a day is worth 1/28 of the base in February and 1/31 in March.
- "working_days_21_75": base / 21.75 x working days employed (Monday to Friday). 21.75 is the
  monthly count of paid days of 劳社部发〔2008〕3号: (365 - 104 weekend days) / 12; statutory
  holidays are paid, so a holiday on a weekday counts as a working day. A day is worth the same
  in every month, but months have 20 to 23 weekdays, so the result is capped at the base:
  someone employed from the 2nd of a month with 23 weekdays is paid the full base. Weekend days
  worked in exchange for a holiday bridge (调休) are not modelled.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from backend.resolvers.compensation.rules import ZERO, fen, money

METHODS = ("calendar", "working_days_21_75")
PAID_DAYS_PER_MONTH = Decimal("21.75")


@dataclass(frozen=True)
class Proration:
    amount: Decimal
    days: int  # calendar or working days employed in the period
    of_days: Decimal  # the period's calendar days, or 21.75
    explanation: str


def _working_days(first: date, last: date) -> int:
    return sum(1 for n in range((last - first).days + 1) if (first + timedelta(days=n)).weekday() < 5)


def _events(period_start: date, period_end: date, joined_on: date | None, left_on: date | None) -> str:
    events = [f"joined {joined_on}" if joined_on and joined_on > period_start else "",
              f"left {left_on}" if left_on and left_on < period_end else ""]
    return ", ".join(event for event in events if event)


def prorate_base_pay(*, base: Decimal, period_start: date, period_end: date, joined_on: date | None = None,
                     left_on: date | None = None, method: str = "calendar") -> Proration:
    """The base pay owed for the days of the period (both ends included) the person was employed."""
    if method not in METHODS:
        raise ValueError(f"method must be one of {', '.join(METHODS)}, not {method!r}")
    if period_end < period_start or (joined_on and left_on and left_on < joined_on):
        raise ValueError("a period or an employment cannot end before it starts")
    calendar_days = (period_end - period_start).days + 1
    of_days = Decimal(calendar_days) if method == "calendar" else PAID_DAYS_PER_MONTH
    first, last = max(period_start, joined_on or period_start), min(period_end, left_on or period_end)
    if first > last:
        return Proration(ZERO, 0, of_days, f"not employed {period_start}..{period_end} -> 0.00")
    if (first, last) == (period_start, period_end):
        days = calendar_days if method == "calendar" else _working_days(first, last)
        return Proration(fen(base), days, of_days, f"{money(base)} for the whole period {period_start}..{period_end}")
    why = _events(period_start, period_end, joined_on, left_on)
    if method == "calendar":
        days = (last - first).days + 1
        amount = fen(base * days / of_days)
        return Proration(amount, days, of_days, f"{money(base)} x {days}/{calendar_days} days ({why}) -> {money(amount)}")
    days = _working_days(first, last)
    exact = base * days / PAID_DAYS_PER_MONTH
    capped = ", capped at the base" if exact > base else ""
    amount = fen(min(exact, base))
    return Proration(amount, days, of_days, f"{money(base)} x {days}/21.75 working days{capped} ({why}) -> {money(amount)}")
