"""The cohort scan on the system's own data.

The last two years are cut into four half-year windows. In each, everyone employed on its first
day is one row: what they looked like that day (the risk model's point-in-time features,
`features.py`) and whether they left voluntarily before the window ended. Involuntary exits are
left out: they say nothing about why people choose to go. A person appears once per window they
began employed in (so at most four times, and as a leaver once): the counts in the sentences
are person-windows. The statistics: `insights.py`."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from backend.resolvers.analytics import features as F
from backend.resolvers.analytics.insights import Factor, Insight, scan

WINDOW_MONTHS = 6
WINDOWS = 4


def _feature(name: str):
    index = F.NAMES.index(name)

    def value(row: dict):
        v = row["features"][index]
        return None if v is None or (isinstance(v, float) and math.isnan(v)) else v

    return value


def _flag(name: str):
    value = _feature(name)
    return lambda row: None if (v := value(row)) is None else v >= 0.5


FACTORS = [
    Factor("pay_vs_position_median", "pay against the position's median", _feature("pay_vs_position_median"),
           low=lambda lt, gt: f"employees paid more than {-lt:.0%} below their position's median" if lt < 0
           else f"employees paid under {lt:+.0%} against their position's median",
           high=lambda lt, gt: f"those paid {gt:+.0%} or more against it"),
    Factor("review_score", "latest review scores", _feature("review_score"),
           low=lambda lt, gt: f"employees whose recent reviews averaged under {lt:.0f}",
           high=lambda lt, gt: f"those averaging over {gt:.0f}"),
    Factor("traffic_revenue_trend", "a host's traffic trend", _feature("traffic_revenue_trend"),
           low=lambda lt, gt: f"hosts whose traffic (gifts + GMV) fell more than {-lt:.0%} over 3 months" if lt < 0
           else f"hosts whose traffic grew less than {lt:.0%} over 3 months",
           high=lambda lt, gt: f"hosts whose traffic grew more than {gt:.0%}"),
    Factor("tenure_months", "tenure", _feature("tenure_months"),
           low=lambda lt, gt: f"employees with less than {lt:.0f} months' tenure",
           high=lambda lt, gt: f"those with more than {gt:.0f}"),
    Factor("raise_12m", "a raise in the last year", lambda row: None if (v := _feature("raise_12m")(row)) is None else v > 0,
           yes="employees who had a raise in the year before", no="those who had none"),
    Factor("contract_ends_soon", "a contract ending within 90 days", _flag("contract_ends_soon"),
           yes=f"employees whose contract was ending within {F.CONTRACT_SOON_DAYS} days",
           no="those whose contract was not"),
    Factor("is_host", "hosts vs staff", _flag("is_host"), yes="hosts", no="staff"),
    Factor("trainings_12m", "trainings in the last 12 months", _feature("trainings_12m"),
           low=lambda lt, gt: f"employees with fewer than {lt:.0f} trainings in the last 12 months",
           high=lambda lt, gt: f"those with more than {gt:.0f}"),
    Factor("late_3m", "late arrivals in the last 3 months", _feature("late_3m"),
           low=lambda lt, gt: "employees never late in 3 months" if lt <= 1 else f"employees late fewer than {lt:.0f} times in 3 months",
           high=lambda lt, gt: f"employees late more than {gt:.0f} times in 3 months"),
    Factor("overtime_trend", "the overtime trend", _feature("overtime_trend"),
           low=lambda lt, gt: f"employees whose overtime fell more than {-lt:.0%} over 3 months" if lt < 0
           else f"employees whose overtime grew less than {lt:.0%} over 3 months",
           high=lambda lt, gt: f"employees whose overtime grew more than {gt:.0%} over 3 months"),
]


@dataclass(frozen=True)
class CohortScan:
    as_of: date
    until: date
    population: int
    leavers: int
    insights: list[Insight]


def _window_rows(history: F.History, start: date, end: date) -> list[dict]:
    rows = []
    for person in history.people.values():
        if not person.employed(start):
            continue
        left = person.left_on is not None and person.left_on < end
        if left and person.voluntary is not True:
            continue
        rows.append({"id": person.id, "left": left, "features": F.features(history, person, start)})
    return rows


async def scan_cohorts(*, today: date, min_cohort: int = 30) -> CohortScan:
    """The significant differences in voluntary attrition over the last WINDOWS half-years."""
    last = today.replace(day=1)
    starts = [F.add_months(last, -WINDOW_MONTHS * n) for n in range(WINDOWS, 0, -1)]
    history = await F.load_history(since=F.add_months(starts[0], -2 * F.TREND_MONTHS - 1))
    rows = [row for start in starts for row in _window_rows(history, start, F.add_months(start, WINDOW_MONTHS))]
    insights = scan(rows, FACTORS, left=lambda row: row["left"], min_cohort=min_cohort)
    return CohortScan(starts[0], last, len(rows), sum(row["left"] for row in rows), insights)
