"""Attendance through the graph: monthly summaries pushed with per-item errors (partners only for
their linked hosts), leave without overlaps, and who reads what."""

from datetime import date, timedelta

import pytest

from backend.graph.base import to_global_id
from backend.models.attendance import AttendanceMonth, LeaveKind, LeaveRecord, LeaveStatus
from backend.company_time import company_today
from tests.factories import gql, make_partner, partner_token
from tests.roles import build_world

RECORD = """mutation($months: [AttendanceMonthInput!]!) { attendanceRecord(input: {months: $months}) {
  accepted rejected { index field code message } } }"""
MONTHS = """{ attendanceMonths(first: 50) { totalCount edges { node { month lateCount source employee { employeeNo } } } } }"""
LEAVES = """{ leaveRecords(first: 50) { edges { node { kind days status employee { employeeNo } } } } }"""
CREATE = """mutation($input: LeaveInput!) { leaveRecordCreate(input: $input) { leave { id days status }
  errors { field code message } } }"""
REQUEST = """mutation($input: LeaveInput!) { leaveRequest(input: $input) { leave { id days status } errors { field code message } } }"""
APPROVE = """mutation($id: ID!) { leaveApprove(input: {id: $id}) { leave { status } errors { field code message } } }"""

ROLES = ("admin", "hr_manager", "finance", "recruiter", "team_lead", "employee", "partner")
LAST_MONTH = (company_today().replace(day=1) - timedelta(days=1)).replace(day=1)


def _month(employee, **overrides) -> dict:
    return {"employeeId": to_global_id("Employee", employee.id), "month": LAST_MONTH.isoformat(), "scheduledDays": "21",
            "workedDays": "20", "lateCount": 2, "lateMinutes": 25, "overtimeHours": "12.5", **overrides}


async def _state() -> list:
    return [sorted(await AttendanceMonth.all().values_list("employee_id", "month", "late_count", "worked_days")),
            sorted(await LeaveRecord.all().values_list("id", "employee_id", "status", "start_date"))]


async def test_each_item_is_accepted_or_rejected_on_its_own_and_a_resend_replaces(client):
    world = await build_world()
    hr = world.tokens["hr_manager"]
    items = [_month(world.h1), _month(world.h2, workedDays="22"), _month(world.h2, month="2026-03-15"),
             _month(world.h2, lateCount=-1), {**_month(world.h1), "employeeId": to_global_id("Team", 1)}, _month(world.h1)]
    result = (await gql(client, RECORD, {"months": items}, token=hr))["data"]["attendanceRecord"]
    assert result["accepted"] == 1
    assert [(r["index"], r["field"], r["code"]) for r in result["rejected"]] == [
        (1, "workedDays", "INVALID"), (2, "month", "INVALID"), (3, "lateCount", "INVALID"),
        (4, "employeeId", "NOT_FOUND"), (5, "month", "DUPLICATE")]
    assert "cannot exceed scheduledDays" in result["rejected"][0]["message"]
    again = (await gql(client, RECORD, {"months": [_month(world.h1, lateCount=5)]}, token=hr))["data"]["attendanceRecord"]
    assert again == {"accepted": 1, "rejected": []}
    assert await AttendanceMonth.all().values_list("late_count", flat=True) == [5]


async def test_a_partner_with_the_attendance_scope_pushes_for_its_linked_hosts_only(client):
    world = await build_world()
    client_row = await make_partner([world.h2], scopes=("employees:read", "attendance:write"))
    token = partner_token(client_row, "attendance:write")
    result = (await gql(client, RECORD, {"months": [_month(world.h2), _month(world.h1)]}, token=token))["data"]
    assert result["attendanceRecord"]["accepted"] == 1
    assert [(r["index"], r["code"]) for r in result["attendanceRecord"]["rejected"]] == [(1, "NOT_FOUND")]
    assert await AttendanceMonth.all().values_list("employee_id", flat=True) == [world.h2.id]
    (source,) = await AttendanceMonth.all().values_list("source", flat=True)
    assert source != "manual" and client_row.client_id in source  # the attendance system that pushed it
    no_scope = await gql(client, RECORD, {"months": [_month(world.h2)]}, token=world.tokens["partner"])
    assert no_scope["errors"][0]["extensions"]["code"] == "FORBIDDEN"


