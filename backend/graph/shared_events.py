"""One execution per subscription event for every subscriber who would get the same answer.

graphql-core executes a subscription's selection set once per event per subscriber: one alert
reaching 10,000 sockets is 10,000 executions of the same fields over the same row. Subscribers
whose answer cannot differ share one: same document and operation, same variables (except those
only the root field reads, like `alerts(after:)`, which shape the stream, not each event), same
access (permissions, row scope and whose record is "own"), same event. The first to arrive
executes; the others await its result.

A result whose execution noted sensitive reads for the audit is not shared: each subscriber
then executes for themself, so every read stays attributed to its reader.

A shared result is also encoded once (`shared_frame`): live delivery (`live_delivery.py`)
sends those same bytes to every socket of the audience.
"""

from __future__ import annotations

import asyncio
import inspect
from collections import OrderedDict
from contextvars import ContextVar
from typing import Any

import orjson
from graphql import OperationDefinitionNode, OperationType, VariableNode
from graphql.language import Visitor, visit
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

MAX_ENTRIES = 4096
_results: OrderedDict[tuple, asyncio.Future] = OrderedDict()
_frames: OrderedDict[tuple, orjson.Fragment] = OrderedDict()
_stream_only_variables: dict[tuple, frozenset[str]] = {}  # per document text and operation
# The executor of the subscription being resolved, for its resolver to execute events itself.
subscription_executor: ContextVar[Any] = ContextVar("subscription_executor", default=None)


class PreExecuted:
    """An event its subscription resolver already executed (see live_delivery): the per-event
    executor hands back this result instead of executing again."""

    __slots__ = ("result",)

    def __init__(self, result: Any) -> None:
        self.result = result


class _Variables(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def enter_variable(self, node: VariableNode, *_args) -> None:
        self.names.add(node.name.value)


def _names(node) -> set[str]:
    found = _Variables()
    visit(node, found)
    return found.names


def stream_only_variables(operation: OperationDefinitionNode) -> frozenset[str]:
    """Variables read only by the root field's arguments (the subscription's source stream)."""
    key = (operation.loc.source.body if operation.loc else id(operation), operation.name.value if operation.name else None)
    if key not in _stream_only_variables:
        if len(_stream_only_variables) > MAX_ENTRIES:
            _stream_only_variables.clear()
        root = operation.selection_set.selections[0]
        in_root_arguments = set().union(*(_names(a) for a in getattr(root, "arguments", ()) or ()))
        elsewhere = set().union(*(_names(s) for s in root.selection_set.selections)) if getattr(root, "selection_set", None) else set()
        if len(operation.selection_set.selections) > 1:
            elsewhere |= set().union(*(_names(s) for s in operation.selection_set.selections[1:]))
        _stream_only_variables[key] = frozenset(in_root_arguments - elsewhere)
    return _stream_only_variables[key]


def share_key(executor, payload: Any) -> tuple | None:
    viewer = getattr(executor.context_value, "viewer", None)
    event_id = getattr(payload, "id", None)
    if viewer is None or event_id is None or executor.operation.loc is None:
        return None
    return type(payload).__name__, str(event_id), _audience(executor, viewer)


def _audience(executor, viewer) -> tuple:
    """What, besides the event, decides the answer: the same for every event of a subscription
    (kept on its executor, per viewer object, since thousands of sockets compute it per event)."""
    cached = executor.__dict__.get("_audience")
    if cached is not None and cached[0] is viewer:
        return cached[1]
    operation = executor.operation
    skip = stream_only_variables(operation)
    variables = repr(sorted((k, v) for k, v in executor.variable_values.coerced.items() if k not in skip))
    access = (viewer.kind, viewer.permissions, viewer.scope, viewer.employee_id, viewer.client_pk)
    name = operation.name.value if operation.name else None
    audience = (operation.loc.source.body, name, variables, access)
    executor.__dict__["_audience"] = (viewer, audience)
    return audience


def _audit_size(context) -> int:
    return getattr(getattr(context, "audit", None), "notes", 0)


def _remember(cache: OrderedDict, key: tuple, value: Any) -> None:
    cache[key] = value
    while len(cache) > MAX_ENTRIES:
        cache.popitem(last=False)


async def _shared(key: tuple, execute, context):
    return (await _shared_outcome(key, execute, context))[0]


async def shared_frame(key: tuple, execute, context, extensions: dict) -> tuple[Any, orjson.Fragment | None]:
    """The event's result and, when it may go to the whole audience as it is (shared, no
    errors), the `next` payload encoded once."""
    result, shared = await _shared_outcome(key, execute, context)
    if not shared or result.errors:
        return result, None
    frame = _frames.get(key)
    if frame is None:
        payload = {"data": result.data, "extensions": extensions} if extensions else {"data": result.data}
        frame = orjson.Fragment(orjson.dumps(payload))
        _remember(_frames, key, frame)
    return result, frame


async def _shared_outcome(key: tuple, execute, context) -> tuple[Any, bool]:
    """The result, and whether others of the audience may reuse it."""
    entry = _results.get(key)
    if entry is not None:
        result, shareable = await asyncio.shield(entry)
        if shareable:
            return result, True
        return await _run(execute), False
    future = asyncio.get_running_loop().create_future()
    _remember(_results, key, future)
    before = _audit_size(context)
    try:
        result = await _run(execute)
    except BaseException:
        _results.pop(key, None)
        future.cancel()
        raise
    shareable = _audit_size(context) == before
    future.set_result((result, shareable))
    if not shareable:
        _results.pop(key, None)
    return result, shareable


async def _run(execute):
    result = execute()
    return await result if inspect.isawaitable(result) else result


class SharedEventExecutionContext(StrawberryGraphQLCoreExecutionContext):
    """The schema's executor: unchanged for queries and mutations; per-event executors of a
    subscription execute through the shared results."""

    _share_key: tuple | None = None
    _per_event = False

    def build_per_event_executor(self, payload: Any):
        event = super().build_per_event_executor(payload)
        if hasattr(event.context_value, "for_event"):
            event.context_value = event.context_value.for_event()
        event._per_event = True
        event._share_key = share_key(self, payload)
        return event

    def build_resolve_info(self, field_def, field_nodes, parent_type, path):
        info = super().build_resolve_info(field_def, field_nodes, parent_type, path)
        if path.prev is None and not self._per_event and self.operation.operation is OperationType.SUBSCRIPTION:
            subscription_executor.set(self)  # the operation's own task: its resolver runs there too
        return info

    def execute_operation(self, serially: bool | None = None):
        if isinstance(self.root_value, PreExecuted):
            return self.root_value.result
        key = self._share_key
        if key is None:
            return super().execute_operation(serially)
        return _shared(key, lambda: super(SharedEventExecutionContext, self).execute_operation(serially), self.context_value)
