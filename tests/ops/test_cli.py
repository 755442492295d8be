"""The `hrgraph` command, run as a user runs it."""

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def hrgraph(*args: str, db: Path | None = None, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "HRGRAPH_ENV": "development"}
    if db is not None:
        env["HRGRAPH_DATABASE_URL"] = f"sqlite://{db}"
    return subprocess.run([sys.executable, "-m", "backend.cli", *args], env=env, capture_output=True,
                          text=True, input=stdin, cwd=ROOT, timeout=300)


def test_the_committed_sdl_is_what_export_schema_prints():
    run = hrgraph("export-schema")
    assert run.returncode == 0
    assert run.stdout == (ROOT / "backend/graph/schema.graphql").read_text(), "run `make schema` and commit the SDL"


def _digest(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("""SELECT employee_no, name, gender, birth_date, employment_type, status, hired_on, left_on,
                                      department_id, team_id, position_id, manager_id, base_salary, is_host FROM employees ORDER BY id""").fetchall()
        rows += conn.execute("SELECT employee_id, kind, occurred_on, reason_category FROM employment_events ORDER BY id").fetchall()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def test_the_demo_seed_is_the_same_for_the_same_seed_and_date(tmp_path):
    first, second, other = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3", tmp_path / "c.sqlite3"
    for db, seed in ((first, "7"), (second, "7"), (other, "8")):
        run = hrgraph("seed", "--demo", "--size", "small", "--seed", seed, "--today", "2026-11-01", db=db)
        assert run.returncode == 0, run.stderr
    assert _digest(first) == _digest(second) != _digest(other)


def test_the_small_demo_is_an_agency_of_hosts_with_two_years_of_exits(tmp_path):
    db = tmp_path / "demo.sqlite3"
    assert hrgraph("seed", "--demo", "--size", "small", "--today", "2026-11-01", db=db).returncode == 0
    with sqlite3.connect(db) as conn:
        total, hosts = conn.execute("SELECT COUNT(*), SUM(is_host) FROM employees").fetchone()
        exits = conn.execute("SELECT COUNT(*) FROM employment_events WHERE kind = 'left' AND reason_category IS NOT NULL").fetchone()[0]
        users = {r[0] for r in conn.execute("SELECT email FROM users")}
        codes = {r[0] for r in conn.execute("SELECT code FROM departments")}
    assert 140 <= total <= 160 and hosts / total > 0.45 and exits >= 15
    assert codes == {"LIVE", "BEAUTY", "ECOM", "TALENT", "HR", "FIN", "TECH"}
    assert users == {f"{who}@demo.hrgraph.local" for who in ("admin", "hr", "finance", "recruiter", "lead", "employee")}


def test_seeding_a_database_that_has_data_is_refused_without_reset(tmp_path):
    db = tmp_path / "demo.sqlite3"
    assert hrgraph("seed", "--demo", db=db).returncode == 0
    again = hrgraph("seed", "--demo", db=db)
    assert again.returncode == 1 and "--reset" in again.stderr


def test_createuser_reads_the_password_from_stdin_and_names_bad_input(tmp_path):
    db = tmp_path / "users.sqlite3"
    assert hrgraph("migrate", db=db).returncode == 0
    made = hrgraph("createuser", "--email", "Boss@Example.cn", "--role", "admin", "--password-stdin", db=db,
                   stdin="a-long-enough-password\n")
    assert made.returncode == 0 and "boss@example.cn" in made.stdout
    bad = hrgraph("createuser", "--email", "x", "--role", "wizard", "--password-stdin", db=db, stdin="short\n")
    assert bad.returncode == 1
    assert "email:" in bad.stderr and "password:" in bad.stderr and "roles: Unknown roles: wizard" in bad.stderr


def test_seed_refuses_production():
    env_run = subprocess.run([sys.executable, "-m", "backend.cli", "seed", "--demo"], capture_output=True, text=True, cwd=ROOT,
                             env={**os.environ, "HRGRAPH_ENV": "production", "HRGRAPH_SECRET_KEY": "x" * 40})
    assert env_run.returncode == 2 and "production" in env_run.stderr


def test_production_refuses_to_start_without_a_secret_key():
    env = {k: v for k, v in os.environ.items() if k != "HRGRAPH_SECRET_KEY"}
    run = subprocess.run([sys.executable, "-m", "backend.cli", "migrate"], capture_output=True, text=True, cwd=ROOT,
                         env={**env, "HRGRAPH_ENV": "production"})
    assert run.returncode == 2 and "HRGRAPH_SECRET_KEY is required" in run.stderr


def test_alerts_raise_records_one_alert_per_dedup_key(tmp_path):
    db = tmp_path / "alerts.sqlite3"
    assert hrgraph("seed", "--demo", db=db).returncode == 0
    args = ("alerts", "raise", "--kind", "TRAFFIC_ANOMALY", "--message", "test from ops", "--employee-no", "MCN000010",
            "--dedup-key", "ops-1")
    first, second = hrgraph(*args, db=db), hrgraph(*args, db=db)
    assert "raised" in first.stdout and "already existed" in second.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*), MAX(team_id) IS NOT NULL FROM alerts WHERE dedup_key = 'ops-1'").fetchone() == (1, 1)
    unknown = hrgraph("alerts", "raise", "--kind", "TRAFFIC_ANOMALY", "--message", "x", "--employee-no", "NOPE", db=db)
    assert unknown.returncode == 1 and "NOPE" in unknown.stderr
