"""What came of a rule: the people it acted on against a comparable group it did not act on,
their voluntary attrition and output over a window after, and the difference-in-differences.

Who is compared
- Acted on: everyone the rule acted on whose window after acting (their first action by this
  rule, `acted_on`) has fully passed; the rest are counted as `pending`, not guessed at.
- The comparison group, by the trigger kind:
  * FEW_TRAININGS, CONTRACT_EXPIRING, ALERT_RAISED ("historical"): the people the same trigger
    matched one window before the rule first acted, evaluated on that day from dated history
    (`triggers.match_as_of`). The rule acts on everyone it matches, so "matched but not acted on"
    exists only before it did: same condition, same company, the window just before; its window
    ends the day the rule first acted, so nobody in it had been touched by the rule yet.
  * RISK_ABOVE ("near threshold"): scores are kept only as the latest per person, so a past
    day's matches cannot be rebuilt. Instead: the people at work on the rule's first acting day
    whom it never acted on, with a score just under the threshold (within 0.15) - the
    comparable group nearest the people it did act on.
  * If that group is empty (no history that far back), "same departments": people at work on
    the first acting day in the acted-on people's departments whom the rule never acted on - a
    weaker comparison, and named as such.
  A person may be in both groups (matched before the rule existed and acted on later); the
  intervals treat the groups as independent, which that overlap makes slightly optimistic.

What is measured, from each person's reference day (acting day; the comparison day for the group)
- Voluntary attrition: left voluntarily within the window after. Involuntary leavers are left out
  (a dismissal is not the outcome a stay interview aims at), as in the cohort insights.
  Everyone in both groups was at work on their reference day, so attrition *before* is zero for
  both by construction and the difference of the rates after is the difference-in-differences;
  with its 95 % interval (Agresti-Caffo) and the rate ratio with its interval (Katz, as in
  `analytics/insights.py`).
- Output, for those who stayed through the window: hosts' gift revenue + GMV per 30 days (the
  daily traffic rollups) in the window before vs after; others' latest closed review score before
  the reference day vs the latest whose period starts within the window. The DiD is the mean
  change of the acted-on minus the mean change of the comparison group, 95 % interval by the
  normal approximation with each group's own variance (Welch).
Below MIN_GROUP people in either group no interval is given: the answer is "too few to tell".
"""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from backend.errors import DomainError
from backend.i18n import Message
from backend.models.analytics import RiskScore
from backend.models.automation import AutomationAction, AutomationRule, TriggerKind
from backend.models.employees import Employee, EmploymentEvent, EventKind
from backend.models.performance import CycleStatus, Review
from backend.models.traffic import TrafficDay
from backend.resolvers.analytics.insights import Z95, Comparison
from backend.resolvers.automation import triggers

MIN_GROUP = 10
NEAR_THRESHOLD = 0.15
DEFAULT_WINDOW_DAYS = 90
MAX_WINDOW_DAYS = 730


@dataclass(frozen=True)
class Group:
    n: int
    leavers: int
    excluded_involuntary: int
    first_day: date | None
    last_day: date | None

    @property
    def attrition_rate(self) -> float | None:
        return self.leavers / self.n if self.n else None


@dataclass(frozen=True)
class Attrition:
    acted_rate: float | None
    comparison_rate: float | None
    difference: float | None  # acted minus comparison, = the DiD (both zero before)
    difference_low: float | None
    difference_high: float | None
    ratio: float | None
    ratio_low: float | None
    ratio_high: float | None
    enough: bool
    summary: str


@dataclass(frozen=True)
class OutputChange:
    measure: str
    acted_n: int
    acted_before: float | None
    acted_after: float | None
    comparison_n: int
    comparison_before: float | None
    comparison_after: float | None
    did: float | None
    did_low: float | None
    did_high: float | None
    enough: bool
    summary: str


@dataclass(frozen=True)
class Outcome:
    rule_id: int
    window_days: int
    as_of: date
    method: str  # historical | near_threshold | same_departments | none
    method_note: str
    acted: Group
    comparison: Group
    pending: int  # acted on within the last window: not measurable yet
    attrition: Attrition
    revenue: OutputChange
    review_score: OutputChange
    notes: list[str] = field(default_factory=list)


def _too_few(a: int, b: int) -> str:
    return f"too few to tell (n = {a} vs {b}; at least {MIN_GROUP} in each group are needed)"


def _pct(x: float) -> str:
    return f"{x * 100:.1f}%"


async def _first_actions(rule_id: int) -> dict[int, date]:
    first: dict[int, date] = {}
    for employee, acted_on in await AutomationAction.filter(rule_id=rule_id).order_by("acted_on", "id") \
            .values_list("employee_id", "acted_on"):
        first.setdefault(employee, acted_on)
    return first


