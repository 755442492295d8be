"""Attrition risk: point-in-time features, training and its card, scores with drivers, alerts
per crossing, who sees what, and no N+1."""

import math
import os
import subprocess
import sys
from datetime import date, timedelta
from decimal import Decimal

import pytest

from backend.graph.base import to_global_id
from backend.models.alerts import Alert, AlertKind
from backend.models.audit import AuditEvent
from backend.models.contracts import Contract, ContractTemplateVersion
from backend.models.employees import EmploymentEvent, EventKind
from backend.resolvers.analytics import attrition
from backend.resolvers.analytics import features as F
from backend.settings import get_settings
from tests.contracts.helpers import make_library
from tests.analytics.helpers import TODAY, build_agency, leave, store_scores
from tests.factories import gql, gql_counting_sql, make_employee, make_team
from tests.roles import build_world

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

MODEL = """{ attritionRiskModel { trainedAt rows positives chosenModel candidates { name rocAuc }
  calibration { predicted observed count } features unavailableFeatures { name reason } } }"""
RISK = """query($id: ID!) { employee(id: $id) { employeeNo attritionRisk { score band drivers { feature text } scoredAt } } }"""
LIST = """query($min: Float) { attritionRisks(first: 50, minScore: $min) { totalCount
  edges { node { score band employee { employeeNo } } } } }"""
EVERYTHING = """{
  employees(first: 50) { edges { node { employeeNo attritionRisk { score drivers { text } } } } }
  attritionRisks(first: 50) { totalCount edges { node { score employee { employeeNo } } } }
  attritionRiskModel { chosenModel }
}"""


def _same(a: list[float], b: list[float]) -> bool:
    return all((math.isnan(x) and math.isnan(y)) or x == y for x, y in zip(a, b))


async def test_a_later_event_does_not_change_an_earlier_snapshot():
    team = await make_team()
    host = await make_employee(team, hired_on=date(2024, 1, 10), base_salary=Decimal("6000.00"))
    version = await ContractTemplateVersion.get(template_id=await make_library())
    terms = dict(employee_id=host.id, contract_type="full_time", status="active", template_version_id=version.id,
                 created_by="test")
    await Contract.create(number="C1", starts_on=date(2024, 1, 10), ends_on=date(2025, 1, 9), **terms)
    snapshot = date(2024, 11, 1)
    before = await F.load_history(since=date(2023, 1, 1))
    features = F.features(before, before.people[host.id], snapshot)

    await EmploymentEvent.create(employee=host, kind=EventKind.SALARY_CHANGED, occurred_on=date(2024, 11, 1),
                                 salary_before=Decimal("6000.00"), salary_after=Decimal("9000.00"))
    await EmploymentEvent.create(employee=host, kind=EventKind.TRANSFERRED, occurred_on=date(2024, 12, 1))
    await Contract.create(number="C2", starts_on=date(2024, 11, 1), ends_on=None, **terms)
    await leave(host, date(2025, 3, 1))
    after = await F.load_history(since=date(2023, 1, 1))

    assert _same(F.features(after, after.people[host.id], snapshot), features)
    assert features[F.NAMES.index("contract_ends_soon")] == 1.0  # what was known: the first contract ends in January
    assert F.features(after, after.people[host.id], date(2024, 12, 2))[F.NAMES.index("raise_12m")] == pytest.approx(0.5)


async def test_training_chooses_a_model_by_grouped_cross_validation_and_writes_its_card(client):
    await build_agency()
    world_admin = await build_world()
    run = subprocess.run([sys.executable, "-m", "backend.cli", "analytics", "train", "--today", TODAY.isoformat()],
                         capture_output=True, text=True, cwd=ROOT, env=os.environ.copy(), timeout=120)
    assert run.returncode == 0, run.stderr
    assert "chosen:" in run.stdout and "employees scored" in run.stdout

    card = (await gql(client, MODEL, token=world_admin.tokens["hr_manager"]))["data"]["attritionRiskModel"]
    names = {c["name"] for c in card["candidates"]}
    assert names == {"logistic regression (L2, C=1)", "gradient boosting (HistGradientBoosting)"}
    assert card["chosenModel"] in names and all(0.5 < c["rocAuc"] <= 1 for c in card["candidates"])
    assert card["rows"] > 500 and 20 < card["positives"] < card["rows"]
    assert sum(b["count"] for b in card["calibration"]) == card["rows"]
    assert {"pay_vs_position_median", "traffic_revenue_trend"} <= set(card["features"])
    unavailable = {u["name"] for u in card["unavailableFeatures"]}
    # this agency has no training, attendance or leave records: those features are named as not usable, not made up
    assert {"trainings_12m", "late_3m", "overtime_trend", "leave_days_12m", "contract_ends_soon"} <= unavailable


