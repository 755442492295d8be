"""Reviews per built-in role: what each reads, what is refused, and that a refused change changed nothing.

World (tests/roles.py): lead L and host H1 in team A, host H2 in team B, HR staffer S. November is
closed (both hosts rated), October is open (nobody rated yet).
"""

from datetime import date

import pytest

from backend.graph.base import to_global_id
from backend.models.performance import Review, ReviewCycle
from tests.factories import error_codes, forbidden_paths, gql
from tests.performance.helpers import (
    ACKNOWLEDGE, ADVANCE, CALIBRATE, OPEN, RATE, RECOMPUTE, SAVE, cycle_id, host_world, indicators, open_cycle, review_id, save,
    snapshot, streamed,
)

READ = """{ reviews(first: 20) { totalCount edges { node { score managerComment cycle { name }
  employee { employeeNo baseSalary } } } }
  reviewCycles(first: 5) { totalCount } kpiTemplates(first: 5) { totalCount } }"""
ONE = """query($id: ID!) { review(id: $id) { score } }"""
NODE = """query($id: ID!) { node(id: $id) { ... on Review { score } } }"""
EMPLOYEES = """{ employees(first: 10) { edges { node { employeeNo reviews(first: 5) { totalCount } } } } }"""


async def _world(client):
    world = await host_world()
    hr = world.tokens["hr_manager"]
    await streamed(world.h1, date(2026, 11, 3), followers=900, gmv="80000.00")
    assert (await save(client, hr, world.host, indicators()))["errors"] == []
    assert (await open_cycle(client, hr))["errors"] == []
    november = await ReviewCycle.get(name="2026-11")
    for review in await Review.filter(cycle_id=november.id):
        await gql(client, RATE, {"input": {"id": review_id(review), "rating": "3", "comment": "良好 Good"}}, token=hr)
    for _ in range(2):
        await gql(client, ADVANCE, {"id": cycle_id(november)}, token=hr)
    assert (await open_cycle(client, hr, start=date(2026, 10, 1), name="2026-10"))["errors"] == []
    october = await ReviewCycle.get(name="2026-10")
    reviews = {(r.employee_id, r.cycle_id): r for r in await Review.all()}
    return world, november, october, reviews


async def _read(client, token) -> tuple[set[tuple[str, str]], dict]:
    result = await gql(client, READ, token=token)
    data = result["data"] or {}
    rows = {(e["node"]["employee"]["employeeNo"], e["node"]["cycle"]["name"]) for e in (data.get("reviews") or {}).get("edges", [])}
    return rows, result


async def _tries(client, token, world, november, october, reviews) -> dict[str, str]:
    """Every performance mutation, aimed where this role may not act; 'ok', a payload code or a top-level code."""
    h2_open, h2_closed = reviews[(world.h2.id, october.id)], reviews[(world.h2.id, november.id)]
    template = {"positionId": to_global_id("Position", world.host.id), "name": "x", "indicators": indicators(followers="50", gmv="20")}
    attempts = {
        "save": ("kpiTemplateSave", await gql(client, SAVE, {"input": template}, token=token)),
        "open": ("reviewCycleOpen", await gql(client, OPEN, {"input": {"name": "2026-09", "kind": "MONTHLY",
                                                                        "periodStart": "2026-09-01"}}, token=token)),
        "advance": ("reviewCycleAdvance", await gql(client, ADVANCE, {"id": cycle_id(october)}, token=token)),
        "recompute": ("reviewCycleRecompute", await gql(client, RECOMPUTE, {"id": cycle_id(october)}, token=token)),
        "rate": ("reviewRate", await gql(client, RATE, {"input": {"id": review_id(h2_open), "rating": "5"}}, token=token)),
        "calibrate": ("reviewCalibrate", await gql(client, CALIBRATE, {"input": {"id": review_id(h2_closed), "points": "5",
                                                                                "reason": "x"}}, token=token)),
        "acknowledge": ("reviewAcknowledge", await gql(client, ACKNOWLEDGE, {"id": review_id(h2_closed)}, token=token)),
    }
    outcomes = {}
    for name, (field, result) in attempts.items():
        if error_codes(result):
            outcomes[name] = error_codes(result)[0]
        else:
            payload = result["data"][field]
            outcomes[name] = payload["errors"][0]["code"] if payload["errors"] else "ok"
    return outcomes


