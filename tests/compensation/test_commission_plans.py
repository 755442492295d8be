"""Commission plans through the graph: saved only when valid (every error at its path), assigned
without two plans on a day for the same target, previewed on a host's real month."""

from datetime import date

from backend.graph.base import to_global_id
from backend.models.compensation import CommissionPlan, PlanAssignment
from tests.compensation.helpers import LADDER_PLAN, SAVE_PLAN, assign, make_account, save_plan, stream
from tests.factories import gql, make_position
from tests.roles import build_world

PREVIEW = """query($input: CommissionPlanPreviewInput!) { commissionPlanPreview(input: $input) {
  total lines { kind amount explanation } errors { field code message } } }"""
END = """mutation($id: ID!, $day: Date!) { planAssignmentEnd(input: {id: $id, lastDay: $day}) {
  assignment { effectiveTo } errors { field code message } } }"""

GAPPY = {"version": 1, "rules": [
    {"kind": "ladder", "basis": "gmv", "rungs": [{"min_revenue": "1000.00", "percent": "2"},
                                                 {"min_revenue": "500.00", "percent": 3.5}]},
    {"kind": "cap", "amount": "100.00"}, {"kind": "minimum_guarantee", "amount": "3000.00"}]}


async def test_an_invalid_plan_is_refused_with_every_error_at_its_path_and_nothing_saved(client):
    world = await build_world()
    result = await save_plan(client, world.tokens["hr_manager"], GAPPY)
    assert result["plan"] is None
    assert {e["field"] for e in result["errors"]} == {"rules.0.rungs.1.percent"}  # a JSON float is read first
    fixed = {**GAPPY, "rules": [{**GAPPY["rules"][0], "rungs": [{"min_revenue": "1000.00", "percent": "2"},
                                                               {"min_revenue": "500.00", "percent": "3.5"}]}, *GAPPY["rules"][1:]]}
    result = await save_plan(client, world.tokens["hr_manager"], fixed)
    fields = {e["field"]: e["message"] for e in result["errors"]}
    assert set(fields) == {"rules.0.rungs.0", "rules.0.rungs.1.min_revenue", "rules.1.amount"}
    assert "base rung" in fields["rules.0.rungs.0"] and "below the minimum guarantee" in fields["rules.1.amount"]
    assert await CommissionPlan.all().count() == 0


async def test_a_plan_name_is_unique(client):
    world = await build_world()
    assert (await save_plan(client, world.tokens["hr_manager"], LADDER_PLAN, "Plan"))["errors"] == []
    again = await save_plan(client, world.tokens["hr_manager"], LADDER_PLAN, "Plan")
    assert again["errors"][0]["code"] == "DUPLICATE"


async def test_editing_a_plan_replaces_its_rules(client):
    world = await build_world()
    plan_id = (await save_plan(client, world.tokens["hr_manager"], LADDER_PLAN))["plan"]["id"]
    rules = {"version": 1, "rules": [{"kind": "gift_share", "host_percent": "50"}]}
    saved = (await gql(client, SAVE_PLAN, {"input": {"id": plan_id, "name": "Host plan", "rules": rules}},
                       token=world.tokens["hr_manager"]))["data"]["commissionPlanSave"]
    assert saved["errors"] == [] and saved["plan"]["rules"]["rules"] == [{"kind": "gift_share", "host_percent": "50"}]


async def test_two_plans_for_the_same_target_on_a_common_day_are_refused(client):
    world = await build_world()
    hr = world.tokens["hr_manager"]
    plan_id = (await save_plan(client, hr, LADDER_PLAN))["plan"]["id"]
    host = to_global_id("Employee", world.h1.id)
    first = await assign(client, hr, plan_id, "HOST", host, "2026-01-01", "2026-06-30")
    assert first["errors"] == []
    clash = await assign(client, hr, plan_id, "HOST", host, "2026-06-30")
    assert clash["errors"][0]["code"] == "OVERLAP" and "2026-01-01 to 2026-06-30" in clash["errors"][0]["message"]
    assert await PlanAssignment.all().count() == 1
    assert (await assign(client, hr, plan_id, "HOST", host, "2026-07-01"))["errors"] == []
    wrong_type = await assign(client, hr, plan_id, "TEAM", host, "2026-01-01")
    assert wrong_type["errors"][0]["field"] == "targetId"


async def test_ending_an_assignment_sets_its_last_day(client):
    world = await build_world()
    hr = world.tokens["hr_manager"]
    plan_id = (await save_plan(client, hr, LADDER_PLAN))["plan"]["id"]
    made = await assign(client, hr, plan_id, "POSITION", to_global_id("Position", (await make_position()).id), "2026-01-01")
    ended = (await gql(client, END, {"id": made["assignment"]["id"], "day": "2026-09-30"}, token=hr))["data"]["planAssignmentEnd"]
    assert ended == {"assignment": {"effectiveTo": "2026-09-30"}, "errors": []}


async def test_a_preview_pays_unsaved_rules_on_the_hosts_real_month_and_stores_nothing(client):
    world = await build_world()
    await stream(await make_account(world.h1), first=date(2026, 11, 1), days=20, gmv="5000.00", gift="10.00")
    result = (await gql(client, PREVIEW, {"input": {"rules": LADDER_PLAN, "hostId": to_global_id("Employee", world.h1.id),
                                                    "month": "2026-11-17"}}, token=world.tokens["finance"]))["data"]
    preview = result["commissionPlanPreview"]
    assert preview["errors"] == [] and preview["total"] == "6080.00"
    assert [line["kind"] for line in preview["lines"]] == ["gift_share", "ladder", "minimum_guarantee"]
    bad = (await gql(client, PREVIEW, {"input": {"rules": GAPPY, "hostId": to_global_id("Employee", world.h1.id),
                                                 "month": "2026-11-01"}}, token=world.tokens["finance"]))["data"]
    assert bad["commissionPlanPreview"]["total"] is None and bad["commissionPlanPreview"]["errors"]
    assert await CommissionPlan.all().count() == 0


async def test_assignments_and_runs_name_their_targets(client):
    world = await build_world()
    hr = world.tokens["hr_manager"]
    plan_id = (await save_plan(client, hr, LADDER_PLAN))["plan"]["id"]
    await assign(client, hr, plan_id, "TEAM", to_global_id("Team", world.h1.team_id), "2026-01-01")
    await assign(client, hr, plan_id, "HOST", to_global_id("Employee", world.h2.id), "2026-01-01")
    plan = (await gql(client, """query($id: ID!) { commissionPlan(id: $id) { assignments { scope targetName } } }""",
                      {"id": plan_id}, token=hr))["data"]["commissionPlan"]
    assert sorted((a["scope"], a["targetName"]) for a in plan["assignments"]) == [("HOST", world.h2.name), ("TEAM", "Team A")]
    run = (await gql(client, """mutation($t: ID!) { payrollRunCreate(input: {month: "2026-11-01", teamId: $t}) {
      run { scope scopeName } } }""", {"t": to_global_id("Team", world.h1.team_id)}, token=world.tokens["finance"]))
    assert run["data"]["payrollRunCreate"]["run"]["scopeName"] == "Team A"
