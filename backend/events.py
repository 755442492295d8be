"""The event bus: `memory` within one process, `postgres` (LISTEN/NOTIFY) across processes.

Messages are short strings (ids); whoever receives one reads the payload from the database,
so nothing is lost if a message is: listeners also resync (re-read from their last position)
after a reconnect. Subscriber queues are bounded; a subscriber that cannot keep up is told
so (`SubscriberTooSlow`) instead of growing memory.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import defaultdict
from typing import AsyncIterator

log = logging.getLogger("hrgraph.events")
RESYNC = "__resync__"  # delivered to every subscriber after the bus reconnects


class SubscriberTooSlow(Exception):
    pass


class Inbox:
    def __init__(self, size: int) -> None:
        self.queue: asyncio.Queue[str] = asyncio.Queue(maxsize=size)
        self.overflowed = False

    def offer(self, message: str) -> None:
        try:
            self.queue.put_nowait(message)
        except asyncio.QueueFull:
            self.overflowed = True

    async def get(self, timeout: float | None = None) -> str | None:
        """The next message, or None after `timeout` seconds without one."""
        if self.overflowed:
            raise SubscriberTooSlow
        try:
            return await asyncio.wait_for(self.queue.get(), timeout)
        except asyncio.TimeoutError:
            return None


class MemoryBus:
    kind = "memory"

    def __init__(self, queue_size: int = 1000) -> None:
        self.queue_size = queue_size
        self._inboxes: dict[str, set[Inbox]] = defaultdict(set)

    async def start(self) -> None:
        pass

    async def stop(self) -> None:
        self._inboxes.clear()

    async def publish(self, topic: str, message: str) -> None:
        self.deliver(topic, message)

    def deliver(self, topic: str, message: str) -> None:
        for inbox in list(self._inboxes.get(topic, ())):
            inbox.offer(message)

    def deliver_all(self, message: str) -> None:
        for topic in list(self._inboxes):
            self.deliver(topic, message)

    @contextlib.asynccontextmanager
    async def subscribe(self, topic: str) -> AsyncIterator[Inbox]:
        inbox = Inbox(self.queue_size)
        self._inboxes[topic].add(inbox)
        await self._listen(topic)
        try:
            yield inbox
        finally:
            self._inboxes[topic].discard(inbox)

    async def _listen(self, topic: str) -> None:
        pass


def channel(topic: str) -> str:
    return f"hrgraph_{topic}"


class PostgresBus(MemoryBus):
    """One LISTEN connection per process, supervised: on loss it reconnects with backoff,
    re-listens and sends RESYNC to every local subscriber."""

    kind = "postgres"

    def __init__(self, dsn: str, queue_size: int = 1000) -> None:
        super().__init__(queue_size)
        self.dsn = dsn.replace("postgres://", "postgresql://", 1)
        self._conn = None
        self._topics: set[str] = set()
        self._supervisor: asyncio.Task | None = None
        self._lost = asyncio.Event()

    async def start(self) -> None:
        await self._connect()
        self._supervisor = asyncio.create_task(self._supervise(), name="hrgraph-bus-supervisor")

    async def stop(self) -> None:
        if self._supervisor:
            self._supervisor.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._supervisor
        if self._conn is not None and not self._conn.is_closed():
            await self._conn.close()
        await super().stop()

    async def publish(self, topic: str, message: str) -> None:
        from tortoise import Tortoise

        # Through the ORM's connection: inside a transaction, NOTIFY is sent at commit.
        await Tortoise.get_connection("default").execute_query("SELECT pg_notify($1, $2)", [channel(topic), message])

    async def _connect(self) -> None:
        import asyncpg

        self._conn = await asyncpg.connect(self.dsn)
        self._conn.add_termination_listener(lambda _conn: self._lost.set())
        for topic in self._topics:
            await self._conn.add_listener(channel(topic), self._on_notify)

    def _on_notify(self, _conn, _pid: int, channel_name: str, payload: str) -> None:
        self.deliver(channel_name.removeprefix("hrgraph_"), payload)

    async def _listen(self, topic: str) -> None:
        if topic not in self._topics:
            self._topics.add(topic)
            if self._conn is not None and not self._conn.is_closed():
                await self._conn.add_listener(channel(topic), self._on_notify)

    async def _supervise(self) -> None:
        while True:
            await self._lost.wait()
            self._lost.clear()
            delay = 0.2
            while True:
                try:
                    await self._connect()
                    break
                except (OSError, Exception) as exc:  # the server is restarting or unreachable
                    log.warning("event bus reconnect failed (%s); retrying in %.1fs", exc, delay)
                    await asyncio.sleep(delay)
                    delay = min(delay * 2, 10)
            log.info("event bus reconnected; subscribers resync")
            self.deliver_all(RESYNC)


_bus: MemoryBus | None = None


def make_bus(kind: str, database_url: str) -> MemoryBus:
    if kind == "postgres":
        if not database_url.startswith(("postgres://", "postgresql://")):
            raise ValueError("HRGRAPH_EVENT_BUS=postgres needs a PostgreSQL HRGRAPH_DATABASE_URL")
        return PostgresBus(database_url)
    return MemoryBus()


def set_bus(bus: MemoryBus | None) -> None:
    global _bus
    _bus = bus


def get_bus() -> MemoryBus:
    """The process's bus. Outside the app (CLI commands, cron) it is created unstarted: it can
    publish (through PostgreSQL NOTIFY when so configured) but nobody listens in this process."""
    global _bus
    if _bus is None:
        from backend.settings import get_settings

        settings = get_settings()
        _bus = make_bus(settings.event_bus, settings.database_url)
    return _bus


