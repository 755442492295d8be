"""Employees: row-scoped reads, and the mutations that also write the employment history."""

from __future__ import annotations

import secrets
from functools import lru_cache
from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from backend import crypto
from backend.auth import Viewer
from backend.company_time import company_today
from backend.errors import DomainError, ValidationFailed
from backend.i18n import Message
from backend.models.accounts import PartnerClient
from backend.models.employees import (
    Employee, EmployeeStatus, EmploymentEvent, EmploymentType, EventKind, ExitReason, Gender,
)
from backend.models.org import Department, Position, Team
from backend.permissions import Permission, RowScope
from backend.resolvers import outbox
from backend.resolvers.accounts import close_accounts_of
from backend.resolvers import validation as v
from backend.resolvers.audit import record_event
from backend.resolvers.pagination import Page, paginate

MIN_WORKING_AGE = 16  # PRC Labor Law, article 15
ORDER_FIELDS = {"EMPLOYEE_NO": "employee_no", "NAME": "name", "HIRED_ON": "hired_on"}
SENSITIVE_FIELDS = {"id_number": "idNumber", "bank_account": "bankAccount", "base_salary": "baseSalary"}


# What reads load: every column but the bookkeeping timestamps (parsing them is most of the
# cost of loading a row on SQLite, and nothing shown needs them).
@lru_cache(maxsize=1)
def read_columns() -> tuple[str, ...]:
    # Computed once the ORM is initialised: only then do the foreign-key `*_id` columns exist.
    return tuple(f for f in Employee._meta.fields_db_projection if f not in ("created_at", "updated_at"))


def scoped_employees(viewer: Viewer, *, to_read: bool = True) -> QuerySet[Employee]:
    """The employees a viewer may see at all, as SQL. Every read path starts here, nested ones
    included (a host behind a platform account, an alert's employee): without employees.read,
    nobody. `to_read=False` gives the scope alone, for deciding whom an alert concerns."""
    if to_read and viewer.kind != "system" and not viewer.can(Permission.EMPLOYEES_READ.value):
        return Employee.filter(id__in=[])
    if viewer.kind == "system" or viewer.scope == RowScope.ALL:
        return Employee.all()
    if viewer.scope == RowScope.TEAM and viewer.employee_id:
        led = Team.filter(lead_id=viewer.employee_id).values("id")
        return Employee.filter(Q(team_id__in=Subquery(led)) | Q(id=viewer.employee_id))
    if viewer.scope == RowScope.SELF and viewer.employee_id:
        return Employee.filter(id=viewer.employee_id)
    if viewer.scope == RowScope.PARTNER and viewer.client_pk:
        client = PartnerClient.filter(id=viewer.client_pk)
        return Employee.filter(Q(id__in=Subquery(client.values("linked_hosts__id")))
                               | Q(team_id__in=Subquery(client.values("linked_teams__id"))))
    return Employee.filter(id__in=[])


@dataclass
class EmployeeFilter:
    search: str | None = None
    statuses: list[EmployeeStatus] | None = None
    department_id: int | None = None
    team_id: int | None = None
    employment_types: list[EmploymentType] | None = None
    is_host: bool | None = None


async def list_employees(
    *, viewer: Viewer, first: int, after: str | None, filter: EmployeeFilter | None = None,
    order_field: str = "EMPLOYEE_NO", descending: bool = False,
) -> Page[Employee]:
    query = scoped_employees(viewer)
    f = filter or EmployeeFilter()
    if f.search and f.search.strip():
        term = f.search.strip()
        query = query.filter(Q(name__icontains=term) | Q(employee_no__icontains=term))
    if f.statuses:
        query = query.filter(status__in=f.statuses)
    if f.department_id is not None:
        query = query.filter(department_id=f.department_id)
    if f.team_id is not None:
        query = query.filter(team_id=f.team_id)
    if f.employment_types:
        query = query.filter(employment_type__in=f.employment_types)
    if f.is_host is not None:
        query = query.filter(is_host=f.is_host)
    column = ORDER_FIELDS[order_field]
    ordering = [f"-{column}" if descending else column, "-id" if descending else "id"]
    return await paginate(query.only(*read_columns()).order_by(*ordering), first=first, after=after)


