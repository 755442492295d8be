"""Database configuration and migrations for both supported dialects.

aerich migrations are SQL for one dialect, so each dialect keeps its own set under
migrations/<dialect>/models/. `apply_migrations` picks the set that matches the URL.
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from datetime import date
from pathlib import Path
from typing import AsyncIterator

from tortoise import Tortoise
from tortoise.context import TortoiseContext

from backend.settings import get_settings

MODEL_MODULES = [
    "backend.models.accounts",
    "backend.models.org",
    "backend.models.employees",
    "backend.models.audit",
    "backend.models.alerts",
    "backend.models.traffic",
    "backend.models.contracts",
    "backend.models.compensation",
    "backend.models.performance",
    "backend.models.analytics",
    "backend.models.training",
    "backend.models.attendance",
    "backend.models.automation",
    "backend.models.efficiency",
    "aerich.models",
]
MIGRATIONS_ROOT = Path(__file__).resolve().parent.parent / "migrations"


def dialect_of(url: str) -> str:
    scheme = url.split("://", 1)[0]
    if scheme == "sqlite":
        return "sqlite"
    if scheme in ("postgres", "postgresql", "asyncpg", "psycopg"):
        return "postgres"
    raise ValueError(f"unsupported database URL scheme {scheme!r}: use sqlite:// or postgres://")


def _normalise(url: str) -> str:
    if url.startswith("postgresql://"):
        return "postgres://" + url[len("postgresql://") :]
    if url.startswith("sqlite://") and not url.startswith("sqlite://:memory:"):
        Path(url[len("sqlite://") :]).parent.mkdir(parents=True, exist_ok=True)
    return url


def tortoise_config(url: str | None = None) -> dict:
    url = _normalise(url or get_settings().database_url)
    return {
        "connections": {"default": url},
        "apps": {"models": {"models": MODEL_MODULES, "default_connection": "default"}},
        "use_tz": True,
        "timezone": "UTC",
    }


def migrations_location(url: str) -> Path:
    return MIGRATIONS_ROOT / dialect_of(url)


async def apply_migrations(url: str | None = None) -> list[str]:
    """Applies the pending migrations of the URL's dialect; returns the applied file names."""
    from aerich import Command

    url = url or get_settings().database_url
    command = Command(
        tortoise_config=tortoise_config(url), app="models", location=str(migrations_location(url))
    )
    async with command:
        await command.init()
        return await command.upgrade(run_in_transaction=True)


@asynccontextmanager
async def database(url: str | None = None) -> AsyncIterator[TortoiseContext]:
    """Opens the ORM for a command or the app and always closes its connections."""
    ctx = await Tortoise.init(config=tortoise_config(url), _enable_global_fallback=True)
    try:
        yield ctx
    finally:
        await Tortoise.close_connections()




def migration_files(url: str) -> list[str]:
    folder = migrations_location(url) / "models"
    return sorted(p.name for p in folder.glob("*.py") if p.name[:1].isdigit())


async def pending_migrations_now(url: str | None = None) -> list[str]:
    """Pending migrations, read through the ORM connection that is already open."""
    from aerich.models import Aerich

    url = url or get_settings().database_url
    applied = set(await Aerich.filter(app="models").values_list("version", flat=True))
    return [name for name in migration_files(url) if name not in applied]



def _insert_sql(conn, model, columns: tuple[str, ...], conflict: tuple[str, ...] = ()) -> str:
    postgres = conn.capabilities.dialect == "postgres"
    marks = ", ".join(f"${i + 1}" if postgres else "?" for i in range(len(columns)))
    sql = f'INSERT INTO "{model._meta.db_table}" ({", ".join(f"{chr(34)}{c}{chr(34)}" for c in columns)}) VALUES ({marks})'
    if conflict:
        updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c not in conflict)
        sql += f' ON CONFLICT ({", ".join(f"{chr(34)}{c}{chr(34)}" for c in conflict)}) DO UPDATE SET {updates}'
    return sql


