"""The live alert feed of one process.

The feed listens on the bus once, reads each new alert from the database once, and hands it to
every local listener's bounded queue; listeners filter with their in-memory `Audience`. It also
polls now and then, so an alert raised where no bus reached (a CLI process on the memory bus)
still arrives, and it resyncs from its last position after the bus reconnects. Ids may commit
out of order under concurrency, so it re-reads a small window below its high-water mark and
skips ids it has already delivered.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from typing import AsyncIterator

from backend import events
from backend.models.alerts import Alert
from backend.resolvers.alerts import TOPIC

log = logging.getLogger("hrgraph.alerts")
LATE_COMMIT_WINDOW = 50
REMEMBERED_IDS = 5000


class Listener:
    """One subscriber's bounded queue. A deque and one waiter instead of an asyncio.Queue:
    an alert is offered to every listener of the process in one loop, and the Queue's
    bookkeeping (sizes, events, getter lists) was most of that loop."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.pending: deque[Alert] = deque()
        self.overflowed = False
        self._waiter: asyncio.Future | None = None

    def offer(self, alert: Alert) -> None:
        if len(self.pending) >= self.size:
            self.overflowed = True
            return
        self.pending.append(alert)
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    async def next(self, timeout: float) -> Alert | None:
        if self.overflowed:
            raise events.SubscriberTooSlow
        if self.pending:  # the common case when an alert fans out: no timer at all
            return self.pending.popleft()
        self._waiter = asyncio.get_running_loop().create_future()
        try:
            async with asyncio.timeout(timeout):  # unlike wait_for, no task per call (thousands of listeners wake at once)
                await self._waiter
        except TimeoutError:
            return None
        finally:
            self._waiter = None
        return self.pending.popleft() if self.pending else None


class AlertFeed:
    def __init__(self, bus: events.MemoryBus, *, poll_seconds: float = 5.0, queue_size: int = 256) -> None:
        self.bus = bus
        self.poll_seconds = poll_seconds
        self.queue_size = queue_size
        self.listeners: set[Listener] = set()
        self.high_water = 0
        self._delivered: deque[int] = deque(maxlen=REMEMBERED_IDS)
        self._delivered_set: set[int] = set()
        self._task: asyncio.Task | None = None
        self._ready = asyncio.Event()

    async def start(self) -> None:
        newest = await Alert.all().order_by("-id").first()
        self.high_water = newest.id if newest else 0
        self._task = asyncio.create_task(self._run(), name="hrgraph-alert-feed")
        await self._ready.wait()

    async def stop(self) -> None:
        if self._task:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    @contextlib.contextmanager
    def listen(self):
        listener = Listener(self.queue_size)
        self.listeners.add(listener)
        try:
            yield listener
        finally:
            self.listeners.discard(listener)

    async def _run(self) -> None:
        async with self.bus.subscribe(TOPIC) as inbox:
            self._ready.set()
            while True:
                try:
                    await inbox.get(timeout=self.poll_seconds)
                except events.SubscriberTooSlow:
                    inbox.overflowed = False  # we only lost wake-ups; the catch-up reads everything
                try:
                    await self.catch_up()
                except Exception:  # the database blinked: keep the feed alive, the next wake retries
                    log.exception("alert feed catch-up failed")

    async def catch_up(self) -> None:
        async for alert in replay(Alert.all(), max(0, self.high_water - LATE_COMMIT_WINDOW)):
            if alert.id in self._delivered_set:
                continue
            self._remember(alert.id)
            self.high_water = max(self.high_water, alert.id)
            for listener in list(self.listeners):
                listener.offer(alert)

    def _remember(self, alert_id: int) -> None:
        if len(self._delivered) == self._delivered.maxlen:
            self._delivered_set.discard(self._delivered[0])
        self._delivered.append(alert_id)
        self._delivered_set.add(alert_id)


_feed: AlertFeed | None = None


def set_feed(feed: AlertFeed | None) -> None:
    global _feed
    _feed = feed


def get_feed() -> AlertFeed:
    if _feed is None:
        raise RuntimeError("the alert feed runs only inside the app (hrgraph serve)")
    return _feed


async def replay(query, after_id: int, batch: int = 200) -> AsyncIterator[Alert]:
    """Every alert of `query` after `after_id`, oldest first, in batches."""
    last = after_id
    while True:
        rows = await query.filter(id__gt=last).order_by("id").limit(batch)
        for row in rows:
            last = row.id
            yield row
        if len(rows) < batch:
            return
