"""What the performance tests share: the roles' world with host positions, traffic days, documents."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from backend.graph.base import to_global_id
from backend.models.org import Position
from backend.models.performance import Review, ReviewCycle
from backend.models.traffic import Platform, PlatformAccount, TrafficDay
from tests.factories import gql, make_position
from tests.roles import World, build_world

SAVE = """mutation($input: KpiTemplateSaveInput!) { kpiTemplateSave(input: $input) {
  template { id name position { title } indicators { name source weight target curve { kind capPercent floorPercent } } }
  errors { field code message } } }"""
OPEN = """mutation($input: ReviewCycleOpenInput!) { reviewCycleOpen(input: $input) {
  cycle { id name kind periodStart periodEnd status } errors { field code message } } }"""
ADVANCE = """mutation($id: ID!) { reviewCycleAdvance(input: {id: $id}) { cycle { status } errors { field code message } } }"""
RECOMPUTE = """mutation($id: ID!) { reviewCycleRecompute(input: {id: $id}) { cycle { status } changed
  errors { field code message } } }"""
RATE = """mutation($input: ReviewRateInput!) { reviewRate(input: $input) {
  review { score weighted managerRating managerComment waitingFor } errors { field code message } } }"""
CALIBRATE = """mutation($input: ReviewCalibrateInput!) { reviewCalibrate(input: $input) {
  review { score weighted calibration { points applied reason explanation } } errors { field code message } } }"""
ACKNOWLEDGE = """mutation($id: ID!) { reviewAcknowledge(input: {id: $id}) { review { acknowledgedAt }
  errors { field code message } } }"""
REVIEWS = """query($filter: ReviewFilter) { reviews(first: 50, filter: $filter) { totalCount edges { node {
  id score weighted managerRating managerComment waitingFor unscoredReason acknowledgedAt templateName
  employee { employeeNo } cycle { name status }
  indicators { name source weight }
  lines { indicator source actual score weight contribution explanation } } } } }"""

NOVEMBER = date(2026, 11, 1)
TODAY = date(2026, 12, 2)


@dataclass
class HostWorld(World):
    host: Position
    lead_position: Position


async def host_world() -> HostWorld:
    """The roles' world (lead L and host H1 in team A, host H2 in team B, HR staffer S), with H1 and
    H2 in a host position and L in a lead position."""
    world = await build_world()
    host, lead = await make_position(title="主播 Host", is_host_role=True), await make_position(title="组长 Lead")
    for employee, position in ((world.h1, host), (world.h2, host), (world.lead, lead)):
        employee.position_id = position.id
        await employee.save()
    return HostWorld(**vars(world), host=host, lead_position=lead)


def indicators(followers: str = "40", gmv: str = "30", hours: str = "20", rating: str | None = "10") -> list[dict]:
    found = [
        {"name": "涨粉 Follower growth", "source": "TRAFFIC_FOLLOWER_GROWTH", "weight": followers, "target": "1000",
         "curve": {"capPercent": "120", "floorPercent": "50"}},
        {"name": "GMV", "source": "TRAFFIC_GMV", "weight": gmv, "target": "100000",
         "curve": {"capPercent": "120", "floorPercent": "60"}},
        {"name": "有效时长 Effective hours", "source": "TRAFFIC_EFFECTIVE_HOURS", "weight": hours, "target": "60"},
    ]
    if rating is not None:
        found.append({"name": "主管评分 Manager rating", "source": "MANAGER_RATING", "weight": rating})
    return found


async def save(client, token: str, position: Position, items: list[dict], name: str = "主播 KPI") -> dict:
    result = await gql(client, SAVE, {"input": {"positionId": to_global_id("Position", position.id), "name": name,
                                                "indicators": items}}, token=token)
    return result["data"]["kpiTemplateSave"] if result.get("data") else result


async def open_cycle(client, token: str, start: date = NOVEMBER, kind: str = "MONTHLY", name: str = "2026-11") -> dict:
    result = await gql(client, OPEN, {"input": {"name": name, "kind": kind, "periodStart": start.isoformat()}}, token=token)
    return result["data"]["reviewCycleOpen"] if result.get("data") else result


_accounts: dict[int, PlatformAccount] = {}


async def streamed(employee, day: date, *, minutes: int = 180, followers: int = 0, gmv: str = "0.00",
                   interactions: int = 0, viewer_minutes: int = 0, account: PlatformAccount | None = None) -> PlatformAccount:
    """One account-day of traffic rolled up for the employee."""
    if account is None:
        account = await PlatformAccount.filter(host_id=employee.id).first() or await PlatformAccount.create(
            host_id=employee.id, platform=Platform.DOUYIN, handle=f"h{employee.id}", external_id=f"dy-{employee.id}")
    await TrafficDay.create(account=account, day=day, host_id=employee.id, team_id=employee.team_id, sessions=1,
                            live_minutes=minutes, peak_viewers=100, viewer_minutes=viewer_minutes, new_followers=followers,
                            followers_end=10_000, gift_revenue=Decimal("0.00"), gmv=Decimal(gmv), orders=0,
                            interactions=interactions)
    return account


def review_id(review: Review) -> str:
    return to_global_id("Review", review.id)


def cycle_id(cycle: ReviewCycle) -> str:
    return to_global_id("ReviewCycle", cycle.id)


async def reviews_of(client, token: str, **filter) -> dict[str, dict]:
    """employeeNo -> review node, of what the token sees."""
    result = await gql(client, REVIEWS, {"filter": filter or None}, token=token)
    assert "errors" not in result, result["errors"]
    return {e["node"]["employee"]["employeeNo"]: e["node"] for e in result["data"]["reviews"]["edges"]}


async def snapshot() -> list:
    """What any performance mutation could change."""
    from backend.models.performance import KpiTemplate

    return [sorted((t.position_id, t.name, str(t.indicators)) for t in await KpiTemplate.all()),
            sorted(await ReviewCycle.all().values_list("id", "status")),
            sorted(await Review.all().values_list("id", "score", "weighted", "manager_rating", "manager_comment",
                                                  "calibration_points", "acknowledged_at")),
            sorted(str(r) for r in await Review.all().values_list("actuals", "lines"))]
