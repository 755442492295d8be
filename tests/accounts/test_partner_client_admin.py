"""Admins register partner clients; the secret is shown once; rotation, revocation, scope and rate limits."""

from backend.graph.base import to_global_id
from backend.models.accounts import PartnerClient
from backend.models.audit import AuditEvent
from tests.factories import error_codes, gql, make_employee, make_partner, make_team, make_user, partner_token, token_for

CREATE = """mutation($input: PartnerClientCreateInput!) { partnerClientCreate(input: $input) {
  client { id clientId scopes isActive linkedTeamIds } clientSecret errors { field code message } } }"""
ROTATE = """mutation($id: ID!) { partnerClientRotateSecret(input: {id: $id}) { clientSecret errors { code } } }"""
REVOKE = """mutation($id: ID!) { partnerClientRevoke(input: {id: $id}) { client { isActive revokedAt } errors { code } } }"""
HOSTS = "{ employees(first: 50) { edges { node { employeeNo } } } }"


async def _token(client, client_id: str, secret: str):
    return await client.post("/oauth/token", data={"grant_type": "client_credentials", "client_id": client_id,
                                                   "client_secret": secret, "scope": "employees:read"})


async def test_an_admin_registers_a_client_linked_to_a_team_and_its_secret_works_once_shown(client):
    team = await make_team()
    member = await make_employee(team, employee_no="M1")
    await make_employee(employee_no="OUT")
    admin = token_for(await make_user("admin"))
    result = await gql(client, CREATE, {"input": {"clientId": "douyin-open", "name": "抖音开放平台",
                                                  "scopes": ["employees:read", "alerts:read"],
                                                  "teamIds": [to_global_id("Team", team.id)]}}, token=admin)
    payload = result["data"]["partnerClientCreate"]
    assert payload["errors"] == [] and len(payload["clientSecret"]) > 30
    assert payload["client"]["linkedTeamIds"] == [to_global_id("Team", team.id)]
    stored = await PartnerClient.get(client_id="douyin-open")
    assert payload["clientSecret"] not in stored.secret_hash
    listed = await gql(client, "{ partnerClients(first: 5) { edges { node { clientId } } } }", token=admin)
    assert "clientSecret" not in str(listed)
    token = (await _token(client, "douyin-open", payload["clientSecret"])).json()["access_token"]
    rows = (await gql(client, HOSTS, token=token))["data"]["employees"]["edges"]
    assert [r["node"]["employeeNo"] for r in rows] == [member.employee_no]
    assert await AuditEvent.filter(action="partner_client.create").count() == 1


async def test_bad_registrations_name_every_field(client):
    admin = token_for(await make_user("admin"))
    result = await gql(client, CREATE, {"input": {"clientId": "A B", "name": " ", "scopes": ["payroll:write"],
                                                  "hostIds": [to_global_id("Employee", 99)], "rateLimitPerMinute": 5}}, token=admin)
    errors = {e["field"]: e["code"] for e in result["data"]["partnerClientCreate"]["errors"]}
    assert errors == {"clientId": "INVALID", "name": "REQUIRED", "scopes": "INVALID", "rateLimitPerMinute": "INVALID", "hostIds": "NOT_FOUND"}
    assert await PartnerClient.all().count() == 0


async def test_rotating_the_secret_retires_the_old_one(client):
    partner = await make_partner([], secret="old-secret-value")
    admin = token_for(await make_user("admin"))
    new = (await gql(client, ROTATE, {"id": to_global_id("PartnerClient", partner.id)}, token=admin))["data"]["partnerClientRotateSecret"]["clientSecret"]
    assert (await _token(client, partner.client_id, "old-secret-value")).status_code == 401
    assert (await _token(client, partner.client_id, new)).status_code == 200


async def test_a_revoked_clients_tokens_stop_working_at_once(client):
    partner = await make_partner([await make_employee()])
    token = partner_token(partner)
    assert "errors" not in await gql(client, HOSTS, token=token)
    admin = token_for(await make_user("admin"))
    revoked = await gql(client, REVOKE, {"id": to_global_id("PartnerClient", partner.id)}, token=admin)
    assert revoked["data"]["partnerClientRevoke"]["client"]["isActive"] is False
    assert error_codes(await gql(client, HOSTS, token=token)) == ["UNAUTHENTICATED"]


async def test_only_admins_manage_partner_clients_and_a_refusal_creates_nothing(client):
    hr = token_for(await make_user("hr_manager"))
    result = await gql(client, CREATE, {"input": {"clientId": "sneaky", "name": "x", "scopes": ["employees:read"]}}, token=hr)
    assert error_codes(result) == ["FORBIDDEN"] and await PartnerClient.all().count() == 0


async def test_a_partner_over_its_budget_is_rate_limited_with_retry_after(client):
    partner = await make_partner([await make_employee()])
    partner.rate_limit_per_minute = 100
    await partner.save()
    token = partner_token(partner)
    query = "{ employees(first: 30) { edges { node { name } } } }"  # 1 + 30 x 3 = 91 points
    first = await client.post("/graphql", json={"query": query}, headers={"authorization": f"Bearer {token}"})
    assert first.status_code == 200 and first.json()["extensions"]["cost"]["requested"] == 91
    second = await client.post("/graphql", json={"query": query}, headers={"authorization": f"Bearer {token}"})
    assert second.status_code == 429 and int(second.headers["retry-after"]) >= 1
    error = second.json()["errors"][0]
    assert error["extensions"]["code"] == "RATE_LIMITED" and error["extensions"]["retryAfter"] >= 1
