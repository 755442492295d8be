"""A rule run twice (or by two runs at once) acts once; cooldown; a failure is all-or-nothing per
employee and logged in the run; a dry run writes nothing."""

import asyncio
from datetime import timedelta

from backend.models.alerts import Alert, DomainEvent
from backend.models.automation import AutomationAction, AutomationRun, HrTask
from backend.models.training import Enrolment
from backend.resolvers.automation import actions, runner
from tests.automation.helpers import TODAY, plan, rule, score
from tests.factories import make_employee, make_team

TWO_ACTIONS = [{"kind": "CREATE_TASK", "params": {"title": "Stay interview", "description": "", "dueDays": 7}},
               {"kind": "ALERT_MANAGER", "params": {"message": "{name} may leave", "severity": "warning"}}]


async def _three_at_risk():
    team = await make_team()
    people = [await make_employee(team) for _ in range(3)]
    for person in people:
        await score(person, 0.8)
    await score(await make_employee(team), 0.2)
    return people


async def _counts() -> dict[str, int]:
    return {"runs": await AutomationRun.all().count(), "actions": await AutomationAction.all().count(),
            "tasks": await HrTask.all().count(), "alerts": await Alert.all().count(),
            "events": await DomainEvent.all().count(), "enrolments": await Enrolment.all().count()}


async def test_a_rule_run_twice_acts_once():
    people = await _three_at_risk()
    r = await rule(actions=TWO_ACTIONS)
    first = await runner.run_rule(r, today=TODAY)
    assert (first.matched, first.acted, first.skipped, first.errors) == (3, 6, 0, [])
    second = await runner.run_rule(r, today=TODAY)
    assert (second.matched, second.acted, second.skipped, second.errors) == (3, 0, 6, [])
    assert await HrTask.all().count() == 3 and await Alert.filter(kind="AUTOMATION").count() == 3
    assert sorted(await AutomationAction.all().values_list("employee_id", flat=True)) == sorted(2 * [p.id for p in people])
    assert {a.run_id for a in await AutomationAction.all()} == {first.run.id}
    runs = await AutomationRun.all().order_by("id")
    assert [(x.matched, x.acted, x.skipped, x.error) for x in runs] == [(3, 6, 0, ""), (3, 0, 6, "")]
    assert all(x.finished_at for x in runs)


async def test_two_runs_at_once_act_once_even_when_both_get_past_the_check(monkeypatch):
    await _three_at_risk()
    r = await rule(actions=TWO_ACTIONS)
    both = await asyncio.gather(runner.run_rule(r, today=TODAY), runner.run_rule(r, today=TODAY))
    assert sum(x.acted for x in both) == 6 and sum(x.skipped for x in both) == 6
    # Now make every run blind to what was done: only the unique key stands between them and acting twice.
    monkeypatch.setattr(runner, "_existing_keys", _nothing)
    monkeypatch.setattr(runner.AutomationAction, "filter", _no_cooldown(runner.AutomationAction.filter))
    again = await asyncio.gather(runner.run_rule(r, today=TODAY), runner.run_rule(r, today=TODAY))
    assert [(x.acted, x.skipped, x.errors) for x in again] == [(0, 6, []), (0, 6, [])]
    assert await HrTask.all().count() == 3 and await AutomationAction.all().count() == 6
    assert await Alert.filter(kind="AUTOMATION").count() == 3


async def _nothing(keys):
    return set()


def _no_cooldown(original):
    def filter_(*args, **kwargs):
        if "acted_on__gt" in kwargs:
            kwargs["acted_on__gt"] = kwargs["acted_on__lte"]  # nobody is cooling down
        return original(*args, **kwargs)

    return filter_


async def test_cooldown_leaves_someone_alone_until_it_has_passed():
    (one, *_) = await _three_at_risk()
    r = await rule(cooldown_days=30)
    day = TODAY - timedelta(days=100)
    assert (await runner.run_rule(r, today=day)).acted == 3
    assert (await runner.run_rule(r, today=day + timedelta(days=10))).acted == 0
    assert (await runner.run_rule(r, today=day + timedelta(days=29))).skipped == 3
    later = await runner.run_rule(r, today=day + timedelta(days=30))
    assert (later.acted, later.skipped) == (3, 0)
    assert await HrTask.filter(employee_id=one.id).count() == 2


async def test_a_failing_action_rolls_back_that_employees_other_actions_and_the_run_logs_it(monkeypatch):
    good, bad, _ = await _three_at_risk()
    r = await rule(actions=TWO_ACTIONS)
    real = actions.perform

    async def perform(rule_, spec, subject, action, today):
        if subject.employee.id == bad.id and spec["kind"] == "ALERT_MANAGER":
            raise RuntimeError("the alert service is down")
        return await real(rule_, spec, subject, action, today)

    monkeypatch.setattr(actions, "perform", perform)
    report = await runner.run_rule(r, today=TODAY)
    assert (report.acted, report.skipped) == (4, 0)
    assert len(report.errors) == 1 and f"employee {bad.id}" in report.errors[0] and "the alert service is down" in report.errors[0]
    run = await AutomationRun.get(id=report.run.id)
    assert run.error == report.errors[0] and run.acted == 4
    assert await HrTask.filter(employee_id=bad.id).count() == 0  # its task was rolled back with the failed alert
    assert await AutomationAction.filter(employee_id=bad.id).count() == 0
    assert await HrTask.filter(employee_id=good.id).count() == 1

    monkeypatch.setattr(actions, "perform", real)
    retry = await runner.run_rule(r, today=TODAY)
    assert (retry.acted, retry.skipped, retry.errors) == (2, 4, [])
    assert await HrTask.filter(employee_id=bad.id).count() == 1


async def test_an_action_failing_in_the_database_is_logged_too():
    await _three_at_risk()
    doomed = await plan("LIV-9", name="Doomed")
    r = await rule(actions=[TWO_ACTIONS[0], {"kind": "ASSIGN_TRAINING_PLAN", "params": {"planId": doomed.id}}])
    await doomed.delete()  # the plan is gone after the rule was saved
    report = await runner.run_rule(r, today=TODAY)
    assert report.acted == 0 and len(report.errors) == 3
    assert await HrTask.all().count() == 0 and await AutomationAction.all().count() == 0
    assert (await AutomationRun.get()).error.count("\n") == 2


async def test_a_dry_run_reports_who_would_be_acted_on_and_writes_nothing():
    people = await _three_at_risk()
    r = await rule(actions=TWO_ACTIONS)
    before = await _counts()
    report = await runner.run_rule(r, today=TODAY, dry_run=True)
    assert await _counts() == before
    assert report.run is None and report.matched == 3
    assert sorted((p.employee_id, p.kind) for p in report.planned) == sorted(
        (p.id, kind) for p in people for kind in ("CREATE_TASK", "ALERT_MANAGER"))
    await runner.run_rule(r, today=TODAY)
    assert (await runner.run_rule(r, today=TODAY, dry_run=True)).planned == []


async def test_run_enabled_runs_only_enabled_rules_unless_one_is_asked_for():
    await _three_at_risk()
    on = await rule(name="on")
    off = await rule(name="off")
    off.enabled = False
    await off.save()
    assert [r.rule.id for r in await runner.run_enabled(today=TODAY)] == [on.id]
    assert [r.rule.id for r in await runner.run_enabled(today=TODAY, rule_id=off.id)] == [off.id]
    assert await runner.scheduled_run(TODAY) == {"rules": 1, "acted": 0, "skipped": 3, "errors": 0}
