"""Traffic series, summaries and leaderboards, read from the daily rollups.

Everything is bucketed in the company time zone. A day's numbers come from one SQL GROUP BY
over the rollups (at most a few hundred rows), weeks and months are summed from those here,
hours from the minute samples. Derived measures are ratios of sums, never sums of ratios.

Who sees what: a host's numbers need the host to be visible (`scoped_employees`); a team's,
that the viewer sees everyone or leads the team; a department's, that the viewer sees
everyone. A partner sees only the accounts linked to it, so its numbers for a host cover
those accounts alone, and team or department totals are refused.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum

from tortoise import Tortoise
from tortoise.functions import Count, Max, Sum
from tortoise.queryset import QuerySet

from backend.auth import Viewer
from backend.db import portable_sql
from backend.errors import DomainError, ValidationFailed
from backend.i18n import Message
from backend.models.org import Team
from backend.models.traffic import MetricSample, PlatformAccount, TrafficDay
from backend.permissions import RowScope
from backend.resolvers.employees import scoped_employees
from backend.resolvers.traffic.rollups import SESSION_GAP, effective_minutes
from backend.company_time import company_zone, day_start


class Bucket(str, Enum):
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"  # ISO weeks, starting on Monday
    MONTH = "month"


MAX_DAYS = {Bucket.HOUR: 7, Bucket.DAY: 732, Bucket.WEEK: 1830, Bucket.MONTH: 1830}


class Metric(str, Enum):
    LIVE_HOURS = "live_hours"
    EFFECTIVE_DAYS = "effective_days"  # account days with at least the effective-day hours live
    ACTIVE_HOSTS = "active_hosts"  # hosts who streamed (the most on any day of the bucket)
    VIEWER_HOURS = "viewer_hours"
    PEAK_VIEWERS = "peak_viewers"
    NEW_FOLLOWERS = "new_followers"
    GIFT_REVENUE = "gift_revenue"
    GMV = "gmv"
    ORDERS = "orders"
    INTERACTIONS = "interactions"
    GIFT_REVENUE_PER_VIEWER_HOUR = "gift_revenue_per_viewer_hour"
    GMV_PER_VIEWER_HOUR = "gmv_per_viewer_hour"
    INTERACTIONS_PER_VIEWER_HOUR = "interactions_per_viewer_hour"


class SubjectKind(str, Enum):
    HOST = "host"
    TEAM = "team"
    DEPARTMENT = "department"


@dataclass(frozen=True)
class Subject:
    kind: SubjectKind
    id: int


@dataclass
class Totals:
    """Sums over some days; every measure the API offers is computed from these."""

    live_minutes: int = 0
    effective_days: int = 0
    active_hosts: int = 0
    viewer_minutes: int = 0
    peak_viewers: int = 0
    new_followers: int = 0
    gift_revenue: Decimal = Decimal("0.00")
    gmv: Decimal = Decimal("0.00")
    orders: int = 0
    interactions: int = 0
    live_days: int = 0
    sessions: int = 0
    followers_end: int | None = None

    def add(self, other: "Totals") -> None:
        for name in ("live_minutes", "effective_days", "viewer_minutes", "new_followers", "gift_revenue", "gmv",
                     "orders", "interactions", "live_days", "sessions"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.peak_viewers = max(self.peak_viewers, other.peak_viewers)
        self.active_hosts = max(self.active_hosts, other.active_hosts)
        if other.followers_end is not None:
            self.followers_end = other.followers_end

    @property
    def viewer_hours(self) -> Decimal:
        return _round(Decimal(self.viewer_minutes) / 60)

    def per_viewer_hour(self, amount: Decimal | int) -> Decimal | None:
        return _round(Decimal(amount) * 60 / self.viewer_minutes) if self.viewer_minutes else None

    def value(self, metric: Metric) -> Decimal | None:
        derived = _DERIVED.get(metric)
        return derived(self) if derived else Decimal(getattr(self, metric.value))


def _round(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


# Measures that are not a plain sum; looked up once per value (a year of days is thousands of values).
_DERIVED = {
    Metric.LIVE_HOURS: lambda t: _round(Decimal(t.live_minutes) / 60),
    Metric.VIEWER_HOURS: lambda t: t.viewer_hours,
    Metric.GIFT_REVENUE_PER_VIEWER_HOUR: lambda t: t.per_viewer_hour(t.gift_revenue),
    Metric.GMV_PER_VIEWER_HOUR: lambda t: t.per_viewer_hour(t.gmv),
    Metric.INTERACTIONS_PER_VIEWER_HOUR: lambda t: t.per_viewer_hour(t.interactions),
}


def _money(value) -> Decimal:
    """SQLite sums decimal columns as floats; two places bring the cents back exactly."""
    return _round(Decimal(str(value or 0)))


@dataclass
class Series:
    bucket: Bucket
    starts: list[datetime]
    values: dict[Metric, list[Decimal | None]]


def _refuse(message: str, field: str, code: str = "INVALID") -> ValidationFailed:
    return ValidationFailed([DomainError(code, message, field)])


def check_range(start: date, end: date, bucket: Bucket) -> None:
    if end < start:
        raise _refuse("`to` is before `from`.", "to")
    if (end - start).days + 1 > MAX_DAYS[bucket]:
        raise _refuse(Message("At most {days} days at {bucket} buckets; choose a coarser bucket or a shorter range.",
                              days=MAX_DAYS[bucket], bucket=bucket.name),
                      "to")


# Who may see what

async def _partner_accounts(viewer: Viewer) -> list[int]:
    return await PlatformAccount.filter(partner_client_id=viewer.client_pk).values_list("id", flat=True)


@dataclass(frozen=True)
class Rollups:
    """The rollup rows behind a subject: a table and a condition on it (`?` placeholders)."""

    table: str  # traffic_days (account days) or team_traffic_days
    where: str
    params: tuple = ()


async def days_for(viewer: Viewer, subject: Subject) -> Rollups:
    """The rollup rows behind a subject, or a NOT_FOUND the viewer cannot tell from a missing id."""
    if subject.kind == SubjectKind.HOST:
        if not await scoped_employees(viewer).filter(id=subject.id).exists():
            raise _refuse("No host with this id that you can see.", "subject.hostId", "NOT_FOUND")
        if viewer.kind != "client":
            return Rollups("traffic_days", "host_id = ?", (subject.id,))
        accounts = await _partner_accounts(viewer)
        if not accounts:
            return Rollups("traffic_days", "1 = 0")
        return Rollups("traffic_days", f"host_id = ? AND account_id IN ({', '.join('?' * len(accounts))})",
                       (subject.id, *accounts))
    sees_all = viewer.kind == "system" or (viewer.kind != "client" and viewer.scope == RowScope.ALL)
    if subject.kind == SubjectKind.TEAM:
        leads = viewer.scope == RowScope.TEAM and viewer.employee_id is not None and viewer.kind != "client" and \
            await Team.filter(id=subject.id, lead_id=viewer.employee_id).exists()
        if not (sees_all or leads) or not await Team.exists(id=subject.id):
            raise _refuse("No team with this id whose traffic you can see.", "subject.teamId", "NOT_FOUND")
        return Rollups("team_traffic_days", "team_id = ?", (subject.id,))
    if not sees_all:
        raise _refuse("Department traffic needs a view of everyone.", "subject.departmentId", "NOT_FOUND")
    return Rollups("team_traffic_days", "department_id = ?", (subject.id,))


# Daily rows

# Money is summed in whole fen (SQLite would sum decimals through floats); a team day already
# counts its hosts and effective days, account days are counted here.
_SUMS = """SUM(live_minutes), SUM(viewer_minutes), MAX(peak_viewers), SUM(new_followers),
  SUM(CAST(ROUND(gift_revenue * 100) AS BIGINT)), SUM(CAST(ROUND(gmv * 100) AS BIGINT)), SUM(orders), SUM(interactions),
  COUNT(*)"""
_ACCOUNT_DAYS = f"""SELECT day, {_SUMS}, SUM(CASE WHEN live_minutes >= ? THEN 1 ELSE 0 END), COUNT(DISTINCT host_id),
  SUM(sessions), SUM(followers_end)