async def _comparison(rule: AutomationRule, start: date, window: int, ever_acted: set[int],
                      departments: set[int]) -> tuple[str, str, dict[int, date]]:
    kind = TriggerKind(rule.trigger_kind)
    if kind == TriggerKind.RISK_ABOVE:
        threshold = float(rule.trigger_params["threshold"])
        at_work = triggers.at_work_on(start).values_list("id", flat=True)
        near = await RiskScore.filter(score__gte=max(threshold - NEAR_THRESHOLD, 0), score__lt=threshold,
                                      employee_id__in=await at_work).values_list("employee_id", flat=True)
        group = {e: start for e in near if e not in ever_acted}
        if group:
            return "near_threshold", (f"People at work on {start} the rule never acted on, with a current risk score from "
                                      f"{max(threshold - NEAR_THRESHOLD, 0):.2f} to just under {threshold:.2f}."), group
    else:
        day = start - timedelta(days=window)
        matched = await triggers.match_as_of(kind, rule.trigger_params, day)
        if matched:
            return "historical", (f"People the same trigger matched on {day}, one window before the rule first acted "
                                  f"({start}), followed until {start}."), {e: day for e in matched}
    same = await triggers.at_work_on(start).filter(department_id__in=departments).exclude(id__in=ever_acted or {0}) \
        .values_list("id", flat=True) if departments else []
    if same:
        return "same_departments", (f"No closer comparison exists: people at work on {start} in the same departments whom "
                                    "the rule never acted on (a weaker comparison: they did not meet the trigger)."), \
            {e: start for e in same}
    return "none", "Nobody comparable: no one matched before the rule acted and no one else works in those departments.", {}


async def _leavers(refs: dict[int, date], window: int) -> tuple[set[int], set[int]]:
    """(voluntary, involuntary) leavers within each person's window after their reference day."""
    voluntary, involuntary = set(), set()
    if not refs:
        return voluntary, involuntary
    lo, hi = min(refs.values()), max(refs.values()) + timedelta(days=window)
    for employee, day, is_voluntary in await EmploymentEvent.filter(
            employee_id__in=list(refs), kind=EventKind.LEFT, occurred_on__gte=lo, occurred_on__lt=hi) \
            .values_list("employee_id", "occurred_on", "voluntary"):
        if refs[employee] <= day < refs[employee] + timedelta(days=window):
            (voluntary if is_voluntary else involuntary).add(employee)
    return voluntary, involuntary


def _group(refs: dict[int, date], voluntary: set[int], involuntary: set[int]) -> Group:
    days = list(refs.values())
    return Group(n=len(refs) - len(involuntary & set(refs)), leavers=len(voluntary & set(refs)),
                 excluded_involuntary=len(involuntary & set(refs)), first_day=min(days) if days else None,
                 last_day=max(days) if days else None)


def _attrition(acted: Group, comparison: Group) -> Attrition:
    a_rate, c_rate = acted.attrition_rate, comparison.attrition_rate
    if acted.n < MIN_GROUP or comparison.n < MIN_GROUP:
        return Attrition(a_rate, c_rate, None if a_rate is None or c_rate is None else a_rate - c_rate,
                         None, None, None, None, None, False, "Attrition: " + _too_few(acted.n, comparison.n) + ".")
    # Agresti-Caffo: one leaver and one stayer added to each group, so few or no leavers still give an honest interval.
    pa, pc = (acted.leavers + 1) / (acted.n + 2), (comparison.leavers + 1) / (comparison.n + 2)
    se = math.sqrt(pa * (1 - pa) / (acted.n + 2) + pc * (1 - pc) / (comparison.n + 2))
    diff = a_rate - c_rate
    ratio, low, high = Comparison(left=acted.leavers, n=acted.n, reference_left=comparison.leavers,
                                  reference_n=comparison.n).ratio_and_interval()
    d_low, d_high = pa - pc - Z95 * se, pa - pc + Z95 * se
    summary = (f"Voluntary attrition within the window: {_pct(a_rate)} of those acted on ({acted.leavers} of {acted.n}) vs "
               f"{_pct(c_rate)} of the comparison group ({comparison.leavers} of {comparison.n}); difference "
               f"{diff * 100:+.1f} points, 95% CI {d_low * 100:+.1f} to {d_high * 100:+.1f}"
               + (" (no clear difference)." if d_low <= 0 <= d_high else "."))
    return Attrition(a_rate, c_rate, diff, d_low, d_high, ratio, low, high, True, summary)


def _change(label: str, unit: str, acted: dict[int, tuple[float, float]], comparison: dict[int, tuple[float, float]]
            ) -> OutputChange:
    def means(values: dict[int, tuple[float, float]]) -> tuple[float | None, float | None]:
        if not values:
            return None, None
        return statistics.fmean(v[0] for v in values.values()), statistics.fmean(v[1] for v in values.values())

    (ab, aa), (cb, ca) = means(acted), means(comparison)
    na, nc = len(acted), len(comparison)
    if na < MIN_GROUP or nc < MIN_GROUP:
        did = None if aa is None or ca is None else (aa - ab) - (ca - cb)
        return OutputChange(label, na, ab, aa, nc, cb, ca, did, None, None, False, f"{label}: " + _too_few(na, nc) + ".")
    changes_a = [after - before for before, after in acted.values()]
    changes_c = [after - before for before, after in comparison.values()]
    did = statistics.fmean(changes_a) - statistics.fmean(changes_c)
    se = math.sqrt(statistics.variance(changes_a) / na + statistics.variance(changes_c) / nc)
    low, high = did - Z95 * se, did + Z95 * se
    summary = (f"{label}: acted on {ab:,.1f} -> {aa:,.1f} (n = {na}), comparison {cb:,.1f} -> {ca:,.1f} (n = {nc}); "
               f"difference-in-differences {did:+,.1f}{unit}, 95% CI {low:+,.1f} to {high:+,.1f}"
               + (" (no clear difference)." if low <= 0 <= high else "."))
    return OutputChange(label, na, ab, aa, nc, cb, ca, did, low, high, True, summary)


