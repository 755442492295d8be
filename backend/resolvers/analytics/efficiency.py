"""Efficiency by department or team and month or quarter: revenue per head, people cost and
human-capital ROI; and finance's figures that feed them.

- revenue: finance's figure (FinancialFigure) for the month where entered; otherwise derived from
  live-stream traffic as the agency's share: gift revenue x HRGRAPH_REVENUE_GIFT_SHARE + GMV x
  HRGRAPH_REVENUE_GMV_COMMISSION. For a department, its own figure (team left empty), else the sum
  of its teams' figures. Each bucket says which source it used (FINANCE, TRAFFIC or MIXED).
- people cost: the gross of the month's payslips (computed or locked) of the group's people as
  they were paid. Employer social-insurance and housing-fund contributions are not modelled, so
  people cost is gross pay only.
- average headcount: the mean of the headcount on the day before the bucket and on its last day.
- revenue per head = revenue / average headcount.
- human-capital ROI (Fitz-enz) = (revenue - (operating cost - people cost)) / people cost, where
  operating cost includes people cost. Finance enters the operating cost excluding people cost,
  so this is (revenue - non-people operating cost) / people cost; null unless finance entered the
  cost for every month of the bucket (traffic says nothing about rent or software).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum

from tortoise.functions import Coalesce
from tortoise.transactions import in_transaction

from backend.auth import Viewer
from backend.errors import DomainError, ValidationFailed, forbidden
from backend.i18n import Message
from backend.models.efficiency import FinancialFigure
from backend.models.org import Department, Team
from backend.permissions import RowScope
from backend.resolvers.analytics.periods import (
    add_months, check_period, fetch, month_sql, parse_month,
)
from backend.resolvers.audit import record_event
from backend.resolvers.pagination import Page, paginate
from backend.settings import get_settings

CENT = Decimal("0.01")
MAX_MONEY = Decimal("999999999999.99")


class EfficiencyBy(str, Enum):
    DEPARTMENT = "DEPARTMENT"
    TEAM = "TEAM"


class Bucket(str, Enum):
    MONTH = "MONTH"
    QUARTER = "QUARTER"


class RevenueSource(str, Enum):
    FINANCE = "FINANCE"
    TRAFFIC = "TRAFFIC"
    MIXED = "MIXED"


@dataclass
class GroupEfficiency:
    key: int
    label: str
    revenue: list[Decimal] = field(default_factory=list)
    revenue_source: list[RevenueSource] = field(default_factory=list)
    people_cost: list[Decimal] = field(default_factory=list)
    operating_cost: list[Decimal | None] = field(default_factory=list)  # excluding people cost
    average_headcount: list[Decimal] = field(default_factory=list)
    revenue_per_head: list[Decimal | None] = field(default_factory=list)
    hc_roi: list[Decimal | None] = field(default_factory=list)


@dataclass
class Efficiency:
    buckets: list[date]  # first days
    bucket_ends: list[date]
    groups: list[GroupEfficiency]


def bucket_starts(start: date, end: date, bucket: Bucket) -> list[date]:
    step = 3 if bucket == Bucket.QUARTER else 1
    first = add_months(start, -((start.month - 1) % step))
    out = []
    while first <= end:
        out.append(first)
        first = add_months(first, step)
    return out


def hc_roi(revenue: Decimal, non_people_cost: Decimal | None, people_cost: Decimal) -> Decimal | None:
    """(revenue - (operating cost - people cost)) / people cost, with operating cost = non-people + people."""
    if non_people_cost is None or people_cost <= 0:
        return None
    operating_cost = non_people_cost + people_cost
    return ((revenue - (operating_cost - people_cost)) / people_cost).quantize(CENT, ROUND_HALF_UP)


def traffic_revenue(gift_fen: int, gmv_fen: int) -> Decimal:
    settings = get_settings()
    share = Decimal(str(settings.revenue_gift_share)) * gift_fen + Decimal(str(settings.revenue_gmv_commission)) * gmv_fen
    return (share / 100).quantize(CENT, ROUND_HALF_UP)


HEADCOUNT_SQL = "SELECT e.{column} AS grp, {sums} FROM employees e WHERE e.{column} IS NOT NULL GROUP BY 1"
TRAFFIC_SQL = """SELECT {column} AS grp, {month} AS month, SUM(CAST(ROUND(gift_revenue * 100) AS BIGINT)) AS gift_fen,
       SUM(CAST(ROUND(gmv * 100) AS BIGINT)) AS gmv_fen
