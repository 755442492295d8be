"""The token buckets behind partner rate limits, in both forms."""

import asyncio

import pytest

from backend.ratelimit import DatabaseBuckets, MemoryBuckets


async def _spend_concurrently(buckets, key: str) -> list[bool]:
    verdicts = await asyncio.gather(*(buckets.take(key, 30, 100) for _ in range(5)))
    return [v.allowed for v in verdicts]


async def test_a_memory_bucket_lets_a_minutes_worth_through_then_says_when_to_retry():
    buckets = MemoryBuckets()
    assert sum(await _spend_concurrently(buckets, "a")) == 3  # 100 points hold three 30-point requests
    refused = await buckets.take("a", 30, 100)
    assert not refused.allowed and 1 <= refused.retry_after <= 18


async def test_a_request_costlier_than_the_whole_bucket_is_refused():
    assert not (await MemoryBuckets().take("b", 101, 100)).allowed


@pytest.mark.postgres_only
async def test_a_shared_bucket_in_postgresql_spends_atomically_across_concurrent_requests():
    buckets = DatabaseBuckets()
    assert sum(await _spend_concurrently(buckets, "shared")) == 3
    refused = await buckets.take("shared", 30, 100)
    assert not refused.allowed and refused.retry_after >= 1
