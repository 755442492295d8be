"""The test harness: one database per session (SQLite or a real PostgreSQL), emptied
between tests, and an httpx client on the ASGI app.

HRGRAPH_TEST_DATABASE=sqlite (default) or postgres. For postgres, HRGRAPH_TEST_POSTGRES_URL
points at a server whose user may create databases; a fresh database is made for the
session and dropped after. A requested PostgreSQL that cannot be reached fails the run:
it is never skipped.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

_TMP = Path(tempfile.mkdtemp(prefix="hrgraph-tests-"))
os.environ.setdefault("HRGRAPH_VAR_DIR", str(_TMP / "var"))
os.environ["HRGRAPH_ENV"] = "test"
os.environ["HRGRAPH_SECRET_KEY"] = "test-secret-key-that-is-long-enough-0123456789"
os.environ["HRGRAPH_FRONTEND_DIST"] = str(_TMP / "dist")

import httpx  # noqa: E402
import pytest  # noqa: E402
from httpx import ASGITransport  # noqa: E402
from tortoise import Tortoise  # noqa: E402

from backend import db  # noqa: E402
from backend.app import create_app  # noqa: E402
from backend.resolvers.accounts import ensure_built_in_roles  # noqa: E402
from backend.settings import get_settings  # noqa: E402

BACKEND = os.environ.get("HRGRAPH_TEST_DATABASE", "sqlite")


def pytest_report_header(config) -> str:
    return f"hrgraph database under test: {BACKEND}"


def pytest_collection_modifyitems(config, items) -> None:
    """PostgreSQL-only features (shared rate buckets, LISTEN/NOTIFY) are deselected, not skipped,
    on the SQLite run: a skip anywhere fails the build, and the PostgreSQL run covers them. Tests
    on a SQLite file of their own (a slow seed) run in the SQLite session only."""
    other = "own_sqlite_file" if BACKEND == "postgres" else "postgres_only"
    kept = [item for item in items if other not in item.keywords]
    if len(kept) != len(items):
        config.hook.pytest_deselected(items=[item for item in items if item not in kept])
        items[:] = kept


async def _create_postgres_database() -> tuple[str, str]:
    import asyncpg

    admin_url = os.environ.get("HRGRAPH_TEST_POSTGRES_URL")
    if not admin_url:
        pytest.exit("HRGRAPH_TEST_DATABASE=postgres needs HRGRAPH_TEST_POSTGRES_URL", returncode=3)
    name = f"hrgraph_test_{uuid.uuid4().hex[:10]}"
    try:
        conn = await asyncpg.connect(admin_url.replace("postgres://", "postgresql://", 1))
    except (OSError, asyncpg.PostgresError) as exc:
        pytest.exit(f"PostgreSQL at HRGRAPH_TEST_POSTGRES_URL is not reachable: {exc}", returncode=3)
    await conn.execute(f'CREATE DATABASE "{name}"')
    await conn.close()
    base, _, _ = admin_url.rpartition("/")
    return f"{base}/{name}", name


async def _drop_postgres_database(name: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(os.environ["HRGRAPH_TEST_POSTGRES_URL"].replace("postgres://", "postgresql://", 1))
    await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    await conn.close()


@pytest.fixture(scope="session")
async def database_url():
    if BACKEND == "postgres":
        url, name = await _create_postgres_database()
    elif BACKEND == "sqlite":
        url, name = f"sqlite://{_TMP}/test.sqlite3", None
    else:
        pytest.exit(f"HRGRAPH_TEST_DATABASE must be sqlite or postgres, not {BACKEND!r}", returncode=3)
    os.environ["HRGRAPH_DATABASE_URL"] = url
    get_settings.cache_clear()  # in case something read the settings before the database was chosen
    applied = await db.apply_migrations(url)
    assert applied, "the migrations should apply to the empty test database"
    await Tortoise.init(config=db.tortoise_config(url), _enable_global_fallback=True)
    yield url
    await Tortoise.close_connections()
    if name:
        await _drop_postgres_database(name)


async def _empty_all_tables() -> None:
    conn = Tortoise.get_connection("default")
    models = [m for m in Tortoise.apps["models"].values() if m._meta.db_table != "aerich"]
    tables = [m._meta.db_table for m in models]
    tables += sorted({m._meta.fields_map[f].through for m in models for f in m._meta.m2m_fields})
    if conn.schema_generator.DIALECT == "postgres":
        await conn.execute_script(f"TRUNCATE {', '.join(chr(34) + t + chr(34) for t in tables)} RESTART IDENTITY CASCADE;")
    else:
        await conn.execute_script("PRAGMA foreign_keys = OFF;" + "".join(f'DELETE FROM "{t}";' for t in tables)
                                  + "DELETE FROM sqlite_sequence; PRAGMA foreign_keys = ON;")


@pytest.fixture(autouse=True)
async def clean_database(database_url):
    await _empty_all_tables()
    await ensure_built_in_roles()
    yield


@pytest.fixture(scope="session")
def app(database_url):
    return create_app(manage_database=False)


@pytest.fixture
async def client(app):
    async with httpx.AsyncClient(transport=ASGITransport(app=app), base_url="http://testserver") as http:
        yield http


@pytest.fixture
def dialect(database_url) -> str:
    return db.dialect_of(database_url)


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class LiveServer:
    base: str
    database_url: str
    env: dict

    def run(self, script: str) -> str:
        """Runs Python in another process on the server's database (as a cron job would)."""
        import subprocess
        import sys

        done = subprocess.run([sys.executable, "-c", script], env=self.env, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        return done.stdout


class ServerProcess:
    """A real `hrgraph serve` process; killable, restartable on the same port."""

    def __init__(self, env: dict, name: str) -> None:
        self.env = env
        self.log_path = _TMP / f"{name}.log"
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process = None

    async def start(self) -> "ServerProcess":
        import asyncio
        import subprocess
        import sys

        log = open(self.log_path, "a")
        self.process = subprocess.Popen([sys.executable, "-m", "backend.cli", "serve", "--port", str(self.port)],
                                        env=self.env, stdout=log, stderr=subprocess.STDOUT)
        async with httpx.AsyncClient() as http:
            for _ in range(150):
                try:
                    if (await http.get(f"{self.base}/readyz")).status_code == 200:
                        return self
                except httpx.TransportError:
                    pass
                assert self.process.poll() is None, self.log_path.read_text()
                await asyncio.sleep(0.1)
        raise AssertionError("the server did not become ready: " + self.log_path.read_text())

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


def server_env(url: str) -> dict:
    return {**os.environ, "HRGRAPH_DATABASE_URL": url, "HRGRAPH_ENV": "development", "HRGRAPH_ALERT_POLL_SECONDS": "1",
            "HRGRAPH_WS_INIT_TIMEOUT_SECONDS": "2", "HRGRAPH_WS_MAX_SUBSCRIPTIONS": "3",
            "HRGRAPH_EVENT_BUS": "postgres" if BACKEND == "postgres" else "memory"}


async def seeded_database(name: str) -> tuple[str, str | None]:
    """A fresh database of the backend under test with the small demo seeded: (url, PostgreSQL name)."""
    import subprocess
    import sys

    if BACKEND == "postgres":
        url, pg_name = await _create_postgres_database()
    else:
        url, pg_name = f"sqlite://{_TMP}/{name}.sqlite3", None
    seeded = subprocess.run([sys.executable, "-m", "backend.cli", "seed", "--demo", "--size", "small"],
                            env=server_env(url), capture_output=True, text=True)
    assert seeded.returncode == 0, seeded.stderr
    return url, pg_name


@pytest.fixture(scope="session")
async def live_server(database_url):
    """A real `hrgraph serve` process on its own database with the small demo seeded."""
    url, pg_name = await seeded_database("live")
    server = await ServerProcess(server_env(url), "live-server").start()
    yield LiveServer(base=server.base, database_url=url, env=server.env)
    server.stop()
    if pg_name:
        await _drop_postgres_database(pg_name)
