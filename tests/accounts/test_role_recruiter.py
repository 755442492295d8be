from tests.roles import SENSITIVE, ask_everything, build_world, refused_mutations_change_nothing


async def test_recruiter_sees_who_works_where_but_no_pay_and_no_id_numbers(client):
    world = await build_world()
    view = await ask_everything(client, world.tokens["recruiter"])
    assert set(view.rows) == {"L", "H1", "H2", "S"}
    per_employee = {(no, field) for no in view.rows for field in (*SENSITIVE, "history.salaryAfter")}
    assert view.forbidden == per_employee | {("auditEvents", ""), ("roles", "")}
    for row in view.rows.values():
        assert all(row[field] is None for field in SENSITIVE)
        assert all(event["salaryAfter"] is None for event in row["history"])
    assert view.rows["H1"]["team"]["name"] == "Team A"


async def test_recruiter_changes_nothing(client):
    world = await build_world()
    outcomes = await refused_mutations_change_nothing(client, world.tokens["recruiter"], world)
    assert outcomes == dict.fromkeys(outcomes, "FORBIDDEN")