async def upsert_rows(conn, model, columns: tuple[str, ...], rows: list[tuple], *, conflict: tuple[str, ...]) -> None:
    """Inserts plain tuples (values in `columns` order, already of the fields' Python types),
    replacing the other columns of a row whose `conflict` key exists; of rows with the same key
    the last wins. The hot path of ingestion: building an ORM model per row costs more than the
    insert itself. SQLite takes one executemany; PostgreSQL one statement over arrays (unnest),
    a third of the time of as many single-row inserts."""
    if not rows:
        return
    if conn.capabilities.dialect != "postgres":
        await conn.execute_many(_insert_sql(conn, model, columns, conflict), [list(r) for r in rows])
        return
    key = [columns.index(c) for c in conflict]
    unique = list({tuple(r[i] for i in key): r for r in rows}.values())  # one statement may not touch a row twice
    table = model._meta.db_table
    types = await _postgres_column_types(conn, table)
    arrays = ", ".join(f"${i + 1}::{types[c]}[]" for i, c in enumerate(columns))
    updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c not in conflict)
    sql = (f'INSERT INTO "{table}" ({", ".join(f"{chr(34)}{c}{chr(34)}" for c in columns)}) SELECT * FROM unnest({arrays})'
           f' ON CONFLICT ({", ".join(f"{chr(34)}{c}{chr(34)}" for c in conflict)}) DO UPDATE SET {updates}')
    await conn.execute_query(sql, [list(column) for column in zip(*unique)])


_postgres_types: dict[str, dict[str, str]] = {}


async def _postgres_column_types(conn, table: str) -> dict[str, str]:
    """column -> its SQL type as PostgreSQL spells it (the arrays of an unnest are cast to them)."""
    if table not in _postgres_types:
        rows = await conn.execute_query_dict(
            "SELECT attname AS name, format_type(atttypid, atttypmod) AS type FROM pg_attribute"
            " WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped", [table])
        _postgres_types[table] = {r["name"]: r["type"] for r in rows}
    return _postgres_types[table]


async def insert_rows(conn, model, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """Inserts plain tuples as fast as the database takes them: COPY on PostgreSQL (a payroll
    writes tens of thousands of lines in one transaction), one executemany on SQLite."""
    if not rows:
        return
    if conn.capabilities.dialect == "postgres":
        import asyncpg
        from tortoise.exceptions import IntegrityError

        async with conn.acquire_connection() as raw:
            try:
                await raw.copy_records_to_table(model._meta.db_table, records=rows, columns=list(columns))
            except asyncpg.IntegrityConstraintViolationError as exc:  # as the ORM reports it on the other paths
                raise IntegrityError(exc) from exc
        return
    await conn.execute_many(_insert_sql(conn, model, columns), [list(r) for r in rows])


async def insert_models(model, columns: tuple[str, ...], rows: list) -> None:
    """Inserts unsaved model instances with one executemany, values converted by each field as the
    ORM would store them, without the ORM's per-row query building (the seed writes millions)."""
    if rows:
        conn = Tortoise.get_connection("default")
        fields = [model._meta.fields_map[c] for c in columns]
        values = [[f.to_db_value(getattr(row, c), row) for f, c in zip(fields, columns)] for row in rows]
        await conn.execute_many(_insert_sql(conn, model, columns), values)


async def update_rows(conn, model, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """Updates rows by primary key from plain tuples `(id, *values in columns order)`, one executemany."""
    if not rows:
        return
    postgres = conn.capabilities.dialect == "postgres"
    sets = ", ".join(f'"{c}" = ' + (f"${i + 2}" if postgres else "?") for i, c in enumerate(columns))
    sql = f'UPDATE "{model._meta.db_table}" SET {sets} WHERE "id" = ' + ("$1" if postgres else "?")
    # SQLite binds positionally in order: the id goes last there.
    await conn.execute_many(sql, [list(r) if postgres else [*r[1:], r[0]] for r in rows])


def portable_sql(conn, sql: str, params: list) -> tuple[str, list]:
    """Raw SQL written with `?` placeholders for either dialect: PostgreSQL numbers them ($1...),
    and SQLite is given dates as the ISO text it stores."""
    if conn.capabilities.dialect != "postgres":
        return sql, [p.isoformat() if isinstance(p, date) else p for p in params]
    parts = sql.split("?")
    return "".join(part + (f"${i + 1}" if i < len(parts) - 1 else "") for i, part in enumerate(parts)), params
