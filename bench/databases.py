"""Seeded demo databases for benchmarks, cached across runs.

A database is seeded once per (dialect, size, seed, fingerprint) through the public command,
`hrgraph seed --demo --size S --seed N --today BENCH_TODAY`, in a subprocess. The fingerprint
hashes what decides the seeded rows (the migrations of the dialect, the models, the seed steps,
roles and encryption), so editing any of them re-seeds on the next run; anything else reuses
the cache:

- SQLite: `var/bench/<size>-s<seed>-<fingerprint>.sqlite3`
- PostgreSQL: database `hrgraph_bench_<size>_s<seed>_<fingerprint>` on the bench server

Both are written under a temporary name and renamed when the seed finished, so an interrupted
seed never leaves a half-filled cache behind. Stale ones (same size and seed, other
fingerprint) are removed. `python -m bench --clean` removes them all.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from bench import BENCH_SECRET_KEY
from bench.harness import ROOT, VAR

# The date the demo history leads up to: fixed, so the data is the same on every day and machine.
BENCH_TODAY = date(2025, 6, 30)
SEED_INPUTS = ("backend/seed", "backend/models", "backend/permissions.py", "backend/crypto.py",
               "backend/resolvers/accounts.py", "backend/auth.py")
PREFIX = "hrgraph_bench_"

Log = Callable[[str], None]


def fingerprint(dialect: str, size: str, seed: int) -> str:
    digest = hashlib.sha256(f"{dialect}|{size}|{seed}|{BENCH_TODAY}|{BENCH_SECRET_KEY}".encode())
    inputs = [ROOT / "migrations" / dialect, *(ROOT / p for p in SEED_INPUTS)]
    files = sorted(f for p in inputs for f in ([p] if p.is_file() else p.rglob("*.py")))
    for path in files:
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


async def _seed(url: str, size: str, seed: int, log: Log) -> None:
    log(f"seeding the {size} demo (seed {seed}) into {url.rsplit('@', 1)[-1]} ...")
    env = {**os.environ, "HRGRAPH_DATABASE_URL": url}
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", "from backend.cli import main; raise SystemExit(main())",
        "seed", "--demo", "--size", size, "--seed", str(seed), "--today", BENCH_TODAY.isoformat(),
        cwd=ROOT, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )
    output, _ = await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"seeding {url} failed:\n{output.decode(errors='replace')[-3000:]}")
    log(output.decode(errors="replace").strip().splitlines()[-1] if output.strip() else "seeded")


async def seeded_database(dialect: str, *, size: str, seed: int, postgres_url: str, reseed: bool, log: Log) -> str:
    key = fingerprint(dialect, size, seed)
    if dialect == "sqlite":
        return await _sqlite(size, seed, key, reseed, log)
    if dialect == "postgres":
        return await _postgres(postgres_url, size, seed, key, reseed, log)
    raise ValueError(f"unknown dialect {dialect!r}")


async def _sqlite(size: str, seed: int, key: str, reseed: bool, log: Log) -> str:
    VAR.mkdir(parents=True, exist_ok=True)
    path = VAR / f"{size}-s{seed}-{key}.sqlite3"
    if path.exists() and not reseed:
        return f"sqlite://{path}"
    tmp = path.with_name(f"{path.name}.tmp{os.getpid()}")
    leftovers = (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"))
    for leftover in leftovers:
        leftover.unlink(missing_ok=True)
    try:
        await _seed(f"sqlite://{tmp}", size, seed, log)
    except BaseException:
        for leftover in leftovers:
            leftover.unlink(missing_ok=True)
        raise
    if Path(f"{tmp}-wal").exists():
        raise RuntimeError(f"{tmp} still has a write-ahead log after seeding; not caching it")
    os.replace(tmp, path)
    for stale in VAR.glob(f"{size}-s{seed}-*.sqlite3*"):  # older fingerprints, interrupted seeds
        if stale != path:
            stale.unlink(missing_ok=True)
    return f"sqlite://{path}"


def _with_database(admin_url: str, name: str) -> str:
    base, _, _ = admin_url.partition("?")[0].rpartition("/")
    return f"{base}/{name}"


def _like(literal: str) -> str:
    return literal.replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%")


async def _admin(admin_url: str):
    import asyncpg

    try:
        return await asyncpg.connect(admin_url, timeout=10)
    except (TimeoutError, OSError, asyncpg.PostgresError) as exc:
        raise RuntimeError(f"PostgreSQL at {admin_url.rsplit('@', 1)[-1]} is not reachable ({exc}); "
                           "set HRGRAPH_BENCH_POSTGRES_URL or pass --backends sqlite") from exc


async def _postgres(admin_url: str, size: str, seed: int, key: str, reseed: bool, log: Log) -> str:
    name = f"{PREFIX}{size}_s{seed}_{key}"
    tmp = f"{name}_tmp"
    conn = await _admin(admin_url)
    try:
        exists = await conn.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name)
        if exists and not reseed:
            return _with_database(admin_url, name)
        await conn.execute(f'DROP DATABASE IF EXISTS "{tmp}" WITH (FORCE)')
        await conn.execute(f'CREATE DATABASE "{tmp}"')
        try:
            await _seed(_with_database(admin_url, tmp), size, seed, log)
        except BaseException:
            await conn.execute(f'DROP DATABASE IF EXISTS "{tmp}" WITH (FORCE)')
            raise
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await conn.execute(f'ALTER DATABASE "{tmp}" RENAME TO "{name}"')
        stale = await conn.fetch("SELECT datname FROM pg_database WHERE datname LIKE $1 AND datname <> $2",
                                 _like(f"{PREFIX}{size}_s{seed}_") + "%", name)
        for row in stale:
            await conn.execute(f'DROP DATABASE IF EXISTS "{row["datname"]}" WITH (FORCE)')
    finally:
        await conn.close()
    return _with_database(admin_url, name)


async def clean(admin_url: str | None, log: Log) -> None:
    """Removes every cached bench database (SQLite files, and PostgreSQL ones if reachable)."""
    for path in VAR.glob("*.sqlite3*"):
        path.unlink()
        log(f"removed {path.relative_to(ROOT)}")
    if not admin_url:
        return
    try:
        conn = await _admin(admin_url)
    except RuntimeError as exc:
        log(str(exc))
        return
    try:
        for row in await conn.fetch("SELECT datname FROM pg_database WHERE datname LIKE $1", _like(PREFIX) + "%"):
            await conn.execute(f'DROP DATABASE IF EXISTS "{row["datname"]}" WITH (FORCE)')
            log(f"dropped database {row['datname']}")
    finally:
        await conn.close()