FROM traffic_days WHERE {{where}} AND day >= ? AND day <= ? GROUP BY day"""
_TEAM_DAYS = f"""SELECT day, {_SUMS}, SUM(effective_days), SUM(hosts), 0, NULL
FROM team_traffic_days WHERE {{where}} AND day >= ? AND day <= ? GROUP BY day"""


def _fen(value) -> Decimal:
    return Decimal(int(value or 0)).scaleb(-2)


async def daily_totals(rollups: Rollups, start: date, end: date) -> dict[date, Totals]:
    """One GROUP BY day over the subject's rollup rows, read as plain rows (a year of days is a
    few hundred rows; ORM value conversion would cost more than the query)."""
    if rollups.table == "traffic_days":
        sql, params = _ACCOUNT_DAYS.format(where=rollups.where), [effective_minutes(), *rollups.params, start, end]
    else:
        sql, params = _TEAM_DAYS.format(where=rollups.where), [*rollups.params, start, end]
    conn = Tortoise.get_connection("default")
    _, rows = await conn.execute_query(*portable_sql(conn, sql, params))
    out = {}
    for (day, live, viewer_minutes, peak, followers, gift_fen, gmv_fen, orders, interactions, live_days,
         effective, hosts, sessions, followers_end) in rows:
        out[day if isinstance(day, date) else date.fromisoformat(day)] = Totals(
            live_minutes=int(live or 0), effective_days=int(effective or 0), active_hosts=int(hosts or 0),
            viewer_minutes=int(viewer_minutes or 0), peak_viewers=int(peak or 0), new_followers=int(followers or 0),
            gift_revenue=_fen(gift_fen), gmv=_fen(gmv_fen), orders=int(orders or 0), interactions=int(interactions or 0),
            live_days=int(live_days), sessions=int(sessions or 0),
            followers_end=int(followers_end) if followers_end is not None else None)
    return out


def bucket_start(day: date, bucket: Bucket) -> date:
    if bucket == Bucket.WEEK:
        return day - timedelta(days=day.weekday())
    if bucket == Bucket.MONTH:
        return day.replace(day=1)
    return day


def bucket_starts(start: date, end: date, bucket: Bucket) -> list[date]:
    starts, current = [], bucket_start(start, bucket)
    while current <= end:
        starts.append(current)
        if bucket == Bucket.MONTH:
            current = (current.replace(day=28) + timedelta(days=4)).replace(day=1)
        else:
            current += timedelta(days=7 if bucket == Bucket.WEEK else 1)
    return starts


def bucketed(days: dict[date, Totals], start: date, end: date, bucket: Bucket) -> list[tuple[date, Totals]]:
    if bucket == Bucket.DAY:  # a day is its own bucket: nothing to add up
        return [(day, days.get(day) or Totals()) for day in bucket_starts(start, end, bucket)]
    buckets = {s: Totals() for s in bucket_starts(start, end, bucket)}
    for day in sorted(days):
        buckets[bucket_start(day, bucket)].add(days[day])
    return list(buckets.items())


# Hours, from the samples

async def _subject_accounts(viewer: Viewer, subject: Subject) -> list[int]:
    await days_for(viewer, subject)  # access check
    if subject.kind == SubjectKind.HOST:
        query = PlatformAccount.filter(host_id=subject.id)
    elif subject.kind == SubjectKind.TEAM:
        query = PlatformAccount.filter(host__team_id=subject.id)
    else:
        query = PlatformAccount.filter(host__department_id=subject.id)
    if viewer.kind == "client":
        query = query.filter(partner_client_id=viewer.client_pk)
    return await query.values_list("id", flat=True)


def hourly_totals(samples: list[MetricSample], zone) -> dict[datetime, Totals]:
    """Per local hour: a sample's counters are cumulative for its session, so each sample
    adds what grew since the one before it in the same session."""
    hours: dict[datetime, Totals] = defaultdict(Totals)
    previous: dict[int, MetricSample] = {}
    active: dict[datetime, set[int]] = defaultdict(set)
    for s in samples:
        hour = s.at.astimezone(zone).replace(minute=0, second=0, microsecond=0)
        before = previous.get(s.account_id)
        same_session = before is not None and s.at - before.at <= SESSION_GAP
        t = hours[hour]
        t.live_minutes += 1
        t.viewer_minutes += s.online_viewers
        t.peak_viewers = max(t.peak_viewers, s.online_viewers)
        t.new_followers += s.followers - before.followers if before is not None else 0
        t.gift_revenue += s.gift_revenue - (before.gift_revenue if same_session else 0)
        t.gmv += s.gmv - (before.gmv if same_session else 0)
        t.orders += s.orders - (before.orders if same_session else 0)
        t.interactions += s.interactions - (before.interactions if same_session else 0)
        active[hour].add(s.account_id)
        previous[s.account_id] = s
    for hour, accounts in active.items():
        hours[hour].active_hosts = len(accounts)
    return hours


async def _hourly(viewer: Viewer, subject: Subject, start: date, end: date) -> tuple[list[datetime], list[Totals]]:
    zone = company_zone()
    accounts = await _subject_accounts(viewer, subject)
    lo, hi = day_start(start, zone), day_start(end + timedelta(days=1), zone)
    samples = await MetricSample.filter(account_id__in=accounts, at__gte=lo, at__lt=hi).order_by("at") if accounts else []
    hours = hourly_totals(samples, zone)
    starts = [lo + timedelta(hours=i) for i in range(int((hi - lo).total_seconds() // 3600))]
    starts = [s.astimezone(zone) for s in starts]
    return starts, [hours.get(s, Totals()) for s in starts]


async def traffic_series(*, viewer: Viewer, subject: Subject, start: date, end: date, bucket: Bucket,
                         metrics: list[Metric]) -> Series:
    check_range(start, end, bucket)
    if not metrics:
        raise _refuse("Ask for at least one metric.", "metrics")
    if bucket == Bucket.HOUR:
        starts, totals = await _hourly(viewer, subject, start, end)
    else:
        zone = company_zone()
        days = await daily_totals(await days_for(viewer, subject), start, end)
        pairs = bucketed(days, start, end, bucket)
        starts, totals = [day_start(d, zone) for d, _ in pairs], [t for _, t in pairs]
    return Series(bucket=bucket, starts=starts, values={m: [t.value(m) for t in totals] for m in metrics})


# Summaries and leaderboards

async def summaries_by_host(viewer: Viewer, host_ids: list[int], start: date, end: date) -> dict[int, Totals]:
    """Totals per host over a range, in one query for the whole batch (the host rows were
    already scoped by whoever loaded them)."""
    query = TrafficDay.filter(host_id__in=host_ids, day__gte=start, day__lte=end)
    if viewer.kind == "client":
        query = query.filter(account_id__in=await _partner_accounts(viewer))
    return await _totals_by(query, "host_id")


async def _totals_by(query: QuerySet, key: str) -> dict[int, Totals]:
    sums = dict(live_minutes=Sum("live_minutes"), viewer_minutes=Sum("viewer_minutes"), peak_viewers=Max("peak_viewers"),
                new_followers=Sum("new_followers"), gift_revenue=Sum("gift_revenue"), gmv=Sum("gmv"),
                orders=Sum("orders"), interactions=Sum("interactions"), sessions=Sum("sessions"),
                live_days=Count("day", distinct=True))
    rows = await query.annotate(**sums).group_by(key).values(key, *sums)
    effective = dict(await query.filter(live_minutes__gte=effective_minutes()).annotate(n=Count("id"))
                     .group_by(key).values_list(key, "n"))
    out = {}
    for row in rows:
        totals = Totals(**{k: row[k] or 0 for k in sums}, effective_days=effective.get(row[key], 0))
        totals.gift_revenue, totals.gmv = _money(totals.gift_revenue), _money(totals.gmv)
        out[row[key]] = totals
    return out


async def followers_at_end(host_ids: list[int], end: date) -> dict[int, int]:
    """Each host's followers after their last streamed day up to `end` (summed over accounts)."""
    latest: dict[tuple[int, int], tuple[date, int]] = {}
    for host, account, day, followers in await TrafficDay.filter(host_id__in=host_ids, day__lte=end).order_by(
            "day").values_list("host_id", "account_id", "day", "followers_end"):
        latest[(host, account)] = (day, followers)
    out: dict[int, int] = defaultdict(int)
    for (host, _), (_, followers) in latest.items():
        out[host] += followers
    return dict(out)


