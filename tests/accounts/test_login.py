from datetime import datetime, timedelta, timezone

import jwt

from backend.models.accounts import RefreshToken
from backend.settings import get_settings
from tests.factories import PASSWORD, error_codes, gql, make_user

LOGIN = """mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken refreshToken expiresIn errors { field code message } }
}"""
VIEWER = "{ viewer { email roles permissions } }"


async def login(client, email, password=PASSWORD) -> dict:
    return (await gql(client, LOGIN, {"email": email, "password": password}))["data"]["login"]


async def test_a_user_signs_in_and_the_token_says_who_they_are(client):
    await make_user("hr_manager", email="hr@example.cn")
    tokens = await login(client, "HR@example.cn ")
    assert tokens["errors"] == [] and tokens["expiresIn"] == 15 * 60
    viewer = (await gql(client, VIEWER, token=tokens["accessToken"]))["data"]["viewer"]
    assert viewer["email"] == "hr@example.cn" and viewer["roles"] == ["hr_manager"]
    assert "employees.read_pii" in viewer["permissions"]


async def test_a_wrong_password_is_an_error_in_the_payload_and_issues_nothing(client):
    await make_user("employee", email="e@example.cn")
    result = await login(client, "e@example.cn", "wrong-password")
    assert result["accessToken"] is None
    assert result["errors"] == [{"field": "password", "code": "INVALID_CREDENTIALS", "message": "The e-mail or password is wrong."}]
    assert await RefreshToken.all().count() == 0


async def test_an_unknown_email_gets_the_same_answer_as_a_wrong_password(client):
    result = await login(client, "nobody@example.cn", "whatever-password")
    assert [e["code"] for e in result["errors"]] == ["INVALID_CREDENTIALS"]


async def test_repeated_failures_lock_the_account_with_growing_waits_even_for_the_right_password(client):
    await make_user("employee", email="e@example.cn")
    for _ in range(5):
        await login(client, "e@example.cn", "wrong-password")
    locked = await login(client, "e@example.cn")
    assert locked["accessToken"] is None and locked["errors"][0]["code"] == "RATE_LIMITED"
    assert "try again in" in locked["errors"][0]["message"]


async def test_an_expired_access_token_is_refused_as_unauthenticated(client):
    user = await make_user("employee")
    past = datetime.now(timezone.utc) - timedelta(hours=1)
    token = jwt.encode({"iss": "hrgraph", "sub": f"user:{user.id}", "typ": "access", "iat": past,
                        "exp": past + timedelta(minutes=15)}, get_settings().secret_key, algorithm="HS256")
    result = await gql(client, "{ employees(first: 1) { totalCount } }", token=token)
    assert error_codes(result) == ["UNAUTHENTICATED"]
    assert "expired" in result["errors"][0]["message"]


async def test_a_token_signed_with_another_key_is_refused(client):
    user = await make_user("admin")
    forged = jwt.encode({"iss": "hrgraph", "sub": f"user:{user.id}", "typ": "access",
                         "iat": datetime.now(timezone.utc), "exp": datetime.now(timezone.utc) + timedelta(minutes=5)},
                        "another-key-another-key-another-key!", algorithm="HS256")
    assert error_codes(await gql(client, "{ employees(first: 1) { totalCount } }", token=forged)) == ["UNAUTHENTICATED"]


async def refresh(client, token: str):
    return await client.post("/oauth/token", data={"grant_type": "refresh_token", "refresh_token": token})


async def _age_spent_tokens(seconds: int) -> None:
    await RefreshToken.filter(used_at__isnull=False).update(used_at=datetime.now(timezone.utc) - timedelta(seconds=seconds))


async def test_a_refresh_token_rotates_and_the_spent_one_no_longer_works(client):
    await make_user("employee", email="e@example.cn")
    first = (await login(client, "e@example.cn"))["refreshToken"]
    response = await refresh(client, first)
    assert response.status_code == 200 and response.headers["cache-control"] == "no-store"
    body = response.json()
    assert body["token_type"] == "Bearer" and body["refresh_token"] != first
    assert (await gql(client, VIEWER, token=body["access_token"]))["data"]["viewer"]["email"] == "e@example.cn"
    await _age_spent_tokens(60)
    again = await refresh(client, first)
    assert again.status_code == 400 and again.json()["error"] == "invalid_grant"


async def test_reusing_a_spent_refresh_token_later_revokes_the_whole_family(client):
    await make_user("employee", email="e@example.cn")
    first = (await login(client, "e@example.cn"))["refreshToken"]
    second = (await refresh(client, first)).json()["refresh_token"]
    await _age_spent_tokens(60)
    await refresh(client, first)  # a thief replays the old token
    assert (await refresh(client, second)).json()["error"] == "invalid_grant"


async def test_the_same_refresh_within_seconds_is_a_retry_not_a_theft(client):
    await make_user("employee", email="e@example.cn")
    first = (await login(client, "e@example.cn"))["refreshToken"]
    one = (await refresh(client, first)).json()["refresh_token"]
    two = await refresh(client, first)  # the first response was lost, or another tab raced it
    assert two.status_code == 200 and two.json()["refresh_token"] not in (first, one)
    assert (await refresh(client, one)).status_code == 200


async def test_logout_revokes_the_refresh_token(client):
    await make_user("employee", email="e@example.cn")
    token = (await login(client, "e@example.cn"))["refreshToken"]
    result = await gql(client, "mutation($t: String!) { logout(refreshToken: $t) }", {"t": token})
    assert result["data"]["logout"] is True
    assert (await refresh(client, token)).status_code == 400


async def test_the_token_endpoint_names_unsupported_grants_and_wrong_encodings(client):
    assert (await client.post("/oauth/token", data={"grant_type": "password"})).json()["error"] == "unsupported_grant_type"
    assert (await client.post("/oauth/token", json={"grant_type": "refresh_token"})).json()["error"] == "invalid_request"
