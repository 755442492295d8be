"""workforceTrend: headcount, hires, exits and attrition by month, within the viewer's scope."""

from datetime import date, timedelta
from decimal import Decimal

from backend.models.employees import EmployeeStatus, EmploymentEvent, EventKind
from backend.resolvers.analytics.workforce import trend
from tests.factories import error_codes, gql
from tests.roles import build_world

TREND = """query($from: Date!, $to: Date!) { workforceTrend(from: $from, to: $to) {
  months headcount hires exits voluntaryExits attritionRatePercent annualisedAttritionRatePercent } }"""


def test_a_month_counts_who_was_there_at_its_end_and_who_came_and_went_in_it():
    people = [(1, date(2026, 1, 1), None), (2, date(2026, 1, 15), date(2026, 2, 10)), (3, date(2026, 2, 1), None),
              (4, date(2025, 6, 1), date(2026, 2, 28))]
    found = trend(people, voluntary={2}, start=date(2026, 1, 1), end=date(2026, 3, 31))
    assert found.months == [date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)]
    assert found.headcount == [3, 2, 2] and found.hires == [2, 1, 0]
    assert found.exits == [0, 2, 0] and found.voluntary_exits == [0, 1, 0]
    # February: 2 exits over an average of (3 at its start + 2 at its end) / 2 = 2.5 -> 80 %.
    assert found.attrition_rate_percent == [Decimal("0.00"), Decimal("80.00"), Decimal("0.00")]
    # 2 exits in 3 months -> 8 a year, over an average headcount of 7/3.
    assert found.annualised_attrition_rate_percent == Decimal("342.86")


def test_an_empty_month_has_no_rate():
    assert trend([], set(), date(2026, 1, 1), date(2026, 1, 31)).attrition_rate_percent == [None]


async def test_a_team_lead_sees_their_teams_trend_and_hr_everyones(client):
    world = await build_world()
    world.h1.status, world.h1.left_on = EmployeeStatus.LEFT, date(2026, 5, 20)
    await world.h1.save()
    await EmploymentEvent.create(employee=world.h1, kind=EventKind.LEFT, occurred_on=date(2026, 5, 20), voluntary=True)
    window = {"from": "2026-05-01", "to": "2026-06-30"}
    lead = (await gql(client, TREND, window, token=world.tokens["team_lead"]))["data"]["workforceTrend"]
    hr = (await gql(client, TREND, window, token=world.tokens["hr_manager"]))["data"]["workforceTrend"]
    assert lead["headcount"] == [1, 1] and lead["exits"] == [1, 0] and lead["voluntaryExits"] == [1, 0]
    assert hr["headcount"] == [3, 3] and hr["exits"] == [1, 0]
    assert lead["attritionRatePercent"] == ["66.67", "0.00"]


async def test_a_backwards_or_too_long_range_is_bad_input(client):
    world = await build_world()
    backwards = await gql(client, TREND, {"from": "2026-06-01", "to": "2026-05-01"}, token=world.tokens["hr_manager"])
    too_long = await gql(client, TREND, {"from": "2020-01-01", "to": "2026-05-01"}, token=world.tokens["hr_manager"])
    assert error_codes(backwards) == error_codes(too_long) == ["BAD_USER_INPUT"]
    recruiter = await gql(client, TREND, {"from": "2026-05-01", "to": "2026-05-31"}, token=world.tokens["recruiter"])
    assert recruiter["data"]["workforceTrend"]["headcount"] == [4]  # everyone, no pay needed


async def test_the_trend_in_sql_counts_what_the_pure_function_counts(client):
    from backend.auth import SYSTEM
    from backend.models.employees import Employee
    from backend.resolvers.analytics.workforce import workforce_trend
    from tests.analytics.helpers import leave
    from tests.factories import make_employee, make_team

    team = await make_team()
    people = [await make_employee(team, hired_on=date(2025, 11, 1) + timedelta(days=17 * i)) for i in range(12)]
    for n, person in enumerate(people[::3]):
        await leave(person, date(2026, 1, 5) + timedelta(days=29 * n), voluntary=n % 2 == 0)
    start, end = date(2025, 12, 1), date(2026, 5, 31)
    rows = await Employee.filter(hired_on__lte=end).values_list("id", "hired_on", "left_on")
    voluntary = set(await EmploymentEvent.filter(kind=EventKind.LEFT, voluntary=True).values_list("employee_id", flat=True))
    expected = trend(rows, voluntary, start, end)
    assert await workforce_trend(viewer=SYSTEM, start=start, end=end) == expected
    assert sum(expected.exits) == 4 and sum(expected.voluntary_exits) == 2 and sum(expected.hires) > 0
