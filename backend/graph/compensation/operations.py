"""Compensation queries and mutations: thin translations to `resolvers.compensation`."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import Enum

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from backend.errors import DomainError, ValidationFailed, not_found
from backend.graph.base import Connection, connection, decode_ids, mutate, require, require_pk
from backend.graph.compensation.types import (
    AssignmentScope, CommissionPlan, PayrollAdjustment, PayrollRun, PayrollStatus, Payslip, PayslipLine, PlanAssignment,
    TARGET_TYPES,
)
from backend.models import compensation as models
from backend.permissions import Permission as P
from backend.resolvers.compensation import payroll, plans
from backend.resolvers.pagination import paginate


@strawberry.enum
class CompensationErrorCode(Enum):
    REQUIRED = "REQUIRED"
    INVALID = "INVALID"
    NOT_FOUND = "NOT_FOUND"
    DUPLICATE = "DUPLICATE"
    OVERLAP = "OVERLAP"
    CONFLICT = "CONFLICT"
    LOCKED = "LOCKED"


@strawberry.type
class CompensationError:
    field: str | None = strawberry.field(description='Input field, or a path into the plan JSON ("rules.2.rungs.1.percent").')
    code: CompensationErrorCode
    message: str


@strawberry.input
class CommissionPlanSaveInput:
    id: strawberry.ID | None = strawberry.field(default=None, description="Leave out to create a plan.")
    name: str
    description: str = ""
    rules: JSON


@strawberry.type
class CommissionPlanPayload:
    plan: CommissionPlan | None = None
    errors: list[CompensationError] = strawberry.field(default_factory=list)


@strawberry.input
class CommissionPlanPreviewInput:
    rules: JSON
    host_id: strawberry.ID
    month: date = strawberry.field(description="Any day of the month; its real traffic is used.")


@strawberry.type(description="What the rules would pay; nothing is stored.")
class CommissionPlanPreview:
    total: Decimal | None = None
    lines: list[PayslipLine] = strawberry.field(default_factory=list)
    errors: list[CompensationError] = strawberry.field(default_factory=list)


@strawberry.input
class PlanAssignInput:
    plan_id: strawberry.ID
    scope: AssignmentScope
    target_id: strawberry.ID = strawberry.field(description="A Position, Team or Employee id, matching the scope.")
    effective_from: date
    effective_to: date | None = None


@strawberry.input
class PlanAssignmentEndInput:
    id: strawberry.ID
    last_day: date


@strawberry.type
class PlanAssignmentPayload:
    assignment: PlanAssignment | None = None
    errors: list[CompensationError] = strawberry.field(default_factory=list)


@strawberry.input
class PayrollRunCreateInput:
    month: date = strawberry.field(description="The first day of the month.")
    department_id: strawberry.ID | None = None
    team_id: strawberry.ID | None = None


@strawberry.input
class PayrollRunIdInput:
    id: strawberry.ID


@strawberry.type
class PayrollRunPayload:
    run: PayrollRun | None = None
    errors: list[CompensationError] = strawberry.field(default_factory=list)


@strawberry.input
class PayrollAdjustmentCreateInput:
    employee_id: strawberry.ID
    month: date = strawberry.field(description="The first day of the month it is paid in; not a locked one.")
    amount: Decimal = strawberry.field(description="Negative for a deduction.")
    reason: str
    corrects_month: date | None = strawberry.field(default=None, description="The earlier month it corrects, if any.")


@strawberry.input
class PayrollAdjustmentIdInput:
    id: strawberry.ID


@strawberry.type
class PayrollAdjustmentPayload:
    adjustment: PayrollAdjustment | None = None
    errors: list[CompensationError] = strawberry.field(default_factory=list)


@strawberry.input
class PayrollRunFilter:
    month: date | None = None
    status: list[PayrollStatus] | None = None


@strawberry.type
class CompensationQuery:
    @strawberry.field(description="Requires: compensation.read")
    async def commission_plans(self, info: Info, first: int = 20, after: str | None = None) -> Connection[CommissionPlan] | None:
        require(info, P.COMPENSATION_READ.value)
        return connection(await paginate(models.CommissionPlan.all().order_by("name", "id"), first=first, after=after),
                          CommissionPlan.from_row)

    @strawberry.field(description="Requires: compensation.read")
    async def commission_plan(self, info: Info, id: strawberry.ID) -> CommissionPlan | None:
        require(info, P.COMPENSATION_READ.value)
        row = await models.CommissionPlan.get_or_none(id=require_pk(id, "CommissionPlan"))
        if row is None:
            raise not_found("commission plan", id)
        return CommissionPlan.from_row(row)

    @strawberry.field(description="""Requires: compensation.read. What rules (saved or not) would pay a host for a
