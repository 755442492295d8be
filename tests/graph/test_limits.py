"""Abusive queries are refused before anything runs, with the right extensions.code."""

import dataclasses

import httpx
import pytest
from httpx import ASGITransport

from backend.app import create_app
from backend.settings import get_settings
from tests.factories import error_codes, gql, make_user, token_for


@pytest.fixture
async def hr(client):
    return token_for(await make_user("hr_manager"))


async def test_every_response_reports_its_static_cost(client, hr):
    result = await gql(client, "{ employees(first: 10) { edges { node { name team { name } } } } }", token=hr)
    # employees 1 + 10 x (edges 1 + node 1 + name 1 + team 1 + team.name 1)
    assert result["extensions"]["cost"] == {"requested": 51, "limit": get_settings().max_query_cost}


async def test_a_query_nested_too_deep_is_too_complex(client, hr):
    deep = "{ employees(first: 1) { edges { node { " + "manager { " * 12 + "name" + " }" * 12 + " } } } }"
    result = await gql(client, deep, token=hr)
    assert error_codes(result) == ["QUERY_TOO_COMPLEX"] and "levels deep" in result["errors"][0]["message"]
    assert "data" not in result or result["data"] is None


async def test_too_many_aliases_are_too_complex(client, hr):
    aliased = "{ " + " ".join(f"a{i}: viewer {{ email }}" for i in range(31)) + " }"
    assert error_codes(await gql(client, aliased, token=hr)) == ["QUERY_TOO_COMPLEX"]


async def test_nested_pages_that_multiply_past_the_budget_are_too_complex(client, hr):
    query = "{ employees(first: 100) { edges { node { history { team { department { name } } } manager { history { kind } } } } } }"
    heavy = "{ " + " ".join(f"p{i}: employees(first: 100) {{ edges {{ node {{ history {{ team {{ name }} }} }} }} }}" for i in range(9)) + " }"
    assert error_codes(await gql(client, query, token=hr)) == []
    result = await gql(client, heavy, token=hr)
    assert error_codes(result) == ["QUERY_TOO_COMPLEX"] and "could cost" in result["errors"][0]["message"]


async def test_a_page_size_given_as_a_variable_counts_at_the_cap(client, hr):
    result = await gql(client, "query($n: Int) { employees(first: $n) { edges { node { name } } } }", {"n": 1}, token=hr)
    assert result["extensions"]["cost"]["requested"] == 1 + 100 * 3


async def test_a_document_with_too_many_tokens_is_too_complex(client, hr):
    huge = "{ viewer { " + "email " * 6000 + "} }"
    assert error_codes(await gql(client, huge, token=hr)) == ["QUERY_TOO_COMPLEX"]


async def test_a_body_over_the_limit_is_refused_with_413(client):
    response = await client.post("/graphql", content=b'{"query": "' + b" " * 1_100_000 + b'{ viewer { email } }"}',
                                 headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert response.json()["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_syntax_and_validation_errors_are_bad_user_input(client, hr):
    assert error_codes(await gql(client, "{ employees(first: 1) {", token=hr)) == ["BAD_USER_INPUT"]
    assert error_codes(await gql(client, "{ employees(first: 1) { salary } }", token=hr)) == ["BAD_USER_INPUT"]


@pytest.fixture
async def production_client(database_url):
    settings = dataclasses.replace(get_settings(), env="production")
    app = create_app(settings, manage_database=False)
    async with httpx.AsyncClient(transport=ASGITransport(app=app), base_url="http://testserver") as http:
        yield http


async def test_development_suggests_field_names_but_production_does_not(client, production_client, hr):
    typo = "{ employees(first: 1) { edges { node { nam } } } }"
    assert "Did you mean" in (await gql(client, typo, token=hr))["errors"][0]["message"]
    assert "Did you mean" not in (await gql(production_client, typo, token=hr))["errors"][0]["message"]


async def test_production_refuses_anonymous_introspection_but_not_a_signed_in_caller(production_client, hr):
    query = "{ __schema { queryType { name } } }"
    assert set(error_codes(await gql(production_client, query))) == {"BAD_USER_INPUT"}
    assert (await gql(production_client, query, token=hr))["data"]["__schema"]["queryType"]["name"] == "Query"


async def test_the_full_introspection_query_answers_without_an_error():
    """What GraphiQL and codegen ask for: every default value must be printable (a JSON {} was not)."""
    from graphql import get_introspection_query

    from backend.graph.schema import build_schema

    result = await build_schema().execute(get_introspection_query(descriptions=True, input_value_deprecation=True))
    assert result.errors is None and len(result.data["__schema"]["types"]) > 100


async def test_a_repeated_document_is_parsed_once_and_a_broken_one_still_reports_where(client, hr):
    from backend.graph.extensions import _parse

    query = "{ employees(first: 2) { edges { node { name } } } } # parsed once"
    await gql(client, query, token=hr)
    hits = _parse.cache_info().hits
    again = await gql(client, query, token=hr)
    assert _parse.cache_info().hits == hits + 1 and "errors" not in again and again["data"]["employees"] is not None
    broken = await gql(client, "{ employees(first: 2) { edges { node { name } }", token=hr)
    assert broken["errors"][0]["message"].startswith("Syntax Error") and broken["errors"][0]["locations"]
