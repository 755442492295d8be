"""Query safety: depth, alias and static cost limits, checked before anything executes.

The cost is static: every field costs 1, and a field with a `first` argument multiplies
its selection by `first` (its default when absent, the page cap when it is a variable);
other lists of objects count ten items (a connection's `edges` are already counted). The computed cost is reported to every caller in
`extensions.cost`, so partners can budget their queries.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import AsyncIterator, Iterator

from graphql import (
    DocumentNode, FieldNode, FragmentDefinitionNode, FragmentSpreadNode, GraphQLError,
    GraphQLInterfaceType, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, InlineFragmentNode,
    IntValueNode, OperationDefinitionNode, OperationType, SelectionSetNode, get_named_type,
)
from strawberry.extensions import SchemaExtension

from backend import ratelimit
from backend.errors import ErrorCode
from backend.graph.live_delivery import frame_extensions
from backend.i18n import Message

LIST_GUESS = 10


@dataclass
class QueryShape:
    depth: int = 0
    aliases: int = 0
    cost: int = 0


class _Walker:
    def __init__(self, schema: GraphQLSchema, document: DocumentNode, page_cap: int) -> None:
        self.schema = schema
        self.page_cap = page_cap
        self.fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
        self.shape = QueryShape()

    def operation(self, op: OperationDefinitionNode) -> None:
        root = {OperationType.QUERY: self.schema.query_type, OperationType.MUTATION: self.schema.mutation_type,
                OperationType.SUBSCRIPTION: self.schema.subscription_type}[op.operation]
        if root is None:
            return
        cost, depth = self.selection(op.selection_set, root, frozenset())
        self.shape.cost += cost
        self.shape.depth = max(self.shape.depth, depth)

    def _fields(self, selection_set: SelectionSetNode, parent, seen: frozenset[str]) -> Iterator[tuple[FieldNode, object]]:
        for node in selection_set.selections:
            if isinstance(node, FieldNode):
                yield node, parent
            elif isinstance(node, InlineFragmentNode):
                inner = self.schema.get_type(node.type_condition.name.value) if node.type_condition else parent
                yield from self._fields(node.selection_set, inner or parent, seen)
            elif isinstance(node, FragmentSpreadNode) and node.name.value not in seen:
                fragment = self.fragments.get(node.name.value)
                if fragment is not None:
                    inner = self.schema.get_type(fragment.type_condition.name.value) or parent
                    yield from self._fields(fragment.selection_set, inner, seen | {node.name.value})

    def selection(self, selection_set: SelectionSetNode, parent, seen: frozenset[str]) -> tuple[int, int]:
        cost = depth = 0
        for node, owner in self._fields(selection_set, parent, seen):
            name = node.name.value
            if node.alias:
                self.shape.aliases += 1
            if name.startswith("__"):
                continue  # introspection is bounded by the schema itself
            field = owner.fields.get(name) if isinstance(owner, (GraphQLObjectType, GraphQLInterfaceType)) else None
            if field is None:
                cost += 1
                continue
            child_cost = child_depth = 0
            if node.selection_set:
                child_cost, child_depth = self.selection(node.selection_set, get_named_type(field.type), seen)
            cost += 1 + self._multiplier(node, field) * child_cost
            depth = max(depth, 1 + child_depth)
        return cost, depth

    def _multiplier(self, node: FieldNode, field) -> int:
        if "first" in field.args:
            given = next((a.value for a in node.arguments or () if a.name.value == "first"), None)
            if isinstance(given, IntValueNode):
                return max(1, int(given.value))
            if given is None and isinstance(field.args["first"].default_value, int):
                return max(1, field.args["first"].default_value)
            return self.page_cap
        if node.name.value == "edges":
            return 1  # the connection field above already multiplied by `first`
        field_type = field.type.of_type if isinstance(field.type, GraphQLNonNull) else field.type
        return LIST_GUESS if isinstance(field_type, GraphQLList) else 1


def measure(schema: GraphQLSchema, document: DocumentNode, page_cap: int) -> QueryShape:
    walker = _Walker(schema, document, page_cap)
    for definition in document.definitions:
        if isinstance(definition, OperationDefinitionNode):
            walker.operation(definition)
    return walker.shape


def _too_complex(message: str) -> GraphQLError:
    return GraphQLError(message, extensions={"code": ErrorCode.QUERY_TOO_COMPLEX.value})


class QueryLimits(SchemaExtension):
    """Measures the validated document; over a limit, or over a partner's rate budget, the
    operation is refused without running. Comes after ValidationCache, which validates first."""

    def __init__(self, *, max_depth: int, max_aliases: int, max_cost: int, page_cap: int) -> None:
        self.max_depth = max_depth
        self.max_aliases = max_aliases
        self.max_cost = max_cost
        self.page_cap = page_cap
        self.shape: QueryShape | None = None

    def _limit_errors(self, shape: QueryShape) -> list[GraphQLError]:
        errors = []
        if shape.depth > self.max_depth:
            errors.append(_too_complex(Message("The query is {depth} levels deep; the limit is {max_depth}.",
                                               depth=shape.depth, max_depth=self.max_depth)))
        if shape.aliases > self.max_aliases:
            errors.append(_too_complex(Message("The query uses {aliases} aliases; the limit is {max_aliases}.",
                                               aliases=shape.aliases, max_aliases=self.max_aliases)))
        if shape.cost > self.max_cost:
            errors.append(_too_complex(
                Message("The query could cost {cost} points; the limit is {max_cost}. Ask for smaller pages or fewer nested "
                        "lists.", cost=shape.cost, max_cost=self.max_cost)))
        return errors

    async def _rate_errors(self, cost: int) -> list[GraphQLError]:
        context = self.execution_context.context
        viewer = getattr(context, "viewer", None)
        if viewer is None or not viewer.rate_limit_per_minute:
            return []
        verdict = await ratelimit.buckets().take(f"client:{viewer.label}", max(cost, 1), viewer.rate_limit_per_minute)
        if verdict.allowed:
            return []
        response = getattr(context, "response", None)
        if response is not None and hasattr(response, "headers"):
            response.headers["Retry-After"] = str(verdict.retry_after)
            response.status_code = 429
        return [GraphQLError(
            Message("Rate limit: this costs {cost} points and {remaining} of your {budget} per minute are left; "
                    "retry in {retry_after}s.", cost=cost, remaining=int(verdict.remaining),
                    budget=viewer.rate_limit_per_minute, retry_after=verdict.retry_after),
            extensions={"code": ErrorCode.RATE_LIMITED.value, "retryAfter": verdict.retry_after})]

    async def on_validate(self) -> AsyncIterator[None]:
        ctx = self.execution_context
        if ctx.graphql_document is not None and not ctx.pre_execution_errors:
            self.shape = measure(ctx.schema._schema, ctx.graphql_document, self.page_cap)
            errors = self._limit_errors(self.shape) or await self._rate_errors(self.shape.cost)
            if errors:
                ctx.pre_execution_errors = errors
            else:
                frame_extensions.set(self.get_results())  # what live delivery's messages carry
        yield

    def get_results(self) -> dict:
        if self.shape is None:
            return {}
        return {"cost": {"requested": self.shape.cost, "limit": self.max_cost}}
