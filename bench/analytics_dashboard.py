"""The people-analytics dashboard on the large demo: its four aggregates through GraphQL against
the same aggregates in raw SQL.

ours   one POST /graphql with the dashboard's query as the hr_manager demo user, in process (httpx
       ASGITransport on `create_app`, the ORM opened by us): `workforceTrend` (12 months),
       `workforceBreakdown` by DEPARTMENT (the same 12 months), `retentionCurves` (QUARTER cohorts
       hired over two years, voluntary exits) and `efficiency` by DEPARTMENT, MONTH (12 months): auth,
       parse, validation, limits, the permission checks, the resolvers' SQL, the Kaplan-Meier and
       efficiency arithmetic, Decimal formatting, JSON.
floor  hand-written SQL through the driver (aiosqlite / asyncpg) on a connection of its own: for the
       trend, headcount at each month end in one pass plus hires and exits by month; for the
       breakdown, one GROUP BY department and exit reason; for retention, the cohorts' hire and exit
       dates, with the same pure Kaplan-Meier function; for efficiency, headcount at each bucket
       boundary, traffic revenue and payslip gross by department and month, finance's figures; the
       numbers assembled with Decimal and serialised with orjson.

Before timing, every number the dashboard shows is compared between the two (headcounts, hires,
exits, reasons, cohort sizes, numbers at risk, survival, revenue, sources, people cost, average
headcount, revenue per head, HC ROI), so both sides do the same job.
"""

from __future__ import annotations

import traceback
from collections import defaultdict
from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import httpx
import orjson

from bench.databases import BENCH_TODAY
from bench.employee_page import USER, _token, count_statements
from bench.harness import Column, Outcome, Run, time_interleaved

SIZE, SEED = "large", 42
TARGET = 3.0
REPEAT, WARMUP = 30, 5
CENT, TENTH = Decimal("0.01"), Decimal("0.1")


