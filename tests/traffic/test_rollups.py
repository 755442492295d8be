"""Rollups: sessions, account days and team days follow the samples as they arrive."""

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from backend.graph.base import to_global_id
from backend.models.traffic import LiveSession, MetricSample, Platform, PlatformAccount, TeamTrafficDay, TrafficDay
from backend.resolvers.traffic.rollups import rebuild_since
from tests.factories import gql, make_employee, make_partner, make_team, partner_token

INGEST = """mutation($samples: [TrafficSampleInput!]!) { trafficIngest(input: {samples: $samples}) {
  accepted rejected { index field code message } } }"""
# 20:00 in Shanghai (UTC+8) on 2026-11-01: an evening stream that runs past local midnight.
EVENING = datetime(2026, 11, 1, 12, 0, tzinfo=timezone.utc)


def minute(account: PlatformAccount, at: datetime, viewers: int = 1000, followers: int = 5000, gifts: str = "0.00",
           gmv: str = "0.00", orders: int = 0, interactions: int = 0) -> dict:
    return {"accountId": to_global_id("PlatformAccount", account.id), "at": at.isoformat(), "onlineViewers": viewers,
            "followers": followers, "giftRevenue": gifts, "gmv": gmv, "orders": orders, "interactions": interactions}


def stream(account: PlatformAccount, start: datetime, minutes: int, **fixed) -> list[dict]:
    """A session's minutes with cumulative counters growing by one yuan of gifts and one follower a minute."""
    return [minute(account, start + timedelta(minutes=i), followers=5000 + i, gifts=f"{i + 1}.00",
                   interactions=10 * (i + 1), **fixed) for i in range(minutes)]


async def _world():
    team = await make_team()
    host = await make_employee(team=team)
    partner = await make_partner([host], scopes=("traffic:write", "traffic:read", "employees:read"))
    account = await PlatformAccount.create(host=host, platform=Platform.DOUYIN, handle="@mei", external_id="dy-1",
                                           partner_client=partner)
    return partner_token(partner, "traffic:write traffic:read employees:read"), team, host, account


async def test_a_stream_becomes_one_session_on_the_local_day_it_started(client):
    token, team, host, account = await _world()
    # 23:30 to 00:29 Shanghai time: one session, counted to the evening it started.
    late = EVENING + timedelta(hours=3, minutes=30)
    result = await gql(client, INGEST, {"samples": stream(account, late, 60)}, token=token)
    assert result["data"]["trafficIngest"]["accepted"] == 60
    (session,) = await LiveSession.all()
    assert (session.day, session.minutes, session.new_followers, session.gift_revenue) == (
        date(2026, 11, 1), 60, 59, Decimal("60.00"))
    (day,) = await TrafficDay.all()
    assert (day.day, day.host_id, day.team_id, day.live_minutes, day.viewer_minutes) == (
        date(2026, 11, 1), host.id, team.id, 60, 60_000)
    (team_day,) = await TeamTrafficDay.all()
    assert (team_day.team_id, team_day.hosts, team_day.gift_revenue) == (team.id, 1, Decimal("60.00"))


async def test_a_gap_longer_than_ten_minutes_starts_a_new_session(client):
    token, _, _, account = await _world()
    await gql(client, INGEST, {"samples": stream(account, EVENING, 30) + stream(account, EVENING + timedelta(minutes=41), 20)},
              token=token)
    assert [s.minutes for s in await LiveSession.all().order_by("started_at")] == [30, 20]
    (day,) = await TrafficDay.all()
    assert (day.sessions, day.live_minutes, day.gift_revenue) == (2, 50, Decimal("50.00"))


async def test_minutes_arriving_in_separate_calls_extend_and_bridge_sessions(client):
    token, _, _, account = await _world()
    samples = stream(account, EVENING, 90)
    await gql(client, INGEST, {"samples": samples[:30]}, token=token)
    await gql(client, INGEST, {"samples": samples[60:]}, token=token)
    assert await LiveSession.all().count() == 2
    await gql(client, INGEST, {"samples": samples[30:60]}, token=token)  # the missing half hour joins them
    (session,) = await LiveSession.all()
    assert (session.minutes, session.gift_revenue, session.interactions) == (90, Decimal("90.00"), 900)
    assert (await TrafficDay.get()).live_minutes == 90


async def test_a_correction_updates_the_session_and_both_day_rollups(client):
    token, _, _, account = await _world()
    samples = stream(account, EVENING, 10)
    await gql(client, INGEST, {"samples": samples}, token=token)
    corrected = {**samples[-1], "giftRevenue": "250.50", "gmv": "1999.99"}
    await gql(client, INGEST, {"samples": [corrected]}, token=token)
    assert (await LiveSession.get()).gift_revenue == Decimal("250.50")
    day = await TrafficDay.get()
    assert (day.gift_revenue, day.gmv) == (Decimal("250.50"), Decimal("1999.99"))
    assert (await TeamTrafficDay.get()).gift_revenue == Decimal("250.50")


async def test_re_sending_the_same_minutes_leaves_the_rollups_as_they_were(client):
    token, _, _, account = await _world()
    samples = stream(account, EVENING, 15)
    await gql(client, INGEST, {"samples": samples}, token=token)
    before = [(d.sessions, d.live_minutes, d.gift_revenue) for d in await TrafficDay.all()]
    await gql(client, INGEST, {"samples": samples}, token=token)
    assert [(d.sessions, d.live_minutes, d.gift_revenue) for d in await TrafficDay.all()] == before
    assert await LiveSession.all().count() == 1


async def test_two_hosts_of_one_team_add_up_in_the_team_day(client):
    token, team, host, account = await _world()
    other = await make_employee(team=team)
    second = await PlatformAccount.create(host=other, platform=Platform.KUAISHOU, handle="@li", external_id="ks-2",
                                          partner_client_id=account.partner_client_id)
    partner = await account.partner_client
    await partner.linked_hosts.add(other)
    await gql(client, INGEST, {"samples": stream(account, EVENING, 130) + stream(second, EVENING, 20)}, token=token)
    team_day = await TeamTrafficDay.get(team_id=team.id)
    # The effective-day bar is two hours: only the first host's 130 minutes pass it.
    assert (team_day.hosts, team_day.effective_days, team_day.live_minutes) == (2, 1, 150)


async def test_rebuild_since_recomputes_what_was_lost(client):
    token, team, _, account = await _world()
    await gql(client, INGEST, {"samples": stream(account, EVENING, 45)}, token=token)
    expected = [(d.day, d.live_minutes, d.gift_revenue) for d in await TrafficDay.all()]
    await LiveSession.all().delete()
    await TrafficDay.all().delete()
    await TeamTrafficDay.all().delete()
    counts = await rebuild_since(date(2026, 10, 1))
    assert counts["accounts"] == 1
    assert [(d.day, d.live_minutes, d.gift_revenue) for d in await TrafficDay.all()] == expected
    assert (await TeamTrafficDay.get(team_id=team.id)).live_minutes == 45
    assert await MetricSample.all().count() == 45
