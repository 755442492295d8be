"""Ingesting live-stream metric samples: rows per second, ours against the driver alone.

ours (graphql)  the `trafficIngest` mutation with 1,000 samples a call (the API's maximum) as
       the demo partner client (token scope `traffic:write`, the accounts linked to it), POSTed
       to /graphql in process (httpx ASGITransport on `create_app`, the ORM opened by us):
       auth, parse, validation, limits, input coercion, the per-item checks, the upsert on
       (account, minute) and the rollups that follow every write (live sessions, account days,
       team days; backend/resolvers/traffic/rollups.py).
ours (ndjson)   the same samples as NDJSON, 10,000 lines a request, to POST /ingest/traffic
       (backend/bulk.py: parsed line by line, stored through the same resolver in one
       transaction of up to 10,000 lines).
floor  the same rows inserted into `metric_samples` by the driver, no framework: aiosqlite
       `executemany` in one transaction, with the ORM's pragmas (SQLite); asyncpg
       `copy_records_to_table`, i.e. COPY (PostgreSQL). Same batch size as the ours it is
       timed against (1,000 rows against graphql, 10,000 against ndjson).

Ours and the floor each write into their own copy of the medium demo database, made for this
run (so both start from the same state, with no samples, and grow alike) and dropped after it.
The samples: 50 of the partner's accounts live at once; a 1,000-sample call is 20 consecutive
minutes of all 50, as a partner pushes a live session; a session lasts 6 calls (2 hours), the
next begins an hour later. Every call sends minutes never sent before (a fresh timeline, from
30 days ago, made before timing). Before timing, and again after it, the rows ours and the floor
stored are compared (count, and every value), and ours' rollups are checked (one live session
per account and session, their minutes adding up to the samples).

strawberry-only  the same request body executed on a minimal Strawberry schema with the same
       input types and a resolver that does nothing (no HTTP, auth, checks or writes): what
       parsing, validating, coercing and converting 1,000 input objects costs the framework
       alone. Its share of the floor is the most any trafficIngest could reach on this stack.

Reported per database and path: rows/s of ours and of the floor, `share_of_floor` = ours rows/s
/ floor rows/s (target: at least 0.4), and `ratio` = ours / floor in time, as in every benchmark
(= 1 / share, so the target is ratio <= 2.5).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import traceback
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from itertools import islice

import httpx
import orjson
import strawberry

from bench.employee_page import count_statements
from bench.harness import VAR, Column, Outcome, Run, Timing, time_interleaved

SIZE, SEED = "medium", 42
ACCOUNTS, MINUTES_PER_CALL = 50, 20
CALL_ROWS = ACCOUNTS * MINUTES_PER_CALL  # 1,000: trafficIngest's maximum a call
CALLS_PER_SESSION, PAUSE_MINUTES = 6, 60  # 2-hour sessions, an hour apart (well over the 10-minute session gap)
NDJSON_CALLS = 10  # 10,000 lines a request
DAYS_BACK = 30  # where the timeline starts: inside the two years ingestion accepts, after the demo's history
TARGET_SHARE = 0.4  # ours rows/s at least 40 % of the floor's
TARGET = 1 / TARGET_SHARE  # the same target as the harness's ratio (ours / floor in time)
# Calls per phase (warm-up, timed), before --quick; multiples of the session's 6 calls.
GRAPHQL_WARMUP, GRAPHQL_REPEAT = 6, 30
NDJSON_WARMUP, NDJSON_REPEAT = 2, 9  # 9 requests = 90 calls' worth = 15 sessions
QUICK = {"graphql": (1, 6), "ndjson": (0, 2)}  # (warm-up, timed) with --quick
PROFILE_CALLS = {"graphql": 12, "ndjson": 2}

INGEST = """mutation TrafficIngest($samples: [TrafficSampleInput!]!) {
  trafficIngest(input: {samples: $samples}) { accepted rejected { index field code message } } }"""
COLUMNS = [
    Column("rows_per_call", "rows/call", "{:,d}"),
    Column("floor_ms", "floor ms", "{:.1f}"),
    Column("ours_ms", "ours ms", "{:.1f}"),
    Column("floor_rows_per_s", "floor rows/s", "{:,.0f}"),
    Column("ours_rows_per_s", "ours rows/s", "{:,.0f}"),
    Column("share_of_floor", "share", "{:.3f}"),
    Column("share_best", "share (best)", "{:.3f}"),
    Column("ratio", "ratio"),
    Column("sql_statements", "SQL/call", "{:d}"),
    Column("strawberry_only_ms", "strawberry-only ms", "{:.1f}"),
    Column("strawberry_only_share", "s-only share", "{:.3f}"),
]
COPY_COLUMNS = ("account_id", "at", "online_viewers", "followers", "gift_revenue", "gmv", "orders", "interactions")
SELECT_ROWS = f"SELECT {', '.join(COPY_COLUMNS)} FROM metric_samples ORDER BY account_id, at"
SQLITE_INSERT = f"INSERT INTO metric_samples ({', '.join(COPY_COLUMNS)}) VALUES ({', '.join('?' * len(COPY_COLUMNS))})"
# What Tortoise sets on its SQLite connection (tortoise/backends/sqlite/client.py): the floor writes alike.
SQLITE_PRAGMAS = {"journal_mode": "WAL", "journal_size_limit": 16384, "foreign_keys": "ON"}

# The "strawberry-only" reference: trafficIngest's input types on a minimal schema whose
# resolver only counts the samples.

@strawberry.input(name="TrafficSampleInput")
class BareSampleInput:
    account_id: strawberry.ID
    at: datetime
    online_viewers: int
    followers: int
    gift_revenue: Decimal
    gmv: Decimal
    orders: int
    interactions: int


@strawberry.input(name="TrafficIngestInput")
class BareIngestInput:
    samples: list[BareSampleInput]


@strawberry.type(name="TrafficRejection")
class BareRejection:
    index: int
    field: str
    code: str
    message: str


@strawberry.type(name="TrafficIngestPayload")
class BarePayload:
    accepted: int
    rejected: list[BareRejection]


@strawberry.type(name="Query")
class BareQuery:
    ok: bool = True


@strawberry.type(name="Mutation")
class BareMutation:
    @strawberry.mutation
    def traffic_ingest(self, input: BareIngestInput) -> BarePayload:
        return BarePayload(accepted=len(input.samples), rejected=[])


BARE_SCHEMA = strawberry.Schema(query=BareQuery, mutation=BareMutation)


async def bare_ingest(body: bytes) -> bytes:
    request = orjson.loads(body)
    result = await BARE_SCHEMA.execute(request["query"], variable_values=request["variables"],
                                       operation_name=request["operationName"])
    if result.errors or result.data != {"trafficIngest": {"accepted": CALL_ROWS, "rejected": []}}:
        raise RuntimeError(f"the bare schema answered {result.errors or result.data}")
    return orjson.dumps({"data": result.data})


# One sample: (account_id, at, online_viewers, followers, gift_revenue, gmv, orders, interactions).
Sample = tuple[int, datetime, int, int, Decimal, Decimal, int, int]


class Timeline:
    """Batch j is the j-th 1,000-sample call: 20 minutes of all 50 accounts, minute by minute.
    Values are a function of (account, session, minute), so every run sends the same numbers;
    the money, order and interaction counters grow through a session, followers through all."""

    def __init__(self, accounts: list[int], start: datetime) -> None:
        self.accounts = accounts
        self.start = start

    def session_start(self, session: int) -> datetime:
        return self.start + timedelta(minutes=session * (CALLS_PER_SESSION * MINUTES_PER_CALL + PAUSE_MINUTES))

    def batch(self, j: int) -> list[Sample]:
        session, part = divmod(j, CALLS_PER_SESSION)
        begins = self.session_start(session)
        rows = []
        for m in range(part * MINUTES_PER_CALL, (part + 1) * MINUTES_PER_CALL):
            at = begins + timedelta(minutes=m)
            lived = session * CALLS_PER_SESSION * MINUTES_PER_CALL + m
            for a, account in enumerate(self.accounts):
                orders = (m + 1) * (a % 4)
                rows.append((
                    account, at, 300 + (a * 131) % 4000 + (m * 37 + a * 11) % 250, 20_000 + a * 1000 + lived * (1 + a % 5),
                    Decimal((m + 1) * (100 + a * 37 % 500) + (m * 7919 + a) % 97).scaleb(-2),
                    Decimal(orders * 4999).scaleb(-2), orders, (m + 1) * (10 + a % 30)))
        return rows


def _item(sample: Sample) -> dict:
    from backend.graph.base import to_global_id

    account, at, viewers, followers, gifts, gmv, orders, interactions = sample
    return {"accountId": to_global_id("PlatformAccount", account), "at": at.isoformat(), "onlineViewers": viewers,
            "followers": followers, "giftRevenue": str(gifts), "gmv": str(gmv), "orders": orders,
            "interactions": interactions}


def graphql_body(samples: list[Sample]) -> bytes:
    return orjson.dumps({"query": INGEST, "operationName": "TrafficIngest",
                         "variables": {"samples": [_item(s) for s in samples]}})


def ndjson_body(samples: list[Sample]) -> bytes:
    return b"".join(orjson.dumps(_item(s)) + b"\n" for s in samples)


def sqlite_record(sample: Sample) -> tuple:
    """The values as the ORM stores them in SQLite: times as `isoformat(" ")` in UTC, decimals as text."""
    account, at, viewers, followers, gifts, gmv, orders, interactions = sample
    return (account, at.isoformat(" "), viewers, followers, str(gifts), str(gmv), orders, interactions)


# Scratch databases: copies of the cached demo, one per side, for this run only.

def _scratch_name(side: str) -> str:
    from bench.databases import PREFIX

    return f"{PREFIX}scratch_traffic_ingest_{side}_{os.getpid()}"


@asynccontextmanager
async def scratch_copies(run: Run, dialect: str, sides: tuple[str, ...]) -> AsyncIterator[dict[str, str]]:
    """{side: URL} of fresh copies of the medium demo, removed afterwards."""
    source = await run.database(dialect, size=SIZE, seed=SEED)
    if dialect == "sqlite":
        paths = {side: VAR / f"scratch-traffic_ingest-{side}-{os.getpid()}.sqlite3" for side in sides}
        try:
            src = sqlite3.connect(source[len("sqlite://"):])
            try:
                for path in paths.values():
                    path.unlink(missing_ok=True)
                    dst = sqlite3.connect(path)
                    try:
                        src.backup(dst)  # a consistent copy, write-ahead log included
                    finally:
                        dst.close()
            finally:
                src.close()
            yield {side: f"sqlite://{path}" for side, path in paths.items()}
        finally:
            for path in paths.values():
                for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                    leftover.unlink(missing_ok=True)
        return
    from bench.databases import _admin, _with_database

    template = source.rsplit("/", 1)[-1]
    names = {side: _scratch_name(side) for side in sides}
    conn = await _admin(run.postgres_url)
    try:
        for name in names.values():
            await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            await conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        yield {side: _with_database(run.postgres_url, name) for side, name in names.items()}
    finally:
        for name in names.values():
            await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await conn.close()


# The floor: the driver alone.

@asynccontextmanager
async def floor_writer(url: str) -> AsyncIterator[tuple[Callable[[list[Sample]], Awaitable[None]], Callable]]:
    """(insert(samples), rows()) on a driver connection of its own."""
    if url.startswith("sqlite://"):
        import aiosqlite

        async with aiosqlite.connect(url[len("sqlite://"):], isolation_level=None) as conn:
            for pragma, value in SQLITE_PRAGMAS.items():
                await conn.execute(f"PRAGMA {pragma}={value}")

            async def insert(samples: list[Sample]) -> None:
                records = [sqlite_record(s) for s in samples]
                await conn.execute("BEGIN")
                await conn.executemany(SQLITE_INSERT, records)
                await conn.commit()

            async def rows() -> list[tuple]:
                return [tuple(r) for r in await conn.execute_fetchall(SELECT_ROWS)]

            yield insert, rows
        return
    import asyncpg

    conn = await asyncpg.connect(url)
    try:
        async def insert(samples: list[Sample]) -> None:
            await conn.copy_records_to_table("metric_samples", records=samples, columns=COPY_COLUMNS)

        async def rows() -> list[tuple]:
            return [tuple(r) for r in await conn.fetch(SELECT_ROWS)]

        yield insert, rows
    finally:
        await conn.close()


async def ours_rows(url: str) -> list[tuple]:
    """What ours stored, read like the floor's (the driver, its own connection)."""
    if url.startswith("sqlite://"):
        import aiosqlite

        async with aiosqlite.connect(url[len("sqlite://"):]) as conn:
            return [tuple(r) for r in await conn.execute_fetchall(SELECT_ROWS)]
    import asyncpg

    conn = await asyncpg.connect(url)
    try:
        return [tuple(r) for r in await conn.fetch(SELECT_ROWS)]
    finally:
        await conn.close()


