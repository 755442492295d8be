"""A small agency with a true story for the attrition-risk model: hosts paid below the position's
median, and hosts whose audience slides, leave within months; the rest stay."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from backend.models.analytics import RiskBand, RiskModel, RiskScore
from backend.models.employees import Employee, EmployeeStatus, EmploymentEvent, EventKind, ExitReason
from backend.models.traffic import Platform, PlatformAccount, TrafficDay
from backend.resolvers.analytics import features as F
from tests.factories import make_department, make_employee, make_position, make_team

TODAY = date(2026, 6, 30)
HIRED = date(2024, 1, 15)
HISTORY_START = date(2024, 1, 1)


@dataclass
class Agency:
    planted: Employee  # current, paid well below the median, audience sliding now
    steady: Employee  # current, paid above the median, audience steady
    hosts: list[Employee]


async def _traffic(host: Employee, fade_from: date | None, until: date) -> list[TrafficDay]:
    account = await PlatformAccount.create(host_id=host.id, platform=Platform.DOUYIN, handle=f"@{host.employee_no}",
                                         external_id=f"dy{host.id}")
    rows, month = [], HISTORY_START
    while month <= until:
        level = 1.0
        if fade_from and month >= fade_from:
            level = 0.75 ** ((month - fade_from).days / 30.4 + 1)
        rows.append(TrafficDay(account_id=account.id, day=month.replace(day=15), host_id=host.id, team_id=host.team_id,
                               sessions=20, live_minutes=int(3000 * level), peak_viewers=500, viewer_minutes=100_000,
                               new_followers=int(400 * level), followers_end=10_000,
                               gift_revenue=Decimal(round(20_000 * level, 2)), gmv=Decimal("0.00"), orders=0,
                               interactions=1000))
        month = F.add_months(month, 1)
    return rows


async def leave(employee: Employee, on: date, voluntary: bool = True) -> None:
    employee.left_on, employee.status = on, EmployeeStatus.LEFT
    await employee.save()
    await EmploymentEvent.create(employee=employee, kind=EventKind.LEFT, occurred_on=on, voluntary=voluntary,
                                 reason_category=ExitReason.COMPENSATION if voluntary else ExitReason.PERFORMANCE)


async def build_agency(hosts: int = 64) -> Agency:
    """Hosts of one position hired together; every other low-paid host, and every host whose
    traffic starts sliding, leaves (voluntarily) some months later; two are let go."""
    department = await make_department(code="AGENCY", name="Agency")
    team = await make_team(department, name="Team A")
    position = await make_position(title="Host", is_host_role=True)
    days: list[TrafficDay] = []
    people = []
    for i in range(hosts):
        pay = 5000 + (i % 16) * 250  # the position's median is about 6900
        host = await make_employee(team, employee_no=f"H{i:03d}", hired_on=HIRED, position_id=position.id,
                                   base_salary=Decimal(pay))
        await EmploymentEvent.filter(employee_id=host.id).update(position_id=position.id)
        exit_on = date(2024, 9, 1) + timedelta(days=23 * i) if i < hosts - 8 else None
        low_paid = pay < 6500
        fades = i % 4 == 1
        leaves = exit_on is not None and exit_on < TODAY - timedelta(days=30) and ((low_paid and i % 2 == 0) or fades)
        fade_from = F.add_months(exit_on.replace(day=1), -3) if leaves and fades else None
        if leaves:
            await leave(host, exit_on, voluntary=i % 11 != 0)
        days += await _traffic(host, fade_from, host.left_on or TODAY)
        people.append(host)
    planted = await make_employee(team, employee_no="PLANTED", hired_on=HIRED, position_id=position.id,
                                  base_salary=Decimal(5000))
    steady = await make_employee(team, employee_no="STEADY", hired_on=HIRED, position_id=position.id,
                                 base_salary=Decimal(8500))
    days += await _traffic(planted, F.add_months(TODAY.replace(day=1), -3), TODAY)
    days += await _traffic(steady, None, TODAY)
    await TrafficDay.bulk_create(days, batch_size=1000)
    return Agency(planted=planted, steady=steady, hosts=people)


CARD = {"label": "left voluntarily within 6 months", "snapshots": {"first": "2025-01-01", "last": "2025-12-01"},
        "features": ["pay_vs_position_median"], "unavailableFeatures": {"leave": "no leave records"},
        "candidates": [{"name": "logistic regression (L2, C=1)", "rocAuc": 0.8, "rocAucStd": 0.01}],
        "calibration": [{"predicted": 0.1, "observed": 0.1, "count": 10}], "driversMethod": "coefficients",
        "chosenModel": "logistic regression (L2, C=1)"}


async def store_scores(employees: list[Employee]) -> RiskModel:
    """A stored model and a score for each employee (as a scoring run leaves them)."""
    model = await RiskModel.create(trained_at=datetime.now(timezone.utc), chosen_model=CARD["chosenModel"], rows=10,
                                   positives=1, card=CARD, estimator=b"")
    for n, employee in enumerate(employees):
        await RiskScore.create(employee_id=employee.id, model_id=model.id, score=0.1 + 0.05 * n, band=RiskBand.LOW,
                               drivers=[{"feature": "pay_vs_position_median", "text": "pay 10% below the position median"}],
                               scored_at=datetime.now(timezone.utc))
    return model
