"""Contract types in the graph: clauses, templates, contracts, versions, signatures.

Pay terms and the rendered document (which states the pay) need compensation.read, or being
the contract's employee; a team lead reads their team's contracts without them.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum

import strawberry
from strawberry.types import Info

from backend.graph.access import requires
from backend.graph.base import Node, related, to_global_id
from backend.graph.employees import Employee
from backend.models import contracts as models
from backend.permissions import Permission as P
from backend.resolvers.contracts import lifecycle
from backend.resolvers.contracts.templates import fill

ContractType = strawberry.enum(models.ContractType)
ContractStatus = strawberry.enum(models.ContractStatus)
ContractVersionState = strawberry.enum(models.VersionState, name="ContractVersionState")
ContractSignerRole = strawberry.enum(models.SignerRole, name="ContractSignerRole")
PAY = {"own": P.SELF_READ_PAY, "audited": True}


@strawberry.type(description="A typed `{{name}}` placeholder of a clause.")
class ClauseVariable:
    name: str
    type: str = strawberry.field(description="int, decimal, percent, money, text or date.")
    label: str
    min: Decimal | None
    max: Decimal | None

    @classmethod
    def from_json(cls, raw: dict) -> "ClauseVariable":
        bound = lambda k: Decimal(str(raw[k])) if raw.get(k) is not None else None  # noqa: E731
        return cls(name=raw["name"], type=raw["type"], label=raw.get("label") or "", min=bound("min"), max=bound("max"))


@strawberry.type(description="A clause of the library.")
class Clause(Node):
    key: str
    title: str
    body: str
    variables: list[ClauseVariable]
    updated_at: datetime

    @classmethod
    def from_row(cls, row: models.Clause) -> "Clause":
        return cls(id=to_global_id("Clause", row.id), key=row.key, title=row.title, body=row.body,
                   variables=[ClauseVariable.from_json(v) for v in row.variables], updated_at=row.updated_at)


@strawberry.type(description="A clause as a template version froze it.")
class TemplateClause:
    key: str
    title: str
    body: str
    variables: list[ClauseVariable]

    @classmethod
    def from_json(cls, raw: dict) -> "TemplateClause":
        return cls(key=raw["key"], title=raw["title"], body=raw["body"],
                   variables=[ClauseVariable.from_json(v) for v in raw["variables"]])


@strawberry.type
class ContractTemplateVersion:
    version: int
    created_at: datetime
    created_by: str
    clauses: list[TemplateClause]

    @classmethod
    def from_row(cls, row: models.ContractTemplateVersion) -> "ContractTemplateVersion":
        return cls(version=row.version, created_at=row.created_at, created_by=row.created_by,
                   clauses=[TemplateClause.from_json(c) for c in row.clauses])


@strawberry.type(description="A contract template; editing it makes a new version, contracts keep theirs.")
class ContractTemplate(Node):
    row: strawberry.Private[models.ContractTemplate]
    name: str
    contract_type: ContractType
    latest_version: int

    @classmethod
    def from_row(cls, row: models.ContractTemplate) -> "ContractTemplate":
        return cls(id=to_global_id("ContractTemplate", row.id), row=row, name=row.name, contract_type=row.contract_type,
                   latest_version=row.latest_version)

    @strawberry.field(description="Newest first.")
    async def versions(self) -> list[ContractTemplateVersion]:
        rows = await models.ContractTemplateVersion.filter(template_id=self.row.id).order_by("-version")
        return [ContractTemplateVersion.from_row(r) for r in rows]


@strawberry.type
class ContractPayTerms:
    monthly_base: Decimal | None
    revenue_share_percent: Decimal | None = strawberry.field(description="The host's share of gift revenue, percent.")
    guaranteed_minimum: Decimal | None


@strawberry.type
class ContractValue:
    name: str
    value: str


@strawberry.type(description="A clause with the version's values filled in.")
class FilledClause:
    key: str
    title: str
    text: str


@strawberry.enum
class ClauseChangeKind(Enum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@strawberry.type(description="How a clause differs from the version before.")
class ClauseChange:
    key: str
    title: str
    kind: ClauseChangeKind
    before: str | None
    after: str | None


@strawberry.type
class ContractSignature:
    employee_pk: strawberry.Private[int]
    row: strawberry.Private[models.Signature]
    document: strawberry.Private[str | None]
    role: ContractSignerRole
    signer: str
    signed_at: datetime
    document_sha256: str = strawberry.field(description="The hash this signature signed.")

    @strawberry.field(description="Whether what was signed is the stored document as it is now.")
    def matches_document(self) -> bool:
        from backend.resolvers.contracts.documents import sha256

        return self.document is not None and sha256(self.document) == self.row.document_sha256

    @strawberry.field(extensions=[requires(P.CONTRACTS_WRITE, own=P.SELF_READ_PII)])
    def ip(self) -> str | None:
        return self.row.ip

    @strawberry.field(extensions=[requires(P.CONTRACTS_WRITE, own=P.SELF_READ_PII)])
    def user_agent(self) -> str | None:
        return self.row.user_agent


def filled_clauses(template_clauses: list[dict], version: models.ContractVersion) -> list[FilledClause]:
    values = {k: str(v) for k, v in version.values.items()}
    out = [FilledClause(key=c["key"], title=c["title"], text=fill(c["body"], values)) for c in template_clauses]
    out += [FilledClause(key=c.get("key") or f"custom-{i + 1}", title=c["title"], text=fill(c["body"], values))
            for i, c in enumerate(version.custom_clauses)]
    return out


def clause_diff(before: list[FilledClause], after: list[FilledClause]) -> list[ClauseChange]:
    old, new = {c.key: c for c in before}, {c.key: c for c in after}
    changes = [ClauseChange(key=k, title=c.title, kind=ClauseChangeKind.REMOVED, before=c.text, after=None)
               for k, c in old.items() if k not in new]
    for key, clause in new.items():
        if key not in old:
            changes.append(ClauseChange(key=key, title=clause.title, kind=ClauseChangeKind.ADDED, before=None, after=clause.text))
        elif old[key].text != clause.text or old[key].title != clause.title:
            changes.append(ClauseChange(key=key, title=clause.title, kind=ClauseChangeKind.CHANGED, before=old[key].text,
                                        after=clause.text))
    return changes


@strawberry.type(description="One version of a contract: the first, or an amendment effective from `effectiveOn`.")
class ContractVersion:
    row: strawberry.Private[models.ContractVersion]
    employee_pk: strawberry.Private[int]
    template_clauses: strawberry.Private[list[dict]]
    previous: strawberry.Private[models.ContractVersion | None]
    version: int
    state: ContractVersionState
    effective_on: date
    note: str | None
    starts_on: date
    ends_on: date | None
    probation_ends_on: date | None
    document_sha256: str | None
    submitted_at: datetime | None
    signed_at: datetime | None

    @classmethod
    def from_row(cls, row: models.ContractVersion, employee_pk: int, template_clauses: list[dict],
                 previous: models.ContractVersion | None) -> "ContractVersion":
        return cls(row=row, employee_pk=employee_pk, template_clauses=template_clauses, previous=previous,
                   version=row.version, state=row.state, effective_on=row.effective_on, note=row.note,
                   starts_on=row.starts_on, ends_on=row.ends_on, probation_ends_on=row.probation_ends_on,
                   document_sha256=row.document_sha256, submitted_at=row.submitted_at, signed_at=row.signed_at)

    @strawberry.field
    def values(self) -> list[ContractValue]:
        return [ContractValue(name=k, value=str(v)) for k, v in sorted(self.row.values.items())]

    @strawberry.field(description="Every clause with this version's values filled in, custom clauses last.")
    def clauses(self) -> list[FilledClause]:
        return filled_clauses(self.template_clauses, self.row)

    @strawberry.field(description="Clause by clause, what changed since the previous version (empty for the first).")
    def diff(self) -> list[ClauseChange]:
        if self.previous is None:
            return []
        return clause_diff(filled_clauses(self.template_clauses, self.previous), self.clauses())

    @strawberry.field(description="True when the stored document no longer hashes to what was submitted and signed.")
    def tampered(self) -> bool:
        return lifecycle.is_tampered(self.row)

    @strawberry.field(description="Whose signature is awaited next (null unless pending signature).")
    async def awaiting(self, info: Info) -> ContractSignerRole | None:
        if self.row.state != models.VersionState.PENDING_SIGNATURE:
            return None
        signed = {s.role for s in await info.context.loaders.signatures_by_version.load(self.row.id)}
        return next((r for r in lifecycle.SIGNING_ORDER if r not in signed), None)

    @strawberry.field(description="In signing order.")
    async def signatures(self, info: Info) -> list[ContractSignature]:
        rows = await info.context.loaders.signatures_by_version.load(self.row.id)
        return [ContractSignature(employee_pk=self.employee_pk, row=r, document=self.row.document, role=r.role,
                                  signer=r.signer, signed_at=r.signed_at, document_sha256=r.document_sha256) for r in rows]

    @strawberry.field(extensions=[requires(P.COMPENSATION_READ, **PAY)])
    def pay_terms(self) -> ContractPayTerms | None:
        return ContractPayTerms(monthly_base=self.row.monthly_base, revenue_share_percent=self.row.revenue_share_percent,
                                guaranteed_minimum=self.row.guaranteed_minimum)

    @strawberry.field(description="""Where to GET the frozen document as PDF (`.html` for the HTML) with your bearer token;
