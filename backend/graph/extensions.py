"""Schema extensions: parsed documents, error codes, masking and language, the read-audit flush, and metrics."""

from __future__ import annotations

import logging
import re
import time
from functools import lru_cache
from typing import AsyncIterator, Iterator

from graphql import GraphQLError, parse
from prometheus_client import Counter, Histogram
from strawberry.extensions import MaskErrors, SchemaExtension

from backend.errors import DomainError, ErrorCode, ValidationFailed
from backend.i18n import Message, translate

log = logging.getLogger("hrgraph.graphql")


_parse = lru_cache(maxsize=512)(parse)


class ParsedDocuments(SchemaExtension):
    """Each distinct document is parsed once: the console sends the same few queries all day,
    and every socket of one subscription shares one syntax tree instead of holding its own.
    A document that does not parse is left to Strawberry's own parse, which reports the error
    (Strawberry's ParserCache raises it outside that error handling)."""

    def on_parse(self) -> Iterator[None]:
        ctx = self.execution_context
        if ctx.graphql_document is None and ctx.query:
            try:
                ctx.graphql_document = _parse(ctx.query, **ctx.parse_options)
            except GraphQLError:
                pass
        yield


def _english(error: GraphQLError) -> str:
    """The message as written: graphql-core locates an error raised in a resolver by copying it
    with str(message), which keeps the text but not the Message's template and values."""
    if hasattr(error, "english"):
        return error.english
    original = error.original_error
    if isinstance(original, GraphQLError) and isinstance(original.message, Message):
        return original.message
    return error.message


def localized(error: GraphQLError) -> GraphQLError:
    """The error with its message in the caller's language. The English stays on the copy: a
    subscription event's result is shared by its whole audience, whose readers may differ."""
    english = _english(error)
    text = translate(english)
    if text == error.message:
        return error
    copy = GraphQLError(text, nodes=error.nodes, source=error.source, positions=error.positions, path=error.path,
                        original_error=error.original_error, extensions=error.extensions)
    copy.english = english
    return copy


class ErrorCodes(MaskErrors):
    """Every error leaves with `extensions.code` and in the caller's language; unexpected ones are
    logged and masked."""

    def __init__(self, *, show_details: bool) -> None:
        super().__init__()
        self.show_details = show_details

    def _process_errors(self, errors: list[GraphQLError]) -> list[GraphQLError]:
        return [self._classify(e) for e in errors]

    def _process_result(self, result: object) -> None:
        # As MaskErrors does, without its isinstance() on a runtime Protocol: that check alone
        # cost ~20 us per result, paid by every subscriber for every event.
        errors = getattr(result, "errors", None)
        if errors:
            result.errors = self._process_errors(errors)

    def _copy(self, error: GraphQLError, message: str, code: ErrorCode, **extra: object) -> GraphQLError:
        return GraphQLError(message, nodes=error.nodes, source=error.source, positions=error.positions,
                            path=error.path, extensions={"code": code.value, **extra})

    def _classify(self, error: GraphQLError) -> GraphQLError:
        return localized(self._coded(error))

    def _coded(self, error: GraphQLError) -> GraphQLError:
        original = error.original_error
        if error.extensions and "code" in error.extensions:
            return error
        if isinstance(original, (ValidationFailed, DomainError)):
            found = original.errors if isinstance(original, ValidationFailed) else [original]
            fields = [e.field for e in found if e.field]
            message = found[0].message if len(found) == 1 else "; ".join(translate(e.message) for e in found)
            return self._copy(error, message, ErrorCode.BAD_USER_INPUT, **({"fields": fields} if fields else {}))
        if original is None or isinstance(original, GraphQLError):
            code = ErrorCode.QUERY_TOO_COMPLEX if "tokens" in error.message else ErrorCode.BAD_USER_INPUT
            return self._copy(error, error.message, code)
        log.error("unexpected error at %s", error.path, exc_info=original)
        detail = {"detail": f"{type(original).__name__}: {original}"} if self.show_details else {}
        return self._copy(error, "Unexpected error; it was logged.", ErrorCode.INTERNAL, **detail)


class FlushReadAudit(SchemaExtension):
    """Writes the request's sensitive-field reads once, after execution."""

    async def on_execute(self) -> AsyncIterator[None]:
        yield
        context = self.execution_context.context
        audit = getattr(context, "audit", None)
        if audit is not None:
            await audit.flush()


OPERATIONS = Counter("hrgraph_graphql_operations_total", "GraphQL operations", ["operation", "type", "outcome"])
LATENCY = Histogram("hrgraph_graphql_operation_seconds", "GraphQL operation latency", ["operation", "type"],
                    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10))
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")
_MAX_NAMES = 500
_seen_names: set[str] = set()


def _label(name: str | None) -> str:
    """Operation names are chosen by callers: keep the label set bounded."""
    if not name or not _NAME.match(name):
        return "anonymous"
    if name not in _seen_names and len(_seen_names) >= _MAX_NAMES:
        return "other"
    _seen_names.add(name)
    return name


class Metrics(SchemaExtension):
    def on_operation(self) -> Iterator[None]:
        started = time.perf_counter()
        yield
        ctx = self.execution_context
        name = _label(ctx.operation_name)
        try:
            kind = ctx.operation_type.value
        except Exception:  # the document did not parse: no operation type
            kind = "invalid"
        result = ctx.result
        outcome = "error" if (result is None or getattr(result, "errors", None) or ctx.pre_execution_errors) else "ok"
        OPERATIONS.labels(name, kind, outcome).inc()
        LATENCY.labels(name, kind).observe(time.perf_counter() - started)


class NoAnonymousIntrospection(SchemaExtension):
    """In production, only signed-in callers may introspect the schema."""

    def on_operation(self) -> Iterator[None]:
        from graphql.validation import NoSchemaIntrospectionCustomRule

        viewer = getattr(self.execution_context.context, "viewer", None)
        if viewer is None or not viewer.is_authenticated:
            self.execution_context.validation_rules = (
                *self.execution_context.validation_rules, NoSchemaIntrospectionCustomRule)
        yield


class SubscriptionsOnlyOverWebSocket(SchemaExtension):
    """A subscription sent over plain HTTP gets a clear answer instead of a half-run stream."""

    def on_validate(self) -> Iterator[None]:
        ctx = self.execution_context
        request = getattr(ctx.context, "request", None)
        over_http = request is not None and request.scope.get("type") == "http"
        try:
            is_subscription = ctx.operation_type.value == "subscription"
        except Exception:  # no parsable operation: validation will say why
            is_subscription = False
        if over_http and is_subscription and not ctx.pre_execution_errors:
            ctx.pre_execution_errors = [GraphQLError(
                "Subscriptions run over WebSocket at /graphql (graphql-transport-ws).",
                extensions={"code": ErrorCode.BAD_USER_INPUT.value})]
        yield
