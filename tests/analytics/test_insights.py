"""The cohort scan: real effects found with their statistics, nothing found where there is none."""

import math
import random

from backend.resolvers.analytics.insights import Comparison, Factor, scan

TRAININGS = Factor("trainings", "trainings in the last 12 months", lambda r: r["trainings"],
                   low=lambda lt, gt: f"employees with fewer than {lt:g} trainings",
                   high=lambda lt, gt: f"those with more than {gt:g}")
MANAGER = Factor("manager_change", "manager changed", lambda r: r["manager_changed"],
                 yes="employees whose manager changed", no="those whose manager did not")
NOISE = [Factor(f"noise{i}", f"noise {i}", lambda r, i=i: r[f"noise{i}"], low=lambda lt, gt: "low", high=lambda lt, gt: "high")
         for i in range(8)]


def _people(n: int, effect: float, seed: int) -> list[dict]:
    rng = random.Random(seed)
    rows = []
    for _ in range(n):
        trainings = rng.randint(0, 8)
        changed = rng.random() < 0.3
        risk = 0.1 * (effect if trainings < 3 else 1) * (effect if changed else 1)
        rows.append({"trainings": trainings, "manager_changed": changed, "left": rng.random() < min(risk, 0.95),
                     **{f"noise{i}": rng.random() for i in range(8)}})
    return rows


def test_a_planted_effect_is_found_with_its_numbers_in_a_sentence():
    rows = _people(3000, effect=3.0, seed=1)
    insights = scan(rows, [TRAININGS, MANAGER, *NOISE], left=lambda r: r["left"])
    assert {i.factor for i in insights} == {"trainings", "manager_change"}
    training = next(i for i in insights if i.factor == "trainings")
    assert 2.0 < training.ratio < 4.5 and training.low < training.ratio < training.high
    assert training.sentence.startswith("employees with fewer than 2 trainings left at ")
    assert "those with more than 6" in training.sentence and "95% CI" in training.sentence


def test_no_effect_means_no_insight_across_many_seeds():
    false_insights = sum(len(scan(_people(1500, effect=1.0, seed=s), [TRAININGS, MANAGER, *NOISE], left=lambda r: r["left"]))
                         for s in range(20))
    assert false_insights <= 1  # family-wise alpha 0.01: one scan in a hundred may show one by chance


def test_small_cohorts_are_not_shown():
    rows = _people(80, effect=5.0, seed=3)
    assert scan(rows, [TRAININGS, MANAGER], left=lambda r: r["left"], min_cohort=30) == []


def test_the_interval_matches_the_katz_log_method_and_survives_a_cohort_without_leavers():
    c = Comparison(left=30, n=100, reference_left=10, reference_n=100)
    ratio, low, high = c.ratio_and_interval()
    se = math.sqrt(1 / 30 - 1 / 100 + 1 / 10 - 1 / 100)
    assert math.isclose(ratio, 3.0) and math.isclose(low, 3.0 * math.exp(-1.959963984540054 * se))
    assert math.isclose(high, 3.0 * math.exp(1.959963984540054 * se))
    ratio, low, high = Comparison(left=12, n=60, reference_left=0, reference_n=60).ratio_and_interval()
    assert math.isfinite(high) and low > 1
