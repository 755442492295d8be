from tests.roles import ask_everything, build_world, refused_mutations_change_nothing


async def test_employee_sees_only_themself_with_their_own_pii_and_pay(client):
    world = await build_world()
    view = await ask_everything(client, world.tokens["employee"])
    assert set(view.rows) == {"H1"}
    assert view.forbidden == {("auditEvents", ""), ("roles", "")}
    me = view.rows["H1"]
    assert me["idNumber"] and me["bankAccount"] and me["baseSalary"] == "8000.00"
    assert me["manager"] is None  # the lead's record is outside their scope
    assert view.data["departments"]["totalCount"] == 1


async def test_employee_changes_nothing(client):
    world = await build_world()
    outcomes = await refused_mutations_change_nothing(client, world.tokens["employee"], world)
    assert outcomes == dict.fromkeys(outcomes, "FORBIDDEN")
