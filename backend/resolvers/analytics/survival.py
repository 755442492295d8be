"""Kaplan-Meier survival in whole steps (months), with Greenwood's variance. Pure, for tests.

Each subject is (step, event): `event` True means it happened at `step` (someone left during
their step-th month), False that it was last seen then (right-censored: still employed, or a
departure that does not count). At each step k:

    n_k  = subjects still at risk at k (step >= k: censored at k counts as at risk, ties go to events)
    d_k  = events at k
    S(k) = S(k-1) * (1 - d_k / n_k)                                       S(0) = 1
    Var  = S(k)^2 * sum_{j<=k} d_j / (n_j (n_j - d_j))                    (Greenwood)
    95% CI = S(k) -/+ 1.96 * sqrt(Var), clipped to [0, 1]; none once S reaches 0.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

Z95 = 1.959963984540054


@dataclass
class Curve:
    steps: list[int]
    at_risk: list[int]
    events: list[int]
    censored: list[int]
    survival: list[float]
    ci_low: list[float | None]
    ci_high: list[float | None]


def kaplan_meier(subjects: list[tuple[int, bool]], max_step: int | None = None) -> Curve:
    last = max((step for step, _ in subjects), default=0)
    if max_step is not None:
        last = min(last, max_step)
    events, censored = Counter(s for s, e in subjects if e), Counter(s for s, e in subjects if not e)
    curve = Curve([0], [len(subjects)], [0], [censored[0]], [1.0], [1.0], [1.0])
    survival, greenwood = 1.0, 0.0
    n = len(subjects) - events[0] - censored[0]  # at risk at step 1
    for k in range(1, last + 1):
        if n == 0:
            break
        d = events[k]
        survival *= 1 - d / n
        greenwood = greenwood + d / (n * (n - d)) if n > d else math.inf
        curve.steps.append(k)
        curve.at_risk.append(n)
        curve.events.append(d)
        curve.censored.append(censored[k])
        curve.survival.append(round(survival, 6))
        if survival <= 0 or math.isinf(greenwood):
            curve.ci_low.append(None)
            curve.ci_high.append(None)
        else:
            half = Z95 * survival * math.sqrt(greenwood)
            curve.ci_low.append(round(max(0.0, survival - half), 6))
            curve.ci_high.append(round(min(1.0, survival + half), 6))
        n -= d + censored[k]
    return curve
