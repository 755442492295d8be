"""Employees of the demo agency, with two years of hires and exits and their history.

Most people are hosts in the live-streaming departments. Exits carry a reason and whether
they were voluntary; hosts leave more often than staff, mostly over pay and platform policy,
and those who leave were paid less for their position than those who stay (a real effect for
the attrition-risk model to find; the traffic and review steps plant the others).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from backend import crypto
from backend.models.employees import (
    Employee, EmployeeStatus, EmploymentEvent, EmploymentType, EventKind, ExitReason, Gender,
)
from backend.models.org import Team
from backend.resolvers.validation import prc_id_check_char
from backend.seed.context import SeedContext
from backend.seed.org import DEPARTMENTS

BATCH = 1000
AREA_CODES = ["110105", "310104", "440305", "330106", "510104", "420106", "320102", "350203", "430104", "610113"]
STAFF_POSITIONS = {
    "LIVE": ["controller", "controller", "operations"],
    "BEAUTY": ["controller", "operations", "merchandiser"],
    "ECOM": ["controller", "operations", "merchandiser", "merchandiser"],
    "TALENT": ["scout"],
    "HR": ["hrbp", "payroll"],
    "FIN": ["accountant"],
    "TECH": ["engineer"],
}
# Hosts leave mostly over pay, platform rule changes and workload; staff over career and pay.
HOST_EXITS = [(ExitReason.COMPENSATION, 26, True), (ExitReason.PLATFORM_POLICY, 11, True),
              (ExitReason.WORKLOAD, 14, True), (ExitReason.CAREER_GROWTH, 12, True),
              (ExitReason.PERSONAL, 9, True), (ExitReason.RELOCATION, 4, True),
              (ExitReason.PERFORMANCE, 12, False), (ExitReason.CONTRACT_END, 10, False),
              (ExitReason.MISCONDUCT, 2, False)]
STAFF_EXITS = [(ExitReason.CAREER_GROWTH, 30, True), (ExitReason.COMPENSATION, 22, True),
               (ExitReason.MANAGEMENT, 12, True), (ExitReason.PERSONAL, 10, True),
               (ExitReason.RELOCATION, 8, True), (ExitReason.PERFORMANCE, 12, False),
               (ExitReason.CONTRACT_END, 6, False)]


def _id_number(ctx: SeedContext, birth: date, gender: Gender, serial: int) -> str:
    """A valid, unique resident ID number for this birth date (GB 11643: odd sequence for men)."""
    area = ctx.rng.choice(AREA_CODES)
    for attempt in range(500):
        sequence = ((serial + attempt) % 500) * 2 + (1 if gender == Gender.MALE else 0)
        first17 = f"{area}{birth:%Y%m%d}{sequence:03d}"
        if first17 not in ctx.used_id_prefixes:
            ctx.used_id_prefixes.add(first17)
            return first17 + prc_id_check_char(first17)
    raise RuntimeError("ran out of ID numbers for one birth date and area")


def _weighted(ctx: SeedContext, options: list[tuple]) -> tuple:
    return ctx.rng.choices(options, weights=[o[1] for o in options])[0]


def _plan(ctx: SeedContext) -> list[tuple[dict, str]]:
    """(team, role) for every employee: directors, then one lead per team, then members by department
    share. Managers come before the people they manage, so each insert's foreign key already exists."""
    plan: list[tuple[dict, str]] = [({"id": None, "department": code, "live": live}, "director")
                                    for code, _, _, live, _ in DEPARTMENTS]
    plan += [(team, "team_lead") for team in ctx.teams]
    remaining = max(0, ctx.headcount - len(plan))
    for code, _, share, live, _ in DEPARTMENTS:
        teams = [t for t in ctx.teams if t["department"] == code]
        for i in range(round(remaining * share)):
            role = "host" if live and ctx.rng.random() < 0.72 else "staff"
            plan.append((teams[i % len(teams)], role))
    return plan[: ctx.headcount] if len(plan) > ctx.headcount else plan


