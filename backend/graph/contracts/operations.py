"""Contract queries and mutations: thin translations to `resolvers.contracts`."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import Enum

import strawberry
from strawberry.types import Info

from backend.errors import DomainError, not_found
from backend.graph.base import Connection, connection, decode_ids, mutate, pk_of, require, require_pk
from backend.graph.contracts.types import Clause, Contract, ContractStatus, ContractTemplate, ContractType
from backend.i18n import translate
from backend.permissions import Permission as P
from backend.resolvers.contracts import lifecycle, templates
from backend.resolvers.pagination import paginate
from backend.company_time import company_today


@strawberry.enum
class ContractErrorCode(Enum):
    REQUIRED = "REQUIRED"
    INVALID = "INVALID"
    NOT_FOUND = "NOT_FOUND"
    DUPLICATE = "DUPLICATE"
    LAW = "LAW"
    OVERLAP = "OVERLAP"
    OUT_OF_ORDER = "OUT_OF_ORDER"
    TAMPERED = "TAMPERED"
    CONFLICT = "CONFLICT"
    FORBIDDEN = "FORBIDDEN"


@strawberry.type
class ContractError:
    field: str | None
    code: ContractErrorCode
    message: str


@strawberry.input
class ContractFilter:
    status: list[ContractStatus] | None = None
    type: list[ContractType] | None = None
    employee_id: strawberry.ID | None = None
    team_id: strawberry.ID | None = None
    expiring_within_days: int | None = strawberry.field(default=None, description="Active contracts ending within N days.")


@strawberry.input
class ContractValueInput:
    name: str
    value: str


@strawberry.input(description="""A clause written for this contract (title and body), or one of the library's by
`key` (e.g. added at renewal): the contract keeps its own copy of that clause, and title and body are ignored.""")
class CustomClauseInput:
    title: str = ""
    body: str = ""
    key: str | None = None


PAY_NOTE = "Leave all three pay fields out to keep the contract's pay terms; setting them needs compensation.write."


@strawberry.input(description="What a contract version says.")
class ContractTermsInput:
    starts_on: date
    ends_on: date | None = strawberry.field(default=None, description="Leave empty for an open-ended contract.")
    probation_ends_on: date | None = None
    values: list[ContractValueInput] = strawberry.field(default_factory=list)
    custom_clauses: list[CustomClauseInput] = strawberry.field(default_factory=list)
    monthly_base: Decimal | None = strawberry.field(default=strawberry.UNSET, description=PAY_NOTE)
    revenue_share_percent: Decimal | None = strawberry.field(default=strawberry.UNSET, description=PAY_NOTE)
    guaranteed_minimum: Decimal | None = strawberry.field(default=strawberry.UNSET, description=PAY_NOTE)

    def to_terms(self) -> lifecycle.Terms:
        pay = (self.monthly_base, self.revenue_share_percent, self.guaranteed_minimum)
        return lifecycle.Terms(
            starts_on=self.starts_on, ends_on=self.ends_on, probation_ends_on=self.probation_ends_on,
            values={v.name: v.value for v in self.values},
            custom_clauses=[{"key": c.key} if c.key else {"title": c.title, "body": c.body} for c in self.custom_clauses],
            pay=None if all(p is strawberry.UNSET for p in pay) else lifecycle.PayTerms(
                *(None if p is strawberry.UNSET else p for p in pay)))


@strawberry.input
class ContractCreateInput:
    employee_id: strawberry.ID
    template_id: strawberry.ID
    terms: ContractTermsInput


@strawberry.input
class ContractAmendInput:
    id: strawberry.ID
    terms: ContractTermsInput
    effective_on: date | None = strawberry.field(default=None, description="Required for an active contract.")
    note: str | None = None


@strawberry.input
class ContractIdInput:
    id: strawberry.ID


@strawberry.input
class ContractTerminateInput:
    id: strawberry.ID
    terminated_on: date
    reason: str


@strawberry.input
class ContractRenewInput:
    id: strawberry.ID
    terms: ContractTermsInput
    extra_clause_keys: list[str] = strawberry.field(default_factory=list,
                                                    description="Library clauses to add, e.g. a follower-growth bonus.")


@strawberry.type
class ContractPayload:
    contract: Contract | None = None
    errors: list[ContractError] = strawberry.field(default_factory=list)


@strawberry.type(description="A labor-law note on a renewal: not an error, something HR must consider.")
class ContractFlag:
    article: str
    message: str


@strawberry.type
class ContractRenewPayload:
    contract: Contract | None = None
    flags: list[ContractFlag] = strawberry.field(default_factory=list)
    errors: list[ContractError] = strawberry.field(default_factory=list)


@strawberry.input
class ClauseVariableInput:
    name: str
    type: str
    label: str = ""
    min: Decimal | None = None
    max: Decimal | None = None


@strawberry.input
class ClauseCreateInput:
    key: str
    title: str
    body: str
    variables: list[ClauseVariableInput] = strawberry.field(default_factory=list)


@strawberry.input
class ClauseUpdateInput:
    id: strawberry.ID
    title: str
    body: str
    variables: list[ClauseVariableInput] = strawberry.field(default_factory=list)


@strawberry.type
class ClausePayload:
    clause: Clause | None = None
    errors: list[ContractError] = strawberry.field(default_factory=list)


@strawberry.input
class ContractTemplateCreateInput:
    name: str
    contract_type: ContractType
    clause_keys: list[str]


@strawberry.input
class ContractTemplateReviseInput:
    id: strawberry.ID
    clause_keys: list[str] = strawberry.field(description="The new version's clauses, as the library has them now.")


@strawberry.type
class ContractTemplatePayload:
    template: ContractTemplate | None = None
    errors: list[ContractError] = strawberry.field(default_factory=list)


def _variables(items: list[ClauseVariableInput]) -> list[templates.Variable]:
    return [templates.Variable(name=v.name, type=v.type, label=v.label, min=v.min, max=v.max) for v in items]


@strawberry.type
class ContractQuery:
    @strawberry.field(description="Requires: contracts.read. Rows are limited to the employees you may see.")
    async def contracts(self, info: Info, first: int = 20, after: str | None = None,
                        filter: ContractFilter | None = None) -> Connection[Contract] | None:
        viewer = require(info, P.CONTRACTS_READ.value)
        f = filter or ContractFilter()
        employee, team = decode_ids((f.employee_id, "Employee", "employeeId"), (f.team_id, "Team", "teamId"))
        page = await lifecycle.list_contracts(viewer=viewer, first=first, after=after, today=company_today(),
                                              filter=lifecycle.ContractFilter(
                                                  statuses=f.status, types=f.type, employee_id=employee, team_id=team,
                                                  expiring_within_days=f.expiring_within_days))
        return connection(page, Contract.from_row)

    @strawberry.field(description="Requires: contracts.read. Null with NOT_FOUND when absent or out of your scope.")
    async def contract(self, info: Info, id: strawberry.ID) -> Contract | None:
        viewer = require(info, P.CONTRACTS_READ.value)
        errors: list[DomainError] = []
        pk = pk_of(id, "Contract", "id", errors)
        row = None if errors else await lifecycle.scoped_contracts(viewer).get_or_none(id=pk)
        if row is None:
            raise not_found("contract", id)
        return Contract.from_row(row)

    @strawberry.field(description="Requires: contracts.read")
    async def contract_templates(self, info: Info, first: int = 20, after: str | None = None) -> Connection[ContractTemplate] | None:
        require(info, P.CONTRACTS_READ.value)
        from backend.models.contracts import ContractTemplate as Row

        return connection(await paginate(Row.all().order_by("name", "id"), first=first, after=after), ContractTemplate.from_row)

    @strawberry.field(description="Requires: contracts.read. The clause library.")
    async def clauses(self, info: Info, first: int = 50, after: str | None = None) -> Connection[Clause] | None:
        require(info, P.CONTRACTS_READ.value)
        from backend.models.contracts import Clause as Row

        return connection(await paginate(Row.all().order_by("key", "id"), first=first, after=after), Clause.from_row)


def _client(info: Info) -> tuple[str | None, str | None]:
    request = info.context.request
    host = request.client.host if getattr(request, "client", None) else None
    return host, request.headers.get("user-agent")


@strawberry.type
class ContractMutation:
    @strawberry.mutation(description="Requires: contracts.write. A draft from a template's latest version.")
    async def contract_create(self, info: Info, input: ContractCreateInput) -> ContractPayload:
        viewer = require(info, P.CONTRACTS_WRITE.value)

        async def work() -> dict:
            employee, template = decode_ids((input.employee_id, "Employee", "employeeId"),
                                            (input.template_id, "ContractTemplate", "templateId"))
            row = await lifecycle.create_contract(viewer=viewer, employee_id=employee, template_id=template,
                                                  terms=input.terms.to_terms())
            return {"contract": Contract.from_row(row)}

        return await mutate(ContractPayload, ContractError, ContractErrorCode, work)

    @strawberry.mutation(description="""Requires: contracts.write. Edits a draft; on an active contract, a new version
