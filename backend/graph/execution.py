"""The schema's executor: graphql-core's, with lists of scalars completed in one loop.

graphql-core completes every list item as a field of its own (a path entry, the non-null and
type dispatch, a try block), about 2.5 us an item. A chart's series is thousands of decimals
and timestamps, so that bookkeeping cost more than reading the rows. A list whose items are
plain scalars or enums needs none of it: each item is coerced, or, for anything unusual (an
item that is awaitable, an error, a null where none is allowed, a coercion that fails), the
whole list is completed again by graphql-core, so errors keep their exact paths.
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


class ExecutionContext(SharedEventExecutionContext):
    def complete_list_value(self, return_type, field_details_list, info, path, result, position_context) -> Any:
        if isinstance(result, (list, tuple)) and _leaf_items(return_type):
            completed = _coerce_leaves(return_type.of_type, result)
            if completed is not _UNUSUAL:
                return completed
        return super().complete_list_value(return_type, field_details_list, info, path, result, position_context)