month of their real traffic; invalid rules come back as errors with their paths.""")
    async def commission_plan_preview(self, info: Info, input: CommissionPlanPreviewInput) -> CommissionPlanPreview:
        viewer = require(info, P.COMPENSATION_READ.value)

        async def work() -> dict:
            result = await plans.preview_plan(viewer=viewer, rules=input.rules, host_id=require_pk(input.host_id, "Employee", "hostId"),
                                              month=input.month)
            if result.errors:
                raise ValidationFailed([DomainError("INVALID", e.message, e.path) for e in result.errors])
            return {"total": result.result.total,
                    "lines": [PayslipLine(position=i, kind=line.rule, amount=line.amount, explanation=line.explanation)
                              for i, line in enumerate(result.result.lines)]}

        return await mutate(CommissionPlanPreview, CompensationError, CompensationErrorCode, work)

    @strawberry.field(description="Requires: payroll.read. Newest month first.")
    async def payroll_runs(self, info: Info, first: int = 20, after: str | None = None,
                           filter: PayrollRunFilter | None = None) -> Connection[PayrollRun] | None:
        require(info, P.PAYROLL_READ.value)
        query = models.PayrollRun.all()
        if filter and filter.month:
            query = query.filter(period_start=filter.month.replace(day=1))
        if filter and filter.status:
            query = query.filter(status__in=[s.value for s in filter.status])
        return connection(await paginate(query.order_by("-period_start", "scope_key", "id"), first=first, after=after),
                          PayrollRun.from_row)

    @strawberry.field(description="Requires: payroll.read")
    async def payroll_run(self, info: Info, id: strawberry.ID) -> PayrollRun | None:
        require(info, P.PAYROLL_READ.value)
        row = await models.PayrollRun.get_or_none(id=require_pk(id, "PayrollRun"))
        if row is None:
            raise not_found("payroll run", id)
        return PayrollRun.from_row(row)

    @strawberry.field(description="""Requires: payroll.read for anyone's, or self.read_pay for your own once its run is
locked. Newest month first.""")
    async def payslips(self, info: Info, first: int = 12, after: str | None = None,
                       employee_id: strawberry.ID | None = None) -> Connection[Payslip] | None:
        viewer = require(info)
        query = payroll.scoped_payslips(viewer)
        if employee_id:
            query = query.filter(employee_id=require_pk(employee_id, "Employee", "employeeId"))
        return connection(await paginate(query.order_by("-period_start", "id"), first=first, after=after), Payslip.from_row)

    @strawberry.field(description="Requires: payroll.read. Adjustments waiting for or paid in a month.")
    async def payroll_adjustments(self, info: Info, month: date, first: int = 50,
                                  after: str | None = None) -> Connection[PayrollAdjustment] | None:
        require(info, P.PAYROLL_READ.value)
        query = models.PayrollAdjustment.filter(period_start=month.replace(day=1)).order_by("employee_id", "id")
        return connection(await paginate(query, first=first, after=after), PayrollAdjustment.from_row)


@strawberry.type
class CompensationMutation:
    @strawberry.mutation(description="""Requires: compensation.write. Creates a plan, or replaces an existing plan's rules
(runs computed from then on use them; locked payslips keep the working they were paid by).""")
    async def commission_plan_save(self, info: Info, input: CommissionPlanSaveInput) -> CommissionPlanPayload:
        viewer = require(info, P.COMPENSATION_WRITE.value)

        async def work() -> dict:
            if input.id:
                row = await plans.update_plan(viewer=viewer, plan_id=require_pk(input.id, "CommissionPlan"), name=input.name,
                                              description=input.description, rules=input.rules)
            else:
                row = await plans.create_plan(viewer=viewer, name=input.name, description=input.description, rules=input.rules)
            return {"plan": CommissionPlan.from_row(row)}

        return await mutate(CommissionPlanPayload, CompensationError, CompensationErrorCode, work)

    @strawberry.mutation(description="""Requires: compensation.write. A host's own plan wins over their team's, the team's
