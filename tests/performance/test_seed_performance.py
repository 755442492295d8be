"""The demo's reviews: templates per position, a year of monthly cycles scored from the seeded traffic."""

import json
import sqlite3
from decimal import Decimal

from tests.ops.test_cli import hrgraph

TODAY = "2026-11-30"


def test_the_demo_has_a_year_of_monthly_reviews_scored_from_its_traffic(tmp_path):
    db = tmp_path / "demo.sqlite3"
    run = hrgraph("seed", "--demo", "--size", "small", "--today", TODAY, db=db)
    assert run.returncode == 0, run.stderr
    with sqlite3.connect(db) as conn:
        templates = {name: json.loads(raw) for name, raw in conn.execute("SELECT name, indicators FROM kpi_templates")}
        cycles = conn.execute("SELECT period_start, period_end, status FROM review_cycles ORDER BY period_start").fetchall()
        unscored_closed = conn.execute("""SELECT COUNT(*) FROM reviews r JOIN review_cycles c ON c.id = r.cycle_id
                                          WHERE c.status = 'closed' AND r.score IS NULL""").fetchone()[0]
        waiting = conn.execute("""SELECT COUNT(*) FROM reviews r JOIN review_cycles c ON c.id = r.cycle_id
                                  WHERE c.status = 'open' AND r.score IS NULL""").fetchone()[0]
        calibrated = conn.execute("SELECT COUNT(*) FROM reviews WHERE calibration_points IS NOT NULL").fetchone()[0]
        acknowledged = conn.execute("SELECT COUNT(*) FROM reviews WHERE acknowledged_at IS NOT NULL").fetchone()[0]
        scored = conn.execute("SELECT weighted, score, calibration_points, lines FROM reviews WHERE score IS NOT NULL").fetchall()
        demo_closed = conn.execute("""SELECT COUNT(*), SUM(r.acknowledged_at IS NULL) FROM reviews r
                                      JOIN users u ON u.employee_id = r.employee_id JOIN review_cycles c ON c.id = r.cycle_id
                                      WHERE u.email = 'employee@demo.hrgraph.local' AND c.status = 'closed'""").fetchone()
        traffic = conn.execute("""SELECT r.actuals, (SELECT SUM(d.new_followers) FROM traffic_days d WHERE d.host_id = r.employee_id
                                  AND d.day BETWEEN c.period_start AND c.period_end) FROM reviews r
                                  JOIN review_cycles c ON c.id = r.cycle_id WHERE r.actuals LIKE '%follower%' LIMIT 20""").fetchall()
    assert len(templates) == 4
    for indicators in templates.values():
        assert sum(Decimal(i["weight"]) for i in indicators) == 100 and all(isinstance(i["weight"], str) for i in indicators)
    assert [c[0] for c in cycles][0] == "2025-11-01" and cycles[-1] == ("2026-10-01", "2026-10-31", "open")
    assert len(cycles) == 12 and {c[2] for c in cycles[:-1]} == {"closed"}
    assert unscored_closed == 0 and waiting > 0 and calibrated > 0 and acknowledged > 0
    for weighted, score, points, lines in scored:
        contributions = sum(Decimal(line["contribution"]) for line in json.loads(lines))
        assert Decimal(str(weighted)) == contributions and all(line["explanation"] for line in json.loads(lines))
        if points is None:
            assert Decimal(str(score)) == Decimal(str(weighted))
    assert demo_closed[1] == min(demo_closed[0], 1) or demo_closed == (0, None)  # the latest closed one waits for them
    assert traffic and all(Decimal(json.loads(a)["traffic.follower_growth"]) == Decimal(s or 0) for a, s in traffic)
