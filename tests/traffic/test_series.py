"""trafficSeries, trafficLeaderboard and Employee.trafficSummary: buckets in company time, and who sees what."""

from datetime import date, datetime, timezone
from decimal import Decimal

from backend.graph.base import to_global_id
from backend.models.traffic import Platform, PlatformAccount, TeamTrafficDay, TrafficDay
from tests.factories import error_codes, gql, gql_counting_sql, make_employee, make_partner, make_user, partner_token, token_for
from tests.roles import build_world
from tests.traffic.test_rollups import INGEST, stream

SERIES = """query($subject: TrafficSubjectInput!, $from: Date!, $to: Date!, $bucket: TrafficBucket!, $metrics: [TrafficMetric!]!) {
  trafficSeries(subject: $subject, from: $from, to: $to, bucket: $bucket, metrics: $metrics) {
    bucket timestamps metrics { metric values } } }"""
SUMMARY = """query($id: ID!, $from: Date!, $to: Date!) { employee(id: $id) { employeeNo
  trafficSummary(period: {from: $from, to: $to}) { liveDays effectiveDays liveHours viewerHours newFollowers giftRevenue
    giftRevenuePerViewerHour interactionsPerViewerHour } } }"""
BOARD = """query($from: Date!, $to: Date!, $by: TrafficSubjectKind!, $metric: TrafficMetric!) {
  trafficLeaderboard(from: $from, to: $to, by: $by, metric: $metric) { rank value host { employeeNo } team { name } } }"""
NOV = {"from": "2026-11-01", "to": "2026-11-30"}


def host(e) -> dict:
    return {"hostId": to_global_id("Employee", e.id)}


def team(t_id: int) -> dict:
    return {"teamId": to_global_id("Team", t_id)}


async def series(client, token, subject, bucket="DAY", metrics=("GIFT_REVENUE",), **period) -> dict:
    variables = {"subject": subject, "bucket": bucket, "metrics": list(metrics), **NOV, **period}
    return await gql(client, SERIES, variables, token=token)


async def _day(account, employee, day: date, gifts: str, minutes: int = 180, viewer_minutes: int = 60_000) -> None:
    await TrafficDay.create(account=account, day=day, host_id=employee.id, team_id=employee.team_id, sessions=1,
                            live_minutes=minutes, peak_viewers=800, viewer_minutes=viewer_minutes, new_followers=12,
                            followers_end=5000, gift_revenue=Decimal(gifts), gmv=Decimal("0.00"), orders=0,
                            interactions=3000)


async def _team_day(team_id: int, day: date, gifts: str) -> None:
    await TeamTrafficDay.create(team_id=team_id, day=day, hosts=1, effective_days=1, live_minutes=180, peak_viewers=800,
                                viewer_minutes=60_000, new_followers=12, gift_revenue=Decimal(gifts), gmv=Decimal("0"),
                                orders=0, interactions=3000)


async def _traffic_world():
    """Team A: H1 (one account). Team B: H2 with two accounts, one linked to a partner with traffic:read."""
    world = await build_world()
    partner = await make_partner([world.h2], scopes=("employees:read", "traffic:read", "traffic:write"))
    a1 = await PlatformAccount.create(host=world.h1, platform=Platform.DOUYIN, handle="@h1", external_id="1")
    linked = await PlatformAccount.create(host=world.h2, platform=Platform.DOUYIN, handle="@h2", external_id="2",
                                          partner_client=partner)
    other = await PlatformAccount.create(host=world.h2, platform=Platform.KUAISHOU, handle="@h2b", external_id="3")
    await _day(a1, world.h1, date(2026, 11, 3), "100.00")
    await _day(linked, world.h2, date(2026, 11, 3), "70.00")
    await _day(other, world.h2, date(2026, 11, 4), "30.00", minutes=60)
    await _team_day(world.h1.team_id, date(2026, 11, 3), "100.00")
    await _team_day(world.h2.team_id, date(2026, 11, 3), "70.00")
    await _team_day(world.h2.team_id, date(2026, 11, 4), "30.00")
    world.tokens["partner"] = partner_token(partner, "employees:read traffic:read")
    return world


def values(result: dict, metric: str = "GIFT_REVENUE") -> list:
    return next(m["values"] for m in result["data"]["trafficSeries"]["metrics"] if m["metric"] == metric)


