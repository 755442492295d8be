"""Training through the graph: who reads and changes what, seats, outcomes, plans for new hires."""

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from backend.graph.base import to_global_id
from backend.models.training import Enrolment, EnrolmentStatus, TrainingCategory, TrainingPlan, TrainingProgram, TrainingSession
from backend.company_time import company_today
from backend.models.employees import EmployeeStatus
from tests.factories import gql, gql_counting_sql, make_employee
from tests.roles import build_world

CREATE_PROGRAM = """mutation($input: TrainingProgramCreateInput!) { trainingProgramCreate(input: $input) {
  program { code name hours costPerHead } errors { field code message } } }"""
ENROL = """mutation($e: ID!, $s: ID!) { enrolmentEnrol(input: {employeeId: $e, sessionId: $s}) {
  enrolment { id status employee { employeeNo } session { capacity } } errors { field code message } } }"""
COMPLETE = """mutation($id: ID!, $outcome: EnrolmentOutcome!, $score: Decimal) {
  enrolmentComplete(input: {id: $id, outcome: $outcome, score: $score}) { enrolment { status score completedOn }
  errors { field code message } } }"""
ENROLMENTS = """{ enrolments(first: 50) { totalCount edges { node { status employee { employeeNo } program { code } } } } }"""
PROGRAMS = """{ trainingPrograms(first: 10) { totalCount edges { node { code } } } }"""
PLAN_CREATE = """mutation($input: TrainingPlanCreateInput!) { trainingPlanCreate(input: $input) {
  plan { id name programs { code } } errors { field code message } } }"""
PLAN_APPLY = """mutation($id: ID!) { trainingPlanApply(input: {id: $id}) { assigned plan { name } errors { code } } }"""
SUMMARY = """{ employees(first: 100) { edges { node { employeeNo training { completedLast12Months hoursLast12Months
  openMandatory overdueMandatory } attendance(months: 3) { lateCount overtimeHours leaveDays
  months { month lateCount leaveDays } } } } } }"""

ROLES = ("admin", "hr_manager", "finance", "recruiter", "team_lead", "employee", "partner")


async def _program(code: str = "LIV-1", hours: str = "4.0") -> TrainingProgram:
    return await TrainingProgram.create(code=code, name=code, category=TrainingCategory.LIVE_SKILLS, hours=Decimal(hours),
                                        cost_per_head=Decimal("800.00"))


async def _session(program: TrainingProgram, capacity: int | None = None, days: int = 10) -> TrainingSession:
    starts = datetime.now(timezone.utc) + timedelta(days=days)
    return await TrainingSession.create(program=program, starts_at=starts, ends_at=starts + timedelta(hours=4), capacity=capacity)


def _id(kind: str, pk: int) -> str:
    return to_global_id(kind, pk)


async def _snapshot() -> list:
    return [sorted(await TrainingProgram.all().values_list("code", "name", "active")),
            sorted(await Enrolment.all().values_list("id", "employee_id", "status", "session_id", "score")),
            sorted(await TrainingPlan.all().values_list("name", flat=True))]


@pytest.mark.parametrize("role", ROLES)
async def test_each_role_reads_its_rows_and_only_hr_changes_anything(client, role):
    world = await build_world()
    program = await _program()
    session = await _session(program)
    for person in (world.lead, world.h1, world.h2, world.staff):
        await Enrolment.create(employee=person, program=program, assigned_on=date(2026, 1, 5))
    result = await gql(client, ENROLMENTS, token=world.tokens[role])
    seen = {"admin": {"L", "H1", "H2", "S"}, "hr_manager": {"L", "H1", "H2", "S"}, "team_lead": {"L", "H1"},
            "employee": {"H1"}}
    if role in seen:
        assert {e["node"]["employee"]["employeeNo"] for e in result["data"]["enrolments"]["edges"]} == seen[role]
    else:
        assert result["data"]["enrolments"] is None and result["errors"][0]["extensions"]["code"] == "FORBIDDEN"

    before = await _snapshot()
    created = await gql(client, CREATE_PROGRAM, {"input": {"code": "NEW-1", "name": "New", "category": "PRODUCT",
                                                           "hours": "2.0", "costPerHead": "100.00"}}, token=world.tokens[role])
    enrolled = await gql(client, ENROL, {"e": _id("Employee", world.h2.id), "s": _id("TrainingSession", session.id)},
                         token=world.tokens[role])
    if role in ("admin", "hr_manager"):
        assert created["data"]["trainingProgramCreate"]["errors"] == []
        assert enrolled["data"]["enrolmentEnrol"]["enrolment"]["status"] == "ENROLLED"
    else:
        assert [r["errors"][0]["extensions"]["code"] for r in (created, enrolled)] == ["FORBIDDEN", "FORBIDDEN"]
        assert await _snapshot() == before


async def test_a_full_session_refuses_the_next_booking_and_nothing_changes(client):
    world = await build_world()
    program = await _program()
    session = await _session(program, capacity=1)
    hr = world.tokens["hr_manager"]
    first = await gql(client, ENROL, {"e": _id("Employee", world.h1.id), "s": _id("TrainingSession", session.id)}, token=hr)
    assert first["data"]["enrolmentEnrol"]["errors"] == []
    again = await gql(client, ENROL, {"e": _id("Employee", world.h1.id), "s": _id("TrainingSession", session.id)}, token=hr)
    assert again["data"]["enrolmentEnrol"]["errors"][0]["code"] == "DUPLICATE"
    before = await _snapshot()
    full = await gql(client, ENROL, {"e": _id("Employee", world.h2.id), "s": _id("TrainingSession", session.id)}, token=hr)
    (error,) = full["data"]["enrolmentEnrol"]["errors"]
    assert (error["field"], error["code"]) == ("sessionId", "CAPACITY") and "1 of 1" in error["message"]
    assert await _snapshot() == before


