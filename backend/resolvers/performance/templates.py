"""KPI templates per position: save (create or replace), list, get.

Indicators are stored as JSON with decimals as strings ("40", "120.5"), never floats, and are
checked by `scoring.KpiTemplate.validate` before anything is written; every error names its
path in the input (`indicators.1.weight`, `indicators.0.curve.capPercent`).

Every source has its data in this system (traffic rollups, attendance summaries, training
enrolments, the manager's rating; see actuals.py).

Saving replaces the template's indicators; reviews keep the copy they took when their cycle
opened, so a change affects future cycles only.
"""

from __future__ import annotations

from decimal import Decimal

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from backend.auth import Viewer
from backend.errors import DomainError, ValidationFailed
from backend.i18n import Message, phrase
from backend.models.org import Position
from backend.models.performance import KpiTemplate
from backend.resolvers.audit import record_event
from backend.resolvers import validation as v
from backend.resolvers.performance import scoring

MAX_PLACES = 2


def indicator_to_json(ind: scoring.Indicator) -> dict:
    return {"name": ind.name, "source": ind.source, "weight": str(ind.weight),
            "target": str(ind.target) if ind.target is not None else None,
            "curve": {"kind": ind.curve.kind, "cap_percent": str(ind.curve.cap_percent),
                      "floor_percent": str(ind.curve.floor_percent)}}


def indicator_from_json(raw: dict) -> scoring.Indicator:
    curve = raw.get("curve") or {}
    return scoring.Indicator(
        name=raw["name"], source=raw["source"], weight=Decimal(raw["weight"]),
        target=Decimal(raw["target"]) if raw.get("target") is not None else None,
        curve=scoring.Curve(kind=curve.get("kind", "linear"), cap_percent=Decimal(curve.get("cap_percent", "100")),
                            floor_percent=Decimal(curve.get("floor_percent", "0"))))


def template_of(indicators: list[dict]) -> scoring.KpiTemplate:
    return scoring.KpiTemplate(tuple(indicator_from_json(raw) for raw in indicators))


def _code(error: scoring.TemplateError) -> str:
    return "WEIGHT_TOTAL" if error.path == "indicators" and error.indicator is None else "INVALID"


def _numbers(ind: scoring.Indicator) -> dict[str, Decimal | None]:
    return {"weight": ind.weight, "target": ind.target, "curve.capPercent": ind.curve.cap_percent,
            "curve.floorPercent": ind.curve.floor_percent}


def _extra_problems(indicators: list[scoring.Indicator]) -> list[DomainError]:
    """What this system adds to the engine's rules: numbers are finite, in hundredths."""
    errors = []
    for i, ind in enumerate(indicators):
        for name, value in _numbers(ind).items():
            if value is not None and (not value.is_finite() or value.as_tuple().exponent < -MAX_PLACES):
                errors.append(DomainError("INVALID", Message("{indicator}: {name} is a number with at most {places} decimal places.",
                                                             indicator=ind.name or phrase("indicator"), name=name, places=MAX_PLACES),
                                          f"indicators.{i}.{name}"))
    return errors


def check_template(name: str, indicators: list[scoring.Indicator]) -> None:
    errors = [] if name.strip() else [DomainError("REQUIRED", "A template needs a name.", "name")]
    errors += _extra_problems(indicators)
    finite = all(v is None or v.is_finite() for ind in indicators for v in _numbers(ind).values())
    if finite:  # the engine compares the numbers: NaN or infinity would not get that far
        errors += [DomainError(_code(e), Message("{indicator}: {problem}", indicator=e.indicator, problem=phrase(e.message))
                               if e.indicator else Message("The template's {problem}", problem=phrase(e.message)),
                               v.input_name(e.path)) for e in scoring.KpiTemplate(tuple(indicators)).validate()]
    if errors:
        raise ValidationFailed(errors)


async def save_template(*, viewer: Viewer, position_id: int, name: str,
                        indicators: list[scoring.Indicator]) -> KpiTemplate:
    """Creates the position's template or replaces its indicators (reviews keep their copies)."""
    if not await Position.exists(id=position_id):
        raise ValidationFailed([DomainError("NOT_FOUND", "No position with this id.", "positionId")])
    check_template(name, indicators)
    stored = [indicator_to_json(ind) for ind in indicators]
    try:
        async with in_transaction():
            template = await KpiTemplate.get_or_none(position_id=position_id)
            if template is None:
                template = await KpiTemplate.create(position_id=position_id, name=name.strip(), indicators=stored,
                                                    updated_by_id=viewer.user_id)
            else:
                template.name, template.indicators, template.updated_by_id = name.strip(), stored, viewer.user_id
                await template.save()
    except IntegrityError:
        raise ValidationFailed([DomainError("CONFLICT", "Someone saved this position's template at the same moment; reload it.",
                                            "positionId")]) from None
    await record_event(viewer=viewer, action="kpi_template.save", target_type="kpi_template", target_id=template.id)
    return template


def list_templates():
    return KpiTemplate.all().order_by("name", "id")


async def get_template(template_id: int) -> KpiTemplate | None:
    return await KpiTemplate.get_or_none(id=template_id)
