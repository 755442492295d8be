"""Payroll runs: one month for a scope (everyone, a department, a team), computed from base pay,
the commission plans in force and the month's traffic rollups, recomputable until locked.

Concurrency is settled by the database, so it holds across processes: a computation first claims
the run (a conditional UPDATE: a second one finds it taken and is refused), and a payslip is
unique per employee and month, so two runs whose scopes overlap cannot both pay someone. A
claim older than CLAIM_TIMEOUT is a computation that died; the next one takes it over.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from backend.auth import Viewer, now
from backend.db import insert_rows
from backend.errors import DomainError, ValidationFailed
from backend.i18n import Message, phrase
from backend.models.alerts import Alert, Severity
from backend.models.compensation import (
    CommissionPlan, PayrollAdjustment, PayrollRun, PayrollStatus, Payslip, PayslipLine, PlanAssignment,
)
from backend.models.employees import Employee
from backend.models.org import Department, Team
from backend.permissions import Permission
from backend.resolvers import outbox
from backend.resolvers.alerts import raise_alert
from backend.resolvers.audit import record_event
from backend.resolvers.compensation import inputs as traffic
from backend.resolvers.compensation.assignments import Assignment, Scope
from backend.resolvers.compensation.payslips import Adjustment, Draft, Staff, payslip, split_for
from backend.resolvers.compensation.plans import as_assignment, month_bounds, previous_month
from backend.resolvers.compensation.rules import FEN, ZERO, Plan, money
from backend.resolvers.employees import scoped_employees

CLAIM_TIMEOUT = timedelta(minutes=15)
Progress = Callable[[int, int], None]


def _fail(code: str, message: str, field: str | None = None) -> DomainError:
    return DomainError(code, message, field)


def scope_key(*, department_id: int | None = None, team_id: int | None = None) -> str:
    if department_id and team_id:
        raise _fail("INVALID", "A run is for everyone, one department or one team: give one of them at most.", "teamId")
    return f"department:{department_id}" if department_id else f"team:{team_id}" if team_id else "all"


def _scope_employees(key: str) -> QuerySet[Employee]:
    kind, _, target = key.partition(":")
    if kind == "department":
        return Employee.filter(department_id=int(target))
    return Employee.filter(team_id=int(target)) if kind == "team" else Employee.all()


def _employed_in(query: QuerySet[Employee], first: date, last: date) -> QuerySet[Employee]:
    return query.filter(hired_on__lte=last).filter(Q(left_on__isnull=True) | Q(left_on__gte=first))


def first_of_month(month: date, field: str = "month") -> date:
    if month.day != 1:
        raise _fail("INVALID", Message("A pay period is a calendar month: give its first day ({first_day}).",
                                       first_day=month.replace(day=1)), field)
    return month


async def create_run(*, viewer: Viewer, month: date, department_id: int | None = None, team_id: int | None = None,
                     progress: Progress | None = None) -> PayrollRun:
    """Creates the month's run for the scope and computes it."""
    first, key = first_of_month(month), scope_key(department_id=department_id, team_id=team_id)
    if department_id and not await Department.filter(id=department_id).exists():
        raise _fail("NOT_FOUND", "No such department.", "departmentId")
    if team_id and not await Team.filter(id=team_id).exists():
        raise _fail("NOT_FOUND", "No such team.", "teamId")
    try:
        run = await PayrollRun.create(period_start=first, period_end=month_bounds(first)[1], scope_key=key,
                                      created_by_id=viewer.user_id)
    except IntegrityError:
        existing = await PayrollRun.get(period_start=first, scope_key=key)
        raise _fail("DUPLICATE", Message("{first:%Y-%m} already has a run for this scope (run {run_id}, {status}): recompute that one.",
                                         first=first, run_id=existing.id, status=phrase(existing.status.value)), "month") from None
    await record_event(viewer=viewer, action="payroll_run.create", target_type="payroll_run", target_id=run.id)
    return await compute_run(viewer=viewer, run_id=run.id, progress=progress)


