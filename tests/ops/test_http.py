"""The HTTP surface: GraphQL over GET and POST, health, readiness, metrics, console and GraphiQL."""

from pathlib import Path

from backend.settings import get_settings
from tests.factories import make_user, token_for


async def test_a_query_may_come_by_get_but_a_mutation_may_not(client):
    got = await client.get("/graphql", params={"query": "{ viewer { email } }"})
    assert got.status_code == 200 and got.json()["data"] == {"viewer": None}
    refused = await client.get("/graphql", params={"query": 'mutation { logout(refreshToken: "x") }'})
    assert refused.status_code == 405


async def test_the_graphql_response_media_type_is_honoured(client):
    response = await client.post("/graphql", json={"query": "{ __typename }"},
                                 headers={"accept": "application/graphql-response+json"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/graphql-response+json")


async def test_health_and_readiness(client):
    assert (await client.get("/healthz")).json() == {"status": "ok"}
    ready = await client.get("/readyz")
    assert ready.status_code == 200 and ready.json() == {"status": "ok"}, ready.text


async def test_metrics_count_operations_by_name(client):
    token = token_for(await make_user("recruiter"))
    await client.post("/graphql", json={"query": "query EmployeeList { employees(first: 1) { totalCount } }",
                                        "operationName": "EmployeeList"}, headers={"authorization": f"Bearer {token}"})
    text = (await client.get("/metrics")).text
    assert 'hrgraph_graphql_operations_total{operation="EmployeeList",outcome="ok",type="query"}' in text
    assert 'hrgraph_http_requests_total{method="POST",route="/graphql",status="200"}' in text
    assert "hrgraph_graphql_operation_seconds_bucket" in text


async def test_the_console_is_served_with_history_fallback_and_graphiql_from_its_own_page(client):
    dist = Path(get_settings().frontend_dist)
    (dist / "assets").mkdir(parents=True, exist_ok=True)
    (dist / "index.html").write_text("<html>console</html>")
    (dist / "graphiql.html").write_text("<html>graphiql</html>")
    (dist / "favicon.svg").write_text("<svg/>")
    assert (await client.get("/")).text == "<html>console</html>"
    assert (await client.get("/employees/RW1wbG95ZWU6MQ==")).text == "<html>console</html>"
    assert (await client.get("/favicon.svg")).text == "<svg/>"
    assert (await client.get("/../pyproject.toml")).text == "<html>console</html>"
    assert (await client.get("/graphiql")).text == "<html>graphiql</html>"


async def test_a_request_that_cannot_run_gets_a_graphql_error_body(client):
    unknown = await client.post("/graphql", json={"query": "query A { __typename }", "operationName": "B"})
    assert unknown.status_code == 400 and unknown.headers["content-type"].startswith("application/json")
    assert unknown.json()["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    broken = await client.post("/graphql", content=b"{not json", headers={"content-type": "application/json"})
    assert broken.status_code == 400 and "errors" in broken.json()
