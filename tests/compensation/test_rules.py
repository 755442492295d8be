"""Commission plans as data: each rule at its boundaries, the order of application, rounding,
effective dating and precedence. Pure functions, no database."""

import json
from datetime import date
from decimal import Decimal as D

import pytest

from backend.resolvers.compensation.assignments import (
    Assignment, AssignmentConflict, Host, Scope, assignment_conflicts, evaluate_month, plan_for, split_month,
)
from backend.resolvers.compensation.rules import (
    ORDER, Cap, GiftShare, GmvTiers, InvalidPlan, Ladder, MinimumGuarantee, MonthInputs, Plan, Rung, TeamIncentive, Tier,
    evaluate, preview,
)

TIERS = [Tier(D(0), D(3)), Tier(D("100000.00"), D(5))]
GMV_LADDER = Ladder("gmv", [
    Rung(percent=D(2)),
    Rung(min_revenue=D("50000.00"), percent=D(4)),
    Rung(min_revenue=D("100000.00"), percent=D(6)),
    Rung(min_revenue=D("200000.00"), percent=D(8)),
])
MULTI_LADDER = Ladder("revenue", [
    Rung(percent=D(0)),
    Rung(min_live_days=20, min_hours=D(80), min_revenue=D("50000.00"), bonus_amount=D("1000.00")),
    Rung(min_live_days=24, min_hours=D(120), min_revenue=D("80000.00"), bonus_amount=D("2500.00")),
])
NOV = date(2026, 11, 1)  # 30 days


def pay(*rules, **inputs):
    return evaluate(plan=Plan(rules), inputs=MonthInputs(**inputs))


def line(result, kind):
    return next(line for line in result.lines if line.rule == kind)


def paths(plan):
    return [error.path for error in plan.validate()]


# Gift share


def test_gift_share_pays_the_host_percent_of_gift_revenue_and_says_so():
    result = pay(GiftShare(D(45)), gift_revenue=D("20000"))
    assert result.total == D("9000.00")
    assert result.lines[0].explanation == "gift revenue 20,000.00 x 45% host share -> 9,000.00"


# GMV tiers: flat against progressive at the bound


def test_flat_tiers_pay_all_the_gmv_at_the_rate_of_the_tier_it_reaches_bound_included():
    assert pay(GmvTiers("flat", TIERS), gmv=D("100000.00")).total == D("5000.00")
    assert pay(GmvTiers("flat", TIERS), gmv=D("99999.99")).total == D("3000.00")  # 2,999.9997


def test_progressive_tiers_pay_the_slice_above_the_bound_at_the_higher_rate_only():
    assert pay(GmvTiers("progressive", TIERS), gmv=D("100000.00")).total == D("3000.00")
    assert pay(GmvTiers("progressive", TIERS), gmv=D("100000.01")).total == D("3000.00")  # 3,000.0005


def test_progressive_tiers_show_each_slice():
    result = pay(GmvTiers("progressive", TIERS), gmv=D("150000"))
    assert result.lines[0].explanation == "GMV 150,000.00 by slices: 100,000.00 x 3% + 50,000.00 x 5% -> 5,500.00"


def test_flat_tiers_show_the_tier_and_its_bounds():
    result = pay(GmvTiers("flat", TIERS), gmv=D("99999.99"))
    assert result.lines[0].explanation == "GMV 99,999.99 in tier 1 (from 0.00 below 100,000.00) -> 3% on all of it -> 3,000.00"


def test_tiers_must_start_at_zero_go_up_strictly_and_stay_within_0_to_100_percent():
    plan = Plan([GmvTiers("flat", [Tier(D(10), D(3)), Tier(D(10), D(4)), Tier(D(5), D(101))])])
    assert paths(plan) == ["rules.0.tiers.0.from_amount", "rules.0.tiers.1.from_amount",
                           "rules.0.tiers.2.percent", "rules.0.tiers.2.from_amount"]


def test_tiers_refuse_an_unknown_mode():
    assert paths(Plan([GmvTiers("stepped", TIERS)])) == ["rules.0.mode"]


# Ladder