async def _refused_change_nothing(client, token, *world) -> dict[str, str]:
    before = await snapshot()
    outcomes = await _tries(client, token, *world)
    assert await snapshot() == before
    return outcomes


@pytest.mark.parametrize("role", ["admin", "hr_manager"])
async def test_admin_and_hr_read_every_review_and_run_the_cycles(client, role):
    world, november, october, reviews = await _world(client)
    rows, result = await _read(client, world.tokens[role])
    assert rows == {("H1", "2026-11"), ("H2", "2026-11"), ("H1", "2026-10"), ("H2", "2026-10")}
    assert forbidden_paths(result) == set()  # both may read pay
    assert result["data"]["reviewCycles"]["totalCount"] == 2 and result["data"]["kpiTemplates"]["totalCount"] == 1
    rated = await gql(client, RATE, {"input": {"id": review_id(reviews[(world.h2.id, october.id)]), "rating": "4"}},
                      token=world.tokens[role])
    assert rated["data"]["reviewRate"]["errors"] == []


async def test_a_team_lead_reads_and_rates_their_teams_reviews_only_and_sees_no_pay(client):
    world, november, october, reviews = await _world(client)
    token = world.tokens["team_lead"]
    rows, result = await _read(client, token)
    assert rows == {("H1", "2026-11"), ("H1", "2026-10")}
    assert forbidden_paths(result) == {"reviews.edges.node.employee.baseSalary"}
    other = reviews[(world.h2.id, november.id)]
    for document in (ONE, NODE):
        assert error_codes(await gql(client, document, {"id": review_id(other)}, token=token)) == ["NOT_FOUND"]
    team_b = to_global_id("Team", world.h2.team_id)
    filtered = await gql(client, """query($t: ID!) { reviews(first: 5, filter: {teamId: $t}) { totalCount } }""",
                         {"t": team_b}, token=token)
    assert filtered["data"]["reviews"]["totalCount"] == 0
    own_team = await gql(client, RATE, {"input": {"id": review_id(reviews[(world.h1.id, october.id)]), "rating": "3.5"}},
                         token=token)
    assert own_team["data"]["reviewRate"]["errors"] == []
    assert await _refused_change_nothing(client, token, world, november, october, reviews) == {
        "save": "FORBIDDEN", "open": "FORBIDDEN", "advance": "FORBIDDEN", "recompute": "FORBIDDEN", "rate": "NOT_FOUND",
        "calibrate": "FORBIDDEN", "acknowledge": "NOT_FOUND"}


async def test_an_employee_reads_their_own_closed_review_only_and_cannot_rate(client):
    world, november, october, reviews = await _world(client)
    token = world.tokens["employee"]
    rows, result = await _read(client, token)
    assert rows == {("H1", "2026-11")}  # October is still open: not shown to the employee yet
    assert forbidden_paths(result) == set()  # their own base salary (self.read_pay)
    assert result["data"]["reviews"]["edges"][0]["node"]["managerComment"] == "良好 Good"
    assert await _refused_change_nothing(client, token, world, november, october, reviews) == {
        "save": "FORBIDDEN", "open": "FORBIDDEN", "advance": "FORBIDDEN", "recompute": "FORBIDDEN", "rate": "FORBIDDEN",
        "calibrate": "FORBIDDEN", "acknowledge": "NOT_FOUND"}


@pytest.mark.parametrize("role", ["finance", "recruiter", "partner"])
async def test_finance_recruiters_and_partners_read_no_reviews_and_change_nothing(client, role):
    world, november, october, reviews = await _world(client)
    token = world.tokens[role]
    result = await gql(client, READ, token=token)
    assert result["data"] == {"reviews": None, "reviewCycles": None, "kpiTemplates": None}
    assert error_codes(result) == ["FORBIDDEN"] * 3
    one = await gql(client, NODE, {"id": review_id(reviews[(world.h2.id, november.id)])}, token=token)
    assert error_codes(one) == ["FORBIDDEN"]
    listed = await gql(client, EMPLOYEES, token=token)
    assert listed["data"]["employees"]["edges"] and forbidden_paths(listed) == {"employees.edges.node.reviews"}
    assert await _refused_change_nothing(client, token, world, november, october, reviews) == {
        name: "FORBIDDEN" for name in ("save", "open", "advance", "recompute", "rate", "calibrate", "acknowledge")}
