"""Attrition-risk features as they were at a point in time, from the system's own data.

`load_history()` reads what the features need in a few bulk queries (employment history,
contracts, closed reviews, payslips, and live-stream traffic summed by host and month in SQL);
`features(history, person, as_of)` then computes one person's features using only what is dated
before `as_of` (the first day not known yet): a training snapshot on the 1st of a month and
today's score (as of tomorrow) go through the same code, so the model is scored on what it
was trained on. Monthly windows are the complete calendar months before `as_of`.

Training (completions), attendance (monthly late arrivals and overtime) and leave count only
from when the system has such records: before its first one a feature is unknown (NaN), not 0.
What the system does not record at all is not invented: `UNAVAILABLE` lists it for the model card.
"""

from __future__ import annotations

import bisect
import math
import statistics
from dataclasses import dataclass, field
from datetime import date, timedelta

from tortoise import Tortoise

from backend.db import portable_sql
from backend.models.compensation import Payslip
from backend.models.contracts import Contract
from backend.models.employees import Employee, EmploymentEvent, EventKind
from backend.models.performance import Review
from backend.models.attendance import AttendanceMonth, LeaveRecord, LeaveStatus
from backend.models.training import Enrolment, EnrolmentStatus

MONTH_DAYS = 30.44
REVIEW_LAG_DAYS = 10  # a cycle's scores are settled some days after its period ends
PAY_LAG_MONTHS = 1  # a month's payslip is computed after the month: on the 1st, last month's is not known yet
CONTRACT_SOON_DAYS = 90
TREND_MONTHS = 3  # the last three complete months against the three before
TREND_CLIP = (-1.0, 3.0)

# name -> what it is, in the card's words
FEATURES = {
    "tenure_months": "months since hire",
    "is_host": "a live-stream host (1) or staff (0)",
    "pay_vs_position_median": "base pay against the median of the same position and employment type, as a fraction",
    "raise_12m": "pay change over the last 12 months (SALARY_CHANGED and pay-changing moves), as a fraction",
    "transfers_12m": "transfers (team, position or manager changes: TRANSFERRED events) in the last 12 months",
    "promotions_12m": "promotions (PROMOTED events) in the last 12 months",
    "contract_ends_soon": f"the contract in force ends within {CONTRACT_SOON_DAYS} days (1) or not (0)",
    "review_score": "mean score of the last three closed reviews",
    "review_score_change": "latest closed review score minus the mean of the three before it",
    "traffic_revenue_trend": "hosts: gift revenue + GMV, last 3 months against the 3 before, as a fraction",
    "traffic_minutes_trend": "hosts: live minutes, last 3 months against the 3 before, as a fraction",
    "traffic_followers_trend": "hosts: new followers, last 3 months against the 3 before, as a fraction",
    "income_trend": "payslip gross, the last 3 months paid against the 3 before, as a fraction",
    "trainings_12m": "trainings completed in the last 12 months",
    "late_3m": "late arrivals in the last 3 complete months (time-clock summaries)",
    "lateness_trend": "late arrivals, last 3 months against the 3 before: the change over the earlier count (at least 1)",
    "overtime_trend": "overtime hours, last 3 months against the 3 before, as a fraction",
    "leave_days_12m": "approved leave days begun in the last 12 complete months",
    "leave_days_trend": "approved leave days, last 3 months against the 3 before: the change over the earlier days (at least 1)",
}
NAMES = list(FEATURES)
UNAVAILABLE = {
    "satisfaction": "no engagement or satisfaction surveys in the system",
}


