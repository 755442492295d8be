"""One employee's payslip for a month, line by line with the working shown. Pure: the payroll run
(`payroll.py`) loads the data and writes the result.

Lines, in order: base pay (prorated for joins and exits), each commission rule of the plan (or of
each plan, when the plan changes within the month), then adjustments. Every amount is already in
fen, so the payslip's total is exactly the sum of its lines.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from backend.resolvers.compensation.assignments import Assignment, Host, MonthSplit, evaluate_month, split_month
from backend.resolvers.compensation.inputs import HostTotals, period_totals
from backend.resolvers.compensation.proration import prorate_base_pay
from backend.resolvers.compensation.rules import ZERO, Plan, money

COMMISSION_KINDS = frozenset({"gift_share", "gmv_tiers", "ladder", "team_incentive", "cap", "minimum_guarantee", "no_plan"})


@dataclass(frozen=True)
class Staff:
    id: int
    team_id: int | None
    position_id: int | None
    hired_on: date
    left_on: date | None
    base_salary: Decimal | None
    is_host: bool

    @property
    def host(self) -> Host:
        return Host(self.id, self.team_id, self.position_id)


@dataclass(frozen=True)
class Adjustment:
    amount: Decimal
    reason: str
    corrects_period: date | None = None

    def explanation(self) -> str:
        corrects = f" (corrects {self.corrects_period:%Y-%m})" if self.corrects_period else ""
        return f"adjustment: {self.reason}{corrects} -> {money(self.amount)}"


@dataclass(frozen=True)
class PayLine:
    kind: str
    amount: Decimal
    explanation: str


@dataclass(frozen=True)
class Draft:
    employee_id: int
    lines: tuple[PayLine, ...]

    def total(self, kinds: frozenset[str] | None = None) -> Decimal:
        return sum((line.amount for line in self.lines if kinds is None or line.kind in kinds), ZERO)

    @property
    def base(self) -> Decimal:
        return self.total(frozenset({"base"}))

    @property
    def commission(self) -> Decimal:
        return self.total(COMMISSION_KINDS)

    @property
    def adjustments(self) -> Decimal:
        return self.total(frozenset({"adjustment"}))


def employed_assignments(staff: Staff, candidates: Sequence[Assignment]) -> list[Assignment]:
    """The assignments clipped to the days the person was employed: no plan pays (a guarantee
    above all) for days before they joined or after they left."""
    clipped = []
    for a in candidates:
        start = max(a.effective_from, staff.hired_on)
        end = min(d for d in (a.effective_to, staff.left_on) if d is not None) if (a.effective_to or staff.left_on) else None
        if end is None or start <= end:
            clipped.append(replace(a, effective_from=start, effective_to=end))
    return clipped


def _employed(staff: Staff, start: date, end: date) -> bool:
    return staff.hired_on <= end and (staff.left_on is None or staff.left_on >= start)


def split_for(staff: Staff, *, first: date, candidates: Sequence[Assignment]) -> MonthSplit:
    """The month's sub-periods for this person; more than one needs their traffic day by day."""
    return split_month(month=first, host=staff.host, assignments=employed_assignments(staff, candidates))


def commission_lines(staff: Staff, *, split: MonthSplit, plans: Mapping[int, Plan], month: HostTotals | None,
                     days: Mapping[date, HostTotals] | None, team_growth: Decimal | None) -> list[PayLine]:
    if len(split.periods) == 1:
        inputs = [(month or HostTotals()).inputs(team_growth)]
    else:
        inputs = [period_totals(days or {}, p.start, p.end).inputs(team_growth) for p in split.periods]
    result = evaluate_month(split=split, inputs=inputs, plans=plans)
    lines = []
    for part in result.parts:
        period = part.period
        if period.assignment is None and not _employed(staff, period.start, period.end):
            lines.append(PayLine("no_plan", ZERO, f"not employed {period.start}..{period.end} -> 0.00"))
            continue
        prefix = "" if len(result.parts) == 1 else f"{period.start}..{period.end}: "
        lines += [PayLine(line.rule, line.amount, prefix + line.explanation) for line in part.result.lines]
    return lines


def payslip(staff: Staff, *, first: date, last: date, candidates: Sequence[Assignment], plans: Mapping[int, Plan],
            month: HostTotals | None = None, days: Mapping[date, HostTotals] | None = None,
            team_growth: Decimal | None = None, adjustments: Sequence[Adjustment] = (),
            split: MonthSplit | None = None) -> Draft:
    """`candidates`: the assignments that could apply to this person (their own, their team's, their
    position's); hosts without any get a line saying so, others simply no commission. `split`, when
    the caller already worked it out (`split_for`)."""
    if staff.base_salary is None:
        base = PayLine("base", ZERO, "no base salary on record -> 0.00")
    else:
        proration = prorate_base_pay(base=staff.base_salary, period_start=first, period_end=last,
                                     joined_on=staff.hired_on, left_on=staff.left_on)
        base = PayLine("base", proration.amount, f"base {proration.explanation}")
    lines = [base]
    if staff.is_host or candidates:
        split = split or split_for(staff, first=first, candidates=candidates)
        lines += commission_lines(staff, split=split, plans=plans, month=month, days=days, team_growth=team_growth)
    lines += [PayLine("adjustment", adj.amount, adj.explanation()) for adj in adjustments]
    return Draft(staff.id, tuple(lines))
