"""Automation through the graph, per role: only automation.manage holders (admin, hr_manager) see and
change rules, and a refused change changes nothing; a team lead sees and completes the tasks assigned
to them. Rules are validated whole; run twice they act once; a dry run writes nothing."""

import pytest

from backend.graph.base import to_global_id
from backend.models.audit import AuditEvent
from backend.models.automation import AutomationAction, AutomationRule, AutomationRun, HrTask
from tests.automation.helpers import rule, score
from tests.factories import gql
from tests.roles import build_world

CREATE = """mutation($input: AutomationRuleCreateInput!) { automationRuleCreate(input: $input) {
  rule { id name triggerKind triggerParams enabled cooldownDays actions { kind params } } errors { field code message } } }"""
UPDATE = """mutation($input: AutomationRuleUpdateInput!) { automationRuleUpdate(input: $input) {
  rule { id name enabled triggerParams } errors { field code message } } }"""
DELETE = """mutation($id: ID!) { automationRuleDelete(input: {id: $id}) { rule { enabled } errors { field code message } } }"""
RUN = """mutation($id: ID!, $dry: Boolean) { automationRuleRun(input: {id: $id, dryRun: $dry}) {
  run { id matched acted skipped error } matched acted skipped runErrors
  wouldAct { kind matched employee { employeeNo } } errors { field code message } } }"""
RULES = """{ automationRules(first: 10) { totalCount edges { node { id name lastRun { acted skipped }
  runs(first: 5) { edges { node { acted skipped actions(first: 10) { edges { node { kind employee { employeeNo } } } } } } }
  outcome(windowDays: 30) { method acted { n } comparison { n } pending attrition { enough summary } } } } } }"""
TASKS = """{ hrTasks(first: 20) { totalCount edges { node { id title status dueOn assigneeEmail employee { employeeNo } } } } }"""
COMPLETE = """mutation($id: ID!) { hrTaskComplete(input: {id: $id}) { task { status completedBy } errors { code message } } }"""
MANAGERS = ("admin", "hr_manager")
OTHERS = ("finance", "recruiter", "team_lead", "employee", "partner")

GOOD = {"name": "High risk", "triggerKind": "RISK_ABOVE", "triggerParams": {"threshold": 0.6}, "cooldownDays": 30,
        "actions": [{"kind": "CREATE_TASK", "params": {"title": "Stay interview", "dueDays": 3}},
                    {"kind": "ALERT_MANAGER", "params": {"message": "{name} may leave"}}]}


async def _snapshot() -> dict:
    return {"rules": sorted(await AutomationRule.all().values_list("name", "enabled", "trigger_params")),
            "runs": await AutomationRun.all().count(), "actions": await AutomationAction.all().count(),
            "tasks": sorted(await HrTask.all().values_list("id", "status"))}


async def _world():
    world = await build_world()
    for person in (world.h1, world.h2):
        await score(person, 0.9)
    return world


@pytest.mark.parametrize("role", MANAGERS)
async def test_managers_create_run_twice_and_read_rules_with_their_runs_and_outcome(client, role):
    world = await _world()
    token = world.tokens[role]
    created = (await gql(client, CREATE, {"input": GOOD}, token=token))["data"]["automationRuleCreate"]
    assert created["errors"] == [] and created["rule"]["actions"][0] == {
        "kind": "CREATE_TASK", "params": {"title": "Stay interview", "description": "", "dueDays": 3}}
    rule_id = created["rule"]["id"]
    dry = (await gql(client, RUN, {"id": rule_id, "dry": True}, token=token))["data"]["automationRuleRun"]
    assert dry["run"] is None and dry["matched"] == 2 and await AutomationRun.all().count() == 0
    assert sorted((w["kind"], w["employee"]["employeeNo"]) for w in dry["wouldAct"]) == [
        ("ALERT_MANAGER", "H1"), ("ALERT_MANAGER", "H2"), ("CREATE_TASK", "H1"), ("CREATE_TASK", "H2")]
    first = (await gql(client, RUN, {"id": rule_id}, token=token))["data"]["automationRuleRun"]
    second = (await gql(client, RUN, {"id": rule_id}, token=token))["data"]["automationRuleRun"]
    assert (first["acted"], first["skipped"], first["run"]["acted"]) == (4, 0, 4)
    assert (second["acted"], second["skipped"], second["runErrors"]) == (0, 4, [])
    assert await HrTask.all().count() == 2
    listed = await gql(client, RULES, token=token)
    node = listed["data"]["automationRules"]["edges"][0]["node"]
    assert node["lastRun"] == {"acted": 0, "skipped": 4}
    assert [len(r["node"]["actions"]["edges"]) for r in node["runs"]["edges"]] == [0, 4]
    assert node["outcome"]["pending"] == 2 and node["outcome"]["attrition"]["enough"] is False
    assert await AuditEvent.filter(action="automation_rule.create").count() == 1