def month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def month_start(index: int) -> date:
    return date(index // 12, index % 12 + 1, 1)


def add_months(day: date, months: int) -> date:
    return month_start(month_index(day) + months)


@dataclass
class Person:
    id: int
    employee_no: str
    name: str
    hired_on: date
    left_on: date | None
    team_id: int | None
    position_id: int | None
    employment_type: str
    is_host: bool
    voluntary: bool | None = None  # of the LEFT event; None when unknown
    salary_days: list[date] = field(default_factory=list)
    salaries: list[float] = field(default_factory=list)
    position_days: list[date] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)
    moves: list[tuple[date, str]] = field(default_factory=list)  # TRANSFERRED / PROMOTED
    contracts: list[tuple[date, date | None]] = field(default_factory=list)
    review_days: list[date] = field(default_factory=list)  # period end + lag: when the score is known
    reviews: list[float] = field(default_factory=list)
    traffic: dict[int, tuple[float, float, float]] = field(default_factory=dict)  # month -> (revenue, minutes, followers)
    pay: dict[int, float] = field(default_factory=dict)  # month -> gross
    trainings: list[date] = field(default_factory=list)  # completion days, in order
    attendance: dict[int, tuple[float, float]] = field(default_factory=dict)  # month -> (late count, overtime hours)
    leave: dict[int, float] = field(default_factory=dict)  # month it began -> approved leave days

    def employed(self, as_of: date) -> bool:
        return self.hired_on < as_of and (self.left_on is None or self.left_on >= as_of)

    def salary(self, as_of: date) -> float | None:
        i = bisect.bisect_left(self.salary_days, as_of)
        return self.salaries[i - 1] if i else None

    def position(self, as_of: date) -> int | None:
        i = bisect.bisect_left(self.position_days, as_of)
        return self.positions[i - 1] if i else self.position_id


@dataclass
class History:
    people: dict[int, Person]
    # When the system's records of each kind begin (None: none at all): before, a feature is unknown.
    training_since: date | None = None
    attendance_since: int | None = None  # month index
    leave_since: date | None = None
    _medians: dict[date, dict] = field(default_factory=dict)

    def medians(self, as_of: date) -> dict[tuple, float]:
        """(position, employment type) -> median pay of the people employed then."""
        if as_of not in self._medians:
            groups: dict[tuple, list[float]] = {}
            for p in self.people.values():
                if p.employed(as_of) and (pay := p.salary(as_of)) is not None:
                    groups.setdefault((p.position(as_of), p.employment_type), []).append(pay)
            self._medians[as_of] = {k: statistics.median(v) for k, v in groups.items()}
        return self._medians[as_of]


def _trend(last: float, previous: float) -> float:
    if previous <= 0:
        return math.nan
    return min(max(last / previous - 1, TREND_CLIP[0]), TREND_CLIP[1])


def _windows(as_of: date) -> tuple[list[int], list[int]]:
    current = month_index(as_of)
    last = list(range(current - TREND_MONTHS, current))
    return last, list(range(current - 2 * TREND_MONTHS, current - TREND_MONTHS))


def features(history: History, p: Person, as_of: date) -> list[float]:
    """One person's features in `NAMES` order (NaN where not known), from data dated before `as_of`."""
    nan = math.nan
    pay = p.salary(as_of)
    median = history.medians(as_of).get((p.position(as_of), p.employment_type))
    year_ago = as_of - timedelta(days=365)
    earlier = p.salary(max(year_ago, p.hired_on + timedelta(days=1)))
    moves = [kind for day, kind in p.moves if year_ago <= day < as_of]
    in_force = [end for start, end in p.contracts if start < as_of and (end is None or end >= as_of)]
    if in_force:
        ends = None if any(end is None for end in in_force) else max(in_force)
        soon = 1.0 if ends is not None and (ends - as_of).days <= CONTRACT_SOON_DAYS else 0.0
    else:
        soon = nan
    scores = p.reviews[: bisect.bisect_left(p.review_days, as_of)]
    last, previous = _windows(as_of)
    long_enough = p.hired_on <= month_start(previous[0])
    traffic = [nan, nan, nan]
    if p.is_host and long_enough:
        sums = [[sum(p.traffic.get(m, (0.0, 0.0, 0.0))[k] for m in window) for k in range(3)] for window in (last, previous)]
        traffic = [_trend(sums[0][0], sums[1][0]), _trend(sums[0][1], sums[1][1]),
                   min(max((sums[0][2] - sums[1][2]) / max(abs(sums[1][2]), 1.0), TREND_CLIP[0]), TREND_CLIP[1])
                   if sums[1][1] > 0 else nan]
    income = nan
    paid, paid_before = _windows(add_months(as_of, -PAY_LAG_MONTHS) if as_of.day == 1 else as_of.replace(day=1))
    if p.hired_on <= month_start(paid_before[0]) and all(m in p.pay for m in paid + paid_before):
        income = _trend(sum(p.pay[m] for m in paid), sum(p.pay[m] for m in paid_before))
    return [
        (as_of - p.hired_on).days / MONTH_DAYS,
        1.0 if p.is_host else 0.0,
        pay / median - 1 if pay is not None and median else nan,
        pay / earlier - 1 if pay is not None and earlier else nan,
        float(sum(kind == EventKind.TRANSFERRED.value for kind in moves)),
        float(sum(kind == EventKind.PROMOTED.value for kind in moves)),
        soon,
        sum(scores[-3:]) / len(scores[-3:]) if scores else nan,
        scores[-1] - sum(scores[-4:-1]) / len(scores[-4:-1]) if len(scores) >= 2 else nan,
        *traffic,
        income,
        *_attendance_features(history, p, as_of, last, previous),
    ]


