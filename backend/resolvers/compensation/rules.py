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

Effective dating and who gets which plan: `assignments.py`.
"""

from __future__ import annotations

import dataclasses
import itertools
import typing
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, fields, replace
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import ClassVar

FORMAT_VERSION = 1
FEN = Decimal("0.01")
ZERO = Decimal("0.00")
HUNDRED = Decimal(100)
ORDER = ("gift_share", "gmv_tiers", "ladder", "team_incentive", "cap", "minimum_guarantee")
BASES = {"gift_revenue": "gift revenue", "gmv": "GMV", "revenue": "revenue"}  # revenue = gift revenue + GMV
TIER_MODES = ("flat", "progressive")

Problems = Iterator[tuple[str, str]]  # (path inside the rule, message)


def fen(amount) -> Decimal:
    """The one rounding of pay: to the fen, half up (0.005 -> 0.01)."""
    return Decimal(amount).quantize(FEN, rounding=ROUND_HALF_UP)


def money(amount) -> str:
    return f"{fen(amount):,.2f}"


def number(value) -> str:
    """A count, hours or percent as written: 45, 33.333, 90.5, 1,200."""
    return f"{Decimal(value).normalize():,f}"


def pct(value) -> str:
    return f"{number(value)}%"


@dataclass(frozen=True)
class Share:
    """The part of a month a sub-period covers. Comparisons with scaled thresholds cross-multiply,
    so they stay exact (nothing like 20 x 16/30 is rounded before comparing)."""

    days: int = 1
    of_days: int = 1

    def __post_init__(self) -> None:
        if not 0 < self.days <= self.of_days:
            raise ValueError(f"a share of a month is 1 to {self.of_days} days, not {self.days}")

    @property
    def whole(self) -> bool:
        return self.days == self.of_days

    def reaches(self, value, monthly) -> bool:
        return value * self.of_days >= monthly * self.days

    def amount(self, monthly: Decimal) -> Decimal:
        return fen(monthly * self.days / self.of_days)

    def show(self, monthly, fmt=money) -> str:
        return fmt(monthly) if self.whole else f"{fmt(monthly)} x {self.days}/{self.of_days}"

    def show_amount(self, monthly: Decimal) -> str:
        return self.show(monthly) if self.whole else f"{self.show(monthly)} = {money(self.amount(monthly))}"


WHOLE_MONTH = Share()


@dataclass(frozen=True)
class PlanError:
    path: str  # "rules.2.rungs.1.min_revenue": zero-based indexes into the plan's JSON
    message: str


class InvalidPlan(ValueError):
    def __init__(self, errors: Iterable[PlanError]) -> None:
        self.errors = list(errors)
        super().__init__("; ".join(f"{e.path}: {e.message}" for e in self.errors))


@dataclass(frozen=True)
class MonthInputs:
    """A host's month (or sub-period): money in yuan, team growth in % over the previous month."""

    gift_revenue: Decimal = ZERO
    gmv: Decimal = ZERO
    live_days: int = 0
    live_hours: Decimal = ZERO
    team_growth_percent: Decimal | None = None  # None: unknown (no previous month)

    def __post_init__(self) -> None:
        for name, value in dataclasses.asdict(self).items():
            if isinstance(value, float):
                raise TypeError(f"{name} must be a Decimal or an int, not a float")
            if name != "team_growth_percent" and value < 0:
                raise ValueError(f"{name} must not be negative")

    def amount_of(self, basis: str) -> Decimal:
        return {"gift_revenue": self.gift_revenue, "gmv": self.gmv, "revenue": self.gift_revenue + self.gmv}[basis]

    def in_fen(self) -> MonthInputs:
        return replace(self, gift_revenue=fen(self.gift_revenue), gmv=fen(self.gmv))


@dataclass(frozen=True)
class Line:
    rule: str  # the rule's kind
    amount: Decimal
    explanation: str


@dataclass(frozen=True)
class Result:
    total: Decimal
    lines: tuple[Line, ...]


def _percent(name: str, value: Decimal) -> Problems:
    if not 0 <= value <= 100:
        yield name, f"must be a percent from 0 to 100, not {number(value)}"


def _money(name: str, value: Decimal) -> Problems:
    if value < 0:
        yield name, f"must not be negative, not {number(value)}"
    elif value != fen(value):
        yield name, f"must be in whole fen (0.01), not {number(value)}"