async def test_a_bad_rule_is_refused_naming_every_field_and_nothing_is_written(client):
    world = await _world()
    bad = {"name": " ", "triggerKind": "FEW_TRAININGS", "triggerParams": {"minimum": -1, "weeks": 2}, "cooldownDays": 0,
           "actions": [{"kind": "ASSIGN_TRAINING_PLAN", "params": {"planId": 999}},
                       {"kind": "CREATE_TASK", "params": {"dueDays": 900}}]}
    result = (await gql(client, CREATE, {"input": bad}, token=world.tokens["hr_manager"]))["data"]["automationRuleCreate"]
    assert result["rule"] is None
    assert sorted((e["field"], e["code"]) for e in result["errors"]) == [
        ("actions.0.params.planId", "NOT_FOUND"), ("actions.1.params.dueDays", "INVALID"),
        ("actions.1.params.title", "REQUIRED"), ("cooldownDays", "INVALID"), ("name", "REQUIRED"),
        ("triggerParams.minimum", "INVALID"), ("triggerParams.weeks", "INVALID")]
    assert await AutomationRule.all().count() == 0
    await gql(client, CREATE, {"input": GOOD}, token=world.tokens["hr_manager"])
    again = (await gql(client, CREATE, {"input": GOOD}, token=world.tokens["hr_manager"]))["data"]["automationRuleCreate"]
    assert [(e["field"], e["code"]) for e in again["errors"]] == [("name", "DUPLICATE")]
    none = (await gql(client, CREATE, {"input": {**GOOD, "name": "x", "actions": []}},
                      token=world.tokens["hr_manager"]))["data"]["automationRuleCreate"]
    assert [(e["field"], e["code"]) for e in none["errors"]] == [("actions", "REQUIRED")]


async def test_update_checks_a_new_trigger_kinds_own_params_and_delete_disables(client):
    world = await _world()
    token = world.tokens["admin"]
    r = await rule()
    rid = to_global_id("AutomationRule", r.id)
    moved = (await gql(client, UPDATE, {"input": {"id": rid, "triggerKind": "CONTRACT_EXPIRING"}}, token=token))
    assert [(e["field"], e["code"]) for e in moved["data"]["automationRuleUpdate"]["errors"]] == [("triggerParams.days", "REQUIRED")]
    ok = (await gql(client, UPDATE, {"input": {"id": rid, "triggerKind": "CONTRACT_EXPIRING", "triggerParams": {"days": 14}}},
                    token=token))["data"]["automationRuleUpdate"]
    assert ok["errors"] == [] and ok["rule"]["triggerParams"] == {"days": 14}
    gone = (await gql(client, DELETE, {"id": rid}, token=token))["data"]["automationRuleDelete"]
    assert gone == {"rule": {"enabled": False}, "errors": []}
    assert await AutomationRule.filter(id=r.id, enabled=False).exists()
    missing = (await gql(client, DELETE, {"id": to_global_id("AutomationRule", 999)}, token=token))
    assert [e["code"] for e in missing["data"]["automationRuleDelete"]["errors"]] == ["NOT_FOUND"]


