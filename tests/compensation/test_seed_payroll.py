"""The demo's pay: plans assigned, twelve months of payroll, every payslip the exact sum of its lines."""

import sqlite3
from datetime import date
from decimal import Decimal

from tests.ops.test_cli import hrgraph

TODAY = date(2026, 12, 2)


def test_the_demo_has_twelve_months_of_payroll_with_the_last_waiting_to_be_locked(tmp_path):
    db = tmp_path / "demo.sqlite3"
    run = hrgraph("seed", "--demo", "--size", "small", "--today", TODAY.isoformat(), db=db)
    assert run.returncode == 0, run.stderr
    with sqlite3.connect(db) as conn:
        runs = conn.execute("SELECT period_start, status, payslip_count, total_gross FROM payroll_runs ORDER BY period_start").fetchall()
        slips = conn.execute("SELECT id, gross, base, commission, adjustments FROM payslips").fetchall()
        lines: dict[int, Decimal] = {}
        for payslip, amount in conn.execute("SELECT payslip_id, amount FROM payslip_lines"):
            lines[payslip] = lines.get(payslip, Decimal(0)) + Decimal(str(amount))
        split = conn.execute("""SELECT COUNT(DISTINCT p.id) FROM payslip_lines l JOIN payslips p ON p.id = l.payslip_id
                                WHERE p.period_start = '2026-11-01' AND l.explanation LIKE '2026-11-01..2026-11-15: %'""").fetchone()[0]
        kinds = {k for (k,) in conn.execute("SELECT DISTINCT kind FROM payslip_lines")}
        ready = conn.execute("SELECT COUNT(*), SUM(resolved_at IS NULL) FROM alerts WHERE kind = 'PAYROLL_READY'").fetchone()
    assert [r[0] for r in runs] == [f"{y}-{m:02d}-01" for y, m in [(2025, 12)] + [(2026, m) for m in range(1, 12)]]
    assert [r[1] for r in runs] == ["locked"] * 11 + ["computed"]
    assert all(count > 0 and Decimal(str(gross)) > 0 for _, _, count, gross in runs)
    assert all(lines[pk] == Decimal(str(gross)) == Decimal(str(b)) + Decimal(str(c)) + Decimal(str(a))
               for pk, gross, b, c, a in slips)
    assert split == 1  # the newcomer whose plan ends mid-month
    assert {"base", "gift_share", "ladder", "gmv_tiers", "team_incentive", "cap", "minimum_guarantee", "adjustment"} <= kinds
    assert ready == (12, 1)  # one per run; only the unlocked one still open

    locked = hrgraph("payroll", "run", "--month", "2026-11", "--lock", db=db)
    assert locked.returncode == 0, locked.stderr
    assert "2026-11 (all) locked" in locked.stdout
    refused = hrgraph("payroll", "run", "--month", "2026-11", db=db)
    assert refused.returncode == 1 and "is locked: corrections go into a later month" in refused.stderr
