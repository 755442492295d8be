"""workforceBreakdown: per group headcount, hires, exits and attrition over a period, in the viewer's scope."""

from datetime import date
from decimal import Decimal

from tests.analytics.helpers import leave
from tests.factories import error_codes, gql, make_department, make_employee, make_team
from tests.roles import build_world

BREAKDOWN = """query($from: Date!, $to: Date!, $by: WorkforceBreakdownBy!) {
  workforceBreakdown(from: $from, to: $to, by: $by) { from to by groups {
    key label headcountStart headcountEnd averageHeadcount hires exits voluntaryExits involuntaryExits
    attritionRatePercent annualisedAttritionRatePercent exitReasons { reason count } } } }"""
FIRST_HALF = {"from": "2025-01-01", "to": "2025-06-30"}  # 181 days


async def _agency():
    """Team A: a1 stays, a2 is hired in the period and quits, a3 is let go; team B: b1 left before
    the period, b2 is hired after it, b3 stays throughout."""
    department = await make_department(name="Live")
    team_a, team_b = await make_team(department, name="A"), await make_team(department, name="B")
    a1 = await make_employee(team_a, hired_on=date(2024, 1, 10), birth_date=date(2003, 1, 2))
    a2 = await make_employee(team_a, hired_on=date(2025, 2, 1), birth_date=date(2003, 1, 1))
    a3 = await make_employee(team_a, hired_on=date(2023, 6, 1), birth_date=date(1984, 1, 1))
    b1 = await make_employee(team_b, hired_on=date(2022, 1, 1))
    await make_employee(team_b, hired_on=date(2025, 7, 1))
    await make_employee(team_b, hired_on=date(2020, 1, 1), birth_date=date(1984, 12, 31))
    await leave(a2, date(2025, 5, 10), voluntary=True)  # reason: compensation
    await leave(a3, date(2025, 3, 15), voluntary=False)  # reason: performance
    await leave(b1, date(2024, 12, 31), voluntary=True)
    return team_a, team_b, a1


async def _hr_token():
    from tests.factories import make_user, token_for

    return token_for(await make_user("hr_manager"))


def _by_label(result: dict) -> dict[str, dict]:
    return {g["label"]: g for g in result["data"]["workforceBreakdown"]["groups"]}


async def test_each_team_counts_its_start_end_hires_exits_and_reasons(client):
    await _agency()
    result = await gql(client, BREAKDOWN, {**FIRST_HALF, "by": "TEAM"}, token=await _hr_token())
    teams = _by_label(result)
    a, b = teams["A"], teams["B"]
    # A: a1 and a3 employed on 31 Dec, only a1 on 30 June; a2 hired; a2 and a3 left.
    assert (a["headcountStart"], a["headcountEnd"], a["averageHeadcount"], a["hires"]) == (2, 1, "1.5", 1)
    assert (a["exits"], a["voluntaryExits"], a["involuntaryExits"]) == (2, 1, 1)
    assert a["attritionRatePercent"] == "133.33"  # 2 / 1.5
    assert Decimal(a["annualisedAttritionRatePercent"]) == Decimal("268.88")  # 2 x 365/181 / 1.5
    assert {(r["reason"], r["count"]) for r in a["exitReasons"]} == {("COMPENSATION", 1), ("PERFORMANCE", 1)}
    # B: b1 left the day before the period (not counted), b2 came after it.
    assert (b["headcountStart"], b["headcountEnd"], b["hires"], b["exits"]) == (1, 1, 0, 0)
    assert b["attritionRatePercent"] == "0.00" and b["exitReasons"] == []


async def test_tenure_bands_are_taken_at_the_period_start(client):
    await _agency()
    result = await gql(client, BREAKDOWN, {**FIRST_HALF, "by": "TENURE_BAND"}, token=await _hr_token())
    groups = result["data"]["workforceBreakdown"]["groups"]
    # a2 hired in the period: < 3 months; a1 (2024-01-10): 6-12; a3 (2023-06-01): 1-2 years; b3 (exactly 5 years): 5+.
    assert [(g["key"], g["headcountStart"], g["hires"], g["exits"]) for g in groups] == [
        ("UNDER_3_MONTHS", 0, 1, 1), ("MONTHS_6_TO_12", 1, 0, 0), ("YEARS_1_TO_2", 1, 0, 1), ("YEARS_5_PLUS", 1, 0, 0)]


