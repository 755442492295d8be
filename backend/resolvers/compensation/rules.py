"""Commission plans as data: rules anyone can read, evaluated with the working shown.

A plan is stored as JSON and edited in the console:

    {"version": 1, "rules": [
        {"kind": "gift_share", "host_percent": "45"},
        {"kind": "gmv_tiers", "mode": "progressive",
         "tiers": [{"from_amount": "0", "percent": "3"}, {"from_amount": "100000.00", "percent": "5"}]},
        {"kind": "ladder", "basis": "gmv", "rungs": [
            {"min_live_days": 0, "min_hours": "0", "min_revenue": "0", "percent": "0"},
            {"min_live_days": 20, "min_hours": "80", "min_revenue": "50000.00", "bonus_amount": "1000.00"}]},
        {"kind": "team_incentive", "min_team_growth_percent": "10", "bonus_percent": "5"},
        {"kind": "cap", "amount": "50000.00"},
        {"kind": "minimum_guarantee", "amount": "3000.00"}]}

Numbers are strings or integers, never JSON floats (a float is not exact; `Plan.from_dict`
refuses one). Percents are 0-100 ("45" is 45 %). A plan has at most one rule of each kind.
Error paths count from 0, like the JSON arrays; explanations count rungs and tiers from 1.

Order of application, whatever the order of the rules in the plan (`ORDER`):
1. earnings: gift share, GMV tiers, ladder; each a line on the month's inputs;
2. team incentive: +Y % of the earnings (so it is a bonus on commission, not on the cap);
3. cap: cuts everything above it, the incentive included;
4. minimum guarantee: last, so a host is never paid below it (a cap below the guarantee is refused).

Rounding: gift revenue and GMV are rounded to the fen on entry, so the working shown can be
redone from the numbers printed; each line is computed exactly and rounded once, half up, to
the fen; the cap and guarantee lines are worked out from the sum of the rounded lines before
them. The lines therefore always sum exactly to the total.

The ladder pays its highest qualifying rung (every minimum met). Rungs must go up in every
minimum and strictly in at least one, so the rungs a month qualifies for are always the first
few and "highest" is never ambiguous; the first rung must ask for nothing (a base rung, which may
pay 0 %), so no month falls through. There is no silent "no rung" outcome: a plan without a
base rung is refused, with the ranges it would leave uncovered.

Effective dating and who gets which plan: `assignments.py`. The rule kinds: `rule_kinds.py`;
rounding, shares of a month, inputs and lines: `plan_basics.py`. This module reads and writes
the JSON and evaluates a plan.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Mapping
from dataclasses import dataclass, fields
from decimal import Decimal, InvalidOperation

from backend.i18n import Message
from backend.resolvers.compensation.plan_basics import (  # noqa: F401  (re-exported: the plan's vocabulary)
    FEN, FORMAT_VERSION, ORDER, WHOLE_MONTH, ZERO, InvalidPlan, Line, MonthInputs, PlanError, Result, Share, fen, money,
    number, pct,
)
from backend.resolvers.compensation.rule_kinds import (  # noqa: F401
    RULE_TYPES, Cap, GiftShare, GmvTiers, Ladder, MinimumGuarantee, Rule, Rung, TeamIncentive, Tier,
)


@dataclass(frozen=True)
class Plan:
    rules: tuple[Rule, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "rules", tuple(self.rules))

    @classmethod
    def from_dict(cls, data: Mapping) -> Plan:
        """The plan in `data`, or InvalidPlan listing every malformed value (rules are checked by validate)."""
        errors: list[PlanError] = []
        rules = _read_rules(data, errors)
        if errors:
            raise InvalidPlan(errors)
        return cls(tuple(rules))

    def to_dict(self) -> dict:
        return {"version": FORMAT_VERSION, "rules": [_write(rule) for rule in self.rules]}

    def rule(self, kind: str) -> Rule | None:
        return next((rule for rule in self.rules if rule.kind == kind), None)

    def validate(self) -> list[PlanError]:
        # A plan is immutable: check it once (a payroll evaluates one plan for thousands of hosts).
        if "_errors" not in self.__dict__:
            object.__setattr__(self, "_errors", self._problems())
        return list(self.__dict__["_errors"])

    def _problems(self) -> list[PlanError]:
        errors = [] if self.rules else [PlanError("rules", "a plan needs at least one rule")]
        first: dict[str, int] = {}
        for i, rule in enumerate(self.rules):
            if rule.kind in first:
                errors.append(PlanError(f"rules.{i}.kind", Message("a plan has one {kind} rule at most (rules.{first} is one)",
                                                                   kind=rule.kind, first=first[rule.kind])))
            first.setdefault(rule.kind, i)
            errors += [PlanError(f"rules.{i}.{path}", message) for path, message in rule.problems()]
        cap, guarantee = self.rule("cap"), self.rule("minimum_guarantee")
        if cap and guarantee and cap.amount < guarantee.amount:
            errors.append(PlanError(f"rules.{first['cap']}.amount",
                                    Message("the cap {cap} is below the minimum guarantee {guarantee}", cap=money(cap.amount),
                                            guarantee=money(guarantee.amount))))
        return errors


# Reading and writing the JSON shape: the dataclass fields are the keys.


def _read_rules(data, errors: list[PlanError]) -> list[Rule]:
    if not isinstance(data, Mapping):
        errors.append(PlanError("", "a plan must be an object with a list of rules"))
        return []
    if data.get("version", FORMAT_VERSION) != FORMAT_VERSION:
        errors.append(PlanError("version", Message("must be {version}", version=FORMAT_VERSION)))
    errors += [PlanError(key, "is not part of a plan") for key in sorted(set(data) - {"version", "rules"})]
    if not isinstance(data.get("rules"), list):
        errors.append(PlanError("rules", "must be a list of rules"))
        return []
    rules = []
    for i, raw in enumerate(data["rules"]):
        kind = raw.get("kind") if isinstance(raw, Mapping) else None
        if kind not in RULE_TYPES:
            errors.append(PlanError(f"rules.{i}.kind", Message("must be one of {choices}", choices=", ".join(RULE_TYPES))))
            continue
        rules.append(_read(RULE_TYPES[kind], raw, f"rules.{i}", errors))
    return rules


def _read(cls, raw, path: str, errors: list[PlanError]):
    if not isinstance(raw, Mapping):
        errors.append(PlanError(path, "must be an object"))
        return None
    hints, before = typing.get_type_hints(cls), len(errors)
    allowed = {f.name for f in fields(cls)} | ({"kind"} if hasattr(cls, "kind") else set())
    errors += [PlanError(f"{path}.{key}", "is not a setting here") for key in sorted(set(raw) - allowed)]
    values = {}
    for f in fields(cls):
        if f.name in raw:
            values[f.name] = _read_value(hints[f.name], raw[f.name], f"{path}.{f.name}", errors)
        elif f.default is dataclasses.MISSING:
            errors.append(PlanError(f"{path}.{f.name}", "is required"))
    return cls(**values) if len(errors) == before else None


def _read_value(hint, raw, where: str, errors: list[PlanError]):
    if typing.get_origin(hint) is tuple:
        if not isinstance(raw, list):
            errors.append(PlanError(where, "must be a list"))
            return ()
        return tuple(_read(typing.get_args(hint)[0], item, f"{where}.{i}", errors) for i, item in enumerate(raw))
    if type(None) in typing.get_args(hint):
        if raw is None:
            return None
        hint = next(arg for arg in typing.get_args(hint) if arg is not type(None))
    if hint is Decimal:
        return _read_decimal(raw, where, errors)
    if not isinstance(raw, hint) or isinstance(raw, bool):
        errors.append(PlanError(where, "must be a whole number" if hint is int else "must be text"))
    return raw


def _read_decimal(raw, where: str, errors: list[PlanError]) -> Decimal:
    if isinstance(raw, float):
        errors.append(PlanError(where, 'write decimals as strings ("45.5"): a JSON float is not exact'))
        return ZERO
    try:
        value = Decimal(raw) if isinstance(raw, (int, str, Decimal)) and not isinstance(raw, bool) else None
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite():
        errors.append(PlanError(where, Message("must be a number, not {raw!r}", raw=raw)))
        return ZERO
    return value


def _write(obj) -> dict:
    out = {"kind": obj.kind} if hasattr(obj, "kind") else {}
    for f in fields(obj):
        value = getattr(obj, f.name)
        if isinstance(value, tuple):
            out[f.name] = [_write(item) for item in value]
        elif value is not None:
            out[f.name] = format(value, "f") if isinstance(value, Decimal) else value
    return out


# Evaluation


def evaluate(*, plan: Plan, inputs: MonthInputs, share: Share = WHOLE_MONTH) -> Result:
    """The plan's pay for one host's month (or a sub-period's share of it), line by line in ORDER."""
    errors = plan.validate()
    if errors:
        raise InvalidPlan(errors)
    inputs, lines = inputs.in_fen(), []
    for kind in ORDER:
        rule = plan.rule(kind)
        if rule is not None:
            lines.append(rule.line(inputs, share, sum((line.amount for line in lines), ZERO)))
    return Result(sum((line.amount for line in lines), ZERO), tuple(lines))


@dataclass(frozen=True)
class Preview:
    result: Result | None  # None when the plan has errors
    errors: tuple[PlanError, ...]


def preview(*, plan: Plan | Mapping, inputs: MonthInputs) -> Preview:
    """What a plan (or its unsaved JSON) would pay, or why it cannot be saved; nothing is stored."""
    try:
        parsed = plan if isinstance(plan, Plan) else Plan.from_dict(plan)
    except InvalidPlan as exc:
        return Preview(None, tuple(exc.errors))
    errors = parsed.validate()
    return Preview(None, tuple(errors)) if errors else Preview(evaluate(plan=parsed, inputs=inputs), ())