async def employees_by_ids(viewer: Viewer, ids: list[int]) -> dict[int, Employee]:
    rows = await scoped_employees(viewer).filter(id__in=ids).only(*read_columns())
    return {row.id: row for row in rows}


async def history_by_employee(employee_ids: list[int]) -> dict[int, list[EmploymentEvent]]:
    events = await EmploymentEvent.filter(employee_id__in=employee_ids).order_by("occurred_on", "id")
    grouped: dict[int, list[EmploymentEvent]] = {i: [] for i in employee_ids}
    for event in events:
        grouped[event.employee_id].append(event)
    return grouped


@dataclass
class EmployeeInput:
    """Values for create (required ones checked) or update (None means unchanged)."""

    employee_no: str | None = None
    name: str | None = None
    gender: Gender | None = None
    birth_date: date | None = None
    id_number: str | None = None
    bank_account: str | None = None
    phone: str | None = None
    email: str | None = None
    employment_type: EmploymentType | None = None
    status: EmployeeStatus | None = None
    hired_on: date | None = None
    department_id: int | None = None
    team_id: int | None = None
    position_id: int | None = None
    manager_id: int | None = None
    base_salary: Decimal | None = None
    is_host: bool | None = None

    def given(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not None}


# What an update may clear: the personal details HR may not know or must erase. Everything else
# an employee record always has.
CLEARABLE = frozenset({"gender", "birth_date", "id_number", "bank_account", "phone", "email"})


def _err(errors: list[DomainError], code: str, field: str, message: str) -> None:
    errors.append(DomainError(code, message, field))


def _check_personal(data: EmployeeInput, errors: list[DomainError]) -> None:
    if data.name is not None and not (0 < len(data.name.strip()) <= 100):
        _err(errors, "INVALID", "name", "A name has 1 to 100 characters.")
    if data.id_number is not None and (msg := v.prc_id_number_error(data.id_number)):
        _err(errors, "INVALID", "idNumber", msg)
    if data.bank_account is not None and (msg := v.bank_account_error(data.bank_account)):
        _err(errors, "INVALID", "bankAccount", msg)
    if data.phone is not None and (msg := v.phone_error(data.phone)):
        _err(errors, "INVALID", "phone", msg)
    if data.email is not None and (msg := v.email_error(data.email)):
        _err(errors, "INVALID", "email", msg)
    if data.base_salary is not None and (msg := v.money_error(data.base_salary)):
        _err(errors, "INVALID", "baseSalary", msg)


async def _check_org(data: EmployeeInput, errors: list[DomainError], *, self_id: int | None = None) -> None:
    if data.department_id is not None and not await Department.exists(id=data.department_id):
        _err(errors, "NOT_FOUND", "departmentId", "This department does not exist.")
    if data.team_id is not None:
        team = await Team.get_or_none(id=data.team_id)
        if team is None:
            _err(errors, "NOT_FOUND", "teamId", "This team does not exist.")
        elif data.department_id is not None and team.department_id != data.department_id:
            _err(errors, "INVALID", "teamId", "The team belongs to another department.")
    if data.position_id is not None and not await Position.exists(id=data.position_id):
        _err(errors, "NOT_FOUND", "positionId", "This position does not exist.")
    if data.manager_id is not None:
        if data.manager_id == self_id:
            _err(errors, "INVALID", "managerId", "An employee cannot manage themself.")
        elif not await Employee.exists(id=data.manager_id, status__not=EmployeeStatus.LEFT):
            _err(errors, "NOT_FOUND", "managerId", "The manager must be a current employee.")


def _check_dates(birth: date | None, hired: date | None, errors: list[DomainError]) -> None:
    if hired and hired > company_today().replace(year=company_today().year + 1):
        _err(errors, "INVALID", "hiredOn", "The hire date is more than a year ahead.")
    if birth and hired and v.age_on(birth, hired) < MIN_WORKING_AGE:
        _err(errors, "INVALID", "birthDate", Message("Employees must be at least {age} on the hire date.", age=MIN_WORKING_AGE))


