"""The vocabulary of commission plans: rounding to the fen, how numbers are shown in the working,
a share of a month, a month's inputs, lines and results, and plan errors (see `rules.py`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal

FORMAT_VERSION = 1
FEN = Decimal("0.01")
ZERO = Decimal("0.00")
HUNDRED = Decimal(100)
ORDER = ("gift_share", "gmv_tiers", "ladder", "team_incentive", "cap", "minimum_guarantee")
BASES = {"gift_revenue": "gift revenue", "gmv": "GMV", "revenue": "revenue"}  # revenue = gift revenue + GMV
TIER_MODES = ("flat", "progressive")

Problems = Iterator[tuple[str, str]]  # (path inside the rule, message)


def fen(amount) -> Decimal:
    """The one rounding of pay: to the fen, half up (0.005 -> 0.01)."""
    return Decimal(amount).quantize(FEN, rounding=ROUND_HALF_UP)


def money(amount) -> str:
    return f"{fen(amount):,.2f}"


def number(value) -> str:
    """A count, hours or percent as written: 45, 33.333, 90.5, 1,200."""
    return f"{Decimal(value).normalize():,f}"


def pct(value) -> str:
    return f"{number(value)}%"


@dataclass(frozen=True)
class Share:
    """The part of a month a sub-period covers. Comparisons with scaled thresholds cross-multiply,
    so they stay exact (nothing like 20 x 16/30 is rounded before comparing)."""

    days: int = 1
    of_days: int = 1

    def __post_init__(self) -> None:
        if not 0 < self.days <= self.of_days:
            raise ValueError(f"a share of a month is 1 to {self.of_days} days, not {self.days}")

    @property
    def whole(self) -> bool:
        return self.days == self.of_days

    def reaches(self, value, monthly) -> bool:
        return value * self.of_days >= monthly * self.days

    def amount(self, monthly: Decimal) -> Decimal:
        return fen(monthly * self.days / self.of_days)

    def show(self, monthly, fmt=money) -> str:
        return fmt(monthly) if self.whole else f"{fmt(monthly)} x {self.days}/{self.of_days}"

    def show_amount(self, monthly: Decimal) -> str:
        return self.show(monthly) if self.whole else f"{self.show(monthly)} = {money(self.amount(monthly))}"


WHOLE_MONTH = Share()


@dataclass(frozen=True)
class PlanError:
    path: str  # "rules.2.rungs.1.min_revenue": zero-based indexes into the plan's JSON
    message: str


class InvalidPlan(ValueError):
    def __init__(self, errors: Iterable[PlanError]) -> None:
        self.errors = list(errors)
        super().__init__("; ".join(f"{e.path}: {e.message}" for e in self.errors))


@dataclass(frozen=True)
class MonthInputs:
    """A host's month (or sub-period): money in yuan, team growth in % over the previous month."""

    gift_revenue: Decimal = ZERO
    gmv: Decimal = ZERO
    live_days: int = 0
    live_hours: Decimal = ZERO
    team_growth_percent: Decimal | None = None  # None: unknown (no previous month)

    def __post_init__(self) -> None:
        for name in ("gift_revenue", "gmv", "live_days", "live_hours", "team_growth_percent"):
            value = getattr(self, name)
            if isinstance(value, float):
                raise TypeError(f"{name} must be a Decimal or an int, not a float")
            if name != "team_growth_percent" and value < 0:
                raise ValueError(f"{name} must not be negative")

    def amount_of(self, basis: str) -> Decimal:
        return {"gift_revenue": self.gift_revenue, "gmv": self.gmv, "revenue": self.gift_revenue + self.gmv}[basis]

    def in_fen(self) -> MonthInputs:
        return replace(self, gift_revenue=fen(self.gift_revenue), gmv=fen(self.gmv))


@dataclass(frozen=True)
class Line:
    rule: str  # the rule's kind
    amount: Decimal
    explanation: str


@dataclass(frozen=True)
class Result:
    total: Decimal
    lines: tuple[Line, ...]