def test_a_month_exactly_on_a_rung_qualifies_for_it():
    result = pay(GMV_LADDER, gmv=D("100000.00"))
    assert result.total == D("6000.00")
    assert "rung 3" in result.lines[0].explanation


def test_one_fen_below_a_rung_falls_to_the_rung_below():
    result = pay(GMV_LADDER, gmv=D("99999.99"))
    assert result.total == D("4000.00")  # 3,999.9996
    assert "-> rung 2, 4%" in result.lines[0].explanation


def test_the_highest_qualifying_rung_pays_when_several_qualify():
    result = pay(GMV_LADDER, gmv=D("123456.00"))
    assert result.total == D("7407.36")
    assert result.lines[0].explanation == "GMV 123,456.00 >= 100,000.00 -> rung 3, 6% -> 7,407.36; rung 4 needs GMV 200,000.00"


def test_a_rung_pays_only_when_every_minimum_is_met():
    result = pay(MULTI_LADDER, gift_revenue=D("10000"), gmv=D("80000"), live_days=30, live_hours=D("119.99"))
    assert result.total == D("1000.00")
    assert result.lines[0].explanation == ("revenue 90,000.00 >= 50,000.00, 30 live days >= 20, 119.99 hours >= 80 -> rung 2, "
                                           "bonus 1,000.00 -> 1,000.00; rung 3 needs 120 hours")


def test_the_base_rung_pays_when_no_other_rung_qualifies():
    result = pay(MULTI_LADDER, gmv=D("49999.99"), live_days=25, live_hours=D(200))
    assert result.total == D("0.00")
    assert result.lines[0].explanation.startswith("no minimums -> rung 1, revenue 49,999.99 x 0% -> 0.00; rung 2 needs revenue 50,000.00")


def test_overlapping_rungs_are_refused():
    crossed = Ladder("gmv", [Rung(percent=D(0)), Rung(min_live_days=20, min_revenue=D("80000.00"), percent=D(3)),
                             Rung(min_live_days=24, min_revenue=D("60000.00"), percent=D(4))])
    errors = Plan([crossed]).validate()
    assert [e.path for e in errors] == ["rules.0.rungs.2.min_revenue"]
    assert "below the previous rung's 80,000" in errors[0].message


def test_a_rung_asking_exactly_what_the_previous_one_asks_is_refused():
    twice = Ladder("gmv", [Rung(percent=D(0)), Rung(min_live_days=20, percent=D(3)), Rung(min_live_days=20, percent=D(4))])
    assert paths(Plan([twice])) == ["rules.0.rungs.2"]


def test_a_ladder_without_a_base_rung_is_refused_naming_the_gap():
    gapped = Ladder("gmv", [Rung(min_live_days=20, min_revenue=D("50000.00"), percent=D(3))])
    errors = Plan([gapped]).validate()
    assert [e.path for e in errors] == ["rules.0.rungs.0"]
    assert "the first rung needs GMV 50,000.00, 20 live days: a month short of any of these would match no rung" in errors[0].message


def test_a_rung_pays_a_percent_or_a_bonus_but_not_both_nor_neither():
    ladder = Ladder("gmv", [Rung(), Rung(min_live_days=1, percent=D(1), bonus_amount=D(1))])
    assert paths(Plan([ladder])) == ["rules.0.rungs.0.percent", "rules.0.rungs.1.percent"]


# Guarantee and cap


def test_the_guarantee_tops_commission_up_to_its_amount():
    result = pay(GiftShare(D(45)), MinimumGuarantee(D("3000.00")), gift_revenue=D("5000"))
    assert result.total == D("3000.00")
    assert line(result, "minimum_guarantee").explanation == "commission 2,250.00 below guarantee 3,000.00 -> topped up by 750.00"


def test_the_guarantee_adds_nothing_to_commission_exactly_at_it():
    result = pay(GiftShare(D(50)), MinimumGuarantee(D("3000.00")), gift_revenue=D("6000"))
    assert line(result, "minimum_guarantee").amount == D("0.00")
    assert result.total == D("3000.00")


def test_the_cap_cuts_commission_above_it():
    result = pay(GiftShare(D(45)), Cap(D("50000.00")), gift_revenue=D("200000"))
    assert line(result, "cap").amount == D("-40000.00")
    assert result.total == D("50000.00")


