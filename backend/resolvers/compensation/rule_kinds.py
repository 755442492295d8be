"""The six kinds of commission rule. Each checks itself (`problems`) and pays one line given the
month's inputs, its share of the month and what the lines before it sum to (see `rules.py` for
the order they apply in and the plan format)."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import ClassVar

from backend.i18n import Message
from backend.resolvers.compensation.plan_basics import (
    BASES, HUNDRED, TIER_MODES, WHOLE_MONTH, ZERO, Line, MonthInputs, Problems, Share, fen, money, number, pct,
)


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
            yield "mode", Message("must be flat or progressive, not {value!r}", value=self.mode)
        if not self.tiers:
            yield "tiers", "needs at least one tier"
            return
        if self.tiers[0].from_amount != 0:
            yield "tiers.0.from_amount", Message("the first tier must start at 0, or a GMV below {amount} is in no tier",
                                                 amount=money(self.tiers[0].from_amount))
        for i, tier in enumerate(self.tiers):
            yield from _prefixed(f"tiers.{i}", itertools.chain(_money("from_amount", tier.from_amount),
                                                               _percent("percent", tier.percent)))
            if i and tier.from_amount <= self.tiers[i - 1].from_amount:
                yield f"tiers.{i}.from_amount", Message("must be above the previous tier's {amount}",
                                                        amount=money(self.tiers[i - 1].from_amount))

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
            yield "basis", Message("must be one of {choices}, not {value!r}", choices=", ".join(BASES), value=self.basis)
        if not self.rungs:
            yield "rungs", "needs at least one rung"
            return
        for i, rung in enumerate(self.rungs):
            yield from _prefixed(f"rungs.{i}", rung.problems())
        if any(self.rungs[0].minimums):
            needs = ", ".join(need for _, _, need in self._checks(self.rungs[0], MonthInputs(), WHOLE_MONTH))
            yield "rungs.0", Message("the first rung needs {needs}: a month short of any of these would match no rung; "
                                     "start with a base rung whose minimums are all 0 (it may pay 0%)", needs=needs)
        for i in range(1, len(self.rungs)):
            yield from self._ordered(i)

    def _ordered(self, i: int) -> Problems:
        lower, upper = self.rungs[i - 1], self.rungs[i]
        for name, low, high in zip(MINIMUMS, lower.minimums, upper.minimums):
            if high < low:
                yield f"rungs.{i}.{name}", Message("is below the previous rung's {low}: a month could qualify for both with neither "
                                                   "above the other; ask at least as much as the previous rung in every minimum",
                                                   low=number(low))
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