def _change(last: float, previous: float) -> float:
    return min(max((last - previous) / max(previous, 1.0), TREND_CLIP[0]), TREND_CLIP[1])


def _attendance_features(history: History, p: Person, as_of: date, last: list[int], previous: list[int]) -> list[float]:
    """trainings_12m, late_3m, lateness_trend, overtime_trend, leave_days_12m, leave_days_trend."""
    nan = math.nan
    year_ago = as_of - timedelta(days=365)
    trainings = nan
    if history.training_since is not None and history.training_since <= year_ago:
        trainings = float(bisect.bisect_left(p.trainings, as_of) - bisect.bisect_left(p.trainings, year_ago))
    late = late_trend = overtime = nan
    recorded_last = [p.attendance[m] for m in last if m in p.attendance]
    recorded_before = [p.attendance[m] for m in previous if m in p.attendance]
    if recorded_last:
        late = float(sum(m[0] for m in recorded_last)) * len(last) / len(recorded_last)
    if len(recorded_last) == len(last) and len(recorded_before) == len(previous):
        late_trend = _change(sum(m[0] for m in recorded_last), sum(m[0] for m in recorded_before))
        overtime = _trend(sum(m[1] for m in recorded_last), sum(m[1] for m in recorded_before))
    leave_12m = leave_trend = nan
    current = month_index(as_of)
    if history.leave_since is not None and history.leave_since <= month_start(current - 12):
        leave_12m = sum(p.leave.get(m, 0.0) for m in range(current - 12, current))
    if history.leave_since is not None and history.leave_since <= month_start(previous[0]) \
            and p.hired_on <= month_start(previous[0]):
        leave_trend = _change(sum(p.leave.get(m, 0.0) for m in last), sum(p.leave.get(m, 0.0) for m in previous))
    return [trainings, late, late_trend, overtime, leave_12m, leave_trend]


async def _traffic_by_month(since: date) -> list[tuple[int, int, float, float, float]]:
    conn = Tortoise.get_connection("default")
    month = "to_char(day, 'YYYY-MM')" if conn.capabilities.dialect == "postgres" else "substr(day, 1, 7)"
    sql = (f"SELECT host_id, {month} AS month, SUM(gift_revenue) + SUM(gmv) AS revenue, SUM(live_minutes) AS minutes, "
           f"SUM(new_followers) AS followers FROM traffic_days WHERE host_id IS NOT NULL AND day >= ? GROUP BY host_id, {month}")
    rows = await conn.execute_query_dict(*portable_sql(conn, sql, [since]))
    out = []
    for r in rows:
        year, mon = str(r["month"]).split("-")
        out.append((r["host_id"], int(year) * 12 + int(mon) - 1, float(r["revenue"] or 0), float(r["minutes"] or 0),
                    float(r["followers"] or 0)))
    return out