def test_commission_exactly_at_the_cap_is_not_cut():
    result = pay(GiftShare(D(50)), Cap(D("50000.00")), gift_revenue=D("100000"))
    assert line(result, "cap").explanation == "commission 50,000.00 within cap 50,000.00 -> 0.00"


def test_a_cap_below_the_guarantee_is_refused():
    assert paths(Plan([Cap(D("2000.00")), MinimumGuarantee(D("3000.00"))])) == ["rules.0.amount"]


# Team incentive


def test_team_incentive_pays_at_exactly_the_growth_threshold():
    result = pay(GiftShare(D(45)), TeamIncentive(D(10), D(5)), gift_revenue=D("20000"), team_growth_percent=D(10))
    assert line(result, "team_incentive").amount == D("450.00")
    assert line(result, "team_incentive").explanation == "team traffic grew 10% >= 10% -> +5% on commission 9,000.00 -> 450.00"


def test_team_incentive_pays_nothing_just_below_the_threshold():
    result = pay(GiftShare(D(45)), TeamIncentive(D(10), D(5)), gift_revenue=D("20000"), team_growth_percent=D("9.99"))
    assert line(result, "team_incentive").amount == D("0.00")
    assert result.total == D("9000.00")


def test_team_incentive_pays_nothing_when_growth_is_unknown():
    result = pay(GiftShare(D(45)), TeamIncentive(D(0), D(5)), gift_revenue=D("20000"))
    assert line(result, "team_incentive").explanation == "team growth unknown (no previous month) -> no incentive -> 0.00"


# Order of application


def test_lines_follow_the_fixed_order_whatever_the_order_of_the_plan():
    rules = [MinimumGuarantee(D(0)), Cap(D("1000000.00")), TeamIncentive(D(0), D(1)), GMV_LADDER,
             GmvTiers("flat", TIERS), GiftShare(D(1))]
    result = pay(*rules, team_growth_percent=D(0))
    assert tuple(line.rule for line in result.lines) == ORDER


def test_the_cap_applies_after_the_team_incentive_and_cuts_it_too():
    result = pay(GiftShare(D(45)), TeamIncentive(D(10), D(5)), Cap(D("46000.00")),
                 gift_revenue=D("100000"), team_growth_percent=D(12))
    assert [line.amount for line in result.lines] == [D("45000.00"), D("2250.00"), D("-1250.00")]
    assert result.total == D("46000.00")


def test_the_team_incentive_is_on_earnings_not_on_the_guarantee_applied_last():
    result = pay(GiftShare(D(45)), TeamIncentive(D(10), D(10)), MinimumGuarantee(D("3000.00")),
                 gift_revenue=D("2000"), team_growth_percent=D(20))
    assert [line.amount for line in result.lines] == [D("900.00"), D("90.00"), D("2010.00")]
    assert result.total == D("3000.00")


# Rounding to the fen


def test_awkward_percents_round_each_line_to_the_fen_and_the_lines_sum_exactly_to_the_total():
    rules = [GiftShare(D("33.333")), GmvTiers("progressive", [Tier(D(0), D("33.333")), Tier(D("0.03"), D("66.667"))]),
             TeamIncentive(D(0), D("33.333")), Cap(D("1000.01")), MinimumGuarantee(D("1000.00"))]
    result = pay(*rules, gift_revenue=D("1234.56"), gmv=D("1000.01"), team_growth_percent=D(1))
    assert line(result, "gift_share").amount == D("411.52")  # 411.5158848
    assert all(line.amount == line.amount.quantize(D("0.01")) for line in result.lines)
    assert sum(line.amount for line in result.lines) == result.total == D("1000.01")


def test_half_a_fen_rounds_up():
    assert pay(GiftShare(D(50)), gift_revenue=D("0.01")).total == D("0.01")


def test_money_inputs_are_rounded_to_the_fen_before_any_rule():
    result = pay(GiftShare(D(100)), gift_revenue=D("100.005"))
    assert result.lines[0].explanation == "gift revenue 100.01 x 100% host share -> 100.01"


def test_month_inputs_refuse_floats():
    with pytest.raises(TypeError):
        MonthInputs(gmv=100.5)


