"""One month's payroll for the large demo (20,000 employees), ours against one SQL aggregate.

ours   `compute_run()` on the seeded run of the month before BENCH_TODAY (computed, not locked,
       so it can be recomputed): claim the run, load the employees employed in the month, the
       plan assignments in force, the month's traffic per host (one GROUP BY over the account
       days), the team growth and the adjustments, evaluate base proration and every commission
       rule with its explanation for each person, and replace the run's payslips and lines in one
       transaction. What a finance user's "Recompute" does, minus GraphQL.
floor  one SQL statement through the driver: every employee employed in the month with their base
       salary and their month's gift revenue, GMV, live minutes and effective days summed over the
       traffic rollups; the rows fetched. The inputs of the payroll, with none of its rules,
       explanations or writes.

The two are checked against each other before timing: the floor's row count is the run's payslip
count, and the hosts' summed traffic is the same in fen.
"""

from __future__ import annotations

import time
import traceback
from datetime import timedelta

from bench.databases import BENCH_TODAY
from bench.harness import Column, Outcome, Run, time_interleaved

SIZE, SEED = "large", 42
TARGET = 10.0
SECONDS_TARGET = 60.0
MONTH = (BENCH_TODAY.replace(day=1) - timedelta(days=1)).replace(day=1)
REPEAT, WARMUP = 5, 1

FLOOR_SQL = """
SELECT e.id, e.base_salary, t.gift_fen, t.gmv_fen, t.minutes, t.live_days
FROM employees e LEFT JOIN (
    SELECT host_id, SUM(gift_fen) AS gift_fen, SUM(gmv_fen) AS gmv_fen, SUM(minutes) AS minutes,
           SUM(CASE WHEN minutes >= {p1} THEN 1 ELSE 0 END) AS live_days
    FROM (SELECT host_id, day, SUM(live_minutes) AS minutes,
                 SUM(CAST(ROUND(gift_revenue * 100) AS BIGINT)) AS gift_fen,
                 SUM(CAST(ROUND(gmv * 100) AS BIGINT)) AS gmv_fen
          FROM traffic_days WHERE day >= {p2} AND day <= {p3} AND host_id IS NOT NULL GROUP BY host_id, day) d
    GROUP BY host_id) t ON t.host_id = e.id
WHERE e.hired_on <= {p3} AND (e.left_on IS NULL OR e.left_on >= {p2})
"""

COLUMNS = [
    Column("floor_s", "floor s", "{:.3f}"),
    Column("ours_s", "ours s", "{:.2f}"),
    Column("ratio", "ratio"),
    Column("payslips", "payslips", "{:d}"),
    Column("lines", "lines", "{:d}"),
]


async def _floor_rows(url: str, threshold: int, first, last):
    if url.startswith("sqlite://"):
        import aiosqlite

        async with aiosqlite.connect(url[len("sqlite://"):]) as conn:
            # "?" binds by position: in FLOOR_SQL the parameters appear as p1, p2, p3, p3, p2.
            params = (threshold, first.isoformat(), last.isoformat(), last.isoformat(), first.isoformat())
            return list(await conn.execute_fetchall(FLOOR_SQL.format(p1="?", p2="?", p3="?"), params))
    import asyncpg

    conn = await asyncpg.connect(url)
    try:
        return list(await conn.fetch(FLOOR_SQL.format(p1="$1", p2="$2", p3="$3"), threshold, first, last))
    finally:
        await conn.close()


async def measure(run: Run, dialect: str) -> dict:
    from backend import db
    from backend.auth import SYSTEM
    from backend.models.compensation import PayrollRun, PayslipLine
    from backend.resolvers.compensation import payroll
    from backend.resolvers.compensation.plans import month_bounds
    from backend.resolvers.traffic.rollups import effective_minutes
    from tortoise.backends.base.executor import EXECUTOR_CACHE

    url = await run.database(dialect, size=SIZE, seed=SEED)
    first, last = month_bounds(MONTH)
    EXECUTOR_CACHE.clear()
    try:
        async with db.database(url):
            seeded = await PayrollRun.get(period_start=first, scope_key="all")
            threshold = effective_minutes()

            async def floor():
                return await _floor_rows(url, threshold, first, last)

            async def ours():
                return await payroll.compute_run(viewer=SYSTEM, run_id=seeded.id)

            rows = await floor()
            started = time.perf_counter()
            computed = await ours()
            once = time.perf_counter() - started
            if len(rows) != computed.payslip_count:
                raise RuntimeError(f"the floor has {len(rows)} people employed in {first:%Y-%m}, the run {computed.payslip_count}")
            totals = await payroll.traffic.month_totals(first=first, last=last, scope_key="all")
            floor_fen = sum(int(r[2] or 0) + int(r[3] or 0) for r in rows)
            ours_fen = sum(t.gift_fen + t.gmv_fen for host, t in totals.items() if host in {r[0] for r in rows})
            if floor_fen != ours_fen:
                raise RuntimeError(f"traffic of the month: floor {floor_fen} fen, ours {ours_fen} fen")
            run.log(f"payroll_month on {dialect}: {computed.payslip_count} payslips in {once:.1f}s, inputs equal; timing ...")
            timings = await time_interleaved({"floor": floor, "ours": ours}, repeat=max(1, REPEAT if not run.quick else 1),
                                             warmup=0 if run.quick else WARMUP)
            lines = await PayslipLine.filter(payslip__run_id=seeded.id).count()
    finally:
        EXECUTOR_CACHE.clear()
    floor_t, ours_t = timings["floor"], timings["ours"]
    return {"floor_s": round(floor_t.median / 1000, 3), "ours_s": round(ours_t.median / 1000, 2),
            "ratio": round(ours_t.median / floor_t.median, 2), "payslips": computed.payslip_count, "lines": lines,
            "under_60s": ours_t.median / 1000 < SECONDS_TARGET, "month": f"{first:%Y-%m}",
            "samples": len(ours_t.samples_ms)}


async def payroll_month(run: Run) -> Outcome:
    """Recomputing one month's payroll of the large demo (20,000 employees) vs one SQL aggregate
    of its inputs over the rollups; target ratio <= 10 and under 60 s."""
    variants: dict[str, dict] = {}
    for dialect in run.backends:
        try:
            run.log(f"payroll_month on {dialect}: the {SIZE} demo ...")
            variants[dialect] = await measure(run, dialect)
            run.log(f"payroll_month on {dialect}: {variants[dialect]['ours_s']}s, ratio {variants[dialect]['ratio']:.2f}")
        except Exception as exc:  # noqa: BLE001  one database failing must not hide the other's
            run.log(f"payroll_month on {dialect} failed:\n{traceback.format_exc()}")
            first_line = (str(exc).strip().splitlines() or [""])[0]
            variants[dialect] = {"error": f"{type(exc).__name__}: {first_line}"}
    ratios = [v["ratio"] for v in variants.values() if "ratio" in v]
    slow = [d for d, v in variants.items() if v.get("under_60s") is False]
    return Outcome(
        ratio=max(ratios) if ratios else None, target=TARGET, columns=COLUMNS, variants=variants,
        title=f"payroll for {MONTH:%Y-%m}, everyone ({SIZE} demo, seed {SEED}): compute_run vs one SQL aggregate of its inputs",
        details={"size": SIZE, "seed": SEED, "month": f"{MONTH:%Y-%m}", "seconds_target": SECONDS_TARGET},
        notes=[f"over {SECONDS_TARGET:.0f} s on {', '.join(slow)}"] if slow else [],
    )
