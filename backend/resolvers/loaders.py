"""Per-request DataLoaders: nested lists load in one query per level, never one per row.

The employee loader applies the viewer's row scope in SQL, so a nested reference (a
manager, a team lead) can never reveal an employee the viewer may not see.
"""

from __future__ import annotations

from functools import cached_property
from typing import Awaitable, Callable, Hashable, TypeVar

from strawberry.dataloader import DataLoader

from backend.auth import Viewer
from backend.models.compensation import CommissionPlan, PayslipLine
from backend.models.contracts import ContractTemplate, ContractTemplateVersion, ContractVersion, Signature
from backend.models.org import Department, Position, Team
from backend.models.performance import ReviewCycle
from backend.resolvers import employees, org
from backend.resolvers import traffic
from backend.resolvers.traffic import series as traffic_series
from backend.resolvers.performance import reviews as performance_reviews
from backend.resolvers.analytics import attrition, profile
from backend.models.training import TrainingPlan, TrainingProgram, TrainingSession
from backend.resolvers.attendance import summary as attendance_summary
from backend.resolvers.training import enrolments as training_enrolments, plans as training_plans
from backend.resolvers.traffic.anomalies import company_today

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


def _by_key(fetch: Callable[[list[K]], Awaitable[dict[K, V]]], default=None) -> DataLoader[K, V]:
    async def load(keys: list[K]) -> list[V]:
        found = await fetch(list(keys))
        return [found.get(k, default() if callable(default) else default) for k in keys]

    return DataLoader(load_fn=load)


def _rows_by_id(model) -> Callable[[list[int]], Awaitable[dict[int, object]]]:
    async def fetch(ids: list[int]) -> dict[int, object]:
        return {row.id: row for row in await model.filter(id__in=ids)}

    return fetch


def _grouped(model, key: str, order: tuple[str, ...]) -> Callable[[list[int]], Awaitable[dict[int, list]]]:
    """key value -> its rows, in order, for one batch of keys."""

    async def fetch(ids: list[int]) -> dict[int, list]:
        found: dict[int, list] = {}
        for row in await model.filter(**{f"{key}__in": ids}).order_by(*order):
            found.setdefault(getattr(row, key), []).append(row)
        return found

    return fetch


def _summaries(viewer: Viewer) -> DataLoader:
    """(host, from, to) -> traffic totals: one query per distinct period in the batch."""

    async def fetch(keys: list[tuple[int, object, object]]) -> dict:
        found = {}
        for start, end in {(k[1], k[2]) for k in keys}:
            hosts = [k[0] for k in keys if (k[1], k[2]) == (start, end)]
            totals = await traffic_series.summaries_by_host(viewer, hosts, start, end)
            found.update({(host, start, end): totals.get(host) for host in hosts})
        return found

    return _by_key(fetch)


def _periods(fetch) -> DataLoader:
    """(employee, months) -> a summary: one fetch per distinct number of months in the batch."""

    async def grouped(keys: list[tuple[int, int]]) -> dict:
        found = {}
        for months in {k[1] for k in keys}:
            ids = [k[0] for k in keys if k[1] == months]
            found.update({(e, months): summary for e, summary in (await fetch(ids, months)).items()})
        return found

    return _by_key(grouped)