async def test_an_assigned_enrolment_is_moved_onto_the_session_then_completed_with_a_score(client):
    world = await build_world()
    program = await _program()
    session = await _session(program, days=-2)
    assigned = await Enrolment.create(employee=world.h1, program=program, assigned_on=company_today() - timedelta(days=20))
    hr = world.tokens["hr_manager"]
    booked = (await gql(client, ENROL, {"e": _id("Employee", world.h1.id), "s": _id("TrainingSession", session.id)},
                        token=hr))["data"]["enrolmentEnrol"]["enrolment"]
    assert booked["id"] == _id("Enrolment", assigned.id) and await Enrolment.all().count() == 1
    bad = (await gql(client, COMPLETE, {"id": booked["id"], "outcome": "COMPLETED", "score": "101"}, token=hr))
    assert bad["data"]["enrolmentComplete"]["errors"][0]["field"] == "score"
    done = (await gql(client, COMPLETE, {"id": booked["id"], "outcome": "COMPLETED", "score": "88.5"}, token=hr))
    assert done["data"]["enrolmentComplete"]["enrolment"] == {"status": "COMPLETED", "score": "88.5",
                                                              "completedOn": company_today().isoformat()}
    twice = await gql(client, COMPLETE, {"id": booked["id"], "outcome": "NO_SHOW", "score": None}, token=hr)
    assert twice["data"]["enrolmentComplete"]["errors"][0]["code"] == "WRONG_STATUS"


async def test_a_plan_applies_once_and_new_hires_get_the_mandatory_ones(client):
    world = await build_world()
    program = await _program("CMP-1")
    hr = world.tokens["hr_manager"]
    made = (await gql(client, PLAN_CREATE, {"input": {"name": "Compliance", "programIds": [_id("TrainingProgram", program.id)],
                                                      "hostsOnly": True, "dueDays": 14}}, token=hr))["data"]["trainingPlanCreate"]
    assert made["errors"] == [] and made["plan"]["programs"] == [{"code": "CMP-1"}]
    first = (await gql(client, PLAN_APPLY, {"id": made["plan"]["id"]}, token=hr))["data"]["trainingPlanApply"]
    again = (await gql(client, PLAN_APPLY, {"id": made["plan"]["id"]}, token=hr))["data"]["trainingPlanApply"]
    assert (first["assigned"], again["assigned"]) == (2, 0)  # the hosts H1 and H2, once
    hired = await gql(client, """mutation { employeeCreate(input: {name: "新主播", employmentType: FULL_TIME,
        hiredOn: "2026-01-05", isHost: true}) { employee { id } errors { code message } } }""", token=hr)
    assert hired["data"]["employeeCreate"]["errors"] == [], hired
    assert await Enrolment.filter(source="plan").count() == 3
    empty = await gql(client, PLAN_CREATE, {"input": {"name": "", "programIds": []}}, token=hr)
    assert {e["field"] for e in empty["data"]["trainingPlanCreate"]["errors"]} == {"name", "programIds"}


async def test_a_hundred_employees_training_and_attendance_take_a_constant_number_of_queries(client):
    world = await build_world()
    program = await _program()

    async def count_for(extra: int) -> int:
        for _ in range(extra):
            person = await make_employee()
            await Enrolment.create(employee=person, program=program, status=EnrolmentStatus.COMPLETED,
                                   assigned_on=company_today() - timedelta(days=30), completed_on=company_today() - timedelta(days=3))
        result, queries = await gql_counting_sql(client, SUMMARY, token=world.tokens["hr_manager"])
        assert "errors" not in result, result
        return queries, result

    few, _ = await count_for(3)
    many, result = await count_for(90)
    assert many == few
    rows = [e["node"] for e in result["data"]["employees"]["edges"]]
    assert sum(r["training"]["completedLast12Months"] for r in rows) == 93
    assert all(len(r["attendance"]["months"]) == 3 for r in rows)


ASSIGN = """mutation($e: ID!, $p: ID!) { enrolmentAssign(input: {employeeId: $e, programId: $p}) {
  enrolment { status } errors { field code } } }"""


async def test_a_program_is_assigned_to_a_current_employee_and_refused_for_one_who_has_left(client):
    world = await build_world()
    program = await _program()
    hr = world.tokens["hr_manager"]
    made = await gql(client, ASSIGN, {"e": _id("Employee", world.h1.id), "p": _id("TrainingProgram", program.id)}, token=hr)
    assert made["data"]["enrolmentAssign"] == {"enrolment": {"status": "ASSIGNED"}, "errors": []}
    leaver = await make_employee(status=EmployeeStatus.LEFT, left_on=company_today() - timedelta(days=1))
    before = await _snapshot()
    refused = await gql(client, ASSIGN, {"e": _id("Employee", leaver.id), "p": _id("TrainingProgram", program.id)}, token=hr)
    assert refused["data"]["enrolmentAssign"] == {"enrolment": None, "errors": [{"field": "employeeId", "code": "INVALID"}]}
    assert await _snapshot() == before
