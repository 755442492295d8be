"""The demo's traffic: audiences shaped on the Twitch ranking, two years of sessions, planted findings."""

import csv
import sqlite3
from pathlib import Path

import pytest

from backend.seed.traffic import QUANTILE_POINTS, TWITCH_QUANTILES, from_quantiles
from tests.ops.test_cli import hrgraph

TWITCH = Path(__file__).resolve().parents[3] / "shared" / "data" / "twitch_top1000_streamers_2019.csv"


def _quantile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[int(p * (len(ordered) - 1))]


def test_the_seed_quantiles_are_those_of_the_twitch_file():
    rows = list(csv.DictReader(TWITCH.open(encoding="utf-8-sig")))
    measured = {
        "avg_viewers": [int(r["Average viewers"]) for r in rows],
        "followers": [int(r["Followers"]) for r in rows],
        "yearly_gain_share": [int(r["Followers Gained"]) / int(r["Followers"]) for r in rows],
    }
    for name, values in measured.items():
        expected = [round(_quantile(values, p), 3) for p in QUANTILE_POINTS]
        assert [round(v, 3) for v in TWITCH_QUANTILES[name]] == expected, name


def test_drawing_from_the_quantiles_stays_within_them():
    assert from_quantiles("avg_viewers", 0.5) == pytest.approx(2419)
    assert from_quantiles("avg_viewers", 0.0) == pytest.approx(850)
    assert from_quantiles("avg_viewers", 1.0) == pytest.approx(33514)
    assert 1457 < from_quantiles("avg_viewers", 0.4) < 2419


def test_the_small_demo_streams_two_years_with_a_weekly_rhythm_and_its_planted_findings(tmp_path):
    db = tmp_path / "demo.sqlite3"
    run = hrgraph("seed", "--demo", "--size", "small", "--today", "2026-11-30", db=db)
    assert run.returncode == 0, run.stderr
    with sqlite3.connect(db) as conn:
        first, last = conn.execute("SELECT MIN(day), MAX(day) FROM live_sessions").fetchone()
        by_weekday = dict(conn.execute("SELECT strftime('%w', day), COUNT(*) FROM live_sessions GROUP BY 1").fetchall())
        days, sessions = conn.execute("SELECT COUNT(*), (SELECT COUNT(*) FROM live_sessions) FROM traffic_days").fetchone()
        team_days = conn.execute("SELECT COUNT(*) FROM team_traffic_days").fetchone()[0]
        rules = {r[0] for r in conn.execute("SELECT json_extract(data, '$.rule') FROM alerts WHERE kind = 'TRAFFIC_ANOMALY'")}
    assert (first, last) == ("2024-11-30", "2026-11-30")  # 730 days back
    assert by_weekday["6"] > 1.2 * by_weekday["1"]  # Saturdays busier than Mondays
    assert days == sessions and team_days > 0
    assert {"viewers_up_engagement_flat", "followers_falling", "team_traffic_falling", "host_inactive"} <= rules
