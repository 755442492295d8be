"""Retention curves (Kaplan-Meier by hire cohort) and team traffic growth next to attrition."""

from datetime import date
from decimal import Decimal

import pytest

from backend.models.traffic import TeamTrafficDay
from backend.resolvers.analytics.retention import ExitsCounted, subject
from backend.resolvers.analytics.survival import kaplan_meier
from tests.analytics.helpers import leave
from tests.factories import error_codes, gql, make_department, make_employee, make_team, make_user, token_for
from tests.roles import build_world

CURVES = """query($from: Date!, $to: Date!, $exits: RetentionExits!, $cohort: RetentionCohortSize!) {
  retentionCurves(cohort: $cohort, from: $from, to: $to, exits: $exits, asOf: "2025-06-30") {
    label startsOn endsOn size months atRisk events censored survival ciLow ciHigh } }"""
TEAMS = """query($from: Date!, $to: Date!) { teamTrafficAttrition(from: $from, to: $to) {
  team { name } revenueLast3Months revenuePrevious3Months trafficGrowthPercent headcountStart headcountEnd exits
  voluntaryExits attritionRatePercent } }"""


def test_kaplan_meier_matches_the_hand_computed_example():
    # Six people: left in months 1, 3, 3 and 5; followed no further after months 2 and 4.
    curve = kaplan_meier([(1, True), (2, False), (3, True), (3, True), (4, False), (5, True)])
    assert curve.steps == [0, 1, 2, 3, 4, 5]
    assert curve.at_risk == [6, 6, 5, 4, 2, 1]
    assert curve.events == [0, 1, 0, 2, 0, 1] and curve.censored == [0, 0, 1, 0, 1, 0]
    # S1 = 5/6; S3 = 5/6 x (1 - 2/4) = 5/12; S5 = 0.
    assert curve.survival == pytest.approx([1, 0.833333, 0.833333, 0.416667, 0.416667, 0.0], abs=1e-6)
    # Greenwood: Var(S1) = (5/6)^2 x 1/(6x5) = 0.023148, se 0.152145, 1.96 se = 0.298203 (upper clipped to 1).
    assert curve.ci_low[1] == pytest.approx(0.535130, abs=1e-5) and curve.ci_high[1] == 1.0
    # Var(S3) = (5/12)^2 x (1/30 + 2/(4x2)) = 0.049190, se 0.221789, 1.96 se = 0.434698.
    assert curve.ci_low[3] == 0.0 and curve.ci_high[3] == pytest.approx(0.851365, abs=1e-5)
    assert curve.ci_low[5] is None and curve.ci_high[5] is None  # no interval once everyone left


def test_a_persons_step_is_the_month_of_employment_they_left_in():
    hired, today = date(2025, 1, 15), date(2025, 6, 30)
    assert subject(hired, date(2025, 3, 10), True, today, ExitsCounted.VOLUNTARY) == (2, True)  # one whole month done
    assert subject(hired, date(2025, 3, 10), False, today, ExitsCounted.VOLUNTARY) == (1, False)  # censored at exit
    assert subject(hired, date(2025, 3, 10), False, today, ExitsCounted.ALL) == (2, True)
    assert subject(hired, None, None, today, ExitsCounted.ALL) == (5, False)  # still here: censored today
    assert subject(hired, date(2025, 8, 1), True, today, ExitsCounted.ALL) == (5, False)  # leaves after the data's end


async def _cohorts():
    team = await make_team(await make_department())
    p1 = await make_employee(team, hired_on=date(2025, 1, 10))
    p2 = await make_employee(team, hired_on=date(2025, 2, 1))
    await make_employee(team, hired_on=date(2025, 3, 1))
    await make_employee(team, hired_on=date(2025, 1, 5))
    await make_employee(team, hired_on=date(2025, 4, 10))
    await make_employee(team, hired_on=date(2024, 12, 31))  # before the cohorts asked for
    await leave(p1, date(2025, 2, 20), voluntary=True)  # step 2
    await leave(p2, date(2025, 4, 15), voluntary=False)  # two whole months: censored at 2, or step 3
    return token_for(await make_user("hr_manager"))


async def test_voluntary_retention_censors_involuntary_exits(client):
    token = await _cohorts()
    result = await gql(client, CURVES, {"from": "2025-01-01", "to": "2025-06-30", "exits": "VOLUNTARY",
                                        "cohort": "QUARTER"}, token=token)
    q1, q2 = result["data"]["retentionCurves"]
    assert (q1["label"], q1["startsOn"], q1["endsOn"], q1["size"]) == ("2025 Q1", "2025-01-01", "2025-03-31", 4)
    # Subjects: (2, left), (2, censored), (3, censored), (5, censored).
    assert q1["months"] == [0, 1, 2, 3, 4, 5] and q1["atRisk"] == [4, 4, 4, 2, 1, 1]
    assert q1["events"] == [0, 0, 1, 0, 0, 0] and q1["censored"] == [0, 0, 1, 1, 0, 1]
    assert q1["survival"] == [1.0, 1.0, 0.75, 0.75, 0.75, 0.75]
    assert (q2["label"], q2["size"], q2["months"], q2["survival"]) == ("2025 Q2", 1, [0, 1, 2], [1.0, 1.0, 1.0])


