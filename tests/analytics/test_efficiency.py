"""efficiency: revenue per head, people cost, human-capital ROI and training ROI; financialFigureUpsert."""

from datetime import date
from decimal import Decimal

from backend.models.compensation import PayrollRun, Payslip
from backend.models.efficiency import FinancialFigure
from backend.models.employees import Employee
from backend.models.traffic import Platform, PlatformAccount, TeamTrafficDay, TrafficDay
from backend.models.training import Enrolment, EnrolmentStatus, TrainingCategory, TrainingProgram
from backend.resolvers.analytics.efficiency import hc_roi
from tests.factories import error_codes, gql, make_department, make_employee, make_team, make_user, token_for
from tests.roles import build_world

EFFICIENCY = """query($from: Date!, $to: Date!, $by: EfficiencyBy!, $bucket: EfficiencyBucket!) {
  efficiency(from: $from, to: $to, by: $by, bucket: $bucket) { buckets bucketEnds groups {
    key label revenue revenueSource peopleCost operatingCost averageHeadcount revenuePerHead humanCapitalRoi } } }"""
TRAINING = """query($from: Date!, $to: Date!) { efficiency(from: $from, to: $to, by: DEPARTMENT) {
  trainingRoi { trained measured pending cost value roi roiCiLow roiCiHigh meanUplift tooFew } } }"""
UPSERT = """mutation($input: FinancialFigureUpsertInput!) { financialFigureUpsert(input: $input) {
  figure { month revenue operatingCost note enteredBy department { name } team { name } } errors { field code message } } }"""


async def _payslip(employee: Employee, month: date, gross: str) -> None:
    run, _ = await PayrollRun.get_or_create(period_start=month, scope_key="all", defaults={"period_end": month})
    await Payslip.create(run=run, employee=employee, period_start=month, team_id=employee.team_id,
                         department_id=employee.department_id, base=Decimal(gross), commission=0, adjustments=0,
                         gross=Decimal(gross))


async def _department():
    """Two people since 2024 and one hired on 1 February; January's revenue from traffic, February's
    from finance."""
    department = await make_department(name="Live")
    team = await make_team(department, name="A")
    people = [await make_employee(team, hired_on=date(2024, 5, 1)), await make_employee(team, hired_on=date(2024, 6, 1)),
              await make_employee(team, hired_on=date(2025, 2, 1))]
    await TeamTrafficDay.create(team_id=team.id, department_id=department.id, day=date(2025, 1, 15), hosts=2,
                                effective_days=2, live_minutes=600, peak_viewers=100, viewer_minutes=1000,
                                new_followers=10, gift_revenue=Decimal("1000.00"), gmv=Decimal("500.00"), orders=5,
                                interactions=50)
    await FinancialFigure.create(month=date(2025, 2, 1), department=department, revenue=Decimal("9000.00"),
                                 operating_cost=Decimal("1000.00"), entered_by="finance")
    for person in people[:2]:
        await _payslip(person, date(2025, 1, 1), "3000.00")
    for person in people:
        await _payslip(person, date(2025, 2, 1), "3000.00")
    return department, team


def test_hc_roi_is_revenue_less_non_people_cost_over_people_cost():
    # Operating cost 10,000 of which people 9,000: (9,000 - (10,000 - 9,000)) / 9,000.
    assert hc_roi(Decimal(9000), Decimal(1000), Decimal(9000)) == Decimal("0.89")
    assert hc_roi(Decimal(9000), None, Decimal(9000)) is None and hc_roi(Decimal(1), Decimal(0), Decimal(0)) is None


async def test_monthly_efficiency_says_where_each_months_revenue_came_from(client):
    department, _ = await _department()
    token = token_for(await make_user("finance"))
    result = await gql(client, EFFICIENCY, {"from": "2025-01-01", "to": "2025-02-28", "by": "DEPARTMENT",
                                            "bucket": "MONTH"}, token=token)
    found = result["data"]["efficiency"]
    assert found["buckets"] == ["2025-01-01", "2025-02-01"] and found["bucketEnds"] == ["2025-01-31", "2025-02-28"]
    (live,) = found["groups"]
    assert live["label"] == "Live"
    # January: 1000 gifts x 0.5 + 500 GMV x 0.2 = 600 from traffic; February: finance's 9000.
    assert live["revenue"] == ["600.00", "9000.00"] and live["revenueSource"] == ["TRAFFIC", "FINANCE"]
    assert live["peopleCost"] == ["6000.00", "9000.00"] and live["operatingCost"] == [None, "1000.00"]
    # Headcount 2 -> 2 in January, 2 -> 3 in February.
    assert live["averageHeadcount"] == ["2.0", "2.5"] and live["revenuePerHead"] == ["300.00", "3600.00"]
    assert live["humanCapitalRoi"] == [None, "0.89"]  # (9000 - 1000) / 9000; no cost entered for January


