"""What the automation tests share: scores, trainings, contracts and alerts made directly, and rules."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from backend.models.analytics import RiskBand, RiskModel, RiskScore
from backend.models.automation import AutomationRule
from backend.models.contracts import Contract, ContractTemplateVersion
from backend.models.employees import Employee
from backend.models.training import Enrolment, EnrolmentStatus, TrainingCategory, TrainingPlan, TrainingProgram
from backend.company_time import company_today
from tests.contracts.helpers import make_library

TODAY = company_today()


async def score(employee: Employee, value: float) -> RiskScore:
    model = await RiskModel.first()
    if model is None:
        model = await RiskModel.create(trained_at=datetime.now(timezone.utc), chosen_model="test", rows=10, positives=1,
                                       card={}, estimator=b"")
    band = RiskBand.HIGH if value >= 0.5 else RiskBand.MEDIUM if value >= 0.25 else RiskBand.LOW
    return await RiskScore.create(employee_id=employee.id, model_id=model.id, score=value, band=band, drivers=[],
                                  scored_at=datetime.now(timezone.utc))


async def program(code: str = "LIV-1") -> TrainingProgram:
    return await TrainingProgram.create(code=code, name=code, category=TrainingCategory.LIVE_SKILLS, hours=Decimal("2.0"),
                                        cost_per_head=Decimal("100.00"))


async def plan(*codes: str, name: str = "Live skills") -> TrainingPlan:
    found = await TrainingPlan.create(name=name, due_days=30, mandatory=False)
    await found.programs.add(*[await program(code) for code in codes])
    return found


async def completed(employee: Employee, on: date, status: EnrolmentStatus = EnrolmentStatus.COMPLETED) -> Enrolment:
    prog = await TrainingProgram.first() or await program()
    return await Enrolment.create(employee=employee, program=prog, status=status, assigned_on=on - timedelta(days=10),
                                  completed_on=on if status == EnrolmentStatus.COMPLETED else None)


async def contract(employee: Employee, ends_on: date | None, *, number: str, status: str = "active",
                   starts_on: date = date(2024, 1, 1), predecessor_id: int | None = None) -> Contract:
    version = await ContractTemplateVersion.first()
    if version is None:
        version = await ContractTemplateVersion.get(template_id=await make_library())
    return await Contract.create(number=number, employee_id=employee.id, contract_type="full_time", status=status,
                                 template_version_id=version.id, created_by="test", starts_on=starts_on, ends_on=ends_on,
                                 predecessor_id=predecessor_id)


async def rule(trigger_kind: str = "RISK_ABOVE", trigger_params: dict | None = None, actions: list[dict] | None = None,
               cooldown_days: int = 90, name: str = "High risk") -> AutomationRule:
    return await AutomationRule.create(
        name=name, trigger_kind=trigger_kind, trigger_params=trigger_params or {"threshold": 0.6}, cooldown_days=cooldown_days,
        actions=actions or [{"kind": "CREATE_TASK", "params": {"title": "Stay interview", "description": "", "dueDays": 7}}])