# The plan as JSON


def test_a_plan_round_trips_through_plain_json():
    plan = Plan([GiftShare(D("45.5")), GmvTiers("flat", TIERS), MULTI_LADDER, TeamIncentive(D(10), D(5)),
                 Cap(D("50000.00")), MinimumGuarantee(D("3000.00"))])
    assert Plan.from_dict(json.loads(json.dumps(plan.to_dict()))) == plan


def test_a_json_float_is_refused_with_its_path():
    with pytest.raises(InvalidPlan) as refused:
        Plan.from_dict({"rules": [{"kind": "gift_share", "host_percent": 45.5}]})
    assert [e.path for e in refused.value.errors] == ["rules.0.host_percent"]


def test_malformed_json_names_every_bad_value():
    data = {"rules": [{"kind": "bonus"}, {"kind": "cap"}, {"kind": "ladder", "basis": "gmv", "rungs": [{"min_days": 1}]}]}
    with pytest.raises(InvalidPlan) as refused:
        Plan.from_dict(data)
    assert [e.path for e in refused.value.errors] == ["rules.0.kind", "rules.1.amount", "rules.2.rungs.0.min_days"]


def test_a_plan_has_one_rule_of_each_kind_at_most():
    assert paths(Plan([GiftShare(D(40)), GiftShare(D(45))])) == ["rules.1.kind"]


def test_evaluating_an_invalid_plan_raises_with_its_errors():
    with pytest.raises(InvalidPlan) as refused:
        pay(GiftShare(D(120)))
    assert refused.value.errors[0].path == "rules.0.host_percent"


def test_preview_returns_the_errors_of_an_unsaved_plan_instead_of_raising():
    shown = preview(plan={"rules": [{"kind": "gift_share", "host_percent": "120"}]}, inputs=MonthInputs())
    assert shown.result is None and [e.path for e in shown.errors] == ["rules.0.host_percent"]


def test_preview_of_a_valid_plan_is_its_evaluation():
    shown = preview(plan={"rules": [{"kind": "gift_share", "host_percent": "45"}]}, inputs=MonthInputs(gift_revenue=D(100)))
    assert shown.errors == () and shown.result.total == D("45.00")


# Effective dating and precedence


HOST = Host(id=1, team_id=7, position_id=3)


def assign(plan_id, scope, target, start, end=None):
    return Assignment(plan_id, scope, target, start, end)


def test_the_plan_in_force_is_the_one_whose_dates_contain_the_day_both_ends_included():
    old, new = assign(1, Scope.TEAM, 7, date(2026, 1, 1), date(2026, 11, 14)), assign(2, Scope.TEAM, 7, date(2026, 11, 15))
    assert plan_for(host=HOST, day=date(2026, 11, 14), assignments=[old, new]) == old
    assert plan_for(host=HOST, day=date(2026, 11, 15), assignments=[old, new]) == new
    assert plan_for(host=HOST, day=date(2025, 12, 31), assignments=[old, new]) is None


def test_an_individual_override_wins_over_the_team_and_the_team_over_the_position():
    position, team, own = assign(1, Scope.POSITION, 3, NOV), assign(2, Scope.TEAM, 7, NOV), assign(3, Scope.HOST, 1, NOV)
    assert plan_for(host=HOST, day=NOV, assignments=[position, team, own]) == own
    assert plan_for(host=HOST, day=NOV, assignments=[position, team]) == team
    assert plan_for(host=HOST, day=NOV, assignments=[position]) == position
    assert plan_for(host=Host(id=2, team_id=8, position_id=3), day=NOV, assignments=[team, own]) is None


def test_two_plans_for_the_same_team_on_the_same_day_are_a_conflict():
    first, second = assign(1, Scope.TEAM, 7, date(2026, 1, 1)), assign(2, Scope.TEAM, 7, date(2026, 11, 15))
    with pytest.raises(AssignmentConflict):
        plan_for(host=HOST, day=date(2026, 11, 20), assignments=[first, second])
    assert [e.path for e in assignment_conflicts([first, second])] == ["assignments.1"]