over their position's; the same target cannot have two plans on a common day.""")
    async def plan_assign(self, info: Info, input: PlanAssignInput) -> PlanAssignmentPayload:
        viewer = require(info, P.COMPENSATION_WRITE.value)

        async def work() -> dict:
            scope = models.AssignmentScope(input.scope.value)
            plan, target = decode_ids((input.plan_id, "CommissionPlan", "planId"),
                                      (input.target_id, TARGET_TYPES[scope], "targetId"))
            row = await plans.assign_plan(viewer=viewer, plan_id=plan, scope=scope, target_id=target,
                                          effective_from=input.effective_from, effective_to=input.effective_to)
            return {"assignment": PlanAssignment.from_row(row)}

        return await mutate(PlanAssignmentPayload, CompensationError, CompensationErrorCode, work)

    @strawberry.mutation(description="Requires: compensation.write. Sets the assignment's last day in force.")
    async def plan_assignment_end(self, info: Info, input: PlanAssignmentEndInput) -> PlanAssignmentPayload:
        viewer = require(info, P.COMPENSATION_WRITE.value)

        async def work() -> dict:
            row = await plans.end_assignment(viewer=viewer, assignment_id=require_pk(input.id, "PlanAssignment"),
                                             last_day=input.last_day)
            return {"assignment": PlanAssignment.from_row(row)}

        return await mutate(PlanAssignmentPayload, CompensationError, CompensationErrorCode, work)

    @strawberry.mutation(description="""Requires: payroll.run. Creates the month's run for everyone, a department or a
team, and computes it. One payslip per person and month: a run overlapping another's people is refused.""")
    async def payroll_run_create(self, info: Info, input: PayrollRunCreateInput) -> PayrollRunPayload:
        viewer = require(info, P.PAYROLL_RUN.value)

        async def work() -> dict:
            department, team = decode_ids((input.department_id, "Department", "departmentId"), (input.team_id, "Team", "teamId"))
            run = await payroll.create_run(viewer=viewer, month=input.month, department_id=department, team_id=team)
            return {"run": PayrollRun.from_row(run)}

        return await mutate(PayrollRunPayload, CompensationError, CompensationErrorCode, work)

    @strawberry.mutation(description="Requires: payroll.run. Recomputes an unlocked run from the data as it is now.")
    async def payroll_run_compute(self, info: Info, input: PayrollRunIdInput) -> PayrollRunPayload:
        viewer = require(info, P.PAYROLL_RUN.value)

        async def work() -> dict:
            return {"run": PayrollRun.from_row(await payroll.compute_run(viewer=viewer, run_id=require_pk(input.id, "PayrollRun")))}

        return await mutate(PayrollRunPayload, CompensationError, CompensationErrorCode, work)

    @strawberry.mutation(description="Requires: payroll.run. Makes a computed run immutable and emits payroll.locked.")
    async def payroll_run_lock(self, info: Info, input: PayrollRunIdInput) -> PayrollRunPayload:
        viewer = require(info, P.PAYROLL_RUN.value)

        async def work() -> dict:
            return {"run": PayrollRun.from_row(await payroll.lock_run(viewer=viewer, run_id=require_pk(input.id, "PayrollRun")))}

        return await mutate(PayrollRunPayload, CompensationError, CompensationErrorCode, work)

    @strawberry.mutation(description="""Requires: payroll.run. A bonus, deduction or correction paid with a month's payslip
(shown once that month's run is computed again).""")
    async def payroll_adjustment_create(self, info: Info, input: PayrollAdjustmentCreateInput) -> PayrollAdjustmentPayload:
        viewer = require(info, P.PAYROLL_RUN.value)

        async def work() -> dict:
            row = await payroll.add_adjustment(viewer=viewer, employee_id=require_pk(input.employee_id, "Employee", "employeeId"),
                                               month=input.month, amount=input.amount, reason=input.reason,
                                               corrects_month=input.corrects_month)
            return {"adjustment": PayrollAdjustment.from_row(row)}

        return await mutate(PayrollAdjustmentPayload, CompensationError, CompensationErrorCode, work)

    @strawberry.mutation(description="Requires: payroll.run. Only while its month is not locked.")
    async def payroll_adjustment_delete(self, info: Info, input: PayrollAdjustmentIdInput) -> PayrollAdjustmentPayload:
        viewer = require(info, P.PAYROLL_RUN.value)

        async def work() -> dict:
            await payroll.delete_adjustment(viewer=viewer, adjustment_id=require_pk(input.id, "PayrollAdjustment"))
            return {}

        return await mutate(PayrollAdjustmentPayload, CompensationError, CompensationErrorCode, work)

