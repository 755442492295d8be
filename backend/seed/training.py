"""Three years of training for the demo: a catalogue of programs with CNY costs, monthly
sessions, a mandatory onboarding plan and an annual platform-compliance plan for hosts, and each
employee's enrolments with completions, no-shows and cancellations.

Planted for the attrition-risk model and the cohort scan: people who later leave voluntarily
take far fewer elective trainings in the 18 months before they go (they stop investing in the
job), so a snapshot up to six months before an exit sees few trainings in its last 12 months.

Its own random generator (derived from the seed), so the earlier steps' data does not change.
Rows go in with the COPY/executemany helper: the large demo writes a few hundred thousand."""

from __future__ import annotations

import math
import random
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal

from tortoise import Tortoise

from backend.db import insert_rows
from backend.models.employees import EmploymentEvent, EventKind
from backend.models.training import Enrolment, EnrolmentStatus, TrainingCategory, TrainingPlan, TrainingProgram, TrainingSession
from backend.seed.context import SeedContext

HISTORY_MONTHS = 36
C = TrainingCategory
# code, name, category, hours, cost per head (CNY), elective weight (0: only through a plan)
PROGRAMS = [
    ("ONB-101", "新员工入职培训 New-hire onboarding", C.ONBOARDING, "8.0", "300.00", 0),
    ("ONB-102", "公司制度与劳动安全 Policies and workplace safety", C.ONBOARDING, "3.0", "120.00", 0),
    ("CMP-201", "平台规则与违规案例 Platform rules and violation cases", C.COMPLIANCE, "4.0", "450.00", 0),
    ("CMP-202", "广告法与直播带货合规 Advertising law for live selling", C.COMPLIANCE, "3.0", "600.00", 3),
    ("LIV-301", "镜头表现力 On-camera presence", C.LIVE_SKILLS, "6.0", "1800.00", 8),
    ("LIV-302", "直播带货话术 Live selling scripts", C.LIVE_SKILLS, "8.0", "2600.00", 10),
    ("LIV-303", "直播间数据复盘 Reading a stream's data", C.LIVE_SKILLS, "4.0", "1200.00", 7),
    ("LIV-304", "粉丝运营与私域 Fan community building", C.LIVE_SKILLS, "6.0", "1500.00", 6),
    ("PRD-401", "美妆产品知识 Beauty product knowledge", C.PRODUCT, "4.0", "800.00", 5),
    ("PRD-402", "选品与供应链 Product selection and supply", C.PRODUCT, "6.0", "1600.00", 4),
    ("LDR-501", "新任组长领导力 First-time team lead", C.LEADERSHIP, "16.0", "6800.00", 2),
    ("TEC-601", "直播推流与设备 Streaming setup and gear", C.TECHNICAL, "3.0", "500.00", 4),
]
TRAINERS = ["王老师 Ms Wang", "李教练 Coach Li", "外部讲师 External trainer", "HRBP", "平台官方讲师 Platform trainer"]
LOCATIONS = ["杭州总部 3F 培训室 Hangzhou HQ 3F", "线上 Online (DingTalk)", "直播基地 B 区 Live base zone B"]
ELECTIVES_PER_YEAR = 3.2
LIVE_SKILLS_PLAN = "直播技能提升 Live-skills boost"
LEAVER_FACTOR, LEAVER_MONTHS = 0.15, 18  # a later voluntary leaver's elective rate in their last 18 months
OUTCOMES = ([EnrolmentStatus.COMPLETED, EnrolmentStatus.NO_SHOW, EnrolmentStatus.CANCELLED], [88, 6, 6])
COLUMNS = ("employee_id", "program_id", "session_id", "plan_id", "source", "status", "assigned_on", "due_on",
           "completed_on", "score", "created_at", "updated_at")


def rng_of(ctx: SeedContext, salt: int) -> random.Random:
    return random.Random(ctx.seed * 7 + salt)


