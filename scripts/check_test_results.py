"""Fails unless every suite ran: each JUnit report exists, ran tests, skipped none, failed none.

A suite that silently skipped (no PostgreSQL, no browser) must fail the build, not pass it.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REQUIRED = {
    "pytest-sqlite.xml": "Python suite on SQLite",
    "pytest-postgres.xml": "Python suite on PostgreSQL",
    "vitest.xml": "console unit tests",
    "e2e.xml": "browser suite (Playwright in Chromium)",
}


def totals(path: Path) -> tuple[int, int, int]:
    root = ET.parse(path).getroot()
    suites = [root] if root.tag == "testsuite" else root.findall("testsuite")
    tests = sum(int(s.get("tests", 0)) for s in suites)
    skipped = sum(int(s.get("skipped", 0)) for s in suites)
    failed = sum(int(s.get("failures", 0)) + int(s.get("errors", 0)) for s in suites)
    return tests, skipped, failed


def main(folder: str) -> int:
    problems, passed, failed_total = [], 0, 0
    for name, label in REQUIRED.items():
        path = Path(folder) / name
        if not path.exists():
            problems.append(f"{label}: no report at {path} (the suite did not run)")
            continue
        tests, skipped, failed = totals(path)
        print(f"{label:45} {tests:4} tests, {skipped} skipped, {failed} failed")
        if tests == 0:
            problems.append(f"{label}: ran no test")
        if skipped:
            problems.append(f"{label}: {skipped} skipped; every suite must run in full")
        if failed:
            problems.append(f"{label}: {failed} failed")
        passed += tests - skipped - failed
        failed_total += failed
    for problem in problems:
        print(f"FAIL {problem}", file=sys.stderr)
    print(f"{passed} passed, {failed_total} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "var/test-results"))
