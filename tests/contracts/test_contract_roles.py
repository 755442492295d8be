"""Contracts per built-in role: what each reads, what is refused, and that a refused change changed nothing."""

import pytest

from backend.graph.base import to_global_id
from backend.models.contracts import Contract, ContractVersion, Signature
from tests.contracts.helpers import CREATE, make_library, signed_contract, terms
from tests.factories import gql, make_user, token_for
from tests.roles import build_world

READ = """{ contracts(first: 20) { totalCount edges { node { number status employee { employeeNo }
  latestVersion { payTerms { monthlyBase } document signatures { role ip } } } } } }"""
TERMINATE = """mutation($id: ID!) { contractTerminate(input: {id: $id, terminatedOn: "2026-06-30", reason: "test"}) {
  contract { status } errors { code } } }"""


async def _world(client):
    world = await build_world()
    template = await make_library()
    h1 = await signed_contract(client, world.tokens, world.h1, template)
    # H2 signs with an account of their own; team B has no lead, so the admin signs for the business.
    tokens = {**world.tokens, "h2": token_for(await make_user("employee", world.h2))}
    h2 = await signed_contract(client, tokens, world.h2, template, signers=("h2", "admin", "hr_manager"))
    return world, template, {"H1": h1, "H2": h2}


async def _snapshot() -> list:
    return [sorted(await Contract.all().values_list("number", "status", "ends_on")),
            await ContractVersion.all().count(), await Signature.all().count()]


async def _read(client, token) -> tuple[dict, set]:
    result = await gql(client, READ, token=token)
    if result["data"]["contracts"] is None:
        return {}, {e["extensions"]["code"] for e in result["errors"]}
    rows = {e["node"]["employee"]["employeeNo"]: e["node"] for e in result["data"]["contracts"]["edges"]}
    refused = {(path_row, ".".join(p for p in e["path"][4:] if isinstance(p, str)))
               for e in result.get("errors", []) for path_row in [rows_by_index(result, e["path"])]}
    return rows, refused


def rows_by_index(result: dict, path: list) -> str:
    return result["data"]["contracts"]["edges"][path[2]]["node"]["employee"]["employeeNo"]


async def _refused_changes(client, token, world, template, ids) -> dict:
    before = await _snapshot()
    create = await gql(client, CREATE, {"input": {"employeeId": to_global_id("Employee", world.staff.id),
                                                  "templateId": to_global_id("ContractTemplate", template),
                                                  "terms": terms()}}, token=token)
    terminate = await gql(client, TERMINATE, {"id": ids["H1"]}, token=token)
    assert await _snapshot() == before
    return {"create": create["errors"][0]["extensions"]["code"], "terminate": terminate["errors"][0]["extensions"]["code"]}


@pytest.mark.parametrize("role", ["admin", "hr_manager"])
async def test_admin_and_hr_read_every_contract_with_pay_and_may_change_them(client, role):
    world, _, ids = await _world(client)
    rows, refused = await _read(client, world.tokens[role])
    assert set(rows) == {"H1", "H2"} and refused == set()
    assert rows["H1"]["latestVersion"]["payTerms"]["monthlyBase"] == "8000.00"
    assert "8,000.00" in rows["H1"]["latestVersion"]["document"]
    assert rows["H1"]["latestVersion"]["signatures"][0]["ip"]
    ended = await gql(client, TERMINATE, {"id": ids["H2"]}, token=world.tokens[role])
    assert ended["data"]["contractTerminate"] == {"contract": {"status": "TERMINATED"}, "errors": []}


async def test_finance_reads_pay_terms_but_changes_nothing(client):
    world, template, ids = await _world(client)
    rows, refused = await _read(client, world.tokens["finance"])
    assert set(rows) == {"H1", "H2"} and rows["H2"]["latestVersion"]["payTerms"]["monthlyBase"] == "8000.00"
    assert refused == {("H1", "latestVersion.signatures.ip"), ("H2", "latestVersion.signatures.ip")}
    assert await _refused_changes(client, world.tokens["finance"], world, template, ids) == {
        "create": "FORBIDDEN", "terminate": "FORBIDDEN"}


async def test_a_team_lead_reads_their_teams_contracts_without_pay_or_documents(client):
    world, template, ids = await _world(client)
    rows, refused = await _read(client, world.tokens["team_lead"])
    assert set(rows) == {"H1"}
    assert rows["H1"]["latestVersion"]["payTerms"] is None and rows["H1"]["latestVersion"]["document"] is None
    assert refused == {("H1", "latestVersion.payTerms"), ("H1", "latestVersion.document"),
                       ("H1", "latestVersion.signatures.ip")}
    assert await _refused_changes(client, world.tokens["team_lead"], world, template, ids) == {
        "create": "FORBIDDEN", "terminate": "FORBIDDEN"}


async def test_an_employee_reads_their_own_contract_with_its_pay_and_nobody_elses(client):
    world, template, ids = await _world(client)
    rows, refused = await _read(client, world.tokens["employee"])
    assert set(rows) == {"H1"} and refused == set()
    assert rows["H1"]["latestVersion"]["payTerms"]["monthlyBase"] == "8000.00"
    assert rows["H1"]["latestVersion"]["signatures"][0]["ip"]  # their own signing trail
    assert await _refused_changes(client, world.tokens["employee"], world, template, ids) == {
        "create": "FORBIDDEN", "terminate": "FORBIDDEN"}


@pytest.mark.parametrize("role", ["recruiter", "partner"])
async def test_recruiters_and_partners_see_no_contracts_at_all(client, role):
    world, template, ids = await _world(client)
    rows, codes = await _read(client, world.tokens[role])
    assert rows == {} and codes == {"FORBIDDEN"}
    assert await _refused_changes(client, world.tokens[role], world, template, ids) == {
        "create": "FORBIDDEN", "terminate": "FORBIDDEN"}
