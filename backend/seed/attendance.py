"""Three years of attendance for the demo: a monthly time-clock summary for everyone employed in
each complete month, and leave records (annual, sick, personal, and the rarer kinds).

Planted for the attrition-risk model and the cohort scan: in the nine months before a
voluntary exit, late arrivals climb (up to four times the person's usual rate), overtime rises
and personal and sick leave grow (interviews, burnout), so a snapshot before the exit sees high
and rising lateness, overtime and leave. Everyone else keeps their own steady habits.

Its own random generator (derived from the seed), so the earlier steps' data does not change."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from decimal import Decimal

from tortoise import Tortoise

from backend.db import insert_rows
from backend.models.attendance import AttendanceMonth, LeaveKind, LeaveRecord, LeaveStatus
from backend.resolvers.attendance.leave import working_days
from backend.seed.context import SeedContext
from backend.seed.training import HISTORY_MONTHS, month_start, poisson, rng_of, voluntary_exits

RAMP_DAYS = 270  # how long before a voluntary exit the habits start to slide
MONTH_COLUMNS = ("employee_id", "month", "scheduled_days", "worked_days", "late_count", "late_minutes", "overtime_hours",
                 "absent_days", "source", "updated_at")
LEAVE_COLUMNS = ("employee_id", "kind", "start_date", "end_date", "days", "status", "reason", "created_at")
# kind, yearly frequency, (shortest, longest) working days, reasons
LEAVE_KINDS = [
    (LeaveKind.ANNUAL, 1.6, (2, 5), ["年假 Annual leave", "春节返乡 Home for Spring Festival", "旅行 Travel"]),
    (LeaveKind.SICK, 1.2, (1, 3), ["感冒发烧 Flu", "门诊复查 Hospital check-up"]),
    (LeaveKind.PERSONAL, 0.8, (1, 2), ["家中有事 Family matter", "搬家 Moving house", "办理证件 Paperwork"]),
    (LeaveKind.BEREAVEMENT, 0.03, (3, 3), ["丧假 Bereavement"]),
    (LeaveKind.MARRIAGE, 0.03, (10, 10), ["婚假 Wedding"]),
]
HALF = Decimal("0.5")


def _next(day: date) -> date:
    return month_start(day, 1)


@lru_cache(maxsize=4096)  # whole months repeat for everyone
def _weekdays_between(start: date, end: date) -> Decimal:
    return working_days(start, end) if end >= start else Decimal("0.0")


def _slide(exit_on: date | None, day: date) -> float:
    """0 normally; rising to 1 over the RAMP_DAYS before a voluntary exit."""
    if exit_on is None:
        return 0.0
    ahead = (exit_on - day).days
    return 0.0 if ahead > RAMP_DAYS or ahead < 0 else 1 - ahead / RAMP_DAYS


def _leaves(rng, person: dict, start: date, end: date, exit_on: date | None, today: date) -> list[tuple]:
    """Non-overlapping leave of one person between start and end (future requests pending)."""
    taken: list[tuple[date, date]] = []
    rows = []
    span_days = (end - start).days
    if span_days <= 0:
        return rows
    for kind, per_year, (shortest, longest), reasons in LEAVE_KINDS:
        count = poisson(rng, per_year * span_days / 365)
        for _ in range(count):
            first = start + timedelta(days=rng.randrange(span_days))
            slide = _slide(exit_on, first)
            if kind in (LeaveKind.PERSONAL, LeaveKind.SICK) and slide and rng.random() > 0.5:
                continue  # the extra leave of a leaver is added below; keep the base rate as it is
            rows += _place(rng, person, kind, first, rng.randint(shortest, longest), reasons, taken, today)
    if exit_on is not None:  # interviews and burnout: extra short personal and sick leave before a voluntary exit
        ramp_start = max(start, exit_on - timedelta(days=RAMP_DAYS))
        for _ in range(poisson(rng, 4.0 * max((min(end, exit_on) - ramp_start).days, 0) / 365)):
            first = ramp_start + timedelta(days=rng.randrange(max((min(end, exit_on) - ramp_start).days, 1)))
            if rng.random() < _slide(exit_on, first) + 0.2:
                kind = LeaveKind.PERSONAL if rng.random() < 0.65 else LeaveKind.SICK
                rows += _place(rng, person, kind, first, rng.randint(1, 2), ["面试 Personal matter", "身体不适 Unwell"],
                               taken, today)
    return rows


def _place(rng, person, kind, first: date, days: int, reasons, taken: list, today: date) -> list[tuple]:
    while first.weekday() >= 5:
        first += timedelta(days=1)
    last, counted = first, 1
    while counted < days:
        last += timedelta(days=1)
        counted += last.weekday() < 5
    if person["left_on"] is not None and last >= person["left_on"]:
        return []
    if any(a <= last and first <= b for a, b in taken):
        return []
    taken.append((first, last))
    if first > today:
        status = LeaveStatus.PENDING
    else:
        status = rng.choices([LeaveStatus.APPROVED, LeaveStatus.REJECTED, LeaveStatus.CANCELLED], [94, 3, 3])[0]
    amount = Decimal(days).quantize(Decimal("0.1"))
    if days == 1 and rng.random() < 0.3:
        amount = Decimal("0.5")
    created = datetime.combine(first - timedelta(days=rng.randint(1, 14)), time(1), tzinfo=timezone.utc)
    return [(person["id"], kind.value, first, last, amount, status.value, rng.choice(reasons), created)]


def _leave_by_month(leaves: list[tuple]) -> dict[date, Decimal]:
    out: dict[date, Decimal] = {}
    for _, _, first, last, amount, status, *_ in leaves:
        if status != LeaveStatus.APPROVED.value:
            continue
        per_day = amount / max(working_days(first, last), 1)
        day = first
        while day <= last:
            if day.weekday() < 5:
                out[day.replace(day=1)] = out.get(day.replace(day=1), Decimal(0)) + per_day
            day += timedelta(days=1)
    return out


def _months(rng, person: dict, start: date, today: date, exit_on: date | None, leave: dict[date, Decimal],
            stamp: datetime) -> list[tuple]:
    rows = []
    lateness = rng.choice((0.2, 0.5, 0.8, 1.2, 2.0))  # a person's habit: late arrivals a month
    overtime = rng.uniform(4, 24) if person["is_host"] else rng.uniform(2, 16)
    hired, left = person["hired_on"], person["left_on"]
    month = max(start, hired.replace(day=1))
    this_month = today.replace(day=1)
    while month < this_month and (left is None or month <= left):
        end = _next(month) - timedelta(days=1)
        scheduled = _weekdays_between(max(month, hired), min(end, left) if left else end)
        if scheduled > 0:
            slide = _slide(exit_on, month + timedelta(days=14))
            late = poisson(rng, lateness * (1 + 3 * slide) * float(scheduled) / 21.7)
            absent = Decimal(rng.choices((0, 0.5, 1, 2), (90, 5, 4, 1))[0] if rng.random() > slide * 0.5 else 1)
            on_leave = min((leave.get(month, Decimal(0)) * 2).to_integral_value() / 2, scheduled)
            absent = min(absent, scheduled - on_leave)
            hours = overtime * (1 + 0.8 * slide) * rng.uniform(0.7, 1.3) * float(scheduled) / 21.7
            rows.append((person["id"], month, scheduled, scheduled - on_leave - absent, late,
                         sum(rng.randint(3, 45) for _ in range(late)), (Decimal(round(hours * 2)) * HALF), absent,
                         "dingtalk", stamp))
        month = _next(month)
    return rows


async def seed_attendance(ctx: SeedContext) -> None:
    rng = rng_of(ctx, 5)
    start = month_start(ctx.today, -HISTORY_MONTHS)
    exits = await voluntary_exits()
    stamp = datetime.combine(ctx.today, time(1), tzinfo=timezone.utc)
    conn = Tortoise.get_connection("default")
    months: list[tuple] = []
    leaves: list[tuple] = []
    counts = [0, 0]
    for n, person in enumerate(ctx.employees, start=1):
        hired, left = person["hired_on"], person["left_on"]
        horizon = ctx.today + timedelta(days=45)
        mine = _leaves(rng, person, max(start, hired), min(left, horizon) if left else horizon, exits.get(person["id"]),
                       ctx.today)
        leaves += mine
        months += _months(rng, person, start, ctx.today, exits.get(person["id"]), _leave_by_month(mine), stamp)
        if len(months) >= 50_000:
            await _flush(conn, months, leaves, counts)
            ctx.progress.update("attendance", n, len(ctx.employees))
    await _flush(conn, months, leaves, counts)
    ctx.progress.done(f"attendance: {counts[0]} monthly summaries, {counts[1]} leave records")


async def _flush(conn, months: list, leaves: list, counts: list) -> None:
    await insert_rows(conn, AttendanceMonth, MONTH_COLUMNS, months)
    await insert_rows(conn, LeaveRecord, LEAVE_COLUMNS, leaves)
    counts[0] += len(months)
    counts[1] += len(leaves)
    months.clear()
    leaves.clear()
