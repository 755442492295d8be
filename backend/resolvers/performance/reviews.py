"""Review cycles and reviews: open -> calibration -> closed.

- `open_cycle` makes one review per employee of a position with a KPI template (hired by the
  period's end, not gone before its start), each with a copy of the template's indicators and
  its actuals computed from the data (actuals.py), scored at once when nothing is missing.
- While open, a manager rates (1-5 in halves) and comments, and late data is recomputed.
- In calibration, HR adjusts a scored review by at most 10 points, with a reason.
- Closed is final: the employee sees their review and acknowledges it, once.

Row scope: HR (and admins) see every review; a team lead the reviews of the teams they lead,
by the team the employee was in when the cycle opened; everyone their own, once its cycle is
closed. A refused change changes nothing: each change runs in one short transaction that
locks the cycle row (on PostgreSQL), so rating, recomputing and moving a cycle on never mix.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from dateutil.relativedelta import relativedelta
from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from backend.auth import Viewer, now
from backend.errors import DomainError, ValidationFailed
from backend.i18n import Message, phrase
from backend.models.employees import Employee
from backend.models.org import Team
from backend.models.performance import CycleKind, CycleStatus, KpiTemplate, Review, ReviewCycle
from backend.permissions import Permission, RowScope
from backend.resolvers.audit import record_event
from backend.resolvers.pagination import Page, check_first, decode_cursor, paginate
from backend.resolvers.performance import scoring
from backend.resolvers.performance.actuals import actuals_for, period_data, plain, sources_of
from backend.resolvers.performance.templates import template_of

QUARTER_STARTS = (1, 4, 7, 10)
NEXT = {CycleStatus.OPEN: CycleStatus.CALIBRATION, CycleStatus.CALIBRATION: CycleStatus.CLOSED}


def _fail(code: str, message: str, field: str | None = "id") -> ValidationFailed:
    return ValidationFailed([DomainError(code, message, field)])


# Reading

def scoped_reviews(viewer: Viewer) -> QuerySet[Review]:
    """The reviews a viewer may see, as SQL; nothing without performance.read (partners never)."""
    if viewer.kind == "system":
        return Review.all()
    if not viewer.can(Permission.PERFORMANCE_READ.value):
        return Review.filter(id__in=[])
    if viewer.scope == RowScope.ALL:
        return Review.all()
    own = Q(employee_id=viewer.employee_id, cycle__status=CycleStatus.CLOSED) if viewer.employee_id else None
    if viewer.scope == RowScope.TEAM and viewer.employee_id:
        led = Subquery(Team.filter(lead_id=viewer.employee_id).values("id"))
        return Review.filter((Q(team_id__in=led) & ~Q(employee_id=viewer.employee_id)) | own)
    if viewer.scope == RowScope.SELF and own is not None:
        return Review.filter(own)
    return Review.filter(id__in=[])


@dataclass
class ReviewFilter:
    cycle_id: int | None = None
    employee_id: int | None = None
    team_id: int | None = None


ORDER = ("-cycle__period_start", "employee_id", "id")


async def list_reviews(*, viewer: Viewer, first: int, after: str | None, filter: ReviewFilter) -> Page[Review]:
    query = scoped_reviews(viewer)
    if filter.cycle_id is not None:
        query = query.filter(cycle_id=filter.cycle_id)
    if filter.employee_id is not None:
        query = query.filter(employee_id=filter.employee_id)
    if filter.team_id is not None:
        query = query.filter(team_id=filter.team_id)
    return await paginate(query.order_by(*ORDER), first=first, after=after)


async def reviews_by_employee(viewer: Viewer, employee_ids: list[int]) -> dict[int, list[Review]]:
    """Every visible review of a batch of employees, newest cycle first: one query for the batch."""
    grouped: dict[int, list[Review]] = {}
    for review in await scoped_reviews(viewer).filter(employee_id__in=employee_ids).order_by(*ORDER):
        grouped.setdefault(review.employee_id, []).append(review)
    return grouped


def page_of(rows: list, *, first: int, after: str | None) -> Page:
    """A page of rows already loaded (an employee's reviews), with the same cursors as `paginate`."""
    first = check_first(first)
    offset = decode_cursor(after) if after else 0

    async def count() -> int:
        return len(rows)

    return Page(rows=rows[offset:offset + first], offset=offset, has_next=len(rows) > offset + first, count=count)


async def get_review(viewer: Viewer, review_id: int) -> Review:
    review = await scoped_reviews(viewer).get_or_none(id=review_id)
    if review is None:
        raise _fail("NOT_FOUND", "No review with this id that you can see.")
    return review


async def get_cycle(cycle_id: int) -> ReviewCycle:
    cycle = await ReviewCycle.get_or_none(id=cycle_id)
    if cycle is None:
        raise _fail("NOT_FOUND", "No review cycle with this id.")
    return cycle


def list_cycles() -> QuerySet[ReviewCycle]:
    return ReviewCycle.all().order_by("-period_start", "kind", "-id")


# Scoring

def missing_sources(review: Review) -> list[str]:
    return sorted({ind["source"] for ind in review.indicators} - set(review.actuals))


def rescore(review: Review) -> None:
    """Sets the review's weighted, score and lines from its indicators, actuals and calibration."""
    if missing_sources(review):
        review.weighted, review.score, review.lines = None, None, []
        return
    calibration = scoring.Calibration(Decimal(review.calibration_points), review.calibration_reason) \
        if review.calibration_points is not None else None
    card = scoring.score(template=template_of(review.indicators),
                         actuals={k: Decimal(v) for k, v in review.actuals.items()}, calibration=calibration)
    review.weighted, review.score = card.weighted, card.total
    review.lines = [{"indicator": line.indicator, "source": line.source, "actual": str(line.actual),
                     "score": str(line.score), "weight": str(line.weight), "contribution": str(line.contribution),
                     "explanation": line.explanation} for line in card.lines]


def calibration_explanation(review: Review) -> str | None:
    if review.calibration_points is None or review.weighted is None:
        return None
    calibration = scoring.Calibration(Decimal(review.calibration_points), review.calibration_reason)
    return scoring._adjust(calibration, Decimal(review.weighted)).explanation


def unscored_reason(review: Review) -> str | None:
    missing = missing_sources(review)
    if not missing:
        return None
    parts = ["waiting for a manager rating" if s == "manager_rating" else f"no data for {scoring.SOURCES[s][0]} yet"
             for s in missing]
    return "; ".join(parts)


# Cycles

def period_end(kind: CycleKind, start: date) -> date:
    if start.day != 1 or (kind == CycleKind.QUARTERLY and start.month not in QUARTER_STARTS):
        what = phrase("the 1st of a month") if kind == CycleKind.MONTHLY else phrase("the 1st of January, April, July or October")
        raise _fail("INVALID", Message("A {kind} period starts on {what}, not {start}.", kind=phrase(kind.value), what=what,
                                       start=start.isoformat()), "periodStart")
    return start + relativedelta(months=1 if kind == CycleKind.MONTHLY else 3) - relativedelta(days=1)


async def new_reviews(cycle: ReviewCycle, templates: dict[int, KpiTemplate]) -> list[Review]:
    """The cycle's reviews, unsaved: who is reviewed, their indicators' copy, actuals and score."""
    people = await Employee.filter(position_id__in=list(templates), hired_on__lte=cycle.period_end).filter(
        Q(left_on__isnull=True) | Q(left_on__gte=cycle.period_start)).order_by("id").values_list(
        "id", "position_id", "team_id")
    data = await period_data(sources_of(t.indicators for t in templates.values()), cycle.period_start, cycle.period_end)
    stamp, reviews = now(), []
    for employee_id, position_id, team_id in people:
        template = templates[position_id]
        review = Review(cycle_id=cycle.id, employee_id=employee_id, team_id=team_id, template_name=template.name,
                        indicators=template.indicators, actuals=actuals_for(template.indicators, employee_id, data, None),
                        manager_comment="", calibration_reason="", updated_at=stamp)
        rescore(review)
        reviews.append(review)
    return reviews


async def open_cycle(*, viewer: Viewer, name: str, kind: CycleKind, period_start: date, today: date) -> ReviewCycle:
    end = period_end(kind, period_start)
    errors = [] if name.strip() else [DomainError("REQUIRED", "A cycle needs a name.", "name")]
    if period_start > today:
        errors.append(DomainError("INVALID", Message("The period starting {period_start} has not begun; open it once it has.",
                                                     period_start=period_start), "periodStart"))
    if errors:
        raise ValidationFailed(errors)
    if await ReviewCycle.exists(kind=kind, period_start=period_start):
        raise _fail("DUPLICATE", Message("A {kind} cycle for the period from {period_start} exists already.",
                                         kind=phrase(kind.value),
                                         period_start=period_start), "periodStart")
    templates = {t.position_id: t for t in await KpiTemplate.all()}
    if not templates:
        raise _fail("INVALID", "No position has a KPI template yet: save one before opening a cycle.", "periodStart")
    try:
        async with in_transaction():
            cycle = await ReviewCycle.create(name=name.strip(), kind=kind, period_start=period_start, period_end=end,
                                             status=CycleStatus.OPEN, created_by_id=viewer.user_id)
            await Review.bulk_create(await new_reviews(cycle, templates), batch_size=500)
    except IntegrityError:
        raise _fail("DUPLICATE", "This cycle was opened at the same moment by someone else.", "periodStart") from None
    await record_event(viewer=viewer, action="review_cycle.open", target_type="review_cycle", target_id=cycle.id)
    return cycle


async def _locked(cycle_id: int, *statuses: CycleStatus) -> ReviewCycle:
    """The cycle row, locked for the transaction, in one of `statuses`."""
    cycle = await ReviewCycle.select_for_update().get_or_none(id=cycle_id)
    if cycle is None:
        raise _fail("NOT_FOUND", "No review cycle with this id.")
    if statuses and cycle.status not in statuses:
        wanted = phrase(statuses[0].value) if len(statuses) == 1 else " or ".join(s.value for s in statuses)
        raise _fail("WRONG_STATUS", Message("The cycle {name} is {status}; this needs it {wanted}.", name=cycle.name,
                                            status=phrase(cycle.status.value), wanted=wanted))
    return cycle


def _waiting_message(reviews: list[Review], moving_to: CycleStatus) -> Message:
    rating = sum(1 for r in reviews if "manager_rating" in missing_sources(r))
    values = {"count": len(reviews), "rating": rating, "target": phrase(moving_to.value)}
    if len(reviews) == 1:
        if rating:
            return Message("{count} review still has no score ({rating} waiting for a manager rating); "
                           "score them before the cycle moves to {target}.", **values)
        return Message("{count} review still has no score; score them before the cycle moves to {target}.", **values)
    if rating:
        return Message("{count} reviews still have no score ({rating} waiting for a manager rating); "
                       "score them before the cycle moves to {target}.", **values)
    return Message("{count} reviews still have no score; score them before the cycle moves to {target}.", **values)


async def advance_cycle(*, viewer: Viewer, cycle_id: int) -> ReviewCycle:
    """open -> calibration (ratings close: none may be missing) -> closed (every review scored)."""
    async with in_transaction():
        cycle = await _locked(cycle_id)
        if cycle.status not in NEXT:
            raise _fail("WRONG_STATUS", Message("The cycle {name} is closed; it does not move on.", name=cycle.name))
        target = NEXT[cycle.status]
        unscored = await Review.filter(cycle_id=cycle.id, score__isnull=True)
        if unscored:
            raise _fail("UNSCORED", _waiting_message(unscored, target))
        await ReviewCycle.filter(id=cycle.id).update(status=target)
    await record_event(viewer=viewer, action=f"review_cycle.{target.value}", target_type="review_cycle", target_id=cycle.id)
    return await ReviewCycle.get(id=cycle.id)


async def recompute_cycle(*, viewer: Viewer, cycle_id: int) -> tuple[ReviewCycle, int]:
    """Recomputes an open cycle's actuals from the data as it is now (late rollups); ratings stay.
    Returns the cycle and how many reviews' actuals changed."""
    async with in_transaction():
        cycle = await _locked(cycle_id, CycleStatus.OPEN)
        reviews = await Review.filter(cycle_id=cycle.id).order_by("id")
        data = await period_data(sources_of(r.indicators for r in reviews), cycle.period_start, cycle.period_end)
        changed = []
        for review in reviews:
            fresh = actuals_for(review.indicators, review.employee_id, data, review.manager_rating)
            if fresh != review.actuals:
                review.actuals = fresh
                rescore(review)
                review.updated_at = now()
                changed.append(review)
        if changed:
            await Review.bulk_update(changed, fields=["actuals", "weighted", "score", "lines", "updated_at"], batch_size=500)
    await record_event(viewer=viewer, action="review_cycle.recompute", target_type="review_cycle", target_id=cycle.id)
    return cycle, len(changed)


# Reviews

def _check_rating(rating: Decimal) -> None:
    if not (1 <= rating <= 5) or (rating * 2) != (rating * 2).to_integral_value():
        raise _fail("INVALID", Message("A rating is from 1 to 5 in halves (1, 1.5 ... 5), not {rating}.",
                                       rating=rating), "rating")


async def rate_review(*, viewer: Viewer, review_id: int, rating: Decimal | None, comment: str | None) -> Review:
    """A manager's rating and comment (leave either out to keep it); rescored at once."""
    review = await get_review(viewer, review_id)
    if review.employee_id == viewer.employee_id:
        raise _fail("FORBIDDEN", "Nobody rates their own review.")
    if rating is None and comment is None:
        raise _fail("REQUIRED", "Give a rating, a comment, or both.", "rating")
    if rating is not None:
        _check_rating(rating)
        if not any(ind["source"] == "manager_rating" for ind in review.indicators):
            raise _fail("INVALID", Message("The template {template} has no manager-rating indicator; leave the rating out and "
                                           "comment only.", template=review.template_name), "rating")
    async with in_transaction():
        await _locked(review.cycle_id, CycleStatus.OPEN)
        review = await Review.get(id=review.id)
        if rating is not None:
            review.manager_rating, review.actuals = rating, {**review.actuals, "manager_rating": plain(rating)}
        if comment is not None:
            review.manager_comment = comment.strip()
        review.rated_by_id = viewer.user_id
        rescore(review)
        await review.save()
    await record_event(viewer=viewer, action="review.rate", target_type="review", target_id=review.id,
                       employee_id=review.employee_id)
    return review


def _calibration(points: Decimal, reason: str) -> scoring.Calibration:
    try:
        return scoring.Calibration(points, reason.strip())
    except ValueError:  # the engine's three rules, said here as sentences
        if not reason.strip():
            raise _fail("REQUIRED", "A calibration needs a reason (it is shown to the employee).", "reason") from None
        if abs(points) > scoring.CALIBRATION_LIMIT:
            raise _fail("CALIBRATION_LIMIT", Message("A calibration is at most {limit} points either way, not {points}.",
                                                     limit=scoring.CALIBRATION_LIMIT, points=scoring._number(points)),
                        "points") from None
        raise _fail("INVALID", "A calibration is in hundredths of a point.", "points") from None


async def calibrate_review(*, viewer: Viewer, review_id: int, points: Decimal, reason: str) -> Review:
    """HR's adjustment of a scored review while its cycle is in calibration; 0 points undoes one."""
    review = await get_review(viewer, review_id)
    if review.employee_id == viewer.employee_id:
        raise _fail("FORBIDDEN", "Nobody calibrates their own review.")
    calibration = _calibration(points, reason)
    async with in_transaction():
        await _locked(review.cycle_id, CycleStatus.CALIBRATION)
        review = await Review.get(id=review.id)
        if review.score is None:
            raise _fail("UNSCORED", Message("This review has no score to calibrate ({reason}).",
                                            reason=unscored_reason(review)))
        review.calibration_points, review.calibration_reason = calibration.points, calibration.reason
        review.calibrated_by_id = viewer.user_id
        rescore(review)
        await review.save()
    await record_event(viewer=viewer, action="review.calibrate", target_type="review", target_id=review.id,
                       employee_id=review.employee_id)
    return review


async def acknowledge_review(*, viewer: Viewer, review_id: int) -> Review:
    """The employee's acknowledgement of their own closed review, once."""
    review = await Review.get_or_none(id=review_id, employee_id=viewer.employee_id) if viewer.employee_id else None
    if review is None:
        if await scoped_reviews(viewer).filter(id=review_id).exists():
            raise _fail("FORBIDDEN", "Only the employee acknowledges their own review.")
        raise _fail("NOT_FOUND", "No review with this id that you can see.")
    async with in_transaction():
        await _locked(review.cycle_id, CycleStatus.CLOSED)
        updated = await Review.filter(id=review.id, acknowledged_at__isnull=True).update(acknowledged_at=now())
        if not updated:
            raise _fail("ALREADY_ACKNOWLEDGED", "You acknowledged this review already.")
    await record_event(viewer=viewer, action="review.acknowledge", target_type="review", target_id=review.id,
                       employee_id=review.employee_id)
    return await Review.get(id=review.id)
