"""The alerts subscription over a real socket, with alerts raised by another process."""

import asyncio
import json

import httpx
import websockets

PROTOCOL = "graphql-transport-ws"
SUBSCRIBE = "subscription($after: String, $kinds: [AlertKind!]) { alerts(after: $after, kinds: $kinds) { kind message cursor employee { name } } }"
RAISE = """
import asyncio, sys
from backend import db
from backend.models.alerts import AlertKind, Severity
from backend.models.employees import Employee
from backend.models.org import Team
from backend.resolvers.alerts import raise_alert

async def main():
    async with db.database():
        team = await Team.get(name="{team}")
        who = await Employee.filter(team_id=team.id, is_host=True).order_by("id").first()
        await raise_alert(kind=AlertKind.{kind}, severity=Severity.WARNING, message="{message}",
                          dedup_key="{message}", employee_id=who.id, team_id=team.id)
asyncio.run(main())
"""


def raise_in(live_server, message: str, team: str = "美妆一组", kind: str = "CONTRACT_EXPIRING") -> None:
    live_server.run(RAISE.format(team=team, message=message, kind=kind))


async def _token(base: str, email: str) -> str:
    async with httpx.AsyncClient() as http:
        response = await http.post(f"{base}/graphql", json={"query": 'mutation { login(email: "%s", password: "demo-password") { accessToken } }' % email})
        return response.json()["data"]["login"]["accessToken"]


async def newest_cursor(base: str, token: str) -> str | None:
    """Where a subscriber starts: replay from here covers anything raised while subscribing."""
    async with httpx.AsyncClient() as http:
        response = await http.post(f"{base}/graphql", headers={"Authorization": f"Bearer {token}"},
                                   json={"query": "{ alerts(first: 1) { edges { node { cursor } } } }"})
    edges = response.json()["data"]["alerts"]["edges"]
    return edges[0]["node"]["cursor"] if edges else None


async def _subscribe(base: str, email: str, variables: dict):
    token = await _token(base, email)
    if "after" not in variables:
        variables = {**variables, "after": await newest_cursor(base, token)}
    ws = await websockets.connect(base.replace("http", "ws") + "/graphql", subprotocols=[PROTOCOL])
    await ws.send(json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}}))
    assert json.loads(await ws.recv())["type"] == "connection_ack"
    await ws.send(json.dumps({"id": "a", "type": "subscribe", "payload": {"query": SUBSCRIBE, "variables": variables}}))
    return ws


async def _next(ws, timeout: float = 10) -> dict:
    message = json.loads(await asyncio.wait_for(ws.recv(), timeout))
    assert message["type"] == "next", message
    return message["payload"]["data"]["alerts"]


async def test_a_subscriber_receives_an_alert_raised_by_another_process(live_server):
    ws = await _subscribe(live_server.base, "hr@demo.hrgraph.local", {})
    raise_in(live_server, "live-1")
    alert = await _next(ws)
    assert alert["message"] == "live-1" and alert["kind"] == "CONTRACT_EXPIRING" and alert["employee"]["name"]
    await ws.close()


async def test_reconnecting_with_the_last_cursor_replays_what_was_missed_exactly_once_in_order(live_server):
    ws = await _subscribe(live_server.base, "hr@demo.hrgraph.local", {})
    raise_in(live_server, "replay-1")
    cursor = (await _next(ws))["cursor"]
    await ws.close()
    raise_in(live_server, "replay-2")
    raise_in(live_server, "replay-3")
    ws = await _subscribe(live_server.base, "hr@demo.hrgraph.local", {"after": cursor})
    assert [(await _next(ws))["message"] for _ in range(2)] == ["replay-2", "replay-3"]
    raise_in(live_server, "replay-4")
    assert (await _next(ws))["message"] == "replay-4"
    await ws.close()


async def test_a_team_lead_hears_only_about_their_team(live_server):
    ws = await _subscribe(live_server.base, "lead@demo.hrgraph.local", {})
    raise_in(live_server, "other-team", team="服饰组", kind="TRAFFIC_ANOMALY")
    raise_in(live_server, "own-team", kind="TRAFFIC_ANOMALY")
    assert (await _next(ws))["message"] == "own-team"
    await ws.close()


async def test_the_kinds_filter_holds_for_replay_and_live(live_server):
    ws = await _subscribe(live_server.base, "hr@demo.hrgraph.local", {})
    raise_in(live_server, "kinds-start")
    cursor = (await _next(ws))["cursor"]
    await ws.close()
    raise_in(live_server, "kinds-contract")
    raise_in(live_server, "kinds-traffic", kind="TRAFFIC_ANOMALY")
    ws = await _subscribe(live_server.base, "hr@demo.hrgraph.local", {"after": cursor, "kinds": ["TRAFFIC_ANOMALY"]})
    assert (await _next(ws))["message"] == "kinds-traffic"
    await ws.close()


async def test_the_graphql_ws_reference_client_receives_an_alert(live_server):
    from pathlib import Path

    script = Path(__file__).resolve().parents[1] / "ops" / "node_clients" / "subscribe.mjs"
    token = await _token(live_server.base, "hr@demo.hrgraph.local")
    node = await asyncio.create_subprocess_exec("node", str(script), live_server.base.replace("http", "ws") + "/graphql",
                                                token, "1", await newest_cursor(live_server.base, token) or "",
                                                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    assert (await asyncio.wait_for(node.stdout.readline(), 10)).decode().strip() == "connected"
    raise_in(live_server, "reference-client")
    line = await asyncio.wait_for(node.stdout.readline(), 15)
    assert json.loads(line)["data"]["alerts"] == {"kind": "CONTRACT_EXPIRING", "message": "reference-client", "severity": "WARNING"}
    assert await asyncio.wait_for(node.wait(), 5) == 0
