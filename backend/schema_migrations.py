"""Writing and checking the aerich migrations of both dialects.

`hrgraph makemigrations NAME` writes a migration for each dialect from the model changes;
`hrgraph makemigrations --check` fails when a model change has no migration yet. Offline:
no database is needed (aerich diffs against the state stored in the last migration file).
Each dialect runs in its own process because aerich keeps its state on classes.
"""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from backend.db import MIGRATIONS_ROOT, tortoise_config

# Offline generation never connects; the URL only chooses the SQL dialect.
DIALECT_URLS = {"sqlite": "sqlite://:memory:", "postgres": "postgres://hrgraph:unused@127.0.0.1:1/hrgraph"}


def _ignore_sqlite_comments() -> None:
    """SQLite has no column comments, so a changed description (an enum field gaining a value:
    a new alert kind) needs no SQL; aerich would refuse it instead."""
    from aerich.ddl.sqlite import SqliteDDL
    from aerich.migrate import Migrate

    SqliteDDL.set_comment = lambda self, model, field_describe: ""
    add_operator = Migrate._add_operator.__func__

    def add_unless_empty(cls, operator: str, upgrade: bool = True, fk_m2m_index: bool = False) -> None:
        if operator:
            add_operator(cls, operator, upgrade, fk_m2m_index)

    Migrate._add_operator = classmethod(add_unless_empty)


async def _generate(dialect: str, location: Path, name: str) -> str:
    from aerich import Command
    from tortoise import Tortoise

    if dialect == "sqlite":
        _ignore_sqlite_comments()

    command = Command(tortoise_config=tortoise_config(DIALECT_URLS[dialect]), app="models", location=str(location))
    try:
        if not (location / "models").exists() or not any((location / "models").glob("*.py")):
            await command.init_migrations(safe=False)
            return "initial"
        await command.init(offline=True)
        return await command.migrate(name, empty=False, no_input=True, offline=True) or ""
    finally:
        await Tortoise.close_connections()


def _one_dialect(dialect: str, location: Path, name: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "backend.schema_migrations", dialect, str(location), name],
        capture_output=True, text=True, check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"aerich failed for {dialect}:\n{result.stderr}")
    return result.stdout.strip()


def make(name: str) -> dict[str, str]:
    return {d: _one_dialect(d, MIGRATIONS_ROOT / d, name) for d in DIALECT_URLS}


def unmigrated() -> dict[str, str]:
    """Dialects whose models differ from their last migration (checked on a scratch copy)."""
    changed = {}
    for dialect in DIALECT_URLS:
        with tempfile.TemporaryDirectory() as scratch:
            copy = Path(scratch) / dialect
            shutil.copytree(MIGRATIONS_ROOT / dialect, copy)
            written = _one_dialect(dialect, copy, "check")
            if written:
                changed[dialect] = written
    return changed


if __name__ == "__main__":
    print(asyncio.run(_generate(sys.argv[1], Path(sys.argv[2]), sys.argv[3])))
