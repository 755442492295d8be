"""Holding off CPython's cyclic garbage collector through a burst of allocations.

Some work allocates hundreds of thousands of short-lived objects at once: an alert fanned out to
thousands of sockets, a 10,000-line NDJSON backfill. None of it is cyclic garbage, but its
allocations start collections, and with a large heap (thousands of subscriptions) one of them can
take seconds; in a backfill they cost about a seventh of the request. While any holder holds,
collection waits, and it resumes when the last one lets go, or after MAX_PAUSE seconds whatever
happens; what it finds then is the same garbage, a moment later. One instance for the process,
so one holder letting go never resumes collection under another.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

MAX_PAUSE = 5.0  # seconds


class CollectorPause:
    def __init__(self) -> None:
        self.holders = 0
        self._resume: asyncio.TimerHandle | None = None

    def hold(self) -> None:
        if self.holders == 0 and gc.isenabled():
            gc.disable()
            self._resume = asyncio.get_running_loop().call_later(MAX_PAUSE, self._enable)
        self.holders += 1

    def release(self) -> None:
        self.holders -= 1
        if self.holders == 0:
            self._enable()

    def _enable(self) -> None:
        if self._resume is not None:
            self._resume.cancel()
            self._resume = None
            gc.enable()


COLLECTOR = CollectorPause()


@asynccontextmanager
async def collection_paused() -> AsyncIterator[None]:
    COLLECTOR.hold()
    try:
        yield
    finally:
        COLLECTOR.release()
