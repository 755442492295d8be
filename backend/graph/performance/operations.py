"""Performance queries and mutations: thin translations to `resolvers.performance`."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import Enum

import strawberry
from strawberry.types import Info

from backend.graph.base import Connection, connection, decode_ids, mutate, pk_of, require, require_pk
from backend.graph.performance.types import KpiCurveKind, KpiSource, KpiTemplate, Review, ReviewCycle, ReviewCycleKind
from backend.errors import DomainError, not_found
from backend.models.performance import CycleKind, ReviewCycle as CycleRow
from backend.permissions import Permission as P
from backend.resolvers.pagination import paginate
from backend.resolvers.performance import reviews, scoring, templates
from backend.company_time import company_today


@strawberry.enum
class ReviewErrorCode(Enum):
    REQUIRED = "REQUIRED"
    INVALID = "INVALID"
    NOT_FOUND = "NOT_FOUND"
    DUPLICATE = "DUPLICATE"
    CONFLICT = "CONFLICT"
    FORBIDDEN = "FORBIDDEN"
    WEIGHT_TOTAL = strawberry.enum_value("WEIGHT_TOTAL", description="A template's weights do not total exactly 100.")
    WRONG_STATUS = strawberry.enum_value("WRONG_STATUS", description="The cycle is not in the status this change needs.")
    UNSCORED = strawberry.enum_value("UNSCORED", description="Reviews (or this review) still have no score.")
    CALIBRATION_LIMIT = strawberry.enum_value("CALIBRATION_LIMIT", description="A calibration is at most 10 points either way.")
    ALREADY_ACKNOWLEDGED = "ALREADY_ACKNOWLEDGED"


@strawberry.type
class ReviewError:
    field: str | None
    code: ReviewErrorCode
    message: str


@strawberry.input
class KpiCurveInput:
    kind: KpiCurveKind = KpiCurveKind.LINEAR
    cap_percent: Decimal = strawberry.field(default=Decimal(100), description="At least 100.")
    floor_percent: Decimal = strawberry.field(default=Decimal(0), description="0 to 100: below it the score is 0.")


@strawberry.input
class KpiIndicatorInput:
    name: str
    source: KpiSource
    weight: Decimal = strawberry.field(description="Percent; the template's weights total exactly 100.")
    target: Decimal | None = strawberry.field(default=None, description="Above 0; leave out for a manager rating.")
    curve: KpiCurveInput | None = strawberry.field(default=None, description="Linear 100/0 when left out; none for a manager rating.")

    def to_indicator(self) -> scoring.Indicator:
        curve = scoring.Curve(kind=self.curve.kind.value, cap_percent=self.curve.cap_percent,
                              floor_percent=self.curve.floor_percent) if self.curve else scoring.Curve()
        return scoring.Indicator(name=self.name.strip(), source=self.source.value, weight=self.weight, target=self.target,
                                 curve=curve)


@strawberry.input
class KpiTemplateSaveInput:
    position_id: strawberry.ID
    name: str
    indicators: list[KpiIndicatorInput]


@strawberry.type
class KpiTemplateSavePayload:
    template: KpiTemplate | None = None
    errors: list[ReviewError] = strawberry.field(default_factory=list)


@strawberry.input
class ReviewCycleOpenInput:
    name: str
    kind: ReviewCycleKind
    period_start: date = strawberry.field(description="The 1st of a month; for a quarter, of January, April, July or October.")


@strawberry.input
class ReviewCycleIdInput:
    id: strawberry.ID


@strawberry.type
class ReviewCycleOpenPayload:
    cycle: ReviewCycle | None = None
    errors: list[ReviewError] = strawberry.field(default_factory=list)


@strawberry.type
class ReviewCycleAdvancePayload(ReviewCycleOpenPayload):
    pass


@strawberry.type
class ReviewCycleRecomputePayload(ReviewCycleOpenPayload):
    changed: int | None = strawberry.field(default=None, description="How many reviews' actuals changed.")


@strawberry.input
class ReviewRateInput:
    id: strawberry.ID
    rating: Decimal | None = strawberry.field(default=None, description="1 to 5 in halves; leave out to keep the rating.")
    comment: str | None = strawberry.field(default=None, description="Leave out to keep the comment.")


@strawberry.input
class ReviewCalibrateInput:
    id: strawberry.ID
    points: Decimal = strawberry.field(description="-10 to +10, in hundredths; 0 undoes a calibration.")
    reason: str


@strawberry.input
class ReviewIdInput:
    id: strawberry.ID


@strawberry.type
class ReviewRatePayload:
    review: Review | None = None
    errors: list[ReviewError] = strawberry.field(default_factory=list)


@strawberry.type
class ReviewCalibratePayload(ReviewRatePayload):
    pass


@strawberry.type
class ReviewAcknowledgePayload(ReviewRatePayload):
    pass


@strawberry.input
class ReviewFilter:
    cycle_id: strawberry.ID | None = None
    employee_id: strawberry.ID | None = None
    team_id: strawberry.ID | None = strawberry.field(default=None, description="The team when the cycle opened.")


def _one(type_name: str, id: strawberry.ID) -> int | None:
    errors: list[DomainError] = []
    return pk_of(id, type_name, "id", errors)


READ = "Requires: performance.read."


@strawberry.type
class PerformanceQuery:
    @strawberry.field(description=f"{READ} Every position's KPI template, by name.")
    async def kpi_templates(self, info: Info, first: int = 50, after: str | None = None) -> Connection[KpiTemplate] | None:
        require(info, P.PERFORMANCE_READ.value)
        return connection(await paginate(templates.list_templates(), first=first, after=after), KpiTemplate.from_row)

    @strawberry.field(description=f"{READ} Null with NOT_FOUND when absent.")
    async def kpi_template(self, info: Info, id: strawberry.ID) -> KpiTemplate | None:
        require(info, P.PERFORMANCE_READ.value)
        pk = _one("KpiTemplate", id)
        row = await templates.get_template(pk) if pk else None
        if row is None:
            raise not_found("KPI template", id)
        return KpiTemplate.from_row(row)

    @strawberry.field(description=f"{READ} Newest period first.")
    async def review_cycles(self, info: Info, first: int = 20, after: str | None = None) -> Connection[ReviewCycle] | None:
        require(info, P.PERFORMANCE_READ.value)
        return connection(await paginate(reviews.list_cycles(), first=first, after=after), ReviewCycle.from_row)

    @strawberry.field(description=f"{READ} Null with NOT_FOUND when absent.")
    async def review_cycle(self, info: Info, id: strawberry.ID) -> ReviewCycle | None:
        require(info, P.PERFORMANCE_READ.value)
        pk = _one("ReviewCycle", id)
        row = await CycleRow.get_or_none(id=pk) if pk else None
        if row is None:
            raise not_found("review cycle", id)
        return ReviewCycle.from_row(row)

    @strawberry.field(description=f"""{READ} Rows are limited to what you may see: HR every review, a team lead their
