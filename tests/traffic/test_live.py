"""trafficLive over a real socket: a partner's pushed minute reaches the live dashboard."""

import asyncio
import json

import httpx
import pytest
import websockets

LIVE = "subscription($ids: [ID!]!) { trafficLive(accountIds: $ids) { accountId onlineViewers giftRevenue at } }"
PUSH = """mutation($samples: [TrafficSampleInput!]!) { trafficIngest(input: {samples: $samples}) { accepted } }"""


async def _partner_token(base: str) -> str:
    async with httpx.AsyncClient() as http:
        response = await http.post(f"{base}/oauth/token", data={"grant_type": "client_credentials",
                                                                "scope": "traffic:read traffic:write"},
                                   auth=("demo-platform", "demo-platform-secret"))
    return response.json()["access_token"]


async def test_a_pushed_minute_reaches_a_live_subscriber(live_server):
    token = await _partner_token(live_server.base)
    async with httpx.AsyncClient() as http:
        accounts = (await http.post(f"{live_server.base}/graphql", headers={"Authorization": f"Bearer {token}"},
                                    json={"query": "{ platformAccounts(first: 2) { edges { node { id } } } }"})).json()
    mine = accounts["data"]["platformAccounts"]["edges"][0]["node"]["id"]
    ws = await websockets.connect(live_server.base.replace("http", "ws") + "/graphql", subprotocols=["graphql-transport-ws"])
    await ws.send(json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}}))
    assert json.loads(await ws.recv())["type"] == "connection_ack"
    await ws.send(json.dumps({"id": "t", "type": "subscribe", "payload": {"query": LIVE, "variables": {"ids": [mine]}}}))
    # A minute pushed before the subscription is listening counts as already seen, so push
    # successive minutes until one arrives (the first normally does).
    for minute in range(31, 36):
        sample = {"accountId": mine, "at": f"2026-11-20T20:{minute}:00+08:00", "onlineViewers": 4321, "followers": 88000,
                  "giftRevenue": "999.90", "gmv": "0.00", "orders": 0, "interactions": 1500}
        async with httpx.AsyncClient() as http:
            pushed = await http.post(f"{live_server.base}/graphql", headers={"Authorization": f"Bearer {token}"},
                                     json={"query": PUSH, "variables": {"samples": [sample]}})
        assert pushed.json()["data"]["trafficIngest"]["accepted"] == 1
        try:
            message = json.loads(await asyncio.wait_for(ws.recv(), 3))
            break
        except asyncio.TimeoutError:
            continue
    else:
        raise AssertionError("no pushed minute reached the subscriber")
    assert message["type"] == "next"
    live = message["payload"]["data"]["trafficLive"]
    assert live["accountId"] == mine and live["onlineViewers"] == 4321 and live["giftRevenue"] == "999.90"
    await ws.close()


MINT = """
import asyncio, time, jwt
from backend import db
from backend.models.accounts import Role, User
from backend.settings import get_settings
async def main():
    async with db.database():
        user, _ = await User.get_or_create(email="{email}", defaults={{"password_hash": "!"}})
        await user.roles.add(await Role.get(name="hr_manager"))
        await User.filter(id=user.id).update(is_active=True)
    now = int(time.time())
    print(jwt.encode({{"iss": "hrgraph", "sub": f"user:{{user.id}}", "typ": "access", "iat": now, "exp": now + {seconds}}},
                     get_settings().secret_key, algorithm="HS256"))
asyncio.run(main())
"""
DISABLE = """
import asyncio
from backend import db
from backend.models.accounts import User
async def main():
    async with db.database():
        await User.filter(email="{email}").update(is_active=False)
asyncio.run(main())
"""


async def _live_socket(base: str, token: str):
    partner = await _partner_token(base)
    async with httpx.AsyncClient() as http:
        accounts = (await http.post(f"{base}/graphql", headers={"Authorization": f"Bearer {partner}"},
                                    json={"query": "{ platformAccounts(first: 1) { edges { node { id } } } }"})).json()
    ws = await websockets.connect(base.replace("http", "ws") + "/graphql", subprotocols=["graphql-transport-ws"])
    await ws.send(json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}}))
    assert json.loads(await ws.recv())["type"] == "connection_ack"
    ids = [accounts["data"]["platformAccounts"]["edges"][0]["node"]["id"]]
    await ws.send(json.dumps({"id": "t", "type": "subscribe", "payload": {"query": LIVE, "variables": {"ids": ids}}}))
    return ws


async def _closed_code(ws, within: float) -> tuple[int, str]:
    with pytest.raises(websockets.ConnectionClosed) as closed:
        while True:
            await asyncio.wait_for(ws.recv(), within)
    return closed.value.rcvd.code, closed.value.rcvd.reason


async def test_an_expired_token_ends_the_live_stream_with_4403(live_server):
    token = live_server.run(MINT.format(email="live-expiry@demo.hrgraph.local", seconds=2)).strip()
    ws = await _live_socket(live_server.base, token)
    code, reason = await _closed_code(ws, 10)
    assert code == 4403 and "expired" in reason


async def test_a_disabled_account_stops_receiving_within_the_recheck(live_server):
    email = "live-disabled@demo.hrgraph.local"
    token = live_server.run(MINT.format(email=email, seconds=600)).strip()
    ws = await _live_socket(live_server.base, token)
    live_server.run(DISABLE.format(email=email))
    code, reason = await _closed_code(ws, 25)  # re-read every 10 s, woken at least every poll
    assert code == 4403 and "disabled" in reason