from `effectiveOn` (signed versions are never edited).""")
    async def contract_amend(self, info: Info, input: ContractAmendInput) -> ContractPayload:
        viewer = require(info, P.CONTRACTS_WRITE.value)

        async def work() -> dict:
            pk = require_pk(input.id, "Contract")
            await lifecycle.amend_contract(viewer=viewer, contract_id=pk, terms=input.terms.to_terms(),
                                           effective_on=input.effective_on, note=input.note)
            return {"contract": Contract.from_row(await lifecycle.get_contract(viewer, pk))}

        return await mutate(ContractPayload, ContractError, ContractErrorCode, work)

    @strawberry.mutation(description="Requires: contracts.write. Freezes the latest draft version's document and its SHA-256.")
    async def contract_submit_for_signature(self, info: Info, input: ContractIdInput) -> ContractPayload:
        viewer = require(info, P.CONTRACTS_WRITE.value)

        async def work() -> dict:
            pk = require_pk(input.id, "Contract")
            await lifecycle.submit_for_signature(viewer=viewer, contract_id=pk)
            return {"contract": Contract.from_row(await lifecycle.get_contract(viewer, pk))}

        return await mutate(ContractPayload, ContractError, ContractErrorCode, work)

    @strawberry.mutation(description="""Requires: contracts.read. Signs the pending version as whoever you are in its
