
from backend.graph.base import to_global_id
from backend.models.audit import AuditEvent
from tests.factories import error_codes, gql, gql_counting_sql, make_department, make_employee, make_team, make_user, token_for

PAGE = """query($first: Int, $after: String, $filter: EmployeeFilter, $orderBy: EmployeeOrder) {
  employees(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { employeeNo name } } } }"""
NESTED = """{ employees(first: 100) { edges { node {
  employeeNo department { name headcount } team { name lead { name } department { name } } position { title }
  manager { name team { name } } history { kind team { name } } } } } }"""


async def test_pages_follow_each_other_without_gaps_or_repeats(client):
    for n in range(5):
        await make_employee(employee_no=f"P{n}")
    token = token_for(await make_user("recruiter"))
    seen, after = [], None
    while True:
        data = (await gql(client, PAGE, {"first": 2, "after": after}, token=token))["data"]["employees"]
        seen += [e["node"]["employeeNo"] for e in data["edges"]]
        assert data["totalCount"] == 5
        if not data["pageInfo"]["hasNextPage"]:
            break
        after = data["pageInfo"]["endCursor"]
    assert seen == ["P0", "P1", "P2", "P3", "P4"]


async def test_search_filters_and_order_combine(client):
    department = await make_department()
    team = await make_team(department)
    await make_employee(team, name="王小美", employee_no="A1")
    await make_employee(team, name="王大力", employee_no="A2", is_host=False)
    await make_employee(None, name="王五", employee_no="A3")
    token = token_for(await make_user("hr_manager"))
    result = await gql(client, PAGE, {"first": 10, "filter": {"search": "王", "teamId": to_global_id("Team", team.id)},
                                      "orderBy": {"field": "EMPLOYEE_NO", "direction": "DESC"}}, token=token)
    assert [e["node"]["employeeNo"] for e in result["data"]["employees"]["edges"]] == ["A2", "A1"]
    hosts = await gql(client, PAGE, {"first": 10, "filter": {"search": "a1", "isHost": True}}, token=token)
    assert [e["node"]["employeeNo"] for e in hosts["data"]["employees"]["edges"]] == ["A1"]


async def test_first_above_the_cap_and_a_forged_cursor_are_bad_input(client):
    token = token_for(await make_user("hr_manager"))
    assert error_codes(await gql(client, PAGE, {"first": 101}, token=token)) == ["BAD_USER_INPUT"]
    assert error_codes(await gql(client, PAGE, {"first": 1, "after": "forged"}, token=token)) == ["BAD_USER_INPUT"]


async def test_node_refetches_an_employee_and_rejects_ids_we_did_not_issue(client):
    employee = await make_employee(name="赵六")
    token = token_for(await make_user("hr_manager"))
    query = "query($id: ID!) { node(id: $id) { id ... on Employee { name } } }"
    result = await gql(client, query, {"id": to_global_id("Employee", employee.id)}, token=token)
    assert result["data"]["node"]["name"] == "赵六"
    assert error_codes(await gql(client, query, {"id": "garbage"}, token=token)) == ["NOT_FOUND"]


async def test_reading_id_numbers_and_pay_is_audited_once_per_employee_per_request(client):
    employees = [await make_employee() for _ in range(3)]
    user = await make_user("hr_manager", email="hr@example.cn")
    await gql(client, "{ employees(first: 10) { edges { node { idNumber birthDate baseSalary } } } }", token=token_for(user))
    pii = await AuditEvent.filter(action="employee.read_pii").order_by("employee_id")
    pay = await AuditEvent.filter(action="employee.read_pay")
    assert [a.employee_id for a in pii] == [e.id for e in employees]
    assert pii[0].fields_ == ["birthDate", "idNumber"] and pii[0].actor_label == "hr@example.cn"
    assert len(pay) == 3 and pay[0].fields_ == ["baseSalary"]


async def test_admins_query_the_audit_trail(client):
    employee = await make_employee()
    await gql(client, "{ employees(first: 5) { edges { node { idNumber } } } }", token=token_for(await make_user("hr_manager", email="hr@example.cn")))
    admin = token_for(await make_user("admin"))
    result = await gql(client, """query($f: AuditEventFilter) { auditEvents(first: 5, filter: $f) {
        totalCount edges { node { action actorLabel fields employeeId } } } }""",
                       {"f": {"employeeId": to_global_id("Employee", employee.id)}}, token=admin)
    node = result["data"]["auditEvents"]["edges"][0]["node"]
    assert node == {"action": "employee.read_pii", "actorLabel": "hr@example.cn", "fields": ["idNumber"],
                    "employeeId": to_global_id("Employee", employee.id)}


async def _statements_for_nested_page(client, token) -> int:
    result, statements = await gql_counting_sql(client, NESTED, token=token)
    assert "errors" not in result, result["errors"]
    return statements


async def _grow_to(n: int, teams) -> None:
    from backend.models.employees import Employee

    existing = await Employee.all().count()
    for i in range(existing, n):
        await make_employee(teams[i % len(teams)], manager_id=None)


async def test_the_sql_statement_count_of_a_nested_page_does_not_grow_with_its_rows(client):
    teams = [await make_team() for _ in range(4)]
    for team in teams:
        team.lead_id = (await make_employee(team)).id
        await team.save()
    token = token_for(await make_user("hr_manager"))
    await _grow_to(10, teams)
    small = await _statements_for_nested_page(client, token)
    await _grow_to(100, teams)
    large = await _statements_for_nested_page(client, token)
    assert large == small
    assert small <= 12
