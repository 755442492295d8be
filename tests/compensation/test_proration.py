"""Base pay prorated for joins and exits mid-month, by calendar days and by 21.75 paid days."""

from datetime import date
from decimal import Decimal as D

import pytest

from backend.resolvers.compensation.proration import prorate_base_pay

BASE = D("8000.00")
NOV_1, NOV_30 = date(2026, 11, 1), date(2026, 11, 30)  # 30 days, 21 weekdays; the 14th is a Saturday


def november(method="calendar", **employment):
    return prorate_base_pay(base=BASE, period_start=NOV_1, period_end=NOV_30, method=method, **employment)


def test_a_join_mid_month_is_paid_for_its_calendar_days_from_the_join_day():
    paid = november(joined_on=date(2026, 11, 14))
    assert (paid.amount, paid.days) == (D("4533.33"), 17)
    assert paid.explanation == "8,000.00 x 17/30 days (joined 2026-11-14) -> 4,533.33"


def test_an_exit_mid_month_is_paid_up_to_its_last_day_included():
    paid = november(left_on=date(2026, 11, 20))
    assert paid.explanation == "8,000.00 x 20/30 days (left 2026-11-20) -> 5,333.33"


def test_a_join_mid_month_by_21_75_paid_days_counts_the_weekdays_employed():
    paid = november("working_days_21_75", joined_on=date(2026, 11, 14))
    assert (paid.amount, paid.days) == (D("4045.98"), 11)  # 4,045.977...
    assert paid.explanation == "8,000.00 x 11/21.75 working days (joined 2026-11-14) -> 4,045.98"


def test_an_exit_mid_month_by_21_75_paid_days_counts_the_weekdays_up_to_the_last_day():
    paid = november("working_days_21_75", left_on=date(2026, 11, 20))
    assert (paid.amount, paid.days) == (D("5517.24"), 15)


def test_a_join_and_an_exit_in_the_same_month_are_both_shown():
    paid = november(joined_on=date(2026, 11, 3), left_on=date(2026, 11, 20))
    assert paid.explanation == "8,000.00 x 18/30 days (joined 2026-11-03, left 2026-11-20) -> 4,800.00"


@pytest.mark.parametrize("method", ["calendar", "working_days_21_75"])
def test_a_whole_month_pays_exactly_the_base_whatever_the_method(method):
    paid = november(method, joined_on=date(2025, 3, 1))
    assert paid.amount == BASE
    assert paid.explanation == "8,000.00 for the whole period 2026-11-01..2026-11-30"


def test_21_75_paid_days_never_pay_more_than_the_base():
    paid = prorate_base_pay(base=BASE, period_start=date(2026, 12, 1), period_end=date(2026, 12, 31),
                            joined_on=date(2026, 12, 2), method="working_days_21_75")  # 22 weekdays left
    assert paid.amount == BASE
    assert "22/21.75 working days, capped at the base" in paid.explanation


def test_a_calendar_day_is_worth_more_in_february():
    paid = prorate_base_pay(base=BASE, period_start=date(2026, 2, 1), period_end=date(2026, 2, 28), joined_on=date(2026, 2, 15))
    assert paid.amount == D("4000.00")  # 14/28


def test_no_days_employed_in_the_period_pays_nothing():
    assert november(joined_on=date(2026, 12, 1)).amount == D("0.00")


def test_an_employment_ending_before_it_starts_is_refused():
    with pytest.raises(ValueError):
        november(joined_on=date(2026, 11, 20), left_on=date(2026, 11, 10))


def test_an_unknown_method_is_refused():
    with pytest.raises(ValueError):
        november("thirty_days")
