"""One execution per subscription event for every subscriber who would get the same answer.

graphql-core executes a subscription's selection set once per event per subscriber: one alert
reaching 10,000 sockets is 10,000 executions of the same fields over the same row. Subscribers
whose answer cannot differ share one: same document and operation, same variables (except those
only the root field reads, like `alerts(after:)`, which shape the stream, not each event), same
access (permissions, row scope and whose record is "own"), same event. The first to arrive
executes; the others await its result.

A result whose execution noted sensitive reads for the audit is not shared: each subscriber
then executes for themself, so every read stays attributed to its reader.
"""

from __future__ import annotations

import asyncio
import inspect
from collections import OrderedDict
from typing import Any

from graphql import OperationDefinitionNode, VariableNode
from graphql.language import Visitor, visit
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

MAX_ENTRIES = 4096
_results: OrderedDict[tuple, asyncio.Future] = OrderedDict()
_stream_only_variables: dict[tuple, frozenset[str]] = {}  # per document text and operation


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
    operation = executor.operation
    if viewer is None or event_id is None or operation.loc is None:
        return None
    skip = stream_only_variables(operation)
    variables = repr(sorted((k, v) for k, v in executor.variable_values.coerced.items() if k not in skip))
    access = (viewer.kind, viewer.permissions, viewer.scope, viewer.employee_id, viewer.client_pk)
    name = operation.name.value if operation.name else None
    return type(payload).__name__, str(event_id), operation.loc.source.body, name, variables, access


def _audit_size(context) -> int:
    return getattr(getattr(context, "audit", None), "notes", 0)


def _remember(key: tuple, future: asyncio.Future) -> None:
    _results[key] = future
    while len(_results) > MAX_ENTRIES:
        _results.popitem(last=False)


async def _shared(key: tuple, execute, context):
    entry = _results.get(key)
    if entry is not None:
        result, shareable = await asyncio.shield(entry)
        if shareable:
            return result
        return await _run(execute)
    future = asyncio.get_running_loop().create_future()
    _remember(key, future)
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
    return result


async def _run(execute):
    result = execute()
    return await result if inspect.isawaitable(result) else result


class SharedEventExecutionContext(StrawberryGraphQLCoreExecutionContext):
    """The schema's executor: unchanged for queries and mutations; per-event executors of a
    subscription execute through the shared results."""

    _share_key: tuple | None = None

    def build_per_event_executor(self, payload: Any):
        event = super().build_per_event_executor(payload)
        event._share_key = share_key(self, payload)
        return event

    def execute_operation(self, serially: bool | None = None):
        key = self._share_key
        if key is None:
            return super().execute_operation(serially)
        return _shared(key, lambda: super(SharedEventExecutionContext, self).execute_operation(serially), self.context_value)