def digest(rows: list[tuple], start: datetime) -> str:
    """A checksum of every value that does not move with the day the run starts on (times as
    minutes since the timeline's start)."""
    h = hashlib.sha256()
    for account, at, *values in rows:
        moment = at if isinstance(at, datetime) else datetime.fromisoformat(at)
        h.update(repr((account, (moment - start) // timedelta(minutes=1), *map(str, values))).encode())
    return h.hexdigest()[:16]


async def check_same_rows(ours_url: str, floor_rows: Callable, start: datetime, expected: int) -> dict:
    ours, floor = await ours_rows(ours_url), await floor_rows()
    if len(ours) != expected or len(floor) != expected:
        raise RuntimeError(f"expected {expected} samples on each side; ours stored {len(ours)}, the floor {len(floor)}")
    if ours != floor:
        diff = next(i for i, (a, b) in enumerate(zip(ours, floor)) if a != b)
        raise RuntimeError(f"ours and the floor stored different rows (first: ours {ours[diff]} vs floor {floor[diff]})")
    return {"rows": len(ours), "checksum": digest(ours, start)}


async def check_rollups(timeline: Timeline, batches: int) -> None:
    """One live session per account and session begun, their minutes adding up to the samples."""
    from backend.models.traffic import LiveSession, TrafficDay

    sessions = (batches - 1) // CALLS_PER_SESSION + 1
    minutes = await LiveSession.filter(account_id__in=timeline.accounts, started_at__gte=timeline.start).values_list(
        "minutes", flat=True)
    if (len(minutes), sum(minutes)) != (ACCOUNTS * sessions, batches * CALL_ROWS):
        raise RuntimeError(f"rollups: {len(minutes)} sessions of {sum(minutes)} minutes; expected "
                           f"{ACCOUNTS * sessions} of {batches * CALL_ROWS}")
    days = await TrafficDay.filter(account_id__in=timeline.accounts, day__gte=timeline.start.date()).count()
    if not days:
        raise RuntimeError("rollups: no account days were written")


async def _accounts() -> list[int]:
    from backend.models.traffic import PlatformAccount
    from backend.seed.accounts import PARTNER_CLIENT

    ids = await PlatformAccount.filter(partner_client__client_id=PARTNER_CLIENT[0]).order_by("id").limit(
        ACCOUNTS).values_list("id", flat=True)
    if len(ids) < ACCOUNTS:
        raise RuntimeError(f"the {SIZE} demo links only {len(ids)} accounts to {PARTNER_CLIENT[0]}; need {ACCOUNTS}")
    return list(ids)


def _numbers(rows: int, floor_t: Timing, ours_t: Timing, statements: int) -> dict:
    per_s = lambda ms: rows / (ms / 1000)  # noqa: E731
    return {
        "rows_per_call": rows, "floor_ms": round(floor_t.median, 3), "ours_ms": round(ours_t.median, 3),
        "floor_rows_per_s": round(per_s(floor_t.median)), "ours_rows_per_s": round(per_s(ours_t.median)),
        "share_of_floor": round(floor_t.median / ours_t.median, 4), "ratio": round(ours_t.median / floor_t.median, 3),
        # Fastest call of each: steadier than the medians on a busy machine.
        "share_best": round(floor_t.best / ours_t.best, 4), "ratio_best": round(ours_t.best / floor_t.best, 3),
        "floor_p90_ms": round(floor_t.p90, 3), "ours_p90_ms": round(ours_t.p90, 3), "samples": len(ours_t.samples_ms),
        "sql_statements": statements,
    }


def _bare_numbers(timings: dict[str, Timing]) -> dict:
    bare = timings.get("strawberry_only")
    if bare is None:
        return {}
    return {"strawberry_only_ms": round(bare.median, 3),
            "strawberry_only_share": round(timings["floor"].median / bare.median, 4)}


async def measure(run: Run, dialect: str) -> dict[str, dict]:
    from backend import db
    from backend.app import create_app, settle_heap
    from backend.auth import issue_access_token
    from backend.seed.accounts import PARTNER_CLIENT
    from tortoise.backends.base.executor import EXECUTOR_CACHE

    # --quick: fewer than run.repeat() would give (its floor of 5 NDJSON requests is 50,000 rows);
    # the checked call before timing already warms both sides up.
    g_warm, g_rep = (QUICK["graphql"] if run.quick else (GRAPHQL_WARMUP, GRAPHQL_REPEAT))
    n_warm, n_rep = (QUICK["ndjson"] if run.quick else (NDJSON_WARMUP, NDJSON_REPEAT))
    # +1: the call that is checked (and its SQL counted) before timing.
    g_calls, n_calls = 1 + g_warm + g_rep, 1 + n_warm + n_rep
    profiling = {k: v if run.profile else 0 for k, v in PROFILE_CALLS.items()}
    today = datetime.now(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)
    start = today - timedelta(days=DAYS_BACK) + timedelta(hours=10)  # 18:00 in the company's time zone

    async with scratch_copies(run, dialect, ("ours", "floor")) as urls, AsyncExitStack() as stack:
        # Tortoise caches each model's INSERT/UPDATE/DELETE SQL per connection *name* ("default"),
        # not per dialect: after the SQLite variant, PostgreSQL would get SQLite's statements.
        EXECUTOR_CACHE.clear()
        stack.callback(EXECUTOR_CACHE.clear)
        await stack.enter_async_context(db.database(urls["ours"]))
        timeline = Timeline(await _accounts(), start)
        floor_insert, floor_rows = await stack.enter_async_context(floor_writer(urls["floor"]))
        token = issue_access_token(f"client:{PARTNER_CLIENT[0]}", {"scope": "traffic:write"})[0]
        client = await stack.enter_async_context(httpx.AsyncClient(
            transport=httpx.ASGITransport(app=create_app(manage_database=False)), base_url="http://bench"))
        settle_heap()  # as the server does once started
        auth = {"authorization": f"Bearer {token}"}

        # Every request body and floor batch is made before timing: a partner builds its own.
        run.log(f"traffic_ingest on {dialect}: preparing {g_calls + profiling['graphql']} + "
                f"{(n_calls + profiling['ndjson']) * NDJSON_CALLS} calls of {CALL_ROWS} samples ...")
        batches = (timeline.batch(j) for j in range(10**9))
        g_batches = list(islice(batches, g_calls))
        n_batches = [[s for b in islice(batches, NDJSON_CALLS) for s in b] for _ in range(n_calls)]
        g_bodies = iter([graphql_body(b) for b in g_batches] + [graphql_body(next(batches)) for _ in range(profiling["graphql"])])
        n_bodies = iter([ndjson_body(b) for b in n_batches] + [ndjson_body([s for b in islice(batches, NDJSON_CALLS) for s in b])
                                                               for _ in range(profiling["ndjson"])])
        floor_batches = iter(g_batches + n_batches)

        async def graphql() -> None:
            response = await client.post("/graphql", content=next(g_bodies),
                                         headers={**auth, "content-type": "application/json", "accept": "application/json"})
            answer = orjson.loads(response.content) if response.status_code == 200 else {}
            if answer.get("errors") or answer.get("data", {}).get("trafficIngest") != {"accepted": CALL_ROWS, "rejected": []}:
                raise RuntimeError(f"/graphql answered {response.status_code}: {response.text[:500]}")

        async def ndjson() -> None:
            response = await client.post("/ingest/traffic", content=next(n_bodies),
                                         headers={**auth, "content-type": "application/x-ndjson"})
            answer = orjson.loads(response.content) if response.status_code == 200 else {}
            if (answer.get("accepted"), answer.get("rejectedCount")) != (CALL_ROWS * NDJSON_CALLS, 0):
                raise RuntimeError(f"/ingest/traffic answered {response.status_code}: {response.text[:500]}")

        async def floor() -> None:
            await floor_insert(next(floor_batches))

        bare_body = graphql_body(g_batches[0])

        async def strawberry_only() -> None:
            await bare_ingest(bare_body)

        variants: dict[str, dict] = {}
        stored = 0
        for path, ours, rows, warm, rep in (("graphql", graphql, CALL_ROWS, g_warm, g_rep),
                                            ("ndjson", ndjson, CALL_ROWS * NDJSON_CALLS, n_warm, n_rep)):
            statements = await count_statements(ours)
            await floor()
            stored += rows
            checked = await check_same_rows(urls["ours"], floor_rows, start, stored)
            await check_rollups(timeline, stored // CALL_ROWS)
            run.log(f"traffic_ingest on {dialect}/{path}: same {checked['rows']} rows on both sides; timing "
                    f"{warm} + {rep} calls of {rows} rows ...")
            calls = {"floor": floor, "ours": ours, **({"strawberry_only": strawberry_only} if path == "graphql" else {})}
            timings = await time_interleaved(calls, repeat=rep, warmup=warm)
            stored += (warm + rep) * rows
            after = await check_same_rows(urls["ours"], floor_rows, start, stored)
            await check_rollups(timeline, stored // CALL_ROWS)
            variants[f"{dialect} {path}"] = {**_numbers(rows, timings["floor"], timings["ours"], statements),
                                             **_bare_numbers(timings), "checked": {"before": checked, "after": after}}
            run.log(f"traffic_ingest on {dialect}/{path}: ours {variants[f'{dialect} {path}']['ours_rows_per_s']:,} "
                    f"rows/s, floor {variants[f'{dialect} {path}']['floor_rows_per_s']:,} rows/s")
        for path, ours in (("graphql", graphql), ("ndjson", ndjson)):
            if profiling[path]:
                await run.profile_calls(f"traffic_ingest-{dialect}-{path}", ours, repeat=profiling[path])
    return variants


async def traffic_ingest(run: Run) -> Outcome:
    """Metric samples stored per second: trafficIngest (1,000 a call) and POST /ingest/traffic
    (NDJSON, 10,000 a request), rollups included, vs the driver's executemany / COPY."""
    variants: dict[str, dict] = {}
    for dialect in run.backends:
        try:
            variants.update(await measure(run, dialect))
        except Exception as exc:  # noqa: BLE001  one database failing must not hide the other's
            run.log(f"traffic_ingest on {dialect} failed:\n{traceback.format_exc()}")
            first_line = (str(exc).strip().splitlines() or [""])[0]
            variants[dialect] = {"error": f"{type(exc).__name__}: {first_line}"}
    ratios = [v["ratio"] for v in variants.values() if "ratio" in v]
    shares = {k: v["share_of_floor"] for k, v in variants.items() if "share_of_floor" in v}
    worst = min(shares.values()) if shares else None
    return Outcome(
        ratio=max(ratios) if ratios else None, target=TARGET, columns=COLUMNS, variants=variants,
        title=f"metric samples stored per second, rollups included ({ACCOUNTS} accounts x {MINUTES_PER_CALL} "
              f"minutes a call; {SIZE} demo) vs the driver alone (executemany / COPY)",
        details={"share_of_floor": worst, "target_share_of_floor": TARGET_SHARE,
                 "accounts": ACCOUNTS, "minutes_per_call": MINUTES_PER_CALL, "calls_per_session": CALLS_PER_SESSION,
                 "ndjson_lines": CALL_ROWS * NDJSON_CALLS, "size": SIZE, "seed": SEED},
        notes=[f"share = ours rows/s / floor rows/s, target >= {TARGET_SHARE:g} (the same as ratio <= {TARGET:g}); "
               f"worst share {'-' if worst is None else f'{worst:.3f}'}",
               "s-only share = floor time / a bare Strawberry schema's time for the same body with a resolver "
               "that does nothing: the framework's own ceiling for trafficIngest"],
    )
