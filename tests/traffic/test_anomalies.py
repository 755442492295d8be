"""Traffic anomaly rules, each at its threshold, and the scan that raises their alerts once."""

import asyncio
import dataclasses
from datetime import date, timedelta
from decimal import Decimal

from backend.models.alerts import Alert
from backend.models.traffic import Platform, PlatformAccount, TeamTrafficDay, TrafficDay
from backend.resolvers.traffic import anomalies
from backend.resolvers.traffic.anomalies import Day
from backend.settings import load_settings
from tests.factories import make_employee, make_team

TODAY = date(2026, 11, 30)
S = load_settings()  # defaults: surge +100 % over 7 vs 28 days, flat below +25 %, 5 days, 3 months, 7 days


def days(n: int, until: date, **values) -> list[Day]:
    base = {"viewer_minutes": 60_000, "gift_revenue": Decimal("1000"), "interactions": 5000, "new_followers": 20}
    base.update(values)
    return [Day(day=until - timedelta(days=i), **base) for i in range(n)][::-1]


def surge(viewers: int, gifts: str = "1000", interactions: int = 5000) -> list[Day]:
    baseline = days(28, TODAY - timedelta(days=7))
    return baseline + days(7, TODAY, viewer_minutes=viewers, gift_revenue=Decimal(gifts), interactions=interactions)


def test_viewers_doubling_with_flat_gifts_and_chat_is_flagged_at_exactly_plus_100_percent():
    found = anomalies.viewers_up_engagement_flat(surge(120_000), TODAY, S)
    assert found and found.rule == "viewers_up_engagement_flat" and found.data["viewerHoursChange"] == 1.0
    assert anomalies.viewers_up_engagement_flat(surge(119_999), TODAY, S) is None


def test_a_surge_that_gifts_follow_is_not_an_anomaly():
    assert anomalies.viewers_up_engagement_flat(surge(150_000, gifts="1250"), TODAY, S) is None  # +25 %: followed
    assert anomalies.viewers_up_engagement_flat(surge(150_000, gifts="1249.99"), TODAY, S) is not None
    assert anomalies.viewers_up_engagement_flat(surge(150_000, interactions=6250), TODAY, S) is None


def test_a_surge_without_enough_history_says_nothing():
    assert anomalies.viewers_up_engagement_flat(days(7, TODAY, viewer_minutes=500_000), TODAY, S) is None


def test_followers_lost_on_five_streamed_days_in_a_row_are_flagged_and_four_are_not():
    falling = days(10, TODAY - timedelta(days=5)) + days(5, TODAY, new_followers=-3)
    found = anomalies.followers_falling(falling, TODAY, S)
    assert found and found.data["newFollowers"] == [-3] * 5
    four = days(11, TODAY - timedelta(days=4)) + days(4, TODAY, new_followers=-3)
    assert anomalies.followers_falling(four, TODAY, S) is None
    flat = days(10, TODAY - timedelta(days=5)) + days(5, TODAY, new_followers=0)
    assert anomalies.followers_falling(flat, TODAY, S) is None


def test_an_old_run_of_lost_followers_is_not_news():
    old = days(5, TODAY - timedelta(days=5), new_followers=-3)
    assert anomalies.followers_falling(old, TODAY, S) is None
    assert anomalies.followers_falling(days(5, TODAY - timedelta(days=4), new_followers=-3), TODAY, S) is not None


def test_team_traffic_falling_three_complete_months_running():
    months = {date(2026, 7, 1): 400, date(2026, 8, 1): 390, date(2026, 9, 1): 380, date(2026, 10, 1): 370,
              date(2026, 11, 1): 999}  # the current month does not count yet
    found = anomalies.team_traffic_falling(months, date(2026, 11, 20), S)
    assert found and found.data["months"] == ["2026-07-01", "2026-08-01", "2026-09-01", "2026-10-01"]
    months[date(2026, 9, 1)] = 390  # one flat month breaks the run
    assert anomalies.team_traffic_falling(months, date(2026, 11, 20), S) is None
    assert anomalies.team_traffic_falling({date(2026, 10, 1): 1}, date(2026, 11, 20), S) is None  # no history


def test_a_host_is_inactive_from_the_seventh_day_without_a_session():
    assert anomalies.host_inactive(TODAY - timedelta(days=7), date(2025, 1, 1), TODAY, S).data["idleDays"] == 7
    assert anomalies.host_inactive(TODAY - timedelta(days=6), date(2025, 1, 1), TODAY, S) is None
    new_host = anomalies.host_inactive(None, TODAY - timedelta(days=7), TODAY, S)
    assert new_host and "since joining" in new_host.message
    assert anomalies.host_inactive(None, TODAY - timedelta(days=6), TODAY, S) is None


def test_thresholds_are_settings():
    lenient = dataclasses.replace(S, traffic_inactive_days=30)
    assert anomalies.host_inactive(TODAY - timedelta(days=10), date(2025, 1, 1), TODAY, lenient) is None


async def _streamed(host, account, day: date, **values) -> None:
    row = {"sessions": 1, "live_minutes": 180, "peak_viewers": 900, "viewer_minutes": 60_000, "new_followers": 20,
           "followers_end": 1000, "gift_revenue": Decimal("1000.00"), "gmv": Decimal("0.00"), "orders": 0,
           "interactions": 5000}
    row.update(values)
    await TrafficDay.create(account=account, day=day, host_id=host.id, team_id=host.team_id, **row)


async def test_the_scan_raises_each_finding_once_with_its_numbers_even_when_run_twice_at_once():
    team = await make_team(name="美妆一组")
    idle = await make_employee(team=team, name="林安")
    falling = await make_employee(team=team, name="周宁")
    for host in (idle, falling):
        account = await PlatformAccount.create(host=host, platform=Platform.DOUYIN, handle=f"@{host.id}", external_id=str(host.id))
        if host is idle:
            await _streamed(host, account, TODAY - timedelta(days=9))
        else:
            for i in range(6):
                await _streamed(host, account, TODAY - timedelta(days=i), new_followers=-10 if i < 5 else 10)
    for month, minutes in ((7, 4000), (8, 3000), (9, 2000), (10, 1000)):
        await TeamTrafficDay.create(team_id=team.id, day=date(2026, month, 15), hosts=2, effective_days=2, live_minutes=300,
                                    peak_viewers=100, viewer_minutes=minutes, new_followers=5, gift_revenue=Decimal("1"),
                                    gmv=Decimal("0"), orders=0, interactions=1)
    first, second = await asyncio.gather(anomalies.scan(TODAY), anomalies.scan(TODAY))
    assert await Alert.filter(kind="TRAFFIC_ANOMALY").count() == 3
    assert {rule: first.get(rule, 0) + second.get(rule, 0) for rule in ("host_inactive", "followers_falling",
                                                                          "team_traffic_falling")} == {
        "host_inactive": 1, "followers_falling": 1, "team_traffic_falling": 1}
    inactive = next(a for a in await Alert.all() if a.data["rule"] == "host_inactive")
    assert inactive.employee_id == idle.id and inactive.team_id == team.id and inactive.data["idleDays"] == 9
    assert inactive.message.startswith("林安: No live session for 9 days")
    assert await anomalies.scan(TODAY) == {}
