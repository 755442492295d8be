from tests.roles import SENSITIVE, ask_everything, build_world, refused_mutations_change_nothing


async def test_partner_sees_only_its_linked_hosts_and_never_pay_or_id_numbers(client):
    world = await build_world()
    view = await ask_everything(client, world.tokens["partner"])
    assert set(view.rows) == {"H2"}
    assert view.forbidden == {("H2", f) for f in (*SENSITIVE, "history.salaryAfter")} | {
        ("departments", ""), ("auditEvents", ""), ("roles", "")}
    assert view.data["viewer"]["roles"] == ["partner"]


async def test_partner_changes_nothing(client):
    world = await build_world()
    outcomes = await refused_mutations_change_nothing(client, world.tokens["partner"], world)
    assert outcomes == dict.fromkeys(outcomes, "FORBIDDEN")
