from tests.roles import ask_everything, build_world, refused_mutations_change_nothing, try_mutation


async def test_hr_manager_reads_everyone_with_pii_and_pay_but_not_the_audit_trail_or_roles(client):
    world = await build_world()
    view = await ask_everything(client, world.tokens["hr_manager"])
    assert set(view.rows) == {"L", "H1", "H2", "S"}
    assert view.forbidden == {("auditEvents", ""), ("roles", "")}
    assert view.rows["H2"]["idNumber"] and view.rows["H2"]["bankAccount"] and view.rows["H2"]["baseSalary"]
    assert view.data["auditEvents"] is None and view.data["roles"] is None


async def test_hr_manager_manages_people_and_org(client):
    world = await build_world()
    token = world.tokens["hr_manager"]
    for name in ("employeeCreate", "employeeUpdateSalary", "employeeTerminate", "departmentCreate"):
        assert await try_mutation(client, token, name, world) == "ok", name


async def test_hr_manager_cannot_edit_roles_and_the_refusal_changes_nothing(client):
    world = await build_world()
    outcomes = await refused_mutations_change_nothing(client, world.tokens["hr_manager"], world, names=["roleUpdate"])
    assert outcomes == {"roleUpdate": "FORBIDDEN"}