teams' (by the team when the cycle opened), everyone their own once its cycle is closed. Newest cycle first.""")
    async def reviews(self, info: Info, first: int = 20, after: str | None = None,
                      filter: ReviewFilter | None = None) -> Connection[Review] | None:
        viewer = require(info, P.PERFORMANCE_READ.value)
        f = filter or ReviewFilter()
        cycle, employee, team = decode_ids((f.cycle_id, "ReviewCycle", "cycleId"), (f.employee_id, "Employee", "employeeId"),
                                           (f.team_id, "Team", "teamId"))
        page = await reviews.list_reviews(viewer=viewer, first=first, after=after, filter=reviews.ReviewFilter(
            cycle_id=cycle, employee_id=employee, team_id=team))
        return connection(page, Review.from_row)

    @strawberry.field(description=f"{READ} Null with NOT_FOUND when absent or out of your scope.")
    async def review(self, info: Info, id: strawberry.ID) -> Review | None:
        viewer = require(info, P.PERFORMANCE_READ.value)
        pk = _one("Review", id)
        row = await reviews.scoped_reviews(viewer).get_or_none(id=pk) if pk else None
        if row is None:
            raise not_found("review", id)
        return Review.from_row(row)


async def employee_reviews(info: Info, employee_pk: int, first: int, after: str | None) -> Connection[Review]:
    """`Employee.reviews`: one scoped query for every employee of the page (a DataLoader)."""
    require(info, P.PERFORMANCE_READ.value)
    rows = await info.context.loaders.reviews_by_employee.load(employee_pk)
    return connection(reviews.page_of(rows, first=first, after=after), Review.from_row)


def _cycle(row) -> dict:
    return {"cycle": ReviewCycle.from_row(row)}


def _review(row) -> dict:
    return {"review": Review.from_row(row)}


WRITE = "Requires: performance.write."


