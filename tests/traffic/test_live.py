"""trafficLive over a real socket: a partner's pushed minute reaches the live dashboard."""

import asyncio
import json

import httpx
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
