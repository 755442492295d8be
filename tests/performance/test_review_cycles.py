"""A review cycle through the graph: opened from templates and traffic rollups, rated, recomputed,
calibrated, moved on, acknowledged; every refused change changes nothing."""

from datetime import date

from backend.models.performance import CycleStatus, Review, ReviewCycle
from backend.models.traffic import Platform, PlatformAccount
from tests.factories import gql, make_employee
from tests.performance.helpers import (
    ADVANCE, ACKNOWLEDGE, CALIBRATE, RATE, RECOMPUTE, cycle_id, host_world, indicators, open_cycle, review_id,
    reviews_of, save, snapshot, streamed,
)


async def _november_traffic(world) -> None:
    await streamed(world.h1, date(2026, 11, 3), minutes=180, followers=500, gmv="40000.00", interactions=6000,
                   viewer_minutes=30000)
    await streamed(world.h1, date(2026, 11, 4), minutes=90, followers=300, gmv="30000.50", viewer_minutes=6000)
    await streamed(world.h1, date(2026, 11, 5), minutes=150, followers=-50, interactions=1200, viewer_minutes=12000)
    for outside in (date(2026, 10, 31), date(2026, 12, 1)):  # the days either side of the period
        await streamed(world.h1, outside, minutes=600, followers=10000, gmv="99999.00")


async def _opened(client, world, **kw) -> ReviewCycle:
    assert (await save(client, world.tokens["hr_manager"], world.host, indicators()))["errors"] == []
    opened = await open_cycle(client, world.tokens["hr_manager"], **kw)
    assert opened["errors"] == [], opened
    return await ReviewCycle.all().order_by("-id").first()


async def _rate(client, token, review: Review, rating="4", comment="稳定 Steady") -> dict:
    result = await gql(client, RATE, {"input": {"id": review_id(review), "rating": rating, "comment": comment}}, token=token)
    return result["data"]["reviewRate"] if result.get("data") else result


async def _review(world, who) -> Review:
    return await Review.get(employee_id=who.id)


async def test_a_cycle_scores_each_host_from_the_traffic_rollups_and_waits_for_the_rating(client):
    world = await host_world()
    await _november_traffic(world)
    await _opened(client, world)
    seen = await reviews_of(client, world.tokens["hr_manager"])
    assert set(seen) == {"H1", "H2"}  # the lead's position has no template; the HR staffer has no position
    h1 = seen["H1"]
    assert (h1["score"], h1["waitingFor"], h1["unscoredReason"]) == (None, ["MANAGER_RATING"], "waiting for a manager rating")
    assert h1["cycle"] == {"name": "2026-11", "status": "OPEN"}
    stored = await _review(world, world.h1)
    # November only; effective hours count the 180- and 150-minute days, not the 90-minute one.
    assert stored.actuals == {"traffic.follower_growth": "750", "traffic.gmv": "70000.50", "traffic.effective_hours": "5.50"}
    rated = await _rate(client, world.tokens["team_lead"], stored)
    assert rated["errors"] == [] and rated["review"]["waitingFor"] == []
    assert (rated["review"]["weighted"], rated["review"]["score"]) == ("60.34", "60.34")
    lines = (await reviews_of(client, world.tokens["hr_manager"]))["H1"]["lines"]
    assert [(line["source"], line["actual"], line["score"], line["contribution"]) for line in lines] == [
        ("TRAFFIC_FOLLOWER_GROWTH", "750", "75.0", "30.00"), ("TRAFFIC_GMV", "70000.50", "70.0", "21.00"),
        ("TRAFFIC_EFFECTIVE_HOURS", "5.50", "9.2", "1.84"), ("MANAGER_RATING", "4", "75.0", "7.50")]
    assert lines[0]["explanation"] == "follower growth 750 of target 1,000 -> 75.0 x 40% = 30.00"
    assert lines[3]["explanation"] == "manager rating 4 of 5 -> (4 - 1) x 25 = 75.0 x 10% = 7.50"
    h2 = await _review(world, world.h2)
    assert h2.actuals == {"traffic.follower_growth": "0", "traffic.gmv": "0.00", "traffic.effective_hours": "0.00"}


async def test_an_effective_day_is_the_hosts_day_across_accounts_as_for_pay(client):
    world = await host_world()
    douyin = await streamed(world.h1, date(2026, 11, 3), minutes=90)
    kuaishou = await PlatformAccount.create(host_id=world.h1.id, platform=Platform.KUAISHOU, handle="h1-ks", external_id="ks-h1")
    await streamed(world.h1, date(2026, 11, 3), minutes=60, account=kuaishou)  # 150 minutes that day: effective
    await streamed(world.h1, date(2026, 11, 4), minutes=100, account=douyin)  # 100 minutes alone: not
    await _opened(client, world)
    assert (await _review(world, world.h1)).actuals["traffic.effective_hours"] == "2.50"


