"""A team's traffic over a year, day by day: the console's chart, ours against raw SQL.

ours   POST /graphql with `trafficSeries` (bucket DAY, five metrics: viewer hours, gift revenue,
       GMV, new followers, live hours) for one team over 365 days, as the hr_manager demo user,
       in process (httpx ASGITransport on `create_app`, the ORM opened by us): auth, parse,
       validation, limits, the access check, the GROUP BY over the team's daily rollups
       (backend/resolvers/traffic/series.py: `days_for`, `daily_totals`), the zero-filled days,
       the Decimal rounding, serialisation.
floor  one SQL statement sent with the driver (aiosqlite / asyncpg), the same GROUP BY day over
       `team_traffic_days`, turned into the same JSON by hand (zero-filled days, the same
       rounding and formatting: money and hours as Decimal strings with 2 places, followers as
       integers, timestamps as company-time-zone midnights) and serialised with orjson.

resolver  `traffic_series()` called directly with the same viewer (no HTTP, GraphQL or JSON):
       what the resolver and the ORM alone cost, for reading the ratio.

The team: the one with the most hosts in the large demo (ties: the lowest id). The range:
BENCH_TODAY - 364 days to BENCH_TODAY. The answers are compared before timing (every
timestamp and value), so every side does the same job.
"""

from __future__ import annotations

import traceback
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

import httpx
import orjson

from bench.databases import BENCH_TODAY
from bench.employee_page import USER, _token, count_statements
from bench.harness import Column, Outcome, Run, time_interleaved

SIZE, SEED = "large", 42
TARGET = 3.0
DAYS = 365
START, END = BENCH_TODAY - timedelta(days=DAYS - 1), BENCH_TODAY
METRICS = ("VIEWER_HOURS", "GIFT_REVENUE", "GMV", "NEW_FOLLOWERS", "LIVE_HOURS")
REPEAT, WARMUP = 150, 20

QUERY = """query TeamYear($subject: TrafficSubjectInput!, $from: Date!, $to: Date!) { trafficSeries(subject: $subject, from: $from, to: $to, bucket: DAY, metrics: [VIEWER_HOURS, GIFT_REVENUE, GMV, NEW_FOLLOWERS, LIVE_HOURS]) { timestamps metrics { metric values } } }"""

# The floor: one statement, one row per day the team streamed (the rollup is unique per (team, day)).
FLOOR_SQL = """
SELECT day, SUM(viewer_minutes), SUM(gift_revenue), SUM(gmv), SUM(new_followers), SUM(live_minutes)
FROM team_traffic_days
WHERE team_id = {p1} AND day BETWEEN {p2} AND {p3}
GROUP BY day ORDER BY day
"""
# The team with the most hosts (current team of each host employee), found once before timing.
BUSIEST_TEAM_SQL = """
SELECT team_id, COUNT(*) FROM employees WHERE is_host AND team_id IS NOT NULL
GROUP BY team_id ORDER BY COUNT(*) DESC, team_id LIMIT 1
"""

COLUMNS = [
    Column("floor_ms", "floor ms"),
    Column("graphql_ms", "graphql ms"),
    Column("ratio", "ratio"),
    Column("ratio_best", "ratio (best)"),
    Column("resolver_ms", "resolver ms"),
    Column("resolver_ratio", "resolver/floor"),
    Column("sql_statements", "SQL/req", "{:d}"),
    Column("team_hosts", "team hosts", "{:d}"),
    Column("days_streamed", "days w/ rows", "{:d}"),
]

CENT = Decimal("0.01")


