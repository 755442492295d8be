"""Workforce breakdowns, retention curves and team traffic against attrition in the graph.

Like workforceTrend they need employees.read and count only the employees the caller may see;
being aggregates about groups, they also need a company-wide or team row scope (an employee's
own record or a partner's hosts are not a workforce to analyse)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated

import strawberry
from strawberry.types import Info

from backend.errors import forbidden
from backend.graph.base import related, require, to_global_id
from backend.graph.employees import ExitReason
from backend.graph.org import Team
from backend.models.employees import ExitReason as ExitReasonModel
from backend.permissions import Permission as P
from backend.resolvers.analytics import breakdown, retention
from backend.company_time import company_today

WorkforceBreakdownBy = strawberry.enum(breakdown.BreakdownBy, name="WorkforceBreakdownBy",
                                       description="TENURE_BAND and AGE_BAND are computed at the period's start.")
RetentionCohortSize = strawberry.enum(retention.CohortSize, name="RetentionCohortSize")
RetentionExits = strawberry.enum(retention.ExitsCounted, name="RetentionExits", description="""VOLUNTARY: an
involuntary exit is censored (it ends the observation, it is not the departure measured); ALL: every exit counts.""")
From = Annotated[date, strawberry.argument(name="from")]
ORG_TYPES = {breakdown.BreakdownBy.DEPARTMENT: "Department", breakdown.BreakdownBy.TEAM: "Team",
             breakdown.BreakdownBy.POSITION: "Position"}


@strawberry.type
class ExitReasonCount:
    reason: ExitReason
    count: int


@strawberry.type(description="One group's workforce over the period; rates in %, null where the headcount was 0.")
class WorkforceGroup:
    key: str = strawberry.field(description="The Department/Team/Position id, or the band or enum code; UNKNOWN when not recorded.")
    label: str
    headcount_start: int = strawberry.field(description="Employed on the day before `from`.")
    headcount_end: int = strawberry.field(description="Employed on `to`.")
    average_headcount: Decimal
    hires: int
    exits: int
    voluntary_exits: int
    involuntary_exits: int = strawberry.field(description="Exits not recorded as voluntary.")
    attrition_rate_percent: Decimal | None = strawberry.field(description="Exits over the average headcount.")
    annualised_attrition_rate_percent: Decimal | None = strawberry.field(description="Scaled to 365 days.")
    exit_reasons: list[ExitReasonCount] = strawberry.field(description="Exits in the period by recorded reason, most first.")

    @classmethod
    def of(cls, g: breakdown.GroupFigures, by: breakdown.BreakdownBy, days: int) -> "WorkforceGroup":
        key = g.key
        if by in ORG_TYPES and key.isdigit():
            key = to_global_id(ORG_TYPES[by], int(key))
        reasons = sorted(g.exit_reasons.items(), key=lambda kv: (-kv[1], kv[0]))
        return cls(key=key, label=g.label, headcount_start=g.headcount_start, headcount_end=g.headcount_end,
                   average_headcount=g.average_headcount, hires=g.hires, exits=g.exits, voluntary_exits=g.voluntary_exits,
                   involuntary_exits=g.involuntary_exits, attrition_rate_percent=g.attrition_percent(),
                   annualised_attrition_rate_percent=g.annualised_percent(days),
                   exit_reasons=[ExitReasonCount(reason=ExitReasonModel(r), count=n) for r, n in reasons])


@strawberry.type
class WorkforceBreakdown:
    from_: date = strawberry.field(name="from")
    to: date
    by: WorkforceBreakdownBy
    groups: list[WorkforceGroup]


@strawberry.type(description="""Kaplan-Meier retention of one hire cohort in monthly steps: steps[i] months after
hire, the share still employed (survival), with Greenwood's 95% confidence interval (null once survival is 0).""")
class RetentionCohort:
    label: str = strawberry.field(description='E.g. "2025 Q1" or "2025 H2".')
    starts_on: date
    ends_on: date
    size: int
    months: list[int]
    at_risk: list[int] = strawberry.field(description="Still employed and followed at the step's start.")
    events: list[int] = strawberry.field(description="Departures counted in that month.")
    censored: list[int] = strawberry.field(description="Followed no further after that month (still employed, or an exit not counted).")
    survival: list[float]
    ci_low: list[float | None]
    ci_high: list[float | None]

    @classmethod
    def of(cls, c: retention.Cohort) -> "RetentionCohort":
        k = c.curve
        return cls(label=c.label, starts_on=c.starts_on, ends_on=c.ends_on, size=c.size, months=k.steps, at_risk=k.at_risk,
                   events=k.events, censored=k.censored, survival=k.survival, ci_low=k.ci_low, ci_high=k.ci_high)


