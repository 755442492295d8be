"""Performance types in the graph: KPI templates and their indicators, review cycles, reviews.

A review carries no pay: a team lead reads their team's scores, and the employee's pay fields
stay guarded by compensation.read wherever the employee is reached from.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum

import strawberry
from strawberry.types import Info

from backend.graph.base import Connection, Node, connection, related, require, to_global_id
from backend.graph.employees import Employee
from backend.graph.org import Position
from backend.models import performance as models
from backend.permissions import Permission as P
from backend.resolvers.performance import reviews as resolvers

ReviewCycleKind = strawberry.enum(models.CycleKind, name="ReviewCycleKind")
ReviewCycleStatus = strawberry.enum(models.CycleStatus, name="ReviewCycleStatus")


@strawberry.enum(description="Where an indicator's actual comes from.")
class KpiSource(Enum):
    TRAFFIC_FOLLOWER_GROWTH = strawberry.enum_value(
        "traffic.follower_growth", description="Net new followers over the period (unfollows count against it).")
    TRAFFIC_GMV = strawberry.enum_value("traffic.gmv", description="GMV over the period, CNY.")
    TRAFFIC_EFFECTIVE_HOURS = strawberry.enum_value(
        "traffic.effective_hours", description="Live hours on effective days: days the host's accounts together were live at least the effective-day hours.")
    TRAFFIC_INTERACTION_RATE = strawberry.enum_value(
        "traffic.interaction_rate", description="Interactions per viewer-hour over the period (0 when nobody watched).")
    ATTENDANCE = strawberry.enum_value(
        "attendance", description="Days worked over days scheduled in the period's attendance summaries, %; waits for the summaries.")
    TRAINING_COMPLETION = strawberry.enum_value(
        "training_completion", description="Enrolments due in the period completed by its end, %; 100 when none was due.")
    MANAGER_RATING = strawberry.enum_value(
        "manager_rating", description="The manager's rating, 1-5 in halves, scored (rating - 1) x 25; no target or curve.")


@strawberry.enum
class KpiCurveKind(Enum):
    LINEAR = "linear"


@strawberry.type(description="""Linear to the target: attainment = actual / target x 100, at most `capPercent`, and 0
below `floorPercent` of the target.""")
class KpiCurve:
    kind: KpiCurveKind
    cap_percent: Decimal
    floor_percent: Decimal


@strawberry.type
class KpiIndicator:
    name: str
    source: KpiSource
    weight: Decimal = strawberry.field(description="Percent of the total score; a template's weights total 100.")
    target: Decimal | None = strawberry.field(description="In the source's unit; null for a manager rating.")
    curve: KpiCurve | None = strawberry.field(description="Null for a manager rating.")

    @classmethod
    def from_json(cls, raw: dict) -> "KpiIndicator":
        curve = raw.get("curve") or {}
        rating = raw["source"] == "manager_rating"
        return cls(name=raw["name"], source=KpiSource(raw["source"]), weight=Decimal(raw["weight"]),
                   target=Decimal(raw["target"]) if raw.get("target") is not None else None,
                   curve=None if rating else KpiCurve(kind=KpiCurveKind(curve.get("kind", "linear")),
                                                      cap_percent=Decimal(curve.get("cap_percent", "100")),
                                                      floor_percent=Decimal(curve.get("floor_percent", "0"))))


@strawberry.type(description="A position's KPI template; changing it affects cycles opened afterwards only.")
class KpiTemplate(Node):
    row: strawberry.Private[models.KpiTemplate]
    name: str
    updated_at: datetime

    @classmethod
    def from_row(cls, row: models.KpiTemplate) -> "KpiTemplate":
        return cls(id=to_global_id("KpiTemplate", row.id), row=row, name=row.name, updated_at=row.updated_at)

    @strawberry.field
    def indicators(self) -> list[KpiIndicator]:
        return [KpiIndicator.from_json(raw) for raw in self.row.indicators]

    @strawberry.field
    def position(self, info: Info) -> Position | None:
        return related(info.context.loaders.position_by_id, self.row.position_id, Position.from_row)


@strawberry.type(description="A monthly or quarterly review period: open -> calibration -> closed.")
class ReviewCycle(Node):
    row: strawberry.Private[models.ReviewCycle]
    name: str
    kind: ReviewCycleKind
    period_start: date
    period_end: date
    status: ReviewCycleStatus
    created_at: datetime

    @classmethod
    def from_row(cls, row: models.ReviewCycle) -> "ReviewCycle":
        return cls(id=to_global_id("ReviewCycle", row.id), row=row, name=row.name, kind=row.kind,
                   period_start=row.period_start, period_end=row.period_end, status=row.status, created_at=row.created_at)

    @strawberry.field(description="Requires: performance.read. The cycle's reviews you may see.")
    async def reviews(self, info: Info, first: int = 20, after: str | None = None) -> Connection["Review"] | None:
        viewer = require(info, P.PERFORMANCE_READ.value)
        page = await resolvers.list_reviews(viewer=viewer, first=first, after=after,
                                            filter=resolvers.ReviewFilter(cycle_id=self.row.id))
        return connection(page, Review.from_row)


@strawberry.type(description="One indicator's working: actual -> score on the curve -> contribution to the total.")
class ReviewLine:
    indicator: str
    source: KpiSource
    actual: Decimal
    score: Decimal
    weight: Decimal
    contribution: Decimal = strawberry.field(description="score x weight %, to 0.01.")
    explanation: str

    @classmethod
    def from_json(cls, raw: dict) -> "ReviewLine":
        return cls(indicator=raw["indicator"], source=KpiSource(raw["source"]), actual=Decimal(raw["actual"]),
                   score=Decimal(raw["score"]), weight=Decimal(raw["weight"]), contribution=Decimal(raw["contribution"]),
                   explanation=raw["explanation"])


@strawberry.type(description="HR's adjustment of the final score.")
class ReviewCalibration:
    points: Decimal = strawberry.field(description="As asked, within +-10.")
    applied: Decimal | None = strawberry.field(description="As applied (a score does not go below 0); null while unscored.")
    reason: str
    explanation: str | None


@strawberry.type(description="An employee's review in a cycle, scored from the indicators copied when the cycle opened.")
class Review(Node):
    row: strawberry.Private[models.Review]
    employee_pk: strawberry.Private[int]
    template_name: str
    score: Decimal | None = strawberry.field(description="Final: weighted plus calibration. Null until every actual is known.")
    weighted: Decimal | None = strawberry.field(description="The sum of the lines' contributions.")
    manager_rating: Decimal | None
    manager_comment: str
    acknowledged_at: datetime | None
    updated_at: datetime

    @classmethod
    def from_row(cls, row: models.Review) -> "Review":
        return cls(id=to_global_id("Review", row.id), row=row, employee_pk=row.employee_id, template_name=row.template_name,
                   score=row.score, weighted=row.weighted, manager_rating=row.manager_rating,
                   manager_comment=row.manager_comment, acknowledged_at=row.acknowledged_at, updated_at=row.updated_at)

    @strawberry.field(description="Null when the employee is outside what you may see.")
    def employee(self, info: Info) -> Employee | None:
        return related(info.context.loaders.employee_by_id, self.row.employee_id, Employee.from_row)

    @strawberry.field
    async def cycle(self, info: Info) -> ReviewCycle:
        return ReviewCycle.from_row(await info.context.loaders.review_cycle_by_id.load(self.row.cycle_id))

    @strawberry.field(description="The indicators as the template had them when the cycle opened.")
    def indicators(self) -> list[KpiIndicator]:
        return [KpiIndicator.from_json(raw) for raw in self.row.indicators]

    @strawberry.field(description="The scorecard's working, one line per indicator; empty while unscored.")
    def lines(self) -> list[ReviewLine]:
        return [ReviewLine.from_json(raw) for raw in self.row.lines]

    @strawberry.field(description="The sources without an actual yet (a manager rating not given): why `score` is null.")
    def waiting_for(self) -> list[KpiSource]:
        return [KpiSource(s) for s in resolvers.missing_sources(self.row)]

    @strawberry.field(description="Why the review has no score, in words; null when scored.")
    def unscored_reason(self) -> str | None:
        return resolvers.unscored_reason(self.row)

    @strawberry.field
    def calibration(self) -> ReviewCalibration | None:
        if self.row.calibration_points is None:
            return None
        applied = self.row.score - self.row.weighted if self.row.score is not None and self.row.weighted is not None else None
        return ReviewCalibration(points=self.row.calibration_points, applied=applied, reason=self.row.calibration_reason,
                                 explanation=resolvers.calibration_explanation(self.row))
