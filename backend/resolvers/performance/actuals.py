"""What each review's indicators actually measured in a period, from the data this system has.

Traffic sources read the account-day rollups (`TrafficDay`), attributed to the host the day was
rolled up for, with one aggregate query per kind of measure for the whole cycle (not one per
employee):

- `traffic.gmv`: the sum of GMV, CNY.
- `traffic.follower_growth`: the sum of new followers (net: unfollows count against it).
- `traffic.effective_hours`: live hours on effective days only, to 0.01 h. A day is effective
  when the host's accounts together were live `traffic_effective_day_hours` (the rule pay uses,
  `resolvers/compensation/inputs.py`): a host is judged on their day, not on each account's.
- `traffic.interaction_rate`: interactions per viewer-hour, as the traffic series computes it
  (`Totals.per_viewer_hour`); 0 for someone nobody watched.

Someone with no rollups in the period streamed nothing: their traffic actuals are zeros. A
manager rating is the review's own `manager_rating`.

- `attendance`: days worked over days scheduled in the period's monthly attendance summaries
  (`AttendanceMonth`, the months starting within the period), as a percentage to 0.1. Someone
  with no summary yet has no actual: the review waits for the attendance system's data.
- `training_completion`: of the enrolments due within the period (not cancelled), the share
  completed by its end, as a percentage to 0.1; 100 when nothing was due.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from tortoise import Tortoise
from tortoise.functions import Sum

from backend.db import portable_sql
from backend.models.attendance import AttendanceMonth
from backend.models.traffic import TrafficDay
from backend.models.training import Enrolment, EnrolmentStatus
from backend.resolvers.traffic.rollups import effective_minutes
from backend.resolvers.traffic.series import Totals

TRAFFIC = ("traffic.gmv", "traffic.follower_growth", "traffic.effective_hours", "traffic.interaction_rate")
SUMMED = ("traffic.gmv", "traffic.follower_growth", "traffic.interaction_rate")
CENT, TENTH = Decimal("0.01"), Decimal("0.1")
PEOPLE = ("attendance", "training_completion")


def _percent(part: Decimal, whole: Decimal) -> Decimal:
    return (part * 100 / whole).quantize(TENTH, rounding=ROUND_HALF_UP) if whole else Decimal("0.0")


def _tenths(value) -> Decimal:
    return Decimal(str(value or 0)).quantize(TENTH, rounding=ROUND_HALF_UP)


def _cents(value) -> Decimal:
    """SQLite sums decimal columns as floats; two places bring the cents back exactly."""
    return Decimal(str(value or 0)).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass
class PeriodData:
    """Per employee, the measures of one period; hosts absent from the traffic streamed nothing."""

    sums: dict[int, dict] = field(default_factory=dict)
    effective: dict[int, int] = field(default_factory=dict)  # host -> live minutes on effective days
    attendance: dict[int, tuple[Decimal, Decimal]] = field(default_factory=dict)  # employee -> (worked, scheduled) days
    training: dict[int, tuple[int, int]] = field(default_factory=dict)  # employee -> (completed, due)

    def people_actual(self, source: str, employee_id: int) -> Decimal | None:
        if source == "attendance":
            if employee_id not in self.attendance:
                return None
            worked, scheduled = self.attendance[employee_id]
            return _percent(worked, scheduled)
        completed, due = self.training.get(employee_id, (0, 0))
        return _percent(Decimal(completed), Decimal(due)) if due else Decimal("100.0")

    def actual(self, source: str, host_id: int) -> Decimal:
        row = self.sums.get(host_id) or {}
        match source:
            case "traffic.gmv":
                return _cents(row.get("gmv"))
            case "traffic.follower_growth":
                return Decimal(int(row.get("new_followers") or 0))
            case "traffic.effective_hours":
                return (Decimal(self.effective.get(host_id, 0)) / 60).quantize(CENT, rounding=ROUND_HALF_UP)
            case "traffic.interaction_rate":
                interactions, viewer_minutes = int(row.get("interactions") or 0), int(row.get("viewer_minutes") or 0)
                rate = Totals(interactions=interactions, viewer_minutes=viewer_minutes).per_viewer_hour(interactions)
                return rate if rate is not None else Decimal("0.00")
        raise ValueError(f"{source} is not a traffic source")


# A host's live minutes on the days their accounts together reached the effective-day minutes.
_EFFECTIVE_MINUTES = """
SELECT host_id, SUM(minutes) AS minutes FROM (
  SELECT host_id, day, SUM(live_minutes) AS minutes FROM traffic_days
  WHERE day >= ? AND day <= ? AND host_id IS NOT NULL GROUP BY host_id, day HAVING SUM(live_minutes) >= ?
) AS host_days GROUP BY host_id"""


async def period_data(sources: set[str], start: date, end: date) -> PeriodData:
    """One query per kind of measure for the whole period, whatever the number of employees."""
    data = PeriodData()
    days = TrafficDay.filter(day__gte=start, day__lte=end, host_id__isnull=False)
    if sources & set(SUMMED):
        rows = await days.annotate(gmv=Sum("gmv"), new_followers=Sum("new_followers"), interactions=Sum("interactions"),
                                   viewer_minutes=Sum("viewer_minutes")).group_by("host_id").values(
            "host_id", "gmv", "new_followers", "interactions", "viewer_minutes")
        data.sums = {row["host_id"]: row for row in rows}
    if "traffic.effective_hours" in sources:
        conn = Tortoise.get_connection("default")
        rows = await conn.execute_query_dict(*portable_sql(conn, _EFFECTIVE_MINUTES, [start, end, effective_minutes()]))
        data.effective = {row["host_id"]: int(row["minutes"] or 0) for row in rows}
    if "attendance" in sources:
        rows = await AttendanceMonth.filter(month__gte=start.replace(day=1), month__lte=end).annotate(
            worked=Sum("worked_days"), scheduled=Sum("scheduled_days")).group_by("employee_id").values(
            "employee_id", "worked", "scheduled")
        data.attendance = {row["employee_id"]: (_tenths(row["worked"]), _tenths(row["scheduled"])) for row in rows}
    if "training_completion" in sources:
        due = await Enrolment.filter(due_on__gte=start, due_on__lte=end).exclude(
            status=EnrolmentStatus.CANCELLED).values_list("employee_id", "completed_on")
        for employee_id, completed_on in due:
            completed, count = data.training.get(employee_id, (0, 0))
            data.training[employee_id] = (completed + (completed_on is not None and completed_on <= end), count + 1)
    return data


def actuals_for(indicators: list[dict], employee_id: int, data: PeriodData, rating: Decimal | None) -> dict[str, str]:
    """One review's actuals, decimals as strings; a source without data is left out."""
    found: dict[str, str] = {}
    for source in {ind["source"] for ind in indicators}:
        if source in TRAFFIC:
            found[source] = str(data.actual(source, employee_id))
        elif source in PEOPLE and (value := data.people_actual(source, employee_id)) is not None:
            found[source] = str(value)
        elif source == "manager_rating" and rating is not None:
            found[source] = plain(rating)
    return found


def plain(value: Decimal) -> str:
    """4.0 as "4", 4.50 as "4.5": one spelling of a value however it was given or stored."""
    return f"{Decimal(value).normalize():f}"


def sources_of(indicator_lists) -> set[str]:
    return {ind["source"] for indicators in indicator_lists for ind in indicators}
