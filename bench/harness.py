"""What every benchmark shares: the run's options, timing, and the shape of a result.

Timing is side by side: `time_interleaved` calls ours and the floor alternately (after a
warm-up), so drift in the machine's speed (CPU frequency, a noisy neighbour) hits both alike,
and reports medians.
"""

from __future__ import annotations

import gc
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
VAR = ROOT / "var" / "bench"

Call = Callable[[], Awaitable[Any]]


@dataclass(frozen=True)
class Timing:
    """Wall-clock samples of one call, in milliseconds."""

    samples_ms: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.samples_ms)

    @property
    def p90(self) -> float:
        return percentile(self.samples_ms, 90)

    @property
    def best(self) -> float:
        return min(self.samples_ms)

    def to_json(self) -> dict[str, float]:
        return {"median_ms": round(self.median, 3), "p90_ms": round(self.p90, 3), "min_ms": round(self.best, 3),
                "samples": len(self.samples_ms)}


def percentile(values: list[float] | tuple[float, ...], pct: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


async def time_interleaved(calls: dict[str, Call], *, repeat: int, warmup: int) -> dict[str, Timing]:
    """Times each call `repeat` times, alternating between them (the order rotates every round
    so none always runs first), after `warmup` untimed rounds."""
    for _ in range(warmup):
        for call in calls.values():
            await call()
    gc.collect()
    names = list(calls)
    samples: dict[str, list[float]] = {name: [] for name in names}
    for round_no in range(repeat):
        shift = round_no % len(names)
        for name in names[shift:] + names[:shift]:
            started = time.perf_counter_ns()
            await calls[name]()
            samples[name].append((time.perf_counter_ns() - started) / 1e6)
    return {name: Timing(tuple(values)) for name, values in samples.items()}


@dataclass
class Run:
    """Options of this run, handed to every benchmark."""

    backends: tuple[str, ...] = ("sqlite", "postgres")
    postgres_url: str = "postgres://hrgraph:hrgraph@127.0.0.1:5432/hrgraph"
    quick: bool = False
    reseed: bool = False
    profile: bool = False
    load_seconds: float = 5.0
    _reseeded: set = field(default_factory=set)

    def repeat(self, normal: int) -> int:
        return max(5, normal // 5) if self.quick else normal

    def seconds(self, normal: float) -> float:
        return max(1.0, normal / 4) if self.quick else normal

    def log(self, message: str) -> None:
        print(f"  {message}", file=sys.stderr, flush=True)

    async def database(self, dialect: str, *, size: str, seed: int) -> str:
        """The URL of a database seeded with `seed_demo(size, seed)`, cached across runs."""
        from bench.databases import seeded_database

        key = (dialect, size, seed)
        reseed = self.reseed and key not in self._reseeded  # --reseed: once per run, not per benchmark
        self._reseeded.add(key)
        return await seeded_database(dialect, size=size, seed=seed, postgres_url=self.postgres_url,
                                     reseed=reseed, log=self.log)

    async def profile_calls(self, label: str, call: Call, *, repeat: int = 30) -> Path | None:
        """With --profile: runs `call` under pyinstrument and writes var/bench/profile-<label>.{txt,html}."""
        if not self.profile:
            return None
        try:
            from pyinstrument import Profiler
        except ImportError:
            self.log("--profile needs pyinstrument: .venv/bin/pip install pyinstrument")
            return None
        profiler = Profiler(interval=0.001, async_mode="enabled")
        profiler.start()
        for _ in range(repeat):
            await call()
        profiler.stop()
        VAR.mkdir(parents=True, exist_ok=True)
        text = VAR / f"profile-{label}.txt"
        text.write_text(profiler.output_text(unicode=True, show_all=False))
        (VAR / f"profile-{label}.html").write_text(profiler.output_html())
        self.log(f"profile of {repeat} calls written to {text.relative_to(ROOT)} (and .html)")
        return text


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    fmt: str = "{:.2f}"


@dataclass
class Outcome:
    """What a benchmark returns. `ratio` is the headline (ours / floor; for several variants,
    the worst one); `variants` holds one row of the table per variant (a database, a size)."""

    ratio: float | None
    title: str
    columns: list[Column]
    variants: dict[str, dict[str, Any]]
    target: float | None = None
    details: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return any("error" in v for v in self.variants.values()) or self.ratio is None

    @property
    def missed_target(self) -> bool:
        return self.target is not None and (self.ratio is None or self.ratio > self.target)

    def to_json(self) -> dict[str, Any]:
        worst = max(((v["ratio"], k) for k, v in self.variants.items() if v.get("ratio") is not None), default=None)
        data: dict[str, Any] = {"ratio": None if self.ratio is None else round(self.ratio, 3)}
        if self.target is not None:
            data["target"] = self.target
            data["met"] = not self.missed_target
        if worst is not None and len(self.variants) > 1:
            data["worst"] = worst[1]
        data.update(self.details)
        data.update(self.variants)
        return data


def render(name: str, outcome: Outcome) -> str:
    headers = ["variant"] + [c.header for c in outcome.columns]
    rows = []
    for variant, values in outcome.variants.items():
        if "error" in values:
            rows.append([variant, f"error: {values['error']}"])
            continue
        cells = [variant]
        for column in outcome.columns:
            value = values.get(column.key)
            cells.append("-" if value is None else column.fmt.format(value))
        rows.append(cells)
    table = [headers] + [r for r in rows if len(r) == len(headers)]
    widths = [max(len(str(r[i])) for r in table) for i in range(len(headers))]
    line = lambda cells: "  ".join(str(c).rjust(w) if i else str(c).ljust(w) for i, (c, w) in enumerate(zip(cells, widths)))
    ratio = "-" if outcome.ratio is None else f"{outcome.ratio:.2f}"
    verdict = ""
    if outcome.target is not None:
        verdict = f" (target <= {outcome.target:g}: {'met' if not outcome.missed_target else 'MISSED'})"
    out = [f"{name}: {outcome.title}", line(headers), line(["-" * w for w in widths])]
    for row in rows:
        out.append(line(row) if len(row) == len(headers) else "  ".join(row))
    out.append(f"ratio (ours / floor, worst variant) = {ratio}{verdict}")
    out += [f"  note: {n}" for n in outcome.notes]
    return "\n".join(out)
