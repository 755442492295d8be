"""payroll.locked reaches webhooks, resolved with each subscriber's own permissions."""

import json
from datetime import date

from backend.auth import SYSTEM
from backend.resolvers.alerts import signing
from backend.resolvers.compensation import payroll
from tests.alerts.test_webhooks import _register, dispatcher, receiver  # noqa: F401 (fixtures)
from tests.factories import make_partner, partner_token
from tests.roles import build_world

DOCUMENT = "subscription { event { name payrollRun { month status payslipCount totalGross } } }"


async def test_a_locked_run_reaches_an_admins_webhook_with_its_totals_and_a_partners_without(client, receiver, dispatcher):  # noqa: F811
    world = await build_world()
    _, secret = await _register(client, world.tokens["admin"], receiver.url, ["payroll.locked"], document=DOCUMENT)
    partner = partner_token(await make_partner([world.h2], scopes=("employees:read", "webhooks:manage")),
                            scope="employees:read webhooks:manage")
    await _register(client, partner, receiver.url + "?partner", ["payroll.locked"], document=DOCUMENT)
    run = await payroll.create_run(viewer=SYSTEM, month=date(2026, 11, 1))
    await payroll.lock_run(viewer=SYSTEM, run_id=run.id)
    await dispatcher.run_once()
    assert len(receiver.received) == 2
    by_owner = {}
    for headers, body in receiver.received:
        by_owner[json.loads(body)["data"]["event"]["payrollRun"] is not None] = (headers, body)
    headers, body = by_owner[True]
    signing.verify(secret, headers["x-hrgraph-signature"], body)
    assert json.loads(body)["data"]["event"] == {"name": "payroll.locked", "payrollRun": {
        "month": "2026-11-01", "status": "LOCKED", "payslipCount": 4, "totalGross": "32000.00"}}
    assert json.loads(by_owner[False][1])["data"]["event"] == {"name": "payroll.locked", "payrollRun": None}
