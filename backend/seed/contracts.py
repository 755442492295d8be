"""Contracts for the demo: a clause library, a template per kind, and each employee's contract history.

Everyone's history runs from their hire date: a chain of fixed terms (three years for staff,
one or two for full-time hosts, one for part-time hosts, two for talent, six months for
interns), each renewal linked to the one it renews; the last is active for current staff, and
ends on the exit date (terminated) or its own end (expired) for those who left. A twentieth of
current people, the demo employee among them, have a contract ending within thirty days, so
the expiry scan and the renewal flow have work; some renewals amended the revenue share.

Every version is rendered and hashed as a real submission is, and signed in order by the
employee, the team lead (or department director) and an HR manager.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal

from dateutil.relativedelta import relativedelta

from backend.models.contracts import (
    Clause, Contract, ContractStatus, ContractTemplate, ContractTemplateVersion, ContractType, ContractVersion, Signature,
    SignerRole, VersionState,
)
from backend.models.employees import Employee, EmploymentType
from backend.resolvers.contracts import documents, expiry, law
from backend.db import insert_models
from backend.seed.context import SeedContext
from backend.settings import get_settings

CLAUSES = [
    ("duties", "工作内容 Duties", "乙方担任{{position}}，按甲方安排开展直播及相关工作。The employee works as {{position}}.",
     [{"name": "position", "type": "text", "label": "岗位 Position"}]),
    ("working_hours", "工作时间 Working hours", "标准工时制，每周工作不超过{{weekly_hours}}小时。At most {{weekly_hours}} hours a week.",
     [{"name": "weekly_hours", "type": "int", "label": "每周工时 Weekly hours", "min": 1, "max": 44}]),
    ("streaming_hours", "直播时长 Streaming hours",
     "乙方每周直播不少于{{streaming_hours_per_week}}小时。At least {{streaming_hours_per_week}} hours live a week.",
     [{"name": "streaming_hours_per_week", "type": "int", "label": "每周直播时长 Hours live a week", "min": 1, "max": 60}]),
    ("revenue_share", "收益分成 Revenue share",
     "礼物收入的{{revenue_share_percent}}%归乙方。The host receives {{revenue_share_percent}}% of gift revenue.",
     [{"name": "revenue_share_percent", "type": "percent", "label": "分成比例 Share"}]),
    ("non_compete", "竞业限制 Non-compete",
     "合同终止后{{non_compete_months}}个月内不得在竞争平台直播。No streaming for a competing agency for {{non_compete_months}} months.",
     [{"name": "non_compete_months", "type": "int", "label": "竞业期限（月） Months", "min": 0, "max": 24}]),
    ("follower_growth_bonus", "涨粉奖励 Follower-growth bonus",
     "每月净增粉丝每千人奖励{{bonus_per_thousand_followers}}元。CNY {{bonus_per_thousand_followers}} per 1,000 net new followers a month.",
     [{"name": "bonus_per_thousand_followers", "type": "money", "label": "每千粉奖励 Bonus per 1,000"}]),
    ("confidentiality", "保密 Confidentiality", "乙方对甲方的商业秘密负有保密义务。The employee keeps the agency's business secrets.", []),
    ("termination", "解除与终止 Termination", "按《劳动合同法》的规定解除或终止。Ends as the Labor Contract Law provides.", []),
    ("internship", "实习安排 Internship", "实习期间每周{{weekly_hours}}小时，导师指导。{{weekly_hours}} hours a week with a mentor.",
     [{"name": "weekly_hours", "type": "int", "label": "每周工时 Weekly hours", "min": 1, "max": 40}]),
]
TEMPLATES = [
    ("全日制主播劳动合同 Full-time host", ContractType.FULL_TIME,
     ["duties", "working_hours", "streaming_hours", "revenue_share", "confidentiality", "termination"]),
    ("全日制职能劳动合同 Full-time staff", ContractType.FULL_TIME, ["duties", "working_hours", "confidentiality", "termination"]),
    ("非全日制主播协议 Part-time host", ContractType.PART_TIME, ["duties", "streaming_hours", "revenue_share", "termination"]),
    ("艺人经纪合同 Talent agency", ContractType.TALENT, ["duties", "streaming_hours", "revenue_share", "non_compete", "confidentiality"]),
    ("实习协议 Internship", ContractType.INTERNSHIP, ["duties", "internship", "confidentiality"]),
]
KIND_OF = {EmploymentType.FULL_TIME: ContractType.FULL_TIME, EmploymentType.PART_TIME: ContractType.PART_TIME,
           EmploymentType.TALENT: ContractType.TALENT, EmploymentType.INTERN: ContractType.INTERNSHIP}
POSITION_TEXT = {True: "主播 Host", False: "职能岗 Staff"}


@dataclass
class Ids:
    contract: int = 0
    version: int = 0
    signature: int = 0


async def _library(ctx: SeedContext) -> dict[str, ContractTemplateVersion]:
    for key, title, body, variables in CLAUSES:
        await Clause.create(key=key, title=title, body=body, variables=variables)
    by_key = {c.key: c for c in await Clause.all()}
    versions = {}
    for name, kind, keys in TEMPLATES:
        template = await ContractTemplate.create(name=name, contract_type=kind, latest_version=1)
        clauses = [{"key": k, "title": by_key[k].title, "body": by_key[k].body, "variables": by_key[k].variables} for k in keys]
        versions[name] = await ContractTemplateVersion.create(template=template, version=1, clauses=clauses,
                                                              created_by="seed")
    return versions


def _template_for(kind: ContractType, is_host: bool) -> str:
    if kind == ContractType.FULL_TIME:
        return TEMPLATES[0][0] if is_host else TEMPLATES[1][0]
    return {ContractType.PART_TIME: TEMPLATES[2][0], ContractType.TALENT: TEMPLATES[3][0],
            ContractType.INTERNSHIP: TEMPLATES[4][0]}[kind]


def _term(ctx: SeedContext, kind: ContractType, is_host: bool) -> relativedelta:
    if kind == ContractType.FULL_TIME:
        return relativedelta(years=ctx.rng.choice([1, 2]) if is_host else 3)
    return {ContractType.PART_TIME: relativedelta(years=1), ContractType.TALENT: relativedelta(years=2),
            ContractType.INTERNSHIP: relativedelta(months=6)}[kind]


def _values(ctx: SeedContext, clauses: list[dict], kind: ContractType, is_host: bool) -> dict[str, str]:
    wanted = {v["name"] for c in clauses for v in c["variables"]}
    values = {"position": POSITION_TEXT[is_host], "weekly_hours": "40" if kind == ContractType.FULL_TIME else "24",
              "streaming_hours_per_week": str(ctx.rng.choice([20, 24, 30, 36]) if kind != ContractType.PART_TIME else 20),
              "revenue_share_percent": str(ctx.rng.choice([20, 25, 30]) if kind != ContractType.TALENT else ctx.rng.choice([40, 45, 50])),
              "non_compete_months": str(ctx.rng.choice([6, 12])), "bonus_per_thousand_followers": "50.00"}
    return {k: v for k, v in values.items() if k in wanted}


def _signed_at(day: date) -> datetime:
    return datetime.combine(day, time(2, 0), tzinfo=timezone.utc)


class Writer:
    """Collects rows with explicit ids and writes them in batches."""

    def __init__(self, ctx: SeedContext, signers: dict[str, str]) -> None:
        self.ctx, self.signers, self.ids = ctx, signers, Ids()
        self.contracts: list[Contract] = []
        self.versions: list[ContractVersion] = []
        self.signatures: list[Signature] = []

    def version(self, contract: Contract, employee: Employee, template: ContractTemplateVersion, number: int,
                effective_on: date, values: dict, probation: date | None, note: str | None = None) -> None:
        self.ids.version += 1
        share = values.get("revenue_share_percent")
        version = ContractVersion(
            id=self.ids.version, contract_id=contract.id, version=number, state=VersionState.SIGNED,
            effective_on=effective_on, note=note, starts_on=contract.starts_on, ends_on=contract.ends_on,
            probation_ends_on=probation, values=values, custom_clauses=[],
            monthly_base=employee.base_salary if contract.contract_type != ContractType.TALENT else None,
            revenue_share_percent=Decimal(share) if share else None,
            guaranteed_minimum=Decimal("5000.00") if contract.contract_type == ContractType.TALENT else None,
            submitted_at=_signed_at(effective_on - timedelta(days=7)), signed_at=_signed_at(effective_on - timedelta(days=3)))
        version.document = documents.render(contract, version, employee, template.clauses, get_settings().company_name)
        version.document_sha256 = documents.sha256(version.document)
        self.versions.append(version)
        for offset, role in enumerate((SignerRole.EMPLOYEE, SignerRole.BUSINESS, SignerRole.HR)):
            self.ids.signature += 1
            signer = f"{employee.name} ({employee.employee_no})" if role == SignerRole.EMPLOYEE else self.signers[role.value]
            self.signatures.append(Signature(
                id=self.ids.signature, version_id=version.id, role=role, signer=signer,
                signed_at=_signed_at(effective_on - timedelta(days=5 - offset)), ip="10.8.0.12",
                user_agent="hrgraph seed", document_sha256=version.document_sha256))

    async def flush(self, force: bool = False) -> None:
        if len(self.versions) < 2000 and not force:
            return
        await insert_models(Contract, ("id", "number", "employee_id", "contract_type", "template_version_id", "status",
                                     "starts_on", "ends_on", "predecessor_id", "terminated_on", "termination_reason",
                                     "created_at", "created_by"), self.contracts)
        await insert_models(ContractVersion, ("id", "contract_id", "version", "state", "effective_on", "note", "starts_on",
                                            "ends_on", "probation_ends_on", "values", "custom_clauses", "monthly_base",
                                            "revenue_share_percent", "guaranteed_minimum", "document", "document_sha256",
                                            "submitted_at", "signed_at", "created_at"), self.versions)
        await insert_models(Signature, ("id", "version_id", "role", "signer", "user_id", "signed_at", "ip", "user_agent",
                                      "document_sha256"), self.signatures)
        self.contracts, self.versions, self.signatures = [], [], []


def _history(ctx: SeedContext, writer: Writer, employee: Employee, template: ContractTemplateVersion, expiring: bool) -> None:
    kind = KIND_OF[employee.employment_type]
    end_of_work = employee.left_on or ctx.today
    start, predecessor, first = employee.hired_on, None, True
    while True:
        ends_on = start + _term(ctx, kind, employee.is_host) - timedelta(days=1)
        last = ends_on >= end_of_work
        if expiring and last and employee.left_on is None:
            ends_on = ctx.today + timedelta(days=ctx.rng.randint(5, 28))  # planted: ends within thirty days
        writer.ids.contract += 1
        status, terminated_on = ContractStatus.ACTIVE, None
        if employee.left_on is not None and employee.left_on <= ends_on and employee.left_on <= ctx.today:
            status, terminated_on = ContractStatus.TERMINATED, employee.left_on
        elif ends_on < ctx.today:
            status = ContractStatus.EXPIRED
        contract = Contract(
            id=writer.ids.contract, number=f"HT-{start.year}-{writer.ids.contract:06d}", employee_id=employee.id,
            contract_type=kind, template_version_id=template.id, status=status, starts_on=start, ends_on=ends_on,
            predecessor_id=predecessor, terminated_on=terminated_on,
            termination_reason="随员工离职终止 Ended with the employee's exit" if terminated_on else None,
            created_at=_signed_at(start - timedelta(days=10)), created_by="seed")
        writer.contracts.append(contract)
        values = _values(ctx, template.clauses, kind, employee.is_host)
        months = law.max_probation_months(contract_type=kind.value, start=start, end=ends_on) if first else 0
        probation = law.latest_probation_end(start, months) if months else None
        writer.version(contract, employee, template, 1, start, values, probation)
        if "revenue_share_percent" in values and (ends_on - start).days > 300 and ctx.rng.random() < 0.15:
            raised = {**values, "revenue_share_percent": str(int(values["revenue_share_percent"]) + 5)}
            writer.version(contract, employee, template, 2, start + timedelta(days=180), raised, probation,
                           note="平台政策调整后提高分成 Share raised after a platform policy change")
        if last or status == ContractStatus.TERMINATED:
            return
        start, predecessor, first = ends_on + timedelta(days=1), contract.id, False


async def seed_contracts(ctx: SeedContext) -> None:
    templates = await _library(ctx)
    directors = {f["department"]: f["id"] for f in ctx.employees if f["role"] == "director"}
    hr = ctx.demo_employee_ids.get("hr_manager")
    names = dict(await Employee.filter(id__in=[*directors.values(), hr or 0]).values_list("id", "name"))
    writer = Writer(ctx, {"business": f"{names.get(directors.get('LIVE'), '业务负责人')} (business)",
                          "hr": f"{names.get(hr, 'HR')} (HR)"})
    demo = ctx.demo_employee_ids.get("employee")
    employees = await Employee.all().order_by("id")
    for i, employee in enumerate(employees):
        template = templates[_template_for(KIND_OF[employee.employment_type], employee.is_host)]
        expiring = employee.id == demo or (employee.left_on is None and ctx.rng.random() < 0.05)
        _history(ctx, writer, employee, template, expiring)
        await writer.flush()
        ctx.progress.update("contracts", i + 1, len(employees))
    await writer.flush(force=True)
    await expiry.scan(ctx.today, get_settings().contract_expiry_days)