async def test_days_start_at_midnight_in_shanghai_while_storage_is_utc(client):
    world = await _traffic_world()
    partner = await make_partner([world.h1], scopes=("traffic:write",))
    account = await PlatformAccount.get(host_id=world.h1.id)
    account.partner_client = partner
    await account.save()
    await TrafficDay.all().delete()
    # 23:30 and 00:30 Shanghai time on either side of the local midnight of 2026-11-10 (16:00 UTC).
    before = stream(account, datetime(2026, 11, 9, 15, 30, tzinfo=timezone.utc), 5)
    after = stream(account, datetime(2026, 11, 9, 16, 30, tzinfo=timezone.utc), 3)
    assert (await gql(client, INGEST, {"samples": before + after}, token=partner_token(partner, "traffic:write")))[
        "data"]["trafficIngest"]["accepted"] == 8
    result = await series(client, world.tokens["hr_manager"], host(world.h1), metrics=["GIFT_REVENUE", "LIVE_HOURS"],
                          **{"from": "2026-11-09", "to": "2026-11-10"})
    assert result["data"]["trafficSeries"]["timestamps"] == ["2026-11-09T00:00:00+08:00", "2026-11-10T00:00:00+08:00"]
    assert values(result) == ["5.00", "3.00"]
    assert values(result, "LIVE_HOURS") == ["0.08", "0.05"]


async def test_hourly_buckets_add_what_each_minute_grew(client):
    world = await _traffic_world()
    partner = await make_partner([world.h1], scopes=("traffic:write",))
    account = await PlatformAccount.get(host_id=world.h1.id)
    account.partner_client = partner
    await account.save()
    start = datetime(2026, 11, 9, 12, 50, tzinfo=timezone.utc)  # 20:50 local, over the 21:00 boundary
    await gql(client, INGEST, {"samples": stream(account, start, 20)}, token=partner_token(partner, "traffic:write"))
    result = await series(client, world.tokens["hr_manager"], host(world.h1), bucket="HOUR",
                          metrics=["GIFT_REVENUE", "VIEWER_HOURS", "NEW_FOLLOWERS"], **{"from": "2026-11-09", "to": "2026-11-09"})
    timestamps = result["data"]["trafficSeries"]["timestamps"]
    assert len(timestamps) == 24 and timestamps[20] == "2026-11-09T20:00:00+08:00"
    assert values(result)[20:22] == ["10.00", "10.00"]  # cumulative 1..20 yuan, split at 21:00
    assert values(result, "NEW_FOLLOWERS")[20:22] == ["9", "10"]
    assert sum(Decimal(v) for v in values(result)) == Decimal("20.00")


async def test_weeks_start_on_monday_and_months_on_the_first(client):
    world = await _traffic_world()
    weeks = await series(client, world.tokens["admin"], team(world.h2.team_id), bucket="WEEK")
    assert weeks["data"]["trafficSeries"]["timestamps"][:2] == ["2026-10-26T00:00:00+08:00", "2026-11-02T00:00:00+08:00"]
    assert values(weeks)[:2] == ["0.00", "100.00"]
    months = await series(client, world.tokens["admin"], team(world.h2.team_id), bucket="MONTH")
    assert (months["data"]["trafficSeries"]["timestamps"], values(months)) == (["2026-11-01T00:00:00+08:00"], ["100.00"])


async def test_ratios_divide_sums_and_are_null_without_viewers(client):
    world = await _traffic_world()
    result = await series(client, world.tokens["admin"], host(world.h2), metrics=["GIFT_REVENUE_PER_VIEWER_HOUR"],
                          **{"from": "2026-11-02", "to": "2026-11-04"})
    assert values(result, "GIFT_REVENUE_PER_VIEWER_HOUR") == [None, "0.07", "0.03"]  # 1,000 viewer-hours each day


async def test_ranges_are_bounded_per_bucket(client):
    world = await _traffic_world()
    result = await series(client, world.tokens["admin"], host(world.h1), bucket="HOUR", **{"from": "2026-11-01", "to": "2026-11-08"})
    assert error_codes(result) == ["BAD_USER_INPUT"] and result["errors"][0]["extensions"]["field"] == "to"
    backwards = await series(client, world.tokens["admin"], host(world.h1), **{"from": "2026-11-02", "to": "2026-11-01"})
    assert error_codes(backwards) == ["BAD_USER_INPUT"]
    two = await series(client, world.tokens["admin"], {**host(world.h1), **team(world.h1.team_id)})
    assert error_codes(two) == ["BAD_USER_INPUT"]


async def test_a_team_lead_sees_their_team_and_hosts_but_not_another_team_or_a_department(client):
    world = await _traffic_world()
    token = world.tokens["team_lead"]
    assert values(await series(client, token, team(world.h1.team_id)))[2] == "100.00"
    assert values(await series(client, token, host(world.h1)))[2] == "100.00"
    assert error_codes(await series(client, token, team(world.h2.team_id))) == ["NOT_FOUND"]
    assert error_codes(await series(client, token, host(world.h2))) == ["NOT_FOUND"]
    department = {"departmentId": to_global_id("Department", (await world.h1.team).department_id)}
    assert error_codes(await series(client, token, department)) == ["NOT_FOUND"]