FROM team_traffic_days WHERE day >= ? AND day <= ? AND {column} IS NOT NULL GROUP BY 1, 2"""
PAY_SQL = """SELECT {column} AS grp, period_start, SUM(CAST(ROUND(gross * 100) AS BIGINT)) AS fen
FROM payslips WHERE period_start >= ? AND period_start <= ? AND {column} IS NOT NULL GROUP BY 1, 2"""


async def headcounts_on(column: str, days: list[date]) -> dict[int, list[int]]:
    """Everyone employed on each day (hired by it, not left by its end), per group: one GROUP BY."""
    sums = ", ".join(f"SUM(CASE WHEN e.hired_on <= ? AND (e.left_on IS NULL OR e.left_on > ?) THEN 1 ELSE 0 END) AS c{i}"
                     for i in range(len(days)))
    params = [d for day in days for d in (day, day)]
    rows = await fetch(HEADCOUNT_SQL.format(column=column, sums=sums), params)
    return {row["grp"]: [int(row[f"c{i}"] or 0) for i in range(len(days))] for row in rows}


async def _traffic(column: str, first: date, last: date) -> dict[tuple[int, date], tuple[int, int]]:
    rows = await fetch(TRAFFIC_SQL.format(column=column, month=month_sql()), [first, last])
    return {(row["grp"], parse_month(row["month"])): (int(row["gift_fen"] or 0), int(row["gmv_fen"] or 0)) for row in rows}


async def _pay(column: str, first: date, last: date) -> dict[tuple[int, date], int]:
    rows = await fetch(PAY_SQL.format(column=column), [first, last])
    return {(row["grp"], parse_month(str(row["period_start"]))): int(row["fen"] or 0) for row in rows}


async def _figures(by: EfficiencyBy, first: date, last: date) -> dict[tuple[int, date], tuple[Decimal, Decimal]]:
    """(group, month) -> (revenue, non-people operating cost) as finance entered them."""
    rows = await FinancialFigure.filter(month__gte=first, month__lte=last).values_list(
        "department_id", "team_id", "month", "revenue", "operating_cost")
    if by == EfficiencyBy.TEAM:
        return {(team, month): (revenue, cost) for _, team, month, revenue, cost in rows if team is not None}
    own = {(dept, month): (revenue, cost) for dept, team, month, revenue, cost in rows if team is None}
    teams: dict[tuple[int, date], tuple[Decimal, Decimal]] = {}
    for dept, team, month, revenue, cost in rows:
        if team is not None and (dept, month) not in own:
            before = teams.get((dept, month), (Decimal(0), Decimal(0)))
            teams[(dept, month)] = (before[0] + revenue, before[1] + cost)
    return {**teams, **own}


def _source(sources: set[RevenueSource]) -> RevenueSource:
    return sources.pop() if len(sources) == 1 else RevenueSource.MIXED


async def efficiency(*, viewer: Viewer, start: date, end: date, by: EfficiencyBy, bucket: Bucket) -> Efficiency:
    if viewer.kind != "system" and viewer.scope != RowScope.ALL:
        raise forbidden("efficiency compares departments and teams: it needs a company-wide row scope")
    check_period(start, end)
    starts = bucket_starts(start, end, bucket)
    step = 3 if bucket == Bucket.QUARTER else 1
    ends = [add_months(first, step) - timedelta(days=1) for first in starts]
    first, last = starts[0], ends[-1]
    column = "department_id" if by == EfficiencyBy.DEPARTMENT else "team_id"
    heads = await headcounts_on(column, [starts[0] - timedelta(days=1), *ends])
    traffic, pay, figures = await _traffic(column, first, last), await _pay(column, first, last), await _figures(by, first, last)
    keys = set(heads) | {k for k, _ in traffic} | {k for k, _ in pay} | {k for k, _ in figures}
    model = Department if by == EfficiencyBy.DEPARTMENT else Team
    names = dict(await model.filter(id__in=list(keys)).values_list("id", "name")) if keys else {}
    groups = []
    for key in sorted(names, key=lambda k: (names[k], k)):
        group = GroupEfficiency(key=key, label=names[key])
        counts = heads.get(key, [0] * (len(starts) + 1))
        for i, bucket_first in enumerate(starts):
            months = [add_months(bucket_first, m) for m in range(step)]
            revenue, cost, sources, cost_known = Decimal(0), Decimal(0), set(), True
            for month in months:
                if (key, month) in figures:
                    month_revenue, month_cost = figures[(key, month)]
                    revenue, cost = revenue + month_revenue, cost + month_cost
                    sources.add(RevenueSource.FINANCE)
                else:
                    revenue += traffic_revenue(*traffic.get((key, month), (0, 0)))
                    sources.add(RevenueSource.TRAFFIC)
                    cost_known = False
            people = Decimal(sum(pay.get((key, month), 0) for month in months)) / 100
            average = (Decimal(counts[i] + counts[i + 1]) / 2).quantize(Decimal("0.1"))
            group.revenue.append(revenue.quantize(CENT))
            group.revenue_source.append(_source(sources))
            group.people_cost.append(people.quantize(CENT))
            group.operating_cost.append(cost.quantize(CENT) if cost_known else None)
            group.average_headcount.append(average)
            group.revenue_per_head.append((revenue / average).quantize(CENT, ROUND_HALF_UP) if average > 0 else None)
            group.hc_roi.append(hc_roi(revenue, cost if cost_known else None, people))
        groups.append(group)
    return Efficiency(buckets=starts, bucket_ends=ends, groups=groups)


@dataclass
class FigureInput:
    month: date
    department_id: int | None
    team_id: int | None
    revenue: Decimal | None
    operating_cost: Decimal | None
    note: str | None = None


async def _check_figure(data: FigureInput) -> list[DomainError]:
    errors = []
    if data.month.day != 1:
        errors.append(DomainError("INVALID", Message("month is the first day of a month: {first_day}, not {month}.",
                                                     first_day=data.month.replace(day=1), month=data.month), "month"))
    for name, label in (("revenue", "revenue"), ("operating_cost", "operatingCost")):
        value = getattr(data, name)
        if value is None:
            errors.append(DomainError("REQUIRED", Message("{label} is required (0 when there was none).", label=label), label))
        elif value < 0 or value > MAX_MONEY or value != value.quantize(CENT):
            errors.append(DomainError("INVALID", Message("{label} is an amount in CNY from 0 to {limit}, with at most 2 "
                                                         "decimals.", label=label, limit=MAX_MONEY), label))
    department = await Department.get_or_none(id=data.department_id) if data.department_id else None
    if department is None:
        errors.append(DomainError("NOT_FOUND", "departmentId must be an existing department.", "departmentId"))
    if data.team_id is not None:
        team = await Team.get_or_none(id=data.team_id)
        if team is None:
            errors.append(DomainError("NOT_FOUND", "teamId must be an existing team (or left empty for the "
                                      "department's own figure).", "teamId"))
        elif department is not None and team.department_id != department.id:
            errors.append(DomainError("INVALID", Message("Team {team} belongs to another department than {department}: pick "
                                                         "one of its teams or leave teamId empty.",
                                                         team=team.name, department=department.name), "teamId"))
    return errors


async def list_figures(*, month: date, first: int, after: str | None) -> Page[FinancialFigure]:
    query = FinancialFigure.filter(month=month.replace(day=1))
    # A department's own figure (no team) first on both databases: NULL sorts first on SQLite, last on PostgreSQL.
    return await paginate(query.annotate(team_or_zero=Coalesce("team_id", 0)).order_by("department_id", "team_or_zero", "id"),
                          first=first, after=after)


async def upsert_figure(*, viewer: Viewer, data: FigureInput, ip: str | None = None) -> FinancialFigure:
    """One figure per department (team empty: the department's own figure) or team and month.
    Looked up before writing: SQL's unique constraint treats two empty teams as different rows."""
    errors = await _check_figure(data)
    if errors:
        raise ValidationFailed(errors)
    async with in_transaction():
        row = await FinancialFigure.filter(month=data.month, department_id=data.department_id,
                                           team_id=data.team_id).select_for_update().first()
        values = dict(revenue=data.revenue, operating_cost=data.operating_cost, note=(data.note or "").strip(),
                      entered_by=viewer.label or viewer.kind)
        if row is None:
            row = await FinancialFigure.create(month=data.month, department_id=data.department_id,
                                               team_id=data.team_id, **values)
        else:
            await FinancialFigure.filter(id=row.id).update(**values)
            row = await FinancialFigure.get(id=row.id)
    await record_event(viewer=viewer, action="financial_figure.upsert", target_type="financial_figure",
                       target_id=row.id, fields=["revenue", "operating_cost"], ip=ip)
    return row

