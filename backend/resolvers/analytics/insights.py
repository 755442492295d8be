"""Cohort insights: which groups of employees left at a different rate, with the statistics shown.

For each candidate factor the people are split into two cohorts (a yes/no factor: with vs
without; a number: the lowest third vs the highest third, so the comparison is between clearly
different groups and the middle does not blur it). For each split:

- the attrition rate of each cohort and their ratio (exposed / reference);
- a 95 % confidence interval of the ratio by the log method (Katz): exp(ln RR +- 1.96 x SE),
  SE = sqrt(1/a - 1/n1 + 1/c - 1/n2); a cohort with no leavers gets 0.5 added to each cell
  (Haldane), so the interval stays finite and honest about how little is known;
- a two-sided p-value of the difference in proportions (pooled z-test).

An insight is shown only when both cohorts have at least `min_cohort` people and at least
`min_events` leavers between them, and when it is significant after a Bonferroni correction
over every factor tested (alpha / number of tests), so scanning many factors on data with no
real effect yields nothing above the bar (alpha 0.01: at most a 1 % chance that a scan
shows any false insight). Ranked by p-value, then by how far the ratio is from 1.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

Z95 = 1.959963984540054


@dataclass(frozen=True)
class Factor:
    """`value(row)` is a bool (yes/no factor) or a number; None leaves the row out of this factor.
    `low` and `high` phrase the two cohorts of a number, given the cut points: (lt, gt)."""

    key: str
    label: str
    value: Callable[[Mapping], float | bool | None]
    yes: str = ""  # a yes/no factor: "employees whose manager changed"
    no: str = ""
    low: Callable[[float, float], str] | None = None  # "with fewer than {lt:g} trainings"
    high: Callable[[float, float], str] | None = None


@dataclass(frozen=True)
class Comparison:
    left: int
    n: int
    reference_left: int
    reference_n: int

    @property
    def rate(self) -> float:
        return self.left / self.n

    @property
    def reference_rate(self) -> float:
        return self.reference_left / self.reference_n

    def ratio_and_interval(self) -> tuple[float, float, float]:
        a, n1, c, n2 = self.left, self.n, self.reference_left, self.reference_n
        if a == 0 or c == 0:
            a, n1, c, n2 = a + 0.5, n1 + 1, c + 0.5, n2 + 1
        ratio = (a / n1) / (c / n2)
        se = math.sqrt(max(1 / a - 1 / n1 + 1 / c - 1 / n2, 0.0))
        return ratio, math.exp(math.log(ratio) - Z95 * se), math.exp(math.log(ratio) + Z95 * se)

    def p_value(self) -> float:
        pooled = (self.left + self.reference_left) / (self.n + self.reference_n)
        se = math.sqrt(pooled * (1 - pooled) * (1 / self.n + 1 / self.reference_n))
        if se == 0:
            return 1.0
        z = abs(self.rate - self.reference_rate) / se
        return math.erfc(z / math.sqrt(2))


@dataclass(frozen=True)
class Insight:
    factor: str
    cohort: str  # the exposed cohort, in words
    reference: str
    comparison: Comparison
    ratio: float
    low: float
    high: float
    p_value: float

    @property
    def sentence(self) -> str:
        c = self.comparison
        return (f"{self.cohort} left at {self.ratio:.1f}x the rate of {self.reference} "
                f"({c.rate:.0%} vs {c.reference_rate:.0%}); n = {c.n} vs {c.reference_n}, "
                f"95% CI {self.low:.1f}-{self.high:.1f}")


def _tertile_cuts(values: Sequence[float]) -> tuple[float, float] | None:
    ordered = sorted(values)
    if len(ordered) < 3:
        return None
    lower, upper = ordered[len(ordered) // 3], ordered[(2 * len(ordered)) // 3]
    return (lower, upper) if lower < upper else None


def _split(factor: Factor, rows: Sequence[Mapping], left: Callable[[Mapping], bool]):
    """(exposed rows, reference rows, exposed words, reference words), or None."""
    valued = [(row, factor.value(row)) for row in rows]
    valued = [(row, v) for row, v in valued if v is not None]
    if valued and all(isinstance(v, bool) for _, v in valued):
        return [r for r, v in valued if v], [r for r, v in valued if not v], factor.yes, factor.no
    cuts = _tertile_cuts([float(v) for _, v in valued])
    if cuts is None:
        return None
    lt, gt = cuts
    low = [r for r, v in valued if float(v) < lt]
    high = [r for r, v in valued if float(v) > gt]
    low_rate = sum(map(left, low)) / len(low) if low else 0
    high_rate = sum(map(left, high)) / len(high) if high else 0
    low_words, high_words = factor.low(lt, gt), factor.high(lt, gt)
    # The cohort that left more is the one the sentence is about.
    return (low, high, low_words, high_words) if low_rate >= high_rate else (high, low, high_words, low_words)


def scan(rows: Sequence[Mapping], factors: Iterable[Factor], *, left: Callable[[Mapping], bool],
         min_cohort: int = 30, min_events: int = 10, alpha: float = 0.01) -> list[Insight]:
    """The significant cohort differences in attrition, strongest evidence first."""
    factors = list(factors)
    found = []
    for factor in factors:
        split = _split(factor, rows, left)
        if split is None:
            continue
        exposed, reference, words, reference_words = split
        if len(exposed) < min_cohort or len(reference) < min_cohort:
            continue
        comparison = Comparison(sum(map(left, exposed)), len(exposed), sum(map(left, reference)), len(reference))
        if comparison.left + comparison.reference_left < min_events:
            continue
        ratio, low, high = comparison.ratio_and_interval()
        found.append(Insight(factor.key, words, reference_words, comparison, ratio, low, high, comparison.p_value()))
    bar = alpha / max(len(factors), 1)
    significant = [i for i in found if i.p_value < bar]
    return sorted(significant, key=lambda i: (i.p_value, -abs(math.log(i.ratio))))
