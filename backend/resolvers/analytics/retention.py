"""Retention by hire cohort (Kaplan-Meier in monthly steps), and each team's traffic growth next
to its attrition.

A cohort is everyone the viewer may count who was hired in one quarter (or half-year) between
`from` and `to`. A person's step is the month of their employment in which they left (leaving in
the first month is step 1), an event; everyone still employed is censored at the whole months
they had completed by `as_of` (today, or the data's end). For voluntary retention an involuntary
exit is censored at the whole months completed when it happened: it ends the observation but is
not the departure being measured.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum

from backend.auth import Viewer
from backend.errors import DomainError, ValidationFailed
from backend.i18n import Message
from backend.models.org import Team
from backend.resolvers.analytics.breakdown import BreakdownBy, GroupFigures, workforce_breakdown
from backend.resolvers.analytics.periods import (
    add_months, as_date, check_period, fetch, full_months, group_scope_sql, month_index, month_of,
)
from backend.resolvers.analytics.survival import Curve, kaplan_meier

MAX_STEPS = 60


class CohortSize(str, Enum):
    QUARTER = "QUARTER"
    HALF_YEAR = "HALF_YEAR"


class ExitsCounted(str, Enum):
    VOLUNTARY = "VOLUNTARY"
    ALL = "ALL"


@dataclass
class Cohort:
    label: str
    starts_on: date
    ends_on: date
    size: int
    curve: Curve


PEOPLE_SQL = """
SELECT e.id, e.hired_on, e.left_on, ev.voluntary
FROM employees e
LEFT JOIN employment_events ev ON ev.id = (
  SELECT MAX(x.id) FROM employment_events x WHERE x.employee_id = e.id AND x.kind = 'left')
WHERE e.hired_on >= ? AND e.hired_on <= ? AND {scope}
"""


def cohort_start(day: date, size: CohortSize) -> date:
    months = 3 if size == CohortSize.QUARTER else 6
    return month_of(month_index(day) - (day.month - 1) % months)


def cohort_label(start: date, size: CohortSize) -> str:
    if size == CohortSize.QUARTER:
        return f"{start.year} Q{(start.month - 1) // 3 + 1}"
    return f"{start.year} H{(start.month - 1) // 6 + 1}"


def subject(hired: date, left: date | None, voluntary: bool | None, as_of: date, exits: ExitsCounted) -> tuple[int, bool]:
    """(step, event) of one person, as the module's docstring defines them."""
    if left is not None and left <= as_of:
        if exits == ExitsCounted.ALL or voluntary:
            return full_months(hired, left) + 1, True
        return full_months(hired, left), False
    return full_months(hired, as_of), False


async def retention_curves(*, viewer: Viewer, size: CohortSize, start: date, end: date, exits: ExitsCounted,
                           as_of: date) -> list[Cohort]:
    check_period(start, end)
    if start > as_of:
        raise ValidationFailed([DomainError("INVALID", Message("`from` ({start}) is after today ({as_of}): no one hired then "
                                                               "can have been followed yet.",
                                                               start=start, as_of=as_of), "from")])
    scope, scope_params = group_scope_sql(viewer)
    rows = await fetch(PEOPLE_SQL.format(scope=scope), [start, min(end, as_of), *scope_params])
    cohorts: dict[date, list[tuple[int, bool]]] = defaultdict(list)
    for row in rows:
        hired = as_date(row["hired_on"])
        cohorts[cohort_start(hired, size)].append(
            subject(hired, as_date(row["left_on"]), _flag(row["voluntary"]), as_of, exits))
    out = []
    for first in sorted(cohorts):
        months = 3 if size == CohortSize.QUARTER else 6
        out.append(Cohort(label=cohort_label(first, size), starts_on=first, ends_on=add_months(first, months) - timedelta(days=1),
                          size=len(cohorts[first]), curve=kaplan_meier(cohorts[first], MAX_STEPS)))
    return out


def _flag(value) -> bool | None:
    return None if value is None else bool(value)


@dataclass
class TeamTrafficAttrition:
    team_id: int
    team_name: str
    revenue_last_3_months: Decimal
    revenue_previous_3_months: Decimal
    growth_percent: Decimal | None
    attrition: GroupFigures
    days: int

    @property
    def attrition_percent(self) -> Decimal | None:
        return self.attrition.attrition_percent()

    @property
    def annualised_attrition_percent(self) -> Decimal | None:
        return self.attrition.annualised_percent(self.days)


TEAM_REVENUE_SQL = """
SELECT team_id, CASE WHEN day >= ? THEN 1 ELSE 0 END AS recent,
       SUM(CAST(ROUND(gift_revenue * 100) AS BIGINT) + CAST(ROUND(gmv * 100) AS BIGINT)) AS fen
FROM team_traffic_days WHERE day >= ? AND day <= ? {teams}
GROUP BY 1, 2
"""


async def team_traffic_attrition(*, viewer: Viewer, start: date, end: date) -> list[TeamTrafficAttrition]:
    """Per team: traffic revenue (gift revenue + GMV) of the period's last 3 months (the month of
    `to` and the two before, up to `to`) against the 3 months before them, and the team's
    attrition over the whole period."""
    check_period(start, end)
    attrition = await workforce_breakdown(viewer=viewer, start=start, end=end, by=BreakdownBy.TEAM)
    by_team = {int(g.key): g for g in attrition.groups if g.key.isdigit()}
    recent_from, previous_from = add_months(end, -2), add_months(end, -5)
    teams_sql, teams_params = "", []
    scope, scope_params = group_scope_sql(viewer, alias="t")
    if scope_params:  # a lead: the teams they lead
        teams_sql, teams_params = "AND team_id IN (SELECT id FROM teams WHERE lead_id = ?)", [viewer.employee_id]
    revenue: dict[int, dict[int, int]] = defaultdict(dict)
    for row in await fetch(TEAM_REVENUE_SQL.format(teams=teams_sql), [recent_from, previous_from, end, *teams_params]):
        revenue[row["team_id"]][int(row["recent"])] = int(row["fen"] or 0)
    ids = set(revenue) | set(by_team)
    if scope_params:  # a lead's own record may sit in a team they do not lead: only the teams they lead
        ids &= set(await Team.filter(lead_id=viewer.employee_id).values_list("id", flat=True))
    names = dict(await Team.filter(id__in=list(ids)).values_list("id", "name")) if ids else {}
    days = attrition.days
    out = []
    for team_id in sorted(ids, key=lambda pk: names.get(pk, "")):
        if team_id not in names:
            continue
        recent, previous = revenue[team_id].get(1, 0), revenue[team_id].get(0, 0)
        growth = None if previous <= 0 else (Decimal(recent - previous) * 100 / previous).quantize(Decimal("0.1"), ROUND_HALF_UP)
        out.append(TeamTrafficAttrition(
            team_id=team_id, team_name=names[team_id], revenue_last_3_months=_yuan(recent),
            revenue_previous_3_months=_yuan(previous), growth_percent=growth,
            attrition=by_team.get(team_id) or GroupFigures(key=str(team_id), label=names[team_id]), days=days))
    return out


def _yuan(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(Decimal("0.01"))