async def _revenue(refs: dict[int, date], stayed: set[int], window: int) -> dict[int, tuple[float, float]]:
    """Hosts who stayed: gift revenue + GMV per 30 days, the window before vs after their reference day."""
    hosts = set(await Employee.filter(id__in=list(stayed), is_host=True).values_list("id", flat=True)) if stayed else set()
    if not hosts:
        return {}
    lo = min(refs[h] for h in hosts) - timedelta(days=window)
    hi = max(refs[h] for h in hosts) + timedelta(days=window)
    sums: dict[int, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for host, day, gifts, gmv in await TrafficDay.filter(host_id__in=list(hosts), day__gte=lo, day__lt=hi) \
            .values_list("host_id", "day", "gift_revenue", "gmv"):
        ref = refs[host]
        if ref - timedelta(days=window) <= day < ref:
            sums[host][0] += Decimal(gifts) + Decimal(gmv)
        elif ref <= day < ref + timedelta(days=window):
            sums[host][1] += Decimal(gifts) + Decimal(gmv)
    per30 = 30 / window
    return {h: (float(sums[h][0]) * per30, float(sums[h][1]) * per30) for h in hosts}


async def _reviews(refs: dict[int, date], stayed: set[int], window: int) -> dict[int, tuple[float, float]]:
    """Non-hosts who stayed: latest closed review before the reference day vs latest within the window after."""
    others = set(await Employee.filter(id__in=list(stayed), is_host=False).values_list("id", flat=True)) if stayed else set()
    if not others:
        return {}
    before: dict[int, tuple[date, float]] = {}
    after: dict[int, tuple[date, float]] = {}
    for employee, start, score in await Review.filter(employee_id__in=list(others), cycle__status=CycleStatus.CLOSED,
                                                      score__isnull=False).values_list("employee_id", "cycle__period_start",
                                                                                       "score"):
        ref = refs[employee]
        into = before if start < ref else after if start < ref + timedelta(days=window) else None
        if into is not None and (employee not in into or into[employee][0] < start):
            into[employee] = (start, float(score))
    return {e: (before[e][1], after[e][1]) for e in others if e in before and e in after}


async def outcome(rule: AutomationRule, *, today: date, window_days: int = DEFAULT_WINDOW_DAYS) -> Outcome:
    if not 7 <= window_days <= MAX_WINDOW_DAYS:
        raise DomainError("INVALID", Message("windowDays is from 7 to {limit}.", limit=MAX_WINDOW_DAYS), "windowDays")
    first = await _first_actions(rule.id)
    cutoff = today - timedelta(days=window_days)
    acted_refs = {e: d for e, d in first.items() if d <= cutoff}
    pending = len(first) - len(acted_refs)
    notes: list[str] = []
    if pending:
        notes.append(f"{pending} acted on within the last {window_days} days are not counted yet: their window has not passed.")
    if acted_refs:
        departments = set(await Employee.filter(id__in=list(acted_refs), department_id__isnull=False)
                          .values_list("department_id", flat=True))
        method, note, comparison_refs = await _comparison(rule, min(acted_refs.values()), window_days, set(first), departments)
    else:
        method, note, comparison_refs = "none", "Nobody acted on long enough ago to measure.", {}
    a_vol, a_invol = await _leavers(acted_refs, window_days)
    c_vol, c_invol = await _leavers(comparison_refs, window_days)
    acted, comparison = _group(acted_refs, a_vol, a_invol), _group(comparison_refs, c_vol, c_invol)
    a_stayed = set(acted_refs) - a_vol - a_invol
    c_stayed = set(comparison_refs) - c_vol - c_invol
    revenue = _change("Gift revenue + GMV per 30 days (CNY, hosts)", " CNY", await _revenue(acted_refs, a_stayed, window_days),
                      await _revenue(comparison_refs, c_stayed, window_days))
    review = _change("Review score (others)", " points", await _reviews(acted_refs, a_stayed, window_days),
                     await _reviews(comparison_refs, c_stayed, window_days))
    return Outcome(rule_id=rule.id, window_days=window_days, as_of=today, method=method, method_note=note, acted=acted,
                   comparison=comparison, pending=pending, attrition=_attrition(acted, comparison), revenue=revenue,
                   review_score=review, notes=notes)
