"""Employee.profile: the 360 view in one round trip, each section behind its permission, batched."""

from datetime import timedelta
from decimal import Decimal

from backend.graph.base import to_global_id
from backend.models.attendance import AttendanceMonth, LeaveKind, LeaveRecord, LeaveStatus
from backend.models.contracts import Contract, ContractTemplateVersion
from backend.models.employees import Employee
from backend.models.performance import CycleKind, CycleStatus, Review, ReviewCycle
from backend.models.traffic import Platform, PlatformAccount, TrafficDay
from backend.models.training import Enrolment, EnrolmentStatus, TrainingCategory, TrainingPlan, TrainingProgram
from backend.resolvers.analytics.periods import add_months
from backend.resolvers.analytics.profile import months_back
from backend.company_time import company_today
from tests.analytics.helpers import store_scores
from tests.contracts.helpers import make_library
from tests.factories import forbidden_paths, gql, gql_counting_sql, make_employee, make_position
from tests.roles import build_world

SECTIONS = """contract { number status endsOn daysLeft }
  pay { baseSalary positionMedian vsMedianPercent }
  reviewScores { cycle score }
  traffic { months giftRevenue gmv liveHours }
  training { completed12Months hours12Months openMandatory overdueMandatory }
  attendance { months lateCount lateMinutes absentDays leaveDays }
  history { kind occurredOn }
  risk { score drivers { text } }"""
PROFILE = f"""query($id: ID!) {{ employee(id: $id) {{ name profile {{ {SECTIONS} }} }} }}"""
PAGE = f"""query {{ employees(first: 100) {{ edges {{ node {{ employeeNo profile {{ {SECTIONS} }} }} }} }} }}"""
ALL_SECTIONS = {"contract", "pay", "reviewScores", "traffic", "training", "attendance", "risk"}


async def _facts(employee, *, pay_peers: bool = True) -> None:
    """A contract ending in 40 days, five scored reviews, traffic this month and two months ago,
    one training done and one mandatory open (overdue), lateness last month and a leave."""
    today = company_today()
    version = await ContractTemplateVersion.filter().first() or await ContractTemplateVersion.get(template_id=await make_library())
    await Contract.create(number=f"C{employee.id}", employee_id=employee.id, contract_type="full_time", status="active",
                          template_version_id=version.id, created_by="test", starts_on=today - timedelta(days=300),
                          ends_on=today + timedelta(days=40))
    for n in range(5):
        start = add_months(today, -6 + n)
        cycle, _ = await ReviewCycle.get_or_create(name=f"{start:%Y-%m}", defaults=dict(
            kind=CycleKind.MONTHLY, period_start=start, period_end=start.replace(day=28), status=CycleStatus.CLOSED))
        await Review.create(cycle=cycle, employee=employee, team_id=employee.team_id, template_name="Host", indicators=[],
                            score=Decimal(60 + 5 * n))
    account = await PlatformAccount.create(host_id=employee.id, platform=Platform.DOUYIN, handle=f"@{employee.id}",
                                         external_id=f"dy{employee.id}")
    for day, gift in ((today.replace(day=1), "100.50"), (add_months(today, -2), "300.00"), (add_months(today, -8), "999")):
        await TrafficDay.create(account_id=account.id, day=day, host_id=employee.id, team_id=employee.team_id, sessions=1,
                                live_minutes=90, peak_viewers=10, viewer_minutes=100, new_followers=1, followers_end=10,
                                gift_revenue=Decimal(gift), gmv=Decimal("10.00"), orders=1, interactions=1)
    program, _ = await TrainingProgram.get_or_create(code="P1", defaults=dict(
        name="Rules", category=TrainingCategory.COMPLIANCE, hours=Decimal("2.5"), cost_per_head=Decimal(50)))
    plan, _ = await TrainingPlan.get_or_create(name="Mandatory", defaults=dict(mandatory=True))
    await Enrolment.create(employee=employee, program=program, status=EnrolmentStatus.COMPLETED,
                           assigned_on=today - timedelta(days=70), completed_on=today - timedelta(days=60))
    await Enrolment.create(employee=employee, program=program, plan=plan, status=EnrolmentStatus.ASSIGNED,
                           assigned_on=today - timedelta(days=40), due_on=today - timedelta(days=10))
    await AttendanceMonth.create(employee=employee, month=add_months(today, -1), scheduled_days=Decimal(22),
                                 worked_days=Decimal(21), late_count=3, late_minutes=45, absent_days=Decimal("1.0"))
    await LeaveRecord.create(employee=employee, kind=LeaveKind.ANNUAL, start_date=add_months(today, -1),
                             end_date=add_months(today, -1) + timedelta(days=1), days=Decimal("2.0"), status=LeaveStatus.APPROVED)


