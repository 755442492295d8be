"""Webhooks against a real local receiver: signatures, retries, replay refusal, scope of payloads."""

import asyncio
import json
import socket

import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from backend.graph.alerts.webhooks import make_renderer
from backend.graph.base import to_global_id
from backend.graph.schema import build_schema
from backend.models.alerts import AlertKind, DeliveryStatus, Severity, WebhookDelivery, WebhookEndpoint
from backend.resolvers.alerts import raise_alert
from backend.resolvers.alerts import signing
from backend.resolvers.alerts.webhooks import DISABLE_AFTER_FAILURES, WebhookDispatcher
from tests.factories import error_codes, gql, make_employee, make_partner, make_user, partner_token, token_for

CREATE = """mutation($input: WebhookCreateInput!) { webhookCreate(input: $input) { webhook { id isActive } secret errors { field code message } } }"""
HIRE = """mutation { employeeCreate(input: {name: "新主播", employmentType: PART_TIME, hiredOn: "2026-10-01", baseSalary: "5000.00"}) { employee { id } errors { message } } }"""
DOCUMENT = "subscription { event { name employee { employeeNo name baseSalary } alert { kind message } } }"


class Receiver:
    """A webhook receiver on loopback that answers with the statuses it is told to."""

    def __init__(self) -> None:
        self.received: list[tuple[dict, bytes]] = []
        self.statuses: list[int] = []

    async def handle(self, request: Request) -> Response:
        self.received.append((dict(request.headers), await request.body()))
        return Response(status_code=self.statuses.pop(0) if self.statuses else 200)