def _prefixed(prefix: str, problems: Iterable[tuple[str, str]]) -> Problems:
    for path, message in problems:
        yield f"{prefix}.{path}", message


# The rules. Each checks itself (problems) and pays one line given what the lines before it sum to.


@dataclass(frozen=True)
class GiftShare:
    """The host's share of gift revenue; the agency keeps the rest."""

    kind: ClassVar[str] = "gift_share"
    host_percent: Decimal

    def problems(self) -> Problems:
        yield from _percent("host_percent", self.host_percent)

    def line(self, inputs: MonthInputs, share: Share, so_far: Decimal) -> Line:
        amount = fen(inputs.gift_revenue * self.host_percent / HUNDRED)
        return Line(self.kind, amount,
                    f"gift revenue {money(inputs.gift_revenue)} x {pct(self.host_percent)} host share -> {money(amount)}")


@dataclass(frozen=True)
class Tier:
    from_amount: Decimal  # included: a GMV of exactly from_amount is in this tier
    percent: Decimal


@dataclass(frozen=True)
class GmvTiers:
    """Commission on GMV. flat: all of it at the rate of the tier it reaches (one fen across a bound
    changes the rate of the whole); progressive: each slice at its tier's rate, like tax brackets."""

    kind: ClassVar[str] = "gmv_tiers"
    mode: str
    tiers: tuple[Tier, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "tiers", tuple(self.tiers))

    def problems(self) -> Problems:
        if self.mode not in TIER_MODES:
            yield "mode", f"must be flat or progressive, not {self.mode!r}"
        if not self.tiers:
            yield "tiers", "needs at least one tier"
            return
        if self.tiers[0].from_amount != 0:
            yield "tiers.0.from_amount", f"the first tier must start at 0, or a GMV below {money(self.tiers[0].from_amount)} is in no tier"
        for i, tier in enumerate(self.tiers):
            yield from _prefixed(f"tiers.{i}", itertools.chain(_money("from_amount", tier.from_amount),
                                                               _percent("percent", tier.percent)))
            if i and tier.from_amount <= self.tiers[i - 1].from_amount:
                yield f"tiers.{i}.from_amount", f"must be above the previous tier's {money(self.tiers[i - 1].from_amount)}"

    def line(self, inputs: MonthInputs, share: Share, so_far: Decimal) -> Line:
        return self._flat(inputs.gmv, share) if self.mode == "flat" else self._progressive(inputs.gmv, share)

    def _flat(self, gmv: Decimal, share: Share) -> Line:
        n = max(i for i, tier in enumerate(self.tiers) if share.reaches(gmv, tier.from_amount))
        tier = self.tiers[n]
        bounds = f"from {share.show(tier.from_amount)}"
        if n + 1 < len(self.tiers):
            bounds += f" below {share.show(self.tiers[n + 1].from_amount)}"
        amount = fen(gmv * tier.percent / HUNDRED)
        return Line(self.kind, amount, f"GMV {money(gmv)} in tier {n + 1} ({bounds}) -> {pct(tier.percent)} on all of it -> {money(amount)}")

    def _progressive(self, gmv: Decimal, share: Share) -> Line:
        scaled = gmv * share.of_days  # slices in units of GMV x of_days, so scaled bounds stay exact
        exact, slices = Decimal(0), []
        for i, tier in enumerate(self.tiers):
            top = self.tiers[i + 1].from_amount * share.days if i + 1 < len(self.tiers) else scaled
            width = min(scaled, top) - tier.from_amount * share.days
            if width <= 0:
                break
            exact += width * tier.percent
            slices.append(f"{money(width / share.of_days)} x {pct(tier.percent)}")
        amount = fen(exact / share.of_days / HUNDRED)
        scaling = "" if share.whole else f" (tier bounds x {share.days}/{share.of_days})"
        working = f" by slices{scaling}: {' + '.join(slices)}" if slices else ""
        return Line(self.kind, amount, f"GMV {money(gmv)}{working} -> {money(amount)}")


@dataclass(frozen=True)
class Rung:
    min_live_days: int = 0
    min_hours: Decimal = ZERO
    min_revenue: Decimal = ZERO  # of the ladder's basis
    percent: Decimal | None = None  # of the basis; or
    bonus_amount: Decimal | None = None  # a fixed amount for the month

    @property
    def minimums(self) -> tuple:
        return (self.min_live_days, self.min_hours, self.min_revenue)

    def problems(self) -> Problems:
        if self.min_live_days < 0:
            yield "min_live_days", "must not be negative"
        if self.min_hours < 0:
            yield "min_hours", "must not be negative"
        yield from _money("min_revenue", self.min_revenue)
        if (self.percent is None) == (self.bonus_amount is None):
            yield "percent", "give either a percent or a bonus_amount"
        if self.percent is not None:
            yield from _percent("percent", self.percent)
        if self.bonus_amount is not None:
            yield from _money("bonus_amount", self.bonus_amount)


