"""Payroll runs through the graph: base pay prorated, commissions from the month's rollups with the
working shown, plans that change mid-month, adjustments, locking and concurrent runs."""

import asyncio
from datetime import date, datetime, timezone
from decimal import Decimal

from backend.graph.base import from_global_id, to_global_id
from backend.models.alerts import DomainEvent
from backend.models.compensation import PayrollRun, Payslip, PayslipLine
from tests.compensation.helpers import (
    ADJUST, COMPUTE, LADDER_PLAN, LOCK, NOVEMBER, assign, create_run, host_id, make_account, payslips_of, save_plan,
    stream, team_month,
)
from tests.factories import gql, gql_counting_sql
from tests.roles import build_world


async def _ladder_world(client):
    world = await build_world()
    plan = await save_plan(client, world.tokens["hr_manager"], LADDER_PLAN)
    assert plan["errors"] == []
    assert (await assign(client, world.tokens["hr_manager"], plan["plan"]["id"], "HOST", host_id(world.h1), "2026-01-01"))["errors"] == []
    return world, plan["plan"]["id"]


def _total_of_lines(slip: dict) -> Decimal:
    return sum((Decimal(line["amount"]) for line in slip["lines"]), Decimal("0"))


async def test_a_host_exactly_on_a_rung_is_paid_its_rate_and_the_working_is_shown(client):
    world, _ = await _ladder_world(client)
    # 20 effective days x 5,000.00 GMV = 100,000.00 exactly: rung 3; 10.00 of gifts a day.
    await stream(await make_account(world.h1), first=NOVEMBER, days=20, gmv="5000.00", gift="10.00")
    run = await create_run(client, world.tokens["finance"])
    assert run["errors"] == [] and run["run"]["status"] == "COMPUTED"
    slip = (await payslips_of(client, world.tokens["finance"], run["run"]["id"]))["H1"]
    by_kind = {line["kind"]: line for line in slip["lines"]}
    assert by_kind["base"]["amount"] == "8000.00"
    assert by_kind["gift_share"]["amount"] == "80.00"
    assert by_kind["ladder"]["amount"] == "6000.00"
    assert "GMV 100,000.00 >= 100,000.00" in by_kind["ladder"]["explanation"] and "rung 3, 6%" in by_kind["ladder"]["explanation"]
    assert by_kind["minimum_guarantee"]["amount"] == "0.00"
    assert _total_of_lines(slip) == Decimal(slip["gross"]) == Decimal("14080.00")


async def test_one_cent_below_a_rung_pays_the_rung_below(client):
    world, _ = await _ladder_world(client)
    account = await make_account(world.h1)
    await stream(account, first=NOVEMBER, days=19, gmv="5000.00")
    await stream(account, first=date(2026, 11, 20), days=1, gmv="4999.99")
    run = await create_run(client, world.tokens["finance"])
    ladder = next(l for l in (await payslips_of(client, world.tokens["finance"], run["run"]["id"]))["H1"]["lines"] if l["kind"] == "ladder")
    assert ladder["amount"] == "3000.00"  # 99,999.99 x 3 % = 2,999.9997, rounded half up to the fen
    assert "rung 2" in ladder["explanation"] and "rung 3 needs GMV 100,000.00" in ladder["explanation"]


async def test_live_days_count_only_days_at_the_effective_hours(client):
    world, _ = await _ladder_world(client)
    account = await make_account(world.h1)
    await stream(account, first=NOVEMBER, days=19, gmv="6000.00")
    await stream(account, first=date(2026, 11, 20), days=1, minutes=119, gmv="1000.00")  # short of 2 hours
    run = await create_run(client, world.tokens["finance"])
    ladder = next(l for l in (await payslips_of(client, world.tokens["finance"], run["run"]["id"]))["H1"]["lines"] if l["kind"] == "ladder")
    assert "rung 2" in ladder["explanation"] and "20 live days" in ladder["explanation"]