def month_start(day: date, offset: int = 0) -> date:
    index = day.year * 12 + day.month - 1 + offset
    return date(index // 12, index % 12 + 1, 1)


def poisson(rng: random.Random, mean: float) -> int:
    limit, k, p = math.exp(-mean), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


async def voluntary_exits() -> dict[int, date]:
    """employee -> the day they left voluntarily (the employees step drew it with the exit reason)."""
    return dict(await EmploymentEvent.filter(kind=EventKind.LEFT, voluntary=True).values_list("employee_id", "occurred_on"))


def _stamp(day: date) -> datetime:
    return datetime.combine(day, time(2), tzinfo=timezone.utc)


async def _catalogue(ctx: SeedContext, rng: random.Random, start: date) -> tuple[dict, dict, dict]:
    """Programs, a session of each program every month (onboarding twice), and the two plans."""
    await TrainingProgram.bulk_create([TrainingProgram(code=code, name=name, category=cat, hours=Decimal(hours),
                                                       cost_per_head=Decimal(cost), description=name.split(" ", 1)[-1])
                                       for code, name, cat, hours, cost, _ in PROGRAMS])
    programs = dict(await TrainingProgram.all().values_list("code", "id"))
    onboarding = await TrainingPlan.create(name="新员工入职 New-hire onboarding", due_days=30, mandatory=True,
                                           description="Everyone, within 30 days of joining.")
    await onboarding.programs.add(*await TrainingProgram.filter(code__in=["ONB-101", "ONB-102"]))
    compliance = await TrainingPlan.create(name="年度平台合规 Annual platform compliance", due_days=60, mandatory=True,
                                           hosts_only=True, description="Every host, every January: platform rules change.")
    await compliance.programs.add(await TrainingProgram.get(code="CMP-201"))
    # Not mandatory: assigned to the hosts who need it (the demo's few-trainings automation rule).
    boost = await TrainingPlan.create(name=LIVE_SKILLS_PLAN, due_days=45, mandatory=False, hosts_only=True,
                                      description="Hosts who trained little in a year: presence and selling scripts.")
    await boost.programs.add(*await TrainingProgram.filter(code__in=["LIV-301", "LIV-302"]))
    rows, month = [], start
    last = month_start(ctx.today, 1)
    while month <= last:
        for code, *_ in PROGRAMS:
            for day in ((3, 17) if code.startswith("ONB") else (10 + rng.randint(0, 12),)):
                starts = datetime.combine(month.replace(day=day), time(2), tzinfo=timezone.utc)  # 10:00 in Shanghai
                hours = float(next(p[3] for p in PROGRAMS if p[0] == code))
                rows.append((programs[code], starts, starts + timedelta(hours=min(hours, 8) + 1), rng.choice(LOCATIONS),
                             rng.choice(TRAINERS), None if code.startswith("ONB") else rng.choice((30, 40, 60))))
        month = month_start(month, 1)
    conn = Tortoise.get_connection("default")
    await insert_rows(conn, TrainingSession, ("program_id", "starts_at", "ends_at", "location", "trainer", "capacity"), rows)
    sessions: dict[tuple[int, date], list[tuple[int, date]]] = {}
    for pk, program, starts in await TrainingSession.all().order_by("starts_at", "id").values_list("id", "program_id", "starts_at"):
        day = starts.date()
        sessions.setdefault((program, day.replace(day=1)), []).append((pk, day))
    return programs, sessions, {"onboarding": onboarding.id, "compliance": compliance.id}


def _session_on_or_after(sessions: dict, program: int, day: date) -> tuple[int, date] | None:
    for month in (day.replace(day=1), month_start(day, 1), month_start(day, 2)):
        for pk, on in sessions.get((program, month), ()):
            if on >= day:
                return pk, on
    return None


def _enrolment(rng: random.Random, ctx: SeedContext, person: dict, program: int, plan: int | None, source: str,
               assigned: date, due: date | None, session: tuple[int, date] | None, must: bool) -> tuple | None:
    """One enrolment as its outcome stands today; None when the person left before it."""
    left = person["left_on"]
    end = min(left, ctx.today) if left else ctx.today
    if assigned > end:
        return None
    session_id, on = session if session else (None, None)
    if on is None or on > ctx.today or (left is not None and on > left):
        status = EnrolmentStatus.ENROLLED if session_id and on and on > ctx.today else EnrolmentStatus.ASSIGNED
        if left is not None and left <= ctx.today:
            status = EnrolmentStatus.CANCELLED
        return (person["id"], program, session_id if status != EnrolmentStatus.ASSIGNED else None, plan, source, status.value,
                assigned, due, None, None, _stamp(assigned), _stamp(min(end, ctx.today)))
    status = EnrolmentStatus.COMPLETED if must and rng.random() < 0.93 else rng.choices(*OUTCOMES)[0]
    completed = on if status == EnrolmentStatus.COMPLETED else None
    score = Decimal(rng.randint(600, 1000)) / 10 if completed else None
    return (person["id"], program, session_id, plan, source, status.value, assigned, due, completed, score,
            _stamp(assigned), _stamp(on))


def _person_rows(rng: random.Random, ctx: SeedContext, person: dict, start: date, exits: dict[int, date],
                 programs: dict, sessions: dict, plans: dict, electives: tuple[list[str], list[int]]) -> list[tuple]:
    rows = []
    hired, left = person["hired_on"], person["left_on"]
    end = min(left, ctx.today) if left else ctx.today
    if hired >= start:  # onboarding, from the mandatory plan
        for code in ("ONB-101", "ONB-102"):
            session = _session_on_or_after(sessions, programs[code], hired + timedelta(days=rng.randint(0, 12)))
            rows.append(_enrolment(rng, ctx, person, programs[code], plans["onboarding"], "plan", hired,
                                   hired + timedelta(days=30), session, must=True))
    if person["is_host"]:  # every January, the platform-compliance plan
        for year in range(start.year, ctx.today.year + 1):
            assigned = max(date(year, 1, 5), hired)
            if assigned.year == year and date(year, 1, 5) >= start and assigned <= end:
                session = _session_on_or_after(sessions, programs["CMP-201"], assigned + timedelta(days=rng.randint(3, 50)))
                rows.append(_enrolment(rng, ctx, person, programs["CMP-201"], plans["compliance"], "plan", assigned,
                                       assigned + timedelta(days=60), session, must=True))
    exit_on = exits.get(person["id"])
    appetite = rng.uniform(0.5, 1.5) * ELECTIVES_PER_YEAR / 12
    month = max(start, month_start(hired, 1))
    while month <= end:
        rate = appetite
        if exit_on is not None and (exit_on - month).days < LEAVER_MONTHS * 30.44:
            rate *= LEAVER_FACTOR
        for _ in range(min(poisson(rng, rate), 2)):
            code = rng.choices(*electives)[0]
            session = _session_on_or_after(sessions, programs[code], month.replace(day=rng.randint(1, 28)))
            rows.append(_enrolment(rng, ctx, person, programs[code], None, "manual", month.replace(day=1), None,
                                   session, must=False))
        month = month_start(month, 1)
    return [r for r in rows if r is not None]


async def seed_training(ctx: SeedContext) -> None:
    rng = rng_of(ctx, 3)
    start = month_start(ctx.today, -HISTORY_MONTHS)
    programs, sessions, plans = await _catalogue(ctx, rng, start)
    exits = await voluntary_exits()
    electives = ([p[0] for p in PROGRAMS if p[5]], [p[5] for p in PROGRAMS if p[5]])
    conn = Tortoise.get_connection("default")
    batch: list[tuple] = []
    for n, person in enumerate(ctx.employees, start=1):
        batch += _person_rows(rng, ctx, person, start, exits, programs, sessions, plans, electives)
        if len(batch) >= 50_000:
            await insert_rows(conn, Enrolment, COLUMNS, batch)
            batch = []
            ctx.progress.update("training", n, len(ctx.employees))
    await insert_rows(conn, Enrolment, COLUMNS, batch)
    ctx.progress.done(f"training: {len(PROGRAMS)} programs, {await Enrolment.all().count()} enrolments")
