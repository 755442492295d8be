"""The cohort scan on the system's own data: the demo's planted pay effect is found, and only
company-wide risk readers may run it."""

import re

import pytest

from tests.factories import gql
from tests.ops.test_cli import hrgraph
from tests.roles import build_world

SCAN = """{ attritionInsights(today: "2026-11-30") { windowStart windowEnd personWindows leavers
  insights { factor sentence ratio ciLow ciHigh pValue cohortSize referenceSize } } }"""


@pytest.mark.own_sqlite_file
def test_the_scan_finds_the_pay_effect_the_demo_planted(tmp_path):
    db = tmp_path / "medium.sqlite3"
    assert hrgraph("seed", "--demo", "--size", "medium", "--today", "2026-11-30", db=db).returncode == 0
    run = hrgraph("analytics", "insights", "--today", "2026-11-30", db=db)
    assert run.returncode == 0, run.stderr
    pay = next(line for line in run.stdout.splitlines() if "position's median" in line)
    ratio, low, high = (float(x) for x in re.search(r"at ([\d.]+)x .* 95% CI ([\d.]+)-([\d.]+)", pay).groups())
    assert "below their position's median" in pay and low > 1 and low < ratio < high
    assert re.search(r"n = \d+ vs \d+", pay)
    # and the training and lateness effects the training and attendance steps planted
    for marker in ("trainings in the last 12 months", "times in 3 months"):
        line = next(line for line in run.stdout.splitlines() if marker in line)
        ratio, low, high = (float(x) for x in re.search(r"at ([\d.]+)x .* 95% CI ([\d.]+)-([\d.]+)", line).groups())
        assert low > 1 and low < ratio < high, line
    training = next(line for line in run.stdout.splitlines() if "trainings in the last 12 months" in line)
    assert training.startswith("- employees with fewer than"), training


@pytest.mark.parametrize("role,allowed", [("admin", True), ("hr_manager", True), ("team_lead", False), ("employee", False),
                                          ("finance", False), ("recruiter", False), ("partner", False)])
async def test_only_company_wide_risk_readers_run_the_scan(client, role, allowed):
    world = await build_world()
    result = await gql(client, SCAN, token=world.tokens[role])
    if allowed:
        scan = result["data"]["attritionInsights"]
        assert scan["windowStart"] == "2024-11-01" and scan["windowEnd"] == "2026-11-01"
        assert scan["personWindows"] == 16 and scan["insights"] == []  # four people, four windows: far below the minimum
    else:
        assert result["data"]["attritionInsights"] is None
        assert result["errors"][0]["extensions"]["code"] == "FORBIDDEN"
