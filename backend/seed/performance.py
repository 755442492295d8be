"""KPI templates and a year of monthly reviews for the demo.

Host positions are scored on follower growth 40, GMV 30, effective hours 20 and the manager's
rating 10, with targets per position; live controllers on the manager's rating alone. Twelve
monthly cycles end with last month (relative to the seed's today): the eleven older ones are
closed, every review rated, a few calibrated by HR and most acknowledged (the demo employee's
latest closed one, if any, is left to acknowledge); the latest is open, with about half its ratings in.

Actuals come from the seeded traffic rollups through the same functions a cycle uses
(two GROUP BY queries a month), reviews are scored by the same engine and written in batches.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal

from dateutil.relativedelta import relativedelta

from backend.db import insert_models
from backend.models.accounts import User
from backend.models.employees import Employee
from backend.models.performance import CycleKind, CycleStatus, KpiTemplate, Review, ReviewCycle
from backend.resolvers.performance import scoring
from backend.resolvers.performance.actuals import actuals_for, period_data, sources_of
from backend.resolvers.performance.reviews import rescore
from backend.resolvers.performance.templates import indicator_to_json
from backend.seed.context import SeedContext

MONTHS = 12
BATCH = 5000
RATINGS = ([Decimal(r) for r in ("2", "2.5", "3", "3.5", "4", "4.5", "5")], [3, 6, 20, 26, 25, 13, 7])
# Planted for the attrition-risk model: in the months before someone leaves, their manager rates them lower.
LEAVER_WEIGHTS, LEAVER_DAYS = [12, 18, 28, 22, 12, 6, 2], 150
COMMENTS = ["稳定发挥，继续保持 Steady, keep it up", "涨粉明显，带货可再加强 Good growth; push sales harder",
            "直播时长不足 Too few hours live", "表现突出 Outstanding month", "互动氛围好 Great rapport with the audience",
            "需提升话术 Work on the pitch", ""]
CALIBRATIONS = [(Decimal("3"), "大促期间承担额外场次 Extra shows during the sales festival"),
                (Decimal("-4"), "数据含一次刷量，已核减 One boosted stream discounted"),
                (Decimal("2.5"), "带教新人 Mentored new hosts"), (Decimal("-2"), "与同组评分对齐 Aligned with peers")]
COLUMNS = ("cycle_id", "employee_id", "team_id", "template_name", "indicators", "actuals", "manager_rating",
           "manager_comment", "rated_by_id", "calibration_points", "calibration_reason", "calibrated_by_id", "weighted",
           "score", "lines", "acknowledged_at", "updated_at")


def _host(followers: int, gmv: int, hours: int) -> list[scoring.Indicator]:
    return [
        scoring.Indicator("涨粉 Follower growth", "traffic.follower_growth", Decimal(40), Decimal(followers),
                          scoring.Curve(cap_percent=Decimal(120), floor_percent=Decimal(50))),
        scoring.Indicator("GMV", "traffic.gmv", Decimal(30), Decimal(gmv),
                          scoring.Curve(cap_percent=Decimal(120), floor_percent=Decimal(60))),
        scoring.Indicator("有效时长 Effective hours", "traffic.effective_hours", Decimal(20), Decimal(hours),
                          scoring.Curve(cap_percent=Decimal(100))),
        scoring.Indicator("主管评分 Manager rating", "manager_rating", Decimal(10)),
    ]


TEMPLATES = {  # position key -> (name, indicators)
    "host": ("主播月度 KPI Host monthly", _host(4000, 600_000, 60)),
    "senior_host": ("资深主播月度 KPI Senior host monthly", _host(5000, 150_000, 70)),
    "assistant_host": ("助播月度 KPI Assistant host monthly", _host(6000, 800_000, 60)),
    "controller": ("场控月度评估 Controller monthly", [scoring.Indicator("主管评分 Manager rating", "manager_rating", Decimal(100))]),
}


def _at(day: date, hour: int = 2) -> datetime:
    return datetime.combine(day, time(hour, 0), tzinfo=timezone.utc)


async def _templates(ctx: SeedContext, hr_user: int | None) -> dict[int, KpiTemplate]:
    for key, (name, indicators) in TEMPLATES.items():
        assert not scoring.KpiTemplate(tuple(indicators)).validate(), key
        await KpiTemplate.create(position_id=ctx.positions[key], name=name, updated_by_id=hr_user,
                                 indicators=[indicator_to_json(i) for i in indicators])
    return {t.position_id: t for t in await KpiTemplate.all()}


def _review(ctx: SeedContext, cycle: ReviewCycle, person: tuple, template: KpiTemplate, data, users: dict,
            latest: bool, demo_ack_pending: bool) -> Review:
    employee_id, _, team_id, _, _ = person
    rated = not latest or ctx.rng.random() < 0.5
    leaving = person[4] is not None and 0 <= (person[4] - cycle.period_end).days <= LEAVER_DAYS
    weights = LEAVER_WEIGHTS if leaving else RATINGS[1]
    rating = ctx.rng.choices(RATINGS[0], weights)[0] if rated and _rated_template(template) else None
    review = Review(cycle_id=cycle.id, employee_id=employee_id, team_id=team_id, template_name=template.name,
                    indicators=template.indicators, actuals=actuals_for(template.indicators, employee_id, data, rating),
                    manager_rating=rating, manager_comment=ctx.rng.choice(COMMENTS) if rated else "",
                    rated_by_id=users.get("lead") if rated and team_id == users.get("lead_team") else None,
                    calibration_points=None, calibration_reason="", calibrated_by_id=None,
                    acknowledged_at=None, updated_at=_at(cycle.period_end + timedelta(days=5)))
    if not latest and ctx.rng.random() < 0.03:
        review.calibration_points, review.calibration_reason = ctx.rng.choice(CALIBRATIONS)
        review.calibrated_by_id = users.get("hr")
    rescore(review)
    if not latest and not demo_ack_pending and ctx.rng.random() < 0.8:
        review.acknowledged_at = _at(cycle.period_end + timedelta(days=ctx.rng.randint(8, 14)), 6)
    return review


def _reviewed(person: tuple, start: date, end: date) -> bool:
    """Hired by the period's end, not gone before its start (as `reviews.new_reviews` decides)."""
    return person[3] <= end and (person[4] is None or person[4] >= start)


