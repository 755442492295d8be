"""GraphQL over WebSocket (graphql-transport-ws only) with a real client against a real server."""

import asyncio
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


ALERTS = {"query": "subscription { alerts { message } }"}


async def _acked(base: str, token: str):
    ws = await websockets.connect(_ws(base), subprotocols=[PROTOCOL])
    await ws.send(json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}}))
    assert (await _recv(ws))["type"] == "connection_ack"
    return ws


async def test_a_duplicate_subscription_id_closes_with_4409(live_server):
    ws = await _acked(live_server.base, await _login(live_server.base, "hr@demo.hrgraph.local"))
    await ws.send(json.dumps({"id": "same", "type": "subscribe", "payload": ALERTS}))
    await ws.send(json.dumps({"id": "same", "type": "subscribe", "payload": ALERTS}))
    with pytest.raises(websockets.ConnectionClosed) as closed:
        await ws.recv()
    assert closed.value.rcvd.code == 4409


async def test_no_connection_init_within_the_timeout_closes_with_4408(live_server):
    async with websockets.connect(_ws(live_server.base), subprotocols=[PROTOCOL]) as ws:
        with pytest.raises(websockets.ConnectionClosed) as closed:
            await asyncio.wait_for(ws.recv(), 10)
        assert closed.value.rcvd.code == 4408


async def test_a_connection_holds_a_bounded_number_of_subscriptions(live_server):
    ws = await _acked(live_server.base, await _login(live_server.base, "hr@demo.hrgraph.local"))
    for n in range(4):
        await ws.send(json.dumps({"id": f"s{n}", "type": "subscribe", "payload": ALERTS}))
    refused = await asyncio.wait_for(_recv(ws), 5)
    assert refused["type"] == "error" and refused["id"] == "s3" and "limit" in refused["payload"][0]["message"]
    await ws.close()


async def test_an_expired_token_ends_a_live_subscription_with_4403(live_server):
    script = """
from backend import db
from backend.auth import issue_access_token
from backend.models.accounts import User
import asyncio, jwt, time
from backend.settings import get_settings
async def main():
    async with db.database():
        user = await User.get(email="hr@demo.hrgraph.local")
    now = int(time.time())
    print(jwt.encode({"iss": "hrgraph", "sub": f"user:{user.id}", "typ": "access", "iat": now, "exp": now + 2},
                     get_settings().secret_key, algorithm="HS256"))
asyncio.run(main())
"""
    token = live_server.run(script).strip()
    ws = await _acked(live_server.base, token)
    await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": ALERTS}))
    with pytest.raises(websockets.ConnectionClosed) as closed:
        await asyncio.wait_for(ws.recv(), 10)
    assert closed.value.rcvd.code == 4403 and "expired" in closed.value.rcvd.reason
