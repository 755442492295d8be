"""Platform accounts and two years of live sessions for the demo hosts.

Audiences are shaped on the public Twitch top-1000 ranking (`../shared/data/`, see
`TWITCH_QUANTILES`, checked against the file by a test): each host draws an audience size and
a follower base from those distributions, scaled to an agency's hosts. Sessions follow a weekly
rhythm (more on Friday to Sunday), each host drifts up or down month by month, e-commerce
hosts sell (GMV, orders) where the others take gifts. A few findings are planted for the
anomaly rules to discover: a team whose traffic slides for four months, a host whose viewers
jump while gifts and chat stay flat, a host losing followers, a host who stopped streaming; and
for the attrition-risk model, most hosts who leave see their audience slide over their last months.

Sessions, account days and team days are written directly (the history has no minute
samples), through the same summing functions the live rollups use.
"""

from __future__ import annotations

import bisect
import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal

from backend.models.accounts import PartnerClient
from backend.models.traffic import LiveSession, Platform, PlatformAccount, TeamTrafficDay, TrafficDay
from backend.resolvers.traffic import anomalies
from backend.resolvers.traffic.rollups import effective_minutes, team_day
from backend.company_time import company_zone
from backend.seed.accounts import PARTNER_CLIENT
from backend.db import insert_models
from backend.seed.context import SeedContext

PLATFORM_SHARES = [(Platform.DOUYIN, 50), (Platform.KUAISHOU, 20), (Platform.TAOBAO_LIVE, 18),
                   (Platform.XIAOHONGSHU, 6), (Platform.BILIBILI, 4), (Platform.WECHAT_CHANNELS, 2)]
HISTORY_DAYS = 730
# Quantiles (5, 10, 25, 50, 75, 90, 95, 99 %) of the Twitch 2019 top 1,000: average viewers,
# followers, and followers gained over the year as a share of followers.
QUANTILE_POINTS = (0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95, 0.99)
TWITCH_QUANTILES = {
    "avg_viewers": (850, 1061, 1457, 2419, 4773, 9728, 17488, 33514),
    "followers": (75290, 96343, 170181, 317896, 622358, 1251182, 1792625, 4115083),
    "yearly_gain_share": (0.055, 0.086, 0.180, 0.337, 0.572, 0.835, 0.937, 0.993),
}
AUDIENCE_SCALE = 0.4  # an agency's hosts are smaller than the world's top 1,000
STREAM_CHANCE = (0.62, 0.66, 0.66, 0.70, 0.86, 0.90, 0.84)  # Monday .. Sunday
BATCH = 5000
# Most hosts who leave see their audience slide first: down about 20 % a month over their last four months.
FADE_SHARE, FADE_DAYS, FADE_MONTHLY = 0.7, 122, 0.8


def from_quantiles(name: str, u: float) -> float:
    """Inverse CDF by linear interpolation between the quantiles (log scale for sizes)."""
    points, values = QUANTILE_POINTS, TWITCH_QUANTILES[name]
    u = min(max(u, points[0]), points[-1])
    i = min(bisect.bisect_right(points, u), len(points) - 1)
    lo_p, hi_p, lo_v, hi_v = points[i - 1], points[i], values[i - 1], values[i]
    share = (u - lo_p) / (hi_p - lo_p)
    if name == "yearly_gain_share":
        return lo_v + share * (hi_v - lo_v)
    return math.exp(math.log(lo_v) + share * (math.log(hi_v) - math.log(lo_v)))


@dataclass
class HostPlan:
    host_id: int
    account_id: int
    department: str
    team_id: int | None
    first_day: date
    last_day: date
    viewers: float  # average concurrent viewers at the start of the history
    followers: int
    daily_gain: float
    monthly_drift: float
    part_time: bool
    fade_from: date | None = None  # planted: audience sliding in the months before the host leaves


@dataclass
class Plants:
    sliding_team: int | None = None
    surge_host: int | None = None
    unfollowed_host: int | None = None
    idle_host: int | None = None


async def seed_accounts_for_hosts(ctx: SeedContext) -> dict[int, int]:
    """One platform account per host; the demo partner platform owns a third of them. Returns host -> account."""
    partner = await PartnerClient.get(client_id=PARTNER_CLIENT[0])
    hosts = [f["id"] for f in ctx.employees if f["is_host"]]
    linked = set(sorted(f["id"] for f in ctx.employees if f["is_host"] and f["current"])[::3])
    platforms, weights = zip(*PLATFORM_SHARES)
    accounts = []
    for host_id in hosts:
        platform = ctx.rng.choices(platforms, weights=weights)[0]
        accounts.append(PlatformAccount(
            host_id=host_id, platform=platform, handle=f"@mcn{host_id:06d}",
            external_id=f"{platform.value[:2]}{ctx.rng.randrange(10**9, 10**10)}",
            partner_client_id=partner.id if host_id in linked else None))
    await PlatformAccount.bulk_create(accounts, batch_size=1000)
    return dict(await PlatformAccount.filter(host_id__in=hosts).values_list("host_id", "id"))