def _position(ctx: SeedContext, team: dict, role: str) -> str:
    if role == "host":
        return ctx.rng.choices(["host", "senior_host", "assistant_host"], weights=[60, 15, 25])[0]
    if role == "staff":
        return ctx.rng.choice(STAFF_POSITIONS[team["department"]])
    return role


def _employment_type(ctx: SeedContext, role: str) -> EmploymentType:
    if role == "host":
        return ctx.rng.choices(list(EmploymentType), weights=[50, 25, 0, 25])[0]
    if role == "staff":
        return ctx.rng.choices(list(EmploymentType), weights=[88, 2, 10, 0])[0]
    return EmploymentType.FULL_TIME


def _salary(ctx: SeedContext, position: str, employment: EmploymentType, leaving: bool) -> Decimal:
    ranges = {"host": (4000, 9000), "senior_host": (8000, 16000), "assistant_host": (3500, 6000),
              "team_lead": (15000, 30000), "director": (30000, 60000), "engineer": (15000, 35000)}
    low, high = ranges.get(position, (6000, 15000))
    salary = ctx.money(low, high)
    if employment == EmploymentType.INTERN:
        low, high = 3000, 4500
        salary = ctx.money(low, high)
    if leaving:  # planted for the attrition-risk model (no extra draw, so the rest of the demo is unchanged)
        salary = _lower_in_range(salary, low, high)
    if employment == EmploymentType.PART_TIME:
        salary = (salary / 2).quantize(Decimal("0.01"))
    return salary


def _lower_in_range(salary: Decimal, low: int, high: int) -> Decimal:
    """Those who leave were paid less for their position: their place in the range is squared
    (the middle of the range becomes its first quarter)."""
    rank = (float(salary) - low) / (high - low)
    return Decimal(round((low + (high - low) * rank ** 2) / 100) * 100).quantize(Decimal("0.01"))


def _dates(ctx: SeedContext, role: str, position: str) -> tuple[date, date | None]:
    today = ctx.today
    if role in ("team_lead", "director") or ctx.rng.random() < 0.28:
        hired = today - timedelta(days=ctx.rng.randint(730, 2190))  # veterans
    else:
        hired = today - timedelta(days=ctx.rng.randint(1, 729))
    if role in ("team_lead", "director"):
        return hired, None
    leave_chance = 0.38 if position in ("host", "assistant_host", "senior_host") else 0.22
    if ctx.rng.random() < leave_chance:
        tenure = int(ctx.rng.expovariate(1 / 260)) + 30
        left = hired + timedelta(days=tenure)
        if left <= today or ctx.rng.random() < 0.05:
            return hired, min(left, today + timedelta(days=ctx.rng.randint(1, 30)))
    return hired, None


def _status(hired: date, left: date | None, employment: EmploymentType, today: date) -> EmployeeStatus:
    if left is not None:
        return EmployeeStatus.LEFT if left <= today else EmployeeStatus.LEAVING
    if employment == EmploymentType.FULL_TIME and (today - hired).days < 90:
        return EmployeeStatus.PROBATION
    return EmployeeStatus.ACTIVE