async def _profile(client, employee, token) -> tuple[dict, set[str]]:
    result = await gql(client, PROFILE, {"id": to_global_id("Employee", employee.id)}, token=token)
    return result["data"]["employee"]["profile"], {p.rsplit(".", 1)[-1] for p in forbidden_paths(result)}


async def _world():
    world = await build_world()
    position = await make_position(title="Host")
    for person, pay in ((world.h1, "8000.00"), (world.h2, "10000.00"), (world.lead, "12000.00")):
        person.position_id, person.base_salary = position.id, Decimal(pay)
        await person.save()
    await _facts(world.h1)
    await store_scores([world.h1, world.lead])
    return world


async def test_hr_sees_every_section_computed_as_recorded(client):
    world = await _world()
    profile, refused = await _profile(client, world.h1, world.tokens["hr_manager"])
    assert refused == set()
    assert profile["contract"]["daysLeft"] == 40 and profile["contract"]["status"] == "active"
    # 8000 against the median of 8000, 10000, 12000.
    assert profile["pay"] == {"baseSalary": "8000.00", "positionMedian": "10000.00", "vsMedianPercent": "-20.0"}
    assert [r["score"] for r in profile["reviewScores"]] == ["65.00", "70.00", "75.00", "80.00"]  # the last four, oldest first
    traffic = profile["traffic"]
    assert traffic["months"] == [m.isoformat() for m in months_back(6)]
    assert traffic["giftRevenue"] == ["0.00", "0.00", "0.00", "300.00", "0.00", "100.50"]
    assert traffic["liveHours"][-1] == "1.50" and traffic["gmv"][3] == "10.00"
    assert profile["training"] == {"completed12Months": 1, "hours12Months": "2.5", "openMandatory": 1, "overdueMandatory": 1}
    attendance = profile["attendance"]
    assert attendance["lateCount"][-2] == 3 and attendance["lateMinutes"][-2] == 45 and attendance["leaveDays"][-2] == "2.0"
    assert sum(attendance["lateCount"]) == 3
    assert [e["kind"] for e in profile["history"]] == ["HIRED"]
    assert profile["risk"]["drivers"][0]["text"].startswith("pay 10%")


async def test_each_role_gets_its_sections_and_is_refused_the_rest(client):
    world = await _world()
    seen = {}
    for role, token in world.tokens.items():
        subject = world.h2 if role == "partner" else world.h1
        seen[role] = (await _profile(client, subject, token))[1]
    assert seen["admin"] == seen["hr_manager"] == set()
    assert seen["finance"] == {"reviewScores", "training", "risk"}  # pay, contracts, traffic, attendance
    assert seen["recruiter"] == ALL_SECTIONS  # who works where: identity, org and history only
    assert seen["team_lead"] == {"pay"}  # their team's host: no pay
    assert seen["employee"] == {"risk"}  # their own record, pay included (self.read_pay); never their risk
    assert seen["partner"] == ALL_SECTIONS  # its linked host: no pay, no risk, nothing of HR's


async def test_nobody_reads_their_own_risk_even_with_the_permission(client):
    world = await _world()
    own, refused = await _profile(client, world.lead, world.tokens["team_lead"])
    assert "risk" in refused and own["risk"] is None
    assert own["pay"]["baseSalary"] == "12000.00"  # their own pay: self.read_pay


async def test_a_page_of_profiles_runs_the_same_queries_for_5_or_25_people(client):
    world = await _world()
    team = await world.h1.team

    async def grow(to: int) -> None:
        while await Employee.all().count() < to:
            await _facts(await make_employee(team, position_id=world.h1.position_id))

    counts = []
    for size in (8, 28):
        await grow(size)
        result, statements = await gql_counting_sql(client, PAGE, token=world.tokens["admin"])
        assert "errors" not in result
        counts.append(statements)
    assert counts[0] == counts[1] and counts[0] > 10, counts