def _require_pay_permission(viewer: Viewer, data: EmployeeInput, errors: list[DomainError]) -> None:
    touches_pay = data.base_salary is not None or data.bank_account is not None
    if touches_pay and not viewer.can(Permission.COMPENSATION_WRITE.value):
        field = "baseSalary" if data.base_salary is not None else "bankAccount"
        _err(errors, "FORBIDDEN", field, "Changing pay or bank details needs compensation.write.")
    if data.id_number is not None and not viewer.can(Permission.EMPLOYEES_READ_PII.value):
        _err(errors, "FORBIDDEN", "idNumber", "Setting an ID number needs employees.read_pii.")


def _require_clear_permission(viewer: Viewer, cleared: frozenset[str], errors: list[DomainError]) -> None:
    """Erasing a detail needs what setting it needs."""
    if "bank_account" in cleared and not viewer.can(Permission.COMPENSATION_WRITE.value):
        _err(errors, "FORBIDDEN", "bankAccount", "Changing pay or bank details needs compensation.write.")
    if "id_number" in cleared and not viewer.can(Permission.EMPLOYEES_READ_PII.value):
        _err(errors, "FORBIDDEN", "idNumber", "Clearing an ID number needs employees.read_pii.")


async def _unique_checks(data: EmployeeInput, errors: list[DomainError], *, self_id: int | None = None) -> None:
    if data.employee_no is not None and await Employee.filter(employee_no=data.employee_no).exclude(id=self_id or 0).exists():
        _err(errors, "DUPLICATE", "employeeNo", Message("Employee number {employee_no} is taken.",
                                                        employee_no=data.employee_no))
    if data.id_number is not None:
        digest = crypto.blind_index(data.id_number)
        if await Employee.filter(id_number_digest=digest).exclude(id=self_id or 0).exists():
            _err(errors, "DUPLICATE", "idNumber", "Another employee has this ID number.")


async def create_employee(*, viewer: Viewer, data: EmployeeInput, ip: str | None = None) -> Employee:
    errors: list[DomainError] = []
    for name, label in (("name", "name"), ("employment_type", "employmentType"), ("hired_on", "hiredOn")):
        if getattr(data, name) is None:
            _err(errors, "REQUIRED", label, Message("{field} is required.", field=label))
    if data.status in (EmployeeStatus.LEFT, EmployeeStatus.LEAVING):
        _err(errors, "INVALID", "status", "A new employee starts on probation or active; use employeeTerminate to record an exit.")
    _require_pay_permission(viewer, data, errors)
    _check_personal(data, errors)
    _check_dates(data.birth_date, data.hired_on, errors)
    await _check_org(data, errors)
    await _unique_checks(data, errors)
    if errors:
        raise ValidationFailed(errors)
    values = data.given()
    values.setdefault("status", EmployeeStatus.PROBATION)
    values.setdefault("employee_no", await _next_employee_no())
    values["name"] = values["name"].strip()
    if data.id_number:
        values["id_number"] = data.id_number.strip().upper()
        values["id_number_digest"] = crypto.blind_index(data.id_number)
    try:
        async with in_transaction():
            employee = await Employee.create(**values)
            await EmploymentEvent.create(
                employee=employee, kind=EventKind.HIRED, occurred_on=employee.hired_on,
                department_id=employee.department_id, team_id=employee.team_id,
                position_id=employee.position_id, salary_after=employee.base_salary,
                recorded_by_id=viewer.user_id,
            )
            await outbox.emit("employee.hired", subject_type="employee", subject_id=employee.id, employee_id=employee.id)
    except IntegrityError as exc:  # lost a race on a unique value
        raise ValidationFailed([DomainError("DUPLICATE", "The employee number or ID number was just taken.", "employeeNo")]) from exc
    await record_event(viewer=viewer, action="employee.create", target_type="employee", target_id=employee.id,
                       employee_id=employee.id, fields=[k for k in values if k != "id_number_digest"], ip=ip)
    # A new hire gets the mandatory plans they match (onboarding, compliance), due from their first day.
    from backend.resolvers.training.plans import apply_mandatory_plans  # training builds on employees, not the reverse

    await apply_mandatory_plans(employee_ids=[employee.id], today=max(employee.hired_on, company_today()))
    return employee


