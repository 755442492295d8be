"""From minute samples to live sessions, account days and team days.

Samples are the truth; everything here is derived and can be rebuilt. Ingestion calls
`roll_up` with the minutes it wrote, so series, summaries and rules see new data at once;
`rebuild_since` recomputes a whole range (`hrgraph traffic rollup --since DATE`).

A session is a run of an account's samples with no gap longer than `SESSION_GAP`. The money,
order and interaction counters of a sample are cumulative for its session, so a session's
totals are its last sample's; followers are cumulative for the account.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Iterable
from zoneinfo import ZoneInfo

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from backend.models.employees import Employee
from backend.models.traffic import LiveSession, MetricSample, PlatformAccount, TeamTrafficDay, TrafficDay
from backend.settings import get_settings

SESSION_GAP = timedelta(minutes=10)
ACCOUNTS_PER_QUERY = 50  # OR-ed windows per query stay far below SQLite's expression depth limit
LOCK_NAMESPACE_ACCOUNT, LOCK_NAMESPACE_TEAM = 7301, 7302
ZERO = Decimal("0.00")


def company_zone() -> ZoneInfo:
    return ZoneInfo(get_settings().timezone)


def local_day(moment: datetime, zone: ZoneInfo | None = None) -> date:
    return moment.astimezone(zone or company_zone()).date()


def day_start(day: date, zone: ZoneInfo | None = None) -> datetime:
    """The first instant of a company-time-zone day (stored times are UTC)."""
    return datetime.combine(day, time(), tzinfo=zone or company_zone())


def effective_minutes() -> int:
    return round(get_settings().traffic_effective_day_hours * 60)


# Sessions

def split_sessions(samples: list[MetricSample]) -> list[list[MetricSample]]:
    """Samples of one account, ordered by time, cut where the gap exceeds SESSION_GAP."""
    runs: list[list[MetricSample]] = []
    for sample in samples:
        if runs and sample.at - runs[-1][-1].at <= SESSION_GAP:
            runs[-1].append(sample)
        else:
            runs.append([sample])
    return runs


def summarise(account_id: int, run: list[MetricSample], zone: ZoneInfo) -> LiveSession:
    first, last = run[0], run[-1]
    viewers = [s.online_viewers for s in run]
    return LiveSession(
        account_id=account_id, started_at=first.at, ended_at=last.at + timedelta(minutes=1),
        day=local_day(first.at, zone), minutes=len(run), peak_viewers=max(viewers),
        avg_viewers=round(sum(viewers) / len(run)), viewer_minutes=sum(viewers),
        new_followers=last.followers - first.followers, followers_end=last.followers,
        gift_revenue=last.gift_revenue, gmv=last.gmv, orders=last.orders, interactions=last.interactions)


async def _lock(conn, namespace: int, keys: Iterable[int]) -> None:
    """On PostgreSQL, serialise concurrent roll-ups of the same accounts or teams (sorted, so
    no two callers can deadlock). SQLite already runs one writer at a time."""
    if conn.capabilities.dialect != "postgres":
        return
    for key in sorted(set(keys)):
        await conn.execute_query("SELECT pg_advisory_xact_lock($1, $2)", [namespace, key])


def _windows_query(model, windows: dict[int, tuple[datetime, datetime]], start: str, end: str) -> list[Q]:
    """One Q per chunk of accounts: rows of each account whose [start, end] meets its window."""
    items = sorted(windows.items())
    queries = []
    for i in range(0, len(items), ACCOUNTS_PER_QUERY):
        q = Q()
        for account, (lo, hi) in items[i:i + ACCOUNTS_PER_QUERY]:
            q |= Q(account_id=account, **{f"{end}__gte": lo, f"{start}__lte": hi})
        queries.append(q)
    return queries


async def _rebuild_sessions(conn, windows: dict[int, tuple[datetime, datetime]], zone: ZoneInfo) -> set[tuple[int, date]]:
    """Replaces the sessions meeting each account's window (widened by the gap, and then to
    the sessions it touches, so a minute that bridges two sessions merges them) with sessions
    rebuilt from the samples. Returns the (account, day) pairs whose totals may have changed."""
    widened = {a: (lo - SESSION_GAP, hi + SESSION_GAP) for a, (lo, hi) in windows.items()}
    old: list[LiveSession] = []
    for q in _windows_query(LiveSession, widened, "started_at", "ended_at"):
        old += await LiveSession.filter(q).using_db(conn)
    spans = dict(windows)
    for s in old:
        lo, hi = spans[s.account_id]
        spans[s.account_id] = (min(lo, s.started_at), max(hi, s.ended_at - timedelta(minutes=1)))
    by_account: dict[int, list[MetricSample]] = defaultdict(list)
    for q in _windows_query(MetricSample, spans, "at", "at"):
        for sample in await MetricSample.filter(q).using_db(conn).order_by("account_id", "at"):
            by_account[sample.account_id].append(sample)
    new = [summarise(a, run, zone) for a, samples in by_account.items() for run in split_sessions(samples)]
    if old:
        await LiveSession.filter(id__in=[s.id for s in old]).using_db(conn).delete()
    if new:
        await LiveSession.bulk_create(new, batch_size=500, using_db=conn)
    return {(s.account_id, s.day) for s in old} | {(s.account_id, s.day) for s in new}


async def _placements(conn, account_ids: set[int]) -> dict[int, tuple[int | None, int | None, int | None]]:
    """account -> (host, team, department) as they are now."""
    hosts = dict(await PlatformAccount.filter(id__in=list(account_ids)).using_db(conn).values_list("id", "host_id"))
    rows = await Employee.filter(id__in=[h for h in hosts.values() if h]).using_db(conn).values_list(
        "id", "team_id", "department_id")
    placed = {host: (host, team, dept) for host, team, dept in rows}
    return {a: placed.get(h, (h, None, None)) for a, h in hosts.items()}


def _day_totals(sessions: list[LiveSession]) -> dict:
    return {
        "sessions": len(sessions), "live_minutes": sum(s.minutes for s in sessions),
        "peak_viewers": max(s.peak_viewers for s in sessions), "viewer_minutes": sum(s.viewer_minutes for s in sessions),
        "new_followers": sum(s.new_followers for s in sessions),
        "followers_end": max(sessions, key=lambda s: s.started_at).followers_end,
        "gift_revenue": sum((s.gift_revenue for s in sessions), ZERO), "gmv": sum((s.gmv for s in sessions), ZERO),
        "orders": sum(s.orders for s in sessions), "interactions": sum(s.interactions for s in sessions),
    }


async def _rebuild_account_days(conn, pairs: set[tuple[int, date]]) -> set[tuple[int, date]]:
    """Recomputes the account days of `pairs` from their sessions; returns the (team, day) pairs
    to recompute. A day keeps the host and team it was first rolled up under."""
    if not pairs:
        return set()
    accounts, days = {a for a, _ in pairs}, {d for _, d in pairs}
    sessions: dict[tuple[int, date], list[LiveSession]] = defaultdict(list)
    for s in await LiveSession.filter(account_id__in=list(accounts), day__in=list(days)).using_db(conn):
        if (s.account_id, s.day) in pairs:
            sessions[(s.account_id, s.day)].append(s)
    existing = {(d.account_id, d.day): d for d in await TrafficDay.filter(
        account_id__in=list(accounts), day__in=list(days)).using_db(conn) if (d.account_id, d.day) in pairs}
    placements = await _placements(conn, accounts)
    teams: set[tuple[int, date]] = {(d.team_id, d.day) for d in existing.values() if d.team_id}
    upserts = []
    for (account, day) in pairs:
        if not sessions.get((account, day)):
            continue
        kept = existing.get((account, day))
        host, team, dept = (kept.host_id, kept.team_id, kept.department_id) if kept else placements[account]
        upserts.append(TrafficDay(account_id=account, day=day, host_id=host, team_id=team, department_id=dept,
                                  **_day_totals(sessions[(account, day)])))
        if team:
            teams.add((team, day))
    emptied = [d.id for key, d in existing.items() if not sessions.get(key)]
    if emptied:
        await TrafficDay.filter(id__in=emptied).using_db(conn).delete()
    if upserts:
        await TrafficDay.bulk_create(upserts, on_conflict=["account_id", "day"], batch_size=500, using_db=conn,
                                     update_fields=[k for k in _DAY_FIELDS])
    return teams


_DAY_FIELDS = ("sessions", "live_minutes", "peak_viewers", "viewer_minutes", "new_followers", "followers_end",
               "gift_revenue", "gmv", "orders", "interactions")
_SUMMED = ("live_minutes", "viewer_minutes", "new_followers", "gift_revenue", "gmv", "orders", "interactions")


def team_day(team: int, day: date, rows: list[TrafficDay], department: int | None, threshold: int) -> TeamTrafficDay:
    totals = {name: sum(getattr(r, name) for r in rows) for name in _SUMMED}
    return TeamTrafficDay(
        team_id=team, day=day, department_id=department, hosts=len({r.host_id for r in rows}),
        effective_days=sum(1 for r in rows if r.live_minutes >= threshold),
        peak_viewers=max(r.peak_viewers for r in rows), **totals)


async def _rebuild_team_days(conn, pairs: set[tuple[int, date]]) -> None:
    if not pairs:
        return
    await _lock(conn, LOCK_NAMESPACE_TEAM, {t for t, _ in pairs})
    teams, days = {t for t, _ in pairs}, {d for _, d in pairs}
    grouped: dict[tuple[int, date], list[TrafficDay]] = defaultdict(list)
    for row in await TrafficDay.filter(team_id__in=list(teams), day__in=list(days)).using_db(conn):
        if (row.team_id, row.day) in pairs:
            grouped[(row.team_id, row.day)].append(row)
    departments = dict(await _team_departments(conn, teams))
    threshold = effective_minutes()
    upserts = [team_day(t, d, rows, departments.get(t), threshold) for (t, d), rows in grouped.items()]
    gone = pairs - set(grouped)
    for team, day in gone:
        await TeamTrafficDay.filter(team_id=team, day=day).using_db(conn).delete()
    if upserts:
        await TeamTrafficDay.bulk_create(upserts, on_conflict=["team_id", "day"], batch_size=500, using_db=conn,
                                         update_fields=["department_id", "hosts", "effective_days", "peak_viewers",
                                                        *_SUMMED])


async def _team_departments(conn, teams: set[int]) -> list[tuple[int, int]]:
    from backend.models.org import Team

    return await Team.filter(id__in=list(teams)).using_db(conn).values_list("id", "department_id")


async def roll_up(windows: dict[int, tuple[datetime, datetime]]) -> None:
    """Brings sessions, account days and team days up to date with samples just written:
    `windows` maps each account to the earliest and latest minute written."""
    if not windows:
        return
    zone = company_zone()
    async with in_transaction() as conn:
        await _lock(conn, LOCK_NAMESPACE_ACCOUNT, windows)
        pairs = await _rebuild_sessions(conn, windows, zone)
        teams = await _rebuild_account_days(conn, pairs)
        await _rebuild_team_days(conn, teams)


async def rebuild_since(since: date, *, progress=None) -> dict[str, int]:
    """Recomputes everything from `since` (a company-time-zone day) on: sessions from samples
    where there are samples, then every account day and team day from the sessions."""
    zone = company_zone()
    start = day_start(since, zone)
    accounts = await MetricSample.filter(at__gte=start).distinct().values_list("account_id", flat=True)
    for i, account in enumerate(sorted(set(accounts))):
        first = await MetricSample.filter(account_id=account, at__gte=start).order_by("at").first()
        last = await MetricSample.filter(account_id=account, at__gte=start).order_by("-at").first()
        async with in_transaction() as conn:
            await _lock(conn, LOCK_NAMESPACE_ACCOUNT, [account])
            await _rebuild_sessions(conn, {account: (first.at, last.at)}, zone)
        if progress:
            progress("sessions", i + 1, len(accounts))
    pairs = set(await LiveSession.filter(day__gte=since).values_list("account_id", "day"))
    pairs |= set(await TrafficDay.filter(day__gte=since).values_list("account_id", "day"))
    ordered = sorted(pairs, key=lambda p: (p[1], p[0]))
    teams: set[tuple[int, date]] = set(await TeamTrafficDay.filter(day__gte=since).values_list("team_id", "day"))
    for i in range(0, len(ordered), 2000):
        async with in_transaction() as conn:
            teams |= await _rebuild_account_days(conn, set(ordered[i:i + 2000]))
        if progress:
            progress("days", min(i + 2000, len(ordered)), len(ordered))
    ordered_teams = sorted(teams, key=lambda p: (p[1], p[0]))
    for i in range(0, len(ordered_teams), 2000):
        async with in_transaction() as conn:
            await _rebuild_team_days(conn, set(ordered_teams[i:i + 2000]))
    return {"accounts": len(set(accounts)), "days": len(pairs), "team_days": len(teams)}

