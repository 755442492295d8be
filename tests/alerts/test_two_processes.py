"""Two app processes on one PostgreSQL: alerts cross processes through LISTEN/NOTIFY, and a
subscriber whose process dies reconnects with its last cursor and misses nothing."""

import asyncio
import json

import pytest
import websockets

from tests.alerts.test_alert_subscription import PROTOCOL, SUBSCRIBE, _next, _token, newest_cursor
from tests.conftest import LiveServer, ServerProcess, _drop_postgres_database, seeded_database, server_env

pytestmark = pytest.mark.postgres_only
RAISE = """
import asyncio
from backend import db
from backend.models.alerts import AlertKind, Severity
from backend.resolvers.alerts import raise_alert

async def main():
    async with db.database():
        for message in {messages!r}:
            await raise_alert(kind=AlertKind.TRAFFIC_ANOMALY, severity=Severity.WARNING, message=message, dedup_key=message)
asyncio.run(main())
"""


@pytest.fixture
async def two_servers(database_url):
    url, pg_name = await seeded_database("two-processes")
    env = {**server_env(url), "HRGRAPH_ALERT_POLL_SECONDS": "30"}  # only NOTIFY can be quick
    a, b = ServerProcess(env, "server-a"), ServerProcess(env, "server-b")
    await asyncio.gather(a.start(), b.start())
    yield a, b, LiveServer(base=a.base, database_url=url, env=env)
    a.stop()
    b.stop()
    await _drop_postgres_database(pg_name)


async def _subscribe(base: str, token: str, after: str | None = None):
    ws = await websockets.connect(base.replace("http", "ws") + "/graphql", subprotocols=[PROTOCOL])
    await ws.send(json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}}))
    assert json.loads(await ws.recv())["type"] == "connection_ack"
    await ws.send(json.dumps({"id": "a", "type": "subscribe", "payload": {"query": SUBSCRIBE, "variables": {"after": after}}}))
    return ws


async def test_alerts_cross_processes_and_survive_the_subscribers_process_dying(two_servers):
    a, b, cron = two_servers
    token = await _token(a.base, "hr@demo.hrgraph.local")  # issued by A, honoured by B: one secret, one database
    ws = await _subscribe(b.base, token, after=await newest_cursor(a.base, token))
    cron.run(RAISE.format(messages=["m1", "m2"]))
    received = [await _next(ws, timeout=5) for _ in range(2)]  # well inside the 30 s poll: NOTIFY carried them
    b.kill()
    cron.run(RAISE.format(messages=["m3", "m4"]))
    await b.start()
    ws = await _subscribe(b.base, token, after=received[-1]["cursor"])
    received += [await _next(ws, timeout=5) for _ in range(2)]
    cron.run(RAISE.format(messages=["m5"]))
    received.append(await _next(ws, timeout=5))
    assert [r["message"] for r in received] == ["m1", "m2", "m3", "m4", "m5"]
    with pytest.raises(asyncio.TimeoutError):
        await asyncio.wait_for(ws.recv(), 2)  # and nothing twice
    await ws.close()