async def test_a_plan_changing_mid_month_splits_the_month_and_scales_each_part(client):
    world = await build_world()
    hr = world.tokens["hr_manager"]
    first = (await save_plan(client, hr, {"version": 1, "rules": [{"kind": "gift_share", "host_percent": "40"}]}, "A"))["plan"]["id"]
    second = (await save_plan(client, hr, {"version": 1, "rules": [{"kind": "gift_share", "host_percent": "50"},
                                                                    {"kind": "minimum_guarantee", "amount": "3000.00"}]}, "B"))["plan"]["id"]
    assert (await assign(client, hr, first, "HOST", host_id(world.h1), "2026-01-01", "2026-11-15"))["errors"] == []
    assert (await assign(client, hr, second, "HOST", host_id(world.h1), "2026-11-16"))["errors"] == []
    account = await make_account(world.h1)
    await stream(account, first=NOVEMBER, days=15, gift="100.00")  # 1,500.00 under A
    await stream(account, first=date(2026, 11, 16), days=15, gift="200.00")  # 3,000.00 under B
    run = await create_run(client, world.tokens["finance"])
    slip = (await payslips_of(client, world.tokens["finance"], run["run"]["id"]))["H1"]
    lines = [(l["kind"], l["amount"]) for l in slip["lines"]]
    # A: 1,500 x 40 % = 600; B: 3,000 x 50 % = 1,500, guarantee 3,000 x 15/30 = 1,500.00 -> met.
    assert lines == [("base", "8000.00"), ("gift_share", "600.00"), ("gift_share", "1500.00"), ("minimum_guarantee", "0.00")]
    assert slip["lines"][1]["explanation"].startswith("2026-11-01..2026-11-15: ")
    assert "3,000.00 x 15/30 = 1,500.00" in slip["lines"][3]["explanation"]
    assert _total_of_lines(slip) == Decimal(slip["gross"])


async def test_a_host_who_joined_mid_month_is_paid_part_of_the_base_and_guarantee(client):
    world, _ = await _ladder_world(client)
    world.h1.hired_on = date(2026, 11, 16)
    await world.h1.save()
    run = await create_run(client, world.tokens["finance"])
    slip = (await payslips_of(client, world.tokens["finance"], run["run"]["id"]))["H1"]
    by_kind = {l["kind"]: l for l in slip["lines"]}
    assert by_kind["base"]["amount"] == "4000.00" and "x 15/30 days (joined 2026-11-16)" in by_kind["base"]["explanation"]
    assert by_kind["no_plan"]["explanation"] == "not employed 2026-11-01..2026-11-15 -> 0.00"
    assert by_kind["minimum_guarantee"]["amount"] == "1500.00"
    assert _total_of_lines(slip) == Decimal(slip["gross"]) == Decimal("5500.00")


async def test_a_team_incentive_reads_the_teams_growth_over_last_month(client):
    world = await build_world()
    hr = world.tokens["hr_manager"]
    rules = {"version": 1, "rules": [{"kind": "gift_share", "host_percent": "50"},
                                      {"kind": "team_incentive", "min_team_growth_percent": "15", "bonus_percent": "10"}]}
    plan = (await save_plan(client, hr, rules))["plan"]["id"]
    assert (await assign(client, hr, plan, "TEAM", to_global_id("Team", world.h1.team_id), "2026-01-01"))["errors"] == []
    await team_month(world.h1.team_id, date(2026, 10, 1), "10000.00")
    await team_month(world.h1.team_id, NOVEMBER, "11500.00")  # exactly +15 %
    await stream(await make_account(world.h1), first=NOVEMBER, days=1, gift="1000.00")
    run = await create_run(client, world.tokens["finance"])
    incentive = next(l for l in (await payslips_of(client, world.tokens["finance"], run["run"]["id"]))["H1"]["lines"]
                     if l["kind"] == "team_incentive")
    assert incentive["amount"] == "50.00" and "team traffic grew 15% >= 15%" in incentive["explanation"]


async def test_an_adjustment_is_paid_when_the_month_is_recomputed(client):
    world, _ = await _ladder_world(client)
    finance = world.tokens["finance"]
    run = (await create_run(client, finance))["run"]
    added = (await gql(client, ADJUST, {"input": {"employeeId": host_id(world.h1), "month": "2026-11-01", "amount": "-123.45",
                                                  "reason": "equipment damage"}}, token=finance))["data"]["payrollAdjustmentCreate"]
    assert added["errors"] == []
    assert (await gql(client, COMPUTE, {"id": run["id"]}, token=finance))["data"]["payrollRunCompute"]["errors"] == []
    slip = (await payslips_of(client, finance, run["id"]))["H1"]
    assert slip["adjustments"] == "-123.45" and slip["lines"][-1]["explanation"] == "adjustment: equipment damage -> -123.45"
    assert _total_of_lines(slip) == Decimal(slip["gross"])


