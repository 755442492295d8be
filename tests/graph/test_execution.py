"""Lists of scalars are completed in one loop, with the same answers and errors as graphql-core's."""

import enum
from datetime import datetime, timezone
from decimal import Decimal

import strawberry

from backend.graph.execution import ExecutionContext


@strawberry.enum
class Colour(enum.Enum):
    RED = "red"
    BLUE = "blue"


async def _pending() -> int:
    return 7


@strawberry.type
class Query:
    @strawberry.field
    def decimals(self) -> list[Decimal | None]:
        return [Decimal("1.50"), None, Decimal("0")]

    @strawberry.field
    def times(self) -> list[datetime]:
        return [datetime(2025, 1, 1, tzinfo=timezone.utc)]

    @strawberry.field
    def colours(self) -> list[Colour]:
        return [Colour.RED, Colour.BLUE]

    @strawberry.field
    def bad_int(self) -> list[int | None]:
        return [1, "x", 3]  # type: ignore[list-item]

    @strawberry.field
    def null_in_required(self) -> list[int] | None:
        return [1, None]  # type: ignore[list-item]

    @strawberry.field
    def awaitable_item(self) -> list[int]:
        return [1, _pending()]  # type: ignore[list-item]

    @strawberry.field
    def numbers(self) -> tuple[int, ...]:
        return (1, 2)


def _run(schema: strawberry.Schema, query: str):
    result = schema.execute_sync(query)
    return result.data, [(e.message, e.path) for e in result.errors or ()]


def _same(query: str):
    fast = _run(strawberry.Schema(query=Query, execution_context_class=ExecutionContext), query)
    plain = _run(strawberry.Schema(query=Query), query)
    assert fast == plain
    return fast


def test_scalars_and_enums_complete_as_graphql_core_does():
    data, errors = _same("{ decimals times colours numbers }")
    assert errors == []
    assert data == {"decimals": ["1.50", None, "0"], "times": ["2025-01-01T00:00:00+00:00"],
                    "colours": ["RED", "BLUE"], "numbers": [1, 2]}


def test_a_failing_item_is_reported_at_its_index_and_the_rest_kept():
    data, errors = _same("{ badInt }")
    assert data == {"badInt": [1, None, 3]}
    assert [path for _, path in errors] == [["badInt", 1]]


def test_null_where_the_item_is_required_nulls_the_list_with_the_items_path():
    data, errors = _same("{ nullInRequired }")
    assert data == {"nullInRequired": None}
    assert [path for _, path in errors] == [["nullInRequired", 1]]


async def test_awaitable_items_are_awaited():
    schema = strawberry.Schema(query=Query, execution_context_class=ExecutionContext)
    result = await schema.execute("{ awaitableItem }")
    assert result.errors is None
    assert result.data == {"awaitableItem": [1, 7]}


def test_plain_scalar_lists_skip_the_per_item_completion(monkeypatch):
    items: list = []
    original = ExecutionContext.complete_list_item_value
    monkeypatch.setattr(ExecutionContext, "complete_list_item_value",
                        lambda self, item, *rest: items.append(item) or original(self, item, *rest))
    schema = strawberry.Schema(query=Query, execution_context_class=ExecutionContext)
    assert schema.execute_sync("{ decimals colours }").errors is None
    assert items == []
    assert schema.execute_sync("{ badInt }").data == {"badInt": [1, None, 3]}
    assert items == [1, "x", 3]  # the unusual list went the whole way through graphql-core


@strawberry.type
class Person:
    name: str
    nickname: str | None
    colour: Colour
    age: int

    @strawberry.field
    def greeting(self) -> str:
        return f"hello {self.name}"


@strawberry.type
class People:
    @strawberry.field
    def people(self) -> list[Person | None]:
        return [Person(name="Li", nickname=None, colour=Colour.RED, age=30),
                Person(name=None, nickname="x", colour=Colour.BLUE, age="old")]  # type: ignore[arg-type]


def _same_people(query: str):
    fast = strawberry.Schema(query=People, execution_context_class=ExecutionContext).execute_sync(query)
    plain = strawberry.Schema(query=People).execute_sync(query)
    answer = fast.data, [(e.message, e.path) for e in fast.errors or ()]
    assert answer == (plain.data, [(e.message, e.path) for e in plain.errors or ()])
    return answer


def test_plain_attributes_answer_and_fail_as_graphql_core_does():
    data, errors = _same_people("{ people { nickname colour greeting __typename } }")
    assert errors == []
    assert data == {"people": [{"nickname": None, "colour": "RED", "greeting": "hello Li", "__typename": "Person"},
                               {"nickname": "x", "colour": "BLUE", "greeting": "hello None", "__typename": "Person"}]}
    data, errors = _same_people("{ people { name age } }")  # a required null and a value that is no Int
    assert data == {"people": [{"name": "Li", "age": 30}, None]}
    assert [path for _, path in errors] == [["people", 1, "name"]]
    data, errors = _same_people("{ people { age } }")
    assert data == {"people": [{"age": 30}, None]}
    assert [path for _, path in errors] == [["people", 1, "age"]]


def test_plain_attributes_build_no_resolve_info(monkeypatch):
    built: list[str] = []
    original = ExecutionContext.build_resolve_info
    monkeypatch.setattr(ExecutionContext, "build_resolve_info",
                        lambda self, field_def, nodes, *rest: built.append(nodes[0].name.value) or original(self, field_def, nodes, *rest))
    schema = strawberry.Schema(query=People, execution_context_class=ExecutionContext)
    assert schema.execute_sync("{ people { nickname colour greeting } }").errors is None
    assert built == ["people", "greeting", "greeting"]
