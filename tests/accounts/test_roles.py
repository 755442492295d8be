from backend.models.audit import AuditEvent
from tests.factories import gql, make_employee, make_user, token_for

ROLE_UPDATE = """mutation($name: String!, $permissions: [String!]!) { roleUpdate(input: {name: $name, permissions: $permissions}) {
  role { name permissions } errors { field code message } } }"""
SALARY = "{ employees(first: 1) { edges { node { baseSalary } } } }"


async def test_an_admin_grants_a_role_a_permission_and_it_takes_effect_at_once(client):
    await make_employee()
    admin = token_for(await make_user("admin"))
    recruiter = token_for(await make_user("recruiter"))
    assert (await gql(client, SALARY, token=recruiter))["data"]["employees"]["edges"][0]["node"]["baseSalary"] is None
    result = await gql(client, ROLE_UPDATE, {"name": "recruiter", "permissions": ["employees.read", "compensation.read"]}, token=admin)
    assert result["data"]["roleUpdate"]["role"]["permissions"] == ["compensation.read", "employees.read"]
    assert (await gql(client, SALARY, token=recruiter))["data"]["employees"]["edges"][0]["node"]["baseSalary"] == "8000.00"
    assert await AuditEvent.filter(action="role.update").count() == 1


async def test_unknown_permissions_and_locking_out_admins_are_refused(client):
    admin = token_for(await make_user("admin"))
    unknown = await gql(client, ROLE_UPDATE, {"name": "recruiter", "permissions": ["employees.fly"]}, token=admin)
    assert unknown["data"]["roleUpdate"]["errors"][0] == {"field": "permissions", "code": "INVALID", "message": "Unknown permissions: employees.fly."}
    lockout = await gql(client, ROLE_UPDATE, {"name": "admin", "permissions": ["employees.read"]}, token=admin)
    assert lockout["data"]["roleUpdate"]["errors"][0]["field"] == "permissions"
    missing = await gql(client, ROLE_UPDATE, {"name": "wizard", "permissions": []}, token=admin)
    assert missing["data"]["roleUpdate"]["errors"][0]["code"] == "NOT_FOUND"


async def test_a_disabled_user_is_signed_out_at_once(client):
    user = await make_user("hr_manager")
    token = token_for(user)
    user.is_active = False
    await user.save()
    result = await gql(client, "{ employees(first: 1) { totalCount } }", token=token)
    assert result["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


USER_CREATE = """mutation($input: UserCreateInput!) { userCreate(input: $input) { user { email roles } errors { field code message } } }"""


async def test_an_admin_creates_a_user_linked_to_an_employee_and_bad_input_is_named(client):
    from backend.graph.base import to_global_id
    from backend.models.accounts import User

    employee = await make_employee()
    admin = token_for(await make_user("admin"))
    made = await gql(client, USER_CREATE, {"input": {"email": "New@Example.cn", "password": "long-enough-1", "roles": ["employee"],
                                                     "employeeId": to_global_id("Employee", employee.id)}}, token=admin)
    assert made["data"]["userCreate"] == {"user": {"email": "new@example.cn", "roles": ["employee"]}, "errors": []}
    bad = await gql(client, USER_CREATE, {"input": {"email": "new@example.cn", "password": "short", "roles": ["wizard"]}}, token=admin)
    assert {e["field"]: e["code"] for e in bad["data"]["userCreate"]["errors"]} == {
        "email": "DUPLICATE", "password": "INVALID", "roles": "INVALID"}
    assert await User.filter(email="new@example.cn").count() == 1


async def test_the_viewer_says_whose_records_it_sees(client):
    from tests.factories import gql, make_employee, make_user, token_for

    lead = token_for(await make_user("team_lead", await make_employee()))
    hr = token_for(await make_user("hr_manager"))
    ask = "{ viewer { rowScope } }"
    assert (await gql(client, ask, token=lead))["data"]["viewer"]["rowScope"] == "team"
    assert (await gql(client, ask, token=hr))["data"]["viewer"]["rowScope"] == "all"
