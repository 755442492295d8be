"""`node(id)`: refetch any object by its global id, with the same access checks as its own query."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from backend.errors import not_found
from backend.models.accounts import User as UserRow
from backend.models.audit import AuditEvent as AuditRow
from backend.models.employees import EmploymentEvent as EventRow
from backend.permissions import Permission as P
from backend.graph.accounts import User
from backend.graph.alerts import Alert
from backend.resolvers.alerts import alerts_by_ids
from backend.resolvers.traffic import visible_accounts
from backend.graph.traffic.accounts import PlatformAccount
from backend.graph.audit import AuditEvent
from backend.graph.base import Node, from_global_id, require
from backend.graph.employees import Employee, EmploymentEvent
from backend.graph.org import Department, Position, Team
from backend.graph.contracts.types import Clause, Contract, ContractTemplate
from backend.models import contracts as contract_rows
from backend.resolvers.contracts.lifecycle import scoped_contracts
from backend.graph.compensation.types import CommissionPlan, PayrollRun, Payslip
from backend.models import compensation as compensation_rows
from backend.resolvers.compensation.payroll import scoped_payslips
from backend.graph.performance.types import KpiTemplate, Review, ReviewCycle
from backend.models import performance as performance_rows
from backend.resolvers.performance.reviews import scoped_reviews
from backend.graph.training.types import Enrolment, TrainingPlan, TrainingProgram, TrainingSession
from backend.models import training as training_rows
from backend.resolvers.training.enrolments import scoped_enrolments
from backend.graph.attendance import AttendanceMonth, LeaveRecord
from backend.resolvers.attendance.leave import scoped_leave
from backend.resolvers.attendance.months import scoped_months


async def _employee(info: Info, pk: int):
    require(info, P.EMPLOYEES_READ.value)
    row = await info.context.loaders.employee_by_id.load(pk)
    return Employee.from_row(row) if row else None


async def _event(info: Info, pk: int):
    require(info, P.EMPLOYEES_READ.value)
    row = await EventRow.get_or_none(id=pk)
    # Visible only if its employee is.
    if row is None or await info.context.loaders.employee_by_id.load(row.employee_id) is None:
        return None
    return EmploymentEvent.from_row(row)


def _org(loader_name: str, type_):
    async def load(info: Info, pk: int):
        require(info, P.ORG_READ.value)
        row = await getattr(info.context.loaders, loader_name).load(pk)
        return type_.from_row(row) if row else None

    return load


async def _audit(info: Info, pk: int):
    require(info, P.AUDIT_READ.value)
    row = await AuditRow.get_or_none(id=pk)
    return AuditEvent.from_row(row) if row else None


async def _alert(info: Info, pk: int):
    viewer = require(info, P.ALERTS_READ.value)
    row = (await alerts_by_ids(viewer, [pk])).get(pk)
    return Alert.from_row(row) if row else None


async def _user(info: Info, pk: int):
    require(info, P.ACCOUNTS_MANAGE.value)
    row = await UserRow.get_or_none(id=pk).prefetch_related("roles")
    return User.from_row(row) if row else None


async def _platform_account(info: Info, pk: int):
    viewer = require(info, P.TRAFFIC_READ.value)
    row = await visible_accounts(viewer).get_or_none(id=pk)
    return PlatformAccount.from_row(row) if row else None


async def _contract(info: Info, pk: int):
    viewer = require(info, P.CONTRACTS_READ.value)
    row = await scoped_contracts(viewer).get_or_none(id=pk)
    return Contract.from_row(row) if row else None


def _library(model, type_):
    async def load(info: Info, pk: int):
        require(info, P.CONTRACTS_READ.value)
        row = await model.get_or_none(id=pk)
        return type_.from_row(row) if row else None

    return load


def _by_permission(model, type_, permission: P):
    async def load(info: Info, pk: int):
        require(info, permission.value)
        row = await model.get_or_none(id=pk)
        return type_.from_row(row) if row else None

    return load


async def _payslip(info: Info, pk: int):
    row = await scoped_payslips(require(info)).get_or_none(id=pk)
    return Payslip.from_row(row) if row else None


async def _review(info: Info, pk: int):
    row = await scoped_reviews(require(info, P.PERFORMANCE_READ.value)).get_or_none(id=pk)
    return Review.from_row(row) if row else None


def _scoped(scope, type_, permission: P):
    async def load(info: Info, pk: int):
        row = await scope(require(info, permission.value)).get_or_none(id=pk)
        return type_.from_row(row) if row else None

    return load


FETCHERS = {
    "Employee": _employee,
    "EmploymentEvent": _event,
    "Department": _org("department_by_id", Department),
    "Team": _org("team_by_id", Team),
    "Position": _org("position_by_id", Position),
    "AuditEvent": _audit,
    "User": _user,
    "Alert": _alert,
    "PlatformAccount": _platform_account,
    "Contract": _contract,
    "Clause": _library(contract_rows.Clause, Clause),
    "ContractTemplate": _library(contract_rows.ContractTemplate, ContractTemplate),
    "CommissionPlan": _by_permission(compensation_rows.CommissionPlan, CommissionPlan, P.COMPENSATION_READ),
    "PayrollRun": _by_permission(compensation_rows.PayrollRun, PayrollRun, P.PAYROLL_READ),
    "Payslip": _payslip,
    "KpiTemplate": _by_permission(performance_rows.KpiTemplate, KpiTemplate, P.PERFORMANCE_READ),
    "ReviewCycle": _by_permission(performance_rows.ReviewCycle, ReviewCycle, P.PERFORMANCE_READ),
    "Review": _review,
    "TrainingProgram": _by_permission(training_rows.TrainingProgram, TrainingProgram, P.TRAINING_READ),
    "TrainingSession": _by_permission(training_rows.TrainingSession, TrainingSession, P.TRAINING_READ),
    "TrainingPlan": _by_permission(training_rows.TrainingPlan, TrainingPlan, P.TRAINING_READ),
    "Enrolment": _scoped(scoped_enrolments, Enrolment, P.TRAINING_READ),
    "AttendanceMonth": _scoped(scoped_months, AttendanceMonth, P.ATTENDANCE_READ),
    "LeaveRecord": _scoped(scoped_leave, LeaveRecord, P.ATTENDANCE_READ),
}


@strawberry.type
class NodeQuery:
    @strawberry.field(description="Any object by global id; NOT_FOUND when it does not exist or is out of your scope.")
    async def node(self, info: Info, id: strawberry.ID) -> Node | None:
        try:
            type_name, pk = from_global_id(id)
        except ValueError:
            raise not_found("object", id) from None
        fetch = FETCHERS.get(type_name)
        found = await fetch(info, pk) if fetch else None
        if found is None:
            raise not_found(type_name.lower() if fetch else "object", id)
        return found