@pytest.mark.parametrize("role", ROLES)
async def test_who_reads_attendance_and_leave_and_a_refused_change_changes_nothing(client, role):
    world = await build_world()
    for person in (world.lead, world.h1, world.h2, world.staff):
        await AttendanceMonth.create(employee=person, month=LAST_MONTH, scheduled_days=21, worked_days=21)
        await LeaveRecord.create(employee=person, kind=LeaveKind.ANNUAL, start_date=date(2026, 3, 2),
                                 end_date=date(2026, 3, 3), days=2)
    months = await gql(client, MONTHS, token=world.tokens[role])
    leaves = await gql(client, LEAVES, token=world.tokens[role])
    seen = {"admin": {"L", "H1", "H2", "S"}, "hr_manager": {"L", "H1", "H2", "S"}, "finance": {"L", "H1", "H2", "S"},
            "team_lead": {"L", "H1"}, "employee": {"H1"}}
    for result, field in ((months, "attendanceMonths"), (leaves, "leaveRecords")):
        if role in seen:
            assert {e["node"]["employee"]["employeeNo"] for e in result["data"][field]["edges"]} == seen[role]
        else:
            assert result["data"][field] is None and result["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    before = await _state()
    pushed = await gql(client, RECORD, {"months": [_month(world.h2, lateCount=9)]}, token=world.tokens[role])
    recorded = await gql(client, CREATE, {"input": {"employeeId": to_global_id("Employee", world.h2.id), "kind": "SICK",
                                                    "startDate": "2026-04-06", "endDate": "2026-04-06"}},
                         token=world.tokens[role])
    if role in ("admin", "hr_manager"):
        assert pushed["data"]["attendanceRecord"]["accepted"] == 1
        assert recorded["data"]["leaveRecordCreate"]["leave"]["status"] == "APPROVED"
    else:
        assert recorded["errors"][0]["extensions"]["code"] == "FORBIDDEN"
        # the partner's token was not given the attendance:write scope
        assert pushed["errors"][0]["extensions"]["code"] == "FORBIDDEN"
        assert await _state() == before


async def test_overlapping_approved_leave_is_refused_and_days_are_working_days(client):
    world = await build_world()
    hr = world.tokens["hr_manager"]
    week = {"employeeId": to_global_id("Employee", world.h1.id), "kind": "ANNUAL", "startDate": "2026-04-03",
            "endDate": "2026-04-07"}  # Friday to Tuesday: three working days
    made = (await gql(client, CREATE, {"input": week}, token=hr))["data"]["leaveRecordCreate"]
    assert made["errors"] == [] and made["leave"]["days"] == "3.0"
    before = await _state()
    overlap = (await gql(client, CREATE, {"input": {**week, "startDate": "2026-04-07", "endDate": "2026-04-08"}},
                         token=hr))["data"]["leaveRecordCreate"]
    assert overlap["errors"][0]["code"] == "OVERLAP" and "2026-04-03" in overlap["errors"][0]["message"]
    assert await _state() == before
    half = (await gql(client, CREATE, {"input": {**week, "startDate": "2026-04-09", "endDate": "2026-04-09", "days": "0.5"}},
                      token=hr))["data"]["leaveRecordCreate"]
    assert half["leave"]["days"] == "0.5"
    backwards = (await gql(client, CREATE, {"input": {**week, "startDate": "2026-05-09", "endDate": "2026-05-01"}},
                           token=hr))["data"]["leaveRecordCreate"]
    assert backwards["errors"][0]["field"] == "endDate"


async def test_an_employee_requests_their_own_leave_and_an_overlapping_approval_is_refused(client):
    world = await build_world()
    mine = {"kind": "PERSONAL", "startDate": "2026-06-01", "endDate": "2026-06-02"}
    first = (await gql(client, REQUEST, {"input": mine}, token=world.tokens["employee"]))["data"]["leaveRequest"]
    second = (await gql(client, REQUEST, {"input": {**mine, "startDate": "2026-06-02"}},
                        token=world.tokens["employee"]))["data"]["leaveRequest"]
    assert first["leave"]["status"] == second["leave"]["status"] == "PENDING"
    other = await gql(client, REQUEST, {"input": {**mine, "employeeId": to_global_id("Employee", world.h2.id)}},
                      token=world.tokens["employee"])
    assert other["data"]["leaveRequest"]["errors"][0]["code"] == "FORBIDDEN"
    assert (await gql(client, APPROVE, {"id": first["leave"]["id"]}, token=world.tokens["employee"]))["errors"]
    ok = (await gql(client, APPROVE, {"id": first["leave"]["id"]}, token=world.tokens["hr_manager"]))["data"]["leaveApprove"]
    assert ok["leave"]["status"] == "APPROVED"
    refused = (await gql(client, APPROVE, {"id": second["leave"]["id"]}, token=world.tokens["hr_manager"]))["data"]
    assert refused["leaveApprove"]["errors"][0]["code"] == "OVERLAP"
    assert await LeaveRecord.filter(status=LeaveStatus.PENDING).count() == 1