@pytest.fixture
async def receiver():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    target = Receiver()
    server = uvicorn.Server(uvicorn.Config(Starlette(routes=[Route("/hook", target.handle, methods=["POST"])]),
                                           host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.01)
    target.url = f"http://127.0.0.1:{port}/hook"
    yield target
    server.should_exit = True
    await task


@pytest.fixture
async def dispatcher():
    worker = WebhookDispatcher(make_renderer(build_schema()), backoff_seconds=0)
    yield worker
    await worker.http.aclose()


async def _register(client, token, url, events, document=DOCUMENT) -> tuple[str, str]:
    result = await gql(client, CREATE, {"input": {"url": url, "events": events, "document": document}}, token=token)
    payload = result["data"]["webhookCreate"]
    assert payload["errors"] == [], payload
    return payload["webhook"]["id"], payload["secret"]


async def test_a_partners_webhook_is_signed_and_holds_only_what_the_partner_may_see(client, receiver, dispatcher):
    host = await make_employee(employee_no="LINKED")
    partner = await make_partner([host], scopes=("employees:read", "alerts:read", "webhooks:manage"))
    token = partner_token(partner, "employees:read alerts:read webhooks:manage")
    _, secret = await _register(client, token, receiver.url, ["employee.hired", "alert.created"])
    await gql(client, HIRE, token=token_for(await make_user("hr_manager")))
    await raise_alert(kind=AlertKind.TRAFFIC_ANOMALY, severity=Severity.WARNING, message="viewers up, gifts flat",
                      dedup_key="a1", employee_id=host.id)
    await dispatcher.run_once()
    assert len(receiver.received) == 2
    bodies = []
    for headers, body in receiver.received:
        signing.verify(secret, headers["x-hrgraph-signature"], body)
        bodies.append(json.loads(body))
    hired, alert = sorted(bodies, key=lambda b: b["event"])[::-1]
    assert hired["event"] == "employee.hired" and hired["data"]["event"]["employee"] is None  # not linked to the partner
    assert alert["data"]["event"]["alert"] == {"kind": "TRAFFIC_ANOMALY", "message": "viewers up, gifts flat"}
    assert alert["data"]["event"]["employee"]["employeeNo"] == "LINKED"
    assert alert["data"]["event"]["employee"]["baseSalary"] is None
    assert [e["extensions"]["code"] for e in alert["errors"]] == ["FORBIDDEN"]


async def test_a_failed_delivery_is_retried_with_the_same_body_until_it_succeeds(client, receiver, dispatcher):
    admin = token_for(await make_user("admin"))
    await _register(client, admin, receiver.url, ["employee.hired"])
    receiver.statuses = [500, 503]
    await gql(client, HIRE, token=admin)
    for _ in range(3):
        await dispatcher.run_once()
    delivery = await WebhookDelivery.get()
    assert delivery.status == DeliveryStatus.SUCCEEDED and delivery.attempts == 3
    assert len({body for _, body in receiver.received}) == 1  # one payload, sent three times
    signatures = {headers["x-hrgraph-signature"] for headers, _ in receiver.received}
    assert len(receiver.received) == 3 and len(signatures) >= 1


async def test_a_captured_delivery_replayed_later_is_refused_by_its_timestamp(client, receiver, dispatcher):
    admin = token_for(await make_user("admin"))
    _, secret = await _register(client, admin, receiver.url, ["employee.hired"])
    await gql(client, HIRE, token=admin)
    await dispatcher.run_once()
    headers, body = receiver.received[0]
    sent_at = int(headers["x-hrgraph-signature"].split(",")[0][2:])
    signing.verify(secret, headers["x-hrgraph-signature"], body, now=sent_at + 60)
    with pytest.raises(signing.SignatureError, match="tolerance"):
        signing.verify(secret, headers["x-hrgraph-signature"], body, now=sent_at + signing.TOLERANCE_SECONDS + 1)
    with pytest.raises(signing.SignatureError, match="does not match"):
        signing.verify(secret, headers["x-hrgraph-signature"], body.replace(b"employee", b"emp1oyee"), now=sent_at)


async def test_an_endpoint_that_keeps_failing_is_disabled_then_re_enabled_and_redelivered_by_hand(client, receiver, dispatcher):
    admin = token_for(await make_user("admin"))
    await _register(client, admin, receiver.url, ["employee.hired"])
    endpoint = await WebhookEndpoint.get()
    endpoint.consecutive_failures = DISABLE_AFTER_FAILURES - 1
    await endpoint.save()
    receiver.statuses = [500]
    await gql(client, HIRE, token=admin)
    await dispatcher.run_once()
    endpoint = await WebhookEndpoint.get()
    assert endpoint.is_active is False and endpoint.disabled_at is not None
    delivery = await WebhookDelivery.get()
    log = await gql(client, "{ webhooks(first: 5) { edges { node { isActive deliveries(first: 5) { edges { node { id status attempts lastStatusCode event } } } } } } }", token=admin)
    entry = log["data"]["webhooks"]["edges"][0]["node"]["deliveries"]["edges"][0]["node"]
    assert entry["lastStatusCode"] == 500 and entry["attempts"] == 1 and entry["event"] == "employee.hired"
    await dispatcher.run_once()
    assert len(receiver.received) == 1  # nothing more goes to a disabled endpoint
    enabled = await gql(client, "mutation($id: ID!) { webhookUpdate(input: {id: $id, isActive: true}) { webhook { isActive } } }",
                        {"id": to_global_id("Webhook", endpoint.id)}, token=admin)
    assert enabled["data"]["webhookUpdate"]["webhook"]["isActive"] is True
    retried = await gql(client, "mutation($id: ID!) { webhookDeliveryRetry(input: {id: $id}) { delivery { status } errors { code } } }",
                        {"id": to_global_id("WebhookDelivery", delivery.id)}, token=admin)
    assert retried["data"]["webhookDeliveryRetry"]["delivery"]["status"] == "PENDING"
    await dispatcher.run_once()
    assert (await WebhookDelivery.get()).status == DeliveryStatus.SUCCEEDED and len(receiver.received) == 2


async def test_two_dispatchers_deliver_each_event_once(client, receiver, dispatcher):
    admin = token_for(await make_user("admin"))
    await _register(client, admin, receiver.url, ["employee.hired"])
    await gql(client, HIRE, token=admin)
    other = WebhookDispatcher(make_renderer(build_schema()), backoff_seconds=0)
    try:
        await asyncio.gather(dispatcher.run_once(), other.run_once())
    finally:
        await other.http.aclose()
    assert len(receiver.received) == 1 and await WebhookDelivery.all().count() == 1


async def test_bad_registrations_are_named_and_only_managers_may_register(client, receiver):
    admin = token_for(await make_user("admin"))
    result = await gql(client, CREATE, {"input": {"url": "ftp://x", "events": ["employee.exploded"],
                                                  "document": "query { viewer { email } }"}}, token=admin)
    assert {e["field"] for e in result["data"]["webhookCreate"]["errors"]} == {"url", "events", "document"}
    refused = await gql(client, CREATE, {"input": {"url": receiver.url, "events": ["employee.hired"], "document": DOCUMENT}},
                        token=token_for(await make_user("hr_manager")))
    assert error_codes(refused) == ["FORBIDDEN"] and await WebhookEndpoint.all().count() == 0


async def test_a_subscription_over_plain_http_is_refused_with_a_pointer_to_the_websocket(client):
    token = token_for(await make_user("admin"))
    result = await gql(client, DOCUMENT, token=token)
    assert error_codes(result) == ["BAD_USER_INPUT"] and "WebSocket" in result["errors"][0]["message"]


async def test_a_webhook_hears_of_a_signed_contract_with_what_its_owner_may_see(client, receiver, dispatcher):
    from tests.contracts.helpers import make_library, signed_contract
    from tests.roles import build_world

    world = await build_world()
    document = "subscription { event { name contract { number status latestVersion { payTerms { monthlyBase } } } } }"
    _, secret = await _register(client, world.tokens["admin"], receiver.url, ["contract.signed"], document=document)
    await signed_contract(client, world.tokens, world.h1, await make_library())
    await dispatcher.run_once()
    ((headers, body),) = receiver.received
    signing.verify(secret, headers["x-hrgraph-signature"], body)
    payload = json.loads(body)
    assert "errors" not in payload, payload
    contract = payload["data"]["event"]["contract"]
    assert contract["status"] == "ACTIVE" and contract["latestVersion"]["payTerms"]["monthlyBase"] == "8000.00"