def _plans(ctx: SeedContext, accounts: dict[int, int]) -> list[HostPlan]:
    start = ctx.today - timedelta(days=HISTORY_DAYS)
    plans = []
    for f in ctx.employees:
        if not f["is_host"] or f["id"] not in accounts:
            continue
        first, last = max(f["hired_on"], start), min(f["left_on"] or ctx.today, ctx.today)
        viewers = from_quantiles("avg_viewers", ctx.rng.random()) * AUDIENCE_SCALE
        followers = int(from_quantiles("followers", ctx.rng.random()) * AUDIENCE_SCALE)
        gain = from_quantiles("yearly_gain_share", ctx.rng.random()) * followers / 300
        plans.append(HostPlan(
            host_id=f["id"], account_id=accounts[f["id"]], department=f["department"], team_id=f["team"],
            first_day=first, last_day=last, viewers=viewers, followers=followers, daily_gain=gain,
            monthly_drift=ctx.rng.gauss(0.01, 0.04), part_time=f["part_time"],
            fade_from=f["left_on"] - timedelta(days=FADE_DAYS) if f["left_on"] and _fades(f["id"]) else None))
    return plans


def _fades(host_id: int) -> bool:
    """Seven in ten leaving hosts, picked by id rather than drawn: no extra draw, so every other
    random choice of the demo stays as it was."""
    return host_id * 7919 % 10 < FADE_SHARE * 10


def _plants(ctx: SeedContext, plans: list[HostPlan]) -> Plants:
    """Deterministic picks among hosts who stream to the end of the history."""
    current = [p for p in plans if p.last_day == ctx.today and (ctx.today - p.first_day).days > 150]
    demo = ctx.demo_employee_ids.get("employee")
    plants = Plants()
    by_team = defaultdict(list)
    for p in current:
        by_team[p.team_id].append(p)
    # Not the demo lead's team, so the demo stays pleasant; the first other team with enough hosts.
    demo_team = next((p.team_id for p in plans if p.host_id == demo), None)
    sliding = [t for t, hosts in sorted(by_team.items(), key=lambda kv: kv[0] or 0) if t != demo_team and len(hosts) >= 3]
    plants.sliding_team = sliding[0] if sliding else None
    others = [p.host_id for p in current if p.team_id != plants.sliding_team and p.host_id != demo and not p.part_time]
    if len(others) >= 3:
        plants.surge_host, plants.unfollowed_host, plants.idle_host = others[0], others[1], others[2]
    return plants


def _month_index(day: date, start: date) -> float:
    return (day - start).days / 30.4


def _sessions_of(ctx: SeedContext, plan: HostPlan, plants: Plants, zone) -> list[LiveSession]:
    rng, today = ctx.rng, ctx.today
    sessions, followers = [], plan.followers
    day = plan.first_day
    while day <= plan.last_day:
        age = (today - day).days
        chance = STREAM_CHANCE[day.weekday()] * (0.6 if plan.part_time else 1.0)
        if plan.host_id == plants.idle_host and age < 12:
            chance = 0.0
        if rng.random() < chance:
            session = _one_session(ctx, plan, plants, day, age, followers, zone)
            followers = session.followers_end
            sessions.append(session)
        day += timedelta(days=1)
    return sessions


