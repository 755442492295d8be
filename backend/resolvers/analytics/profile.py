"""The 360 profile's facts, each for a whole batch of employees in one query (the DataLoaders'
fetch functions). The employees were already scoped by whoever loaded them; what each section may
show is decided by the graph's field permissions."""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from backend.auth import Viewer
from backend.models.attendance import AttendanceMonth, LeaveRecord, LeaveStatus
from backend.models.contracts import Contract, ContractStatus
from backend.models.employees import Employee, EmployeeStatus
from backend.models.traffic import PlatformAccount
from backend.models.training import OPEN_ENROLMENT, Enrolment, EnrolmentStatus
from backend.resolvers.analytics.periods import add_months, as_date, fetch, month_index, month_of, month_sql, parse_month
from backend.company_time import company_today

TRAFFIC_MONTHS = 6
ATTENDANCE_MONTHS = 6
TRAINING_MONTHS = 12
CENT = Decimal("0.01")


def months_back(count: int, today: date | None = None) -> list[date]:
    """The first days of the last `count` months, the current one included, oldest first."""
    this = month_index(today or company_today())
    return [month_of(i) for i in range(this - count + 1, this + 1)]


async def current_contracts(ids: list[int]) -> dict[int, Contract]:
    """Each employee's contract in force (the latest active one), else their latest contract."""
    found: dict[int, Contract] = {}
    for row in await Contract.filter(employee_id__in=ids).order_by("employee_id", "-starts_on", "-id"):
        best = found.get(row.employee_id)
        if best is None or (row.status == ContractStatus.ACTIVE and best.status != ContractStatus.ACTIVE):
            found[row.employee_id] = row
    return found


async def position_medians(position_ids: list[int]) -> dict[int, Decimal]:
    """The median monthly base pay of the people currently in each position."""
    pays: dict[int, list[Decimal]] = defaultdict(list)
    for position, pay in await Employee.filter(position_id__in=position_ids, base_salary__not_isnull=True).exclude(
            status=EmployeeStatus.LEFT).values_list("position_id", "base_salary"):
        pays[position].append(pay)
    return {pk: Decimal(statistics.median(values)).quantize(CENT, ROUND_HALF_UP) for pk, values in pays.items()}


@dataclass
class TrafficMonth:
    month: date
    gift_revenue: Decimal = Decimal("0.00")
    gmv: Decimal = Decimal("0.00")
    live_minutes: int = 0


HOST_MONTHS_SQL = """SELECT host_id, {month} AS month, SUM(CAST(ROUND(gift_revenue * 100) AS BIGINT)) AS gift_fen,
       SUM(CAST(ROUND(gmv * 100) AS BIGINT)) AS gmv_fen, SUM(live_minutes) AS minutes
FROM traffic_days WHERE host_id IN ({marks}) AND day >= ? {accounts} GROUP BY 1, 2"""


async def traffic_months(viewer: Viewer, host_ids: list[int]) -> dict[int, list[TrafficMonth]]:
    """The last six months (this one included) of each host, zero-filled; a partner counts only
    the accounts linked to it."""
    months = months_back(TRAFFIC_MONTHS)
    accounts, params = "", [*host_ids, months[0]]
    if viewer.kind == "client":
        linked = await PlatformAccount.filter(partner_client_id=viewer.client_pk).values_list("id", flat=True)
        accounts = f"AND account_id IN ({', '.join('?' for _ in linked) or 'NULL'})"
        params += list(linked)
    sql = HOST_MONTHS_SQL.format(month=month_sql(), marks=", ".join("?" for _ in host_ids), accounts=accounts)
    found: dict[tuple[int, date], TrafficMonth] = {}
    for row in await fetch(sql, params):
        month = parse_month(row["month"])
        found[(row["host_id"], month)] = TrafficMonth(month, _yuan(row["gift_fen"]), _yuan(row["gmv_fen"]),
                                                      int(row["minutes"] or 0))
    return {host: [found.get((host, m)) or TrafficMonth(m) for m in months] for host in host_ids}


def _yuan(fen) -> Decimal:
    return (Decimal(int(fen or 0)) / 100).quantize(CENT)


@dataclass
class TrainingFacts:
    completed: int = 0
    hours: Decimal = Decimal("0.0")
    open_mandatory: int = 0
    overdue_mandatory: int = 0


async def training_facts(ids: list[int]) -> dict[int, TrainingFacts]:
    """Programs completed in the last 12 months and their hours; mandatory ones still open."""
    today = company_today()
    since = add_months(today, -TRAINING_MONTHS).replace(day=min(today.day, 28))
    facts: dict[int, TrainingFacts] = defaultdict(TrainingFacts)
    rows = await Enrolment.filter(employee_id__in=ids).values_list(
        "employee_id", "status", "completed_on", "due_on", "program__hours", "plan__mandatory")
    for employee, status, completed, due, hours, mandatory in rows:
        f = facts[employee]
        if status == EnrolmentStatus.COMPLETED and completed is not None and as_date(completed) >= since:
            f.completed += 1
            f.hours += hours or Decimal(0)
        elif status in OPEN_ENROLMENT and mandatory:
            f.open_mandatory += 1
            f.overdue_mandatory += 1 if due is not None and as_date(due) < today else 0
    return dict(facts)


@dataclass
class AttendanceFacts:
    months: list[date]
    late_count: list[int]
    late_minutes: list[int]
    absent_days: list[Decimal]
    leave_days: list[Decimal]
    leave_by_kind: dict[str, Decimal] = field(default_factory=dict)


async def attendance_facts(ids: list[int]) -> dict[int, AttendanceFacts]:
    """The last six months (this one included): lateness and absences as the time clock reported
    them, and approved leave by the month it started in."""
    months = months_back(ATTENDANCE_MONTHS)
    index = {m: i for i, m in enumerate(months)}
    n = len(months)
    facts = {pk: AttendanceFacts(months, [0] * n, [0] * n, [Decimal(0)] * n, [Decimal(0)] * n) for pk in ids}
    for employee, month, late, minutes, absent in await AttendanceMonth.filter(
            employee_id__in=ids, month__gte=months[0]).values_list("employee_id", "month", "late_count", "late_minutes",
                                                                   "absent_days"):
        i = index.get(as_date(month).replace(day=1))
        if i is not None:
            f = facts[employee]
            f.late_count[i], f.late_minutes[i], f.absent_days[i] = late, minutes, absent
    for employee, start, days, kind in await LeaveRecord.filter(
            employee_id__in=ids, status=LeaveStatus.APPROVED, start_date__gte=months[0]).values_list(
            "employee_id", "start_date", "days", "kind"):
        i = index.get(as_date(start).replace(day=1))
        if i is not None:
            f = facts[employee]
            f.leave_days[i] += days
            key = getattr(kind, "value", kind)
            f.leave_by_kind[key] = f.leave_by_kind.get(key, Decimal(0)) + days
    return facts
