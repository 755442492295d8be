"""A feed listener: one subscriber's bounded queue of alerts, in order, with a timeout."""

import asyncio

import pytest

from backend.events import SubscriberTooSlow
from backend.resolvers.alerts.feed import Listener


async def test_alerts_come_out_in_the_order_offered_without_waiting_when_queued():
    listener = Listener(size=5)
    for alert in ("a", "b", "c"):
        listener.offer(alert)
    assert [await listener.next(timeout=0.01) for _ in range(3)] == ["a", "b", "c"]


async def test_a_waiting_listener_wakes_when_an_alert_is_offered_and_otherwise_times_out():
    listener = Listener(size=5)
    waiting = asyncio.create_task(listener.next(timeout=5))
    await asyncio.sleep(0.01)
    listener.offer("late")
    assert await asyncio.wait_for(waiting, 1) == "late"
    assert await listener.next(timeout=0.02) is None


async def test_a_cancelled_wait_leaves_the_listener_usable():
    listener = Listener(size=5)
    waiting = asyncio.create_task(listener.next(timeout=5))
    await asyncio.sleep(0.01)
    waiting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting
    listener.offer("after")
    assert await listener.next(timeout=0.01) == "after"


async def test_a_listener_that_falls_behind_is_told_so_instead_of_growing_memory():
    listener = Listener(size=2)
    for alert in ("a", "b", "c"):
        listener.offer(alert)
    assert len(listener.pending) == 2
    with pytest.raises(SubscriberTooSlow):
        await listener.next(timeout=0.01)
