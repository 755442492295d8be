"""Reading reviews: an employee list with their reviews costs the same SQL for 5 or 40 employees,
pages of an employee's reviews, and the review types reachable through node()."""

from datetime import date

from tests.factories import gql, gql_counting_sql, make_employee
from tests.performance.helpers import host_world, indicators, open_cycle, save

NESTED = """{ employees(first: 50) { edges { node { employeeNo
  reviews(first: 5) { totalCount edges { node { score waitingFor cycle { name status } } } } } } } }"""
PAGED = """query($id: ID!, $after: String) { employee(id: $id) { reviews(first: 1, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id cycle { name } } } } } }"""
NODE = """query($id: ID!) { node(id: $id) { __typename ... on ReviewCycle { name status }
  ... on Review { templateName employee { employeeNo } } } }"""


async def _statements(client, token) -> int:
    result, statements = await gql_counting_sql(client, NESTED, token=token)
    assert "errors" not in result, result["errors"]
    return statements


async def _two_cycles(client, world) -> None:
    hr = world.tokens["hr_manager"]
    await save(client, hr, world.host, indicators())
    await open_cycle(client, hr)
    await open_cycle(client, hr, start=date(2026, 10, 1), name="2026-10")


async def test_the_sql_of_employees_with_their_reviews_does_not_grow_with_the_rows(client):
    world = await host_world()
    await _two_cycles(client, world)
    token = world.tokens["hr_manager"]
    small = await _statements(client, token)
    for i in range(35):
        await make_employee(None, employee_no=f"X{i:02d}", position_id=world.host.id)
    from backend.models.performance import ReviewCycle

    await ReviewCycle.all().delete()
    await _two_cycles(client, world)
    large = await _statements(client, token)
    assert large == small and small <= 8


async def test_an_employees_reviews_page_newest_cycle_first(client):
    world = await host_world()
    await _two_cycles(client, world)
    from backend.graph.base import to_global_id

    variables = {"id": to_global_id("Employee", world.h1.id)}
    first = (await gql(client, PAGED, variables, token=world.tokens["hr_manager"]))["data"]["employee"]["reviews"]
    assert first["totalCount"] == 2 and first["pageInfo"]["hasNextPage"]
    assert first["edges"][0]["node"]["cycle"] == {"name": "2026-11"}
    second = (await gql(client, PAGED, {**variables, "after": first["pageInfo"]["endCursor"]},
                        token=world.tokens["hr_manager"]))["data"]["employee"]["reviews"]
    assert second["edges"][0]["node"]["cycle"] == {"name": "2026-10"} and not second["pageInfo"]["hasNextPage"]
    review = await gql(client, NODE, {"id": first["edges"][0]["node"]["id"]}, token=world.tokens["team_lead"])
    assert review["data"]["node"] == {"__typename": "Review", "templateName": "主播 KPI", "employee": {"employeeNo": "H1"}}
    cycles = await gql(client, "{ reviewCycles(first: 5) { edges { node { id } } } }", token=world.tokens["employee"])
    cycle = await gql(client, NODE, {"id": cycles["data"]["reviewCycles"]["edges"][0]["node"]["id"]}, token=world.tokens["employee"])
    assert cycle["data"]["node"] == {"__typename": "ReviewCycle", "name": "2026-11", "status": "OPEN"}
