"""GraphQL over WebSocket (graphql-transport-ws only) with a real client against a real server."""

import json

import httpx
import pytest
import websockets

PROTOCOL = "graphql-transport-ws"


async def _login(base: str, email: str) -> str:
    async with httpx.AsyncClient() as http:
        response = await http.post(f"{base}/graphql", json={"query": 'mutation { login(email: "%s", password: "demo-password") { accessToken } }' % email})
        return response.json()["data"]["login"]["accessToken"]


def _ws(base: str) -> str:
    return base.replace("http://", "ws://") + "/graphql"


async def _recv(ws) -> dict:
    return json.loads(await ws.recv())


async def test_a_signed_in_socket_runs_operations_as_its_user(live_server):
    token = await _login(live_server.base, "lead@demo.hrgraph.local")
    async with websockets.connect(_ws(live_server.base), subprotocols=[PROTOCOL]) as ws:
        await ws.send(json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}}))
        assert (await _recv(ws))["type"] == "connection_ack"
        await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": {
            "query": "{ viewer { email roles } employees(first: 100) { totalCount edges { node { team { name } } } } }"}}))
        message = await _recv(ws)
        assert message["type"] == "next"
        data = message["payload"]["data"]
        assert data["viewer"] == {"email": "lead@demo.hrgraph.local", "roles": ["team_lead"]}
        assert {e["node"]["team"]["name"] for e in data["employees"]["edges"]} == {"美妆一组"}
        assert (await _recv(ws)) == {"id": "1", "type": "complete"}


async def test_a_bad_token_in_connection_init_closes_the_socket_with_4403(live_server):
    async with websockets.connect(_ws(live_server.base), subprotocols=[PROTOCOL]) as ws:
        await ws.send(json.dumps({"type": "connection_init", "payload": {"Authorization": "Bearer nonsense"}}))
        with pytest.raises(websockets.ConnectionClosed) as closed:
            await ws.recv()
        assert closed.value.rcvd.code == 4403


async def test_subscribing_before_connection_init_closes_with_4401(live_server):
    async with websockets.connect(_ws(live_server.base), subprotocols=[PROTOCOL]) as ws:
        await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": {"query": "{ viewer { email } }"}}))
        with pytest.raises(websockets.ConnectionClosed) as closed:
            await ws.recv()
        assert closed.value.rcvd.code == 4401


async def test_a_second_connection_init_closes_with_4429(live_server):
    async with websockets.connect(_ws(live_server.base), subprotocols=[PROTOCOL]) as ws:
        await ws.send(json.dumps({"type": "connection_init", "payload": {}}))
        assert (await _recv(ws))["type"] == "connection_ack"
        await ws.send(json.dumps({"type": "connection_init", "payload": {}}))
        with pytest.raises(websockets.ConnectionClosed) as closed:
            await ws.recv()
        assert closed.value.rcvd.code == 4429


async def test_the_legacy_subscriptions_transport_ws_protocol_is_refused_with_4406(live_server):
    with pytest.raises(websockets.ConnectionClosed) as closed:
        async with websockets.connect(_ws(live_server.base), subprotocols=["graphql-ws"]) as ws:
            await ws.recv()
    assert closed.value.rcvd.code == 4406
