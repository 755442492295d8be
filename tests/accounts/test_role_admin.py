from tests.roles import ask_everything, build_world, try_mutation


async def test_admin_reads_every_employee_and_every_sensitive_field(client):
    world = await build_world()
    view = await ask_everything(client, world.tokens["admin"])
    assert set(view.rows) == {"L", "H1", "H2", "S"}
    assert view.forbidden == set()
    assert view.rows["H1"]["idNumber"] and view.rows["H1"]["baseSalary"] == "8000.00"
    assert view.data["auditEvents"] is not None and {r["name"] for r in view.data["roles"]} >= {"admin", "partner"}


async def test_admin_may_run_every_mutation(client):
    world = await build_world()
    outcomes = {name: await try_mutation(client, world.tokens["admin"], name, world)
                for name in ("employeeCreate", "employeeUpdateSalary", "employeeTerminate", "departmentCreate", "roleUpdate")}
    assert outcomes == dict.fromkeys(outcomes, "ok")
