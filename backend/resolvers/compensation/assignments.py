"""Which commission plan applies to a host on a day, and months whose plan changes part-way.

Assignments: a plan is assigned to a position, a team or one host from `effective_from` to
`effective_to` (both days included; None: open-ended). On a day the host's own assignment wins
over the team's, the team's over the position's; two assignments of the same scope and target
in force on the same day are a conflict, refused rather than guessed. A month whose plan
changes is split into sub-periods (`split_month`); each is evaluated with its plan scaled to
its share of the month (thresholds, tier bounds, bonus amounts, cap and guarantee x days/days
in month), so a guarantee is not paid twice. A sub-period's inputs should be the sums of its
own days of traffic; when only month totals exist, `MonthSplit.prorate` divides them by days.
The host's team and position are taken as given for the whole month.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum

from backend.i18n import Message, phrase
from backend.resolvers.compensation.rules import FEN, ZERO, Line, MonthInputs, Plan, PlanError, Result, Share, evaluate



class Scope(str, Enum):
    POSITION = "position"
    TEAM = "team"
    HOST = "host"


PRECEDENCE = (Scope.HOST, Scope.TEAM, Scope.POSITION)  # an individual override wins over team, team over position


@dataclass(frozen=True)
class Host:
    id: int
    team_id: int | None = None
    position_id: int | None = None

    def target(self, scope: Scope) -> int | None:
        return {Scope.HOST: self.id, Scope.TEAM: self.team_id, Scope.POSITION: self.position_id}[scope]


@dataclass(frozen=True)
class Assignment:
    plan_id: int
    scope: Scope
    target_id: int
    effective_from: date
    effective_to: date | None = None  # the last day in force, included; None: open-ended

    def __post_init__(self) -> None:
        object.__setattr__(self, "scope", Scope(self.scope))  # as stored: "team"

    def in_force(self, day: date) -> bool:
        return self.effective_from <= day and (self.effective_to is None or day <= self.effective_to)

    def overlaps(self, other: Assignment) -> bool:
        return ((self.scope, self.target_id) == (other.scope, other.target_id)
                and (other.effective_to is None or self.effective_from <= other.effective_to)
                and (self.effective_to is None or other.effective_from <= self.effective_to))


class AssignmentConflict(ValueError):
    pass


def assignment_conflicts(assignments: Sequence[Assignment]) -> list[PlanError]:
    """Assignments of the same scope and target in force on a common day: refuse them on saving."""
    return [PlanError(f"assignments.{j}", Message("overlaps assignments.{i}: both give {scope} {target_id} a plan on the same days",
                                                  i=i, scope=phrase(a.scope.value), target_id=a.target_id))
            for i, a in enumerate(assignments) for j, b in enumerate(assignments) if i < j and a.overlaps(b)]


def plan_for(*, host: Host, day: date, assignments: Iterable[Assignment]) -> Assignment | None:
    """The assignment in force for the host on that day, by precedence; None: no plan that day."""
    assignments = list(assignments)
    for scope in PRECEDENCE:
        target = host.target(scope)
        found = [a for a in assignments if a.scope == scope and a.target_id == target and a.in_force(day)]
        if len(found) > 1:
            raise AssignmentConflict(f"{len(found)} {scope.value} plans are in force for {scope.value} {target} on {day}")
        if found:
            return found[0]
    return None


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # included
    assignment: Assignment | None
    share: Share


def _split(total: Decimal, weights: Sequence[int], quantum: Decimal) -> list[Decimal]:
    """total in proportion to weights, in whole quanta, summing exactly (largest remainder, ties to the earlier)."""
    units, whole = int(total.quantize(quantum, rounding=ROUND_HALF_UP) / quantum), sum(weights)
    parts = [units * w // whole for w in weights]
    by_remainder = sorted(range(len(weights)), key=lambda i: -(units * weights[i] % whole))
    for i in by_remainder[: units - sum(parts)]:
        parts[i] += 1
    return [quantum * part for part in parts]


@dataclass(frozen=True)
class MonthSplit:
    periods: tuple[Period, ...]

    def prorate(self, inputs: MonthInputs) -> list[MonthInputs]:
        """Month totals divided among the periods by days (hours to 0.01, days whole, sums exact).
        An approximation: per-period sums of daily traffic are better whenever they exist."""
        days = [period.share.days for period in self.periods]
        columns = zip(_split(inputs.gift_revenue, days, FEN), _split(inputs.gmv, days, FEN),
                      _split(Decimal(inputs.live_days), days, Decimal(1)), _split(inputs.live_hours, days, FEN))
        return [MonthInputs(gift, gmv, int(live_days), hours, inputs.team_growth_percent)
                for gift, gmv, live_days, hours in columns]


def split_month(*, month: date, host: Host, assignments: Iterable[Assignment]) -> MonthSplit:
    """The sub-periods of the month containing `month`, one per run of days under the same plan."""
    assignments, first = list(assignments), month.replace(day=1)
    length = calendar.monthrange(first.year, first.month)[1]
    last = first + timedelta(days=length - 1)
    # The plan in force can only change where an assignment starts or the day after one ends:
    # ask once per stretch between those days, not once per day.
    starts = {first} | {a.effective_from for a in assignments if first < a.effective_from <= last}
    starts |= {a.effective_to + timedelta(days=1) for a in assignments if a.effective_to and first <= a.effective_to < last}
    stretches = sorted(starts)
    ends = [day - timedelta(days=1) for day in stretches[1:]] + [last]
    periods: list[Period] = []
    for start, end in zip(stretches, ends):
        assignment = plan_for(host=host, day=start, assignments=assignments)
        if periods and periods[-1].assignment == assignment:
            previous = periods.pop()
            start = previous.start
        periods.append(Period(start, end, assignment, Share((end - start).days + 1, length)))
    return MonthSplit(tuple(periods))


@dataclass(frozen=True)
class PeriodResult:
    period: Period
    result: Result


@dataclass(frozen=True)
class MonthResult:
    total: Decimal
    parts: tuple[PeriodResult, ...]


def evaluate_month(*, split: MonthSplit, inputs: Sequence[MonthInputs], plans: Mapping[int, Plan]) -> MonthResult:
    """Each sub-period under its plan scaled to its share of the month; `inputs` has one entry per period."""
    if len(inputs) != len(split.periods):
        raise ValueError(f"{len(split.periods)} periods need as many inputs, not {len(inputs)}")
    parts = []
    for period, period_inputs in zip(split.periods, inputs):
        if period.assignment is None:
            none = Line("no_plan", ZERO, f"no commission plan in force {period.start}..{period.end} -> 0.00")
            result = Result(ZERO, (none,))
        else:
            result = evaluate(plan=plans[period.assignment.plan_id], inputs=period_inputs, share=period.share)
        parts.append(PeriodResult(period, result))
    return MonthResult(sum((part.result.total for part in parts), ZERO), tuple(parts))