class Loaders:
    """The request's DataLoaders, each made on first use: a request touches a few of them,
    and a subscribed socket keeps its context (and so these) for hours."""

    def __init__(self, viewer: Viewer) -> None:
        self.viewer = viewer

    @cached_property
    def employee_by_id(self) -> DataLoader:
        return _by_key(lambda ids: employees.employees_by_ids(self.viewer, ids))

    @cached_property
    def department_by_id(self) -> DataLoader:
        return _by_key(_rows_by_id(Department))

    @cached_property
    def team_by_id(self) -> DataLoader:
        return _by_key(_rows_by_id(Team))

    @cached_property
    def position_by_id(self) -> DataLoader:
        return _by_key(_rows_by_id(Position))

    @cached_property
    def history_by_employee(self) -> DataLoader:
        return _by_key(employees.history_by_employee, default=list)

    @cached_property
    def headcount_by_department(self) -> DataLoader:
        return _by_key(lambda ids: org.headcounts(column="department_id", ids=ids), default=0)

    @cached_property
    def headcount_by_team(self) -> DataLoader:
        return _by_key(lambda ids: org.headcounts(column="team_id", ids=ids), default=0)

    @cached_property
    def traffic_summary_by_host(self) -> DataLoader:
        return _summaries(self.viewer)

    # Accounts are scoped where they are listed; their periods carry nothing more sensitive.
    @cached_property
    def traffic_periods_by_account(self) -> DataLoader:
        return _by_key(traffic.periods_by_account, default=list)

    # Contracts are scoped where they are listed; their versions and signatures follow them.
    @cached_property
    def template_by_id(self) -> DataLoader:
        return _by_key(_rows_by_id(ContractTemplate))

    @cached_property
    def template_version_by_id(self) -> DataLoader:
        return _by_key(_rows_by_id(ContractTemplateVersion))

    @cached_property
    def versions_by_contract(self) -> DataLoader:
        return _by_key(_grouped(ContractVersion, "contract_id", ("version",)), default=list)

    @cached_property
    def signatures_by_version(self) -> DataLoader:
        return _by_key(_grouped(Signature, "version_id", ("signed_at", "id")), default=list)

    # Payslips are scoped where they are listed; their lines follow them.
    @cached_property
    def lines_by_payslip(self) -> DataLoader:
        return _by_key(_grouped(PayslipLine, "payslip_id", ("position",)), default=list)

    @cached_property
    def plan_by_id(self) -> DataLoader:
        return _by_key(_rows_by_id(CommissionPlan))

    # Reviews are scoped in the loader itself (an employee's list reaches them from any employee).
    @cached_property
    def reviews_by_employee(self) -> DataLoader:
        return _by_key(lambda ids: performance_reviews.reviews_by_employee(self.viewer, ids), default=list)

    @cached_property
    def review_cycle_by_id(self) -> DataLoader:
        return _by_key(_rows_by_id(ReviewCycle))

    # Risk scores are scoped in the loader too (the field reaches them from any employee).
    @cached_property
    def attrition_risk_by_employee(self) -> DataLoader:
        return _by_key(lambda ids: attrition.risks_by_employee(self.viewer, ids))

    # The 360 profile's sections: the employees are scoped by whoever loaded them.
    @cached_property
    def contract_by_employee(self) -> DataLoader:
        return _by_key(profile.current_contracts)

    @cached_property
    def median_pay_by_position(self) -> DataLoader:
        return _by_key(profile.position_medians)

    @cached_property
    def traffic_months_by_host(self) -> DataLoader:
        return _by_key(lambda ids: profile.traffic_months(self.viewer, ids), default=list)

    @cached_property
    def training_by_employee(self) -> DataLoader:
        return _by_key(profile.training_facts, default=profile.TrainingFacts)

    @cached_property
    def attendance_by_employee(self) -> DataLoader:
        return _by_key(profile.attendance_facts)

    # Training and attendance summaries are scoped in their resolvers (the fields reach them from any employee).
    @cached_property
    def training_summary_by_employee(self) -> DataLoader:
        return _by_key(lambda ids: training_enrolments.summaries_by_employee(
            self.viewer, ids, company_today()))

    @cached_property
    def attendance_summary_by_employee(self) -> DataLoader:
        return _periods(lambda ids, months: attendance_summary.summaries_by_employee(
            self.viewer, ids, company_today(), months))

    @cached_property
    def training_program_by_id(self) -> DataLoader:
        return _by_key(_rows_by_id(TrainingProgram))

    @cached_property
    def training_session_by_id(self) -> DataLoader:
        return _by_key(_rows_by_id(TrainingSession))

    @cached_property
    def training_plan_by_id(self) -> DataLoader:
        return _by_key(_rows_by_id(TrainingPlan))

    @cached_property
    def programs_by_plan(self) -> DataLoader:
        return _by_key(training_plans.programs_by_plan, default=list)
