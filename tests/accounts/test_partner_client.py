"""A partner system as it would really connect: OAuth2 client credentials, then the Python `gql` client."""

import httpx
import pytest
from gql import Client, GraphQLRequest, gql
from gql.transport.exceptions import TransportQueryError
from gql.transport.httpx import HTTPXAsyncTransport

HOSTS = gql("{ viewer { kind roles } employees(first: 100) { totalCount edges { node { employeeNo isHost } } } }")
PAY = gql("{ employees(first: 1) { edges { node { name baseSalary idNumber } } } }")


async def _token(base: str, **form) -> httpx.Response:
    async with httpx.AsyncClient() as http:
        return await http.post(f"{base}/oauth/token", data={"grant_type": "client_credentials", **form},
                               auth=("demo-platform", "demo-platform-secret"))


async def test_a_partner_gets_a_token_and_reads_only_its_linked_hosts(live_server):
    response = await _token(live_server.base, scope="employees:read")
    assert response.status_code == 200 and response.json()["scope"] == "employees:read"
    transport = HTTPXAsyncTransport(url=f"{live_server.base}/graphql",
                                    headers={"Authorization": f"Bearer {response.json()['access_token']}"})
    async with Client(transport=transport) as session:
        result = await session.execute(HOSTS)
    assert result["viewer"] == {"kind": "client", "roles": ["partner"]}
    nodes = [e["node"] for e in result["employees"]["edges"]]
    assert 0 < len(nodes) == result["employees"]["totalCount"] < 60
    assert all(n["isHost"] for n in nodes)


async def test_a_partner_asking_for_pay_or_id_numbers_is_refused_those_fields(live_server):
    token = (await _token(live_server.base)).json()["access_token"]
    transport = HTTPXAsyncTransport(url=f"{live_server.base}/graphql", headers={"Authorization": f"Bearer {token}"})
    async with Client(transport=transport) as session:
        with pytest.raises(TransportQueryError) as refused:
            await session.execute(PAY)
    codes = {e["extensions"]["code"] for e in refused.value.errors}
    assert codes == {"FORBIDDEN"} and refused.value.data["employees"]["edges"][0]["node"]["baseSalary"] is None


async def test_a_wrong_secret_or_a_scope_not_granted_gets_the_rfc_6749_error(live_server):
    async with httpx.AsyncClient() as http:
        wrong = await http.post(f"{live_server.base}/oauth/token", data={"grant_type": "client_credentials"},
                                auth=("demo-platform", "not-the-secret"))
    assert wrong.status_code == 401 and wrong.json()["error"] == "invalid_client"
    scope = await _token(live_server.base, scope="payroll:read")
    assert scope.status_code == 400 and scope.json()["error"] == "invalid_scope"


PUSH = """mutation($samples: [TrafficSampleInput!]!) { trafficIngest(input: {samples: $samples}) {
  accepted rejected { index field code } } }"""
ACCOUNTS = gql("{ platformAccounts(first: 100) { edges { node { id host { isHost } } } } }")


async def test_a_partner_pushes_live_numbers_for_its_own_accounts_only(live_server):
    token = (await _token(live_server.base, scope="traffic:read traffic:write")).json()["access_token"]
    transport = HTTPXAsyncTransport(url=f"{live_server.base}/graphql", headers={"Authorization": f"Bearer {token}"})
    async with Client(transport=transport) as session:
        accounts = [e["node"] for e in (await session.execute(ACCOUNTS))["platformAccounts"]["edges"]]
        assert accounts and all(a["host"] is None for a in accounts)  # no employees:read scope asked: hosts hidden
        minute = "2026-11-01T12:00:00+08:00"
        mine = {"accountId": accounts[0]["id"], "at": minute, "onlineViewers": 900, "followers": 12000,
                "giftRevenue": "120.00", "gmv": "0.00", "orders": 0, "interactions": 300}
        foreign = {**mine, "accountId": "UGxhdGZvcm1BY2NvdW50Ojk5OTk5"}  # PlatformAccount:99999
        result = await session.execute(GraphQLRequest(PUSH, variable_values={"samples": [mine, foreign]}))
    assert result["trafficIngest"] == {"accepted": 1, "rejected": [{"index": 1, "field": "accountId", "code": "NOT_FOUND"}]}