async def test_the_planted_effect_is_found_and_named_in_the_drivers(client):
    agency = await build_agency()
    world = await build_world()
    model = await attrition.train(today=TODAY)
    await attrition.score(today=TODAY, model=model)

    planted = (await gql(client, RISK, {"id": to_global_id("Employee", agency.planted.id)},
                         token=world.tokens["admin"]))["data"]["employee"]["attritionRisk"]
    steady = (await gql(client, RISK, {"id": to_global_id("Employee", agency.steady.id)},
                        token=world.tokens["admin"]))["data"]["employee"]["attritionRisk"]
    assert planted["score"] > 3 * steady["score"]
    texts = " / ".join(d["text"] for d in planted["drivers"])
    assert "below the position median" in texts or "traffic (gift revenue + GMV) down" in texts, texts
    ranked = (await gql(client, LIST, token=world.tokens["admin"]))["data"]["attritionRisks"]["edges"]
    scores = [e["node"]["score"] for e in ranked]
    assert scores == sorted(scores, reverse=True)
    assert "PLANTED" in [e["node"]["employee"]["employeeNo"] for e in ranked[:3]]


def _threshold(monkeypatch, value: float) -> None:
    monkeypatch.setenv("HRGRAPH_RISK_ALERT_THRESHOLD", str(value))
    get_settings.cache_clear()


async def test_one_alert_per_crossing_and_none_while_the_score_stays_above(monkeypatch):
    agency = await build_agency()
    model = await attrition.train(today=TODAY)
    try:
        _threshold(monkeypatch, 2.0)
        await attrition.score(today=TODAY, model=model)
        planted = await agency.planted.risk_score
        _threshold(monkeypatch, planted.score - 0.001)  # the planted host crosses, and maybe others above it
        first = await attrition.score(today=TODAY, model=model)
        again = await attrition.score(today=TODAY, model=model)
        alerts = await Alert.filter(kind=AlertKind.ATTRITION_RISK, employee_id=agency.planted.id)
        assert first["alerts"] >= 1 and again["alerts"] == 0 and len(alerts) == 1
        assert alerts[0].team_id == agency.planted.team_id and "PLANTED" in alerts[0].message

        _threshold(monkeypatch, 2.0)  # falls below
        await attrition.score(today=TODAY, model=model)
        _threshold(monkeypatch, planted.score - 0.001)  # and crosses again: a new alert
        await attrition.score(today=TODAY, model=model)
        assert await Alert.filter(kind=AlertKind.ATTRITION_RISK, employee_id=agency.planted.id).count() == 2
    finally:
        monkeypatch.delenv("HRGRAPH_RISK_ALERT_THRESHOLD")
        get_settings.cache_clear()


async def _view(client, token: str) -> tuple[dict, set[tuple], dict]:
    result = await gql(client, EVERYTHING, token=token)
    data = result["data"]
    rows = {e["node"]["employeeNo"]: e["node"]["attritionRisk"] for e in data["employees"]["edges"]}
    nodes = [e["node"]["employeeNo"] for e in data["employees"]["edges"]]
    refused = set()
    for error in result.get("errors", []):
        assert error["extensions"]["code"] == "FORBIDDEN", error
        path = error["path"]
        refused.add((nodes[path[2]], "attritionRisk") if path[0] == "employees" else (path[0],))
    return rows, refused, data


