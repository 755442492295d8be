"""The Labor Contract Law rules, each at its boundary: pure functions, no database."""

from datetime import date

import pytest

from backend.resolvers.contracts.law import (
    ARTICLES,
    ContractType,
    PastContract,
    check_contract,
    had_probation,
    latest_probation_end,
    max_probation_months,
    open_ended_flags,
    term_months,
)

FULL, PART, TALENT, INTERN = ContractType.FULL_TIME, ContractType.PART_TIME, ContractType.TALENT, ContractType.INTERNSHIP
JAN1 = date(2026, 1, 1)


def check(contract_type=FULL, start=JAN1, end=None, probation_end=None, had_probation_before=False, **more):
    return check_contract(contract_type=contract_type, start=start, end=end, probation_end=probation_end,
                          had_probation_before=had_probation_before, **more)


def limit(end, start=JAN1, **more):
    return max_probation_months(contract_type=FULL, start=start, end=end, **more)


def fixed(start, end, contract_type=FULL, **more):
    return PastContract(contract_type=contract_type, start=start, end=end, **more)


# The term, in calendar months, both days included


def test_the_term_counts_both_days_in_calendar_months():
    assert term_months(JAN1, date(2026, 3, 31)) == 3
    assert term_months(JAN1, date(2026, 3, 30)) == 2
    assert term_months(JAN1, date(2026, 12, 31)) == 12
    assert term_months(JAN1, date(2026, 12, 30)) == 11
    assert term_months(JAN1, date(2028, 12, 31)) == 36
    assert term_months(date(2026, 1, 31), date(2026, 2, 27)) == 1  # Jan 31 + 1 month is clamped to Feb 28
    assert term_months(JAN1, None) is None  # open-ended


def test_a_term_ending_before_it_starts_is_an_error():
    with pytest.raises(ValueError):
        term_months(JAN1, date(2025, 12, 31))


# Article 19: the longest probation for each term


def test_a_term_of_exactly_3_months_allows_1_month_and_one_day_less_allows_none():
    assert limit(date(2026, 3, 31)) == 1
    assert limit(date(2026, 3, 30)) == 0


def test_a_term_of_exactly_1_year_allows_2_months_and_one_day_less_allows_1():
    assert limit(date(2026, 12, 31)) == 2
    assert limit(date(2026, 12, 30)) == 1


def test_a_fixed_term_of_exactly_3_years_allows_6_months_and_one_day_less_allows_2():
    assert limit(date(2028, 12, 31)) == 6
    assert limit(date(2028, 12, 30)) == 2


def test_an_open_ended_contract_allows_6_months():
    assert limit(None) == 6


def test_a_task_based_contract_allows_no_probation_whatever_its_length():
    assert limit(date(2028, 12, 31), task_based=True) == 0
    assert limit(None, task_based=True) == 0


def test_the_last_day_of_a_probation_is_the_day_before_the_same_date_n_months_on():
    assert latest_probation_end(JAN1, 1) == date(2026, 1, 31)
    assert latest_probation_end(date(2026, 1, 15), 2) == date(2026, 3, 14)
    assert latest_probation_end(date(2026, 1, 31), 1) == date(2026, 2, 27)  # Feb 28 is clamped, minus a day
    assert latest_probation_end(date(2026, 3, 31), 1) == date(2026, 4, 29)


# Article 19: the probation of a full-time contract, at its boundaries


def test_a_probation_of_exactly_the_maximum_is_accepted():
    assert check(end=date(2026, 12, 31), probation_end=date(2026, 2, 28)) == []  # 1 year: 2 months
    assert check(end=date(2026, 3, 31), probation_end=date(2026, 1, 31)) == []  # 3 months: 1 month
    assert check(end=date(2028, 12, 31), probation_end=date(2026, 6, 30)) == []  # 3 years: 6 months
    assert check(end=None, probation_end=date(2026, 6, 30)) == []  # open-ended: 6 months


