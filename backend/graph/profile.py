"""The 360 profile: one employee's contract, pay position, reviews, traffic, training, attendance,
history and attrition risk in one round trip. Each section carries its domain's permission (a
denied one is null with FORBIDDEN, the rest still arrives) and loads through a DataLoader, so a
page of 100 employees asking for their profiles runs a fixed number of queries."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry.types import Info

from backend.errors import forbidden
from backend.graph.access import requires
from backend.models.contracts import ContractType as ContractTypeModel
from backend.models.employees import Employee as EmployeeRow
from backend.permissions import Permission as P
from backend.resolvers.analytics.profile import TrainingFacts
from backend.company_time import company_today

if TYPE_CHECKING:
    from backend.graph.analytics import AttritionRisk
    from backend.graph.employees import EmploymentEvent

REVIEWS_SHOWN = 4
PAY = dict(own=P.SELF_READ_PAY, audited=True)


@strawberry.type
class ProfileContract:
    number: str
    contract_type: str = strawberry.field(description="full_time, part_time, talent or internship.")
    status: str
    starts_on: date
    ends_on: date | None = strawberry.field(description="Null: open-ended.")
    days_left: int | None = strawberry.field(description="Until ends_on from today; negative once past.")


@strawberry.type
class ProfilePay:
    base_salary: Decimal | None
    position_median: Decimal | None = strawberry.field(description="Median base pay of the people now in the position.")
    vs_median_percent: Decimal | None = strawberry.field(description="+12.5 = 12.5% above the median.")


@strawberry.type
class ProfileReviewScore:
    cycle: str
    period_end: date
    score: Decimal


@strawberry.type(description="The last six months, oldest first, this month included.")
class ProfileTraffic:
    months: list[date]
    gift_revenue: list[Decimal]
    gmv: list[Decimal]
    live_hours: list[Decimal]


@strawberry.type
class ProfileTraining:
    completed_12_months: int
    hours_12_months: Decimal
    open_mandatory: int
    overdue_mandatory: int


@strawberry.type(description="The last six months, oldest first; leave by the month it started in (approved only).")
class ProfileAttendance:
    months: list[date]
    late_count: list[int]
    late_minutes: list[int]
    absent_days: list[Decimal]
    leave_days: list[Decimal]


@strawberry.type(description="One employee at a glance; each section needs its domain's read permission.")
class EmployeeProfile:
    row: strawberry.Private[EmployeeRow]
    employee_pk: strawberry.Private[int]

    @strawberry.field(extensions=[requires(P.CONTRACTS_READ)], description="The contract in force, else the latest.")
    async def contract(self, info: Info) -> ProfileContract | None:
        row = await info.context.loaders.contract_by_employee.load(self.employee_pk)
        if row is None:
            return None
        left = (row.ends_on - company_today()).days if row.ends_on else None
        return ProfileContract(number=row.number, contract_type=ContractTypeModel(row.contract_type).value,
                               status=getattr(row.status, "value", row.status), starts_on=row.starts_on,
                               ends_on=row.ends_on, days_left=left)

    @strawberry.field(extensions=[requires(P.COMPENSATION_READ, **PAY)])
    async def pay(self, info: Info) -> ProfilePay | None:
        median = await info.context.loaders.median_pay_by_position.load(self.row.position_id) if self.row.position_id else None
        pay = self.row.base_salary
        vs = None
        if pay is not None and median:
            vs = ((pay / median - 1) * 100).quantize(Decimal("0.1"), ROUND_HALF_UP)
        return ProfilePay(base_salary=pay, position_median=median, vs_median_percent=vs)

    @strawberry.field(extensions=[requires(P.PERFORMANCE_READ)], description="The last four scored reviews, oldest first.")
    async def review_scores(self, info: Info) -> list[ProfileReviewScore] | None:
        reviews = [r for r in await info.context.loaders.reviews_by_employee.load(self.employee_pk) if r.score is not None]
        cycles = await info.context.loaders.review_cycle_by_id.load_many([r.cycle_id for r in reviews[:REVIEWS_SHOWN]])
        shown = [ProfileReviewScore(cycle=c.name, period_end=c.period_end, score=r.score)
                 for r, c in zip(reviews[:REVIEWS_SHOWN], cycles) if c is not None]
        return sorted(shown, key=lambda s: s.period_end)

    @strawberry.field(extensions=[requires(P.TRAFFIC_READ)], description="Hosts only; null for anyone else.")
    async def traffic(self, info: Info) -> ProfileTraffic | None:
        if not self.row.is_host:
            return None
        months = await info.context.loaders.traffic_months_by_host.load(self.employee_pk)
        return ProfileTraffic(months=[m.month for m in months], gift_revenue=[m.gift_revenue for m in months],
                              gmv=[m.gmv for m in months],
                              live_hours=[(Decimal(m.live_minutes) / 60).quantize(Decimal("0.01")) for m in months])

    @strawberry.field(extensions=[requires(P.TRAINING_READ)])
    async def training(self, info: Info) -> ProfileTraining | None:
        f = await info.context.loaders.training_by_employee.load(self.employee_pk) or TrainingFacts()
        return ProfileTraining(completed_12_months=f.completed, hours_12_months=f.hours, open_mandatory=f.open_mandatory,
                               overdue_mandatory=f.overdue_mandatory)

    @strawberry.field(extensions=[requires(P.ATTENDANCE_READ)])
    async def attendance(self, info: Info) -> ProfileAttendance | None:
        f = await info.context.loaders.attendance_by_employee.load(self.employee_pk)
        return ProfileAttendance(months=f.months, late_count=f.late_count, late_minutes=f.late_minutes,
                                 absent_days=f.absent_days, leave_days=f.leave_days)

    @strawberry.field(description="Hires, transfers, promotions, salary changes and exits, oldest first.")
    async def history(self, info: Info) -> list[Annotated["EmploymentEvent", strawberry.lazy("backend.graph.employees")]]:
        from backend.graph.employees import EmploymentEvent

        return [EmploymentEvent.from_row(e) for e in await info.context.loaders.history_by_employee.load(self.employee_pk)]

    @strawberry.field(extensions=[requires(P.ANALYTICS_READ_RISK)], description="""The current attrition risk and its
drivers; never on one's own record, never for partners.""")
    async def risk(self, info: Info) -> Annotated["AttritionRisk", strawberry.lazy("backend.graph.analytics")] | None:
        from backend.graph.analytics import employee_attrition_risk

        if info.context.viewer.kind == "client":
            raise forbidden("attrition risk is never shown to partner systems")
        return await employee_attrition_risk(info, self.employee_pk)


def profile_of(row: EmployeeRow) -> EmployeeProfile:
    return EmployeeProfile(row=row, employee_pk=row.id)
