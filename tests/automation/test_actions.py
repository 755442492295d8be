"""Each action: a training plan assigned, an HR task for the team lead, an alert the lead sees, a
signed webhook delivery of automation.action shaped by its owner's permissions."""

import json
from datetime import timedelta

from backend.models.accounts import User
from backend.models.alerts import Alert, DomainEvent
from backend.models.automation import AutomationAction, HrTask
from backend.models.training import Enrolment
from backend.resolvers.alerts import signing
from backend.resolvers.automation import runner
from tests.alerts.test_webhooks import _register, dispatcher, receiver  # noqa: F401 (fixtures)
from tests.automation.helpers import TODAY, plan, rule, score
from tests.factories import gql, make_partner, partner_token
from tests.roles import build_world

ALERTS = "{ alerts(first: 20) { edges { node { kind severity message employee { employeeNo } } } } }"


async def _world_at_risk():
    world = await build_world()
    for person in (world.h1, world.h2, world.lead):
        await score(person, 0.9)
    return world


async def test_assign_training_plan_enrols_through_assign_plan_once():
    world = await _world_at_risk()
    live = await plan("LIV-1", "LIV-2")
    r = await rule(actions=[{"kind": "ASSIGN_TRAINING_PLAN", "params": {"planId": live.id}}])
    report = await runner.run_rule(r, today=TODAY)
    assert report.acted == 3
    rows = await Enrolment.filter(employee_id=world.h1.id)
    assert len(rows) == 2 and {(e.source, e.rule_id, e.plan_id, e.due_on) for e in rows} == {
        ("automation", r.id, live.id, TODAY + timedelta(days=30))}
    action = await AutomationAction.get(employee_id=world.h1.id)
    assert sorted(action.result["enrolmentIds"]) == sorted(e.id for e in rows)
    assert action.result["matched"] == {"score": 0.9, "band": "high"}
    assert (await runner.run_rule(r, today=TODAY)).acted == 0 and await Enrolment.all().count() == 6


async def test_create_task_goes_to_the_team_leads_user_else_unassigned_due_in_due_days():
    world = await _world_at_risk()
    r = await rule(actions=[{"kind": "CREATE_TASK", "params": {"title": "Stay interview", "dueDays": 5}}])
    await runner.run_rule(r, today=TODAY)
    lead_user = await User.get(employee_id=world.lead.id)
    tasks = {t.employee_id: t for t in await HrTask.all()}
    assert tasks[world.h1.id].assignee_id == lead_user.id  # H1's team A is led by L
    assert tasks[world.h2.id].assignee_id is None  # team B has no lead
    assert tasks[world.lead.id].assignee_id is None  # never one's own stay interview
    assert {(t.title, t.due_on, t.rule_id, t.status.value) for t in tasks.values()} == {
        ("Stay interview", TODAY + timedelta(days=5), r.id, "open")}


async def test_alert_manager_raises_one_automation_alert_the_team_lead_sees(client):
    world = await _world_at_risk()
    r = await rule(actions=[{"kind": "ALERT_MANAGER", "params": {"message": "{name} may leave: talk this week",
                                                                  "severity": "critical"}}])
    await runner.run_rule(r, today=TODAY)
    await runner.run_rule(r, today=TODAY)
    alert = await Alert.get(employee_id=world.h1.id)
    assert (alert.kind.value, alert.team_id, alert.severity.value) == ("AUTOMATION", world.h1.team_id, "critical")
    assert alert.message == f"High risk: {world.h1.name} may leave: talk this week"
    assert await Alert.filter(kind="AUTOMATION").count() == 3
    seen = await gql(client, ALERTS, token=world.tokens["team_lead"])
    # The lead sees their host's, not the one about themself (HR's only) nor team B's.
    assert {(e["node"]["kind"], e["node"]["employee"]["employeeNo"]) for e in seen["data"]["alerts"]["edges"]} == {
        ("AUTOMATION", "H1")}
    about_lead = await Alert.get(subject_id=world.lead.id, kind="AUTOMATION")
    assert (about_lead.employee_id, about_lead.team_id, about_lead.data["employeeId"]) == (None, None, world.lead.id)
    hr = await gql(client, ALERTS, token=world.tokens["hr_manager"])
    assert len(hr["data"]["alerts"]["edges"]) == 3
    # Nobody is told by an alert what a rule found about them; partners never see these.
    for role in ("employee", "partner", "finance"):
        found = await gql(client, ALERTS, token=world.tokens[role])
        assert [e["node"]["kind"] for e in (found["data"]["alerts"] or {"edges": []})["edges"]] == [], role


async def test_call_webhook_delivers_automation_action_signed_with_what_each_owner_may_see(client, receiver, dispatcher):  # noqa: F811
    world = await _world_at_risk()
    document = ("subscription { event { name employee { employeeNo } automationAction { kind actedOn params "
                "rule { name } } } }")
    _, secret = await _register(client, world.tokens["admin"], receiver.url, ["automation.action"], document=document)
    partner = partner_token(await make_partner([world.h2], scopes=("employees:read", "webhooks:manage")),
                            "employees:read webhooks:manage")
    await _register(client, partner, receiver.url + "?partner", ["automation.action"], document=document)
    r = await rule(actions=[{"kind": "CALL_WEBHOOK", "params": {"topic": "facilities-request", "note": "quiet room"}}])
    await runner.run_rule(r, today=TODAY)
    assert await DomainEvent.filter(name="automation.action").count() == 3
    await dispatcher.run_once()
    assert len(receiver.received) == 6
    mine = [b for h, b in receiver.received if "automationAction" in b.decode() and b'"rule"' in b]
    for headers, body in receiver.received:
        if body in mine:
            signing.verify(secret, headers["x-hrgraph-signature"], body)
    events = sorted((json.loads(b)["data"]["event"] for b in mine), key=lambda e: e["employee"]["employeeNo"])
    assert [e["employee"]["employeeNo"] for e in events] == ["H1", "H2", "L"]
    assert events[0]["automationAction"] == {"kind": "CALL_WEBHOOK", "actedOn": str(TODAY),
                                             "params": {"topic": "facilities-request", "note": "quiet room"},
                                             "rule": {"name": "High risk"}}
    partner_events = [json.loads(b)["data"]["event"] for _, b in receiver.received if b not in mine]
    assert len(partner_events) == 3 and all(e["automationAction"] is None for e in partner_events)
    assert sorted((e["employee"] or {}).get("employeeNo", "-") for e in partner_events) == ["-", "-", "H2"]
    action = await AutomationAction.get(employee_id=world.h1.id)
    assert action.result["topic"] == "facilities-request" and action.result["eventId"]
