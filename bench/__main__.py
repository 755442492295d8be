"""`python -m bench [--only NAME] [--backends sqlite,postgres] [--quick] [--profile] [--check]`

Runs the benchmarks of bench/suite.py, prints a table per benchmark and writes
bench/results.json: {"<benchmark>": {"ratio": <ours / floor>, ...}}.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
import traceback
from pathlib import Path

import orjson

import bench  # noqa: F401  (sets the environment before anything imports backend)
from bench.harness import ROOT, Outcome, Run, render

DEFAULT_POSTGRES = "postgres://hrgraph:hrgraph@127.0.0.1:5432/hrgraph"
RESULTS = Path(__file__).resolve().parent / "results.json"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[1])
    parser.add_argument("--only", action="append", metavar="NAME", help="run only this benchmark (repeatable)")
    parser.add_argument("--backends", default=os.environ.get("HRGRAPH_BENCH_BACKENDS", "sqlite,postgres"),
                        help="comma-separated: sqlite, postgres (default: both)")
    parser.add_argument("--postgres-url", default=os.environ.get("HRGRAPH_BENCH_POSTGRES_URL", DEFAULT_POSTGRES),
                        help="a PostgreSQL role that may create databases (env HRGRAPH_BENCH_POSTGRES_URL)")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions and shorter loads (a smoke run)")
    parser.add_argument("--reseed", action="store_true", help="seed the cached databases again")
    parser.add_argument("--profile", action="store_true", help="also write pyinstrument profiles to var/bench/")
    parser.add_argument("--check", action="store_true", help="exit 1 when a benchmark misses its target")
    parser.add_argument("--output", type=Path, default=RESULTS, help="where to write the results JSON")
    parser.add_argument("--clean", action="store_true", help="drop the cached bench databases and exit")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    return parser.parse_args(argv)


async def main(args: argparse.Namespace) -> int:
    from bench.databases import clean
    from bench.suite import BENCHMARKS

    if args.list:
        for benchmark in BENCHMARKS:
            print(f"{benchmark.__name__}: {' '.join((benchmark.__doc__ or '').split())}")
        return 0
    if args.clean:
        await clean(args.postgres_url, lambda m: print(m, file=sys.stderr))
        return 0
    backends = tuple(b.strip() for b in args.backends.split(",") if b.strip())
    unknown = set(backends) - {"sqlite", "postgres"}
    if unknown or not backends:
        print(f"--backends takes sqlite and/or postgres, not {args.backends!r}", file=sys.stderr)
        return 2
    selected = [b for b in BENCHMARKS if not args.only or b.__name__ in args.only]
    missing = set(args.only or ()) - {b.__name__ for b in BENCHMARKS}
    if missing:
        print(f"no benchmark named {', '.join(sorted(missing))}; see --list", file=sys.stderr)
        return 2
    run = Run(backends=backends, postgres_url=args.postgres_url, quick=args.quick, reseed=args.reseed,
              profile=args.profile)
    results = orjson.loads(args.output.read_bytes()) if args.only and args.output.exists() else {}
    outcomes: dict[str, Outcome] = {}
    for benchmark in selected:
        name = benchmark.__name__
        print(f"running {name} ...", file=sys.stderr, flush=True)
        started, load_before = time.perf_counter(), os.getloadavg()[0]
        try:
            outcome = await benchmark(run)
        except Exception as exc:  # noqa: BLE001  a broken benchmark must not hide the others' numbers
            traceback.print_exc()
            outcome = Outcome(ratio=None, title="failed", columns=[],
                              variants={"-": {"error": f"{type(exc).__name__}: {exc}"}})
        outcome.details.setdefault("seconds", round(time.perf_counter() - started, 1))
        # Other work on the machine skews absolute times (ratios less): keep it on record.
        outcome.details.setdefault("machine", {"cpus": os.cpu_count(), "loadavg_1m_before": round(load_before, 2),
                                               "loadavg_1m_after": round(os.getloadavg()[0], 2)})
        outcomes[name] = outcome
        results[name] = outcome.to_json()
        args.output.write_bytes(orjson.dumps(results, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n")
    print()
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} (ratios are side by side; "
          "absolute times move with the load)\n")
    for name, outcome in outcomes.items():
        print(render(name, outcome))
        print()
    shown = args.output.relative_to(ROOT) if args.output.is_relative_to(ROOT) else args.output
    print(f"results written to {shown}")
    if any(o.failed for o in outcomes.values()):
        return 1
    if args.check and any(o.missed_target for o in outcomes.values()):
        return 1
    return 0


def run_main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    args.output = args.output.resolve()
    os.chdir(ROOT)  # backend reads var/ and frontend/ relative to the working directory
    try:
        import uvloop
    except ImportError:
        return asyncio.run(main(args))
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        return runner.run(main(args))


if __name__ == "__main__":
    sys.exit(run_main())
