"""What the seed steps share."""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from faker import Faker

SIZES = {"small": 150, "medium": 1500, "large": 20000}
DEMO_PASSWORD = "demo-password"


class Progress:
    """One updating line on a terminal; silent when output is not a terminal."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()

    def update(self, label: str, done: int, total: int) -> None:
        if self.tty:
            sys.stderr.write(f"\r  {label}: {done}/{total}   ")
            sys.stderr.flush()

    def done(self, message: str) -> None:
        if self.tty:
            sys.stderr.write("\r" + " " * 60 + "\r")
        print(message)


@dataclass
class SeedContext:
    size: str
    seed: int
    today: date
    rng: random.Random
    fake: Faker
    progress: Progress = field(default_factory=Progress)
    # Filled by the steps, read by later ones.
    departments: dict[str, int] = field(default_factory=dict)  # code -> id
    teams: list[dict] = field(default_factory=list)  # {id, department, name, live}
    positions: dict[str, int] = field(default_factory=dict)  # key -> id
    employees: list[dict] = field(default_factory=list)  # plain facts of each employee, by id order
    demo_employee_ids: dict[str, int] = field(default_factory=dict)  # role -> employee id
    used_id_prefixes: set[str] = field(default_factory=set)
    traffic_plants: object | None = None  # what the traffic step planted for the anomaly rules to find

    @classmethod
    def create(cls, *, size: str, seed: int, today: date | None) -> "SeedContext":
        fake = Faker("zh_CN")
        fake.seed_instance(seed)
        from backend.auth import now
        from backend.company_time import local_day

        return cls(size=size, seed=seed, today=today or local_day(now()), rng=random.Random(seed), fake=fake)

    @property
    def headcount(self) -> int:
        return SIZES[self.size]

    def money(self, low: int, high: int, step: int = 100) -> Decimal:
        return Decimal(self.rng.randrange(low, high + 1, step)).quantize(Decimal("0.01"))

