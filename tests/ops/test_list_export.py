"""Exporting what a console list shows: the same query, paged to the end, within the caller's permissions."""

import csv
import io
from datetime import datetime, timezone

from openpyxl import load_workbook

from backend.models.analytics import RiskBand, RiskScore
from backend.models.audit import AuditEvent
from tests.analytics.helpers import store_scores
from tests.compensation.helpers import create_run
from tests.factories import make_employee
from tests.roles import build_world
from tests.traffic.test_series import _traffic_world

QUERY = """query Export($first: Int, $after: String, $search: String) {
  employees(first: $first, after: $after, filter: {search: $search}) {
    edges { node { employeeNo name baseSalary idNumber team { name } } } pageInfo { hasNextPage endCursor } } }"""
COLUMNS = [{"path": "employeeNo", "header": "工号"}, {"path": "name", "header": "姓名"},
           {"path": "baseSalary", "header": "基本工资"}, {"path": "idNumber", "header": "身份证号"},
           {"path": "team.name", "header": "团队"}]


async def _export(client, token: str, fmt: str = "csv", **body):
    payload = {"query": QUERY, "connection": "employees", "columns": COLUMNS, "variables": {}, **body}
    return await client.post(f"/exports/list.{fmt}", json=payload, headers={"Authorization": f"Bearer {token}"})