async def test_a_quarter_mixes_sources_and_a_team_uses_its_own_figures(client):
    department, team = await _department()
    token = token_for(await make_user("admin"))
    quarter = await gql(client, EFFICIENCY, {"from": "2025-01-01", "to": "2025-03-31", "by": "DEPARTMENT",
                                             "bucket": "QUARTER"}, token=token)
    (live,) = quarter["data"]["efficiency"]["groups"]
    assert live["revenue"] == ["9600.00"] and live["revenueSource"] == ["MIXED"] and live["humanCapitalRoi"] == [None]
    assert live["averageHeadcount"] == ["2.5"]  # 2 on 31 Dec, 3 on 31 March
    # The department's figure is not the team's: by team, February comes from (no) traffic.
    by_team = await gql(client, EFFICIENCY, {"from": "2025-01-01", "to": "2025-02-28", "by": "TEAM", "bucket": "MONTH"},
                        token=token)
    (a,) = by_team["data"]["efficiency"]["groups"]
    assert a["label"] == "A" and a["revenue"] == ["600.00", "0.00"] and a["revenueSource"] == ["TRAFFIC", "TRAFFIC"]


async def test_revenue_share_settings_change_the_traffic_revenue(client, monkeypatch):
    from backend import settings

    await _department()
    monkeypatch.setenv("HRGRAPH_REVENUE_GIFT_SHARE", "0.3")
    monkeypatch.setenv("HRGRAPH_REVENUE_GMV_COMMISSION", "0.1")
    settings.get_settings.cache_clear()
    try:
        result = await gql(client, EFFICIENCY, {"from": "2025-01-01", "to": "2025-01-31", "by": "DEPARTMENT",
                                                "bucket": "MONTH"}, token=token_for(await make_user("finance")))
    finally:
        monkeypatch.undo()
        settings.get_settings.cache_clear()
    assert result["data"]["efficiency"]["groups"][0]["revenue"] == ["350.00"]  # 300 + 50


async def test_efficiency_needs_efficiency_read_and_a_bounded_period(client):
    world = await build_world()
    variables = {"from": "2025-01-01", "to": "2025-03-31", "by": "TEAM", "bucket": "MONTH"}
    allowed = {role for role, token in world.tokens.items()
               if not (await gql(client, EFFICIENCY, variables, token=token)).get("errors")}
    assert allowed == {"admin", "hr_manager", "finance"}
    token = world.tokens["finance"]
    backwards = await gql(client, EFFICIENCY, {**variables, "from": "2025-04-01"}, token=token)
    too_long = await gql(client, EFFICIENCY, {**variables, "from": "2021-01-01"}, token=token)
    assert error_codes(backwards) == error_codes(too_long) == ["BAD_USER_INPUT"]