async def test_all_exits_count_every_departure(client):
    token = await _cohorts()
    result = await gql(client, CURVES, {"from": "2025-01-01", "to": "2025-03-31", "exits": "ALL", "cohort": "HALF_YEAR"},
                       token=token)
    (h1,) = result["data"]["retentionCurves"]
    assert h1["label"] == "2025 H1" and h1["size"] == 4
    assert h1["atRisk"] == [4, 4, 4, 3, 1, 1] and h1["events"] == [0, 0, 1, 1, 0, 0]
    assert h1["survival"] == [1.0, 1.0, 0.75, 0.5, 0.5, 0.5]


async def test_retention_follows_the_row_scope_and_refuses_individual_scopes(client):
    world = await build_world()
    variables = {"from": "2024-01-01", "to": "2024-12-31", "exits": "ALL", "cohort": "HALF_YEAR"}
    lead = await gql(client, CURVES, variables, token=world.tokens["team_lead"])
    hr = await gql(client, CURVES, variables, token=world.tokens["hr_manager"])
    assert [c["size"] for c in lead["data"]["retentionCurves"]] == [2]  # the lead and H1, hired 2024-03-01
    assert [c["size"] for c in hr["data"]["retentionCurves"]] == [4]
    for role in ("employee", "partner"):
        assert error_codes(await gql(client, CURVES, variables, token=world.tokens[role])) == ["FORBIDDEN"]


async def test_retention_refuses_backwards_long_or_future_periods(client):
    token = token_for(await make_user("hr_manager"))
    base = {"exits": "ALL", "cohort": "QUARTER"}
    for period, hint in ((("2025-03-01", "2025-01-01"), "before `from`"), (("2020-01-01", "2025-01-01"), "three years"),
                         (("2025-07-01", "2025-09-30"), "after today")):
        result = await gql(client, CURVES, {**base, "from": period[0], "to": period[1]}, token=token)
        assert error_codes(result) == ["BAD_USER_INPUT"] and hint in result["errors"][0]["message"]


async def _team_day(team, day: date, gift: str, gmv: str = "0") -> None:
    await TeamTrafficDay.create(team_id=team.id, department_id=team.department_id, day=day, hosts=1, effective_days=1,
                                live_minutes=120, peak_viewers=10, viewer_minutes=100, new_followers=1,
                                gift_revenue=Decimal(gift), gmv=Decimal(gmv), orders=0, interactions=0)


async def test_team_traffic_growth_sits_next_to_the_teams_attrition(client):
    world = await build_world()
    team_a = await world.h1.team
    team_b = await world.h2.team
    await _team_day(team_a, date(2026, 1, 10), "600")  # the 3 months before: 1000
    await _team_day(team_a, date(2026, 3, 31), "300", "100")
    await _team_day(team_a, date(2026, 4, 1), "900", "600")  # the last 3 months: 1500
    await _team_day(team_b, date(2026, 6, 30), "50")  # nothing before: no growth
    await _team_day(team_b, date(2025, 12, 31), "999")  # outside both windows
    await leave(world.h1, date(2026, 5, 20), voluntary=True)
    period = {"from": "2026-01-01", "to": "2026-06-30"}
    hr = {t["team"]["name"]: t for t in (await gql(client, TEAMS, period, token=world.tokens["hr_manager"]))["data"]["teamTrafficAttrition"]}
    a, b = hr["Team A"], hr["Team B"]
    assert (a["revenuePrevious3Months"], a["revenueLast3Months"], a["trafficGrowthPercent"]) == ("1000.00", "1500.00", "50.0")
    assert (a["headcountStart"], a["headcountEnd"], a["exits"], a["attritionRatePercent"]) == (2, 1, 1, "66.67")
    assert (b["revenuePrevious3Months"], b["revenueLast3Months"], b["trafficGrowthPercent"]) == ("0.00", "50.00", None)
    assert b["exits"] == 0
    lead = (await gql(client, TEAMS, period, token=world.tokens["team_lead"]))["data"]["teamTrafficAttrition"]
    assert [t["team"]["name"] for t in lead] == ["Team A"]
    recruiter = await gql(client, TEAMS, period, token=world.tokens["recruiter"])  # no traffic.read
    assert error_codes(recruiter) == ["FORBIDDEN"]
