"""`hrgraph seed --demo`: a deterministic live-streaming agency (MCN).

The seed is a list of steps sharing one `SeedContext` (random generator, size, reference
date, what earlier steps created). Later domains add their own step to `STEPS`. For a given
`--seed` and `--today` the data is identical on every run and on both databases.
"""

from __future__ import annotations

import sys
import time
from datetime import date

from tortoise import Tortoise

from backend import db
from backend.models.employees import Employee
from backend.resolvers.accounts import ensure_built_in_roles
from backend.seed import accounts, analytics, compensation, contracts, employees, org, performance, traffic
from backend.seed import attendance, training
from backend.seed import automation
from backend.seed.context import SIZES, SeedContext

STEPS = [org.seed_org, employees.seed_employees, accounts.seed_accounts, traffic.seed_traffic, contracts.seed_contracts,
         compensation.seed_compensation, performance.seed_performance, training.seed_training,
         attendance.seed_attendance, analytics.seed_analytics, automation.seed_automation]


async def _reset() -> None:
    from tortoise.contrib.test import truncate_all_models

    await truncate_all_models()


async def seed_demo(*, size: str, seed: int, reset: bool = False, today: date | None = None, url: str | None = None,
                    if_empty: bool = False) -> int:
    await db.apply_migrations(url)
    async with db.database(url):
        if reset:
            await _reset()
        existing = await Employee.all().count()
        if existing and if_empty:
            print(f"The database already has {existing} employees; leaving it as it is.")
            return 0
        if existing:
            print(f"The database already has {existing} employees; seed an empty database or pass --reset.", file=sys.stderr)
            return 1
        await ensure_built_in_roles()
        await run_steps(SeedContext.create(size=size, seed=seed, today=today))
    return 0


async def run_steps(ctx: SeedContext) -> None:
    started = time.perf_counter()
    for step in STEPS:
        await step(ctx)
    await _fix_sequences()
    ctx.progress.done(f"seeded {SIZES[ctx.size]} employees in {time.perf_counter() - started:.1f}s")


async def _fix_sequences() -> None:
    """Rows were inserted with explicit ids; move PostgreSQL's sequences past them."""
    conn = Tortoise.get_connection("default")
    if conn.schema_generator.DIALECT != "postgres":
        return
    for table in ("departments", "teams", "positions", "employees", "contracts", "contract_versions", "contract_signatures"):
        await conn.execute_script(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false);"
        )
