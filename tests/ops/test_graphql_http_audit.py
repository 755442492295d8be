"""The GraphQL-over-HTTP audit suite (npm graphql-http, auditServer) against a running server."""

import json
import subprocess
from pathlib import Path

AUDIT = Path(__file__).parent / "node_clients"


def test_the_graphql_over_http_audit_reports_no_errors_and_no_warnings(live_server):
    assert (AUDIT / "node_modules" / "graphql-http").is_dir(), "run `make test-deps` (npm ci in tests/ops/node_clients)"
    run = subprocess.run(["node", str(AUDIT / "audit.mjs"), f"{live_server.base}/graphql"], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    summary = json.loads(run.stdout.strip().splitlines()[-1])
    assert summary["error"] == [] and summary["warn"] == []
    assert summary["ok"] >= 50
