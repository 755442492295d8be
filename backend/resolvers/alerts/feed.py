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
import itertools
import logging
from collections import deque
from typing import AsyncIterator

from backend import events
from backend.collector import COLLECTOR
from backend.models.alerts import Alert
from backend.resolvers.alerts import TOPIC

log = logging.getLogger("hrgraph.alerts")
LATE_COMMIT_WINDOW = 50
REMEMBERED_IDS = 5000


SKIP = object()  # a lane's verdict: this alert is not for that subscriber


class Listener:
    """One subscriber's bounded queue. A deque and one waiter instead of an asyncio.Queue:
    an alert is offered to every listener of the process in one loop, and the Queue's
    bookkeeping (sizes, events, getter lists) was most of that loop.

    A subscriber may also set a `lane` (see `AlertLane` in the graph): while it waits with
    nothing queued, the feed asks the lane whether the alert is for it and sends it on the
    lane's audience broadcast instead of waking the subscriber's task. Meanwhile the listener is
    `busy`: later alerts queue behind and the task is woken only once the broadcast is done
    with it, so one subscriber's alerts always go out in order."""

    lane = None

    def __init__(self, size: int) -> None:
        self.size = size
        self.pending: deque[Alert] = deque()
        self.overflowed = False
        self.busy = False
        self._waiter: asyncio.Future | None = None

    def offer(self, alert: Alert) -> None:
        if len(self.pending) >= self.size:
            self.overflowed = True
            return
        self.pending.append(alert)
        if not self.busy:
            self._wake()

    def idle(self) -> bool:
        """Waiting for its next alert with nothing queued or in flight."""
        return self._waiter is not None and not self._waiter.done() and not self.pending and not self.busy

    def release(self) -> None:
        """The broadcast sent its alert: whatever queued meanwhile goes the ordinary way."""
        self.busy = False
        if self.pending:
            self._wake()

    def hand_back(self, alert: Alert) -> None:
        """The broadcast could not send it: the subscriber's own task delivers it, first."""
        self.pending.appendleft(alert)
        self.busy = False
        self._wake()

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    async def next(self, timeout: float) -> Alert | None:
        if self.overflowed:
            raise events.SubscriberTooSlow
        if self.pending and not self.busy:  # the common case when an alert fans out: no timer at all
            return self.pending.popleft()
        self._waiter = asyncio.get_running_loop().create_future()
        try:
            async with asyncio.timeout(timeout):  # unlike wait_for, no task per call (thousands of listeners wake at once)
                await self._waiter
        except TimeoutError:
            return None
        finally:
            self._waiter = None
        return self.pending.popleft() if self.pending and not self.busy else None


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
        self._broadcasts: set[asyncio.Task] = set()
        self._collector = COLLECTOR  # held while alerts fan out (see backend/collector.py)

    async def start(self) -> None:
        # What is already there was raised before this process listened: subscribers replay it by
        # cursor, so the catch-up's late-commit window must not hand it to every listener again.
        recent = await Alert.all().order_by("-id").limit(LATE_COMMIT_WINDOW).values_list("id", flat=True)
        for alert_id in sorted(recent):
            self._remember(alert_id)
        self.high_water = max(recent, default=0)
        self._task = asyncio.create_task(self._run(), name="hrgraph-alert-feed")
        await self._ready.wait()

    async def stop(self) -> None:
        for task in [self._task, *self._broadcasts]:
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task

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
            self._fan_out(alert)

    def _fan_out(self, alert: Alert) -> None:
        """Every idle subscriber with a lane goes on its audience's broadcast; the rest have
        their task woken."""
        audiences: dict[object, list[Listener]] = {}
        self._collector.hold()  # the loop itself allocates enough to start a collection
        for listener in list(self.listeners):
            verdict = self._verdict(listener, alert)
            if verdict is None:
                listener.offer(alert)
            elif verdict is not SKIP:
                listener.busy = True
                audiences.setdefault(verdict, []).append(listener)
        for key, members in audiences.items():
            self._collector.hold()
            task = asyncio.create_task(self._broadcast(alert, key, members))
            self._broadcasts.add(task)
            task.add_done_callback(self._broadcasts.discard)
        self._collector.release()

    @staticmethod
    def _verdict(listener: Listener, alert: Alert):
        if listener.lane is None or not listener.idle():
            return None
        try:
            return listener.lane.admit(alert)
        except Exception:  # the subscriber's own task meets it and ends its stream with the error
            log.exception("alert lane refused to admit")
            return None

    async def _broadcast(self, alert: Alert, key, members: list[Listener]) -> None:
        sent: list[bool] = []
        try:
            sent = await members[0].lane.broadcast(alert, key, members)
        except Exception:  # each subscriber then delivers it its own way, with its own errors
            log.exception("alert broadcast failed")
        finally:
            self._collector.release()
            for listener, done in itertools.zip_longest(members, sent, fillvalue=False):
                if done:
                    listener.release()
                else:
                    listener.hand_back(alert)

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
