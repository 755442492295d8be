"""KPI templates through the graph: validation with a path for every error, attendance and
training measured from their records, decimals stored as strings, create-or-replace, and
reading them back."""

from datetime import date
from decimal import Decimal

from backend.graph.base import to_global_id
from backend.models.attendance import AttendanceMonth
from backend.models.performance import KpiTemplate, Review
from backend.models.training import Enrolment, EnrolmentStatus, TrainingCategory, TrainingProgram
from tests.factories import gql
from tests.performance.helpers import host_world, indicators, open_cycle, save

LIST = """{ kpiTemplates(first: 10) { totalCount edges { node { id name position { title }
  indicators { name source weight target curve { capPercent floorPercent } } } } } }"""
NODE = """query($id: ID!) { node(id: $id) { ... on KpiTemplate { name } } }"""


async def test_weights_not_totalling_100_are_refused_with_the_working_and_nothing_is_written(client):
    world = await host_world()
    refused = await save(client, world.tokens["hr_manager"], world.host, indicators(followers="45"))
    assert refused["template"] is None
    (error,) = refused["errors"]
    assert (error["field"], error["code"]) == ("indicators", "WEIGHT_TOTAL")
    assert "must total exactly 100, not 105" in error["message"] and "GMV 30" in error["message"]
    assert await KpiTemplate.all().count() == 0


async def test_every_error_names_its_indicators_path(client):
    world = await host_world()
    items = indicators()
    items[1]["weight"] = "-30"
    items[2]["target"] = "0"
    items[0]["curve"] = {"capPercent": "90", "floorPercent": "120"}
    items[3]["target"] = "5"
    refused = await save(client, world.tokens["hr_manager"], world.host, items)
    assert {(e["field"], e["code"]) for e in refused["errors"]} == {
        ("indicators.1.weight", "INVALID"), ("indicators.2.target", "INVALID"), ("indicators.0.curve.capPercent", "INVALID"),
        ("indicators.0.curve.floorPercent", "INVALID"), ("indicators.3.target", "INVALID"), ("indicators", "WEIGHT_TOTAL")}
    assert await KpiTemplate.all().count() == 0


async def test_attendance_and_training_completion_are_measured_from_their_records(client):
    world = await host_world()
    items = indicators(hours="10") + [{"name": "出勤 Attendance", "source": "ATTENDANCE", "weight": "5", "target": "95"},
                                      {"name": "培训 Training", "source": "TRAINING_COMPLETION", "weight": "5", "target": "100"}]
    assert (await save(client, world.tokens["hr_manager"], world.host, items))["errors"] == []
    await AttendanceMonth.create(employee=world.h1, month=date(2026, 11, 1), scheduled_days=Decimal(21), worked_days=Decimal(20))
    await AttendanceMonth.create(employee=world.h1, month=date(2026, 12, 1), scheduled_days=Decimal(22), worked_days=Decimal(0))
    program = await TrainingProgram.create(code="LIVE-1", name="直播技巧 Live selling", category=TrainingCategory.LIVE_SKILLS,
                                           hours=Decimal(4), cost_per_head=Decimal(300))
    for due, completed, status in ((date(2026, 11, 10), date(2026, 11, 9), EnrolmentStatus.COMPLETED),
                                   (date(2026, 11, 20), None, EnrolmentStatus.ASSIGNED),
                                   (date(2026, 11, 25), None, EnrolmentStatus.CANCELLED),  # not owed any more
                                   (date(2026, 12, 5), None, EnrolmentStatus.ASSIGNED)):  # due after the period
        await Enrolment.create(employee=world.h1, program=program, assigned_on=date(2026, 10, 1), due_on=due,
                               completed_on=completed, status=status)
    assert (await open_cycle(client, world.tokens["hr_manager"]))["errors"] == []
    h1, h2 = await Review.get(employee_id=world.h1.id), await Review.get(employee_id=world.h2.id)
    assert (h1.actuals["attendance"], h1.actuals["training_completion"]) == ("95.2", "50.0")  # 20 of 21 days; 1 of 2 due
    # H2: no attendance summary yet (the review waits for it); nothing was due, so training is complete.
    assert "attendance" not in h2.actuals and h2.actuals["training_completion"] == "100.0"


async def test_more_than_two_decimal_places_and_a_missing_name_are_refused(client):
    world = await host_world()
    items = indicators(followers="39.995", gmv="30.005")
    refused = await save(client, world.tokens["hr_manager"], world.host, items, name="  ")
    assert {(e["field"], e["code"]) for e in refused["errors"]} == {
        ("name", "REQUIRED"), ("indicators.0.weight", "INVALID"), ("indicators.1.weight", "INVALID")}


async def test_a_template_is_stored_with_decimal_strings_and_read_back(client):
    world = await host_world()
    saved = await save(client, world.tokens["hr_manager"], world.host, indicators(followers="39.5", gmv="30.5"))
    assert saved["errors"] == []
    assert saved["template"]["position"] == {"title": "主播 Host"}
    assert saved["template"]["indicators"][0] == {"name": "涨粉 Follower growth", "source": "TRAFFIC_FOLLOWER_GROWTH",
                                                  "weight": "39.5", "target": "1000",
                                                  "curve": {"kind": "LINEAR", "capPercent": "120", "floorPercent": "50"}}
    assert saved["template"]["indicators"][3]["curve"] is None and saved["template"]["indicators"][3]["target"] is None
    stored = (await KpiTemplate.get()).indicators
    assert stored[0]["weight"] == "39.5" and stored[0]["curve"]["cap_percent"] == "120" and stored[3]["target"] is None
    assert all(isinstance(v, str) for ind in stored for v in (ind["weight"], *ind["curve"].values()))
    listed = (await gql(client, LIST, token=world.tokens["employee"]))["data"]["kpiTemplates"]
    assert listed["totalCount"] == 1 and listed["edges"][0]["node"]["name"] == "主播 KPI"
    node = await gql(client, NODE, {"id": saved["template"]["id"]}, token=world.tokens["team_lead"])
    assert node["data"]["node"] == {"name": "主播 KPI"}


async def test_saving_again_replaces_the_positions_template(client):
    world = await host_world()
    first = await save(client, world.tokens["hr_manager"], world.host, indicators())
    again = await save(client, world.tokens["hr_manager"], world.host, indicators(followers="50", rating="0")[:3],
                       name="主播 KPI v2")
    assert again["errors"] == [] and again["template"]["id"] == first["template"]["id"]
    assert [i["weight"] for i in again["template"]["indicators"]] == ["50", "30", "20"]
    assert await KpiTemplate.all().count() == 1


async def test_a_template_for_an_unknown_position_is_refused(client):
    world = await host_world()
    result = await gql(client, """mutation($input: KpiTemplateSaveInput!) { kpiTemplateSave(input: $input) {
      template { id } errors { field code } } }""", {"input": {"positionId": to_global_id("Position", 999), "name": "x",
                                                                "indicators": indicators()}}, token=world.tokens["hr_manager"])
    assert result["data"]["kpiTemplateSave"]["errors"] == [{"field": "positionId", "code": "NOT_FOUND"}]