async def _claim(run_id: int) -> tuple[PayrollRun, PayrollStatus]:
    run = await PayrollRun.get_or_none(id=run_id)
    if run is None:
        raise _fail("NOT_FOUND", "No such payroll run.", "id")
    stale = now() - CLAIM_TIMEOUT
    claimable = Q(status__in=[PayrollStatus.DRAFT, PayrollStatus.COMPUTED]) | Q(status=PayrollStatus.COMPUTING,
                                                                               claimed_at__lt=stale)
    taken = await PayrollRun.filter(claimable, id=run_id).update(status=PayrollStatus.COMPUTING, claimed_at=now())
    if not taken:
        run = await PayrollRun.get(id=run_id)
        if run.status == PayrollStatus.LOCKED:
            raise _fail("LOCKED", Message("Run {run_id} for {period_start:%Y-%m} is locked: corrections go into a later month "
                                          "as adjustments.", run_id=run.id, period_start=run.period_start), "id")
        if run.status != PayrollStatus.COMPUTING or run.claimed_at is None:  # the other computation ended in between
            raise _fail("CONFLICT", Message("Run {run_id} was computed by another request just now: reload it before computing "
                                            "again.", run_id=run.id), "id")
        raise _fail("CONFLICT", Message("Run {run_id} is being computed (since {claimed_at:%H:%M:%S} UTC): wait for it to finish.",
                                        run_id=run.id, claimed_at=run.claimed_at), "id")
    previous = PayrollStatus.COMPUTED if run.computed_at else PayrollStatus.DRAFT
    return run, previous


async def compute_run(*, viewer: Viewer, run_id: int, progress: Progress | None = None) -> PayrollRun:
    """(Re)computes every payslip of the run; on any failure the run is left as it was."""
    run, previous = await _claim(run_id)
    try:
        drafts, placements = await _drafts(run, progress)
        await _write(run, drafts, placements)
    except BaseException:
        await PayrollRun.filter(id=run.id, status=PayrollStatus.COMPUTING).update(status=previous, claimed_at=None)
        raise
    run = await PayrollRun.get(id=run.id)
    await record_event(viewer=viewer, action="payroll_run.compute", target_type="payroll_run", target_id=run.id)
    await _settle_ready_alerts(run.id, viewer)
    await raise_alert(kind="PAYROLL_READY", severity=Severity.INFO, dedup_key=f"payroll:{run.id}:{run.computed_at.isoformat()}",
                      subject_type="payroll_run", subject_id=run.id, data=run_totals(run),
                      message=f"Payroll {run.period_start:%Y-%m} ({run.scope_key}) computed: {run.payslip_count} payslips, "
                              f"gross {money(run.total_gross)}; review and lock it.")
    return run


async def _settle_ready_alerts(run_id: int, viewer: Viewer) -> None:
    """A run's earlier "ready to lock" alert is done once it is recomputed or locked."""
    stamp = now()
    open_alerts = Alert.filter(kind="PAYROLL_READY", subject_type="payroll_run", subject_id=run_id, resolved_at__isnull=True)
    await open_alerts.filter(acknowledged_at__isnull=True).update(acknowledged_at=stamp, acknowledged_by=viewer.label)
    await open_alerts.update(resolved_at=stamp, resolved_by=viewer.label)


def run_totals(run: PayrollRun) -> dict:
    return {"runId": run.id, "month": f"{run.period_start:%Y-%m}", "scope": run.scope_key, "payslips": run.payslip_count,
            "gross": str(run.total_gross)}


@dataclass
class _MonthData:
    plans: dict[int, Plan]
    by_target: dict[tuple[Scope, int], list[Assignment]]
    totals: dict[int, traffic.HostTotals]
    growth: dict[int, Decimal | None]
    adjustments: dict[int, list[Adjustment]]

    def candidates(self, staff: Staff) -> list[Assignment]:
        targets = ((Scope.HOST, staff.id), (Scope.TEAM, staff.team_id), (Scope.POSITION, staff.position_id))
        return [a for target in targets for a in self.by_target.get(target, ())]


