"""Console accounts: an admin changes roles, disables and re-enables, resets a password; a
leaver's account closes on their last day; nobody can lock the company out of account admin."""

from datetime import date, timedelta

from backend.company_time import company_today
from backend.graph.base import to_global_id
from backend.models.accounts import RefreshToken, User
from backend.models.employees import Employee, EmployeeStatus
from backend.resolvers.employees import settle_exits
from tests.factories import PASSWORD, error_codes, gql, make_employee, make_user, token_for
from tests.roles import build_world

UPDATE = """mutation($input: UserUpdateInput!) { userUpdate(input: $input) {
  user { email isActive roles employee { employeeNo } } errors { field code message } } }"""
LOGIN = """mutation($email: String!, $password: String!) { login(email: $email, password: $password) {
  accessToken refreshToken errors { code } } }"""
TERMINATE = """mutation($input: EmployeeTerminateInput!) { employeeTerminate(input: $input) { errors { field message } } }"""
ME = "{ viewer { email } }"


async def _user(role: str = "recruiter", employee=None) -> tuple[User, str]:
    user = await make_user(role, employee)
    return user, to_global_id("User", user.id)


async def _login(client, email: str, password: str = PASSWORD) -> dict:
    return (await gql(client, LOGIN, {"email": email, "password": password}))["data"]["login"]


async def test_an_admin_changes_roles_and_links_an_employee(client):
    world = await build_world()
    user, uid = await _user()
    result = await gql(client, UPDATE, {"input": {"id": uid, "roles": ["team_lead", "recruiter"],
                                                  "employeeId": to_global_id("Employee", world.lead.id)}},
                       token=world.tokens["admin"])
    assert result["data"]["userUpdate"] == {"user": {"email": user.email, "isActive": True, "roles": ["recruiter", "team_lead"],
                                                     "employee": {"employeeNo": "L"}}, "errors": []}
    unknown = await gql(client, UPDATE, {"input": {"id": uid, "roles": ["captain"]}}, token=world.tokens["admin"])
    assert [(e["field"], e["code"]) for e in unknown["data"]["userUpdate"]["errors"]] == [("roles", "INVALID")]
    assert sorted(r.name for r in await (await User.get(id=user.id)).roles) == ["recruiter", "team_lead"]


async def test_disabling_ends_every_session_and_enabling_lets_them_sign_in_again(client):
    world = await build_world()
    user, uid = await _user()
    signed_in = await _login(client, user.email)
    assert signed_in["accessToken"]

    result = await gql(client, UPDATE, {"input": {"id": uid, "isActive": False}}, token=world.tokens["admin"])
    assert result["data"]["userUpdate"]["user"]["isActive"] is False
    assert error_codes(await gql(client, ME, token=signed_in["accessToken"])) == ["UNAUTHENTICATED"]
    assert await RefreshToken.filter(user_id=user.id, revoked_at__isnull=True).count() == 0
    assert (await _login(client, user.email))["accessToken"] is None

    await gql(client, UPDATE, {"input": {"id": uid, "isActive": True, "password": "a brand new secret"}},
              token=world.tokens["admin"])
    assert (await _login(client, user.email, "a brand new secret"))["accessToken"]


async def test_no_one_disables_themself_or_leaves_nobody_to_manage_accounts(client):
    admin = await make_user("admin")
    token = token_for(admin)
    own = await gql(client, UPDATE, {"input": {"id": to_global_id("User", admin.id), "isActive": False}}, token=token)
    assert [(e["field"], e["code"]) for e in own["data"]["userUpdate"]["errors"]] == [("isActive", "INVALID")]
    demoted = await gql(client, UPDATE, {"input": {"id": to_global_id("User", admin.id), "roles": ["recruiter"]}}, token=token)
    assert [(e["field"], e["code"]) for e in demoted["data"]["userUpdate"]["errors"]] == [("roles", "INVALID")]
    assert [r.name for r in await (await User.get(id=admin.id)).roles] == ["admin"] and (await User.get(id=admin.id)).is_active


async def test_only_account_managers_may_change_users_and_a_refusal_changes_nothing(client):
    world = await build_world()
    user, uid = await _user()
    for role in ("hr_manager", "finance", "recruiter", "team_lead", "employee", "partner"):
        result = await gql(client, UPDATE, {"input": {"id": uid, "isActive": False, "roles": ["admin"]}}, token=world.tokens[role])
        assert error_codes(result) == ["FORBIDDEN"], role
    fresh = await User.get(id=user.id)
    assert fresh.is_active and [r.name for r in await fresh.roles] == ["recruiter"]


async def test_a_leavers_account_closes_on_their_last_day_not_before(client):
    world = await build_world()
    today = company_today()
    leaving_now, leaving_later = await make_employee(None, employee_no="X1"), await make_employee(None, employee_no="X2")
    now_user, later_user = await make_user("recruiter", leaving_now), await make_user("recruiter", leaving_later)
    for employee, last_day in ((leaving_now, today), (leaving_later, today + timedelta(days=14))):
        result = await gql(client, TERMINATE, {"input": {"id": to_global_id("Employee", employee.id), "leftOn": last_day.isoformat(),
                                                         "reasonCategory": "PERSONAL", "voluntary": True}},
                           token=world.tokens["hr_manager"])
        assert result["data"]["employeeTerminate"]["errors"] == []
    assert not (await User.get(id=now_user.id)).is_active and (await User.get(id=later_user.id)).is_active
    assert (await Employee.get(id=leaving_later.id)).status == EmployeeStatus.LEAVING

    assert await settle_exits(today + timedelta(days=13)) == {"left": 0}
    assert await settle_exits(today + timedelta(days=14)) == {"left": 1}
    assert (await Employee.get(id=leaving_later.id)).status == EmployeeStatus.LEFT
    assert not (await User.get(id=later_user.id)).is_active
    assert await settle_exits(date.max - timedelta(days=1)) == {"left": 0}  # nothing left to settle


async def test_the_user_list_pages_by_email_and_finds_part_of_one(client):
    world = await build_world()
    query = """query($after: String, $search: String) { users(first: 3, after: $after, search: $search) { totalCount
      edges { node { email employee { employeeNo } } } pageInfo { hasNextPage endCursor } } }"""
    first = (await gql(client, query, token=world.tokens["admin"]))["data"]["users"]
    second = (await gql(client, query, {"after": first["pageInfo"]["endCursor"]}, token=world.tokens["admin"]))["data"]["users"]
    emails = [e["node"]["email"] for e in first["edges"] + second["edges"]]
    assert first["totalCount"] == 6 and first["pageInfo"]["hasNextPage"] and emails == sorted(emails) and len(set(emails)) == 6
    found = (await gql(client, query, {"search": " TEAM_LEAD "}, token=world.tokens["admin"]))["data"]["users"]
    assert [e["node"]["employee"]["employeeNo"] for e in found["edges"]] == ["L"]