async def load_history(*, since: date) -> History:
    """Everyone's history from `since` on (employment events and contracts: all of it)."""
    people = {
        pk: Person(pk, no, name, hired, left, team, position, getattr(kind, "value", kind), host)
        for pk, no, name, hired, left, team, position, kind, host in await Employee.all().order_by("id").values_list(
            "id", "employee_no", "name", "hired_on", "left_on", "team_id", "position_id", "employment_type", "is_host")
    }
    events = await EmploymentEvent.all().order_by("occurred_on", "id").values_list(
        "employee_id", "kind", "occurred_on", "salary_after", "position_id", "voluntary")
    for employee_id, kind, day, salary, position, voluntary in events:
        p = people.get(employee_id)
        if p is None:
            continue
        kind = getattr(kind, "value", kind)
        if salary is not None:
            p.salary_days.append(day)
            p.salaries.append(float(salary))
        if position is not None:
            p.position_days.append(day)
            p.positions.append(position)
        if kind in (EventKind.TRANSFERRED.value, EventKind.PROMOTED.value):
            p.moves.append((day, kind))
        if kind == EventKind.LEFT.value:
            p.voluntary = voluntary
    for employee_id, starts, ends in await Contract.all().values_list("employee_id", "starts_on", "ends_on"):
        if employee_id in people:
            people[employee_id].contracts.append((starts, ends))
    reviews = await Review.filter(score__not_isnull=True, cycle__period_end__gte=since).values_list(
        "employee_id", "cycle__period_end", "score")
    for employee_id, end, score in sorted(reviews, key=lambda r: r[1]):
        if employee_id in people:
            people[employee_id].review_days.append(end + timedelta(days=REVIEW_LAG_DAYS))
            people[employee_id].reviews.append(float(score))
    for employee_id, start, gross in await Payslip.filter(period_start__gte=since).values_list(
            "employee_id", "period_start", "gross"):
        if employee_id in people:
            people[employee_id].pay[month_index(start)] = float(gross)
    for host_id, month, revenue, minutes, followers in await _traffic_by_month(since):
        if host_id in people:
            people[host_id].traffic[month] = (revenue, minutes, followers)
    return History(people, **await _load_attendance(people, since))


async def _load_attendance(people: dict[int, Person], since: date) -> dict:
    """Completed trainings, monthly late arrivals and overtime, approved leave: three bulk reads,
    and when each kind of record begins in the system."""
    for employee_id, day in await Enrolment.filter(status=EnrolmentStatus.COMPLETED, completed_on__gte=since).order_by(
            "completed_on").values_list("employee_id", "completed_on"):
        if employee_id in people:
            people[employee_id].trainings.append(day)
    conn = Tortoise.get_connection("default")
    sql, params = portable_sql(conn, "SELECT employee_id, month, late_count, overtime_hours FROM attendance_months "
                                     "WHERE month >= ?", [since])
    for r in await conn.execute_query_dict(sql, params):
        if r["employee_id"] in people:
            month = r["month"] if isinstance(r["month"], date) else date.fromisoformat(str(r["month"])[:10])
            people[r["employee_id"]].attendance[month_index(month)] = (float(r["late_count"]), float(r["overtime_hours"]))
    for employee_id, start, days in await LeaveRecord.filter(status=LeaveStatus.APPROVED, start_date__gte=since).values_list(
            "employee_id", "start_date", "days"):
        if employee_id in people:
            leave = people[employee_id].leave
            leave[month_index(start)] = leave.get(month_index(start), 0.0) + float(days)
    firsts = {}
    for key, model, column in (("training_since", Enrolment, "assigned_on"), ("leave_since", LeaveRecord, "start_date"),
                               ("attendance_since", AttendanceMonth, "month")):
        first = await model.all().order_by(column).first().values_list(column, flat=True)
        firsts[key] = first
    if firsts["attendance_since"] is not None:
        firsts["attendance_since"] = month_index(firsts["attendance_since"])
    return firsts
