"""Efficiency in the graph: revenue per head, people cost, human-capital and training ROI, and
finance's figures behind them (efficiency.read / efficiency.write)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Annotated

import strawberry
from strawberry.types import Info

from backend.graph.base import Connection, connection, decode_ids, mutate, related, require, to_global_id
from backend.graph.org import Department, Team
from backend.models.efficiency import FinancialFigure as FigureRow
from backend.permissions import Permission as P
from backend.resolvers.analytics import efficiency as resolvers
from backend.resolvers.analytics.training_roi import training_roi
from backend.company_time import company_today

EfficiencyBy = strawberry.enum(resolvers.EfficiencyBy, name="EfficiencyBy")
EfficiencyBucket = strawberry.enum(resolvers.Bucket, name="EfficiencyBucket")
RevenueSource = strawberry.enum(resolvers.RevenueSource, name="RevenueSource", description="""FINANCE: finance's
figures for every month of the bucket; TRAFFIC: derived from live-stream traffic (gift revenue x
HRGRAPH_REVENUE_GIFT_SHARE + GMV x HRGRAPH_REVENUE_GMV_COMMISSION) for every month; MIXED: some of each.""")
From = Annotated[date, strawberry.argument(name="from")]


@strawberry.type(description="""One department's or team's measures, bucket by bucket (the arrays follow
Efficiency.buckets). Human-capital ROI = (revenue - (operating cost - people cost)) / people cost, operating cost
including people cost: (revenue - non-people operating cost) / people cost; null unless finance entered the
operating cost for every month of the bucket. People cost is payslip gross (employer contributions are not modelled).""")
class EfficiencyGroup:
    key: strawberry.ID = strawberry.field(description="The Department or Team id.")
    label: str
    revenue: list[Decimal]
    revenue_source: list[RevenueSource]
    people_cost: list[Decimal]
    operating_cost: list[Decimal | None] = strawberry.field(description="Excluding people cost, as finance entered it.")
    average_headcount: list[Decimal]
    revenue_per_head: list[Decimal | None] = strawberry.field(description="Revenue over the average headcount.")
    human_capital_roi: list[Decimal | None]


@strawberry.type(description="""Training ROI for hosts only (their output is money; others' is a review score,
which is not): trained hosts (completed an enrolment in the period) against comparable untrained hosts of the same
team (else position), mean monthly gift revenue + GMV in the 3 months after the training month minus the 3 before.
value = mean uplift x 3 months x hosts measured; roi = value / training cost (programs' cost per head). With fewer
than 5 hosts measured, tooFew and no ROI.""")
class TrainingRoi:
    trained: int
    measured: int = strawberry.field(description="Trained hosts with 3 months after and comparables: the n.")
    pending: int = strawberry.field(description="Trained too recently to measure.")
    cost: Decimal
    value: Decimal | None
    roi: Decimal | None
    roi_ci_low: Decimal | None = strawberry.field(description="95% interval (Student t over the hosts' uplifts).")
    roi_ci_high: Decimal | None
    mean_uplift: Decimal | None = strawberry.field(description="Per host and month, CNY of gift revenue + GMV.")
    too_few: bool


@strawberry.type
class Efficiency:
    start: strawberry.Private[date]
    end: strawberry.Private[date]
    buckets: list[date] = strawberry.field(description="First days of the months or quarters.")
    bucket_ends: list[date]
    groups: list[EfficiencyGroup]

    @strawberry.field(description="Computed only when asked; over the period of the query.")
    async def training_roi(self) -> TrainingRoi:
        found = await training_roi(start=self.start, end=self.end, as_of=company_today())
        return TrainingRoi(**vars(found))


@strawberry.type(description="Finance's revenue and non-people operating cost of a department (or team) for a month.")
class FinancialFigure:
    row: strawberry.Private[FigureRow]
    id: strawberry.ID
    month: date
    revenue: Decimal
    operating_cost: Decimal = strawberry.field(description="Excluding people cost.")
    note: str
    entered_by: str
    updated_at: datetime

    @classmethod
    def from_row(cls, row: FigureRow) -> "FinancialFigure":
        return cls(row=row, id=to_global_id("FinancialFigure", row.id), month=row.month, revenue=row.revenue,
                   operating_cost=row.operating_cost, note=row.note, entered_by=row.entered_by, updated_at=row.updated_at)

    @strawberry.field
    def department(self, info: Info) -> Department | None:
        return related(info.context.loaders.department_by_id, self.row.department_id, Department.from_row)

    @strawberry.field(description="Null: the department's own figure.")
    def team(self, info: Info) -> Team | None:
        return related(info.context.loaders.team_by_id, self.row.team_id, Team.from_row)


@strawberry.input(description="Replaces the figure of the same month, department and team (none: the department's own).")
class FinancialFigureUpsertInput:
    month: date = strawberry.field(description="The first day of the month.")
    department_id: strawberry.ID
    team_id: strawberry.ID | None = None
    revenue: Decimal | None = None
    operating_cost: Decimal | None = strawberry.field(default=None, description="Excluding people cost.")
    note: str | None = None


@strawberry.enum
class EfficiencyErrorCode(Enum):
    REQUIRED = "REQUIRED"
    INVALID = "INVALID"
    NOT_FOUND = "NOT_FOUND"


@strawberry.type
class EfficiencyError:
    field: str | None
    code: EfficiencyErrorCode
    message: str


@strawberry.type
class FinancialFigureUpsertPayload:
    figure: FinancialFigure | None = None
    errors: list[EfficiencyError] = strawberry.field(default_factory=list)


@strawberry.type
class EfficiencyQuery:
    @strawberry.field(description="""Requires: efficiency.read (company-wide row scope). Revenue, people cost,
average headcount, revenue per head and human-capital ROI per department or team and month or quarter (at most
three years); revenue from finance's figures where entered, else from traffic, each bucket saying which.""")
    async def efficiency(self, info: Info, from_: From, to: date, by: EfficiencyBy,
                         bucket: EfficiencyBucket = resolvers.Bucket.MONTH) -> Efficiency:
        viewer = require(info, P.EFFICIENCY_READ.value)
        found = await resolvers.efficiency(viewer=viewer, start=from_, end=to, by=resolvers.EfficiencyBy(by),
                                           bucket=resolvers.Bucket(bucket))
        kind = "Department" if by == resolvers.EfficiencyBy.DEPARTMENT else "Team"
        return Efficiency(start=from_, end=to, buckets=found.buckets, bucket_ends=found.bucket_ends, groups=[
            EfficiencyGroup(key=to_global_id(kind, g.key), label=g.label, revenue=g.revenue, revenue_source=g.revenue_source,
                            people_cost=g.people_cost, operating_cost=g.operating_cost,
                            average_headcount=g.average_headcount, revenue_per_head=g.revenue_per_head,
                            human_capital_roi=g.hc_roi) for g in found.groups])


@strawberry.type
class FinancialFigureQuery:
    @strawberry.field(description="""Requires: efficiency.read. The figures finance entered for one month (its first
day), by department, the department's own figure before its teams'.""")
    async def financial_figures(self, info: Info, month: date, first: int = 50,
                                after: str | None = None) -> Connection[FinancialFigure] | None:
        require(info, P.EFFICIENCY_READ.value)
        page = await resolvers.list_figures(month=month, first=first, after=after)
        return connection(page, FinancialFigure.from_row)


@strawberry.type
class EfficiencyMutation:
    @strawberry.mutation(description="Requires: efficiency.write. Finance's revenue and non-people operating cost of a month.")
    async def financial_figure_upsert(self, info: Info, input: FinancialFigureUpsertInput) -> FinancialFigureUpsertPayload:
        viewer = require(info, P.EFFICIENCY_WRITE.value)

        async def work() -> dict:
            department, team = decode_ids((input.department_id, "Department", "departmentId"), (input.team_id, "Team", "teamId"))
            data = resolvers.FigureInput(month=input.month, department_id=department, team_id=team, revenue=input.revenue,
                                         operating_cost=input.operating_cost, note=input.note)
            return {"figure": FinancialFigure.from_row(await resolvers.upsert_figure(viewer=viewer, data=data, ip=info.context.ip))}

        return await mutate(FinancialFigureUpsertPayload, EfficiencyError, EfficiencyErrorCode, work)