async def _month_data(run: PayrollRun, staff: QuerySet[Employee]) -> _MonthData:
    first, last = run.period_start, run.period_end
    rows = await PlanAssignment.filter(effective_from__lte=last).filter(Q(effective_to__isnull=True) | Q(effective_to__gte=first))
    by_target: dict[tuple[Scope, int], list[Assignment]] = defaultdict(list)
    for row in rows:
        by_target[(Scope(row.scope.value), row.target_id)].append(as_assignment(row))
    plans = {p.id: Plan.from_dict(p.rules) for p in await CommissionPlan.filter(id__in={r.plan_id for r in rows})}
    adjustments: dict[int, list[Adjustment]] = defaultdict(list)
    for adj in await PayrollAdjustment.filter(period_start=first, employee_id__in=Subquery(staff.values("id"))).order_by("id"):
        adjustments[adj.employee_id].append(Adjustment(adj.amount, adj.reason, adj.corrects_period))
    return _MonthData(plans=plans, by_target=by_target,
                      totals=await traffic.month_totals(first=first, last=last, scope_key=run.scope_key),
                      growth=await traffic.team_growth(first=first, last=last, previous_first=previous_month(first)),
                      adjustments=adjustments)


STAFF_FIELDS = ("id", "team_id", "position_id", "hired_on", "left_on", "base_salary", "is_host", "department_id")


async def _drafts(run: PayrollRun, progress: Progress | None) -> tuple[list[Draft], dict[int, tuple[int | None, int | None]]]:
    first, last = run.period_start, run.period_end
    staff_query = _employed_in(_scope_employees(run.scope_key), first, last)
    await _refuse_overlap(run, staff_query)
    data = await _month_data(run, staff_query)
    rows = await staff_query.order_by("id").values_list(*STAFF_FIELDS)
    staff = [Staff(*row[:-1]) for row in rows]
    placements = {row[0]: (row[1], row[-1]) for row in rows}
    splits = {s.id: split_for(s, first=first, candidates=data.candidates(s)) for s in staff if s.is_host or data.candidates(s)}
    days = await traffic.daily_totals(first=first, last=last, host_ids=[i for i, split in splits.items() if len(split.periods) > 1])
    drafts = []
    for n, s in enumerate(staff, start=1):
        drafts.append(payslip(s, first=first, last=last, candidates=data.candidates(s), plans=data.plans,
                              month=data.totals.get(s.id), days=days.get(s.id), team_growth=data.growth.get(s.team_id),
                              adjustments=data.adjustments.get(s.id, ()), split=splits.get(s.id)))
        if progress and (n % 1000 == 0 or n == len(staff)):
            progress(n, len(staff))
    return drafts, placements


async def _refuse_overlap(run: PayrollRun, staff: QuerySet[Employee]) -> None:
    others = await (Payslip.filter(period_start=run.period_start, employee_id__in=Subquery(staff.values("id")))
                    .exclude(run_id=run.id).distinct().values_list("run_id", flat=True))
    if others:
        keys = ", ".join(f"run {r.id} ({r.scope_key})" for r in await PayrollRun.filter(id__in=list(others)))
        raise _fail("CONFLICT", Message("Some of these employees are already paid for {period_start:%Y-%m} by {runs}: "
                                        "one payslip per person and month.", period_start=run.period_start, runs=keys), "id")


PAYSLIP_COLUMNS = ("run_id", "employee_id", "period_start", "team_id", "department_id", "base", "commission", "adjustments", "gross", "locked")
LINE_COLUMNS = ("payslip_id", "position", "kind", "amount", "explanation")