def _rows(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


async def test_an_export_pages_past_the_page_cap_and_keeps_every_column_the_caller_may_read(client):
    world = await build_world()
    for _ in range(110):
        await make_employee(None, is_host=False)
    response = await _export(client, world.tokens["hr_manager"])
    assert response.status_code == 200 and response.headers["x-hrgraph-rows"] == "114"
    rows = _rows(response)
    assert len(rows) == 114 and list(rows[0]) == ["工号", "姓名", "基本工资", "身份证号", "团队"]
    assert {r["工号"] for r in rows} >= {"L", "H1", "H2", "S"}
    assert next(r for r in rows if r["工号"] == "H1")["团队"] == "Team A"
    assert "x-hrgraph-omitted-columns" not in response.headers
    assert await AuditEvent.filter(action="employee.read_pay").count() > 0


async def test_a_column_the_caller_may_not_read_is_left_out_and_named(client):
    world = await build_world()
    response = await _export(client, world.tokens["recruiter"])
    assert response.status_code == 200
    assert response.headers["x-hrgraph-omitted-columns"] == "baseSalary,idNumber"
    rows = _rows(response)
    assert list(rows[0]) == ["工号", "姓名", "团队"] and len(rows) == 4


async def test_a_team_lead_exports_only_their_team_and_filters_apply(client):
    world = await build_world()
    rows = _rows(await _export(client, world.tokens["team_lead"]))
    assert {r["工号"] for r in rows} == {"L", "H1"}
    searched = _rows(await _export(client, world.tokens["hr_manager"], variables={"search": "H2"}))
    assert [r["工号"] for r in searched] == ["H2"]


async def test_the_xlsx_holds_the_same_rows(client):
    world = await build_world()
    book = load_workbook(io.BytesIO((await _export(client, world.tokens["hr_manager"], fmt="xlsx")).content))
    values = list(book.active.iter_rows(values_only=True))
    assert values[0] == ("工号", "姓名", "基本工资", "身份证号", "团队") and len(values) == 5


async def test_bad_requests_say_what_to_send(client):
    world = await build_world()
    token = world.tokens["hr_manager"]
    no_columns = await _export(client, token, columns=[])
    assert no_columns.status_code == 400 and "columns" in no_columns.json()["errors"][0]["message"]
    no_paging = await _export(client, token, query="{ employees(first: 5) { edges { node { employeeNo } } } }")
    assert no_paging.status_code == 400
    anonymous = await client.post("/exports/list.csv", json={})
    assert anonymous.status_code == 401


async def test_labels_turn_raw_values_into_the_words_the_list_shows_and_the_file_is_named(client):
    world = await build_world()
    query = """query($first: Int, $after: String) { employees(first: $first, after: $after) {
      edges { node { employeeNo status isHost } } pageInfo { hasNextPage endCursor } } }"""
    columns = [{"path": "employeeNo", "header": "工号"},
               {"path": "status", "header": "状态", "labels": {"ACTIVE": "在职", "PROBATION": "试用期"}},
               {"path": "isHost", "header": "主播", "labels": {"true": "是", "false": "否"}}]
    response = await _export(client, world.tokens["hr_manager"], query=query, columns=columns, filename="员工/2026")
    rows = _rows(response)
    assert {r["状态"] for r in rows} <= {"在职", "试用期"} and "ACTIVE" not in {r["状态"] for r in rows}
    assert {r["工号"]: r["主播"] for r in rows} == {"L": "否", "H1": "是", "H2": "是", "S": "否"}
    disposition = response.headers["content-disposition"]
    assert 'filename="2026.csv"' in disposition and "filename*=UTF-8''%E5%91%98%E5%B7%A5-2026.csv" in disposition
    bad = await _export(client, world.tokens["hr_manager"], columns=[{"path": "status", "labels": ["ACTIVE"]}])
    assert bad.status_code == 400 and "labels" in bad.json()["errors"][0]["message"]
    unnamed = await _export(client, world.tokens["hr_manager"], filename=7)
    assert unnamed.status_code == 400 and "filename" in unnamed.json()["errors"][0]["message"]


async def test_a_nested_connection_is_reached_by_a_dotted_path(client):
    world = await build_world()
    run = await create_run(client, world.tokens["finance"])
    query = """query($id: ID!, $first: Int!, $after: String) { payrollRun(id: $id) { status
      payslips(first: $first, after: $after) { edges { node { employee { employeeNo } gross } }
        pageInfo { hasNextPage endCursor } } } }"""
    columns = [{"path": "employee.employeeNo", "header": "工号"}, {"path": "gross", "header": "应发"}]
    response = await _export(client, world.tokens["finance"], query=query, variables={"id": run["run"]["id"]},
                             connection="payrollRun.payslips", columns=columns)
    assert response.status_code == 200, response.text
    assert len(_rows(response)) == run["run"]["payslipCount"] > 0
    bad = await _export(client, world.tokens["finance"], connection="payrollRun..payslips")
    assert bad.status_code == 400 and "dotted path" in bad.json()["errors"][0]["message"]


async def test_a_plain_list_is_exported_as_the_list_asked_for_it(client):
    world = await _traffic_world()  # live hours: team B 4.00, team A 3.00
    query = """query($from: Date!, $to: Date!, $first: Int!) {
      trafficLeaderboard(by: TEAM, metric: LIVE_HOURS, from: $from, to: $to, first: $first) { rank team { name } value } }"""
    columns = [{"path": "rank", "header": "#"}, {"path": "team.name", "header": "团队"}, {"path": "value", "header": "收入"}]
    variables = {"from": "2026-11-01", "to": "2026-11-30"}
    top = _rows(await _export(client, world.tokens["hr_manager"], query=query, variables={**variables, "first": 1},
                              connection="trafficLeaderboard", columns=columns))
    assert top == [{"#": "1", "团队": "Team B", "收入": "4.00"}]
    both = _rows(await _export(client, world.tokens["hr_manager"], query=query, variables={**variables, "first": 10},
                               connection="trafficLeaderboard", columns=columns))
    assert [r["团队"] for r in both] == ["Team B", "Team A"]


RISKS = """query($first: Int, $after: String) { attritionRisks(first: $first, after: $after) {
  edges { node { employee { employeeNo } score band drivers { text } } } pageInfo { hasNextPage endCursor } } }"""
RISK_COLUMNS = [{"path": "employee.employeeNo", "header": "工号"}, {"path": "score", "header": "风险"},
                {"path": "band", "header": "等级", "labels": {"LOW": "低"}}, {"path": "drivers.text", "header": "原因"}]


async def test_the_risk_list_exports_each_reason_in_one_cell_and_every_score_exported_is_audited(client):
    world = await build_world()
    model = await store_scores([world.h1, world.h2])
    await RiskScore.create(employee_id=world.lead.id, model_id=model.id, score=0.05, band=RiskBand.LOW, drivers=[
        {"feature": "tenure", "text": "under a year in the job"}, {"feature": "overtime", "text": "long hours"}],
        scored_at=datetime.now(timezone.utc))
    response = await _export(client, world.tokens["admin"], query=RISKS, connection="attritionRisks", columns=RISK_COLUMNS)
    assert response.status_code == 200, response.text
    rows = _rows(response)
    assert [(r["工号"], r["等级"], r["原因"]) for r in rows] == [
        ("H2", "低", "pay 10% below the position median"), ("H1", "低", "pay 10% below the position median"),
        ("L", "低", "under a year in the job; long hours")]
    assert await AuditEvent.filter(action="employee.read_risk").count() == 3

    refused = await _export(client, world.tokens["finance"], query=RISKS, connection="attritionRisks", columns=RISK_COLUMNS)
    assert refused.status_code == 400 and await AuditEvent.filter(action="employee.read_risk").count() == 3