MINIMUMS = ("min_live_days", "min_hours", "min_revenue")


@dataclass(frozen=True)
class Ladder:
    """A monthly ladder on several conditions at once: the highest rung whose minimums are all met pays."""

    kind: ClassVar[str] = "ladder"
    basis: str  # what min_revenue and percent apply to: gift_revenue | gmv | revenue (both)
    rungs: tuple[Rung, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "rungs", tuple(self.rungs))

    def problems(self) -> Problems:
        if self.basis not in BASES:
            yield "basis", f"must be one of {', '.join(BASES)}, not {self.basis!r}"
        if not self.rungs:
            yield "rungs", "needs at least one rung"
            return
        for i, rung in enumerate(self.rungs):
            yield from _prefixed(f"rungs.{i}", rung.problems())
        if any(self.rungs[0].minimums):
            needs = ", ".join(need for _, _, need in self._checks(self.rungs[0], MonthInputs(), WHOLE_MONTH))
            yield "rungs.0", (f"the first rung needs {needs}: a month short of any of these would match no rung; "
                              "start with a base rung whose minimums are all 0 (it may pay 0%)")
        for i in range(1, len(self.rungs)):
            yield from self._ordered(i)

    def _ordered(self, i: int) -> Problems:
        lower, upper = self.rungs[i - 1], self.rungs[i]
        for name, low, high in zip(MINIMUMS, lower.minimums, upper.minimums):
            if high < low:
                yield f"rungs.{i}.{name}", (f"is below the previous rung's {number(low)}: a month could qualify for both "
                                            "with neither above the other; ask at least as much as the previous rung in every minimum")
        if lower.minimums == upper.minimums:
            yield f"rungs.{i}", "asks exactly what the previous rung asks: raise at least one minimum"

    def _checks(self, rung: Rung, inputs: MonthInputs, share: Share) -> list[tuple[bool, str, str]]:
        """For each minimum the rung sets: (met, the working, what it needs)."""
        label, base = BASES.get(self.basis, "revenue"), inputs.amount_of(self.basis) if self.basis in BASES else ZERO
        rows = ((rung.min_revenue, base, f"{label} {money(base)}", label + " {}", money),
                (rung.min_live_days, inputs.live_days, f"{inputs.live_days} live days", "{} live days", number),
                (rung.min_hours, inputs.live_hours, f"{number(inputs.live_hours)} hours", "{} hours", number))
        return [(share.reaches(actual, minimum), f"{shown} >= {share.show(minimum, fmt)}", need.format(share.show(minimum, fmt)))
                for minimum, actual, shown, need, fmt in rows if minimum > 0]

    def line(self, inputs: MonthInputs, share: Share, so_far: Decimal) -> Line:
        n = max(i for i, rung in enumerate(self.rungs) if all(met for met, _, _ in self._checks(rung, inputs, share)))
        rung, base = self.rungs[n], inputs.amount_of(self.basis)
        if rung.percent is not None:
            amount = fen(base * rung.percent / HUNDRED)
            pay = pct(rung.percent) if rung.min_revenue else f"{BASES[self.basis]} {money(base)} x {pct(rung.percent)}"
        else:
            amount, pay = share.amount(rung.bonus_amount), f"bonus {share.show(rung.bonus_amount)}"
        met = ", ".join(working for _, working, _ in self._checks(rung, inputs, share)) or "no minimums"
        text = f"{met} -> rung {n + 1}, {pay} -> {money(amount)}"
        if n + 1 < len(self.rungs):
            missing = [need for met, _, need in self._checks(self.rungs[n + 1], inputs, share) if not met]
            text += f"; rung {n + 2} needs {', '.join(missing)}"
        return Line(self.kind, amount, text)