async def _write(run: PayrollRun, drafts: list[Draft], placements: dict[int, tuple[int | None, int | None]]) -> None:
    """Replaces the run's payslips in one transaction; the unique payslip per employee and month
    refuses a concurrent run over an overlapping scope that got past the check."""
    totals = {"base": ZERO, "commission": ZERO, "adjustments": ZERO, "gross": ZERO}
    slips = []
    for d in drafts:
        amounts = {"base": d.base, "commission": d.commission, "adjustments": d.adjustments, "gross": d.total()}
        totals = {k: totals[k] + amounts[k] for k in totals}
        placement = placements[d.employee_id]
        slips.append((run.id, d.employee_id, run.period_start, *placement, *amounts.values(), False))
    try:
        async with in_transaction() as conn:
            await PayslipLine.filter(payslip_id__in=Subquery(Payslip.filter(run_id=run.id).values("id"))).using_db(conn).delete()
            await Payslip.filter(run_id=run.id).using_db(conn).delete()
            await insert_rows(conn, Payslip, PAYSLIP_COLUMNS, slips)
            ids = dict(await Payslip.filter(run_id=run.id).using_db(conn).values_list("employee_id", "id"))
            lines = [(ids[d.employee_id], i, line.kind, line.amount, line.explanation)
                     for d in drafts for i, line in enumerate(d.lines)]
            await insert_rows(conn, PayslipLine, LINE_COLUMNS, lines)
            await PayrollRun.filter(id=run.id).using_db(conn).update(
                status=PayrollStatus.COMPUTED, computed_at=now(), claimed_at=None, payslip_count=len(drafts),
                total_base=totals["base"], total_commission=totals["commission"],
                total_adjustments=totals["adjustments"], total_gross=totals["gross"])
    except IntegrityError:
        raise _fail("CONFLICT", Message("Another run paid some of these employees for {period_start:%Y-%m} at the same moment: "
                                        "one payslip per person and month.", period_start=run.period_start), "id") from None


async def lock_run(*, viewer: Viewer, run_id: int) -> PayrollRun:
    """Freezes a computed run; emits payroll.locked for finance systems."""
    run = await PayrollRun.get_or_none(id=run_id)
    if run is None:
        raise _fail("NOT_FOUND", "No such payroll run.", "id")
    async with in_transaction():
        locked = await PayrollRun.filter(id=run_id, status=PayrollStatus.COMPUTED).update(
            status=PayrollStatus.LOCKED, locked_at=now(), locked_by_id=viewer.user_id)
        if not locked:
            state = (await PayrollRun.get(id=run_id)).status
            why = {PayrollStatus.LOCKED: Message("Run {run_id} is already locked.", run_id=run_id),
                   PayrollStatus.DRAFT: Message("Run {run_id} has not been computed.", run_id=run_id),
                   PayrollStatus.COMPUTING: Message("Run {run_id} is being computed.", run_id=run_id)}[state]
            raise _fail("LOCKED" if state == PayrollStatus.LOCKED else "CONFLICT", why, "id")
        await Payslip.filter(run_id=run_id).update(locked=True)
        await outbox.emit("payroll.locked", subject_type="payroll_run", subject_id=run_id)
    await _settle_ready_alerts(run_id, viewer)
    await record_event(viewer=viewer, action="payroll_run.lock", target_type="payroll_run", target_id=run_id)
    return await PayrollRun.get(id=run_id)


