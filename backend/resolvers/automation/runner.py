"""Running a rule on a day: who its trigger matches, what it has already done, and doing the rest once.

Idempotency is the database's: every (rule, action, employee, cooldown window) has one dedup key,
and `AutomationAction.dedup_key` is unique. The key's row is inserted before the action runs, in
the same transaction, so a second run, or a second process running at the same moment, fails
that insert and skips the action (counted in `skipped`) instead of acting twice. Keys known to
exist are skipped without trying, so a nightly run costs one query for everyone already done.

Cooldown: after acting on someone, a rule leaves them alone for `cooldown_days` (checked on the
last `acted_on`); the window number in the key (days since 0001-01-01 // cooldown) is what makes
two concurrent runs agree on "the same time".

All of one employee's actions commit together or not at all: if one fails, what the others wrote
for that employee is rolled back, the error goes in the run's log, and the run goes on with the
next employee. Nothing a rule does raises past the run.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, timedelta

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend.auth import now
from backend.errors import ValidationFailed
from backend.models.automation import ActionKind, AutomationAction, AutomationRule, AutomationRun, TriggerKind
from backend.resolvers.automation import actions, triggers
from backend.company_time import company_today

log = logging.getLogger("hrgraph.automation")
KEY_CHUNK = 500
MAX_LOGGED_ERRORS = 50


def dedup_key(rule_id: int, index: int, employee_id: int, today: date, cooldown_days: int) -> str:
    return f"{rule_id}:{index}:{employee_id}:{today.toordinal() // max(cooldown_days, 1)}"


@dataclass
class Planned:
    employee_id: int
    index: int
    kind: str
    key: str
    matched: dict


@dataclass
class RunReport:
    rule: AutomationRule
    run: AutomationRun | None  # None for a dry run, which writes nothing
    matched: int = 0
    acted: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)
    planned: list[Planned] = field(default_factory=list)  # a dry run: what it would do


async def _existing_keys(keys: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(keys), KEY_CHUNK):
        found.update(await AutomationAction.filter(dedup_key__in=keys[start:start + KEY_CHUNK]).values_list("dedup_key", flat=True))
    return found


async def plan(rule: AutomationRule, today: date) -> tuple[int, list[Planned], int]:
    """(matched, what is still to do, how many actions are skipped as done or cooling down)."""
    # A run as of a past day (the CLI's --today, the demo seed) reads the trigger's dated history.
    matches = await triggers.match(TriggerKind(rule.trigger_kind), rule.trigger_params, today,
                                   history=today < company_today())
    cooling = set(await AutomationAction.filter(
        rule_id=rule.id, acted_on__gt=today - timedelta(days=rule.cooldown_days), acted_on__lte=today,
    ).distinct().values_list("employee_id", flat=True)) if rule.cooldown_days > 0 else set()
    wanted = [Planned(employee, i, spec["kind"], dedup_key(rule.id, i, employee, today, rule.cooldown_days), numbers)
              for employee, numbers in sorted(matches.items()) for i, spec in enumerate(rule.actions)]
    done = await _existing_keys([p.key for p in wanted])
    todo = [p for p in wanted if p.key not in done and p.employee_id not in cooling]
    return len(matches), todo, len(wanted) - len(todo)


async def _act_on(rule: AutomationRule, run: AutomationRun, subject: actions.Subject, items: list[Planned],
                  today: date) -> tuple[int, int]:
    """One employee's actions in one transaction: (acted, skipped). Raises if any action fails."""
    acted = skipped = 0
    async with in_transaction():
        for item in items:
            try:
                async with in_transaction():  # a savepoint: a lost race fails this insert only
                    row = await AutomationAction.create(rule_id=rule.id, run_id=run.id, employee_id=item.employee_id,
                                                        kind=ActionKind(item.kind), dedup_key=item.key, acted_on=today,
                                                        result={"matched": item.matched})
            except IntegrityError:
                skipped += 1  # another run acted first
                continue
            spec = rule.actions[item.index]
            result = await actions.perform(rule, spec, subject, row, today)
            # The parameters as they were when it acted: the rule may be edited later.
            row.result = {"matched": item.matched, "params": spec.get("params", {}), **result}
            await row.save(update_fields=["result"])
            acted += 1
    return acted, skipped


async def run_rule(rule: AutomationRule, *, today: date, triggered_by: str = "schedule", dry_run: bool = False) -> RunReport:
    """Runs one rule as of `today`. A dry run reports what it would do and writes nothing."""
    report = RunReport(rule=rule, run=None)
    try:
        report.matched, todo, report.skipped = await plan(rule, today)
    except ValidationFailed as failure:  # stored parameters no longer valid (edited in the database)
        todo, report.errors = [], [f"The rule's trigger is invalid: {failure}"]
    if dry_run:
        report.planned = todo
        return report
    report.run = await AutomationRun.create(rule_id=rule.id, started_at=now(), triggered_by=triggered_by,
                                            matched=report.matched, skipped=report.skipped)
    by_employee: dict[int, list[Planned]] = {}
    for item in todo:
        by_employee.setdefault(item.employee_id, []).append(item)
    subjects = await actions.subjects_of(list(by_employee), {p.employee_id: p.matched for p in todo})
    for employee_id, items in by_employee.items():
        try:
            acted, skipped = await _act_on(rule, report.run, subjects[employee_id], items, today)
        except Exception as exc:  # noqa: BLE001 - one employee's failure is logged in the run, not raised
            log.warning("rule %s, employee %s: %s", rule.id, employee_id, exc, exc_info=True)
            kinds = ", ".join(i.kind for i in items)
            report.errors.append(f"employee {employee_id} ({kinds}): {type(exc).__name__}: {exc}")
            continue
        report.acted += acted
        report.skipped += skipped
    run = report.run
    run.finished_at, run.acted, run.skipped = now(), report.acted, report.skipped
    shown = report.errors[:MAX_LOGGED_ERRORS]
    more = len(report.errors) - len(shown)
    run.error = "\n".join(shown + ([f"... and {more} more"] if more else []))
    await run.save(update_fields=["finished_at", "acted", "skipped", "error"])
    return report


async def run_enabled(*, today: date, triggered_by: str = "schedule", rule_id: int | None = None,
                      dry_run: bool = False) -> list[RunReport]:
    """Every enabled rule (or the one asked for, enabled or not), in id order."""
    query = AutomationRule.filter(id=rule_id) if rule_id is not None else AutomationRule.filter(enabled=True)
    return [await run_rule(rule, today=today, triggered_by=triggered_by, dry_run=dry_run)
            for rule in await query.order_by("id")]


async def scheduled_run(today: date) -> dict[str, int]:
    """The daily job's summary line."""
    reports = await run_enabled(today=today)
    return {"rules": len(reports), "acted": sum(r.acted for r in reports), "skipped": sum(r.skipped for r in reports),
            "errors": sum(len(r.errors) for r in reports)}
