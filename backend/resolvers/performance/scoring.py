"""KPI templates and scorecards: each score comes from data by a curve anyone can check.

A template (one per position) lists indicators whose weights total exactly 100. Each reads one
source and is scored on a linear curve: attainment = actual / target x 100, capped at
`cap_percent` (e.g. 120: beating the target counts, up to a point), and 0 below `floor_percent`
of the target (e.g. 60: a GMV under 60 % of its target scores nothing, at exactly 60 % it
scores 60). Indicator scores are rounded to 0.1 and contributions (score x weight %) to 0.01,
half up, and each contribution is computed from the score as printed, so the working can be
redone by hand. The total is the sum of the contributions, plus HR's calibration if any.

A manager rating (source `manager_rating`) is on a 1-5 scale mapped linearly to 0-100:
(rating - 1) x 25, so 1 -> 0, 3 -> 50, 5 -> 100; half ratings are allowed. It has no target and
no curve of its own.

Calibration is HR's adjustment of the final score: at most CALIBRATION_LIMIT points either
way, always with a reason, and never taking the total below 0 (the points applied are shown).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from backend.i18n import Message

SOURCES = {  # source -> (label, unit)
    "traffic.follower_growth": ("follower growth", ""),
    "traffic.gmv": ("GMV", ""),
    "traffic.effective_hours": ("effective hours", ""),
    "traffic.interaction_rate": ("interaction rate", " per viewer-hour"),  # interactions x 60 / viewer-minutes
    "attendance": ("attendance", "%"),
    "training_completion": ("training completion", "%"),
    "manager_rating": ("manager rating", ""),
}
CURVES = ("linear",)
CALIBRATION_LIMIT = Decimal(10)
TENTH, HUNDREDTH, ZERO, HUNDRED = Decimal("0.1"), Decimal("0.01"), Decimal("0.00"), Decimal(100)


def _round(value: Decimal, step: Decimal) -> Decimal:
    return value.quantize(step, rounding=ROUND_HALF_UP)


def _number(value) -> str:
    return f"{Decimal(value).normalize():,f}"


@dataclass(frozen=True)
class Curve:
    kind: str = "linear"
    cap_percent: Decimal = HUNDRED
    floor_percent: Decimal = Decimal(0)  # of the target; below it the score is 0


@dataclass(frozen=True)
class Indicator:
    name: str
    source: str
    weight: Decimal  # percent of the total score
    target: Decimal | None = None  # in the source's unit; None for manager_rating
    curve: Curve = field(default_factory=Curve)


@dataclass(frozen=True)
class TemplateError:
    path: str  # "indicators.1.weight"
    indicator: str | None  # the indicator's name; None for the template as a whole
    message: str


class InvalidTemplate(ValueError):
    def __init__(self, errors: Iterable[TemplateError]) -> None:
        self.errors = list(errors)
        super().__init__("; ".join(f"{e.indicator or 'template'}: {e.message}" for e in self.errors))


def _indicator_problems(ind: Indicator) -> Iterator[tuple[str, str]]:
    if ind.source not in SOURCES:
        yield "source", Message("must be one of {choices}, not {value!r}", choices=", ".join(SOURCES), value=ind.source)
    if ind.weight <= 0:
        yield "weight", Message("must be above 0, not {value}", value=_number(ind.weight))
    if ind.source == "manager_rating":
        if ind.target is not None or ind.curve != Curve():
            yield "target", "a manager rating is scored on its own 1-5 scale: leave out the target and the curve"
        return
    if ind.target is None or ind.target <= 0:
        yield "target", "must be above 0"
    if ind.curve.kind not in CURVES:
        yield "curve.kind", Message("must be one of {choices}, not {value!r}", choices=", ".join(CURVES), value=ind.curve.kind)
    if ind.curve.cap_percent < 100:
        yield "curve.cap_percent", Message("must be at least 100, or meeting the target could not score 100 (not {value})",
                                           value=_number(ind.curve.cap_percent))
    if not 0 <= ind.curve.floor_percent <= 100:
        yield "curve.floor_percent", Message("must be from 0 to 100, not {value}", value=_number(ind.curve.floor_percent))


@dataclass(frozen=True)
class KpiTemplate:
    indicators: tuple[Indicator, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "indicators", tuple(self.indicators))

    def validate(self) -> list[TemplateError]:
        errors, seen = [], set()
        for i, ind in enumerate(self.indicators):
            if not ind.name.strip() or ind.name in seen:
                errors.append(TemplateError(f"indicators.{i}.name", ind.name, "needs a name of its own"))
            seen.add(ind.name)
            errors += [TemplateError(f"indicators.{i}.{path}", ind.name, message) for path, message in _indicator_problems(ind)]
        total = sum((ind.weight for ind in self.indicators), Decimal(0))
        if total != 100:
            working = " + ".join(f"{ind.name} {_number(ind.weight)}" for ind in self.indicators) or "no indicators"
            errors.append(TemplateError("indicators", None, Message("weights must total exactly 100, not {total} ({working})",
                                                                    total=_number(total), working=working)))
        return errors


@dataclass(frozen=True)
class ScoreLine:
    indicator: str
    source: str
    actual: Decimal
    score: Decimal  # 0 to the cap, to 0.1
    weight: Decimal
    contribution: Decimal  # score x weight %, to 0.01
    explanation: str


@dataclass(frozen=True)
class Calibration:
    points: Decimal  # within +-CALIBRATION_LIMIT, to 0.01
    reason: str

    def __post_init__(self) -> None:
        if abs(self.points) > CALIBRATION_LIMIT:
            raise ValueError(f"a calibration is at most {CALIBRATION_LIMIT} points either way, not {_number(self.points)}")
        if self.points != _round(self.points, HUNDREDTH):
            raise ValueError("a calibration is in hundredths of a point")
        if not self.reason.strip():
            raise ValueError("a calibration needs a reason")


@dataclass(frozen=True)
class Adjustment:
    points: Decimal  # the points applied
    reason: str
    explanation: str


@dataclass(frozen=True)
class Scorecard:
    total: Decimal  # weighted + the adjustment's points
    weighted: Decimal  # the sum of the contributions
    lines: tuple[ScoreLine, ...]
    adjustment: Adjustment | None = None


class MissingActuals(ValueError):
    pass


def _linear(ind: Indicator, actual: Decimal) -> tuple[Decimal, str]:
    label, unit = SOURCES[ind.source]
    head = f"{label} {_number(actual)}{unit} of target {_number(ind.target)}{unit}"
    floor, cap = ind.target * ind.curve.floor_percent / HUNDRED, ind.curve.cap_percent
    if actual < floor:
        return _round(Decimal(0), TENTH), f"{head}: below the floor {_number(floor)}{unit} ({_number(ind.curve.floor_percent)}% of target) -> 0.0"
    attainment = actual * HUNDRED / ind.target
    if attainment > cap:
        return _round(cap, TENTH), f"{head} -> {_round(attainment, TENTH)} capped at {_round(cap, TENTH)}"
    score = _round(attainment, TENTH)
    return score, f"{head} -> {score}"


def _rating(ind: Indicator, actual: Decimal) -> tuple[Decimal, str]:
    if not 1 <= actual <= 5:
        raise ValueError(f"{ind.name}: a manager rating is from 1 to 5, not {_number(actual)}")
    score = _round((actual - 1) * 25, TENTH)
    return score, f"manager rating {_number(actual)} of 5 -> ({_number(actual)} - 1) x 25 = {score}"


def _score_line(ind: Indicator, actual: Decimal) -> ScoreLine:
    if isinstance(actual, float):
        raise TypeError(f"{ind.name}: actuals must be Decimals or ints, not floats")
    score, working = (_rating if ind.source == "manager_rating" else _linear)(ind, Decimal(actual))
    contribution = _round(score * ind.weight / HUNDRED, HUNDREDTH)
    return ScoreLine(ind.name, ind.source, Decimal(actual), score, ind.weight, contribution,
                     f"{working} x {_number(ind.weight)}% = {contribution}")


def _adjust(calibration: Calibration, weighted: Decimal) -> Adjustment:
    applied = max(calibration.points, -weighted)
    sign = "+" if applied >= 0 else ""
    working = f"calibration {sign}{_round(applied, HUNDREDTH)}: {calibration.reason}"
    if applied != calibration.points:
        working += f" ({_round(calibration.points, HUNDREDTH)} asked; a score does not go below 0)"
    return Adjustment(_round(applied, HUNDREDTH), calibration.reason, working)


def score(*, template: KpiTemplate, actuals: Mapping[str, Decimal], calibration: Calibration | None = None) -> Scorecard:
    """The scorecard of one review: `actuals` maps each source to its value for the period."""
    errors = template.validate()
    if errors:
        raise InvalidTemplate(errors)
    missing = sorted({ind.source for ind in template.indicators} - set(actuals))
    if missing:
        raise MissingActuals(f"no data for {', '.join(missing)}: a score needs every indicator's actual")
    lines = tuple(_score_line(ind, actuals[ind.source]) for ind in template.indicators)
    weighted = sum((line.contribution for line in lines), ZERO)
    adjustment = _adjust(calibration, weighted) if calibration else None
    return Scorecard(weighted + (adjustment.points if adjustment else 0), weighted, lines, adjustment)