def _round(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _money(value) -> str:
    # SQLite sums the text-stored decimals as floats; two places bring the cents back (as ours does).
    return str(_round(Decimal(str(value or 0))))


def _hours(minutes) -> str:
    return str(_round(Decimal(minutes or 0) / 60))


ZERO_DAY = ("0.00", "0.00", "0.00", "0", "0.00")


def floor_document(rows: list, start: date, end: date, zone: ZoneInfo) -> dict:
    """The GraphQL response, built by hand from the floor's rows: every day of the range, zero-filled."""
    found = {}
    for day, viewer_minutes, gifts, gmv, followers, live_minutes in rows:
        if not isinstance(day, date):
            day = date.fromisoformat(day)
        found[day] = (_hours(viewer_minutes), _money(gifts), _money(gmv), str(followers or 0), _hours(live_minutes))
    timestamps, columns = [], ([], [], [], [], [])
    day = start
    while day <= end:
        timestamps.append(datetime.combine(day, time(), tzinfo=zone).isoformat())
        for column, value in zip(columns, found.get(day, ZERO_DAY)):
            column.append(value)
        day += timedelta(days=1)
    return {"data": {"trafficSeries": {"timestamps": timestamps, "metrics": [
        {"metric": metric, "values": values} for metric, values in zip(METRICS, columns)]}}}


@asynccontextmanager
async def floor_connection(url: str) -> AsyncIterator[tuple[Callable[..., Awaitable[list]], Callable]]:
    """(rows(team_id[, start, end]) of the floor's statement, busiest_team()) on a driver connection of its own."""
    if url.startswith("sqlite://"):
        import aiosqlite

        async with aiosqlite.connect(url[len("sqlite://"):]) as conn:
            sql = FLOOR_SQL.format(p1="?", p2="?", p3="?")

            async def rows(team_id: int, start: date = START, end: date = END) -> list:
                # DateField is stored as ISO text
                return list(await conn.execute_fetchall(sql, (team_id, start.isoformat(), end.isoformat())))

            async def busiest() -> tuple[int, int]:
                return tuple((await conn.execute_fetchall(BUSIEST_TEAM_SQL))[0])

            yield rows, busiest
        return
    import asyncpg

    conn = await asyncpg.connect(url)
    try:
        sql = FLOOR_SQL.format(p1="$1", p2="$2", p3="$3")

        async def rows(team_id: int, start: date = START, end: date = END) -> list:
            return await conn.fetch(sql, team_id, start, end)

        async def busiest() -> tuple[int, int]:
            return tuple(await conn.fetchrow(BUSIEST_TEAM_SQL))

        yield rows, busiest
    finally:
        await conn.close()


def first_difference(ours: dict, floor: dict) -> str:
    a, b = ours["trafficSeries"], floor["trafficSeries"]
    if len(a["timestamps"]) != len(b["timestamps"]):
        return f"{len(a['timestamps'])} timestamps vs {len(b['timestamps'])}"
    for i, (x, y) in enumerate(zip(a["timestamps"], b["timestamps"])):
        if x != y:
            return f"timestamps[{i}]: ours {x!r}, floor {y!r}"
    for o, f in zip(a["metrics"], b["metrics"]):
        if o["metric"] != f["metric"]:
            return f"metric {o['metric']} vs {f['metric']}"
        for i, (x, y) in enumerate(zip(o["values"], f["values"])):
            if x != y:
                return f"{o['metric']}[{i}] ({a['timestamps'][i][:10]}): ours {x!r}, floor {y!r}"
    return "shape"


def resolver_document(series) -> dict:
    """`traffic_series()`'s result as the GraphQL layer turns it into JSON (for the resolver-only
    call: str() of each Decimal, isoformat() of each timestamp, the enum's name)."""
    return {"data": {"trafficSeries": {"timestamps": [t.isoformat() for t in series.starts], "metrics": [
        {"metric": m.name, "values": [None if v is None else str(v) for v in values]}
        for m, values in series.values.items()]}}}


async def measure(run: Run, dialect: str) -> dict:
    from backend import db
    from backend.app import create_app, settle_heap
    from backend.auth import viewer_from_token
    from backend.graph.base import to_global_id
    from backend.resolvers.traffic import series as resolvers
    from backend.company_time import company_zone
    from tortoise.backends.base.executor import EXECUTOR_CACHE

    url = await run.database(dialect, size=SIZE, seed=SEED)
    zone = company_zone()
    async with AsyncExitStack() as stack:
        # Only reads here, but the ORM's statement cache is keyed by connection name, not dialect
        # (see bench/traffic_ingest.py): start and leave each database with a clean one.
        EXECUTOR_CACHE.clear()
        stack.callback(EXECUTOR_CACHE.clear)
        floor_rows, busiest_team = await stack.enter_async_context(floor_connection(url))
        team_id, hosts = await busiest_team()
        await stack.enter_async_context(db.database(url))
        token = await _token()
        viewer = await viewer_from_token(token)
        app = create_app(manage_database=False)
        settle_heap()  # as the server does once started
        client = await stack.enter_async_context(
            httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bench"))
        headers = {"authorization": f"Bearer {token}", "content-type": "application/json",
                   "accept": "application/json"}
        subject = resolvers.Subject(kind=resolvers.SubjectKind.TEAM, id=team_id)
        metrics = [resolvers.Metric[m] for m in METRICS]

        def body(start: date, end: date) -> bytes:
            return orjson.dumps({"query": QUERY, "operationName": "TeamYear", "variables": {
                "subject": {"teamId": to_global_id("Team", team_id)}, "from": start.isoformat(), "to": end.isoformat()}})

        year = body(START, END)

        async def floor() -> bytes:
            return orjson.dumps(floor_document(await floor_rows(team_id), START, END, zone))

        async def graphql(content: bytes = year) -> bytes:
            response = await client.post("/graphql", content=content, headers=headers)
            if response.status_code != 200:
                raise RuntimeError(f"/graphql answered {response.status_code}: {response.text[:500]}")
            return response.content

        async def resolver() -> bytes:
            found = await resolvers.traffic_series(viewer=viewer, subject=subject, start=START, end=END,
                                                   bucket=resolvers.Bucket.DAY, metrics=metrics)
            return orjson.dumps(resolver_document(found))

        async def same_answer(start: date, end: date) -> dict:
            """ours' and the floor's `data` for a range, equal in every timestamp and value."""
            answer = orjson.loads(await graphql(body(start, end)))
            if answer.get("errors") or "data" not in answer:
                raise RuntimeError(f"/graphql returned errors: {answer.get('errors')}")
            # `extensions` (the query's cost) is ours alone; the data must be equal, every value.
            expected = orjson.loads(orjson.dumps(floor_document(await floor_rows(team_id, start, end), start, end, zone)))
            if answer["data"] != expected["data"]:
                raise RuntimeError(f"{start}..{end}: the floor's JSON differs from the GraphQL answer "
                                   f"({first_difference(answer['data'], expected['data'])}); fix the floor before timing")
            return answer

        answer = await same_answer(START, END)
        if orjson.loads(await resolver())["data"] != answer["data"]:
            raise RuntimeError("traffic_series() called directly differs from /graphql")
        if orjson.loads(await floor())["data"] != answer["data"]:
            raise RuntimeError("the timed floor differs from the checked one")
        # The team streams every day of the demo's year: check the zero-filled days on a range
        # that runs past the demo's history (a week after BENCH_TODAY has no rows).
        await same_answer(END - timedelta(days=6), END + timedelta(days=7))
        series = answer["data"]["trafficSeries"]
        streamed = len(await floor_rows(team_id))
        if len(series["timestamps"]) != DAYS or not streamed:
            raise RuntimeError(f"{len(series['timestamps'])} days, {streamed} with rows: expected {DAYS} and some traffic")
        statements = await count_statements(graphql)
        run.log(f"traffic_series on {dialect}: team {team_id} ({hosts} hosts, {streamed} of {DAYS} days with rows), "
                f"answers equal; timing ...")
        timings = await time_interleaved({"floor": floor, "graphql": graphql, "resolver": resolver},
                                         repeat=run.repeat(REPEAT), warmup=run.repeat(WARMUP))
        await run.profile_calls(f"traffic_series-{dialect}", graphql, repeat=100)
    floor_t, graphql_t, resolver_t = timings["floor"], timings["graphql"], timings["resolver"]
    return {
        "floor_ms": round(floor_t.median, 3), "graphql_ms": round(graphql_t.median, 3),
        "ratio": round(graphql_t.median / floor_t.median, 3),
        # Fastest call of each: less sensitive to other work on a busy machine than the medians.
        "ratio_best": round(graphql_t.best / floor_t.best, 3),
        "resolver_ms": round(resolver_t.median, 3), "resolver_ratio": round(resolver_t.median / floor_t.median, 3),
        "floor_p90_ms": round(floor_t.p90, 3), "graphql_p90_ms": round(graphql_t.p90, 3),
        "resolver_p90_ms": round(resolver_t.p90, 3), "samples": len(graphql_t.samples_ms),
        "sql_statements": statements, "team_id": team_id, "team_hosts": hosts, "days_streamed": streamed,
        "response_bytes": len(orjson.dumps(answer)),
    }


async def traffic_series(run: Run) -> Outcome:
    """A team's year at DAY buckets (5 metrics, 365 days) through trafficSeries on the large demo
    vs one GROUP BY over team_traffic_days + orjson."""
    variants: dict[str, dict] = {}
    for dialect in run.backends:
        try:
            run.log(f"traffic_series on {dialect}: the {SIZE} demo ...")
            variants[dialect] = await measure(run, dialect)
            run.log(f"traffic_series on {dialect}: ratio {variants[dialect]['ratio']:.2f}")
        except Exception as exc:  # noqa: BLE001  one database failing must not hide the other's
            run.log(f"traffic_series on {dialect} failed:\n{traceback.format_exc()}")
            first_line = (str(exc).strip().splitlines() or [""])[0]
            variants[dialect] = {"error": f"{type(exc).__name__}: {first_line}"}
    ratios = [v["ratio"] for v in variants.values() if "ratio" in v]
    return Outcome(
        ratio=max(ratios) if ratios else None, target=TARGET, columns=COLUMNS, variants=variants,
        title=f"trafficSeries, the busiest team's {DAYS} days at DAY buckets, {len(METRICS)} metrics, as {USER}; "
              f"/graphql in process vs one GROUP BY over team_traffic_days + orjson ({SIZE} demo, seed {SEED})",
        details={"size": SIZE, "seed": SEED, "from": START.isoformat(), "to": END.isoformat(), "bucket": "DAY",
                 "metrics": list(METRICS)},
    )