def test_a_probation_one_day_over_the_maximum_is_refused_with_the_article_and_the_last_allowed_day():
    [violation] = check(end=date(2026, 12, 31), probation_end=date(2026, 3, 1))
    assert (violation.field, violation.article) == ("probationEnd", "Article 19")
    assert violation.message == ("A term of at least 1 year but under 3 years allows at most 2 months of probation "
                                 "(Labor Contract Law, Article 19); end it on or before 2026-02-28.")


def test_each_term_names_its_own_limit_when_one_day_over():
    short = check(end=date(2026, 3, 31), probation_end=date(2026, 2, 1))[0].message
    assert "at least 3 months but under 1 year allows at most 1 month of" in short and "2026-01-31" in short
    long = check(end=date(2028, 12, 31), probation_end=date(2026, 7, 1))[0].message
    assert "fixed term of 3 years or more allows at most 6 months" in long and "2026-06-30" in long
    open_ended = check(end=None, probation_end=date(2026, 7, 1))[0].message
    assert "open-ended contract allows at most 6 months" in open_ended and "2026-06-30" in open_ended


def test_a_probation_from_the_31st_ends_by_the_day_before_the_clamped_month_end():
    start, end = date(2026, 1, 31), date(2026, 10, 30)  # 9 months: 1 month of probation
    assert check(start=start, end=end, probation_end=date(2026, 2, 27)) == []
    [violation] = check(start=start, end=end, probation_end=date(2026, 2, 28))
    assert violation.article == "Article 19" and "end it on or before 2026-02-27" in violation.message


def test_a_term_under_3_months_allows_no_probation_and_says_how_long_the_term_must_be():
    [violation] = check(end=date(2026, 3, 30), probation_end=date(2026, 1, 15))
    assert (violation.field, violation.article) == ("probationEnd", "Article 19")
    assert "term under 3 months allows no probation" in violation.message
    assert "on or after 2026-03-31" in violation.message


def test_a_task_based_contract_with_a_probation_is_refused():
    [violation] = check(end=None, probation_end=date(2026, 1, 15), task_based=True)
    assert violation.article == "Article 19" and "specific task allows no probation" in violation.message


def test_a_probation_ending_before_the_contract_starts_is_refused():
    [violation] = check(end=date(2026, 12, 31), probation_end=date(2025, 12, 31))
    assert violation.article == "Article 19" and "on or after 2026-01-01" in violation.message
    assert check(end=date(2026, 12, 31), probation_end=JAN1) == []  # a one-day probation


def test_a_probation_ending_after_the_contract_is_refused_as_part_of_the_term():
    [violation] = check(end=date(2026, 12, 31), probation_end=date(2027, 1, 15))
    assert violation.article == "Article 19"
    assert "cannot end after the contract ends on 2026-12-31" in violation.message
    assert "on or before 2026-02-28" in violation.message


def test_a_contract_ending_before_it_starts_is_refused_on_its_end():
    [violation] = check(end=date(2025, 12, 31), probation_end=date(2026, 1, 15))
    assert (violation.field, violation.article) == ("end", None)


def test_the_contract_type_may_be_given_as_its_value():
    assert check(contract_type="full_time", end=date(2026, 12, 31), probation_end=date(2026, 3, 1))[0].article == "Article 19"


# Article 19, paragraph 2: one probation per employee


def test_a_second_probation_with_the_same_employee_is_refused():
    [violation] = check(end=date(2026, 12, 31), probation_end=date(2026, 1, 31), had_probation_before=True)
    assert violation.article == "Article 19" and "only once" in violation.message
    assert check(end=date(2026, 12, 31), probation_end=None, had_probation_before=True) == []