async def _next_employee_no() -> str:
    for _ in range(20):
        candidate = f"E{secrets.randbelow(10**7):07d}"
        if not await Employee.exists(employee_no=candidate):
            return candidate
    raise RuntimeError("could not find a free employee number")


async def _get_for_write(viewer: Viewer, employee_id: int) -> Employee:
    employee = await scoped_employees(viewer).get_or_none(id=employee_id)
    if employee is None:
        raise ValidationFailed([DomainError("NOT_FOUND", "No employee with this id that you can change.", "id")])
    return employee


async def update_employee(*, viewer: Viewer, employee_id: int, data: EmployeeInput,
                          cleared: frozenset[str] = frozenset(), ip: str | None = None) -> Employee:
    """Changes the fields `data` gives and empties those named in `cleared` (CLEARABLE ones only)."""
    employee = await _get_for_write(viewer, employee_id)
    errors: list[DomainError] = []
    if employee.status == EmployeeStatus.LEFT:
        _err(errors, "INVALID", "id", "This employee has left; their record is read-only.")
    for name in sorted(cleared - CLEARABLE):
        _err(errors, "REQUIRED", v.input_name(name), Message("{field} cannot be cleared; give a value or leave it out.",
                                                            field=v.input_name(name)))
    _require_clear_permission(viewer, cleared & CLEARABLE, errors)
    for org_field, label in (("department_id", "departmentId"), ("team_id", "teamId"), ("position_id", "positionId"), ("manager_id", "managerId")):
        if getattr(data, org_field) is not None:
            _err(errors, "INVALID", label, "Use employeeTransfer to move an employee; it records the history.")
    if data.status is not None and data.status not in (EmployeeStatus.PROBATION, EmployeeStatus.ACTIVE):
        _err(errors, "INVALID", "status", "Use employeeTerminate to record an exit.")
    if data.name is not None and not data.name.strip():
        _err(errors, "REQUIRED", "name", "name cannot be empty.")
    _require_pay_permission(viewer, data, errors)
    _check_personal(data, errors)
    birth = None if "birth_date" in cleared else data.birth_date or employee.birth_date
    _check_dates(birth, data.hired_on or employee.hired_on, errors)
    await _unique_checks(data, errors, self_id=employee.id)
    if errors:
        raise ValidationFailed(errors)
    changes = data.given()
    salary_before = employee.base_salary
    if "id_number" in changes:
        changes["id_number"] = changes["id_number"].strip().upper()
        changes["id_number_digest"] = crypto.blind_index(changes["id_number"])
    for name in cleared:
        changes[name] = None
    if "id_number" in cleared:
        changes["id_number_digest"] = None
    async with in_transaction():
        employee.update_from_dict(changes)
        await employee.save()
        if data.base_salary is not None and data.base_salary != salary_before:
            await EmploymentEvent.create(
                employee=employee, kind=EventKind.SALARY_CHANGED, occurred_on=company_today(),
                salary_before=salary_before, salary_after=data.base_salary, recorded_by_id=viewer.user_id,
            )
    await record_event(viewer=viewer, action="employee.update", target_type="employee", target_id=employee.id,
                       employee_id=employee.id, fields=[k for k in changes if k != "id_number_digest"], ip=ip)
    return employee