async def test_a_locked_run_cannot_change_and_its_corrections_go_into_a_later_month(client):
    world, _ = await _ladder_world(client)
    finance = world.tokens["finance"]
    run = (await create_run(client, finance))["run"]
    locked = (await gql(client, LOCK, {"id": run["id"]}, token=finance))["data"]["payrollRunLock"]
    assert locked["errors"] == [] and locked["run"]["status"] == "LOCKED"
    assert await DomainEvent.filter(name="payroll.locked").count() == 1
    before = sorted(await PayslipLine.all().values_list("payslip_id", "position", "amount", "explanation"))
    recompute = (await gql(client, COMPUTE, {"id": run["id"]}, token=finance))["data"]["payrollRunCompute"]
    assert recompute["errors"][0]["code"] == "LOCKED"
    late = (await gql(client, ADJUST, {"input": {"employeeId": host_id(world.h1), "month": "2026-11-01", "amount": "100.00",
                                                 "reason": "late bonus"}}, token=finance))["data"]["payrollAdjustmentCreate"]
    assert late["errors"][0]["code"] == "LOCKED" and "later month" in late["errors"][0]["message"]
    again = (await gql(client, LOCK, {"id": run["id"]}, token=finance))["data"]["payrollRunLock"]
    assert again["errors"][0]["code"] == "LOCKED"
    assert sorted(await PayslipLine.all().values_list("payslip_id", "position", "amount", "explanation")) == before
    correction = (await gql(client, ADJUST, {"input": {"employeeId": host_id(world.h1), "month": "2026-12-01", "amount": "100.00",
                                                       "reason": "late bonus", "correctsMonth": "2026-11-01"}},
                            token=finance))["data"]["payrollAdjustmentCreate"]
    assert correction["errors"] == []
    december = (await create_run(client, finance, month=date(2026, 12, 1)))["run"]
    slip = (await payslips_of(client, finance, december["id"]))["H1"]
    assert slip["lines"][-1]["explanation"] == "adjustment: late bonus (corrects 2026-11) -> 100.00"


async def test_two_computations_of_one_run_at_once_one_is_refused(client):
    world, _ = await _ladder_world(client)
    finance = world.tokens["finance"]
    run = (await create_run(client, finance))["run"]
    results = await asyncio.gather(*(gql(client, COMPUTE, {"id": run["id"]}, token=finance) for _ in range(2)))
    outcomes = sorted(r["data"]["payrollRunCompute"]["errors"][0]["code"] if r["data"]["payrollRunCompute"]["errors"] else "OK"
                      for r in results)
    assert outcomes == ["CONFLICT", "OK"]
    assert (await PayrollRun.get()).status.value == "computed"
    assert await Payslip.all().count() == 4


async def test_a_computation_that_ends_while_another_is_refused_says_so(client, monkeypatch):
    world, _ = await _ladder_world(client)
    finance = world.tokens["finance"]
    run = await PayrollRun.get(id=from_global_id((await create_run(client, finance))["run"]["id"])[1])
    await PayrollRun.filter(id=run.id).update(status="computing", claimed_at=datetime.now(timezone.utc))
    read = PayrollRun.get

    async def finished_meanwhile(**where):  # the other request's computation ends just after our claim failed
        await PayrollRun.filter(id=run.id).update(status="computed", claimed_at=None)
        return await read(**where)

    monkeypatch.setattr(PayrollRun, "get", finished_meanwhile)
    result = (await gql(client, COMPUTE, {"id": to_global_id("PayrollRun", run.id)}, token=finance))["data"]["payrollRunCompute"]
    assert [(e["code"], e["field"]) for e in result["errors"]] == [("CONFLICT", "id")]
    assert "computed by another request just now" in result["errors"][0]["message"]


async def test_a_run_overlapping_another_runs_people_is_refused_and_writes_nothing(client):
    world, _ = await _ladder_world(client)
    finance = world.tokens["finance"]
    everyone = await create_run(client, finance)
    assert everyone["errors"] == [] and everyone["run"]["payslipCount"] == 4
    team = await create_run(client, finance, teamId=to_global_id("Team", world.h1.team_id))
    assert team["errors"][0]["code"] == "CONFLICT" and "(all)" in team["errors"][0]["message"]
    assert await Payslip.all().count() == 4
    assert {r.status.value for r in await PayrollRun.all()} == {"computed", "draft"}
    duplicate = await create_run(client, finance)
    assert duplicate["errors"][0]["code"] == "DUPLICATE"


async def test_a_run_is_for_a_whole_month(client):
    world = await build_world()
    refused = await create_run(client, world.tokens["finance"], month=date(2026, 11, 15))
    assert refused["errors"] == [{"field": "month", "code": "INVALID",
                                  "message": "A pay period is a calendar month: give its first day (2026-11-01)."}]
    assert await PayrollRun.all().count() == 0


async def test_listing_payslips_with_lines_and_employees_costs_the_same_sql_for_4_or_14_people(client):
    from tests.factories import make_employee

    world, _ = await _ladder_world(client)
    finance = world.tokens["finance"]
    listing = """query($id: ID!) { payrollRun(id: $id) { teams { teamName gross } payslips(first: 50) {
      edges { node { gross employee { name team { name } } lines { kind amount explanation } } } } } }"""

    async def statements(run_id: str) -> int:
        result, count = await gql_counting_sql(client, listing, {"id": run_id}, token=finance)
        assert "errors" not in result, result
        return count

    few = await statements((await create_run(client, finance))["run"]["id"])
    team = await world.h1.team
    for _ in range(10):
        await make_employee(team)
    assert await statements((await create_run(client, finance, month=date(2026, 12, 1)))["run"]["id"]) == few
