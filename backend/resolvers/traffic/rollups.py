"""From minute samples to live sessions, account days and team days.

Samples are the truth; everything here is derived and can be rebuilt. Ingestion calls
`roll_up` with the minutes it wrote, in the same transaction, so series, summaries and rules
see new data at once and never see samples without their rollups;
`rebuild_since` recomputes a whole range (`hrgraph traffic rollup --since DATE`).

A session is a run of an account's samples with no gap longer than `SESSION_GAP`. The money,
order and interaction counters of a sample are cumulative for its session, so a session's
totals are its last sample's; followers are cumulative for the account.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Iterable, NamedTuple
from zoneinfo import ZoneInfo

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from backend.models.employees import Employee
from backend.db import update_rows, upsert_rows
from backend.models.traffic import LiveSession, MetricSample, PlatformAccount, TeamTrafficDay, TrafficDay
from backend.company_time import company_zone, day_start, local_day
from backend.settings import get_settings

SESSION_GAP = timedelta(minutes=10)
MINUTE = timedelta(minutes=1)


class Minute(NamedTuple):
    """One sample as plain values (the rollups read thousands; ORM models would cost more than the SQL)."""

    account_id: int | None
    at: datetime
    online_viewers: int
    followers: int
    gift_revenue: Decimal
    gmv: Decimal
    orders: int
    interactions: int
ACCOUNTS_PER_QUERY = 50  # OR-ed windows per query stay far below SQLite's expression depth limit
LOCK_NAMESPACE_ACCOUNT, LOCK_NAMESPACE_TEAM = 7301, 7302
ZERO = Decimal("0.00")


def effective_minutes() -> int:
    return round(get_settings().traffic_effective_day_hours * 60)


# Sessions

def split_sessions(samples: list[Minute]) -> list[list[Minute]]:
    """Samples of one account, ordered by time, cut where the gap exceeds SESSION_GAP."""
    runs: list[list[Minute]] = []
    for sample in samples:
        if runs and sample.at - runs[-1][-1].at <= SESSION_GAP:
            runs[-1].append(sample)
        else:
            runs.append([sample])
    return runs


def summarise(account_id: int, run: list[Minute], zone: ZoneInfo) -> LiveSession:
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
    if conn.capabilities.dialect != "postgres" or not keys:
        return
    await conn.execute_query("SELECT pg_advisory_xact_lock($1, k) FROM unnest($2::int[]) AS k ORDER BY k",
                             [namespace, sorted(set(keys))])


async def lock_accounts(conn, accounts: Iterable[int]) -> None:
    """Until the caller's transaction ends, nobody else writes or rolls up these accounts
    (PostgreSQL; a no-op on SQLite). Taking it again in the same transaction is harmless."""
    await _lock(conn, LOCK_NAMESPACE_ACCOUNT, accounts)


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


EXTENDED = ("ended_at", "minutes", "peak_viewers", "avg_viewers", "viewer_minutes", "new_followers", "followers_end",
            "gift_revenue", "gmv", "orders", "interactions")


def extend(session: LiveSession, run: list[Minute]) -> LiveSession:
    """`session` with minutes that follow its last one: what `summarise` of all of them gives."""
    followers_start = session.followers_end - session.new_followers
    session.minutes += len(run)
    session.viewer_minutes += sum(m.online_viewers for m in run)
    session.peak_viewers = max(session.peak_viewers, *(m.online_viewers for m in run))
    session.avg_viewers = round(session.viewer_minutes / session.minutes)
    last = run[-1]
    session.ended_at, session.followers_end = last.at + MINUTE, last.followers
    session.new_followers = last.followers - followers_start
    session.gift_revenue, session.gmv, session.orders, session.interactions = last.gift_revenue, last.gmv, last.orders, \
        last.interactions
    return session


def _appended(minutes: list[Minute], later: list[LiveSession], zone: ZoneInfo) -> tuple[list, list] | None:
    """The common live case, without reading any sample back: the minutes all come after the
    account's last session (extending it across a gap of at most SESSION_GAP, or starting new
    ones). Returns (sessions to update, sessions to create), or None when it is not that case."""
    if len(later) > 1 or (later and minutes[0].at <= later[0].ended_at - MINUTE):
        return None
    runs = split_sessions(minutes)
    updated, created = [], []
    if later and runs[0][0].at - (later[0].ended_at - MINUTE) <= SESSION_GAP:
        updated.append(extend(later[0], runs.pop(0)))
    created += [summarise(run[0].account_id, run, zone) for run in runs]
    return updated, created


async def _rebuild_sessions(conn, minutes: list[Minute], zone: ZoneInfo) -> set[tuple[int, date]]:
    """Brings the sessions of the written minutes up to date. Minutes that extend an account's
    latest session (or follow it) update it in place; anything else (a correction, a backfill
    between sessions) replaces the sessions its window meets, widened by the gap and then to
    the sessions it touches (a minute can bridge two), with sessions rebuilt from the samples.
    Returns the (account, day) pairs whose totals may have changed."""
    by_account: dict[int, list[Minute]] = defaultdict(list)
    for m in sorted(minutes, key=lambda m: (m.account_id, m.at)):
        by_account[m.account_id].append(m)
    earliest = min(m.at for m in minutes) - SESSION_GAP
    later: dict[int, list[LiveSession]] = defaultdict(list)
    for s in await LiveSession.filter(account_id__in=list(by_account), ended_at__gte=earliest).using_db(conn).order_by(
            "started_at"):
        if s.ended_at >= by_account[s.account_id][0].at - SESSION_GAP:
            later[s.account_id].append(s)
    updated, created, rebuild = [], [], {}
    for account, mine in by_account.items():
        found = _appended(mine, later[account], zone)
        if found is None:
            rebuild[account] = (mine[0].at, mine[-1].at)
        else:
            updated += found[0]
            created += found[1]
    pairs = {(s.account_id, s.day) for s in updated + created}
    if rebuild:
        pairs |= await _replace_sessions(conn, rebuild, zone)
    if updated:
        await update_rows(conn, LiveSession, EXTENDED, [(s.id, *(getattr(s, c) for c in EXTENDED)) for s in updated])
    if created:
        await LiveSession.bulk_create(created, batch_size=500, using_db=conn)
    return pairs


async def _replace_sessions(conn, windows: dict[int, tuple[datetime, datetime]], zone: ZoneInfo) -> set[tuple[int, date]]:
    widened = {a: (lo - SESSION_GAP, hi + SESSION_GAP) for a, (lo, hi) in windows.items()}
    old: list[LiveSession] = []
    for q in _windows_query(LiveSession, widened, "started_at", "ended_at"):
        old += await LiveSession.filter(q).using_db(conn)
    spans = dict(windows)
    for s in old:
        lo, hi = spans[s.account_id]
        spans[s.account_id] = (min(lo, s.started_at), max(hi, s.ended_at - MINUTE))
    samples: dict[int, list[Minute]] = defaultdict(list)
    for q in _windows_query(MetricSample, spans, "at", "at"):
        for row in await MetricSample.filter(q).using_db(conn).order_by("account_id", "at").values_list(*Minute._fields):
            samples[row[0]].append(Minute(*row))
    new = [summarise(a, run, zone) for a, rows in samples.items() for run in split_sessions(rows)]
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


class SessionTotals(NamedTuple):
    account_id: int
    day: date
    started_at: datetime
    minutes: int
    peak_viewers: int
    viewer_minutes: int
    new_followers: int
    followers_end: int
    gift_revenue: Decimal
    gmv: Decimal
    orders: int
    interactions: int


async def _rebuild_account_days(conn, pairs: set[tuple[int, date]]) -> set[tuple[int, date]]:
    """Recomputes the account days of `pairs` from their sessions; returns the (team, day) pairs
    to recompute. A day keeps the host and team it was first rolled up under."""
    if not pairs:
        return set()
    accounts, days = list({a for a, _ in pairs}), list({d for _, d in pairs})
    sessions: dict[tuple[int, date], list[SessionTotals]] = defaultdict(list)
    for row in await LiveSession.filter(account_id__in=accounts, day__in=days).using_db(conn).values_list(
            *SessionTotals._fields):
        if (row[0], row[1]) in pairs:
            sessions[(row[0], row[1])].append(SessionTotals(*row))
    existing = {(a, d): (pk, host, team, dept) for pk, a, d, host, team, dept in await TrafficDay.filter(
        account_id__in=accounts, day__in=days).using_db(conn).values_list(
        "id", "account_id", "day", "host_id", "team_id", "department_id") if (a, d) in pairs}
    placements = await _placements(conn, set(accounts))
    teams: set[tuple[int, date]] = {(team, d) for (_, d), (_, _, team, _) in existing.items() if team}
    upserts = []
    for (account, day) in pairs:
        if not sessions.get((account, day)):
            continue
        kept = existing.get((account, day))
        host, team, dept = kept[1:] if kept else placements[account]
        totals = _day_totals(sessions[(account, day)])
        upserts.append((account, day, host, team, dept, *(totals[k] for k in _DAY_FIELDS)))
        if team:
            teams.add((team, day))
    emptied = [row[0] for key, row in existing.items() if not sessions.get(key)]
    if emptied:
        await TrafficDay.filter(id__in=emptied).using_db(conn).delete()
    await upsert_rows(conn, TrafficDay, ("account_id", "day", "host_id", "team_id", "department_id", *_DAY_FIELDS), upserts,
                      conflict=("account_id", "day"))
    return teams


_DAY_FIELDS = ("sessions", "live_minutes", "peak_viewers", "viewer_minutes", "new_followers", "followers_end",
               "gift_revenue", "gmv", "orders", "interactions")
_SUMMED = ("live_minutes", "viewer_minutes", "new_followers", "gift_revenue", "gmv", "orders", "interactions")


def team_day(team: int, day: date, rows: list, department: int | None, threshold: int) -> TeamTrafficDay:
    totals = {name: sum(getattr(r, name) for r in rows) for name in _SUMMED}
    return TeamTrafficDay(
        team_id=team, day=day, department_id=department, hosts=len({r.host_id for r in rows}),
        effective_days=sum(1 for r in rows if r.live_minutes >= threshold),
        peak_viewers=max(r.peak_viewers for r in rows), **totals)


class DayTotals(NamedTuple):
    team_id: int
    day: date
    host_id: int | None
    live_minutes: int
    peak_viewers: int
    viewer_minutes: int
    new_followers: int
    gift_revenue: Decimal
    gmv: Decimal
    orders: int
    interactions: int


TEAM_DAY_COLUMNS = ("team_id", "day", "department_id", "hosts", "effective_days", "peak_viewers", *_SUMMED)


async def _rebuild_team_days(conn, pairs: set[tuple[int, date]]) -> None:
    if not pairs:
        return
    await _lock(conn, LOCK_NAMESPACE_TEAM, {t for t, _ in pairs})
    teams, days = list({t for t, _ in pairs}), list({d for _, d in pairs})
    grouped: dict[tuple[int, date], list[DayTotals]] = defaultdict(list)
    for row in await TrafficDay.filter(team_id__in=teams, day__in=days).using_db(conn).values_list(*DayTotals._fields):
        if (row[0], row[1]) in pairs:
            grouped[(row[0], row[1])].append(DayTotals(*row))
    departments = dict(await _team_departments(conn, set(teams)))
    threshold = effective_minutes()
    rows = [team_day(t, d, found, departments.get(t), threshold) for (t, d), found in grouped.items()]
    for team, day in pairs - set(grouped):
        await TeamTrafficDay.filter(team_id=team, day=day).using_db(conn).delete()
    await upsert_rows(conn, TeamTrafficDay, TEAM_DAY_COLUMNS, [tuple(getattr(r, c) for c in TEAM_DAY_COLUMNS) for r in rows],
                      conflict=("team_id", "day"))


async def _team_departments(conn, teams: set[int]) -> list[tuple[int, int]]:
    from backend.models.org import Team

    return await Team.filter(id__in=list(teams)).using_db(conn).values_list("id", "department_id")


async def roll_up(conn, minutes: list[Minute]) -> None:
    """Brings sessions, account days and team days up to date with minutes just written, in the
    caller's transaction."""
    if not minutes:
        return
    await lock_accounts(conn, {m.account_id for m in minutes})
    pairs = await _rebuild_sessions(conn, minutes, company_zone())
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
            await _replace_sessions(conn, {account: (first.at, last.at)}, zone)
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

