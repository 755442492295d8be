"""Cursor pagination over a queryset: opaque cursors, `first` capped, a lazy total count."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Awaitable, Callable, Generic, TypeVar

from tortoise.queryset import QuerySet

from backend.errors import DomainError
from backend.i18n import Message
from backend.settings import get_settings

T = TypeVar("T")
_PREFIX = "offset:"


def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"{_PREFIX}{offset}".encode()).decode()


def decode_cursor(cursor: str) -> int:
    try:
        raw = base64.urlsafe_b64decode(cursor.encode()).decode()
        if not raw.startswith(_PREFIX):
            raise ValueError
        offset = int(raw[len(_PREFIX) :])
        if offset < 0:
            raise ValueError
        return offset
    except ValueError as exc:
        raise DomainError("INVALID", "This cursor is not one we issued; start from the first page.", "after") from exc


def check_first(first: int) -> int:
    limit = get_settings().max_page_size
    if first < 0 or first > limit:
        raise DomainError("INVALID", Message("first must be between 0 and {limit}.", limit=limit), "first")
    return first


@dataclass
class Page(Generic[T]):
    rows: list[T]
    offset: int
    has_next: bool
    count: Callable[[], Awaitable[int]]

    def cursor(self, index: int) -> str:
        return encode_cursor(self.offset + index + 1)


async def paginate(query: QuerySet, *, first: int, after: str | None) -> Page:
    """Fetches one page plus one row to know whether another page follows."""
    first = check_first(first)
    offset = decode_cursor(after) if after else 0
    rows = list(await query.offset(offset).limit(first + 1)) if first else []
    count_query = query.order_by()

    async def count() -> int:
        return await count_query.count()

    return Page(rows=rows[:first], offset=offset, has_next=len(rows) > first, count=count)