def _rated_template(template: KpiTemplate) -> bool:
    return any(ind["source"] == "manager_rating" for ind in template.indicators)


async def seed_performance(ctx: SeedContext) -> None:
    users = dict(await User.filter(email__in=["hr@demo.hrgraph.local", "lead@demo.hrgraph.local"]).values_list("email", "id"))
    users = {"hr": users.get("hr@demo.hrgraph.local"), "lead": users.get("lead@demo.hrgraph.local"),
             "lead_team": next((f["team"] for f in ctx.employees if f["id"] == ctx.demo_employee_ids.get("team_lead")), None)}
    templates = await _templates(ctx, users["hr"])
    sources = sources_of(t.indicators for t in templates.values())
    people = await Employee.filter(position_id__in=list(templates)).order_by("id").values_list(
        "id", "position_id", "team_id", "hired_on", "left_on")
    last = ctx.today.replace(day=1) - relativedelta(months=1)
    periods = [(start, start + relativedelta(months=1) - timedelta(days=1))
               for start in (last - relativedelta(months=MONTHS - 1 - i) for i in range(MONTHS))]
    demo = next((p for p in people if p[0] == ctx.demo_employee_ids.get("employee")), None)
    # The demo employee's latest closed review (if they were here for one) waits for their acknowledgement.
    demo_pending = max((i for i, (start, end) in enumerate(periods[:-1]) if demo and _reviewed(demo, start, end)), default=None)
    batch: list[Review] = []
    for i, (start, end) in enumerate(periods):
        latest = i == MONTHS - 1
        cycle = await ReviewCycle.create(name=f"{start:%Y-%m} 月度考核 Monthly review", kind=CycleKind.MONTHLY,
                                         period_start=start, period_end=end, created_by_id=users["hr"],
                                         status=CycleStatus.OPEN if latest else CycleStatus.CLOSED)
        data = await period_data(sources, start, end)
        for person in people:
            if not _reviewed(person, start, end):
                continue
            pending = person is demo and i == demo_pending
            batch.append(_review(ctx, cycle, person, templates[person[1]], data, users, latest, pending))
            if len(batch) >= BATCH:
                await insert_models(Review, COLUMNS, batch)
                batch = []
        ctx.progress.update("reviews", i + 1, MONTHS)
    await insert_models(Review, COLUMNS, batch)