async def test_interaction_rate_is_interactions_per_viewer_hour(client):
    world = await host_world()
    await streamed(world.h1, date(2026, 11, 3), interactions=6000, viewer_minutes=30000)
    await streamed(world.h1, date(2026, 11, 4), interactions=1200, viewer_minutes=18000)
    rate = [{"name": "互动率 Interaction rate", "source": "TRAFFIC_INTERACTION_RATE", "weight": "100", "target": "20"}]
    assert (await save(client, world.tokens["hr_manager"], world.host, rate))["errors"] == []
    assert (await open_cycle(client, world.tokens["hr_manager"]))["errors"] == []
    seen = await reviews_of(client, world.tokens["hr_manager"])
    assert seen["H1"]["lines"][0]["actual"] == "9.00" and seen["H1"]["score"] == "45.00"  # 7200 x 60 / 48000
    assert seen["H1"]["lines"][0]["explanation"] == (
        "interaction rate 9 per viewer-hour of target 20 per viewer-hour -> 45.0 x 100% = 45.00")
    assert seen["H2"]["lines"][0]["actual"] == "0.00" and seen["H2"]["score"] == "0.00"  # nobody watched


async def test_the_curve_at_its_floor_and_cap_through_the_api(client):
    world = await host_world()
    gmv = [{"name": "GMV", "source": "TRAFFIC_GMV", "weight": "100", "target": "100000",
            "curve": {"capPercent": "120", "floorPercent": "60"}}]
    assert (await save(client, world.tokens["hr_manager"], world.host, gmv))["errors"] == []
    hosts = {"H1": "59999.99", "H2": "60000.00"}
    for no, amount in (("C1", "120000.00"), ("C2", "150000.00")):
        hosts[no] = amount
        await make_employee(None, employee_no=no, position_id=world.host.id)
    from backend.models.employees import Employee

    for no, amount in hosts.items():
        await streamed(await Employee.get(employee_no=no), date(2026, 11, 10), gmv=amount)
    assert (await open_cycle(client, world.tokens["hr_manager"]))["errors"] == []
    seen = await reviews_of(client, world.tokens["hr_manager"])
    assert {no: seen[no]["score"] for no in hosts} == {"H1": "0.00", "H2": "60.00", "C1": "120.00", "C2": "120.00"}
    assert "below the floor 60,000" in seen["H1"]["lines"][0]["explanation"]
    assert seen["C2"]["lines"][0]["explanation"] == "GMV 150,000 of target 100,000 -> 150.0 capped at 120.0 x 100% = 120.00"


async def test_who_is_reviewed_follows_hire_and_exit_dates(client):
    world = await host_world()
    people = {"GONE": dict(left_on=date(2026, 10, 31)), "LEAVING": dict(left_on=date(2026, 11, 15)),
              "LATE": dict(hired_on=date(2026, 12, 1)), "LAST_DAY": dict(hired_on=date(2026, 11, 30))}
    for no, dates in people.items():
        await make_employee(None, employee_no=no, position_id=world.host.id, **dates)
    await _opened(client, world)
    assert set(await reviews_of(client, world.tokens["hr_manager"])) == {"H1", "H2", "LEAVING", "LAST_DAY"}


async def test_a_period_starts_on_a_month_or_quarter_and_is_refused_otherwise(client):
    world = await host_world()
    token = world.tokens["hr_manager"]
    await save(client, token, world.host, indicators())
    assert (await open_cycle(client, token, start=date(2026, 11, 2)))["errors"][0]["field"] == "periodStart"
    assert (await open_cycle(client, token, kind="QUARTERLY"))["errors"][0]["code"] == "INVALID"
    assert (await open_cycle(client, token, start=date(2099, 1, 1)))["errors"][0]["code"] == "INVALID"
    assert await ReviewCycle.all().count() == 0 and await Review.all().count() == 0
    quarter = await open_cycle(client, token, start=date(2026, 7, 1), kind="QUARTERLY", name="2026 Q3")
    assert (quarter["cycle"]["periodStart"], quarter["cycle"]["periodEnd"]) == ("2026-07-01", "2026-09-30")
    month = await open_cycle(client, token)
    assert (month["cycle"]["periodEnd"], month["cycle"]["kind"]) == ("2026-11-30", "MONTHLY")
    before = await snapshot()
    again = await open_cycle(client, token, name="again")
    assert again["errors"][0]["code"] == "DUPLICATE" and await snapshot() == before