order: the employee, then the business representative (contracts.sign_business: the employee's team lead), then HR
(contracts.write). Records your IP, user agent and the document hash.""")
    async def contract_sign(self, info: Info, input: ContractIdInput) -> ContractPayload:
        viewer = require(info, P.CONTRACTS_READ.value)

        async def work() -> dict:
            pk = require_pk(input.id, "Contract")
            ip, agent = _client(info)
            await lifecycle.sign_contract(viewer=viewer, contract_id=pk, ip=ip, user_agent=agent)
            return {"contract": Contract.from_row(await lifecycle.get_contract(viewer, pk))}

        return await mutate(ContractPayload, ContractError, ContractErrorCode, work)

    @strawberry.mutation(description="Requires: contracts.write")
    async def contract_terminate(self, info: Info, input: ContractTerminateInput) -> ContractPayload:
        viewer = require(info, P.CONTRACTS_WRITE.value)

        async def work() -> dict:
            row = await lifecycle.terminate_contract(viewer=viewer, contract_id=require_pk(input.id, "Contract"),
                                                     terminated_on=input.terminated_on, reason=input.reason)
            return {"contract": Contract.from_row(row)}

        return await mutate(ContractPayload, ContractError, ContractErrorCode, work)

    @strawberry.mutation(description="""Requires: contracts.write. The successor with adjusted terms (and extra library
clauses), submitted for signature in one step; `flags` say when the law may require an open-ended contract.""")
    async def contract_renew(self, info: Info, input: ContractRenewInput) -> ContractRenewPayload:
        viewer = require(info, P.CONTRACTS_WRITE.value)

        async def work() -> dict:
            renewal = await lifecycle.renew_contract(viewer=viewer, contract_id=require_pk(input.id, "Contract"),
                                                     terms=input.terms.to_terms(), extra_clause_keys=input.extra_clause_keys)
            return {"contract": Contract.from_row(renewal.contract),
                    "flags": [ContractFlag(article=f.article, message=translate(f.message)) for f in renewal.flags]}

        return await mutate(ContractRenewPayload, ContractError, ContractErrorCode, work)

    @strawberry.mutation(description="Requires: contracts.write")
    async def clause_create(self, info: Info, input: ClauseCreateInput) -> ClausePayload:
        viewer = require(info, P.CONTRACTS_WRITE.value)

        async def work() -> dict:
            row = await templates.create_clause(viewer=viewer, key=input.key, title=input.title, body=input.body,
                                                variables=_variables(input.variables))
            return {"clause": Clause.from_row(row)}

        return await mutate(ClausePayload, ContractError, ContractErrorCode, work)

    @strawberry.mutation(description="Requires: contracts.write. Templates and contracts made earlier keep their copy.")
    async def clause_update(self, info: Info, input: ClauseUpdateInput) -> ClausePayload:
        viewer = require(info, P.CONTRACTS_WRITE.value)

        async def work() -> dict:
            row = await templates.update_clause(viewer=viewer, clause_id=require_pk(input.id, "Clause"), title=input.title,
                                                body=input.body, variables=_variables(input.variables))
            return {"clause": Clause.from_row(row)}

        return await mutate(ClausePayload, ContractError, ContractErrorCode, work)

    @strawberry.mutation(description="Requires: contracts.write")
    async def contract_template_create(self, info: Info, input: ContractTemplateCreateInput) -> ContractTemplatePayload:
        viewer = require(info, P.CONTRACTS_WRITE.value)

        async def work() -> dict:
            row = await templates.create_template(viewer=viewer, name=input.name, contract_type=input.contract_type,
                                                  clause_keys=input.clause_keys)
            return {"template": ContractTemplate.from_row(row)}

        return await mutate(ContractTemplatePayload, ContractError, ContractErrorCode, work)

    @strawberry.mutation(description="Requires: contracts.write. A new version; contracts keep the version they were made from.")
    async def contract_template_revise(self, info: Info, input: ContractTemplateReviseInput) -> ContractTemplatePayload:
        viewer = require(info, P.CONTRACTS_WRITE.value)

        async def work() -> dict:
            row = await templates.revise_template(viewer=viewer, template_id=require_pk(input.id, "ContractTemplate"),
                                                  clause_keys=input.clause_keys)
            return {"template": ContractTemplate.from_row(row)}

        return await mutate(ContractTemplatePayload, ContractError, ContractErrorCode, work)