async def test_who_sees_attrition_risk(client):
    world = await build_world()
    await store_scores([world.lead, world.h1, world.h2, world.staff])
    everyone = {"L", "H1", "H2", "S"}
    for role in ("admin", "hr_manager"):
        rows, refused, data = await _view(client, world.tokens[role])
        own = {"S"} if role == "hr_manager" else set()  # the HR manager is S: never one's own score
        assert {no for no, risk in rows.items() if risk} == everyone - own, role
        assert refused == {(no, "attritionRisk") for no in own}, role
        listed = {e["node"]["employee"]["employeeNo"] for e in data["attritionRisks"]["edges"]}
        assert listed == everyone - own and data["attritionRisks"]["totalCount"] == len(everyone - own), role
        assert data["attritionRiskModel"]["chosenModel"], role

    rows, refused, data = await _view(client, world.tokens["team_lead"])
    assert rows == {"L": None, "H1": rows["H1"]} and rows["H1"]["score"] > 0  # their team, not themself
    assert refused == {("L", "attritionRisk")}
    assert [e["node"]["employee"]["employeeNo"] for e in data["attritionRisks"]["edges"]] == ["H1"]

    for role in ("employee", "finance", "recruiter", "partner"):
        rows, refused, data = await _view(client, world.tokens[role])
        assert all(risk is None for risk in rows.values()), role
        assert refused == {(no, "attritionRisk") for no in rows} | {("attritionRisks",), ("attritionRiskModel",)}, role
        assert data["attritionRisks"] is None and data["attritionRiskModel"] is None, role
    rows, _, _ = await _view(client, world.tokens["employee"])
    assert set(rows) == {"H1"}  # even their own record: refused


async def test_every_risk_score_handed_out_is_in_the_audit_trail(client):
    world = await build_world()
    await store_scores([world.lead, world.h1, world.h2, world.staff])
    await gql(client, LIST, token=world.tokens["admin"])
    listed = await AuditEvent.filter(action="employee.read_risk").order_by("employee_id")
    assert sorted(e.employee_id for e in listed) == sorted(p.id for p in (world.lead, world.h1, world.h2, world.staff))
    assert {(e.actor_label, tuple(e.fields_)) for e in listed} == {(listed[0].actor_label, ("attritionRisk",))}

    await gql(client, RISK, {"id": to_global_id("Employee", world.h1.id)}, token=world.tokens["team_lead"])
    by_lead = await AuditEvent.filter(action="employee.read_risk").exclude(id__in=[e.id for e in listed])
    assert [e.employee_id for e in by_lead] == [world.h1.id]

    await gql(client, RISK, {"id": to_global_id("Employee", world.h1.id)}, token=world.tokens["finance"])  # refused
    assert await AuditEvent.filter(action="employee.read_risk").count() == len(listed) + 1


async def test_the_risk_list_filters_by_score_and_team(client):
    world = await build_world()
    await store_scores([world.lead, world.h1, world.h2, world.staff])  # 0.10, 0.15, 0.20, 0.25
    result = await gql(client, LIST, {"min": 0.18}, token=world.tokens["admin"])
    assert [e["node"]["employee"]["employeeNo"] for e in result["data"]["attritionRisks"]["edges"]] == ["S", "H2"]
    by_team = await gql(client, """query($team: ID!) { attritionRisks(first: 10, teamId: $team) {
        edges { node { employee { employeeNo } } } } }""", {"team": to_global_id("Team", world.h1.team_id)},
                        token=world.tokens["admin"])
    assert [e["node"]["employee"]["employeeNo"] for e in by_team["data"]["attritionRisks"]["edges"]] == ["H1", "L"]


NESTED = """query($n: Int!) { attritionRisks(first: $n) { edges { node { score drivers { text }
  employee { employeeNo team { name } attritionRisk { score band } } } } } }"""


async def test_the_risk_list_is_n_plus_one_free(client):
    world = await build_world()
    team = await make_team(name="Team C")
    people = [await make_employee(team, hired_on=TODAY - timedelta(days=400)) for _ in range(30)]
    await store_scores(people)
    _, few = await gql_counting_sql(client, NESTED, {"n": 3}, token=world.tokens["admin"])
    result, many = await gql_counting_sql(client, NESTED, {"n": 30}, token=world.tokens["admin"])
    assert len(result["data"]["attritionRisks"]["edges"]) == 30 and "errors" not in result
    assert many == few
