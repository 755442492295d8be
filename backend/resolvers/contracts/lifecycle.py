"""A contract's life: draft -> pending signature -> active -> expired | terminated, with versions.

- `create_contract` makes a draft (version 1) from a template's latest version, checked against
  the law (`law.py`), the template's typed variables, and the one-labor-contract-at-a-time rule.
- `amend_contract` edits a draft in place; on an active contract it makes a new version with an
  effective date (signed versions are never edited).
- `submit_for_signature` freezes the version's document and its SHA-256.
- `sign_contract` takes signatures in order (employee, business representative, HR); the last one
  puts the version in force, and a new contract becomes active.
- `renew_contract` makes the successor (unique per predecessor) and submits it, in one step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from backend.auth import Viewer, now
from backend.errors import DomainError, ValidationFailed
from backend.i18n import Message, phrase
from backend.models.contracts import (
    Clause, Contract, ContractStatus, ContractTemplate, ContractTemplateVersion, ContractType, ContractVersion, Signature,
    SignerRole, VersionState,
)
from backend.models.employees import Employee
from backend.models.org import Team
from backend.permissions import Permission, RowScope
from backend.resolvers import outbox
from backend.resolvers.audit import record_event
from backend.resolvers.contracts import documents, law
from backend.resolvers.contracts.templates import check_values, latest_version
from backend.resolvers.employees import scoped_employees
from backend.resolvers.pagination import Page, paginate
from backend.settings import get_settings

LABOR = (ContractType.FULL_TIME, ContractType.PART_TIME)
BLOCKING = (ContractStatus.PENDING_SIGNATURE, ContractStatus.ACTIVE)
SIGNING_ORDER = (SignerRole.EMPLOYEE, SignerRole.BUSINESS, SignerRole.HR)


def _fail(code: str, message: str, field: str | None = None) -> ValidationFailed:
    return ValidationFailed([DomainError(code, message, field)])


def scoped_contracts(viewer: Viewer) -> QuerySet[Contract]:
    """Contracts of the employees the viewer may see; nothing without contracts.read."""
    if viewer.kind != "system" and not viewer.can(Permission.CONTRACTS_READ.value):
        return Contract.filter(id__in=[])
    if viewer.kind == "system" or viewer.scope == RowScope.ALL:
        return Contract.all()
    return Contract.filter(employee_id__in=Subquery(scoped_employees(viewer).values("id")))


@dataclass
class ContractFilter:
    statuses: list[ContractStatus] | None = None
    types: list[ContractType] | None = None
    employee_id: int | None = None
    team_id: int | None = None
    expiring_within_days: int | None = None


async def list_contracts(*, viewer: Viewer, first: int, after: str | None, filter: ContractFilter,
                         today: date) -> Page[Contract]:
    query = scoped_contracts(viewer)
    if filter.statuses:
        query = query.filter(status__in=filter.statuses)
    if filter.types:
        query = query.filter(contract_type__in=filter.types)
    if filter.employee_id is not None:
        query = query.filter(employee_id=filter.employee_id)
    if filter.team_id is not None:
        query = query.filter(employee__team_id=filter.team_id)
    if filter.expiring_within_days is not None:
        if not 0 <= filter.expiring_within_days <= 366:
            raise _fail("INVALID", "expiringWithinDays is between 0 and 366.", "filter.expiringWithinDays")
        query = query.filter(status=ContractStatus.ACTIVE, ends_on__gte=today,
                             ends_on__lte=today + timedelta(days=filter.expiring_within_days))
        return await paginate(query.order_by("ends_on", "id"), first=first, after=after)
    return await paginate(query.order_by("-created_at", "-id"), first=first, after=after)


@dataclass
class Terms:
    """What a version says, as given by the caller."""

    starts_on: date
    ends_on: date | None
    probation_ends_on: date | None = None
    values: dict[str, str] = field(default_factory=dict)
    # [{"title", "body"}] written for this contract, or [{"key"}] naming a library clause it carries.
    custom_clauses: list[dict] = field(default_factory=list)
    pay: "PayTerms | None" = None  # None: keep the pay terms the contract has (none for a new one)

    def as_fields(self) -> dict:
        pay = self.pay or PayTerms()
        return {"starts_on": self.starts_on, "ends_on": self.ends_on, "probation_ends_on": self.probation_ends_on,
                "values": {k: str(v) for k, v in self.values.items()}, "custom_clauses": self.custom_clauses,
                "monthly_base": pay.monthly_base, "revenue_share_percent": pay.revenue_share_percent,
                "guaranteed_minimum": pay.guaranteed_minimum}


@dataclass(frozen=True)
class PayTerms:
    monthly_base: Decimal | None = None
    revenue_share_percent: Decimal | None = None
    guaranteed_minimum: Decimal | None = None

    @classmethod
    def of(cls, version: ContractVersion | None) -> "PayTerms":
        if version is None:
            return cls()
        return cls(version.monthly_base, version.revenue_share_percent, version.guaranteed_minimum)


async def settle_terms(viewer: Viewer, terms: Terms, previous: ContractVersion | None) -> Terms:
    """Fills in what the caller left to the contract: pay terms not given are kept (a team lead's
    form has none), and a custom clause given by `key` is the contract's own copy of that library
    clause (or the library's, when it is new to the contract). Changing pay needs compensation.write."""
    if terms.pay is None:
        terms.pay = PayTerms.of(previous)
    elif terms.pay != PayTerms.of(previous) and viewer.kind != "system" and not viewer.can(
            Permission.COMPENSATION_WRITE.value):
        raise _fail("FORBIDDEN", "Setting pay terms needs compensation.write; leave them out to keep them.", "monthlyBase")
    carried = {c["key"]: c for c in (previous.custom_clauses if previous else []) if c.get("key")}
    wanted = [c["key"] for c in terms.custom_clauses if c.get("key") and c["key"] not in carried]
    library = {c.key: {"key": c.key, "title": c.title, "body": c.body, "variables": c.variables}
               for c in await Clause.filter(key__in=wanted)}
    settled = []
    for i, clause in enumerate(terms.custom_clauses):
        key = clause.get("key")
        if key and key not in carried and key not in library:
            raise _fail("NOT_FOUND", Message("No clause with key {key} in the library.", key=key), f"customClauses.{i}.key")
        settled.append(carried.get(key) or library.get(key) if key else clause)
    terms.custom_clauses = settled
    return terms


def _custom_errors(custom: list[dict]) -> list[DomainError]:
    errors = []
    for i, clause in enumerate(custom):
        if not str(clause.get("title", "")).strip():
            errors.append(DomainError("REQUIRED", "A custom clause needs a title.", f"customClauses.{i}.title"))
        if not str(clause.get("body", "")).strip():
            errors.append(DomainError("REQUIRED", "A custom clause needs a body.", f"customClauses.{i}.body"))
    return errors


def _money_errors(terms: Terms) -> list[DomainError]:
    errors = []
    pay = terms.pay or PayTerms()
    for name, value, high in (("monthlyBase", pay.monthly_base, Decimal("10000000")),
                              ("revenueSharePercent", pay.revenue_share_percent, Decimal("100")),
                              ("guaranteedMinimum", pay.guaranteed_minimum, Decimal("10000000"))):
        if value is not None and (value < 0 or value > high or value.as_tuple().exponent < -2):
            errors.append(DomainError("INVALID", Message("{name} is between 0 and {high}, with at most two decimals.",
                                                         name=name, high=high), name))
    return errors


async def _had_probation(employee_id: int, excluding: int | None) -> bool:
    """Law art. 19: one probation per employer and employee (contracts that were ever signed)."""
    query = ContractVersion.filter(contract__employee_id=employee_id, probation_ends_on__isnull=False,
                                   state=VersionState.SIGNED)
    if excluding is not None:
        query = query.exclude(contract_id=excluding)
    return await query.exists()


async def check_terms(*, contract_type: ContractType, employee_id: int, clauses: list[dict], terms: Terms,
                      contract_id: int | None = None) -> None:
    """Every reason these terms cannot stand, at once."""
    errors: list[DomainError] = []
    if terms.ends_on is not None and terms.ends_on < terms.starts_on:
        errors.append(DomainError("INVALID", "The contract ends before it starts.", "endsOn"))
    else:
        weekly = terms.values.get("streaming_hours_per_week") or terms.values.get("weekly_hours")
        for v in law.check_contract(contract_type=contract_type, start=terms.starts_on, end=terms.ends_on,
                                    probation_end=terms.probation_ends_on,
                                    had_probation_before=await _had_probation(employee_id, contract_id),
                                    weekly_hours=_whole(weekly) if contract_type == ContractType.PART_TIME else None):
            errors.append(DomainError("LAW", v.message, _input_field(v.field)))
    declared = [*clauses, *(c for c in terms.custom_clauses if c.get("variables"))]
    errors += check_values(declared, terms.values) + _custom_errors(terms.custom_clauses) + _money_errors(terms)
    if errors:
        raise ValidationFailed(errors)


def _whole(raw: str | None) -> int | None:
    try:
        return int(Decimal(str(raw))) if raw is not None else None
    except ArithmeticError:
        return None


def _input_field(law_field: str) -> str:
    """The law module's field names, as the mutation input names them."""
    if law_field.startswith("variables."):
        return "values." + law_field.removeprefix("variables.")
    return {"probationEnd": "probationEndsOn", "end": "endsOn", "start": "startsOn"}.get(law_field, law_field)


async def _check_overlap(contract_type: ContractType, employee_id: int, starts_on: date, ends_on: date | None,
                         exclude: int | None) -> None:
    """One labor contract at a time: refuse one overlapping a pending or active labor contract."""
    if contract_type not in LABOR:
        return
    query = Contract.filter(employee_id=employee_id, contract_type__in=LABOR, status__in=BLOCKING).filter(
        Q(ends_on__isnull=True) | Q(ends_on__gte=starts_on))
    if ends_on is not None:
        query = query.filter(starts_on__lte=ends_on)
    if exclude is not None:
        query = query.exclude(id=exclude)
    clash = await query.order_by("starts_on").first()
    if clash:
        until = clash.ends_on.isoformat() if clash.ends_on else phrase("open-ended")
        raise _fail("OVERLAP", Message("Overlaps {number} ({status}, {starts_on} to {until}); one labor contract at a time: "
                                       "end or terminate that one first, or start after it.", number=clash.number,
                                       status=phrase(clash.status.value), starts_on=clash.starts_on, until=until), "startsOn")


async def _employee(viewer: Viewer, employee_id: int) -> Employee:
    employee = await scoped_employees(viewer).get_or_none(id=employee_id)
    if employee is None:
        raise _fail("NOT_FOUND", "No employee with this id that you can see.", "employeeId")
    return employee


async def create_contract(*, viewer: Viewer, employee_id: int, template_id: int, terms: Terms) -> Contract:
    employee = await _employee(viewer, employee_id)
    template = await ContractTemplate.get_or_none(id=template_id)
    if template is None:
        raise _fail("NOT_FOUND", "No contract template with this id.", "templateId")
    version = await latest_version(template.id)
    terms = await settle_terms(viewer, terms, None)
    await check_terms(contract_type=template.contract_type, employee_id=employee.id, clauses=version.clauses, terms=terms)
    await _check_overlap(template.contract_type, employee.id, terms.starts_on, terms.ends_on, None)
    async with in_transaction():
        contract = await _new_contract(viewer, employee, template.contract_type, version, terms)
    await record_event(viewer=viewer, action="contract.create", target_type="contract", target_id=contract.id,
                       employee_id=employee.id)
    return contract


async def _new_contract(viewer: Viewer, employee: Employee, contract_type: ContractType,
                        template_version: ContractTemplateVersion, terms: Terms, predecessor_id: int | None = None) -> Contract:
    contract = await Contract.create(
        number=f"new-{now().timestamp()}-{employee.id}", employee_id=employee.id, contract_type=contract_type,
        template_version=template_version, status=ContractStatus.DRAFT, starts_on=terms.starts_on,
        ends_on=terms.ends_on, predecessor_id=predecessor_id, created_by=viewer.label)
    contract.number = f"HT-{terms.starts_on.year}-{contract.id:06d}"
    await contract.save(update_fields=["number"])
    await ContractVersion.create(contract=contract, version=1, state=VersionState.DRAFT, effective_on=terms.starts_on,
                                 **terms.as_fields())
    return contract


async def get_contract(viewer: Viewer, contract_id: int) -> Contract:
    contract = await scoped_contracts(viewer).get_or_none(id=contract_id)
    if contract is None:
        raise _fail("NOT_FOUND", "No contract with this id that you can see.", "id")
    return contract


async def current_version(contract: Contract) -> ContractVersion:
    return await ContractVersion.filter(contract_id=contract.id).order_by("-version").first()


async def amend_contract(*, viewer: Viewer, contract_id: int, terms: Terms, effective_on: date | None,
                         note: str | None) -> ContractVersion:
    contract = await get_contract(viewer, contract_id)
    latest = await current_version(contract)
    terms = await settle_terms(viewer, terms, latest)
    template = await ContractTemplateVersion.get(id=contract.template_version_id)
    await check_terms(contract_type=contract.contract_type, employee_id=contract.employee_id, clauses=template.clauses,
                      terms=terms, contract_id=contract.id)
    if contract.status == ContractStatus.DRAFT:
        await _check_overlap(contract.contract_type, contract.employee_id, terms.starts_on, terms.ends_on, contract.id)
        for name, value in terms.as_fields().items():
            setattr(latest, name, value)
        latest.effective_on, latest.note = terms.starts_on, note
        await latest.save()
        contract.starts_on, contract.ends_on = terms.starts_on, terms.ends_on
        await contract.save(update_fields=["starts_on", "ends_on"])
        version = latest
    elif contract.status == ContractStatus.ACTIVE:
        if latest.state != VersionState.SIGNED:
            raise _fail("INVALID", Message("Version {version} is still {state}; finish or replace it before amending again.",
                                           version=latest.version, state=phrase(latest.state.value.replace("_", " "))), "id")
        if effective_on is None or effective_on < contract.starts_on:
            raise _fail("REQUIRED", "An amendment needs an effective date within the contract.", "effectiveOn")
        await _check_overlap(contract.contract_type, contract.employee_id, terms.starts_on, terms.ends_on, contract.id)
        try:
            version = await ContractVersion.create(contract=contract, version=latest.version + 1, state=VersionState.DRAFT,
                                                   effective_on=effective_on, note=note, **terms.as_fields())
        except IntegrityError:
            raise _fail("CONFLICT", "Someone amended this contract at the same moment; reload it.", "id") from None
    else:
        raise _fail("INVALID", Message("A contract that is {status} cannot be changed.",
                                       status=phrase(contract.status.value.replace("_", " "))), "id")
    await record_event(viewer=viewer, action="contract.amend", target_type="contract", target_id=contract.id,
                       employee_id=contract.employee_id)
    return version


async def submit_for_signature(*, viewer: Viewer, contract_id: int) -> ContractVersion:
    contract = await get_contract(viewer, contract_id)
    version = await current_version(contract)
    if version.state != VersionState.DRAFT:
        raise _fail("INVALID", Message("Version {version} was already submitted.", version=version.version), "id")
    if contract.status == ContractStatus.DRAFT:
        await _check_overlap(contract.contract_type, contract.employee_id, version.starts_on, version.ends_on, contract.id)
    employee = await Employee.get(id=contract.employee_id)
    template = await ContractTemplateVersion.get(id=contract.template_version_id)
    document = documents.render(contract, version, employee, template.clauses, get_settings().company_name)
    async with in_transaction():
        updated = await ContractVersion.filter(id=version.id, state=VersionState.DRAFT).update(
            state=VersionState.PENDING_SIGNATURE, document=document, document_sha256=documents.sha256(document),
            submitted_at=now())
        if not updated:
            raise _fail("CONFLICT", "This version was submitted at the same moment by someone else.", "id")
        if contract.status == ContractStatus.DRAFT:
            await Contract.filter(id=contract.id).update(status=ContractStatus.PENDING_SIGNATURE)
    await record_event(viewer=viewer, action="contract.submit", target_type="contract", target_id=contract.id,
                       employee_id=contract.employee_id)
    return await ContractVersion.get(id=version.id)


def is_tampered(version: ContractVersion) -> bool:
    return version.document is not None and documents.sha256(version.document) != version.document_sha256


async def may_sign_as(viewer: Viewer, contract: Contract, role: SignerRole) -> bool:
    if viewer.kind != "user":
        return False
    if role == SignerRole.EMPLOYEE:
        return viewer.employee_id == contract.employee_id
    if role == SignerRole.HR:
        return viewer.can(Permission.CONTRACTS_WRITE.value)
    if not viewer.can(Permission.CONTRACTS_SIGN_BUSINESS.value):
        return False
    if viewer.scope == RowScope.ALL:
        return True
    employee = await Employee.get(id=contract.employee_id)
    return bool(employee.team_id and viewer.employee_id and
                await Team.exists(id=employee.team_id, lead_id=viewer.employee_id))


async def sign_contract(*, viewer: Viewer, contract_id: int, ip: str | None, user_agent: str | None) -> ContractVersion:
    contract = await get_contract(viewer, contract_id)
    version = await current_version(contract)
    if version.state != VersionState.PENDING_SIGNATURE:
        raise _fail("INVALID", "Nothing of this contract is waiting for signatures.", "id")
    if is_tampered(version):
        raise _fail("TAMPERED", "The document no longer matches the hash it was submitted with; it cannot be signed. "
                                "Ask HR to investigate and resubmit.", "id")
    signed = set(await Signature.filter(version_id=version.id).values_list("role", flat=True))
    waiting = next(role for role in SIGNING_ORDER if role not in signed)
    if not await may_sign_as(viewer, contract, waiting):
        mine = [r.value for r in SIGNING_ORDER if r not in signed and await may_sign_as(viewer, contract, r)]
        if mine:
            raise _fail("OUT_OF_ORDER", Message("Signatures go employee, business, HR: waiting for the {waiting} signature "
                                                "before yours ({mine}).", waiting=phrase(waiting.value), mine=", ".join(mine)), "id")
        raise _fail("FORBIDDEN", Message("Waiting for the {waiting} signature, which you may not give.",
                                         waiting=phrase(waiting.value)), "id")
    last = waiting == SIGNING_ORDER[-1]
    try:
        async with in_transaction():
            await Signature.create(version=version, role=waiting, signer=viewer.label, user_id=viewer.user_id, ip=ip,
                                   user_agent=(user_agent or "")[:400] or None, document_sha256=version.document_sha256)
            if last:
                await _put_in_force(contract, version)
    except IntegrityError:
        raise _fail("CONFLICT", Message("The {waiting} signature was just given by someone else; reload.",
                                        waiting=phrase(waiting.value)), "id") from None
    await record_event(viewer=viewer, action=f"contract.sign.{waiting.value}", target_type="contract",
                       target_id=contract.id, employee_id=contract.employee_id)
    return await ContractVersion.get(id=version.id)


async def _put_in_force(contract: Contract, version: ContractVersion) -> None:
    stamp = now()
    await ContractVersion.filter(id=version.id).update(state=VersionState.SIGNED, signed_at=stamp)
    if contract.status == ContractStatus.PENDING_SIGNATURE:
        await _check_overlap(contract.contract_type, contract.employee_id, version.starts_on, version.ends_on, contract.id)
    await Contract.filter(id=contract.id).update(
        status=ContractStatus.ACTIVE if contract.status == ContractStatus.PENDING_SIGNATURE else contract.status,
        starts_on=version.starts_on, ends_on=version.ends_on)
    await outbox.emit("contract.signed", subject_type="contract", subject_id=contract.id, employee_id=contract.employee_id)


async def terminate_contract(*, viewer: Viewer, contract_id: int, terminated_on: date, reason: str) -> Contract:
    contract = await get_contract(viewer, contract_id)
    if contract.status != ContractStatus.ACTIVE:
        raise _fail("INVALID", Message("Only an active contract can be terminated; this one is {status}.",
                                       status=phrase(contract.status.value)), "id")
    if not reason.strip():
        raise _fail("REQUIRED", "Say why the contract ends (it goes on the record).", "reason")
    if terminated_on < contract.starts_on or (contract.ends_on and terminated_on > contract.ends_on):
        raise _fail("INVALID", "The termination date must fall within the contract.", "terminatedOn")
    updated = await Contract.filter(id=contract.id, status=ContractStatus.ACTIVE).update(
        status=ContractStatus.TERMINATED, terminated_on=terminated_on, termination_reason=reason.strip())
    if not updated:
        raise _fail("CONFLICT", "The contract changed at the same moment; reload it.", "id")
    await record_event(viewer=viewer, action="contract.terminate", target_type="contract", target_id=contract.id,
                       employee_id=contract.employee_id)
    return await Contract.get(id=contract.id)


async def _chain(contract: Contract) -> list[law.PastContract]:
    """This employee's earlier contracts, oldest first, for the open-ended rule of art. 14."""
    rows = await Contract.filter(employee_id=contract.employee_id, status__in=[
        ContractStatus.ACTIVE, ContractStatus.EXPIRED, ContractStatus.TERMINATED]).order_by("starts_on")
    return [law.PastContract(contract_type=law.ContractType(r.contract_type.value), start=r.starts_on, end=r.ends_on,
                             ended_on=r.terminated_on) for r in rows]


@dataclass
class Renewal:
    contract: Contract
    flags: list[law.Flag]


async def renew_contract(*, viewer: Viewer, contract_id: int, terms: Terms, extra_clause_keys: list[str]) -> Renewal:
    """The successor, with adjusted terms and any extra library clauses, submitted for signature."""
    contract = await get_contract(viewer, contract_id)
    if contract.status not in (ContractStatus.ACTIVE, ContractStatus.EXPIRED):
        raise _fail("INVALID", Message("Only an active or expired contract can be renewed; this one is {status}.",
                                       status=phrase(contract.status.value)), "id")
    if contract.ends_on is None:
        raise _fail("INVALID", "An open-ended contract runs on; amend it instead of renewing.", "id")
    if await Contract.exists(predecessor_id=contract.id):
        successor = await Contract.get(predecessor_id=contract.id)
        raise _fail("DUPLICATE", Message("Already renewed as {number}.", number=successor.number), "id")
    found = set(await Clause.filter(key__in=extra_clause_keys).values_list("key", flat=True))
    if missing := [k for k in extra_clause_keys if k not in found]:
        raise _fail("NOT_FOUND", Message("No clauses with keys {missing}.", missing=", ".join(missing)), "extraClauseKeys")
    terms.custom_clauses = [*terms.custom_clauses, *({"key": k} for k in extra_clause_keys)]
    terms = await settle_terms(viewer, terms, await current_version(contract))  # pay and carried clauses go on
    template = await ContractTemplateVersion.get(id=contract.template_version_id)
    await check_terms(contract_type=contract.contract_type, employee_id=contract.employee_id, clauses=template.clauses,
                      terms=terms, contract_id=None)
    if terms.starts_on <= contract.ends_on:
        raise _fail("OVERLAP", Message("The renewal must start after {number} ends on {ends_on}.", number=contract.number,
                                       ends_on=contract.ends_on), "startsOn")
    employee = await Employee.get(id=contract.employee_id)
    try:
        async with in_transaction():
            successor = await _new_contract(viewer, employee, contract.contract_type, template, terms, predecessor_id=contract.id)
    except IntegrityError:
        raise _fail("DUPLICATE", "This contract was renewed at the same moment by someone else.", "id") from None
    await record_event(viewer=viewer, action="contract.renew", target_type="contract", target_id=successor.id,
                       employee_id=contract.employee_id)
    await submit_for_signature(viewer=viewer, contract_id=successor.id)
    flags = law.open_ended_flags(previous=await _chain(contract), renewal_start=terms.starts_on) \
        if contract.contract_type == ContractType.FULL_TIME else []
    return Renewal(contract=await Contract.get(id=successor.id), flags=flags)