def _employee(ctx: SeedContext, serial: int, team: dict, role: str) -> Employee:
    position = _position(ctx, team, role)
    employment = _employment_type(ctx, role)
    female_share = 0.8 if team["department"] == "BEAUTY" else 0.55
    gender = Gender.FEMALE if ctx.rng.random() < female_share else Gender.MALE
    hired, left = _dates(ctx, role, position)
    age = ctx.rng.randint(19, 32) if role == "host" else ctx.rng.randint(22, 48)
    birth = hired - timedelta(days=age * 365 + ctx.rng.randint(0, 364))
    if (ctx.today - birth).days < 16 * 366:
        birth = ctx.today - timedelta(days=17 * 366)
    id_number = _id_number(ctx, birth, gender, serial)
    employee_no = f"MCN{serial:06d}"
    return Employee(
        id=serial, employee_no=employee_no,
        name=ctx.fake.name_female() if gender == Gender.FEMALE else ctx.fake.name_male(),
        gender=gender, birth_date=birth, id_number=id_number, id_number_digest=crypto.blind_index(id_number),
        bank_account="62" + "".join(str(ctx.rng.randint(0, 9)) for _ in range(17)),
        phone=f"1{ctx.rng.choice('3578')}{ctx.rng.randint(0, 999999999):09d}",
        email=f"{employee_no.lower()}@demo-agency.cn", employment_type=employment,
        status=_status(hired, left, employment, ctx.today), hired_on=hired, left_on=left,
        department_id=ctx.departments[team["department"]], team_id=team["id"],
        position_id=ctx.positions[position], base_salary=_salary(ctx, position, employment, left is not None),
        is_host=position in ("host", "senior_host", "assistant_host"),
    )


def _events(ctx: SeedContext, e: Employee) -> list[EmploymentEvent]:
    events = [EmploymentEvent(employee_id=e.id, kind=EventKind.HIRED, occurred_on=e.hired_on,
                              department_id=e.department_id, team_id=e.team_id, position_id=e.position_id,
                              salary_after=e.base_salary)]
    end = e.left_on or ctx.today
    if (end - e.hired_on).days > 365 and ctx.rng.random() < 0.3:
        before = (e.base_salary / Decimal("1.08")).quantize(Decimal("0.01"))
        events[0].salary_after = before
        events.append(EmploymentEvent(
            employee_id=e.id, kind=EventKind.SALARY_CHANGED, salary_before=before, salary_after=e.base_salary,
            occurred_on=e.hired_on + timedelta(days=ctx.rng.randint(300, (end - e.hired_on).days)),
        ))
    if e.left_on is not None:
        reason, _, voluntary = _weighted(ctx, HOST_EXITS if e.is_host else STAFF_EXITS)
        events.append(EmploymentEvent(employee_id=e.id, kind=EventKind.LEFT, occurred_on=e.left_on,
                                      reason_category=reason, voluntary=voluntary))
    return events


async def seed_employees(ctx: SeedContext) -> None:
    plan = _plan(ctx)
    rows: list[Employee] = []
    events: list[EmploymentEvent] = []
    for serial, (team, role) in enumerate(plan, start=1):
        employee = _employee(ctx, serial, team, role)
        rows.append(employee)
        events.extend(_events(ctx, employee))
        ctx.employees.append({"id": serial, "role": role, "team": team.get("id"), "department": team["department"],
                              "current": employee.status != EmployeeStatus.LEFT, "is_host": employee.is_host,
                              "hired_on": employee.hired_on, "left_on": employee.left_on,
                              "part_time": employee.employment_type == EmploymentType.PART_TIME})
    _assign_managers(ctx, rows)
    for start in range(0, len(rows), BATCH):
        await Employee.bulk_create(rows[start : start + BATCH])
        ctx.progress.update("employees", min(start + BATCH, len(rows)), len(rows))
    for start in range(0, len(events), BATCH * 5):
        await EmploymentEvent.bulk_create(events[start : start + BATCH * 5])
    for facts in ctx.employees:
        if facts["role"] == "team_lead":
            await Team.filter(id=facts["team"]).update(lead_id=facts["id"])


def _assign_managers(ctx: SeedContext, rows: list[Employee]) -> None:
    leads = {f["team"]: f["id"] for f in ctx.employees if f["role"] == "team_lead"}
    directors = {f["department"]: f["id"] for f in ctx.employees if f["role"] == "director"}
    for employee, facts in zip(rows, ctx.employees):
        if facts["role"] == "team_lead":
            employee.manager_id = directors.get(facts["department"])
        elif facts["role"] != "director":
            employee.manager_id = leads.get(facts["team"])
