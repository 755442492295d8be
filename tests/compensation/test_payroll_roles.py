"""Who reads and changes pay: every built-in role asks for plans, runs and payslips and tries
every compensation mutation; what is refused changed nothing."""

import csv
import io
from datetime import date

import pytest
from openpyxl import load_workbook

from backend.auth import SYSTEM
from backend.graph.base import to_global_id
from backend.models.audit import AuditEvent
from backend.models.compensation import CommissionPlan, PayrollAdjustment, PayrollRun, Payslip, PlanAssignment
from backend.resolvers.compensation import payroll
from tests.compensation.helpers import LADDER_PLAN, assign, make_account, save_plan, stream
from tests.factories import gql
from tests.roles import build_world

READS = """{
  commissionPlans(first: 5) { totalCount }
  payrollRuns(first: 5) { totalCount edges { node { status payslips(first: 5) { totalCount } } } }
  payslips(first: 10) { edges { node { month gross employee { employeeNo } } } }
}"""

MUTATIONS = {
    "commissionPlanSave": ("""mutation($rules: JSON!) { commissionPlanSave(input: {name: "Other", rules: $rules}) {
                             plan { id } errors { code } } }""", lambda w: {"rules": LADDER_PLAN}),
    "payrollRunCreate": ("""mutation { payrollRunCreate(input: {month: "2026-12-01"}) { run { id } errors { code } } }""",
                         lambda w: {}),
    "payrollRunLock": ("""mutation($id: ID!) { payrollRunLock(input: {id: $id}) { run { id } errors { code } } }""",
                       lambda w: {"id": to_global_id("PayrollRun", w["november"])}),
    "payrollAdjustmentCreate": ("""mutation($e: ID!) { payrollAdjustmentCreate(input: {employeeId: $e, month: "2026-12-01",
                                  amount: "10.00", reason: "bonus"}) { adjustment { id } errors { code } } }""",
                                lambda w: {"e": to_global_id("Employee", w["world"].h1.id)}),
}

# role -> (plans readable, runs readable, own payslips seen (employeeNo, month), mutations allowed)
EXPECTED = {
    "admin": (True, True, None, set(MUTATIONS)),
    "hr_manager": (True, False, [("S", "2026-10-01")], {"commissionPlanSave"}),
    "finance": (True, True, None, {"payrollRunCreate", "payrollRunLock", "payrollAdjustmentCreate"}),
    "recruiter": (False, False, [], set()),
    "team_lead": (False, False, [("L", "2026-10-01")], set()),
    "employee": (False, False, [("H1", "2026-10-01")], set()),
    "partner": (False, False, [], set()),
}


async def _world(client):
    world = await build_world()
    plan = await save_plan(client, world.tokens["hr_manager"], LADDER_PLAN)
    await assign(client, world.tokens["hr_manager"], plan["plan"]["id"], "HOST", to_global_id("Employee", world.h1.id), "2026-01-01")
    await stream(await make_account(world.h1), first=date(2026, 10, 1), days=20, gmv="5000.00", gift="10.00")
    october = await payroll.create_run(viewer=SYSTEM, month=date(2026, 10, 1))
    await payroll.lock_run(viewer=SYSTEM, run_id=october.id)
    november = await payroll.create_run(viewer=SYSTEM, month=date(2026, 11, 1))
    return {"world": world, "november": november.id}


async def _state() -> tuple:
    return (await CommissionPlan.all().count(), await PlanAssignment.all().count(),
            sorted(await PayrollRun.all().values_list("id", "status")), await PayrollAdjustment.all().count(),
            sorted(await Payslip.all().values_list("id", "gross", "locked")))


@pytest.mark.parametrize("role", list(EXPECTED))
async def test_each_role_reads_exactly_the_pay_it_may(client, role):
    w = await _world(client)
    plans_ok, runs_ok, own, _ = EXPECTED[role]
    result = await gql(client, READS, token=w["world"].tokens[role])
    data = result.get("data") or {}
    assert (data.get("commissionPlans") is not None) == plans_ok
    assert (data.get("payrollRuns") is not None) == runs_ok
    seen = [(e["node"]["employee"]["employeeNo"] if e["node"]["employee"] else None, e["node"]["month"])
            for e in data["payslips"]["edges"]]
    if own is None:  # payroll.read: everyone's, both months
        assert len(seen) == 8
    else:
        assert seen == own  # only their own, and only of the locked month


@pytest.mark.parametrize("role", list(EXPECTED))
async def test_each_role_changes_only_the_pay_it_may_and_a_refusal_changes_nothing(client, role):
    w = await _world(client)
    allowed = EXPECTED[role][3]
    for name, (document, variables) in MUTATIONS.items():
        before = await _state()
        result = await gql(client, document, variables(w), token=w["world"].tokens[role])
        codes = {e.get("extensions", {}).get("code") for e in result.get("errors", [])}
        if name in allowed:
            assert not codes and result["data"][name]["errors"] == [], (name, result)
        else:
            assert codes & {"FORBIDDEN", "UNAUTHENTICATED"}, (name, result)
            assert await _state() == before, name


@pytest.mark.parametrize("role,status", [("finance", 200), ("admin", 200), ("hr_manager", 403), ("team_lead", 403),
                                         ("employee", 403), ("partner", 403)])
async def test_only_payroll_readers_export_a_run(client, role, status):
    w = await _world(client)
    response = await client.get(f"/exports/payroll/{to_global_id('PayrollRun', w['november'])}.csv",
                                headers={"Authorization": f"Bearer {w['world'].tokens[role]}"})
    assert response.status_code == status
    assert (await AuditEvent.filter(action="payroll_run.export.csv").count()) == (1 if status == 200 else 0)


async def test_the_csv_and_xlsx_exports_carry_every_payslip_of_the_run(client):
    w = await _world(client)
    token = w["world"].tokens["finance"]
    path = f"/exports/payroll/{to_global_id('PayrollRun', w['november'])}"
    text = (await client.get(f"{path}.csv", headers={"Authorization": f"Bearer {token}"})).content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 4 and {r["employee_no"] for r in rows} == {"L", "H1", "H2", "S"}
    h1 = next(r for r in rows if r["employee_no"] == "H1")
    assert (h1["month"], h1["base"], h1["run_status"]) == ("2026-11", "8000.00", "computed")
    book = load_workbook(io.BytesIO((await client.get(f"{path}.xlsx", headers={"Authorization": f"Bearer {token}"})).content))
    assert book.sheetnames == ["payslips", "lines"]
    assert book["payslips"].max_row == 5
    explanations = [row[4] for row in book["lines"].iter_rows(min_row=2, values_only=True) if row[0] == "H1"]
    assert explanations[0] == "base 8,000.00 for the whole period 2026-11-01..2026-11-30"
