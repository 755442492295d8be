"""The expiry scan: one CONTRACT_EXPIRING alert per contract, with what the renewal needs, whoever runs it how often."""

import asyncio
import os
import sys
from datetime import date, timedelta
from decimal import Decimal

from backend.models.alerts import Alert, DomainEvent
from backend.models.contracts import Contract
from backend.models.traffic import Platform, PlatformAccount, TrafficDay
from backend.resolvers.contracts import expiry
from tests.contracts.helpers import make_library, signed_contract
from tests.ops.test_cli import ROOT
from tests.roles import build_world

TODAY = date(2026, 12, 2)


async def _ending_contract(client, world, ends_on: date, employee=None) -> Contract:
    template = await make_library()
    # The staffer S is the HR manager's own record and has no team: the admin signs for the business.
    signers = ("hr_manager", "admin", "hr_manager") if employee is world.staff else ("employee", "team_lead", "hr_manager")
    await signed_contract(client, world.tokens, employee or world.h1, template, signers=signers, starts_on="2026-01-01",
                          ends_on=ends_on.isoformat())
    return await Contract.get(status="active")


async def test_a_host_contract_ending_within_thirty_days_raises_one_alert_with_three_months_of_traffic(client):
    world = await build_world()
    contract = await _ending_contract(client, world, TODAY + timedelta(days=30))
    account = await PlatformAccount.create(host=world.h1, platform=Platform.DOUYIN, handle="@h1", external_id="h1")
    for month, followers in ((9, 300), (10, 200), (11, -50)):
        await TrafficDay.create(account=account, day=date(2026, month, 10), host_id=world.h1.id, team_id=world.h1.team_id,
                                sessions=1, live_minutes=180, peak_viewers=900, viewer_minutes=50_000,
                                new_followers=followers, followers_end=9000, gift_revenue=Decimal("1234.50"),
                                gmv=Decimal("99.99"), orders=1, interactions=10)
    assert await expiry.scan(TODAY, 30) == {"expiring_alerts": 1, "expired": 0}
    alert = await Alert.get(kind="CONTRACT_EXPIRING")
    assert (alert.employee_id, alert.subject_type, alert.subject_id) == (world.h1.id, "contract", contract.id)
    assert alert.data["daysLeft"] == 30 and alert.data["contractNumber"] == contract.number
    assert [(m["month"], m["newFollowers"], m["giftRevenue"]) for m in alert.data["traffic"]] == [
        ("2026-09", 300, "1234.50"), ("2026-10", 200, "1234.50"), ("2026-11", -50, "1234.50")]
    assert "-50 followers" in alert.message
    assert await DomainEvent.filter(name="contract.expiring").count() == 1


async def test_a_contract_ending_in_31_days_waits_a_day_and_a_staff_one_says_no_review_is_on_record(client):
    world = await build_world()
    await _ending_contract(client, world, TODAY + timedelta(days=31), employee=world.staff)
    assert await expiry.scan(TODAY, 30) == {"expiring_alerts": 0, "expired": 0}
    assert await expiry.scan(TODAY + timedelta(days=1), 30) == {"expiring_alerts": 1, "expired": 0}
    alert = await Alert.get(kind="CONTRACT_EXPIRING")
    assert alert.data["lastReview"] is None and "traffic" not in alert.data


async def test_the_alert_carries_the_latest_final_review_score(client):
    from datetime import date
    from decimal import Decimal

    from backend.models.performance import CycleKind, CycleStatus, Review, ReviewCycle

    world = await build_world()
    await _ending_contract(client, world, TODAY + timedelta(days=10), employee=world.staff)
    for month, status, score in ((date(2026, 9, 1), CycleStatus.CLOSED, "71.50"), (date(2026, 10, 1), CycleStatus.CLOSED, "82.25"),
                                 (date(2026, 11, 1), CycleStatus.OPEN, "99.00")):
        cycle = await ReviewCycle.create(name=f"{month:%Y-%m}", kind=CycleKind.MONTHLY, period_start=month,
                                         period_end=month.replace(day=28), status=status)
        await Review.create(cycle=cycle, employee=world.staff, template_name="Staff", indicators=[], score=Decimal(score))
    await expiry.scan(TODAY, 30)
    alert = await Alert.get(kind="CONTRACT_EXPIRING")
    assert alert.data["lastReview"] == {"cycle": "2026-10", "periodStart": "2026-10-01", "score": "82.25"}


async def test_running_the_scan_twice_raises_nothing_new(client):
    world = await build_world()
    await _ending_contract(client, world, TODAY + timedelta(days=10))
    await expiry.scan(TODAY, 30)
    assert await expiry.scan(TODAY, 30) == {"expiring_alerts": 0, "expired": 0}
    assert await Alert.filter(kind="CONTRACT_EXPIRING").count() == 1


async def test_two_processes_scanning_at_once_raise_one_alert_and_one_event(client, database_url):
    world = await build_world()
    await _ending_contract(client, world, TODAY + timedelta(days=5))
    env = {**os.environ, "HRGRAPH_DATABASE_URL": database_url, "HRGRAPH_ENV": "development"}
    runs = [await asyncio.create_subprocess_exec(sys.executable, "-m", "backend.cli", "contracts", "scan", "--today",
                                                 TODAY.isoformat(), cwd=ROOT, env=env, stdout=asyncio.subprocess.PIPE,
                                                 stderr=asyncio.subprocess.PIPE) for _ in range(2)]
    outputs = [await run.communicate() for run in runs]
    assert all(run.returncode == 0 for run in runs), outputs
    assert await Alert.filter(kind="CONTRACT_EXPIRING").count() == 1
    assert await DomainEvent.filter(name="contract.expiring").count() == 1
    assert sorted(out.decode().split(":")[1].strip().split(" ")[0] for out, _ in outputs) == ["0", "1"]


async def test_contracts_past_their_end_expire(client):
    world = await build_world()
    await _ending_contract(client, world, TODAY - timedelta(days=1))
    assert await expiry.scan(TODAY, 30) == {"expiring_alerts": 0, "expired": 1}
    assert (await Contract.get()).status == "expired"


async def test_a_contract_already_renewed_is_not_alerted(client):
    from tests.contracts.helpers import RENEW, terms
    from tests.factories import gql

    world = await build_world()
    contract = await _ending_contract(client, world, TODAY + timedelta(days=20))
    renew = {"input": {"id": _gid(contract.id), "terms": terms(starts_on=str(contract.ends_on + timedelta(days=1)),
                                                               ends_on=str(contract.ends_on + timedelta(days=365)))}}
    assert (await gql(client, RENEW, renew, token=world.tokens["hr_manager"]))["data"]["contractRenew"]["errors"] == []
    assert await expiry.scan(TODAY, 30) == {"expiring_alerts": 0, "expired": 0}


def _gid(pk: int) -> str:
    from backend.graph.base import to_global_id

    return to_global_id("Contract", pk)
