"""The demo's rules were run twice (some months ago and today) and acted once per person and cooldown;
`hrgraph automation run` runs them again for cron and acts on nobody twice."""

import sqlite3

import pytest

from tests.ops.test_cli import hrgraph

TODAY = "2026-11-30"


@pytest.mark.own_sqlite_file
def test_the_demo_rules_ran_twice_and_the_cli_runs_them_again_acting_on_nobody_twice(tmp_path):
    db = tmp_path / "demo.sqlite3"
    run = hrgraph("seed", "--demo", "--size", "small", "--today", TODAY, db=db)
    assert run.returncode == 0, run.stderr
    assert "automation: 3 rules run twice" in run.stdout
    with sqlite3.connect(db) as conn:
        rules = conn.execute("SELECT id, trigger_kind, enabled FROM automation_rules ORDER BY id").fetchall()
        runs = conn.execute("SELECT rule_id, matched, acted, skipped, error FROM automation_runs ORDER BY id").fetchall()
        actions = conn.execute("SELECT COUNT(*), COUNT(DISTINCT dedup_key), COUNT(DISTINCT acted_on) FROM automation_actions").fetchone()
        tasks = conn.execute("SELECT COUNT(*) FROM hr_tasks WHERE rule_id IS NOT NULL").fetchone()[0]
        enrolled = conn.execute("SELECT COUNT(*) FROM enrolments WHERE source = 'automation' AND rule_id IS NOT NULL").fetchone()[0]
    assert [r[1] for r in rules] == ["RISK_ABOVE", "FEW_TRAININGS", "CONTRACT_EXPIRING"] and all(r[2] for r in rules)
    assert len(runs) == 6 and all(r[4] == "" for r in runs)
    assert actions[0] == actions[1] == sum(r[2] for r in runs) > 0 and actions[2] == 2
    assert tasks > 0 and enrolled > 0  # the few-trainings rule assigned the live-skills plan

    dry = hrgraph("automation", "run", "--today", TODAY, "--dry-run", db=db)
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.count("would act 0,") == 3
    again = hrgraph("automation", "run", "--today", TODAY, db=db)
    assert again.returncode == 0, again.stderr
    assert again.stdout.count("acted 0,") == 3
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM automation_actions").fetchone()[0] == actions[0]
        assert conn.execute("SELECT COUNT(*) FROM automation_runs WHERE triggered_by = 'cli'").fetchone()[0] == 3
    missing = hrgraph("automation", "run", "--rule", "99", db=db)
    assert missing.returncode == 2 and "no automation rule 99" in missing.stderr
