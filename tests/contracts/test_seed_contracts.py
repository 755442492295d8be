"""The demo's contracts: a history for everyone, lawful, unbroken, signed, with work for the expiry scan."""

import hashlib
import sqlite3
from datetime import date, timedelta

from tests.ops.test_cli import hrgraph

TODAY = date(2026, 11, 30)


def test_every_demo_employee_has_a_signed_lawful_contract_history(tmp_path):
    db = tmp_path / "demo.sqlite3"
    run = hrgraph("seed", "--demo", "--size", "small", "--today", TODAY.isoformat(), db=db)
    assert run.returncode == 0, run.stderr
    with sqlite3.connect(db) as conn:
        without = conn.execute("SELECT COUNT(*) FROM employees WHERE id NOT IN (SELECT employee_id FROM contracts)").fetchone()[0]
        current = conn.execute("""SELECT e.id, COUNT(c.id) FROM employees e LEFT JOIN contracts c ON c.employee_id = e.id
                                  AND c.status = 'active' WHERE e.left_on IS NULL GROUP BY e.id""").fetchall()
        chains = conn.execute("""SELECT c.starts_on, p.ends_on FROM contracts c JOIN contracts p ON p.id = c.predecessor_id""").fetchall()
        documents = conn.execute("SELECT document, document_sha256 FROM contract_versions").fetchall()
        signed: dict[int, list[str]] = {}
        for version, role in conn.execute("SELECT version_id, role FROM contract_signatures ORDER BY version_id, signed_at"):
            signed.setdefault(version, []).append(role)
        kinds = {r[0] for r in conn.execute("SELECT contract_type FROM contracts")}
        talent_share = conn.execute("""SELECT COUNT(*) FROM contract_versions v JOIN contracts c ON c.id = v.contract_id
                                       WHERE c.contract_type = 'talent' AND v.revenue_share_percent IS NOT NULL""").fetchone()[0]
        probations = conn.execute("""SELECT v.starts_on, v.probation_ends_on FROM contract_versions v
                                     WHERE v.probation_ends_on IS NOT NULL""").fetchall()
        demo_end = conn.execute("""SELECT c.ends_on FROM contracts c JOIN users u ON u.employee_id = c.employee_id
                                   WHERE u.email = 'employee@demo.hrgraph.local' AND c.status = 'active'""").fetchone()[0]
        expiring = conn.execute("SELECT COUNT(*) FROM alerts WHERE kind = 'CONTRACT_EXPIRING'").fetchone()[0]
    assert without == 0
    assert {n for _, n in current} == {1}  # exactly one active contract for everyone still here
    assert chains and all(date.fromisoformat(s) == date.fromisoformat(e) + timedelta(days=1) for s, e in chains)
    assert all(hashlib.sha256(d.encode()).hexdigest() == h for d, h in documents)
    assert len(signed) == len(documents) and {tuple(r) for r in signed.values()} == {("employee", "business", "hr")}
    assert kinds == {"full_time", "part_time", "talent", "internship"} and talent_share > 0
    assert all(date.fromisoformat(p) < date.fromisoformat(s) + timedelta(days=186) for s, p in probations)
    assert TODAY < date.fromisoformat(demo_end) <= TODAY + timedelta(days=30)
    assert expiring >= 1