@dataclass
class Ranked:
    rank: int
    subject_id: int
    value: Decimal | None
    totals: Totals


async def leaderboard(*, viewer: Viewer, by: SubjectKind, metric: Metric, start: date, end: date,
                      team_id: int | None = None, department_id: int | None = None, first: int = 10) -> list[Ranked]:
    """Hosts (within a team or department, or all you can see) or teams, ranked by a measure."""
    check_range(start, end, Bucket.DAY)
    if not 1 <= first <= 100:
        raise _refuse("first must be between 1 and 100.", "first")
    if by == SubjectKind.HOST:
        visible = scoped_employees(viewer).filter(is_host=True)
        query = TrafficDay.filter(day__gte=start, day__lte=end, host_id__in=await visible.values_list("id", flat=True))
        if viewer.kind == "client":
            query = query.filter(account_id__in=await _partner_accounts(viewer))
        key = "host_id"
    elif by == SubjectKind.TEAM:
        teams = Team.all()
        if viewer.kind == "client":
            raise _refuse("Partners see their linked accounts, not team totals.", "by", "NOT_FOUND")
        if viewer.kind != "system" and viewer.scope != RowScope.ALL:
            teams = Team.filter(lead_id=viewer.employee_id or 0)
        query = TrafficDay.filter(day__gte=start, day__lte=end, team_id__in=await teams.values_list("id", flat=True))
        key = "team_id"
    else:
        raise _refuse("Rank hosts or teams.", "by")
    if team_id is not None:
        query = query.filter(team_id=team_id)
    if department_id is not None:
        query = query.filter(department_id=department_id)
    totals = await _totals_by(query, key)
    scored = [(t.value(metric), subject, t) for subject, t in totals.items() if subject is not None]
    scored.sort(key=lambda x: (x[0] is None, -(x[0] or 0), x[1]))
    return [Ranked(rank=i + 1, subject_id=s, value=v, totals=t) for i, (v, s, t) in enumerate(scored[:first])]