@dataclass(frozen=True)
class TeamIncentive:
    """+bonus_percent on the host's commission when the team's traffic (revenue) grew at least
    min_team_growth_percent over the previous month; unknown growth pays nothing."""

    kind: ClassVar[str] = "team_incentive"
    min_team_growth_percent: Decimal
    bonus_percent: Decimal

    def problems(self) -> Problems:
        yield from _percent("bonus_percent", self.bonus_percent)

    def line(self, inputs: MonthInputs, share: Share, so_far: Decimal) -> Line:
        growth, needed = inputs.team_growth_percent, self.min_team_growth_percent
        if growth is None:
            return Line(self.kind, ZERO, "team growth unknown (no previous month) -> no incentive -> 0.00")
        if growth < needed:
            return Line(self.kind, ZERO, f"team traffic grew {pct(growth)} < {pct(needed)} -> no incentive -> 0.00")
        amount = fen(so_far * self.bonus_percent / HUNDRED)
        return Line(self.kind, amount, f"team traffic grew {pct(growth)} >= {pct(needed)} -> "
                                       f"+{pct(self.bonus_percent)} on commission {money(so_far)} -> {money(amount)}")


@dataclass(frozen=True)
class Cap:
    kind: ClassVar[str] = "cap"
    amount: Decimal

    def problems(self) -> Problems:
        yield from _money("amount", self.amount)

    def line(self, inputs: MonthInputs, share: Share, so_far: Decimal) -> Line:
        limit = share.amount(self.amount)
        if so_far <= limit:
            return Line(self.kind, ZERO, f"commission {money(so_far)} within cap {share.show_amount(self.amount)} -> 0.00")
        return Line(self.kind, limit - so_far,
                    f"commission {money(so_far)} above cap {share.show_amount(self.amount)} -> {money(limit - so_far)}")


@dataclass(frozen=True)
class MinimumGuarantee:
    kind: ClassVar[str] = "minimum_guarantee"
    amount: Decimal

    def problems(self) -> Problems:
        yield from _money("amount", self.amount)

    def line(self, inputs: MonthInputs, share: Share, so_far: Decimal) -> Line:
        floor = share.amount(self.amount)
        if so_far >= floor:
            return Line(self.kind, ZERO, f"commission {money(so_far)} meets guarantee {share.show_amount(self.amount)} -> 0.00")
        return Line(self.kind, floor - so_far, f"commission {money(so_far)} below guarantee "
                                               f"{share.show_amount(self.amount)} -> topped up by {money(floor - so_far)}")


Rule = GiftShare | GmvTiers | Ladder | TeamIncentive | Cap | MinimumGuarantee
RULE_TYPES = {cls.kind: cls for cls in (GiftShare, GmvTiers, Ladder, TeamIncentive, Cap, MinimumGuarantee)}


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
        errors = [] if self.rules else [PlanError("rules", "a plan needs at least one rule")]
        first: dict[str, int] = {}
        for i, rule in enumerate(self.rules):
            if rule.kind in first:
                errors.append(PlanError(f"rules.{i}.kind", f"a plan has one {rule.kind} rule at most (rules.{first[rule.kind]} is one)"))
            first.setdefault(rule.kind, i)
            errors += [PlanError(f"rules.{i}.{path}", message) for path, message in rule.problems()]
        cap, guarantee = self.rule("cap"), self.rule("minimum_guarantee")
        if cap and guarantee and cap.amount < guarantee.amount:
            errors.append(PlanError(f"rules.{first['cap']}.amount",
                                    f"the cap {money(cap.amount)} is below the minimum guarantee {money(guarantee.amount)}"))
        return errors


# Reading and writing the JSON shape: the dataclass fields are the keys.


def _read_rules(data, errors: list[PlanError]) -> list[Rule]:
    if not isinstance(data, Mapping):
        errors.append(PlanError("", "a plan must be an object with a list of rules"))
        return []
    if data.get("version", FORMAT_VERSION) != FORMAT_VERSION:
        errors.append(PlanError("version", f"must be {FORMAT_VERSION}"))
    errors += [PlanError(key, "is not part of a plan") for key in sorted(set(data) - {"version", "rules"})]
    if not isinstance(data.get("rules"), list):
        errors.append(PlanError("rules", "must be a list of rules"))
        return []
    rules = []
    for i, raw in enumerate(data["rules"]):
        kind = raw.get("kind") if isinstance(raw, Mapping) else None
        if kind not in RULE_TYPES:
            errors.append(PlanError(f"rules.{i}.kind", f"must be one of {', '.join(RULE_TYPES)}"))
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
        errors.append(PlanError(where, f"must be a number, not {raw!r}"))
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
