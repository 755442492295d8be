"""Each trigger kind at its threshold, only among people at work, and its parameters checked."""

from datetime import date, timedelta

import pytest

from backend.errors import ValidationFailed
from backend.models.alerts import AlertKind, Severity
from backend.models.automation import TriggerKind
from backend.models.employees import EmployeeStatus
from backend.models.training import EnrolmentStatus
from backend.resolvers.alerts import raise_alert
from backend.resolvers.automation import triggers
from tests.automation.helpers import completed, contract, score
from tests.factories import make_employee

DAY = date(2026, 6, 1)


async def test_risk_above_matches_at_the_threshold_and_above_never_below_nor_people_who_left():
    at, above, below = await make_employee(), await make_employee(), await make_employee()
    gone = await make_employee(status=EmployeeStatus.LEFT, left_on=date(2026, 5, 1))
    leaving = await make_employee(status=EmployeeStatus.LEAVING)
    for person, value in ((at, 0.6), (above, 0.93), (below, 0.5999), (gone, 0.95), (leaving, 0.9)):
        await score(person, value)
    found = await triggers.match(TriggerKind.RISK_ABOVE, {"threshold": 0.6}, DAY)
    assert set(found) == {at.id, above.id}
    assert found[at.id] == {"score": 0.6, "band": "high"}


async def test_few_trainings_counts_completions_in_the_last_months_only():
    one, two, old, cancelled, none = [await make_employee() for _ in range(5)]
    await completed(one, DAY - timedelta(days=30))
    for person in (two, two):
        await completed(person, DAY - timedelta(days=100))
    await completed(old, DAY - timedelta(days=10))
    await completed(old, date(2025, 5, 31))  # 12 months and a day before: too old
    await completed(cancelled, DAY - timedelta(days=5), status=EnrolmentStatus.CANCELLED)
    await completed(cancelled, DAY - timedelta(days=5))
    await completed(none, DAY + timedelta(days=1))  # after the day: not yet
    found = await triggers.match(TriggerKind.FEW_TRAININGS, {"minimum": 2}, DAY)
    assert set(found) == {one.id, old.id, cancelled.id, none.id}
    assert found[one.id] == {"completed": 1, "minimum": 2, "since": "2025-06-01"}
    assert found[none.id]["completed"] == 0
    assert set(await triggers.match(TriggerKind.FEW_TRAININGS, {"minimum": 1, "months": 24}, DAY)) == {none.id}


async def test_contract_expiring_matches_contracts_in_force_ending_within_the_days_and_not_renewed_ones():
    edge, beyond, past, renewed, draft, open_ended = [await make_employee() for _ in range(6)]
    await contract(edge, DAY + timedelta(days=30), number="C-EDGE")
    await contract(beyond, DAY + timedelta(days=31), number="C-BEYOND")
    await contract(past, DAY - timedelta(days=1), number="C-PAST")
    old = await contract(renewed, DAY + timedelta(days=5), number="C-OLD")
    await contract(renewed, DAY + timedelta(days=400), number="C-NEW", status="pending_signature", predecessor_id=old.id)
    await contract(draft, DAY + timedelta(days=5), number="C-DRAFT", status="draft")
    await contract(open_ended, None, number="C-OPEN")
    found = await triggers.match(TriggerKind.CONTRACT_EXPIRING, {"days": 30}, DAY)
    assert set(found) == {edge.id}
    assert found[edge.id]["daysLeft"] == 30 and found[edge.id]["contractNumber"] == "C-EDGE"


async def test_alert_raised_matches_open_alerts_of_the_kind_about_an_employee():
    flagged, resolved, other_kind = [await make_employee() for _ in range(3)]
    await raise_alert(kind=AlertKind.TRAFFIC_ANOMALY, severity=Severity.WARNING, message="m", dedup_key="a1",
                      employee_id=flagged.id)
    await raise_alert(kind=AlertKind.TRAFFIC_ANOMALY, severity=Severity.WARNING, message="m", dedup_key="a2",
                      employee_id=flagged.id)
    done, _ = await raise_alert(kind=AlertKind.TRAFFIC_ANOMALY, severity=Severity.WARNING, message="m", dedup_key="a3",
                                employee_id=resolved.id)
    done.resolved_at = done.created_at
    await done.save()
    await raise_alert(kind=AlertKind.CONTRACT_EXPIRING, severity=Severity.WARNING, message="m", dedup_key="a4",
                      employee_id=other_kind.id)
    await raise_alert(kind=AlertKind.TRAFFIC_ANOMALY, severity=Severity.WARNING, message="team", dedup_key="a5", team_id=1)
    found = await triggers.match(TriggerKind.ALERT_RAISED, {"kind": "TRAFFIC_ANOMALY"}, DAY)
    assert set(found) == {flagged.id}
    assert found[flagged.id]["openAlerts"] == 2


async def test_a_past_day_reads_history_people_employed_then_and_contracts_in_force_then():
    left_since = await make_employee(status=EmployeeStatus.LEFT, left_on=date(2026, 3, 1))
    not_yet = await make_employee(hired_on=date(2026, 2, 1))
    await contract(left_since, date(2026, 1, 20), number="C-H1", status="expired")
    await contract(not_yet, date(2026, 1, 20), number="C-H2", starts_on=date(2026, 2, 1))
    found = await triggers.match(TriggerKind.CONTRACT_EXPIRING, {"days": 30}, date(2026, 1, 1), history=True)
    assert set(found) == {left_since.id}
    # Read as it is now instead: the leaver is gone, the later hire's contract is in force.
    assert set(await triggers.match(TriggerKind.CONTRACT_EXPIRING, {"days": 30}, date(2026, 1, 1))) == {not_yet.id}


@pytest.mark.parametrize(("kind", "params", "fields"), [
    ("RISK_ABOVE", {}, ["triggerParams.threshold"]),
    ("RISK_ABOVE", {"threshold": 1.5}, ["triggerParams.threshold"]),
    ("RISK_ABOVE", {"threshold": "high"}, ["triggerParams.threshold"]),
    ("FEW_TRAININGS", {"minimum": 0, "months": 2.5}, ["triggerParams.minimum", "triggerParams.months"]),
    ("FEW_TRAININGS", {"minimum": 2, "weeks": 3}, ["triggerParams.weeks"]),
    ("CONTRACT_EXPIRING", {"days": True}, ["triggerParams.days"]),
    ("ALERT_RAISED", {"kind": "AUTOMATION"}, ["triggerParams.kind"]),
    ("ALERT_RAISED", {"kind": "NOPE"}, ["triggerParams.kind"]),
])
def test_bad_parameters_are_refused_naming_each_field(kind, params, fields):
    with pytest.raises(ValidationFailed) as refused:
        triggers.validate_params(TriggerKind(kind), params)
    assert sorted(e.field for e in refused.value.errors) == sorted(fields)
    assert all(e.message for e in refused.value.errors)


def test_defaults_are_filled_in():
    assert triggers.validate_params(TriggerKind.FEW_TRAININGS, {"minimum": 2}) == {"minimum": 2, "months": 12}
