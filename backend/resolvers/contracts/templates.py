"""The clause library and versioned contract templates, and the typed `{{variables}}` of clauses.

A clause declares its variables ({"name", "type", "label", "min", "max"}); the body may use
only declared names. A template version copies its clauses in, so editing a clause or a
template later never changes a contract already made from an earlier version.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from tortoise.transactions import in_transaction

from backend.auth import Viewer
from backend.errors import DomainError, ValidationFailed
from backend.i18n import Message
from backend.models.contracts import Clause, ContractTemplate, ContractTemplateVersion, ContractType
from backend.resolvers.audit import record_event

PLACEHOLDER = re.compile(r"\{\{\s*([a-z][a-z0-9_]*)\s*\}\}")
KEY = re.compile(r"^[a-z][a-z0-9_]{1,59}$")
TYPES = ("int", "decimal", "percent", "money", "text", "date")


@dataclass(frozen=True)
class Variable:
    name: str
    type: str
    label: str = ""
    min: Decimal | None = None
    max: Decimal | None = None

    @classmethod
    def from_json(cls, raw: dict) -> "Variable":
        bound = lambda k: Decimal(str(raw[k])) if raw.get(k) is not None else None  # noqa: E731
        return cls(name=raw["name"], type=raw["type"], label=raw.get("label", ""), min=bound("min"), max=bound("max"))

    def to_json(self) -> dict:
        return {"name": self.name, "type": self.type, "label": self.label,
                "min": str(self.min) if self.min is not None else None, "max": str(self.max) if self.max is not None else None}


def value_error(variable: Variable, raw: str) -> str | None:
    """Why `raw` is not a valid value of the variable (None: it is)."""
    text = (raw or "").strip()
    if not text:
        return Message("{field} is required.", field=variable.name)
    if variable.type == "text":
        return None if len(text) <= 500 else Message("{name} is at most 500 characters.", name=variable.name)
    if variable.type == "date":
        try:
            date.fromisoformat(text)
        except ValueError:
            return Message("{name} must be a date (YYYY-MM-DD).", name=variable.name)
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite():
        return Message("{name} must be a number.", name=variable.name)
    if variable.type == "int" and number != number.to_integral_value():
        return Message("{name} must be a whole number.", name=variable.name)
    if variable.type in ("money", "percent", "decimal") and number.as_tuple().exponent < -2:
        return Message("{name} has at most two decimal places.", name=variable.name)
    low = variable.min if variable.min is not None else (Decimal(0) if variable.type in ("percent", "money") else None)
    high = variable.max if variable.max is not None else (Decimal(100) if variable.type == "percent" else None)
    if low is not None and number < low:
        return Message("{name} must be at least {low}.", name=variable.name, low=low)
    if high is not None and number > high:
        return Message("{name} must be at most {high}.", name=variable.name, high=high)
    return None


def check_values(clauses: list[dict], values: dict[str, str]) -> list[DomainError]:
    """Every declared variable of the clauses needs a valid value; undeclared names are refused."""
    declared = {v["name"]: Variable.from_json(v) for c in clauses for v in c["variables"]}
    errors = [DomainError("INVALID", Message("{name} is not a variable of this contract's clauses.",
                                             name=name), f"values.{name}")
              for name in values if name not in declared]
    for name, variable in declared.items():
        if (message := value_error(variable, str(values.get(name, "")))):
            errors.append(DomainError("INVALID", message, f"values.{name}"))
    return errors


def fill(body: str, values: dict[str, str]) -> str:
    return PLACEHOLDER.sub(lambda m: str(values.get(m.group(1), m.group(0))), body)


# The clause library

def _clause_errors(key: str, title: str, body: str, variables: list[Variable], *, creating: bool) -> list[DomainError]:
    errors = []
    if creating and not KEY.match(key):
        errors.append(DomainError("INVALID", "key is 2-60 lowercase letters, digits and underscores, starting with a letter.", "key"))
    if not title.strip():
        errors.append(DomainError("REQUIRED", "The title is required.", "title"))
    if not body.strip():
        errors.append(DomainError("REQUIRED", "The body is required.", "body"))
    names = [v.name for v in variables]
    for i, v in enumerate(variables):
        if v.type not in TYPES:
            errors.append(DomainError("INVALID", Message("type must be one of {types}.",
                                                         types=", ".join(TYPES)), f"variables.{i}.type"))
        if not KEY.match(v.name) or names.count(v.name) > 1:
            errors.append(DomainError("INVALID", "Variable names are unique snake_case words.", f"variables.{i}.name"))
        if v.min is not None and v.max is not None and v.min > v.max:
            errors.append(DomainError("INVALID", "min is above max.", f"variables.{i}.min"))
    undeclared = sorted(set(PLACEHOLDER.findall(body)) - set(names))
    if undeclared:
        errors.append(DomainError("INVALID", Message("The body uses undeclared variables: {undeclared}; declare them.",
                                                     undeclared=", ".join(undeclared)), "body"))
    return errors


async def create_clause(*, viewer: Viewer, key: str, title: str, body: str, variables: list[Variable]) -> Clause:
    errors = _clause_errors(key, title, body, variables, creating=True)
    if not errors and await Clause.exists(key=key):
        errors.append(DomainError("DUPLICATE", Message("A clause with key {key} exists; edit it instead.", key=key), "key"))
    if errors:
        raise ValidationFailed(errors)
    clause = await Clause.create(key=key, title=title.strip(), body=body, variables=[v.to_json() for v in variables])
    await record_event(viewer=viewer, action="clause.create", target_type="clause", target_id=clause.id)
    return clause


async def update_clause(*, viewer: Viewer, clause_id: int, title: str, body: str, variables: list[Variable]) -> Clause:
    clause = await Clause.get_or_none(id=clause_id)
    if clause is None:
        raise ValidationFailed([DomainError("NOT_FOUND", "No clause with this id.", "id")])
    if errors := _clause_errors(clause.key, title, body, variables, creating=False):
        raise ValidationFailed(errors)
    clause.title, clause.body, clause.variables = title.strip(), body, [v.to_json() for v in variables]
    await clause.save()
    await record_event(viewer=viewer, action="clause.update", target_type="clause", target_id=clause.id)
    return clause


# Templates

async def _snapshot(clause_keys: list[str]) -> list[dict]:
    if not clause_keys:
        raise ValidationFailed([DomainError("REQUIRED", "A template needs at least one clause.", "clauseKeys")])
    found = {c.key: c for c in await Clause.filter(key__in=clause_keys)}
    missing = [k for k in clause_keys if k not in found]
    if missing:
        raise ValidationFailed([DomainError("NOT_FOUND", Message("No clauses with keys {missing}.",
                                                                 missing=", ".join(missing)), "clauseKeys")])
    if len(set(clause_keys)) != len(clause_keys):
        raise ValidationFailed([DomainError("INVALID", "A clause appears twice.", "clauseKeys")])
    return [{"key": k, "title": found[k].title, "body": found[k].body, "variables": found[k].variables} for k in clause_keys]


async def create_template(*, viewer: Viewer, name: str, contract_type: ContractType, clause_keys: list[str]) -> ContractTemplate:
    if not name.strip():
        raise ValidationFailed([DomainError("REQUIRED", "The name is required.", "name")])
    if await ContractTemplate.exists(name=name.strip()):
        raise ValidationFailed([DomainError("DUPLICATE", "A template of this name exists; edit it instead.", "name")])
    clauses = await _snapshot(clause_keys)
    async with in_transaction():
        template = await ContractTemplate.create(name=name.strip(), contract_type=contract_type, latest_version=1)
        await ContractTemplateVersion.create(template=template, version=1, clauses=clauses, created_by=viewer.label)
    await record_event(viewer=viewer, action="contract_template.create", target_type="contract_template", target_id=template.id)
    return template


async def revise_template(*, viewer: Viewer, template_id: int, clause_keys: list[str]) -> ContractTemplate:
    """A new version from the library's current clauses; contracts keep the version they were made from."""
    template = await ContractTemplate.get_or_none(id=template_id)
    if template is None:
        raise ValidationFailed([DomainError("NOT_FOUND", "No template with this id.", "id")])
    clauses = await _snapshot(clause_keys)
    async with in_transaction():
        template = await ContractTemplate.select_for_update().get(id=template_id)
        template.latest_version += 1
        await template.save(update_fields=["latest_version"])
        await ContractTemplateVersion.create(template=template, version=template.latest_version, clauses=clauses,
                                             created_by=viewer.label)
    await record_event(viewer=viewer, action="contract_template.revise", target_type="contract_template", target_id=template.id)
    return template


async def latest_version(template_id: int) -> ContractTemplateVersion | None:
    return await ContractTemplateVersion.filter(template_id=template_id).order_by("-version").first()