async def transfer_employee(
    *, viewer: Viewer, employee_id: int, effective_on: date, department_id: int | None = None,
    team_id: int | None = None, position_id: int | None = None, manager_id: int | None = None,
    promotion: bool = False, new_salary: Decimal | None = None, note: str | None = None, ip: str | None = None,
) -> Employee:
    employee = await _get_for_write(viewer, employee_id)
    errors: list[DomainError] = []
    if employee.status == EmployeeStatus.LEFT:
        _err(errors, "INVALID", "id", "This employee has left and cannot be transferred.")
    if effective_on < employee.hired_on:
        _err(errors, "INVALID", "effectiveOn", "A transfer cannot take effect before the hire date.")
    if all(x is None for x in (department_id, team_id, position_id, manager_id)):
        _err(errors, "REQUIRED", "departmentId", "Say where to: a department, team, position or manager.")
    if team_id is not None and department_id is None:
        team = await Team.get_or_none(id=team_id)
        department_id = team.department_id if team else None  # a team move is also a department move
    moved = EmployeeInput(department_id=department_id, team_id=team_id, position_id=position_id,
                          manager_id=manager_id, base_salary=new_salary)
    _require_pay_permission(viewer, EmployeeInput(base_salary=new_salary), errors)
    if new_salary is not None and (msg := v.money_error(new_salary)):
        _err(errors, "INVALID", "newSalary", msg)
    await _check_org(moved, errors, self_id=employee.id)
    if errors:
        raise ValidationFailed(errors)
    salary_before = employee.base_salary
    async with in_transaction():
        for name in ("department_id", "team_id", "position_id", "manager_id"):
            if (value := getattr(moved, name)) is not None:
                setattr(employee, name, value)
        if new_salary is not None:
            employee.base_salary = new_salary
        await employee.save()
        await EmploymentEvent.create(
            employee=employee, kind=EventKind.PROMOTED if promotion else EventKind.TRANSFERRED,
            occurred_on=effective_on, department_id=employee.department_id, team_id=employee.team_id,
            position_id=employee.position_id, salary_before=salary_before if new_salary is not None else None,
            salary_after=new_salary, note=note, recorded_by_id=viewer.user_id,
        )
    await record_event(viewer=viewer, action="employee.transfer", target_type="employee", target_id=employee.id,
                       employee_id=employee.id, fields=[n for n in ("department_id", "team_id", "position_id", "manager_id", "base_salary") if getattr(moved, n) is not None], ip=ip)
    return employee


async def terminate_employee(
    *, viewer: Viewer, employee_id: int, left_on: date, reason: ExitReason, voluntary: bool,
    note: str | None = None, ip: str | None = None,
) -> Employee:
    employee = await _get_for_write(viewer, employee_id)
    errors: list[DomainError] = []
    if employee.status == EmployeeStatus.LEFT:
        _err(errors, "INVALID", "id", Message("This employee already left on {left_on}.", left_on=employee.left_on))
    if left_on < employee.hired_on:
        _err(errors, "INVALID", "leftOn", "The last day cannot be before the hire date.")
    if errors:
        raise ValidationFailed(errors)
    async with in_transaction():
        employee.left_on = left_on
        employee.status = EmployeeStatus.LEFT if left_on <= company_today() else EmployeeStatus.LEAVING
        await employee.save(update_fields=["left_on", "status", "updated_at"])
        await EmploymentEvent.create(
            employee=employee, kind=EventKind.LEFT, occurred_on=left_on, reason_category=reason,
            voluntary=voluntary, note=note, recorded_by_id=viewer.user_id,
        )
        # IT closes accounts on this; a future last day is announced now, when it is decided.
        await outbox.emit("employee.left", subject_type="employee", subject_id=employee.id, employee_id=employee.id)
        if employee.status == EmployeeStatus.LEFT:
            await _close_out([employee.id])
    await record_event(viewer=viewer, action="employee.terminate", target_type="employee", target_id=employee.id,
                       employee_id=employee.id, fields=["status", "left_on"], ip=ip)
    return employee


async def _close_out(employee_ids: list[int]) -> None:
    """What ends on the last day: leading a team, and the console account."""
    await Team.filter(lead_id__in=employee_ids).update(lead_id=None)
    await close_accounts_of(employee_ids)


async def settle_exits(today: date) -> dict[str, int]:
    """People whose exit was recorded ahead of their last day become LEFT once it comes (a timer
    job): their team lead role and console account end then, not when HR typed the exit."""
    due = list(await Employee.filter(status=EmployeeStatus.LEAVING, left_on__lte=today).values_list("id", flat=True))
    if due:
        async with in_transaction():
            await Employee.filter(id__in=due).update(status=EmployeeStatus.LEFT)
            await _close_out(due)
    return {"left": len(due)}