@strawberry.type(description="A team's traffic growth next to its attrition over the same period.")
class TeamTrafficAttrition:
    team_pk: strawberry.Private[int]
    revenue_last_3_months: Decimal = strawberry.field(description="Gift revenue + GMV, the month of `to` and the two before (up to `to`).")
    revenue_previous_3_months: Decimal = strawberry.field(description="The three months before those.")
    traffic_growth_percent: Decimal | None = strawberry.field(description="Null when the previous 3 months had none.")
    headcount_start: int
    headcount_end: int
    exits: int
    voluntary_exits: int
    attrition_rate_percent: Decimal | None
    annualised_attrition_rate_percent: Decimal | None

    @strawberry.field
    def team(self, info: Info) -> Team | None:
        return related(info.context.loaders.team_by_id, self.team_pk, Team.from_row)


def _group_viewer(info: Info, *permissions: str):
    viewer = require(info, P.EMPLOYEES_READ.value, *permissions)
    if viewer.scope.value not in ("all", "team"):
        raise forbidden("workforce analytics are about groups: they need a company-wide or team row scope")
    return viewer


@strawberry.type
class WorkforceQuery:
    @strawberry.field(description="""Requires: employees.read with a company-wide or team row scope (AGE_BAND also
employees.read_pii: ages come from birth dates). Per group: headcount at the start and end, hires, exits (voluntary or
not) with their reasons, attrition for the period and annualised, over the employees you may see (a team lead: their
teams). At most three years.""")
    async def workforce_breakdown(self, info: Info, from_: From, to: date, by: WorkforceBreakdownBy) -> WorkforceBreakdown:
        extra = (P.EMPLOYEES_READ_PII.value,) if by == breakdown.BreakdownBy.AGE_BAND else ()
        viewer = _group_viewer(info, *extra)
        found = await breakdown.workforce_breakdown(viewer=viewer, start=from_, end=to, by=breakdown.BreakdownBy(by))
        return WorkforceBreakdown(from_=found.start, to=found.end, by=found.by,
                                  groups=[WorkforceGroup.of(g, found.by, found.days) for g in found.groups])

    @strawberry.field(description="""Requires: employees.read with a company-wide or team row scope. Kaplan-Meier
retention by hire cohort (people hired from `from` to `to`, at most three years), followed until `asOf` (default
today); monthly steps with the number at risk and Greenwood 95% intervals.""")
    async def retention_curves(self, info: Info, cohort: RetentionCohortSize, from_: From, to: date,
                               exits: RetentionExits = retention.ExitsCounted.VOLUNTARY,
                               as_of: date | None = None) -> list[RetentionCohort]:
        viewer = _group_viewer(info)
        found = await retention.retention_curves(viewer=viewer, size=retention.CohortSize(cohort), start=from_, end=to,
                                                 exits=retention.ExitsCounted(exits), as_of=as_of or company_today())
        return [RetentionCohort.of(c) for c in found]

    @strawberry.field(description="""Requires: employees.read and traffic.read with a company-wide or team row scope.
Per team you may see: traffic revenue (gift revenue + GMV) of the period's last 3 months against the 3 before, and
the team's attrition over the period.""")
    async def team_traffic_attrition(self, info: Info, from_: From, to: date) -> list[TeamTrafficAttrition]:
        viewer = _group_viewer(info, P.TRAFFIC_READ.value)
        found = await retention.team_traffic_attrition(viewer=viewer, start=from_, end=to)
        return [TeamTrafficAttrition(
            team_pk=t.team_id, revenue_last_3_months=t.revenue_last_3_months,
            revenue_previous_3_months=t.revenue_previous_3_months, traffic_growth_percent=t.growth_percent,
            headcount_start=t.attrition.headcount_start, headcount_end=t.attrition.headcount_end, exits=t.attrition.exits,
            voluntary_exits=t.attrition.voluntary_exits, attrition_rate_percent=t.attrition_percent,
            annualised_attrition_rate_percent=t.annualised_attrition_percent) for t in found]
