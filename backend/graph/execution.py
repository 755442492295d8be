"""The schema's executor: graphql-core's, with two shortcuts for the commonest leaves.

graphql-core completes every list item as a field of its own (a path entry, the non-null and
type dispatch, a try block), about 2.5 us an item. A chart's series is thousands of decimals
and timestamps, so that bookkeeping cost more than reading the rows. A list whose items are
plain scalars or enums needs none of it: each item is coerced in one loop.

Likewise a plain attribute of a scalar type (`name`, `status`, `hiredOn`: a Strawberry field
with no resolver, arguments or extensions) needs no resolve info built for a resolver that
never reads it: its value is read and coerced directly.

Anything unusual (an awaitable, an error, a null where none is allowed, a coercion that
fails) goes the whole way through graphql-core again, so answers and errors, with their
exact paths, are what graphql-core gives. Incremental delivery (@defer/@stream) is not
enabled in this schema, so no list here is streamed.
"""

from __future__ import annotations

from typing import Any

from graphql import GraphQLList, GraphQLNonNull, is_leaf_type, is_non_null_type

from backend.graph.shared_events import SharedEventExecutionContext

_UNUSUAL = object()


def _coerce_leaves(item_type, items: list | tuple) -> list | object:
    nullable = not is_non_null_type(item_type)
    leaf = item_type if nullable else item_type.of_type
    coerce = leaf.coerce_output_value
    completed = []
    append = completed.append
    try:
        for item in items:
            if item is None:
                if not nullable:
                    return _UNUSUAL
                append(None)
                continue
            if isinstance(item, BaseException) or hasattr(item, "__await__"):
                return _UNUSUAL
            value = coerce(item)
            if value is None:
                return _UNUSUAL
            append(value)
    except Exception:  # graphql-core reports it, located at the item
        return _UNUSUAL
    return completed


def _leaf_items(return_type: GraphQLList) -> bool:
    item_type = return_type.of_type
    return is_leaf_type(item_type.of_type if isinstance(item_type, GraphQLNonNull) else item_type)


def _plain_leaf(field_def):
    """The scalar or enum type of a Strawberry field without resolver or arguments, else None."""
    try:
        return field_def._hrgraph_leaf  # noted on the field: a schema's fields are built once
    except AttributeError:
        return_type = field_def.type
        leaf = return_type.of_type if isinstance(return_type, GraphQLNonNull) else return_type
        plain = getattr(field_def.resolve, "_is_default", False) and not field_def.args and is_leaf_type(leaf)
        field_def._hrgraph_leaf = leaf if plain else None
        return field_def._hrgraph_leaf


class ExecutionContext(SharedEventExecutionContext):
    def _wraps_resolvers(self) -> bool:
        """Whether a schema extension wraps resolvers (Strawberry always passes a manager, usually empty)."""
        manager = self.middleware_manager
        return manager is not None and bool(manager.middlewares)

    def execute_field(self, parent_type, source, field_details_list, path, position_context) -> Any:
        node = field_details_list[0].node
        field_def = parent_type.fields.get(node.name.value)
        leaf = _plain_leaf(field_def) if field_def is not None and not node.arguments else None
        if leaf is not None and not self._wraps_resolvers():
            try:
                value = field_def.resolve(source, None)
                if value is None:
                    if not isinstance(field_def.type, GraphQLNonNull):
                        return None
                elif not isinstance(value, BaseException) and not hasattr(value, "__await__"):
                    coerced = leaf.coerce_output_value(value)
                    if coerced is not None:
                        return coerced
            except Exception:  # graphql-core reports it, located at the field
                pass
        return super().execute_field(parent_type, source, field_details_list, path, position_context)

    def complete_list_value(self, return_type, field_details_list, info, path, result, position_context) -> Any:
        if isinstance(result, (list, tuple)) and _leaf_items(return_type):
            completed = _coerce_leaves(return_type.of_type, result)
            if completed is not _UNUSUAL:
                return completed
        return super().complete_list_value(return_type, field_details_list, info, path, result, position_context)