def _one_session(ctx: SeedContext, plan: HostPlan, plants: Plants, day: date, age: int, followers: int,
                 zone) -> LiveSession:
    rng = ctx.rng
    months = _month_index(day, plan.first_day)
    level = plan.viewers * math.exp(plan.monthly_drift * months)
    if plan.team_id == plants.sliding_team and age < 125:
        level *= 0.86 ** ((125 - age) / 30.4)  # down about 14 % a month for four months
    fade = FADE_MONTHLY ** ((day - plan.fade_from).days / 30.4) if plan.fade_from and day >= plan.fade_from else 1.0
    level *= fade
    engaged = level * rng.lognormvariate(0, 0.25)  # the audience that gifts, buys and talks
    viewers = engaged * (2.6 if plan.host_id == plants.surge_host and age < 7 else 1.0)
    minutes = rng.randint(60, 150) if plan.part_time else rng.randint(110, 330)
    engaged_hours = engaged * minutes / 60
    selling = plan.department == "ECOM"
    gifts = engaged_hours * rng.uniform(0.2, 0.6) if selling else engaged_hours * rng.uniform(0.8, 2.8)
    gmv = engaged_hours * rng.uniform(6, 24) if selling else (engaged_hours * rng.uniform(0, 3) if rng.random() < 0.3 else 0)
    gained = int(plan.daily_gain * rng.lognormvariate(0, 0.5) * math.exp(plan.monthly_drift * months) * fade)
    if plan.host_id == plants.unfollowed_host and age < 14:
        gained = -int(plan.daily_gain * rng.uniform(0.5, 1.5)) - 5
    elif rng.random() < 0.02:
        gained = -rng.randint(1, max(2, int(plan.daily_gain)))
    hour = rng.choices([14, 19, 20, 21], weights=[15, 30, 35, 20])[0]
    started = datetime.combine(day, time(hour, rng.choice([0, 15, 30])), tzinfo=zone).astimezone(timezone.utc)
    avg = max(1, round(viewers))
    return LiveSession(
        account_id=plan.account_id, started_at=started, ended_at=started + timedelta(minutes=minutes), day=day,
        minutes=minutes, peak_viewers=round(avg * rng.uniform(2.5, 6.0)), avg_viewers=avg,
        viewer_minutes=avg * minutes, new_followers=gained, followers_end=max(0, followers + gained),
        gift_revenue=_cny(gifts), gmv=_cny(gmv), orders=int(gmv / rng.uniform(60, 180)) if gmv else 0,
        interactions=int(engaged_hours * rng.uniform(15, 45)))


def _cny(value: float) -> Decimal:
    return Decimal(str(round(value, 2))).quantize(Decimal("0.01"))


def _day_row(plan: HostPlan, session: LiveSession, department_id: int | None) -> TrafficDay:
    return TrafficDay(
        account_id=session.account_id, day=session.day, host_id=plan.host_id, team_id=plan.team_id,
        department_id=department_id, sessions=1, live_minutes=session.minutes, peak_viewers=session.peak_viewers,
        viewer_minutes=session.viewer_minutes, new_followers=session.new_followers,
        followers_end=session.followers_end, gift_revenue=session.gift_revenue, gmv=session.gmv,
        orders=session.orders, interactions=session.interactions)


SESSION_COLUMNS = ("account_id", "started_at", "ended_at", "day", "minutes", "peak_viewers", "avg_viewers",
                   "viewer_minutes", "new_followers", "followers_end", "gift_revenue", "gmv", "orders", "interactions")
DAY_COLUMNS = ("account_id", "day", "host_id", "team_id", "department_id", "sessions", "live_minutes", "peak_viewers",
               "viewer_minutes", "new_followers", "followers_end", "gift_revenue", "gmv", "orders", "interactions")
TEAM_DAY_COLUMNS = ("team_id", "department_id", "day", "hosts", "effective_days", "live_minutes", "peak_viewers",
                    "viewer_minutes", "new_followers", "gift_revenue", "gmv", "orders", "interactions")


async def seed_traffic(ctx: SeedContext) -> None:
    accounts = await seed_accounts_for_hosts(ctx)
    plans = _plans(ctx, accounts)
    plants = _plants(ctx, plans)
    ctx.traffic_plants = plants
    zone = company_zone()
    departments = {t["id"]: ctx.departments[t["department"]] for t in ctx.teams}
    team_rows: dict[tuple[int, date], list[TrafficDay]] = defaultdict(list)
    sessions: list[LiveSession] = []
    days: list[TrafficDay] = []
    for i, plan in enumerate(plans):
        for session in _sessions_of(ctx, plan, plants, zone):
            sessions.append(session)
            row = _day_row(plan, session, departments.get(plan.team_id))
            days.append(row)
            if plan.team_id:
                team_rows[(plan.team_id, session.day)].append(row)
        if len(sessions) >= BATCH:
            await insert_models(LiveSession, SESSION_COLUMNS, sessions)
            await insert_models(TrafficDay, DAY_COLUMNS, days)
            sessions, days = [], []
        ctx.progress.update("live sessions", i + 1, len(plans))
    await insert_models(LiveSession, SESSION_COLUMNS, sessions)
    await insert_models(TrafficDay, DAY_COLUMNS, days)
    threshold = effective_minutes()
    team_days = [team_day(t, d, rows, departments.get(t), threshold) for (t, d), rows in sorted(team_rows.items())]
    for start in range(0, len(team_days), BATCH):
        await insert_models(TeamTrafficDay, TEAM_DAY_COLUMNS, team_days[start:start + BATCH])
    # What the in-app scheduler would find on the seed's last day, so the demo opens with it.
    await anomalies.scan(ctx.today)