@pytest.mark.parametrize("role", OTHERS)
async def test_everyone_else_is_refused_rules_and_refused_changes_change_nothing(client, role):
    world = await _world()
    r = await rule()
    rid = to_global_id("AutomationRule", r.id)
    token = world.tokens[role]
    listed = await gql(client, RULES, token=token)
    assert listed["data"]["automationRules"] is None and listed["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    one = await gql(client, "query($id: ID!) { automationRule(id: $id) { name } }", {"id": rid}, token=token)
    assert one["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    before = await _snapshot()
    for document, variables in ((CREATE, {"input": GOOD}), (UPDATE, {"input": {"id": rid, "enabled": False}}),
                                (DELETE, {"id": rid}), (RUN, {"id": rid}), (RUN, {"id": rid, "dry": True})):
        result = await gql(client, document, variables, token=token)
        assert [e["extensions"]["code"] for e in result["errors"]] == ["FORBIDDEN"], (role, document)
    assert await _snapshot() == before


async def test_a_team_lead_sees_and_completes_the_tasks_assigned_to_them_and_no_others(client):
    world = await _world()
    r = await rule(actions=[{"kind": "CREATE_TASK", "params": {"title": "Stay interview", "dueDays": 7}}])
    await gql(client, RUN, {"id": to_global_id("AutomationRule", r.id)}, token=world.tokens["admin"])
    lead = (await gql(client, TASKS, token=world.tokens["team_lead"]))["data"]["hrTasks"]
    assert [(e["node"]["employee"]["employeeNo"], e["node"]["status"]) for e in lead["edges"]] == [("H1", "OPEN")]
    assert lead["edges"][0]["node"]["assigneeEmail"].startswith("team_lead")
    hr = (await gql(client, TASKS, token=world.tokens["hr_manager"]))["data"]["hrTasks"]
    assert hr["totalCount"] == 2
    assert (await gql(client, TASKS, token=world.tokens["employee"]))["data"]["hrTasks"]["totalCount"] == 0
    h2_task = next(e["node"]["id"] for e in hr["edges"] if e["node"]["employee"]["employeeNo"] == "H2")
    refused = (await gql(client, COMPLETE, {"id": h2_task}, token=world.tokens["team_lead"]))["data"]["hrTaskComplete"]
    assert [e["code"] for e in refused["errors"]] == ["NOT_FOUND"]
    done = (await gql(client, COMPLETE, {"id": lead["edges"][0]["node"]["id"]}, token=world.tokens["team_lead"]))
    assert done["data"]["hrTaskComplete"]["task"]["status"] == "DONE"
    twice = (await gql(client, COMPLETE, {"id": lead["edges"][0]["node"]["id"]}, token=world.tokens["hr_manager"]))
    assert [e["code"] for e in twice["data"]["hrTaskComplete"]["errors"]] == ["WRONG_STATUS"]
    assert await HrTask.filter(status="open").count() == 1
    anonymous = await gql(client, TASKS)
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


LOG = """{ automationRuns(first: 20) { edges { node { acted actions(first: 50) { edges { node {
  kind params rule { name } employee { employeeNo } } } } } } }
  hrTasks(first: 50) { edges { node { title assigneeEmail employee { employeeNo } } } } }"""


async def test_the_run_log_and_tasks_cost_the_same_queries_for_two_people_or_twelve(client):
    from backend.resolvers.automation import runner
    from tests.automation.helpers import TODAY
    from tests.factories import gql_counting_sql, make_employee

    world = await _world()
    r = await rule(actions=[{"kind": "CREATE_TASK", "params": {"title": "Stay interview", "dueDays": 7}}])
    await runner.run_rule(r, today=TODAY)
    small, few = await gql_counting_sql(client, LOG, token=world.tokens["admin"])
    assert len(small["data"]["hrTasks"]["edges"]) == 2
    team = await world.h1.team
    for _ in range(10):
        await score(await make_employee(team), 0.9)
    await AutomationRun.all().delete()  # its actions go with it: one run, as before
    await HrTask.all().delete()
    await runner.run_rule(r, today=TODAY)
    large, many = await gql_counting_sql(client, LOG, token=world.tokens["admin"])
    actions = [a["node"] for run in large["data"]["automationRuns"]["edges"] for a in run["node"]["actions"]["edges"]]
    assert len(actions) == 12 and {a["rule"]["name"] for a in actions} == {"High risk"}
    assert {a["params"]["title"] for a in actions} == {"Stay interview"}
    assert len(large["data"]["hrTasks"]["edges"]) == 12 and many == few
