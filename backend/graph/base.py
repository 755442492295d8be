"""Shared GraphQL building blocks: the Node interface and global ids, Relay connections,
payload errors, and access helpers."""

from __future__ import annotations

import base64
import functools
from enum import Enum
from typing import Awaitable, Callable, Generic, TypeVar

import strawberry
from strawberry.types import Info
from strawberry.types.nodes import FragmentSpread, InlineFragment, SelectedField

from backend.auth import Viewer
from backend.context import RequestContext
from backend.errors import DomainError, ErrorCode, ValidationFailed, coded_error, forbidden, unauthenticated
from backend.i18n import Message, translate
from backend.resolvers.pagination import Page

T = TypeVar("T")
R = TypeVar("R")
CLOSE_UNAUTHORIZED = 4403  # graphql-transport-ws "Forbidden": the caller may no longer receive this


async def close_socket(info: Info, code: int, reason: str) -> None:
    """Ends a subscription's socket with a close code the client can act on."""
    socket = info.context.request
    if hasattr(socket, "close"):
        await socket.close(code=code, reason=reason[:120])


def to_global_id(type_name: str, pk: int) -> strawberry.ID:
    return strawberry.ID(base64.urlsafe_b64encode(f"{type_name}:{pk}".encode()).decode())


@functools.lru_cache(maxsize=8192)  # ingestion decodes the same few account ids thousands of times a call
def from_global_id(global_id: str) -> tuple[str, int]:
    """Returns (type name, pk); raises ValueError for anything we did not issue."""
    try:
        type_name, _, raw = base64.urlsafe_b64decode(global_id.encode()).decode().partition(":")
        pk = int(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ValueError(f"{global_id!r} is not an id issued by this API") from exc
    if not type_name or pk < 1:
        raise ValueError(f"{global_id!r} is not an id issued by this API")
    return type_name, pk


def pk_of(global_id: str | None, type_name: str, field: str, errors: list[DomainError]) -> int | None:
    """Decodes an input id, noting a payload error (and returning None) if it is not a `type_name` id."""
    if global_id is None:
        return None
    try:
        found, pk = from_global_id(global_id)
    except ValueError:
        found, pk = "", 0
    if found != type_name:
        errors.append(DomainError("INVALID", Message("{field} must be the id of a {type_name}.",
                                                     field=field, type_name=type_name), field))
        return None
    return pk


def require_pk(global_id: str, type_name: str, field: str = "id") -> int:
    errors: list[DomainError] = []
    pk = pk_of(global_id, type_name, field, errors)
    if errors:
        raise ValidationFailed(errors)
    return pk  # type: ignore[return-value]


@strawberry.interface(description="An object with a global id, refetchable with `node(id)`.")
class Node:
    id: strawberry.ID


@strawberry.type
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type
class Edge(Generic[T]):
    cursor: str
    node: T


@strawberry.type
class Connection(Generic[T]):
    edges: list[Edge[T]]
    page_info: PageInfo
    count: strawberry.Private[Callable[[], Awaitable[int]]]

    @strawberry.field(description="All matching rows, not only this page (one COUNT query, run only when asked).")
    async def total_count(self) -> int:
        return await self.count()


def connection(page: Page, convert: Callable[[object], T]) -> Connection[T]:
    edges = [Edge(cursor=page.cursor(i), node=convert(row)) for i, row in enumerate(page.rows)]
    return Connection(
        edges=edges,
        page_info=PageInfo(
            has_next_page=page.has_next, has_previous_page=page.offset > 0,
            start_cursor=edges[0].cursor if edges else None, end_cursor=edges[-1].cursor if edges else None,
        ),
        count=page.count,
    )


@strawberry.enum
class OrderDirection(Enum):
    ASC = "asc"
    DESC = "desc"


def context_of(info: Info) -> RequestContext:
    return info.context


def viewer_of(info: Info) -> Viewer:
    return info.context.viewer


def require(info: Info, *permissions: str) -> Viewer:
    """Raises UNAUTHENTICATED or FORBIDDEN unless the caller holds every permission."""
    ctx: RequestContext = info.context
    if not ctx.viewer.is_authenticated:
        if ctx.auth_error:
            raise coded_error(ErrorCode.UNAUTHENTICATED, ctx.auth_error)
        raise unauthenticated()
    missing = [p for p in permissions if not ctx.viewer.can(p)]
    if missing:
        raise forbidden(Message("this needs {permissions}", permissions=", ".join(missing)))
    return ctx.viewer


def payload_errors(error_type: type[R], failure: ValidationFailed | DomainError, codes: type[Enum]) -> list[R]:
    """The payload's `errors`, their messages in the caller's language."""
    found = failure.errors if isinstance(failure, ValidationFailed) else [failure]
    return [error_type(field=e.field, code=codes[e.code], message=translate(e.message)) for e in found]  # type: ignore[call-arg]


def decode_ids(*specs: tuple[str | None, str, str]) -> list[int | None]:
    """Decodes several input ids as (value, type name, field); one ValidationFailed names every bad one."""
    errors: list[DomainError] = []
    found = [pk_of(value, type_name, field, errors) for value, type_name, field in specs]
    if errors:
        raise ValidationFailed(errors)
    return found


async def mutate(payload: type[R], error_type: type, codes: type[Enum], work: Callable[[], Awaitable[dict]]) -> R:
    """Runs a mutation's work; expected failures become the payload's `errors`, nothing else."""
    try:
        return payload(**await work())
    except (ValidationFailed, DomainError) as failure:
        return payload(errors=payload_errors(error_type, failure, codes))


def selected_names(info: Info, *path: str) -> set[str]:
    """Field names selected under `path` (e.g. "edges", "node") of the current field, through fragments."""

    def children(selections, name: str | None) -> list:
        found = []
        for selection in selections:
            if isinstance(selection, (FragmentSpread, InlineFragment)):
                found += children(selection.selections, name)
            elif name is None or selection.name == name:
                found += [selection] if name is None else selection.selections
        return found

    current = [s for f in info.selected_fields for s in f.selections]
    for name in path:
        current = children(current, name)
    return {s.name for s in children(current, None) if isinstance(s, SelectedField)}


def related(loader, key: int | None, convert: Callable[[object], T]) -> T | None | Awaitable[T | None]:
    """A nested object by key: synchronous when the request already loaded it (the common case
    on a list page, which primes its loaders), otherwise through the batching loader."""
    if key is None:
        return None
    cached = loader.cache_map.get(key)
    if cached is not None and cached.done() and not cached.exception():
        row = cached.result()
        return convert(row) if row is not None else None

    async def load() -> T | None:
        row = await loader.load(key)
        return convert(row) if row is not None else None

    return load()