async def test_the_status_moves_open_calibration_closed_only_when_every_review_is_scored(client):
    world = await host_world()
    cycle = await _opened(client, world)
    hr = world.tokens["hr_manager"]
    before = await snapshot()
    waiting = (await gql(client, ADVANCE, {"id": cycle_id(cycle)}, token=hr))["data"]["reviewCycleAdvance"]
    assert waiting["errors"][0]["code"] == "UNSCORED"
    assert waiting["errors"][0]["message"].startswith("2 reviews still have no score (2 waiting for a manager rating)")
    assert await snapshot() == before
    await _rate(client, world.tokens["team_lead"], await _review(world, world.h1))
    await _rate(client, hr, await _review(world, world.h2), rating="2.5")
    moved = (await gql(client, ADVANCE, {"id": cycle_id(cycle)}, token=hr))["data"]["reviewCycleAdvance"]
    assert moved == {"cycle": {"status": "CALIBRATION"}, "errors": []}
    before = await snapshot()
    late = await _rate(client, world.tokens["team_lead"], await _review(world, world.h1), rating="5")
    assert late["errors"][0]["code"] == "WRONG_STATUS" and await snapshot() == before
    closed = (await gql(client, ADVANCE, {"id": cycle_id(cycle)}, token=hr))["data"]["reviewCycleAdvance"]
    assert closed["cycle"]["status"] == "CLOSED"
    again = (await gql(client, ADVANCE, {"id": cycle_id(cycle)}, token=hr))["data"]["reviewCycleAdvance"]
    assert again["errors"][0]["code"] == "WRONG_STATUS"


async def test_closing_is_refused_naming_how_many_reviews_are_unscored(client):
    world = await host_world()
    cycle = await _opened(client, world)
    # A review whose attendance indicator has no data: no attendance summary for the month yet.
    review = await _review(world, world.h2)
    review.indicators = [*review.indicators, {"name": "出勤", "source": "attendance", "weight": "0", "target": "95"}]
    await review.save()
    await ReviewCycle.filter(id=cycle.id).update(status=CycleStatus.CALIBRATION)
    before = await snapshot()
    refused = (await gql(client, ADVANCE, {"id": cycle_id(cycle)}, token=world.tokens["hr_manager"]))["data"]["reviewCycleAdvance"]
    assert refused["errors"][0]["code"] == "UNSCORED"
    assert refused["errors"][0]["message"].startswith("2 reviews still have no score")
    assert await snapshot() == before
    seen = await reviews_of(client, world.tokens["hr_manager"])
    assert seen["H2"]["unscoredReason"] == "no data for attendance yet; waiting for a manager rating"


async def test_a_rating_is_1_to_5_in_halves_and_only_on_a_template_that_has_one(client):
    world = await host_world()
    await _opened(client, world)
    review = await _review(world, world.h1)
    before = await snapshot()
    for bad in ("0.5", "5.5", "3.3"):
        refused = await _rate(client, world.tokens["team_lead"], review, rating=bad)
        assert refused["errors"][0]["field"] == "rating" and refused["errors"][0]["code"] == "INVALID"
    assert await snapshot() == before
    rated = await _rate(client, world.tokens["team_lead"], review, rating="1.5", comment="需提升 Needs work")
    assert (rated["review"]["managerRating"], rated["review"]["managerComment"]) == ("1.5", "需提升 Needs work")
    kept = await gql(client, RATE, {"input": {"id": review_id(review), "comment": "更新 Updated"}}, token=world.tokens["team_lead"])
    assert kept["data"]["reviewRate"]["review"]["managerRating"] == "1.5"


async def test_recompute_takes_in_late_data_and_keeps_the_rating(client):
    world = await host_world()
    cycle = await _opened(client, world)
    await _rate(client, world.tokens["team_lead"], await _review(world, world.h1))
    before = (await _review(world, world.h1)).score
    await streamed(world.h1, date(2026, 11, 20), minutes=240, followers=600, gmv="50000.00")
    done = (await gql(client, RECOMPUTE, {"id": cycle_id(cycle)}, token=world.tokens["hr_manager"]))["data"]["reviewCycleRecompute"]
    assert done == {"cycle": {"status": "OPEN"}, "changed": 1, "errors": []}  # H2 had nothing new
    after = await _review(world, world.h1)
    assert after.manager_rating == 4 and after.score > before
    assert after.actuals["traffic.follower_growth"] == "600" and after.actuals["manager_rating"] == "4"


