"""The feed's broadcast: an idle subscriber with a lane is sent to without its task waking,
and whatever the broadcast cannot send, or what arrives meanwhile, reaches the subscriber's own
task in order. The lanes here are small recording ones: what is under test is the feed's side
of the contract (the graph's lanes are tested over a real server in test_live_delivery)."""

import asyncio
import gc

from backend.events import MemoryBus
from backend.graph.live_delivery import LiveTarget
from backend.models.alerts import Alert, AlertKind, Severity
from backend.resolvers.alerts import raise_alert
from backend.resolvers.alerts.feed import SKIP, AlertFeed, Listener


class RecordingLane:
    def __init__(self, verdict="audience", send=True, hold: asyncio.Event | None = None, fail=False) -> None:
        self.verdict, self.send, self.hold, self.fail = verdict, send, hold, fail
        self.sent: list = []
        self.collector_enabled: list[bool] = []

    def admit(self, alert):
        return self.verdict

    async def broadcast(self, alert, key, members):
        self.collector_enabled.append(gc.isenabled())
        if self.hold is not None:
            await self.hold.wait()
        if self.fail:
            raise RuntimeError("the audience's execution failed")
        if self.send:
            self.sent.append((alert, key, len(members)))
        return [self.send] * len(members)


async def _waiting(feed: AlertFeed, lane):
    """A listener with `lane` whose task waits for its next alert, as a subscriber's does."""
    listener = Listener(feed.queue_size)
    feed.listeners.add(listener)  # as feed.listen() does for a subscriber
    listener.lane = lane
    got: list = []

    async def subscriber():
        while (alert := await listener.next(timeout=5)) is not None:
            got.append(alert)

    task = asyncio.create_task(subscriber())
    await asyncio.sleep(0.01)
    return listener, task, got


async def _settle(feed: AlertFeed) -> None:
    await asyncio.gather(*feed._broadcasts)
    await asyncio.sleep(0.01)


async def test_an_idle_subscriber_is_sent_on_the_broadcast_and_its_task_stays_asleep():
    feed = AlertFeed(MemoryBus())
    lane = RecordingLane()
    listener, task, got = await _waiting(feed, lane)
    feed._fan_out("a")
    await _settle(feed)
    assert lane.sent == [("a", "audience", 1)] and got == [] and not task.done()
    assert not listener.busy and listener.idle()
    task.cancel()


async def test_alerts_arriving_during_a_broadcast_wait_behind_it_then_come_in_order():
    feed = AlertFeed(MemoryBus())
    hold = asyncio.Event()
    lane = RecordingLane(hold=hold)
    listener, task, got = await _waiting(feed, lane)
    feed._fan_out("a")
    feed._fan_out("b")  # busy: queued, the task not woken
    await asyncio.sleep(0.01)
    assert got == [] and list(listener.pending) == ["b"]
    hold.set()
    await _settle(feed)
    assert [s[0] for s in lane.sent] == ["a"] and got == ["b"]
    task.cancel()


async def test_what_the_broadcast_cannot_send_goes_to_the_subscriber_first_then_the_rest():
    feed = AlertFeed(MemoryBus())
    hold = asyncio.Event()
    lane = RecordingLane(send=False, hold=hold)
    listener, task, got = await _waiting(feed, lane)
    feed._fan_out("a")
    feed._fan_out("b")
    hold.set()
    await _settle(feed)
    assert got == ["a", "b"] and lane.sent == []
    task.cancel()


async def test_a_failed_broadcast_hands_the_alert_to_every_member():
    feed = AlertFeed(MemoryBus())
    lane = RecordingLane(fail=True)
    first, first_task, first_got = await _waiting(feed, lane)
    second, second_task, second_got = await _waiting(feed, lane)
    feed._fan_out("a")
    await _settle(feed)
    assert first_got == ["a"] and second_got == ["a"] and not first.busy and not second.busy
    first_task.cancel()
    second_task.cancel()


async def test_an_alert_not_for_the_subscriber_neither_wakes_nor_queues():
    feed = AlertFeed(MemoryBus())
    listener, task, got = await _waiting(feed, RecordingLane(verdict=SKIP))
    feed._fan_out("a")
    await asyncio.sleep(0.01)
    assert got == [] and not listener.pending and not feed._broadcasts
    task.cancel()


async def test_a_subscriber_without_a_lane_is_woken_as_before():
    feed = AlertFeed(MemoryBus())
    listener, task, got = await _waiting(feed, None)
    feed._fan_out("a")
    await asyncio.sleep(0.01)
    assert got == ["a"]
    task.cancel()


async def test_the_collector_is_held_off_during_a_broadcast_and_resumes_after():
    assert gc.isenabled()
    feed = AlertFeed(MemoryBus())
    lane = RecordingLane()
    _, task, _ = await _waiting(feed, lane)
    feed._fan_out("a")
    await _settle(feed)
    assert lane.collector_enabled == [False] and gc.isenabled()
    task.cancel()


async def test_alerts_raised_before_the_feed_started_are_not_handed_out_again():
    for n in range(3):
        await raise_alert(kind=AlertKind.PAYROLL_READY, severity=Severity.INFO, message=f"old {n}", dedup_key=f"old-{n}")
    feed = AlertFeed(MemoryBus())
    await feed.start()
    try:
        with feed.listen() as listener:
            await feed.catch_up()
            assert not listener.pending
            new, _ = await raise_alert(kind=AlertKind.PAYROLL_READY, severity=Severity.INFO, message="new", dedup_key="new")
            await feed.catch_up()
            assert [a.id for a in listener.pending] == [new.id] and feed.high_water == new.id
    finally:
        await feed.stop()
    assert await Alert.all().count() == 4


class _Operation:
    """What LiveTarget needs of Strawberry's operation; its send waits while `writable` is unset,
    as uvicorn's does for a client that stopped reading."""

    def __init__(self, writable: bool) -> None:
        self.id, self.completed, self.written = "op", False, []
        self.writable = asyncio.Event()
        if writable:
            self.writable.set()

    async def send_operation_message(self, message) -> None:
        await self.writable.wait()
        self.written.append(message)


def _target(operation) -> LiveTarget:
    target = LiveTarget()
    target.operation, target.executor, target.extensions = operation, object(), {}
    return target


async def test_a_socket_that_takes_the_frame_at_once_gets_it():
    operation = _Operation(writable=True)
    assert _target(operation).send_now("frame") is True
    assert operation.written == [{"id": "op", "type": "next", "payload": "frame"}]


async def test_a_socket_that_would_make_the_broadcast_wait_is_left_untouched_for_its_own_task():
    operation = _Operation(writable=False)
    assert _target(operation).send_now("frame") is False
    assert operation.written == [] and not operation.writable._waiters  # nothing sent, nothing left waiting
