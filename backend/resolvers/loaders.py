"""Per-request DataLoaders: nested lists load in one query per level, never one per row.

The employee loader applies the viewer's row scope in SQL, so a nested reference (a
manager, a team lead) can never reveal an employee the viewer may not see.
"""

from __future__ import annotations

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
from backend.company_time import company_today

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


class _OnFirstUse:
    """A Loaders attribute whose DataLoader is made, for the request's viewer, the first time
    it is read: a request touches a few of them, and a subscribed socket keeps its context
    (and so these) for hours."""

    def __init__(self, make: Callable[[Viewer], DataLoader]) -> None:
        self.make = make

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, loaders: "Loaders | None", owner: type | None = None):
        if loaders is None:
            return self
        made = loaders.__dict__[self.name] = self.make(loaders.viewer)  # read from the instance from now on
        return made


class Loaders:
    """One request's (or socket's) DataLoaders, batching per viewer."""

    def __init__(self, viewer: Viewer) -> None:
        self.viewer = viewer

    employee_by_id = _OnFirstUse(lambda viewer: _by_key(lambda ids: employees.employees_by_ids(viewer, ids)))
    department_by_id = _OnFirstUse(lambda _: _by_key(_rows_by_id(Department)))
    team_by_id = _OnFirstUse(lambda _: _by_key(_rows_by_id(Team)))
    position_by_id = _OnFirstUse(lambda _: _by_key(_rows_by_id(Position)))
    history_by_employee = _OnFirstUse(lambda _: _by_key(employees.history_by_employee, default=list))
    headcount_by_department = _OnFirstUse(lambda _: _by_key(lambda ids: org.headcounts(column="department_id", ids=ids), default=0))
    headcount_by_team = _OnFirstUse(lambda _: _by_key(lambda ids: org.headcounts(column="team_id", ids=ids), default=0))
    traffic_summary_by_host = _OnFirstUse(_summaries)
    # Accounts are scoped where they are listed; their periods carry nothing more sensitive.
    traffic_periods_by_account = _OnFirstUse(lambda _: _by_key(traffic.periods_by_account, default=list))
    # Contracts are scoped where they are listed; their versions and signatures follow them.
    template_by_id = _OnFirstUse(lambda _: _by_key(_rows_by_id(ContractTemplate)))
    template_version_by_id = _OnFirstUse(lambda _: _by_key(_rows_by_id(ContractTemplateVersion)))
    versions_by_contract = _OnFirstUse(lambda _: _by_key(_grouped(ContractVersion, "contract_id", ("version",)), default=list))
    signatures_by_version = _OnFirstUse(lambda _: _by_key(_grouped(Signature, "version_id", ("signed_at", "id")), default=list))
    # Payslips are scoped where they are listed; their lines follow them.
    lines_by_payslip = _OnFirstUse(lambda _: _by_key(_grouped(PayslipLine, "payslip_id", ("position",)), default=list))
    plan_by_id = _OnFirstUse(lambda _: _by_key(_rows_by_id(CommissionPlan)))
    # Reviews are scoped in the loader itself (an employee's list reaches them from any employee).
    reviews_by_employee = _OnFirstUse(lambda viewer: _by_key(lambda ids: performance_reviews.reviews_by_employee(viewer, ids), default=list))
    review_cycle_by_id = _OnFirstUse(lambda _: _by_key(_rows_by_id(ReviewCycle)))
    # Risk scores are scoped in the loader too (the field reaches them from any employee).
    attrition_risk_by_employee = _OnFirstUse(lambda viewer: _by_key(lambda ids: attrition.risks_by_employee(viewer, ids)))
    # The 360 profile's sections: the employees are scoped by whoever loaded them.
    contract_by_employee = _OnFirstUse(lambda _: _by_key(profile.current_contracts))
    median_pay_by_position = _OnFirstUse(lambda _: _by_key(profile.position_medians))
    traffic_months_by_host = _OnFirstUse(lambda viewer: _by_key(lambda ids: profile.traffic_months(viewer, ids), default=list))
    training_by_employee = _OnFirstUse(lambda _: _by_key(profile.training_facts, default=profile.TrainingFacts))
    attendance_by_employee = _OnFirstUse(lambda _: _by_key(profile.attendance_facts))
    # Training and attendance summaries are scoped in their resolvers (the fields reach them from any employee).
    training_summary_by_employee = _OnFirstUse(lambda viewer: _by_key(lambda ids: training_enrolments.summaries_by_employee(
        viewer, ids, company_today())))
    attendance_summary_by_employee = _OnFirstUse(lambda viewer: _periods(lambda ids, months: attendance_summary.summaries_by_employee(
        viewer, ids, company_today(), months)))
    training_program_by_id = _OnFirstUse(lambda _: _by_key(_rows_by_id(TrainingProgram)))
    training_session_by_id = _OnFirstUse(lambda _: _by_key(_rows_by_id(TrainingSession)))
    training_plan_by_id = _OnFirstUse(lambda _: _by_key(_rows_by_id(TrainingPlan)))
    programs_by_plan = _OnFirstUse(lambda _: _by_key(training_plans.programs_by_plan, default=list))