def _month(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


START = _month(BENCH_TODAY, -11)  # 12 whole months up to BENCH_TODAY (2024-07-01 .. 2025-06-30)
END = BENCH_TODAY
COHORTS_FROM = _month(BENCH_TODAY, -23)  # two years of hires: 8 quarterly cohorts
MONTHS = [_month(START, i) for i in range(12)]
MONTH_ENDS = [_month(m, 1) - timedelta(days=1) for m in MONTHS]

QUERY = """query AnalyticsDashboard($from: Date!, $to: Date!, $cohortsFrom: Date!, $asOf: Date!) {
  workforceTrend(from: $from, to: $to) { months headcount hires exits voluntaryExits attritionRatePercent }
  workforceBreakdown(from: $from, to: $to, by: DEPARTMENT) { groups { key label headcountStart headcountEnd
    averageHeadcount hires exits voluntaryExits involuntaryExits attritionRatePercent annualisedAttritionRatePercent
    exitReasons { reason count } } }
  retentionCurves(cohort: QUARTER, from: $cohortsFrom, to: $to, exits: VOLUNTARY, asOf: $asOf) {
    label startsOn size months atRisk events censored survival ciLow ciHigh }
  efficiency(from: $from, to: $to, by: DEPARTMENT, bucket: MONTH) { buckets groups {
    key label revenue revenueSource peopleCost operatingCost averageHeadcount revenuePerHead humanCapitalRoi } }
}"""
VARIABLES = {"from": START.isoformat(), "to": END.isoformat(), "cohortsFrom": COHORTS_FROM.isoformat(),
             "asOf": BENCH_TODAY.isoformat()}

EMPLOYED = "SUM(CASE WHEN hired_on <= ? AND (left_on IS NULL OR left_on > ?) THEN 1 ELSE 0 END)"
LAST_LEFT = """LEFT JOIN employment_events ev ON ev.id = (
  SELECT MAX(x.id) FROM employment_events x WHERE x.employee_id = e.id AND x.kind = 'left')"""
SQL = {
    "trend_heads": f"SELECT {', '.join(EMPLOYED for _ in range(13))} FROM employees WHERE hired_on <= ?",
    "trend_hires": "SELECT {month} AS m, COUNT(*) FROM employees WHERE hired_on >= ? AND hired_on <= ? GROUP BY 1",
    "trend_exits": """SELECT {month} AS m, COUNT(*), SUM(CASE WHEN EXISTS (SELECT 1 FROM employment_events v
        WHERE v.employee_id = e.id AND v.kind = 'left' AND v.voluntary = ?) THEN 1 ELSE 0 END)
        FROM employees e WHERE left_on >= ? AND left_on <= ? GROUP BY 1""",
    "breakdown": f"""SELECT e.department_id, CASE WHEN e.left_on <= ? THEN ev.reason_category END,
        SUM(CASE WHEN e.hired_on < ? AND (e.left_on IS NULL OR e.left_on >= ?) THEN 1 ELSE 0 END),
        SUM(CASE WHEN e.left_on IS NULL OR e.left_on > ? THEN 1 ELSE 0 END),
        SUM(CASE WHEN e.hired_on >= ? THEN 1 ELSE 0 END), SUM(CASE WHEN e.left_on <= ? THEN 1 ELSE 0 END),
        SUM(CASE WHEN e.left_on <= ? AND ev.voluntary = ? THEN 1 ELSE 0 END)
        FROM employees e {LAST_LEFT} WHERE e.hired_on <= ? AND (e.left_on IS NULL OR e.left_on >= ?) GROUP BY 1, 2""",
    "cohorts": f"SELECT e.hired_on, e.left_on, ev.voluntary FROM employees e {LAST_LEFT} WHERE e.hired_on >= ? AND e.hired_on <= ?",
    "eff_heads": f"SELECT department_id, {', '.join(EMPLOYED for _ in range(13))} FROM employees "
                 "WHERE department_id IS NOT NULL GROUP BY 1",
    "eff_traffic": """SELECT department_id, {month_of_day} AS m, SUM(CAST(ROUND(gift_revenue * 100) AS BIGINT)),
        SUM(CAST(ROUND(gmv * 100) AS BIGINT)) FROM team_traffic_days
        WHERE day >= ? AND day <= ? AND department_id IS NOT NULL GROUP BY 1, 2""",
    "eff_pay": """SELECT department_id, period_start, SUM(CAST(ROUND(gross * 100) AS BIGINT)) FROM payslips
        WHERE period_start >= ? AND period_start <= ? AND department_id IS NOT NULL GROUP BY 1, 2""",
    "figures": "SELECT department_id, team_id, month, revenue, operating_cost FROM financial_figures WHERE month >= ? AND month <= ?",
    "departments": "SELECT id, name FROM departments",
}

COLUMNS = [
    Column("floor_ms", "floor ms"),
    Column("graphql_ms", "graphql ms"),
    Column("ratio", "ratio"),
    Column("ratio_best", "ratio (best)"),
    Column("sql_statements", "SQL/req", "{:d}"),
    Column("departments", "departments", "{:d}"),
    Column("cohorts", "cohorts", "{:d}"),
    Column("cohort_people", "cohort people", "{:d}"),
]


def _day(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _money(value) -> Decimal:
    return Decimal(str(value)).quantize(CENT, ROUND_HALF_UP)


def _percent(part, whole) -> str | None:
    return None if not whole else str((Decimal(part) * 100 / Decimal(whole)).quantize(CENT, ROUND_HALF_UP))


@asynccontextmanager
async def floor_connection(url: str) -> AsyncIterator[tuple[Callable, str]]:
    """(fetch(sql with ?, params), dialect) on a driver connection of its own."""
    if url.startswith("sqlite://"):
        import aiosqlite

        async with aiosqlite.connect(url[len("sqlite://"):]) as conn:
            async def fetch(sql: str, params: list) -> list:
                return list(await conn.execute_fetchall(sql, [p.isoformat() if isinstance(p, date) else p for p in params]))

            yield fetch, "sqlite"
        return
    import asyncpg

    conn = await asyncpg.connect(url)
    try:
        async def fetch(sql: str, params: list) -> list:
            parts = sql.split("?")
            numbered = "".join(p + (f"${i + 1}" if i < len(parts) - 1 else "") for i, p in enumerate(parts))
            return await conn.fetch(numbered, *params)

        yield fetch, "postgres"
    finally:
        await conn.close()


async def floor_numbers(fetch, dialect: str, shares: tuple[Decimal, Decimal]) -> dict:
    from backend.resolvers.analytics.retention import CohortSize, ExitsCounted, cohort_label, cohort_start, subject
    from backend.resolvers.analytics.survival import kaplan_meier

    month = "to_char({c}, 'YYYY-MM')" if dialect == "postgres" else "substr({c}, 1, 7)"
    boundaries = [START - timedelta(days=1), *MONTH_ENDS]
    heads = (await fetch(SQL["trend_heads"], [d for b in boundaries for d in (b, b)] + [END]))[0]
    hires = dict(await fetch(SQL["trend_hires"].format(month=month.format(c="hired_on")), [START, END]))
    exits = {r[0]: (r[1], r[2]) for r in await fetch(SQL["trend_exits"].format(month=month.format(c="left_on")), [True, START, END])}
    keys = [f"{m:%Y-%m}" for m in MONTHS]
    trend = {"headcount": list(heads[1:]), "hires": [hires.get(k, 0) for k in keys],
             "exits": [exits.get(k, (0, 0))[0] for k in keys], "voluntaryExits": [int(exits.get(k, (0, 0))[1] or 0) for k in keys],
             "attritionRatePercent": [_percent(exits.get(k, (0, 0))[0], Decimal(heads[i] + heads[i + 1]) / 2)
                                      for i, k in enumerate(keys)]}
    names = dict(await fetch(SQL["departments"], []))
    # Breakdown by department over the 12 months.
    groups: dict = {}
    for dept, reason, at_start, at_end, hired, left, voluntary in await fetch(
            SQL["breakdown"], [END, START, START, END, START, END, END, True, END, START]):
        g = groups.setdefault(dept, {"label": names.get(dept, "Not recorded"), "headcountStart": 0, "headcountEnd": 0,
                                     "hires": 0, "exits": 0, "voluntaryExits": 0, "reasons": {}})
        for key, value in (("headcountStart", at_start), ("headcountEnd", at_end), ("hires", hired), ("exits", left),
                           ("voluntaryExits", voluntary)):
            g[key] += int(value or 0)
        if reason is not None and left:
            g["reasons"][reason.upper()] = g["reasons"].get(reason.upper(), 0) + int(left)
    breakdown = sorted(groups.values(), key=lambda g: (g["label"] == "Not recorded", g["label"]))
    # Retention: quarterly cohorts, voluntary exits.
    cohorts = defaultdict(list)
    for hired, left, voluntary in await fetch(SQL["cohorts"], [COHORTS_FROM, END]):
        hired = _day(hired)
        cohorts[cohort_start(hired, CohortSize.QUARTER)].append(subject(
            hired, _day(left) if left else None, None if voluntary is None else bool(voluntary), BENCH_TODAY,
            ExitsCounted.VOLUNTARY))
    retention = []
    for first in sorted(cohorts):
        curve = kaplan_meier(cohorts[first], 60)
        retention.append({"label": cohort_label(first, CohortSize.QUARTER), "size": len(cohorts[first]),
                          "atRisk": curve.at_risk, "survival": curve.survival})
    return {"trend": trend, "breakdown": breakdown, "retention": retention,
            "efficiency": await _floor_efficiency(fetch, month, names, shares)}


async def _floor_efficiency(fetch, month: str, names: dict, shares: tuple[Decimal, Decimal]) -> list[dict]:
    boundaries = [START - timedelta(days=1), *MONTH_ENDS]
    heads = {r[0]: r[1:] for r in await fetch(SQL["eff_heads"], [d for b in boundaries for d in (b, b)])}
    traffic = {(r[0], r[1]): (r[2] or 0, r[3] or 0)
               for r in await fetch(SQL["eff_traffic"].format(month_of_day=month.format(c="day")), [START, END])}
    pay = {(r[0], f"{_day(r[1]):%Y-%m}"): r[2] or 0 for r in await fetch(SQL["eff_pay"], [START, END])}
    own, teams = {}, defaultdict(lambda: [Decimal(0), Decimal(0)])
    for dept, team, first, revenue, cost in await fetch(SQL["figures"], [START, END]):
        key = (dept, f"{_day(first):%Y-%m}")
        if team is None:
            own[key] = (Decimal(str(revenue)), Decimal(str(cost)))
        else:
            teams[key][0] += Decimal(str(revenue))
            teams[key][1] += Decimal(str(cost))
    figures = {**{k: tuple(v) for k, v in teams.items()}, **own}
    keys = set(heads) | {k for k, _ in traffic} | {k for k, _ in pay} | {k for k, _ in figures}
    out = []
    for dept in sorted((k for k in keys if k in names), key=lambda k: (names[k], k)):
        counts = heads.get(dept, [0] * 13)
        g = {"label": names[dept], "revenue": [], "revenueSource": [], "peopleCost": [], "averageHeadcount": [],
             "revenuePerHead": [], "humanCapitalRoi": []}
        for i, first in enumerate(MONTHS):
            key = (dept, f"{first:%Y-%m}")
            if key in figures:
                revenue, cost, source = figures[key][0], figures[key][1], "FINANCE"
            else:
                gift, gmv = traffic.get(key, (0, 0))
                revenue, cost, source = ((shares[0] * gift + shares[1] * gmv) / 100).quantize(CENT, ROUND_HALF_UP), None, "TRAFFIC"
            people = Decimal(pay.get(key, 0)) / 100
            average = (Decimal(counts[i] + counts[i + 1]) / 2).quantize(TENTH)
            g["revenue"].append(str(revenue.quantize(CENT)))
            g["revenueSource"].append(source)
            g["peopleCost"].append(str(people.quantize(CENT)))
            g["averageHeadcount"].append(str(average))
            g["revenuePerHead"].append(str((revenue / average).quantize(CENT, ROUND_HALF_UP)) if average > 0 else None)
            g["humanCapitalRoi"].append(None if cost is None or people <= 0 else
                                        str(((revenue - cost) / people).quantize(CENT, ROUND_HALF_UP)))
        out.append(g)
    return out


def ours_numbers(data: dict) -> dict:
    """The same numbers picked out of the GraphQL answer."""
    trend = {k: data["workforceTrend"][k] for k in ("headcount", "hires", "exits", "voluntaryExits", "attritionRatePercent")}
    breakdown = [{"label": g["label"], "headcountStart": g["headcountStart"], "headcountEnd": g["headcountEnd"],
                  "hires": g["hires"], "exits": g["exits"], "voluntaryExits": g["voluntaryExits"],
                  "reasons": {r["reason"]: r["count"] for r in g["exitReasons"]}}
                 for g in data["workforceBreakdown"]["groups"]]
    retention = [{"label": c["label"], "size": c["size"], "atRisk": c["atRisk"], "survival": c["survival"]}
                 for c in data["retentionCurves"]]
    efficiency = [{k: g[k] for k in ("label", "revenue", "revenueSource", "peopleCost", "averageHeadcount",
                                     "revenuePerHead", "humanCapitalRoi")} for g in data["efficiency"]["groups"]]
    return {"trend": trend, "breakdown": breakdown, "retention": retention, "efficiency": efficiency}


def first_difference(ours, floor, path: str = "") -> str:
    if isinstance(ours, dict) and isinstance(floor, dict):
        for key in sorted(set(ours) | set(floor)):
            if ours.get(key) != floor.get(key):
                return first_difference(ours.get(key), floor.get(key), f"{path}.{key}")
    if isinstance(ours, list) and isinstance(floor, list) and len(ours) == len(floor):
        for i, (a, b) in enumerate(zip(ours, floor)):
            if a != b:
                return first_difference(a, b, f"{path}[{i}]")
    return f"{path}: ours {str(ours)[:200]}, floor {str(floor)[:200]}"


async def measure(run: Run, dialect: str) -> dict:
    from backend import db
    from backend.app import create_app, settle_heap
    from backend.settings import get_settings
    from tortoise.backends.base.executor import EXECUTOR_CACHE

    url = await run.database(dialect, size=SIZE, seed=SEED)
    settings = get_settings()
    shares = (Decimal(str(settings.revenue_gift_share)), Decimal(str(settings.revenue_gmv_commission)))
    async with AsyncExitStack() as stack:
        EXECUTOR_CACHE.clear()  # keyed by connection name, not dialect (see bench/traffic_ingest.py)
        stack.callback(EXECUTOR_CACHE.clear)
        fetch, _ = await stack.enter_async_context(floor_connection(url))
        await stack.enter_async_context(db.database(url))
        token = await _token()
        app = create_app(manage_database=False)
        settle_heap()  # as the server does once started
        client = await stack.enter_async_context(
            httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bench", timeout=120))
        headers = {"authorization": f"Bearer {token}", "content-type": "application/json", "accept": "application/json"}
        body = orjson.dumps({"query": QUERY, "operationName": "AnalyticsDashboard", "variables": VARIABLES})

        async def graphql() -> bytes:
            response = await client.post("/graphql", content=body, headers=headers)
            if response.status_code != 200:
                raise RuntimeError(f"/graphql answered {response.status_code}: {response.text[:500]}")
            return response.content

        async def floor() -> bytes:
            return orjson.dumps(await floor_numbers(fetch, dialect, shares))

        answer = orjson.loads(await graphql())
        if answer.get("errors") or "data" not in answer:
            raise RuntimeError(f"/graphql returned errors: {answer.get('errors')}")
        ours, expected = ours_numbers(answer["data"]), orjson.loads(await floor())
        if ours != expected:
            raise RuntimeError(f"the floor's numbers differ from the dashboard's ({first_difference(ours, expected)}); "
                               "fix the floor before timing")
        if not ours["breakdown"] or not ours["retention"] or not ours["efficiency"]:
            raise RuntimeError("the large demo gave an empty dashboard: nothing to measure")
        statements = await count_statements(graphql)
        run.log(f"analytics_dashboard on {dialect}: numbers equal ({len(ours['efficiency'])} departments, "
                f"{len(ours['retention'])} cohorts); timing ...")
        timings = await time_interleaved({"floor": floor, "graphql": graphql}, repeat=run.repeat(REPEAT),
                                         warmup=run.repeat(WARMUP))
        await run.profile_calls(f"analytics_dashboard-{dialect}", graphql, repeat=10)
    floor_t, graphql_t = timings["floor"], timings["graphql"]
    return {
        "floor_ms": round(floor_t.median, 3), "graphql_ms": round(graphql_t.median, 3),
        "ratio": round(graphql_t.median / floor_t.median, 3), "ratio_best": round(graphql_t.best / floor_t.best, 3),
        "floor_p90_ms": round(floor_t.p90, 3), "graphql_p90_ms": round(graphql_t.p90, 3),
        "samples": len(graphql_t.samples_ms), "sql_statements": statements, "departments": len(ours["efficiency"]),
        "cohorts": len(ours["retention"]), "cohort_people": sum(c["size"] for c in ours["retention"]),
        "response_bytes": len(orjson.dumps(answer)),
    }


async def analytics_dashboard(run: Run) -> Outcome:
    """The analytics dashboard's query (workforceTrend, workforceBreakdown by department, retentionCurves,
    efficiency by department) on the large demo vs the same aggregates in raw SQL; target ratio <= 3."""
    variants: dict[str, dict] = {}
    for dialect in run.backends:
        try:
            run.log(f"analytics_dashboard on {dialect}: the {SIZE} demo ...")
            variants[dialect] = await measure(run, dialect)
            run.log(f"analytics_dashboard on {dialect}: ratio {variants[dialect]['ratio']:.2f}")
        except Exception as exc:  # noqa: BLE001  one database failing must not hide the other's
            run.log(f"analytics_dashboard on {dialect} failed:\n{traceback.format_exc()}")
            first_line = (str(exc).strip().splitlines() or [""])[0]
            variants[dialect] = {"error": f"{type(exc).__name__}: {first_line}"}
    ratios = [v["ratio"] for v in variants.values() if "ratio" in v]
    return Outcome(
        ratio=max(ratios) if ratios else None, target=TARGET, columns=COLUMNS, variants=variants,
        title=f"the analytics dashboard (trend, breakdown by department, retention by quarter, efficiency by department, "
              f"{START:%Y-%m}..{END:%Y-%m}) as {USER}; /graphql in process vs raw SQL + orjson ({SIZE} demo, seed {SEED})",
        details={"size": SIZE, "seed": SEED, "from": START.isoformat(), "to": END.isoformat(),
                 "cohorts_from": COHORTS_FROM.isoformat()},
    )
