"""Token buckets in query-cost points, per partner client.

`memory` keeps buckets in this process; `database` keeps them in a table and refills and
spends in one conditional UPDATE, so several processes share one budget (used with the
PostgreSQL event bus).
"""

from __future__ import annotations

import asyncio
import math
import time
from dataclasses import dataclass

from tortoise import Tortoise


@dataclass
class Verdict:
    allowed: bool
    retry_after: int = 0  # whole seconds until the cost would fit
    remaining: float = 0.0


def _retry_after(tokens: float, cost: float, per_second: float) -> int:
    return max(1, math.ceil((cost - tokens) / per_second))


class MemoryBuckets:
    def __init__(self) -> None:
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = asyncio.Lock()

    async def take(self, key: str, cost: float, per_minute: int) -> Verdict:
        capacity, per_second = float(per_minute), per_minute / 60.0
        async with self._lock:
            tokens, updated = self._buckets.get(key, (capacity, time.monotonic()))
            now = time.monotonic()
            tokens = min(capacity, tokens + (now - updated) * per_second)
            if cost > capacity or tokens < cost:
                self._buckets[key] = (tokens, now)
                return Verdict(False, _retry_after(tokens, min(cost, capacity), per_second), tokens)
            self._buckets[key] = (tokens - cost, now)
            return Verdict(True, 0, tokens - cost)


class DatabaseBuckets:
    async def take(self, key: str, cost: float, per_minute: int) -> Verdict:
        conn = Tortoise.get_connection("default")
        capacity, per_second = float(per_minute), per_minute / 60.0
        await conn.execute_query(
            "INSERT INTO rate_buckets (key, tokens, updated_at) VALUES ($1, $2, now()) ON CONFLICT (key) DO NOTHING",
            [key, capacity])
        refilled = "LEAST($2::float8, tokens + EXTRACT(EPOCH FROM (now() - updated_at)) * $3::float8)"
        rows = await conn.execute_query_dict(
            f"UPDATE rate_buckets SET tokens = {refilled} - $4::float8, updated_at = now() "
            f"WHERE key = $1 AND {refilled} >= $4::float8 RETURNING tokens", [key, capacity, per_second, cost])
        if rows:
            return Verdict(True, 0, float(rows[0]["tokens"]))
        rows = await conn.execute_query_dict(f"SELECT {refilled} AS tokens FROM rate_buckets WHERE key = $1",
                                           [key, capacity, per_second])
        tokens = float(rows[0]["tokens"]) if rows else 0.0
        return Verdict(False, _retry_after(tokens, min(cost, capacity), per_second), tokens)


_buckets: MemoryBuckets | DatabaseBuckets = MemoryBuckets()


def configure(shared: bool) -> None:
    global _buckets
    _buckets = DatabaseBuckets() if shared else MemoryBuckets()


def buckets() -> MemoryBuckets | DatabaseBuckets:
    return _buckets
