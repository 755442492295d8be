"""Live delivery: an event that may go to its whole audience as it is goes as one shared
encoding; one with errors or audited reads goes through Strawberry's ordinary path. Both
must look the same to the subscriber."""

import asyncio
import json
import re

import httpx
import websockets

from tests.alerts.test_alert_subscription import PROTOCOL, _token, newest_cursor, raise_in

PLAIN = "subscription($after: String) { alerts(after: $after) { kind message employee { name } } }"
WITH_ID_NUMBER = "subscription($after: String) { alerts(after: $after) { message employee { name idNumber } } }"


async def _open(base: str, email: str, query: str, op_id: str = "a"):
    token = await _token(base, email)
    ws = await websockets.connect(base.replace("http", "ws") + "/graphql", subprotocols=[PROTOCOL])
    await ws.send(json.dumps({"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}}))
    assert json.loads(await ws.recv())["type"] == "connection_ack"
    variables = {"after": await newest_cursor(base, token)}
    await ws.send(json.dumps({"id": op_id, "type": "subscribe", "payload": {"query": query, "variables": variables}}))
    return ws


async def _message(ws) -> dict:
    return json.loads(await asyncio.wait_for(ws.recv(), 10))


async def _delivered(base: str) -> dict[str, float]:
    async with httpx.AsyncClient() as http:
        text = (await http.get(f"{base}/metrics")).text
    return {path: float(n) for path, n in re.findall(r'^hrgraph_live_messages_total\{path="(\w+)"\} (\S+)$', text, re.M)}


async def test_one_audience_gets_one_shared_message_with_each_subscribers_own_id(live_server):
    first = await _open(live_server.base, "hr@demo.hrgraph.local", PLAIN, "first")
    second = await _open(live_server.base, "hr@demo.hrgraph.local", PLAIN, "second")
    before = await _delivered(live_server.base)
    raise_in(live_server, "shared-1")
    one, two = await _message(first), await _message(second)
    assert (one["id"], one["type"], two["id"], two["type"]) == ("first", "next", "second", "next")
    assert one["payload"] == two["payload"]
    assert one["payload"]["data"]["alerts"]["message"] == "shared-1" and one["payload"]["data"]["alerts"]["employee"]["name"]
    cost = one["payload"]["extensions"]["cost"]
    assert cost["requested"] > 0 and cost["limit"] >= cost["requested"]
    after = await _delivered(live_server.base)
    assert after.get("broadcast", 0) - before.get("broadcast", 0) == 2  # written without waking either task
    assert after.get("own", 0) == before.get("own", 0)
    await first.close()
    await second.close()


async def test_an_event_with_a_refused_field_goes_the_ordinary_way_with_its_error_coded(live_server):
    lead = await _open(live_server.base, "lead@demo.hrgraph.local", WITH_ID_NUMBER)
    before = await _delivered(live_server.base)
    raise_in(live_server, "refused-field", kind="TRAFFIC_ANOMALY")
    message = await _message(lead)
    payload = message["payload"]
    assert message["id"] == "a" and payload["data"]["alerts"]["message"] == "refused-field"
    assert payload["data"]["alerts"]["employee"]["idNumber"] is None and payload["data"]["alerts"]["employee"]["name"]
    assert [e["extensions"]["code"] for e in payload["errors"]] == ["FORBIDDEN"]
    assert payload["extensions"]["cost"]["requested"] > 0
    after = await _delivered(live_server.base)
    assert after.get("own", 0) - before.get("own", 0) == 1
    await lead.close()


async def test_an_event_with_audited_reads_is_executed_for_each_reader_not_shared(live_server):
    hr = await _open(live_server.base, "hr@demo.hrgraph.local", WITH_ID_NUMBER)
    admin = await _open(live_server.base, "admin@demo.hrgraph.local", WITH_ID_NUMBER)
    before = await _delivered(live_server.base)
    raise_in(live_server, "audited-read")
    for ws in (hr, admin):
        payload = (await _message(ws))["payload"]
        assert payload["data"]["alerts"]["employee"]["idNumber"] and "errors" not in payload
    after = await _delivered(live_server.base)
    assert after.get("own", 0) - before.get("own", 0) == 2 and after.get("broadcast", 0) == before.get("broadcast", 0)
    await hr.close()
    await admin.close()


RENAME = """
import asyncio
from backend import db
from backend.models.employees import Employee
from backend.models.org import Team

async def main():
    async with db.database():
        team = await Team.get(name="美妆一组")
        who = await Employee.filter(team_id=team.id, is_host=True).order_by("id").first()
        await Employee.filter(id=who.id).update(name="{name}")
asyncio.run(main())
"""


async def test_each_event_reads_current_rows_not_what_the_socket_loaded_earlier(live_server):
    ws = await _open(live_server.base, "hr@demo.hrgraph.local", PLAIN)
    raise_in(live_server, "before-rename")
    first = (await _message(ws))["payload"]["data"]["alerts"]["employee"]["name"]
    live_server.run(RENAME.format(name="改名之后"))
    raise_in(live_server, "after-rename")
    second = (await _message(ws))["payload"]["data"]["alerts"]
    assert second["message"] == "after-rename" and second["employee"]["name"] == "改名之后" != first
    await ws.close()
