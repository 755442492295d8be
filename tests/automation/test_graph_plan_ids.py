"""A rule's training-plan action through the graph: the console picks a plan by its global id, and
the rule keeps the plan's number, as the runner takes it."""

from backend.graph.base import to_global_id
from backend.models.automation import AutomationRule
from tests.automation.helpers import plan
from tests.factories import gql
from tests.roles import build_world

CREATE = """mutation($input: AutomationRuleCreateInput!) { automationRuleCreate(input: $input) {
  rule { actions { kind params } } errors { field code message } } }"""


def _rule(plan_id: object) -> dict:
    return {"name": "Few trainings", "triggerKind": "FEW_TRAININGS", "triggerParams": {"minimum": 1}, "enabled": False,
            "actions": [{"kind": "ASSIGN_TRAINING_PLAN", "params": {"planId": plan_id}}]}


async def test_a_plan_given_by_its_id_is_kept_as_its_number(client):
    world = await build_world()
    live = await plan("LIV-1")
    made = (await gql(client, CREATE, {"input": _rule(to_global_id("TrainingPlan", live.id))},
                      token=world.tokens["hr_manager"]))["data"]["automationRuleCreate"]
    assert made["errors"] == []
    assert made["rule"]["actions"] == [{"kind": "ASSIGN_TRAINING_PLAN", "params": {"planId": live.id}}]
    assert (await AutomationRule.get(name="Few trainings")).actions[0]["params"] == {"planId": live.id}


async def test_an_id_of_something_else_or_of_no_plan_is_refused_under_plan_id(client):
    world = await build_world()
    token = world.tokens["hr_manager"]
    for plan_id, code in ((to_global_id("Employee", 1), "INVALID"), ("not-an-id", "INVALID"),
                          (to_global_id("TrainingPlan", 999), "NOT_FOUND")):
        refused = (await gql(client, CREATE, {"input": _rule(plan_id)}, token=token))["data"]["automationRuleCreate"]
        assert [(e["field"], e["code"]) for e in refused["errors"]] == [("actions.0.params.planId", code)], plan_id
    assert await AutomationRule.all().count() == 0