async def test_calibration_is_within_ten_points_with_a_reason_and_only_in_calibration(client):
    world = await host_world()
    cycle = await _opened(client, world)
    hr = world.tokens["hr_manager"]
    h1, h2 = await _review(world, world.h1), await _review(world, world.h2)
    await _rate(client, world.tokens["team_lead"], h1)
    await _rate(client, hr, h2, rating="1.5")  # 12.5 x 10% = 1.25, and no traffic
    calibrate = lambda review, points, reason="对齐 Aligned with peers": gql(  # noqa: E731
        client, CALIBRATE, {"input": {"id": review_id(review), "points": points, "reason": reason}}, token=hr)
    assert (await calibrate(h1, "2"))["data"]["reviewCalibrate"]["errors"][0]["code"] == "WRONG_STATUS"
    await gql(client, ADVANCE, {"id": cycle_id(cycle)}, token=hr)
    before = await snapshot()
    assert (await calibrate(h1, "10.01"))["data"]["reviewCalibrate"]["errors"][0]["code"] == "CALIBRATION_LIMIT"
    assert (await calibrate(h1, "-10.5"))["data"]["reviewCalibrate"]["errors"][0]["code"] == "CALIBRATION_LIMIT"
    assert (await calibrate(h1, "2.001"))["data"]["reviewCalibrate"]["errors"][0]["field"] == "points"
    assert (await calibrate(h1, "2", reason=" "))["data"]["reviewCalibrate"]["errors"][0] == {
        "field": "reason", "code": "REQUIRED", "message": "A calibration needs a reason (it is shown to the employee)."}
    assert await snapshot() == before
    up = (await calibrate(h1, "10"))["data"]["reviewCalibrate"]["review"]
    assert (up["weighted"], up["score"], up["calibration"]["applied"]) == ("7.50", "17.50", "10.00")  # no traffic: the rating's 7.50
    down = (await calibrate(h2, "-10"))["data"]["reviewCalibrate"]["review"]
    assert (down["weighted"], down["score"], down["calibration"]["applied"]) == ("1.25", "0.00", "-1.25")
    assert "a score does not go below 0" in down["calibration"]["explanation"]


async def test_a_weight_change_affects_cycles_opened_afterwards_only(client):
    world = await host_world()
    await _november_traffic(world)
    november = await _opened(client, world)
    await _rate(client, world.tokens["team_lead"], await _review(world, world.h1))
    changed = await save(client, world.tokens["hr_manager"], world.host, indicators(followers="10", gmv="60"))
    assert changed["errors"] == []
    await gql(client, RECOMPUTE, {"id": cycle_id(november)}, token=world.tokens["hr_manager"])
    kept = await Review.get(employee_id=world.h1.id, cycle_id=november.id)
    assert [i["weight"] for i in kept.indicators] == ["40", "30", "20", "10"] and str(kept.score) == "60.34"
    assert (await open_cycle(client, world.tokens["hr_manager"], start=date(2026, 10, 1), name="2026-10"))["errors"] == []
    october = await Review.filter(employee_id=world.h1.id).exclude(cycle_id=november.id).get()
    assert [i["weight"] for i in october.indicators] == ["10", "60", "20", "10"]


async def _closed(client, world) -> ReviewCycle:
    cycle = await _opened(client, world)
    await _rate(client, world.tokens["team_lead"], await _review(world, world.h1))
    await _rate(client, world.tokens["hr_manager"], await _review(world, world.h2))
    for _ in range(2):
        assert (await gql(client, ADVANCE, {"id": cycle_id(cycle)}, token=world.tokens["hr_manager"]))["data"][
            "reviewCycleAdvance"]["errors"] == []
    return cycle


async def test_the_employee_acknowledges_their_own_closed_review_once(client):
    world = await host_world()
    cycle = await _opened(client, world)
    own, other = await _review(world, world.h1), await _review(world, world.h2)
    ack = lambda review, role: gql(client, ACKNOWLEDGE, {"id": review_id(review)}, token=world.tokens[role])  # noqa: E731
    early = (await ack(own, "employee"))["data"]["reviewAcknowledge"]
    assert early["errors"][0]["code"] == "WRONG_STATUS"
    await ReviewCycle.filter(id=cycle.id).delete()
    await _closed(client, world)
    own, other = await _review(world, world.h1), await _review(world, world.h2)
    before = await snapshot()
    assert (await ack(own, "hr_manager"))["data"]["reviewAcknowledge"]["errors"][0]["code"] == "FORBIDDEN"
    assert (await ack(own, "team_lead"))["data"]["reviewAcknowledge"]["errors"][0]["code"] == "FORBIDDEN"
    assert (await ack(other, "employee"))["data"]["reviewAcknowledge"]["errors"][0]["code"] == "NOT_FOUND"
    assert await snapshot() == before
    done = (await ack(own, "employee"))["data"]["reviewAcknowledge"]
    assert done["errors"] == [] and done["review"]["acknowledgedAt"]
    before = await snapshot()
    twice = (await ack(own, "employee"))["data"]["reviewAcknowledge"]
    assert twice["errors"][0]["code"] == "ALREADY_ACKNOWLEDGED" and await snapshot() == before