def test_only_an_earlier_full_time_probation_counts_as_one():
    assert had_probation([fixed(date(2024, 1, 1), date(2025, 12, 31), probation_end=date(2024, 2, 29))])
    assert not had_probation([fixed(date(2024, 1, 1), date(2025, 12, 31))])
    assert not had_probation([fixed(date(2024, 1, 1), date(2025, 12, 31), TALENT, probation_end=date(2024, 3, 31))])


# Articles 68 and 70: part-time work


def test_part_time_work_may_not_have_a_probation():
    [violation] = check(PART, end=date(2026, 12, 31), probation_end=date(2026, 1, 15))
    assert (violation.field, violation.article) == ("probationEnd", "Article 70")
    assert "Part-time employment may not have a probation" in violation.message
    assert max_probation_months(contract_type=PART, start=JAN1, end=date(2026, 12, 31)) == 0


def test_part_time_work_is_at_most_24_hours_a_week():
    assert check(PART, weekly_hours=24) == []
    [violation] = check(PART, weekly_hours=25)
    assert (violation.field, violation.article) == ("variables.weekly_hours", "Article 68")
    assert "at most 24 hours a week" in violation.message and "says 25" in violation.message
    assert check(PART, weekly_hours=24.5)[0].article == "Article 68"
    assert check(PART, weekly_hours=0)[0].article is None  # nonsense, refused as the product's rule


def test_weekly_hours_are_a_part_time_rule_only():
    assert check(FULL, end=None, weekly_hours=40) == []
    assert check(PART, weekly_hours=None) == []


# Talent and internship agreements are not labor contracts


def test_a_talent_contract_trial_clause_is_not_held_to_article_19():
    assert check(TALENT, end=date(2026, 2, 28), probation_end=date(2026, 2, 15)) == []  # a term under 3 months
    assert check(TALENT, end=date(2026, 12, 31), probation_end=date(2026, 9, 30), had_probation_before=True) == []
    assert max_probation_months(contract_type=TALENT, start=JAN1, end=date(2026, 12, 31)) is None


def test_a_talent_trial_clause_still_lies_inside_the_contract_by_the_products_rule():
    [violation] = check(TALENT, end=date(2026, 12, 31), probation_end=date(2027, 1, 1))
    assert (violation.field, violation.article) == ("probationEnd", None)
    assert "hrgraph's rule" in violation.message


def test_an_internship_has_no_probation_by_the_products_rule_not_the_law():
    [violation] = check(INTERN, end=date(2026, 6, 30), probation_end=date(2026, 1, 31))
    assert (violation.field, violation.article) == ("probationEnd", None)
    assert "product's rule, not an article of the law" in violation.message
    assert check(INTERN, end=date(2026, 6, 30)) == []


def test_every_article_named_has_its_chinese_citation():
    assert ARTICLES["Article 19"] == "《劳动合同法》第十九条（试用期）"
    assert {"Article 14", "Article 68", "Article 70"} <= ARTICLES.keys()


# Article 14: when the employee may require an open-ended contract


def test_renewing_after_two_consecutive_fixed_terms_is_flagged():
    previous = [fixed(date(2022, 1, 1), date(2023, 12, 31)), fixed(date(2024, 1, 1), date(2025, 12, 31))]
    [flag] = open_ended_flags(previous=previous, renewal_start=JAN1)
    assert (flag.rule, flag.article) == ("two_fixed_terms", "Article 14")
    assert "2022-01-01 to 2023-12-31, 2024-01-01 to 2025-12-31" in flag.message
    assert "Article 39" in flag.message and "Article 40" in flag.message and "cannot know" in flag.message


def test_renewing_after_one_fixed_term_is_not_flagged():
    assert open_ended_flags(previous=[fixed(date(2024, 1, 1), date(2025, 12, 31))], renewal_start=JAN1) == []
    assert open_ended_flags(previous=[], renewal_start=JAN1) == []


