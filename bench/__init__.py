"""hrgraph benchmarks: `python -m bench` (or `make bench`).

Every benchmark measures one of our code paths side by side with its *floor* (the least work
that gives the same answer) in the same run, and reports `ratio = ours / floor`. Benchmarks are
modules `bench/<name>.py`, each registered in `bench/suite.py`.

The environment is fixed here, before anything imports `backend`: the seeded databases that
`bench/databases.py` caches hold values encrypted with a key derived from the secret key, so
every bench process, and the servers it starts, must use the same one.
"""

from __future__ import annotations

import os

BENCH_SECRET_KEY = "hrgraph-bench-secret-key-for-benchmarks-only-0123456789"

BENCH_ENV = {
    "HRGRAPH_ENV": "development",
    "HRGRAPH_SECRET_KEY": BENCH_SECRET_KEY,
    "HRGRAPH_EVENT_BUS": "memory",
    # Tokens minted at the start must outlive the slowest run.
    "HRGRAPH_ACCESS_TOKEN_MINUTES": "120",
    # The seeded history ends on BENCH_TODAY, long ago: the in-app scans would raise alerts about
    # it (inactive hosts...) while a benchmark runs. Benchmarks measure requests, not the background jobs.
    "HRGRAPH_TRAFFIC_SCAN_MINUTES": "0",
    "HRGRAPH_CONTRACT_SCAN_MINUTES": "0",
    "HRGRAPH_RISK_SCORE_HOURS": "0",  # a minute after start it would score 20,000 people mid-benchmark
}

os.environ.update(BENCH_ENV)
os.environ.pop("HRGRAPH_ENCRYPTION_KEY", None)
