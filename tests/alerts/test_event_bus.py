"""The event bus: bounded inboxes, and PostgreSQL's supervised reconnect with a resync."""

import asyncpg
import pytest

from backend.events import RESYNC, MemoryBus, PostgresBus, SubscriberTooSlow


async def test_a_subscriber_that_falls_behind_is_told_so_instead_of_growing_memory():
    bus = MemoryBus(queue_size=3)
    async with bus.subscribe("t") as inbox:
        for n in range(4):
            await bus.publish("t", str(n))
        with pytest.raises(SubscriberTooSlow):
            await inbox.get(timeout=1)


async def test_messages_reach_only_their_topic():
    bus = MemoryBus()
    async with bus.subscribe("a") as a, bus.subscribe("b") as b:
        await bus.publish("a", "1")
        assert await a.get(timeout=1) == "1"
        assert await b.get(timeout=0.05) is None


@pytest.mark.postgres_only
async def test_the_postgres_bus_reconnects_after_losing_its_connection_and_asks_for_a_resync(database_url):
    bus = PostgresBus(database_url)
    await bus.start()
    try:
        async with bus.subscribe("alerts") as inbox:
            await bus.publish("alerts", "41")
            assert await inbox.get(timeout=5) == "41"
            admin = await asyncpg.connect(database_url.replace("postgres://", "postgresql://", 1))
            await admin.execute("SELECT pg_terminate_backend($1)", bus._conn.get_server_pid())
            await admin.close()
            assert await inbox.get(timeout=10) == RESYNC
            await bus.publish("alerts", "42")
            assert await inbox.get(timeout=5) == "42"
    finally:
        await bus.stop()
