from backend.graph.base import to_global_id
from backend.models.org import Department, Team
from tests.factories import gql, make_department, make_employee, make_team, make_user, token_for

DEPT_CREATE = """mutation($input: DepartmentCreateInput!) { departmentCreate(input: $input) {
  department { code name parent { code } headcount } errors { field code message } } }"""
DEPT_UPDATE = """mutation($input: DepartmentUpdateInput!) { departmentUpdate(input: $input) {
  department { parent { code } } errors { field code message } } }"""
TEAM_CREATE = """mutation($input: TeamCreateInput!) { teamCreate(input: $input) {
  team { name lead { name } department { code } headcount } errors { field code message } } }"""


async def hr() -> str:
    return token_for(await make_user("hr_manager"))


async def test_departments_nest_and_report_current_headcount(client):
    parent = await make_department(code="LIVE")
    team = await make_team(parent)
    await make_employee(team)
    await make_employee(team, status="left")
    result = await gql(client, DEPT_CREATE, {"input": {"code": "BEAUTY", "name": "美妆", "parentId": to_global_id("Department", parent.id)}},
                       token=await hr())
    assert result["data"]["departmentCreate"]["department"] == {"code": "BEAUTY", "name": "美妆", "parent": {"code": "LIVE"}, "headcount": 0}
    listing = await gql(client, "{ departments(first: 10) { edges { node { code headcount } } } }", token=await hr())
    assert {"code": "LIVE", "headcount": 1} in [e["node"] for e in listing["data"]["departments"]["edges"]]


async def test_a_blank_or_taken_code_is_named(client):
    await make_department(code="HR")
    token = await hr()
    blank = await gql(client, DEPT_CREATE, {"input": {"code": " ", "name": ""}}, token=token)
    assert {(e["field"], e["code"]) for e in blank["data"]["departmentCreate"]["errors"]} == {("code", "REQUIRED"), ("name", "REQUIRED")}
    taken = await gql(client, DEPT_CREATE, {"input": {"code": "HR", "name": "Again"}}, token=token)
    assert taken["data"]["departmentCreate"]["errors"][0]["code"] == "DUPLICATE"
    assert await Department.all().count() == 1


async def test_a_department_cannot_move_under_its_own_child(client):
    top = await make_department(code="TOP")
    child = await make_department(code="CHILD", parent_id=top.id)
    result = await gql(client, DEPT_UPDATE, {"input": {"id": to_global_id("Department", top.id),
                                                       "parentId": to_global_id("Department", child.id)}}, token=await hr())
    assert result["data"]["departmentUpdate"]["errors"][0]["field"] == "parentId"
    assert (await Department.get(id=top.id)).parent_id is None


async def test_a_team_gets_a_lead_who_must_be_a_current_employee(client):
    department = await make_department(code="ECOM")
    lead = await make_employee(name="组长")
    gone = await make_employee(status="left")
    token = await hr()
    made = await gql(client, TEAM_CREATE, {"input": {"name": "服饰组", "departmentId": to_global_id("Department", department.id),
                                                     "leadId": to_global_id("Employee", lead.id)}}, token=token)
    assert made["data"]["teamCreate"]["team"] == {"name": "服饰组", "lead": {"name": "组长"}, "department": {"code": "ECOM"}, "headcount": 0}
    refused = await gql(client, TEAM_CREATE, {"input": {"name": "食品组", "departmentId": to_global_id("Department", department.id),
                                                        "leadId": to_global_id("Employee", gone.id)}}, token=token)
    assert refused["data"]["teamCreate"]["errors"][0]["field"] == "leadId"
    assert await Team.filter(name="食品组").count() == 0


async def test_teams_filter_by_department(client):
    a, b = await make_department(), await make_department()
    await make_team(a, name="A1")
    await make_team(b, name="B1")
    result = await gql(client, "query($d: ID) { teams(first: 10, filter: {departmentId: $d}) { edges { node { name } } } }",
                       {"d": to_global_id("Department", a.id)}, token=await hr())
    assert [e["node"]["name"] for e in result["data"]["teams"]["edges"]] == ["A1"]