def test_a_gap_between_the_contracts_or_before_the_renewal_breaks_the_chain():
    gap = [fixed(date(2022, 1, 1), date(2023, 12, 30)), fixed(date(2024, 1, 1), date(2025, 12, 31))]
    assert open_ended_flags(previous=gap, renewal_start=JAN1) == []
    back_to_back = [fixed(date(2022, 1, 1), date(2023, 12, 31)), fixed(date(2024, 1, 1), date(2025, 12, 31))]
    assert open_ended_flags(previous=back_to_back, renewal_start=date(2026, 1, 2)) == []


def test_part_time_talent_and_internship_contracts_are_not_counted_as_fixed_terms():
    for other in (PART, TALENT, INTERN):
        previous = [fixed(date(2022, 1, 1), date(2023, 12, 31), other), fixed(date(2024, 1, 1), date(2025, 12, 31))]
        assert open_ended_flags(previous=previous, renewal_start=JAN1) == [], other
    between = [fixed(date(2020, 1, 1), date(2021, 12, 31)), fixed(date(2022, 1, 1), date(2023, 12, 31), PART),
               fixed(date(2024, 1, 1), date(2025, 12, 31))]
    assert open_ended_flags(previous=between, renewal_start=JAN1) == []  # and they break the chain


def test_a_contract_that_ended_early_is_counted_to_its_last_day():
    previous = [fixed(date(2022, 1, 1), date(2024, 12, 31), ended_on=date(2023, 6, 30)),
                fixed(date(2023, 7, 1), date(2025, 12, 31))]
    assert [f.rule for f in open_ended_flags(previous=previous, renewal_start=JAN1)] == ["two_fixed_terms"]
    previous[0] = fixed(date(2022, 1, 1), date(2024, 12, 31), ended_on=date(2023, 5, 31))
    assert open_ended_flags(previous=previous, renewal_start=JAN1) == []


def test_fixed_terms_begun_before_the_law_took_effect_are_not_counted():
    previous = [fixed(date(2006, 1, 1), date(2007, 12, 31)), fixed(date(2008, 1, 1), date(2009, 12, 31))]
    assert open_ended_flags(previous=previous, renewal_start=date(2010, 1, 1)) == []
    previous.append(fixed(date(2010, 1, 1), date(2011, 12, 31)))
    assert [f.rule for f in open_ended_flags(previous=previous, renewal_start=date(2012, 1, 1))] == ["two_fixed_terms"]


def test_ten_consecutive_years_are_flagged_on_the_day_and_not_one_day_before():
    previous = [PastContract(contract_type=FULL, start=date(2016, 1, 1), end=None, ended_on=date(2025, 12, 31))]
    [flag] = open_ended_flags(previous=previous, renewal_start=JAN1)
    assert (flag.rule, flag.article) == ("ten_years", "Article 14")
    assert "since 2016-01-01" in flag.message and "item 1" in flag.message
    short = [PastContract(contract_type=FULL, start=date(2016, 1, 2), end=None, ended_on=date(2025, 12, 31))]
    assert open_ended_flags(previous=short, renewal_start=JAN1) == []


def test_ten_years_count_every_full_time_contract_but_no_talent_years():
    previous = [fixed(date(2016, 1, 1), date(2020, 12, 31), task_based=True), fixed(date(2021, 1, 1), date(2025, 12, 31))]
    assert [f.rule for f in open_ended_flags(previous=previous, renewal_start=JAN1)] == ["ten_years"]
    previous[0] = fixed(date(2016, 1, 1), date(2020, 12, 31), TALENT)
    assert open_ended_flags(previous=previous, renewal_start=JAN1) == []


def test_ten_years_and_two_fixed_terms_are_both_flagged():
    previous = [fixed(date(2006, 1, 1), date(2015, 12, 31)), fixed(date(2016, 1, 1), date(2020, 12, 31)),
                fixed(date(2021, 1, 1), date(2025, 12, 31))]
    assert [f.rule for f in open_ended_flags(previous=previous, renewal_start=JAN1)] == ["two_fixed_terms", "ten_years"]