async def test_age_bands_are_taken_at_the_period_start(client):
    await _agency()
    result = await gql(client, BREAKDOWN, {**FIRST_HALF, "by": "AGE_BAND"}, token=await _hr_token())
    keys = {g["key"]: g["headcountStart"] + g["hires"] for g in result["data"]["workforceBreakdown"]["groups"]}
    # a1 21, a2 exactly 22, b3 40, a3 41 on 2025-01-01.
    assert keys == {"UNDER_22": 1, "AGE_22_25": 1, "AGE_36_40": 1, "OVER_40": 1}


async def test_department_groups_carry_the_department_id_and_name(client):
    await _agency()
    result = await gql(client, BREAKDOWN, {**FIRST_HALF, "by": "DEPARTMENT"}, token=await _hr_token())
    (live,) = result["data"]["workforceBreakdown"]["groups"]
    assert live["label"] == "Live" and live["headcountStart"] == 3 and live["exits"] == 2
    assert live["key"].startswith("RGVwYXJ0bWVudDo")  # Department:<pk> as a global id


async def test_employment_type_and_gender_group_by_their_codes(client):
    await _agency()
    token = await _hr_token()
    types = await gql(client, BREAKDOWN, {**FIRST_HALF, "by": "EMPLOYMENT_TYPE"}, token=token)
    genders = await gql(client, BREAKDOWN, {**FIRST_HALF, "by": "GENDER"}, token=token)
    assert [(g["key"], g["headcountEnd"]) for g in types["data"]["workforceBreakdown"]["groups"]] == [("full_time", 2)]
    assert [(g["key"], g["exits"]) for g in genders["data"]["workforceBreakdown"]["groups"]] == [("female", 2)]


async def test_a_team_lead_counts_their_team_only(client):
    world = await build_world()
    await leave(world.h1, date(2026, 5, 20), voluntary=True)
    window = {"from": "2026-05-01", "to": "2026-06-30", "by": "TEAM"}
    lead = _by_label(await gql(client, BREAKDOWN, window, token=world.tokens["team_lead"]))
    hr = _by_label(await gql(client, BREAKDOWN, window, token=world.tokens["hr_manager"]))
    assert set(lead) == {"Team A"} and lead["Team A"]["exits"] == 1 and lead["Team A"]["headcountStart"] == 2
    assert set(hr) == {"Team A", "Team B", "Not recorded"}  # the HR staffer is in no team


async def test_who_may_ask_for_a_breakdown(client):
    world = await build_world()
    answers = {role: await gql(client, BREAKDOWN, {**FIRST_HALF, "by": "DEPARTMENT"}, token=token)
               for role, token in world.tokens.items()}
    allowed = {role for role, a in answers.items() if not a.get("errors")}
    assert allowed == {"admin", "hr_manager", "finance", "recruiter", "team_lead"}
    assert error_codes(answers["employee"]) == error_codes(answers["partner"]) == ["FORBIDDEN"]
    # Ages come from birth dates: the age breakdown also needs employees.read_pii.
    age = {role: error_codes(await gql(client, BREAKDOWN, {**FIRST_HALF, "by": "AGE_BAND"}, token=world.tokens[role]))
           for role in ("hr_manager", "recruiter", "team_lead")}
    assert age == {"hr_manager": [], "recruiter": ["FORBIDDEN"], "team_lead": ["FORBIDDEN"]}


async def test_a_backwards_or_too_long_period_is_bad_input_that_says_what_to_fix(client):
    token = await _hr_token()
    backwards = await gql(client, BREAKDOWN, {"from": "2025-06-01", "to": "2025-05-01", "by": "TEAM"}, token=token)
    too_long = await gql(client, BREAKDOWN, {"from": "2020-01-01", "to": "2025-05-01", "by": "TEAM"}, token=token)
    assert error_codes(backwards) == error_codes(too_long) == ["BAD_USER_INPUT"]
    assert "before `from`" in backwards["errors"][0]["message"]
    assert "at most 1098 (about three years)" in too_long["errors"][0]["message"]
