"""The benchmarks `python -m bench` runs, in order. To add one, write `bench/<name>.py` with an
`async def <name>(run: Run) -> Outcome` (see bench/employee_page.py) and list it here."""

from __future__ import annotations

from bench.alert_fanout import alert_fanout
from bench.analytics_dashboard import analytics_dashboard
from bench.employee_page import employee_page
from bench.payroll_month import payroll_month
from bench.risk_training import risk_training
from bench.traffic_ingest import traffic_ingest
from bench.traffic_series import traffic_series

BENCHMARKS = [
    employee_page,
    alert_fanout,
    traffic_ingest,
    traffic_series,
    payroll_month,
    risk_training,
    analytics_dashboard,
]