async def _host_months(host: Employee, levels: dict[int, int]) -> None:
    """Gift revenue on the 15th of each month (month number of 2024/2025 -> amount)."""
    account = await PlatformAccount.create(host_id=host.id, platform=Platform.DOUYIN, handle=f"@{host.employee_no}",
                                         external_id=f"dy{host.id}")
    for index, amount in levels.items():
        day = date(2024 + (index - 1) // 12, (index - 1) % 12 + 1, 15)
        await TrafficDay.create(account_id=account.id, day=day, host_id=host.id, team_id=host.team_id, sessions=1,
                                live_minutes=120, peak_viewers=10, viewer_minutes=100, new_followers=1, followers_end=10,
                                gift_revenue=Decimal(amount), gmv=Decimal(0), orders=0, interactions=0)


async def _training(trained: int):
    """Hosts trained in March 2025 (cost 100 each) gain 600, 700, ... a month; their untrained
    teammates gain 100: uplifts of 500, 600, ... over December-February -> April-June."""
    team = await make_team(await make_department())
    program = await TrainingProgram.create(code="LIVE1", name="On camera", category=TrainingCategory.LIVE_SKILLS,
                                           hours=Decimal("8.0"), cost_per_head=Decimal("100.00"))
    before, after = (12, 13, 14), (16, 17, 18)  # Dec 2024 - Feb 2025, Apr - Jun 2025
    for i in range(trained):
        host = await make_employee(team, hired_on=date(2024, 1, 1))
        await Enrolment.create(employee=host, program=program, status=EnrolmentStatus.COMPLETED,
                               assigned_on=date(2025, 3, 1), completed_on=date(2025, 3, 15))
        await _host_months(host, {**{m: 1000 for m in before}, 15: 1000, **{m: 1600 + 100 * i for m in after}})
    for _ in range(2):
        peer = await make_employee(team, hired_on=date(2024, 1, 1))
        await _host_months(peer, {**{m: 1000 for m in before}, 15: 1000, **{m: 1100 for m in after}})


async def test_training_roi_compares_trained_hosts_with_their_untrained_teammates(client):
    await _training(5)
    result = await gql(client, TRAINING, {"from": "2025-03-01", "to": "2025-03-31"}, token=token_for(await make_user("hr_manager")))
    roi = result["data"]["efficiency"]["trainingRoi"]
    assert (roi["trained"], roi["measured"], roi["pending"], roi["tooFew"]) == (5, 5, 0, False)
    # Uplifts 500..900: mean 700 a month; value 700 x 3 months x 5 = 10,500 over a cost of 500.
    assert (roi["meanUplift"], roi["value"], roi["cost"], roi["roi"]) == ("700.00", "10500.00", "500.00", "21.00")
    # sd 158.11, t(0.975, 4) = 2.7764: 700 -/+ 196.32, times 3 x 5 / 500.
    assert (roi["roiCiLow"], roi["roiCiHigh"]) == ("15.11", "26.89")


async def test_training_roi_with_too_few_trained_hosts_gives_no_roi(client):
    await _training(4)
    result = await gql(client, TRAINING, {"from": "2025-03-01", "to": "2025-03-31"}, token=token_for(await make_user("finance")))
    roi = result["data"]["efficiency"]["trainingRoi"]
    assert roi["tooFew"] is True and roi["measured"] == 4 and roi["roi"] is None and roi["roiCiLow"] is None
    assert roi["meanUplift"] == "650.00"


async def test_finance_upserts_a_departments_own_figure_once(client):
    department = await make_department(name="Live")
    token = token_for(await make_user("finance"))
    from backend.graph.base import to_global_id

    first = {"month": "2025-03-01", "departmentId": to_global_id("Department", department.id), "revenue": "100.00",
             "operatingCost": "40.00", "note": "March close"}
    created = await gql(client, UPSERT, {"input": first}, token=token)
    updated = await gql(client, UPSERT, {"input": {**first, "revenue": "150.50"}}, token=token)
    assert created["data"]["financialFigureUpsert"]["errors"] == []
    figure = updated["data"]["financialFigureUpsert"]["figure"]
    assert (figure["revenue"], figure["operatingCost"], figure["team"], figure["department"]["name"]) == (
        "150.50", "40.00", None, "Live")
    assert await FinancialFigure.filter(department_id=department.id).count() == 1  # null team: found, not duplicated


async def test_a_bad_figure_is_refused_with_every_reason_and_nothing_written(client):
    from backend.graph.base import to_global_id

    department, other = await make_department(name="Live"), await make_department(name="Other")
    foreign = await make_team(other, name="Elsewhere")
    token = token_for(await make_user("finance"))
    bad = {"month": "2025-03-15", "departmentId": to_global_id("Department", department.id),
           "teamId": to_global_id("Team", foreign.id), "revenue": "-1", "operatingCost": "1.005"}
    result = await gql(client, UPSERT, {"input": bad}, token=token)
    errors = {(e["field"], e["code"]) for e in result["data"]["financialFigureUpsert"]["errors"]}
    assert errors == {("month", "INVALID"), ("revenue", "INVALID"), ("operatingCost", "INVALID"), ("teamId", "INVALID")}
    missing = await gql(client, UPSERT, {"input": {"month": "2025-03-01", "departmentId": to_global_id("Department", department.id)}},
                        token=token)
    assert {e["code"] for e in missing["data"]["financialFigureUpsert"]["errors"]} == {"REQUIRED"}
    hr = await gql(client, UPSERT, {"input": {**bad, "month": "2025-03-01"}}, token=token_for(await make_user("hr_manager")))
    assert error_codes(hr) == ["FORBIDDEN"]
    assert await FinancialFigure.all().count() == 0


async def test_a_months_figures_list_the_departments_own_before_its_teams(client):
    from backend.graph.base import to_global_id

    department = await make_department(name="Live")
    team_b, team_a = await make_team(department, name="B"), await make_team(department, name="A")
    finance = token_for(await make_user("finance"))
    for team in (team_b, None, team_a):
        figure = {"month": "2025-03-01", "departmentId": to_global_id("Department", department.id), "revenue": "10.00",
                  "operatingCost": "1.00", "teamId": to_global_id("Team", team.id) if team else None}
        assert (await gql(client, UPSERT, {"input": figure}, token=finance))["data"]["financialFigureUpsert"]["errors"] == []
    query = """query($month: Date!) { financialFigures(month: $month) { totalCount edges { node { revenue team { name } } } } }"""
    listed = (await gql(client, query, {"month": "2025-03-01"}, token=finance))["data"]["financialFigures"]
    assert listed["totalCount"] == 3 and [e["node"]["team"] and e["node"]["team"]["name"] for e in listed["edges"]] == [None, "B", "A"]
    assert (await gql(client, query, {"month": "2025-04-01"}, token=finance))["data"]["financialFigures"]["totalCount"] == 0
    refused = await gql(client, query, {"month": "2025-03-01"}, token=token_for(await make_user("recruiter")))
    assert error_codes(refused) == ["FORBIDDEN"]
