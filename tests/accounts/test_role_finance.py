from tests.roles import ask_everything, build_world, refused_mutations_change_nothing


async def test_finance_reads_pay_and_bank_accounts_but_no_id_numbers(client):
    world = await build_world()
    view = await ask_everything(client, world.tokens["finance"])
    assert set(view.rows) == {"L", "H1", "H2", "S"}
    per_employee = {(no, field) for no in view.rows for field in ("idNumber", "birthDate")}
    assert view.forbidden == per_employee | {("auditEvents", ""), ("roles", "")}
    assert view.rows["H1"]["baseSalary"] == "8000.00" and view.rows["H1"]["bankAccount"]
    assert view.rows["H1"]["history"][0]["salaryAfter"] == "8000.00"


async def test_finance_changes_nothing(client):
    world = await build_world()
    outcomes = await refused_mutations_change_nothing(client, world.tokens["finance"], world)
    assert outcomes == dict.fromkeys(outcomes, "FORBIDDEN")