async def add_adjustment(*, viewer: Viewer, employee_id: int, month: date, amount: Decimal, reason: str,
                         corrects_month: date | None = None) -> PayrollAdjustment:
    """An amount paid (or deducted) with the employee's payslip of `month`, which must not be locked;
    it shows once that month's run is (re)computed."""
    first = first_of_month(month)
    errors = []
    if amount == 0 or amount != amount.quantize(FEN):
        errors.append(("amount", "An adjustment is a non-zero amount in whole fen (0.01)."))
    if not reason.strip():
        errors.append(("reason", "Say why: the reason is printed on the payslip."))
    if corrects_month is not None and (corrects_month.day != 1 or corrects_month >= first):
        errors.append(("correctsMonth", "The month corrected is the first day of an earlier month."))
    if errors:
        raise ValidationFailed([DomainError("INVALID" if f != "reason" else "REQUIRED", m, f) for f, m in errors])
    employee = await scoped_employees(viewer).get_or_none(id=employee_id)
    if employee is None:
        raise _fail("NOT_FOUND", "No such employee that you can see.", "employeeId")
    async with in_transaction():
        if await Payslip.filter(employee_id=employee_id, period_start=first, locked=True).select_for_update().exists():
            raise _fail("LOCKED", Message("{name}'s payslip for {first:%Y-%m} is locked: pay it in a later month "
                                          "with correctsMonth {first}.", name=employee.name, first=first), "month")
        row = await PayrollAdjustment.create(employee_id=employee_id, period_start=first, amount=amount, reason=reason.strip(),
                                             corrects_period=corrects_month, created_by_id=viewer.user_id)
    await record_event(viewer=viewer, action="payroll_adjustment.create", target_type="payroll_adjustment",
                       target_id=row.id, employee_id=employee_id)
    return row


async def delete_adjustment(*, viewer: Viewer, adjustment_id: int) -> None:
    row = await PayrollAdjustment.get_or_none(id=adjustment_id)
    if row is None:
        raise _fail("NOT_FOUND", "No such adjustment.", "id")
    if await Payslip.filter(employee_id=row.employee_id, period_start=row.period_start, locked=True).exists():
        raise _fail("LOCKED", Message("It was paid in {period_start:%Y-%m}, which is locked: correct it with a new adjustment "
                                      "in a later month.", period_start=row.period_start), "id")
    await row.delete()
    await record_event(viewer=viewer, action="payroll_adjustment.delete", target_type="payroll_adjustment",
                       target_id=adjustment_id, employee_id=row.employee_id)


def scoped_payslips(viewer: Viewer) -> QuerySet[Payslip]:
    """Everyone's with payroll.read; otherwise one's own locked payslips with self.read_pay."""
    if viewer.kind == "system" or viewer.can(Permission.PAYROLL_READ.value):
        return Payslip.all()
    if viewer.employee_id and viewer.can(Permission.SELF_READ_PAY.value) and viewer.kind == "user":
        return Payslip.filter(employee_id=viewer.employee_id, locked=True)
    return Payslip.filter(id__in=[])


async def lines_by_payslip(payslip_ids: list[int]) -> dict[int, list[PayslipLine]]:
    found: dict[int, list[PayslipLine]] = defaultdict(list)
    for line in await PayslipLine.filter(payslip_id__in=payslip_ids).order_by("payslip_id", "position"):
        found[line.payslip_id].append(line)
    return found



def run_payslips(run_id: int, *, team_id: int | None = None, search: str | None = None) -> QuerySet[Payslip]:
    query = Payslip.filter(run_id=run_id)
    if team_id:
        query = query.filter(team_id=team_id)
    if search and search.strip():
        term = search.strip()
        query = query.filter(Q(employee__name__icontains=term) | Q(employee__employee_no__icontains=term))
    return query


@dataclass(frozen=True)
class TeamTotal:
    team_id: int | None
    team_name: str | None
    payslips: int
    base: Decimal
    commission: Decimal
    adjustments: Decimal
    gross: Decimal


async def team_totals(run_id: int) -> list[TeamTotal]:
    """Summed in Python: exact Decimals on both databases (SQLite would sum through floats)."""
    sums: dict[int | None, list] = defaultdict(lambda: [0, ZERO, ZERO, ZERO, ZERO])
    for team_id, *amounts in await Payslip.filter(run_id=run_id).values_list("team_id", "base", "commission",
                                                                           "adjustments", "gross"):
        row = sums[team_id]
        row[0] += 1
        for i, amount in enumerate(amounts, start=1):
            row[i] += amount
    names = dict(await Team.filter(id__in=[t for t in sums if t]).values_list("id", "name"))
    totals = [TeamTotal(t, names.get(t), *row) for t, row in sums.items()]
    return sorted(totals, key=lambda t: (-t.gross, t.team_id or 0))
