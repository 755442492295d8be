"""Traffic series and leaderboards in the graph: compact arrays for charts, ranked hosts and teams."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Annotated

import strawberry
from strawberry.types import Info

from backend.errors import DomainError, ErrorCode, ValidationFailed, coded_error
from backend.graph.base import decode_ids, related, require
from backend.graph.employees import Employee
from backend.graph.org import Team
from backend.graph.traffic.summary import TrafficSummary, summary_of
from backend.permissions import Permission as P
from backend.resolvers.traffic import series as resolvers

TrafficBucket = strawberry.enum(resolvers.Bucket, name="TrafficBucket", description="Buckets start at company-time-zone boundaries; weeks on Monday.")
TrafficMetric = strawberry.enum(resolvers.Metric, name="TrafficMetric")
From = Annotated[date, strawberry.argument(name="from", description="The first day (company time zone).")]
TrafficRankBy = strawberry.enum(resolvers.SubjectKind, name="TrafficSubjectKind")


@strawberry.input(description="Whose traffic: exactly one of a host, a team or a department.")
class TrafficSubjectInput:
    host_id: strawberry.ID | None = None
    team_id: strawberry.ID | None = None
    department_id: strawberry.ID | None = None


@strawberry.type
class TrafficSeriesValues:
    metric: TrafficMetric
    values: list[Decimal | None] = strawberry.field(
        description="One value per timestamp; sums are 0 where nothing was streamed, ratios null.")


@strawberry.type(description="Compact arrays: `timestamps[i]` is the start of bucket i, each metric has one value per bucket.")
class TrafficSeries:
    bucket: TrafficBucket
    from_: date = strawberry.field(name="from")
    to: date
    timestamps: list[datetime]
    metrics: list[TrafficSeriesValues]


@strawberry.type
class TrafficRank:
    row: strawberry.Private[resolvers.Ranked]
    by: strawberry.Private[resolvers.SubjectKind]
    period: strawberry.Private[tuple[date, date]]
    rank: int
    value: Decimal | None

    @strawberry.field(description="The host, when ranking hosts.")
    def host(self, info: Info) -> Employee | None:
        if self.by != resolvers.SubjectKind.HOST:
            return None
        return related(info.context.loaders.employee_by_id, self.row.subject_id, Employee.from_row)

    @strawberry.field(description="The team, when ranking teams.")
    def team(self, info: Info) -> Team | None:
        if self.by != resolvers.SubjectKind.TEAM:
            return None
        return related(info.context.loaders.team_by_id, self.row.subject_id, Team.from_row)

    @strawberry.field
    def summary(self) -> TrafficSummary:
        return summary_of(self.row.totals, *self.period)


def _failed(failure: ValidationFailed) -> Exception:
    error: DomainError = failure.errors[0]
    code = ErrorCode.NOT_FOUND if error.code == "NOT_FOUND" else ErrorCode.BAD_USER_INPUT
    return coded_error(code, error.message, field=error.field)


def _subject(subject: TrafficSubjectInput) -> resolvers.Subject:
    given = [(name, value) for name, value in (("hostId", subject.host_id), ("teamId", subject.team_id),
                                               ("departmentId", subject.department_id)) if value]
    if len(given) != 1:
        raise coded_error(ErrorCode.BAD_USER_INPUT, "Give exactly one of hostId, teamId, departmentId.", field="subject")
    name, value = given[0]
    kind, type_name = {"hostId": (resolvers.SubjectKind.HOST, "Employee"), "teamId": (resolvers.SubjectKind.TEAM, "Team"),
                       "departmentId": (resolvers.SubjectKind.DEPARTMENT, "Department")}[name]
    try:
        (pk,) = decode_ids((value, type_name, f"subject.{name}"))
    except ValidationFailed as failure:
        raise _failed(failure) from None
    return resolvers.Subject(kind=kind, id=pk)


@strawberry.type
class TrafficSeriesQuery:
    @strawberry.field(description="""Requires: traffic.read. A host's, team's or department's traffic over a range of
company-time-zone days, in buckets: HOUR (up to 7 days, from the minute samples), DAY (up to 732), WEEK and MONTH
(up to 1,830). A team needs a view of everyone or to lead it; a department, a view of everyone; a partner sees a
host's linked accounts only.""")
    async def traffic_series(self, info: Info, subject: TrafficSubjectInput, from_: From, to: date,
                             metrics: list[TrafficMetric], bucket: TrafficBucket = resolvers.Bucket.DAY) -> TrafficSeries:
        viewer = require(info, P.TRAFFIC_READ.value)
        try:
            found = await resolvers.traffic_series(viewer=viewer, subject=_subject(subject), start=from_, end=to,
                                                   bucket=bucket, metrics=list(dict.fromkeys(metrics)))
        except ValidationFailed as failure:
            raise _failed(failure) from None
        return TrafficSeries(bucket=found.bucket, from_=from_, to=to, timestamps=found.starts,
                             metrics=[TrafficSeriesValues(metric=m, values=v) for m, v in found.values.items()])

    @strawberry.field(description="""Requires: traffic.read. Hosts or teams ranked by one measure over a period (at
most 732 days), within a team or department if given; only what you may see is ranked.""")
    async def traffic_leaderboard(self, info: Info, from_: From, to: date, metric: TrafficMetric = resolvers.Metric.GIFT_REVENUE,
                                  by: TrafficRankBy = resolvers.SubjectKind.HOST, team_id: strawberry.ID | None = None,
                                  department_id: strawberry.ID | None = None, first: int = 10) -> list[TrafficRank]:
        viewer = require(info, P.TRAFFIC_READ.value)
        try:
            team, department = decode_ids((team_id, "Team", "teamId"), (department_id, "Department", "departmentId"))
            ranked = await resolvers.leaderboard(viewer=viewer, by=by, metric=metric, start=from_, end=to, team_id=team,
                                                 department_id=department, first=first)
        except ValidationFailed as failure:
            raise _failed(failure) from None
        return [TrafficRank(row=r, by=by, period=(from_, to), rank=r.rank, value=r.value) for r in ranked]