def test_a_month_whose_plan_changes_midway_splits_into_periods_by_days():
    split = split_month(month=NOV, host=HOST, assignments=[assign(1, Scope.TEAM, 7, date(2026, 1, 1), date(2026, 11, 14)),
                                                           assign(2, Scope.TEAM, 7, date(2026, 11, 15))])
    assert [(p.start.day, p.end.day, p.assignment.plan_id, p.share.days, p.share.of_days) for p in split.periods] == [
        (1, 14, 1, 14, 30), (15, 30, 2, 16, 30)]


def test_an_individual_override_for_a_few_days_splits_the_month_in_three():
    team, own = assign(1, Scope.TEAM, 7, date(2026, 1, 1)), assign(2, Scope.HOST, 1, date(2026, 11, 10), date(2026, 11, 19))
    split = split_month(month=date(2026, 11, 20), host=HOST, assignments=[team, own])
    assert [(p.start.day, p.end.day, p.assignment.plan_id) for p in split.periods] == [(1, 9, 1), (10, 19, 2), (20, 30, 1)]


def test_month_totals_prorated_across_periods_by_days_sum_exactly_to_the_month():
    split = split_month(month=NOV, host=HOST, assignments=[assign(1, Scope.TEAM, 7, NOV, date(2026, 11, 14)),
                                                           assign(2, Scope.TEAM, 7, date(2026, 11, 15))])
    parts = split.prorate(MonthInputs(gift_revenue=D("1000.00"), gmv=D("0.01"), live_days=21, live_hours=D("100"),
                                      team_growth_percent=D(12)))
    assert [(p.gift_revenue, p.gmv, p.live_days, p.live_hours) for p in parts] == [
        (D("466.67"), D("0.00"), 10, D("46.67")), (D("533.33"), D("0.01"), 11, D("53.33"))]
    assert all(p.team_growth_percent == D(12) for p in parts)


def test_a_guarantee_is_prorated_across_a_mid_month_change_not_paid_twice():
    plans = {1: Plan([MinimumGuarantee(D("3000.00"))]), 2: Plan([MinimumGuarantee(D("6000.00"))])}
    split = split_month(month=NOV, host=HOST, assignments=[assign(1, Scope.TEAM, 7, NOV, date(2026, 11, 14)),
                                                           assign(2, Scope.TEAM, 7, date(2026, 11, 15))])
    month = evaluate_month(split=split, inputs=[MonthInputs(), MonthInputs()], plans=plans)
    assert [part.result.total for part in month.parts] == [D("1400.00"), D("3200.00")]
    assert month.total == D("4600.00")
    assert month.parts[1].result.lines[0].explanation == "commission 0.00 below guarantee 6,000.00 x 16/30 = 3,200.00 -> topped up by 3,200.00"


def test_ladder_minimums_scale_with_the_share_of_the_month():
    ladder = Plan([Ladder("gmv", [Rung(percent=D(0)), Rung(min_live_days=20, bonus_amount=D("3000.00"))])])
    split = split_month(month=NOV, host=HOST, assignments=[assign(1, Scope.TEAM, 7, date(2026, 11, 15))])
    qualifies = evaluate_month(split=split, inputs=[MonthInputs(), MonthInputs(live_days=11)], plans={1: ladder})
    short = evaluate_month(split=split, inputs=[MonthInputs(), MonthInputs(live_days=10)], plans={1: ladder})  # 20 x 16/30 = 10.67
    assert (qualifies.total, short.total) == (D("1600.00"), D("0.00"))


def test_days_without_a_plan_pay_nothing_and_say_so():
    split = split_month(month=NOV, host=HOST, assignments=[assign(1, Scope.TEAM, 7, date(2026, 11, 15))])
    month = evaluate_month(split=split, inputs=[MonthInputs(gmv=D(100)), MonthInputs()], plans={1: Plan([GiftShare(D(45))])})
    assert month.parts[0].result.lines[0].explanation == "no commission plan in force 2026-11-01..2026-11-14 -> 0.00"
    assert month.total == D("0.00")


def test_an_assignment_read_from_storage_takes_its_scope_as_text():
    assert plan_for(host=HOST, day=NOV, assignments=[Assignment(5, "team", 7, NOV)]).scope is Scope.TEAM
