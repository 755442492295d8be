"""KPI templates and scorecards: validation naming the indicator, the curve at floor, target and
cap, manager ratings, calibration bounds. Pure functions, no database."""

from decimal import Decimal as D

import pytest

from backend.resolvers.performance.scoring import Calibration, Curve, Indicator, InvalidTemplate, KpiTemplate, MissingActuals, score

GMV = Indicator("GMV", "traffic.gmv", D(30), D(100000), Curve(cap_percent=D(120), floor_percent=D(60)))
HOURS = Indicator("Hours", "traffic.effective_hours", D(30), D(100), Curve(cap_percent=D(120)))
ATTENDANCE = Indicator("Attendance", "attendance", D(20), D(100))
RATING = Indicator("Manager", "manager_rating", D(20))
TEMPLATE = KpiTemplate([GMV, HOURS, ATTENDANCE, RATING])
ON_TARGET = {"traffic.gmv": D(100000), "traffic.effective_hours": D(100), "attendance": D(100), "manager_rating": D(5)}


def gmv_line(actual):
    return score(template=TEMPLATE, actuals={**ON_TARGET, "traffic.gmv": actual}).lines[0]


# Validation


def test_weights_not_totalling_exactly_100_are_refused():
    errors = KpiTemplate([GMV, HOURS, Indicator("Attendance", "attendance", D("39.99"), D(100))]).validate()
    assert [(e.path, e.indicator) for e in errors] == [("indicators", None)]
    assert errors[0].message == "weights must total exactly 100, not 99.99 (GMV 30 + Hours 30 + Attendance 39.99)"


def test_decimal_weights_totalling_exactly_100_are_accepted():
    thirds = [Indicator(name, "attendance", D(w), D(100)) for name, w in (("A", "33.33"), ("B", "33.33"), ("C", "33.34"))]
    assert KpiTemplate(thirds).validate() == []


def test_errors_name_the_indicator_and_its_field():
    broken = Indicator("Fans", "traffic.fans", D(50), D(0))
    errors = KpiTemplate([broken, Indicator("Attendance", "attendance", D(50), D(100))]).validate()
    assert [(e.path, e.indicator) for e in errors] == [("indicators.0.source", "Fans"), ("indicators.0.target", "Fans")]


def test_two_indicators_with_one_name_are_refused():
    errors = KpiTemplate([ATTENDANCE, Indicator("Attendance", "training_completion", D(80), D(100))]).validate()
    assert [e.path for e in errors] == ["indicators.1.name"]


def test_a_cap_below_100_is_refused():
    capped = Indicator("GMV", "traffic.gmv", D(100), D(1000), Curve(cap_percent=D(90)))
    assert [e.path for e in KpiTemplate([capped]).validate()] == ["indicators.0.curve.cap_percent"]


def test_a_manager_rating_takes_no_target():
    errors = KpiTemplate([Indicator("Manager", "manager_rating", D(100), D(5))]).validate()
    assert [(e.path, e.indicator) for e in errors] == [("indicators.0.target", "Manager")]


def test_scoring_an_invalid_template_raises_with_its_errors():
    with pytest.raises(InvalidTemplate):
        score(template=KpiTemplate([GMV]), actuals=ON_TARGET)


def test_a_missing_actual_is_refused_naming_its_source():
    with pytest.raises(MissingActuals, match="attendance"):
        score(template=TEMPLATE, actuals={k: v for k, v in ON_TARGET.items() if k != "attendance"})


# The curve


def test_exactly_at_the_floor_scores_the_floor():
    assert gmv_line(D(60000)).score == D("60.0")


def test_just_below_the_floor_scores_zero_and_says_why():
    line = gmv_line(D("59999.99"))
    assert (line.score, line.contribution) == (D("0.0"), D("0.00"))
    assert line.explanation == "GMV 59,999.99 of target 100,000: below the floor 60,000 (60% of target) -> 0.0 x 30% = 0.00"


def test_exactly_at_the_target_scores_100():
    line = gmv_line(D(100000))
    assert (line.score, line.contribution) == (D("100.0"), D("30.00"))


def test_at_and_above_the_cap_scores_the_cap():
    assert gmv_line(D(120000)).score == D("120.0")
    assert gmv_line(D(150000)).explanation == "GMV 150,000 of target 100,000 -> 150.0 capped at 120.0 x 30% = 36.00"


def test_the_explanation_shows_the_working():
    assert gmv_line(D(80000)).explanation == "GMV 80,000 of target 100,000 -> 80.0 x 30% = 24.00"


def test_the_contribution_is_computed_from_the_score_as_printed():
    line = gmv_line(D("83333.33"))
    assert (line.score, line.contribution) == (D("83.3"), D("24.99"))  # not 83.33333 x 30% = 25.00


def test_manager_ratings_map_1_to_5_linearly_onto_0_to_100():
    scores = [score(template=TEMPLATE, actuals={**ON_TARGET, "manager_rating": D(r)}).lines[3].score for r in ("1", "3", "4.5", "5")]
    assert scores == [D("0.0"), D("50.0"), D("87.5"), D("100.0")]


def test_a_rating_outside_1_to_5_is_refused():
    with pytest.raises(ValueError, match="Manager"):
        score(template=TEMPLATE, actuals={**ON_TARGET, "manager_rating": D(6)})


def test_the_total_is_the_weighted_sum_of_the_indicators():
    card = score(template=TEMPLATE, actuals={**ON_TARGET, "traffic.gmv": D(80000), "manager_rating": D(4)})
    assert [line.contribution for line in card.lines] == [D("24.00"), D("30.00"), D("20.00"), D("15.00")]
    assert card.total == card.weighted == D("89.00")
    assert card.adjustment is None


# Calibration by HR


def test_a_calibration_within_bounds_is_added_with_its_reason():
    card = score(template=TEMPLATE, actuals=ON_TARGET, calibration=Calibration(D(-10), "missed the 618 launch rehearsal"))
    assert (card.weighted, card.total) == (D("100.00"), D("90.00"))
    assert card.adjustment.explanation == "calibration -10.00: missed the 618 launch rehearsal"


def test_a_calibration_beyond_10_points_is_refused():
    with pytest.raises(ValueError):
        Calibration(D("10.01"), "exceptional campaign")
    assert Calibration(D(10), "exceptional campaign").points == D(10)


def test_a_calibration_without_a_reason_is_refused():
    with pytest.raises(ValueError):
        Calibration(D(5), "  ")


def test_a_calibration_never_takes_the_score_below_zero():
    actuals = {"traffic.gmv": D(0), "traffic.effective_hours": D(0), "attendance": D(20), "manager_rating": D(1)}
    card = score(template=TEMPLATE, actuals=actuals, calibration=Calibration(D(-10), "no-shows"))
    assert (card.weighted, card.adjustment.points, card.total) == (D("4.00"), D("-4.00"), D("0.00"))
