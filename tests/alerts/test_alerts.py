import asyncio

from backend.auth import viewer_from_token
from backend.graph.base import to_global_id
from backend.models.alerts import Alert, AlertKind, Severity
from backend.resolvers.alerts import audience_for, raise_alert, visible_alerts
from tests.factories import gql
from tests.roles import build_world

LIST = "{ alerts(first: 50) { totalCount edges { node { kind message employee { employeeNo } } } } }"
ACK = """mutation($id: ID!) { alertAcknowledge(input: {id: $id}) { alert { acknowledgedBy } errors { field code message } } }"""
RESOLVE = """mutation($id: ID!) { alertResolve(input: {id: $id}) { alert { resolvedBy acknowledgedBy } errors { field code } } }"""


async def _raise(kind: AlertKind, key: str, employee=None, team_id=None) -> Alert:
    alert, _ = await raise_alert(kind=kind, severity=Severity.WARNING, message=f"{kind.value} {key}", dedup_key=key,
                                 employee_id=employee.id if employee else None, team_id=team_id)
    return alert


async def _world_with_alerts():
    world = await build_world()
    await _raise(AlertKind.CONTRACT_EXPIRING, "h1-contract", world.h1)
    await _raise(AlertKind.TRAFFIC_ANOMALY, "h2-traffic", world.h2)
    await _raise(AlertKind.ATTRITION_RISK, "h1-risk", world.h1)
    await _raise(AlertKind.TRAFFIC_ANOMALY, "team-a-traffic", team_id=world.h1.team_id)
    await _raise(AlertKind.PAYROLL_READY, "payroll", None)
    await _raise(AlertKind.ATTRITION_RISK, "lead-risk", world.lead, team_id=world.lead.team_id)  # about the lead
    return world


async def test_raising_the_same_alert_twice_or_at_once_keeps_one():
    first = await raise_alert(kind=AlertKind.CONTRACT_EXPIRING, severity=Severity.INFO, message="m", dedup_key="k")
    again = await raise_alert(kind=AlertKind.CONTRACT_EXPIRING, severity=Severity.INFO, message="m", dedup_key="k")
    assert first[1] is True and again == (first[0], False) or again[0].id == first[0].id
    both = await asyncio.gather(*(raise_alert(kind=AlertKind.TRAFFIC_ANOMALY, severity=Severity.INFO, message="m",
                                              dedup_key="same") for _ in range(2)))
    assert sorted(created for _, created in both) == [False, True]
    assert await Alert.filter(dedup_key="same").count() == 1


async def _kinds_seen(client, token) -> set[tuple[str, str | None]]:
    result = await gql(client, LIST, token=token)
    edges = result["data"]["alerts"]["edges"] if result["data"]["alerts"] else []
    return {(e["node"]["kind"], (e["node"]["employee"] or {}).get("employeeNo")) for e in edges}


async def test_each_role_sees_the_alerts_about_people_it_may_see_and_risk_only_with_permission(client):
    world = await _world_with_alerts()
    everything = {("CONTRACT_EXPIRING", "H1"), ("TRAFFIC_ANOMALY", "H2"), ("ATTRITION_RISK", "H1"),
                  ("TRAFFIC_ANOMALY", None), ("PAYROLL_READY", None), ("ATTRITION_RISK", "L")}
    assert await _kinds_seen(client, world.tokens["admin"]) == everything
    assert await _kinds_seen(client, world.tokens["hr_manager"]) == everything - {("PAYROLL_READY", None)}  # payroll is finance's
    assert await _kinds_seen(client, world.tokens["finance"]) == everything - {("ATTRITION_RISK", "H1"), ("ATTRITION_RISK", "L")}
    # Their team's risk, but not their own: what was found about one's risk is never shown to oneself.
    assert await _kinds_seen(client, world.tokens["team_lead"]) == {("CONTRACT_EXPIRING", "H1"), ("TRAFFIC_ANOMALY", None),
                                                                      ("ATTRITION_RISK", "H1")}
    assert await _kinds_seen(client, world.tokens["employee"]) == {("CONTRACT_EXPIRING", "H1")}
    assert await _kinds_seen(client, world.tokens["partner"]) == {("TRAFFIC_ANOMALY", "H2")}
    assert (await gql(client, LIST, token=world.tokens["recruiter"]))["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_the_live_feed_audience_agrees_with_the_sql_scope_for_every_role(client):
    world = await _world_with_alerts()
    alerts = await Alert.all()
    for role, token in world.tokens.items():
        viewer = await viewer_from_token(token)
        audience = await audience_for(viewer)
        by_sql = set(await visible_alerts(viewer).values_list("id", flat=True))
        assert {a.id for a in alerts if audience.sees(a)} == by_sql, role


async def test_acknowledging_twice_is_refused_and_resolving_acknowledges(client):
    world = await _world_with_alerts()
    alert = await Alert.get(dedup_key="h1-contract")
    alert_id = to_global_id("Alert", alert.id)
    first = await gql(client, ACK, {"id": alert_id}, token=world.tokens["team_lead"])
    assert first["data"]["alertAcknowledge"]["alert"]["acknowledgedBy"].startswith("team_lead")
    second = await gql(client, ACK, {"id": alert_id}, token=world.tokens["hr_manager"])
    assert second["data"]["alertAcknowledge"]["errors"][0]["code"] == "INVALID"
    other = await Alert.get(dedup_key="h2-traffic")
    resolved = await gql(client, RESOLVE, {"id": to_global_id("Alert", other.id)}, token=world.tokens["hr_manager"])
    assert resolved["data"]["alertResolve"]["alert"]["acknowledgedBy"] == resolved["data"]["alertResolve"]["alert"]["resolvedBy"]


async def test_an_alert_outside_your_scope_cannot_be_acknowledged_and_stays_untouched(client):
    world = await _world_with_alerts()
    other_team = await Alert.get(dedup_key="h2-traffic")
    result = await gql(client, ACK, {"id": to_global_id("Alert", other_team.id)}, token=world.tokens["team_lead"])
    assert result["data"]["alertAcknowledge"]["errors"][0]["code"] == "NOT_FOUND"
    refused = await gql(client, ACK, {"id": to_global_id("Alert", other_team.id)}, token=world.tokens["employee"])
    assert refused["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert (await Alert.get(id=other_team.id)).acknowledged_at is None
