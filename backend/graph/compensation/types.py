"""Compensation types: commission plans and their assignments, payroll runs, payslips and their
explained lines. Everything here is pay: plans need compensation.read, runs payroll.read, and a
payslip is also visible to its own employee (self.read_pay) once its run is locked."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from backend.graph.base import Connection, Node, connection, related, require_pk, to_global_id
from backend.graph.employees import Employee
from backend.models import compensation as models
from backend.resolvers.compensation import payroll
from backend.resolvers.pagination import paginate

AssignmentScope = strawberry.enum(models.AssignmentScope, name="PlanAssignmentScope")
PayrollStatus = strawberry.enum(models.PayrollStatus, name="PayrollRunStatus")
TARGET_TYPES = {models.AssignmentScope.POSITION: "Position", models.AssignmentScope.TEAM: "Team",
                models.AssignmentScope.HOST: "Employee"}


async def _name_of(info: Info, kind: str, pk: int) -> str | None:
    loaders = info.context.loaders
    loader = {"position": loaders.position_by_id, "team": loaders.team_by_id, "department": loaders.department_by_id,
              "host": loaders.employee_by_id}[kind]
    row = await loader.load(pk)
    return None if row is None else getattr(row, "title", None) or row.name


@strawberry.type(description="Who a plan applies to, from when to when (both days included).")
class PlanAssignment(Node):
    row: strawberry.Private[models.PlanAssignment]
    scope: AssignmentScope
    target_id: strawberry.ID = strawberry.field(description="A Position, Team or Employee id, by scope.")
    effective_from: date
    effective_to: date | None = strawberry.field(description="Null: open-ended.")

    @classmethod
    def from_row(cls, row: models.PlanAssignment) -> PlanAssignment:
        return cls(id=to_global_id("PlanAssignment", row.id), row=row, scope=row.scope,
                   target_id=to_global_id(TARGET_TYPES[row.scope], row.target_id),
                   effective_from=row.effective_from, effective_to=row.effective_to)

    @strawberry.field
    def plan(self, info: Info) -> CommissionPlan | None:
        return related(info.context.loaders.plan_by_id, self.row.plan_id, CommissionPlan.from_row)

    @strawberry.field(description="The position's title, the team's name, or the host's name (if you may see them).")
    async def target_name(self, info: Info) -> str | None:
        return await _name_of(info, self.row.scope.value, self.row.target_id)


@strawberry.type(description="A commission plan: rules as data (see the plan format in the docs).")
class CommissionPlan(Node):
    row: strawberry.Private[models.CommissionPlan]
    name: str
    description: str
    rules: JSON = strawberry.field(description='{"version": 1, "rules": [{"kind": "gift_share", ...}]}; numbers as strings.')
    updated_at: datetime

    @classmethod
    def from_row(cls, row: models.CommissionPlan) -> CommissionPlan:
        return cls(id=to_global_id("CommissionPlan", row.id), row=row, name=row.name, description=row.description,
                   rules=row.rules, updated_at=row.updated_at)

    @strawberry.field(description="Newest first.")
    async def assignments(self) -> list[PlanAssignment]:
        rows = await models.PlanAssignment.filter(plan_id=self.row.id).order_by("-effective_from", "-id")
        return [PlanAssignment.from_row(r) for r in rows]


@strawberry.type(description="One line of a payslip: an amount and the working that produced it.")
class PayslipLine:
    position: int
    kind: str = strawberry.field(description="base, gift_share, gmv_tiers, ladder, team_incentive, cap, "
                                             "minimum_guarantee, no_plan or adjustment.")
    amount: Decimal
    explanation: str

    @classmethod
    def from_row(cls, row: models.PayslipLine) -> PayslipLine:
        return cls(position=row.position, kind=row.kind, amount=row.amount, explanation=row.explanation)


@strawberry.type(description="A month's pay for one employee; gross is exactly the sum of the lines.")
class Payslip(Node):
    row: strawberry.Private[models.Payslip]
    month: date
    base: Decimal
    commission: Decimal = strawberry.field(description="Plan lines, team incentive, cap and guarantee.")
    adjustments: Decimal
    gross: Decimal
    locked: bool

    @classmethod
    def from_row(cls, row: models.Payslip) -> Payslip:
        return cls(id=to_global_id("Payslip", row.id), row=row, month=row.period_start, base=row.base,
                   commission=row.commission, adjustments=row.adjustments, gross=row.gross, locked=row.locked)

    @strawberry.field
    def employee(self, info: Info) -> Employee | None:
        return related(info.context.loaders.employee_by_id, self.row.employee_id, Employee.from_row)

    @strawberry.field
    async def lines(self, info: Info) -> list[PayslipLine]:
        return [PayslipLine.from_row(r) for r in await info.context.loaders.lines_by_payslip.load(self.row.id)]

    @strawberry.field
    def run_id(self) -> strawberry.ID:
        return to_global_id("PayrollRun", self.row.run_id)


@strawberry.type(description="A team's share of a run, the first step from the totals down to the lines.")
class PayrollTeamTotal:
    team_id: strawberry.ID | None
    team_name: str | None
    payslips: int
    base: Decimal
    commission: Decimal
    adjustments: Decimal
    gross: Decimal


@strawberry.type(description="One month's payroll for a scope: everyone, a department or a team.")
class PayrollRun(Node):
    row: strawberry.Private[models.PayrollRun]
    month: date
    period_end: date
    scope: str = strawberry.field(description='"all", "department:<pk>" or "team:<pk>".')
    status: PayrollStatus
    payslip_count: int
    total_base: Decimal
    total_commission: Decimal
    total_adjustments: Decimal
    total_gross: Decimal
    computed_at: datetime | None
    locked_at: datetime | None

    @classmethod
    def from_row(cls, row: models.PayrollRun) -> PayrollRun:
        return cls(id=to_global_id("PayrollRun", row.id), row=row, month=row.period_start, period_end=row.period_end,
                   scope=row.scope_key, status=row.status, payslip_count=row.payslip_count, total_base=row.total_base,
                   total_commission=row.total_commission, total_adjustments=row.total_adjustments,
                   total_gross=row.total_gross, computed_at=row.computed_at, locked_at=row.locked_at)

    @strawberry.field(description="Everyone, or the department's or team's name.")
    async def scope_name(self, info: Info) -> str | None:
        kind, _, target = self.row.scope_key.partition(":")
        return None if kind == "all" else await _name_of(info, kind, int(target))

    @strawberry.field(description="Totals per team (null: people in no team), largest gross first.")
    async def teams(self) -> list[PayrollTeamTotal]:
        return [PayrollTeamTotal(team_id=to_global_id("Team", t.team_id) if t.team_id else None, team_name=t.team_name,
                                 payslips=t.payslips, base=t.base, commission=t.commission, adjustments=t.adjustments,
                                 gross=t.gross) for t in await payroll.team_totals(self.row.id)]

    @strawberry.field(description="Largest gross first; filter by team or search a name or employee number.")
    async def payslips(self, first: int = 20, after: str | None = None, team_id: strawberry.ID | None = None,
                       search: str | None = None) -> Connection[Payslip]:

        team = require_pk(team_id, "Team", "teamId") if team_id else None
        query = payroll.run_payslips(self.row.id, team_id=team, search=search)
        return connection(await paginate(query.order_by("-gross", "id"), first=first, after=after), Payslip.from_row)


@strawberry.type(description="An amount paid or deducted with the employee's payslip of `month`.")
class PayrollAdjustment(Node):
    row: strawberry.Private[models.PayrollAdjustment]
    month: date
    amount: Decimal
    reason: str
    corrects_month: date | None
    created_at: datetime

    @classmethod
    def from_row(cls, row: models.PayrollAdjustment) -> PayrollAdjustment:
        return cls(id=to_global_id("PayrollAdjustment", row.id), row=row, month=row.period_start, amount=row.amount,
                   reason=row.reason, corrects_month=row.corrects_period, created_at=row.created_at)

    @strawberry.field
    def employee(self, info: Info) -> Employee | None:
        return related(info.context.loaders.employee_by_id, self.row.employee_id, Employee.from_row)