@strawberry.type
class PerformanceMutation:
    @strawberry.mutation(description=f"""{WRITE} Creates the position's template or replaces it. Weights total exactly
100. Cycles already open keep their copy.""")
    async def kpi_template_save(self, info: Info, input: KpiTemplateSaveInput) -> KpiTemplateSavePayload:
        viewer = require(info, P.PERFORMANCE_WRITE.value)

        async def work() -> dict:
            position = require_pk(input.position_id, "Position", "positionId")
            row = await templates.save_template(viewer=viewer, position_id=position, name=input.name,
                                                indicators=[i.to_indicator() for i in input.indicators])
            return {"template": KpiTemplate.from_row(row)}

        return await mutate(KpiTemplateSavePayload, ReviewError, ReviewErrorCode, work)

    @strawberry.mutation(description=f"""{WRITE} Opens a cycle with a review for everyone whose position has a template
(hired by the period's end, not gone before its start), scored from the data where nothing is missing.""")
    async def review_cycle_open(self, info: Info, input: ReviewCycleOpenInput) -> ReviewCycleOpenPayload:
        viewer = require(info, P.PERFORMANCE_WRITE.value)

        async def work() -> dict:
            return _cycle(await reviews.open_cycle(viewer=viewer, name=input.name, kind=CycleKind(input.kind.value),
                                                   period_start=input.period_start, today=company_today()))

        return await mutate(ReviewCycleOpenPayload, ReviewError, ReviewErrorCode, work)

    @strawberry.mutation(description=f"""{WRITE} open -> calibration -> closed; refused (UNSCORED, naming how many)
while reviews have no score.""")
    async def review_cycle_advance(self, info: Info, input: ReviewCycleIdInput) -> ReviewCycleAdvancePayload:
        viewer = require(info, P.PERFORMANCE_WRITE.value)

        async def work() -> dict:
            return _cycle(await reviews.advance_cycle(viewer=viewer, cycle_id=require_pk(input.id, "ReviewCycle")))

        return await mutate(ReviewCycleAdvancePayload, ReviewError, ReviewErrorCode, work)

    @strawberry.mutation(description=f"{WRITE} Recomputes an open cycle's actuals from the data as it is now (late data).")
    async def review_cycle_recompute(self, info: Info, input: ReviewCycleIdInput) -> ReviewCycleRecomputePayload:
        viewer = require(info, P.PERFORMANCE_WRITE.value)

        async def work() -> dict:
            cycle, changed = await reviews.recompute_cycle(viewer=viewer, cycle_id=require_pk(input.id, "ReviewCycle"))
            return {**_cycle(cycle), "changed": changed}

        return await mutate(ReviewCycleRecomputePayload, ReviewError, ReviewErrorCode, work)

    @strawberry.mutation(description="""Requires: performance.rate (a team lead: their team's reviews). A manager's
rating and comment while the cycle is open; the review is rescored. Nobody rates their own.""")
    async def review_rate(self, info: Info, input: ReviewRateInput) -> ReviewRatePayload:
        viewer = require(info, P.PERFORMANCE_RATE.value)

        async def work() -> dict:
            return _review(await reviews.rate_review(viewer=viewer, review_id=require_pk(input.id, "Review"),
                                                     rating=input.rating, comment=input.comment))

        return await mutate(ReviewRatePayload, ReviewError, ReviewErrorCode, work)

    @strawberry.mutation(description=f"""{WRITE} HR's calibration of a scored review while the cycle is in calibration:
at most 10 points either way, with a reason; the score never goes below 0.""")
    async def review_calibrate(self, info: Info, input: ReviewCalibrateInput) -> ReviewCalibratePayload:
        viewer = require(info, P.PERFORMANCE_WRITE.value)

        async def work() -> dict:
            return _review(await reviews.calibrate_review(viewer=viewer, review_id=require_pk(input.id, "Review"),
                                                          points=input.points, reason=input.reason))

        return await mutate(ReviewCalibratePayload, ReviewError, ReviewErrorCode, work)

    @strawberry.mutation(description=f"{READ} The employee acknowledges their own review of a closed cycle, once.")
    async def review_acknowledge(self, info: Info, input: ReviewIdInput) -> ReviewAcknowledgePayload:
        viewer = require(info, P.PERFORMANCE_READ.value)

        async def work() -> dict:
            return _review(await reviews.acknowledge_review(viewer=viewer, review_id=require_pk(input.id, "Review")))

        return await mutate(ReviewAcknowledgePayload, ReviewError, ReviewErrorCode, work)
