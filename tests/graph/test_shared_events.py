"""Subscribers who would get the same answer to an event share one execution of it."""

import asyncio
from dataclasses import dataclass

import strawberry

from backend.auth import Viewer
from backend.graph.shared_events import SharedEventExecutionContext, stream_only_variables
from backend.permissions import RowScope
from backend.resolvers.audit import ReadAudit
from graphql import parse

executions: list[str] = []


@strawberry.type
class Event:
    id: strawberry.ID

    @strawberry.field
    def label(self, info: strawberry.Info, upper: bool = False) -> str:
        executions.append(str(self.id))
        if getattr(info.context, "note", False):
            info.context.audit.note("employee.read_pay", 1, "label")
        return f"EVENT {self.id}" if upper else f"event {self.id}"


@strawberry.type
class Query:
    ok: bool = True


@strawberry.type
class Subscription:
    @strawberry.subscription
    async def events(self, after: int = 0) -> Event:
        for n in range(after + 1, after + 3):
            yield Event(id=strawberry.ID(str(n)))


schema = strawberry.Schema(query=Query, subscription=Subscription, execution_context_class=SharedEventExecutionContext)


@dataclass
class Context:
    viewer: Viewer
    audit: ReadAudit
    note: bool = False


def _context(employee_id: int = 1, note: bool = False) -> Context:
    viewer = Viewer(kind="user", user_id=employee_id, employee_id=employee_id, permissions=frozenset({"alerts.read"}),
                    scope=RowScope.TEAM)
    return Context(viewer, ReadAudit(viewer), note)


async def _collect(document: str, context: Context, variables: dict | None = None) -> list:
    stream = await schema.subscribe(document, variable_values=variables, context_value=context)
    return [result.data async for result in stream]


async def test_the_same_access_and_document_execute_each_event_once():
    executions.clear()
    document = "subscription($after: Int!) { events(after: $after) { id label } }"
    first, second = await asyncio.gather(_collect(document, _context(7), {"after": 0}), _collect(document, _context(7), {"after": 0}))
    assert first == second == [{"events": {"id": "1", "label": "event 1"}}, {"events": {"id": "2", "label": "event 2"}}]
    assert sorted(executions) == ["1", "2"]


async def test_other_access_or_other_variables_in_the_selection_execute_apart():
    executions.clear()
    document = "subscription($upper: Boolean!) { events(after: 10) { id label(upper: $upper) } }"
    results = await asyncio.gather(_collect(document, _context(8), {"upper": False}), _collect(document, _context(9), {"upper": False}),
                                   _collect(document, _context(8), {"upper": True}))
    assert results[2][0] == {"events": {"id": "11", "label": "EVENT 11"}}
    assert sorted(executions) == ["11", "11", "11", "12", "12", "12"]


async def test_an_execution_that_noted_an_audited_read_is_not_shared():
    executions.clear()
    document = "subscription { events(after: 20) { label } }"
    contexts = [_context(5, note=True), _context(5, note=True)]
    await asyncio.gather(*(_collect(document, c) for c in contexts))
    assert sorted(executions) == ["21", "21", "22", "22"]
    assert all(c.audit._reads for c in contexts)


def test_a_variable_only_the_root_field_reads_does_not_split_subscribers():
    operation = parse("subscription($after: String, $k: [AlertKind!]) { alerts(after: $after, kinds: $k) { id message } }").definitions[0]
    assert stream_only_variables(operation) == {"after", "k"}
    nested = parse("subscription($after: String) { alerts(after: $after) { id other(x: $after) } }").definitions[0]
    assert stream_only_variables(nested) == frozenset()
