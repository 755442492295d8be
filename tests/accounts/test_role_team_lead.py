from backend.graph.base import to_global_id
from tests.factories import error_codes, gql
from tests.roles import SENSITIVE, ask_everything, build_world, refused_mutations_change_nothing


async def test_team_lead_sees_only_their_team_and_only_their_own_sensitive_fields(client):
    world = await build_world()
    view = await ask_everything(client, world.tokens["team_lead"])
    assert set(view.rows) == {"L", "H1"}
    assert view.data["employees"]["totalCount"] == 2
    assert view.forbidden == {("H1", f) for f in (*SENSITIVE, "history.salaryAfter")} | {("auditEvents", ""), ("roles", "")}
    assert view.rows["L"]["idNumber"] and view.rows["L"]["baseSalary"]  # their own record
    assert view.rows["H1"]["manager"]["employeeNo"] == "L"


async def test_team_lead_cannot_fetch_someone_outside_their_team_by_id(client):
    world = await build_world()
    for query in ("query($id: ID!) { employee(id: $id) { name } }", "query($id: ID!) { node(id: $id) { id } }"):
        result = await gql(client, query, {"id": to_global_id("Employee", world.h2.id)}, token=world.tokens["team_lead"])
        assert error_codes(result) == ["NOT_FOUND"]


async def test_team_lead_changes_nothing(client):
    world = await build_world()
    outcomes = await refused_mutations_change_nothing(client, world.tokens["team_lead"], world)
    assert outcomes == dict.fromkeys(outcomes, "FORBIDDEN")
