"""Periodic jobs inside the app process (the traffic anomaly scan; later the contract expiry
scan): each runs once shortly after start and then every `every` seconds. Jobs must be safe
to run in several processes at once; ours are, because what they raise is deduplicated.
A failing run is logged and the job carries on at its next turn."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from typing import Awaitable, Callable

log = logging.getLogger("hrgraph.scheduler")


@dataclass
class Job:
    name: str
    every: float  # seconds; 0 or less turns the job off
    run: Callable[[], Awaitable[object]]
    first_delay: float = 5.0


class Scheduler:
    def __init__(self, jobs: list[Job]) -> None:
        self.jobs = [job for job in jobs if job.every > 0]
        self.tasks: list[asyncio.Task] = []

    async def start(self) -> None:
        self.tasks = [asyncio.create_task(self._loop(job), name=f"job:{job.name}") for job in self.jobs]

    async def stop(self) -> None:
        for task in self.tasks:
            task.cancel()
        for task in self.tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self.tasks = []

    async def _loop(self, job: Job) -> None:
        await asyncio.sleep(job.first_delay)
        while True:
            try:
                result = await job.run()
                log.info("%s: %s", job.name, result)
            except Exception:  # noqa: BLE001 - one bad run must not stop the schedule
                log.exception("%s failed; trying again in %.0f s", job.name, job.every)
            await asyncio.sleep(job.every)