null before submission. Needs compensation.read or being the employee, like `document`.""")
    def pdf_url(self) -> str | None:
        if self.row.document is None:
            return None
        return f"/documents/contracts/{to_global_id('Contract', self.row.contract_id)}/{self.row.version}.pdf"

    @strawberry.field(description="The rendered HTML that was hashed and is signed (it states the pay).",
                      extensions=[requires(P.COMPENSATION_READ, **PAY)])
    def document(self) -> str | None:
        return self.row.document


@strawberry.type(description="A labor, part-time, talent or internship contract and its versions.")
class Contract(Node):
    row: strawberry.Private[models.Contract]
    employee_pk: strawberry.Private[int]
    number: str
    contract_type: ContractType
    status: ContractStatus
    starts_on: date
    ends_on: date | None = strawberry.field(description="Null: open-ended.")
    terminated_on: date | None
    termination_reason: str | None
    created_at: datetime

    @classmethod
    def from_row(cls, row: models.Contract) -> "Contract":
        return cls(id=to_global_id("Contract", row.id), row=row, employee_pk=row.employee_id, number=row.number,
                   contract_type=row.contract_type, status=row.status, starts_on=row.starts_on, ends_on=row.ends_on,
                   terminated_on=row.terminated_on, termination_reason=row.termination_reason, created_at=row.created_at)

    @strawberry.field(description="Null when the employee is outside what you may see.")
    def employee(self, info: Info) -> Employee | None:
        return related(info.context.loaders.employee_by_id, self.row.employee_id, Employee.from_row)

    @strawberry.field(description="The contract this one renews.")
    async def predecessor(self, info: Info) -> "Contract | None":
        if self.row.predecessor_id is None:
            return None
        row = await lifecycle.scoped_contracts(info.context.viewer).get_or_none(id=self.row.predecessor_id)
        return Contract.from_row(row) if row else None

    @strawberry.field(description="The contract that renews this one.")
    async def successor(self, info: Info) -> "Contract | None":
        row = await lifecycle.scoped_contracts(info.context.viewer).get_or_none(predecessor_id=self.row.id)
        return Contract.from_row(row) if row else None

    @strawberry.field(description="The template this contract was made from.")
    async def template(self, info: Info) -> ContractTemplate:
        version = await info.context.loaders.template_version_by_id.load(self.row.template_version_id)
        return ContractTemplate.from_row(await info.context.loaders.template_by_id.load(version.template_id))

    @strawberry.field(description="The template's version it was made from (the text it keeps).")
    async def template_version(self, info: Info) -> int:
        return (await info.context.loaders.template_version_by_id.load(self.row.template_version_id)).version

    async def _versions(self, info: Info) -> list[ContractVersion]:
        loaders = info.context.loaders
        template, rows = await loaders.template_version_by_id.load(self.row.template_version_id), \
            await loaders.versions_by_contract.load(self.row.id)
        return [ContractVersion.from_row(r, self.employee_pk, template.clauses, rows[i - 1] if i else None)
                for i, r in enumerate(rows)]

    @strawberry.field(description="Oldest first.")
    async def versions(self, info: Info) -> list[ContractVersion]:
        return await self._versions(info)

    @strawberry.field(description="The newest version (a draft or pending amendment, or the one in force).")
    async def latest_version(self, info: Info) -> ContractVersion:
        return (await self._versions(info))[-1]