async def test_an_employee_sees_their_own_traffic_only(client):
    world = await _traffic_world()
    token = world.tokens["employee"]
    assert values(await series(client, token, host(world.h1)))[2] == "100.00"
    assert error_codes(await series(client, token, host(world.h2))) == ["NOT_FOUND"]
    assert error_codes(await series(client, token, team(world.h1.team_id))) == ["NOT_FOUND"]


async def test_a_partner_sees_only_its_linked_account_of_a_host_and_no_team_totals(client):
    world = await _traffic_world()
    token = world.tokens["partner"]
    assert values(await series(client, token, host(world.h2)))[2:4] == ["70.00", "0.00"]  # not the Kuaishou account
    assert error_codes(await series(client, token, team(world.h2.team_id))) == ["NOT_FOUND"]
    assert error_codes(await series(client, token, host(world.h1))) == ["NOT_FOUND"]
    summary = await gql(client, SUMMARY, {"id": to_global_id("Employee", world.h2.id), **NOV}, token=token)
    assert summary["data"]["employee"]["trafficSummary"]["giftRevenue"] == "70.00"


async def test_a_recruiter_has_no_traffic_at_all(client):
    world = await _traffic_world()
    token = world.tokens["recruiter"]
    assert error_codes(await series(client, token, host(world.h1))) == ["FORBIDDEN"]
    summary = await gql(client, SUMMARY, {"id": to_global_id("Employee", world.h1.id), **NOV}, token=token)
    assert summary["data"]["employee"]["trafficSummary"] is None and error_codes(summary) == ["FORBIDDEN"]


async def test_the_summary_adds_a_hosts_accounts_and_derives_ratios_from_sums(client):
    world = await _traffic_world()
    summary = (await gql(client, SUMMARY, {"id": to_global_id("Employee", world.h2.id), **NOV},
                         token=world.tokens["finance"]))["data"]["employee"]["trafficSummary"]
    assert summary == {"liveDays": 2, "effectiveDays": 1, "liveHours": "4.00", "viewerHours": "2000.00",
                       "newFollowers": 24, "giftRevenue": "100.00", "giftRevenuePerViewerHour": "0.05",
                       "interactionsPerViewerHour": "3.00"}


async def test_leaderboards_rank_what_the_viewer_may_see(client):
    world = await _traffic_world()
    variables = {**NOV, "by": "HOST", "metric": "GIFT_REVENUE"}
    board = (await gql(client, BOARD, variables, token=world.tokens["hr_manager"]))["data"]["trafficLeaderboard"]
    assert [(r["rank"], r["host"]["employeeNo"], r["value"]) for r in board] == [(1, "H1", "100.00"), (2, "H2", "100.00")]
    lead = (await gql(client, BOARD, variables, token=world.tokens["team_lead"]))["data"]["trafficLeaderboard"]
    assert [r["host"]["employeeNo"] for r in lead] == ["H1"]
    teams = (await gql(client, BOARD, {**variables, "by": "TEAM", "metric": "LIVE_HOURS"}, token=world.tokens["admin"]))
    assert [(r["team"]["name"], r["value"]) for r in teams["data"]["trafficLeaderboard"]] == [("Team B", "4.00"), ("Team A", "3.00")]
    partner = await gql(client, BOARD, {**variables, "by": "TEAM"}, token=world.tokens["partner"])
    assert error_codes(partner) == ["NOT_FOUND"]


async def _page_statements(client, token) -> tuple[dict, int]:
    page = """query($from: Date!, $to: Date!) { employees(first: 50) { edges { node { employeeNo
      trafficSummary(period: {from: $from, to: $to}) { giftRevenue liveDays } } } } }"""
    result, statements = await gql_counting_sql(client, page, NOV, token=token)
    return {e["node"]["employeeNo"]: e["node"]["trafficSummary"]["giftRevenue"] for e in result["data"]["employees"]["edges"]}, \
        statements


async def test_summaries_on_a_list_page_are_batched_whatever_its_length(client):
    world = await _traffic_world()
    token = token_for(await make_user("hr_manager"))
    got, few = await _page_statements(client, token)
    assert (got["H1"], got["H2"], got["S"]) == ("100.00", "100.00", "0.00")
    for _ in range(20):
        await make_employee(await world.h1.team)
    got, many = await _page_statements(client, token)
    assert len(got) == 24 and many == few


async def test_one_hosts_days_do_not_leak_into_anothers_series(client):
    world = await _traffic_world()
    result = await series(client, world.tokens["admin"], host(world.h1), **{"from": "2026-11-03", "to": "2026-11-04"})
    assert values(result) == ["100.00", "0.00"]
