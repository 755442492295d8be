"""trafficIngest: per-item validation, idempotent re-sends, corrections, partner scope."""

from datetime import datetime, timedelta, timezone
from decimal import Decimal

from backend.graph.base import to_global_id
from backend.models.traffic import MetricSample, Platform, PlatformAccount
from tests.factories import error_codes, gql, make_employee, make_partner, make_user, partner_token, token_for

INGEST = """mutation($samples: [TrafficSampleInput!]!) { trafficIngest(input: {samples: $samples}) {
  accepted rejected { index field code message } } }"""
MINUTE = datetime(2026, 11, 1, 12, 0, tzinfo=timezone.utc)


def sample(account: PlatformAccount, minute: int = 0, **overrides) -> dict:
    values = {"accountId": to_global_id("PlatformAccount", account.id), "at": (MINUTE + timedelta(minutes=minute)).isoformat(),
              "onlineViewers": 1200, "followers": 50_000, "giftRevenue": "830.50", "gmv": "12000.00", "orders": 31,
              "interactions": 900}
    values.update(overrides)
    return values


async def _world():
    host, other_host = await make_employee(employee_no="H1"), await make_employee(employee_no="H2")
    partner = await make_partner([host], scopes=("employees:read", "traffic:write", "traffic:read"))
    linked = await PlatformAccount.create(host=host, platform=Platform.DOUYIN, handle="@mei", external_id="dy-1",
                                          partner_client=partner)
    unlinked = await PlatformAccount.create(host=other_host, platform=Platform.KUAISHOU, handle="@li", external_id="ks-2")
    return partner_token(partner, "employees:read traffic:write traffic:read"), linked, unlinked


async def test_re_sending_a_sample_changes_nothing(client):
    token, linked, _ = await _world()
    batch = [sample(linked, 0), sample(linked, 1)]
    first = (await gql(client, INGEST, {"samples": batch}, token=token))["data"]["trafficIngest"]
    again = (await gql(client, INGEST, {"samples": batch}, token=token))["data"]["trafficIngest"]
    assert first == again == {"accepted": 2, "rejected": []}
    assert await MetricSample.all().count() == 2


async def test_a_corrected_value_replaces_the_stored_one(client):
    token, linked, _ = await _world()
    await gql(client, INGEST, {"samples": [sample(linked, 0, gmv="12000.00")]}, token=token)
    await gql(client, INGEST, {"samples": [sample(linked, 0, gmv="12500.75", orders=33)]}, token=token)
    stored = await MetricSample.get(account_id=linked.id)
    assert stored.gmv == Decimal("12500.75") and stored.orders == 33 and await MetricSample.all().count() == 1


async def test_one_call_with_new_minutes_a_correction_and_a_re_send_stores_each_right(client):
    token, linked, _ = await _world()
    await gql(client, INGEST, {"samples": [sample(linked, 0), sample(linked, 1)]}, token=token)
    result = await gql(client, INGEST, {"samples": [sample(linked, 1, gmv="13000.00"), sample(linked, 2, gmv="14000.00"),
                                                    sample(linked, 0)]}, token=token)
    assert result["data"]["trafficIngest"] == {"accepted": 3, "rejected": []}
    stored = {m.at.minute: m.gmv for m in await MetricSample.all()}
    assert stored == {0: Decimal("12000.00"), 1: Decimal("13000.00"), 2: Decimal("14000.00")}


async def test_bad_items_are_named_by_index_and_field_and_valid_ones_kept(client):
    token, linked, _ = await _world()
    future = (datetime.now(timezone.utc) + timedelta(hours=1)).isoformat()
    result = (await gql(client, INGEST, {"samples": [
        sample(linked, 0), sample(linked, 1, onlineViewers=-5), sample(linked, 2, at=future),
        sample(linked, 3, giftRevenue="1.001"), {**sample(linked, 4), "accountId": "garbage"}, sample(linked, 5)]},
        token=token))["data"]["trafficIngest"]
    assert result["accepted"] == 2
    assert [(r["index"], r["field"], r["code"]) for r in result["rejected"]] == [
        (1, "onlineViewers", "INVALID"), (2, "at", "INVALID"), (3, "giftRevenue", "INVALID"), (4, "accountId", "NOT_FOUND")]
    assert sorted(m.at.minute for m in await MetricSample.all()) == [0, 5]


async def test_values_at_the_edges_get_the_same_verdict_as_everyday_ones(client):
    token, linked, _ = await _world()
    beijing = timezone(timedelta(hours=8))
    result = (await gql(client, INGEST, {"samples": [
        sample(linked, 0, giftRevenue="1.500"),  # two decimals, written with three
        sample(linked, 1, at=(MINUTE + timedelta(minutes=1, seconds=42)).astimezone(beijing).isoformat()),
        sample(linked, 2, gmv="NaN"), sample(linked, 3, gmv="1000000000.01"),
        sample(linked, 4, orders=-1, giftRevenue="-1.00")]}, token=token))["data"]["trafficIngest"]
    assert result["accepted"] == 2
    assert [(r["index"], r["field"]) for r in result["rejected"]] == [
        (2, "gmv"), (3, "gmv"), (4, "orders"), (4, "giftRevenue")]
    stored = {m.at: m for m in await MetricSample.all()}
    assert sorted(stored) == [MINUTE, MINUTE + timedelta(minutes=1)]  # the Beijing stamp is minute 1 in UTC
    assert stored[MINUTE].gift_revenue == Decimal("1.50")


async def test_a_partner_cannot_write_to_an_account_not_linked_to_it_and_nothing_is_written(client):
    token, _, unlinked = await _world()
    result = (await gql(client, INGEST, {"samples": [sample(unlinked, 0)]}, token=token))["data"]["trafficIngest"]
    assert result == {"accepted": 0, "rejected": [{"index": 0, "field": "accountId", "code": "NOT_FOUND",
                                                   "message": "No platform account with this id that you may write to."}]}
    assert await MetricSample.all().count() == 0


async def test_a_partner_lists_only_its_accounts_and_roles_without_traffic_write_are_refused(client):
    token, linked, _ = await _world()
    listed = await gql(client, "{ platformAccounts(first: 10) { edges { node { handle platform host { employeeNo } } } } }", token=token)
    assert [e["node"] for e in listed["data"]["platformAccounts"]["edges"]] == [
        {"handle": "@mei", "platform": "DOUYIN", "host": {"employeeNo": "H1"}}]
    lead = token_for(await make_user("team_lead"))
    assert error_codes(await gql(client, INGEST, {"samples": [sample(linked)]}, token=lead)) == ["FORBIDDEN"]
    assert await MetricSample.all().count() == 0


async def test_more_than_a_thousand_samples_in_one_call_are_refused_whole(client):
    token, linked, _ = await _world()
    result = await gql(client, INGEST, {"samples": [sample(linked, n) for n in range(1001)]}, token=token)
    assert error_codes(result) == ["BAD_USER_INPUT"] and await MetricSample.all().count() == 0


async def test_hr_registers_a_hosts_platform_account_and_a_duplicate_is_named(client):
    host = await make_employee(employee_no="H9")
    hr = token_for(await make_user("hr_manager"))
    create = """mutation($input: PlatformAccountCreateInput!) { platformAccountCreate(input: $input) {
      account { handle host { employeeNo } } errors { field code } } }"""
    variables = {"input": {"hostId": to_global_id("Employee", host.id), "platform": "TAOBAO_LIVE", "handle": "@shop",
                           "externalId": "tb-77"}}
    made = (await gql(client, create, variables, token=hr))["data"]["platformAccountCreate"]
    assert made == {"account": {"handle": "@shop", "host": {"employeeNo": "H9"}}, "errors": []}
    again = (await gql(client, create, variables, token=hr))["data"]["platformAccountCreate"]
    assert again["errors"] == [{"field": "externalId", "code": "DUPLICATE"}]


CREATE_ACCOUNT = """mutation($input: PlatformAccountCreateInput!) { platformAccountCreate(input: $input) {
  account { handle } errors { field code } } }"""


def _account_input(host, **overrides) -> dict:
    return {"input": {"hostId": to_global_id("Employee", host.id), "platform": "DOUYIN", "handle": "@host",
                      "externalId": "dy-1", **overrides}}


async def test_an_overlong_handle_or_account_id_is_named_and_nothing_is_registered(client):
    host = await make_employee()
    hr = token_for(await make_user("hr_manager"))
    result = await gql(client, CREATE_ACCOUNT, _account_input(host, handle="h" * 101, externalId="x" * 101), token=hr)
    assert result["data"]["platformAccountCreate"]["errors"] == [
        {"field": "handle", "code": "INVALID"}, {"field": "externalId", "code": "INVALID"}]
    assert await PlatformAccount.all().count() == 0


async def test_linking_an_account_to_a_partner_needs_an_account_manager_and_a_live_client(client):
    host = await make_employee()
    partner = await make_partner([host])
    link = {"partnerClientId": to_global_id("PartnerClient", partner.id)}
    hr = token_for(await make_user("hr_manager"))
    refused = await gql(client, CREATE_ACCOUNT, _account_input(host, **link), token=hr)
    assert refused["data"]["platformAccountCreate"]["errors"] == [{"field": "partnerClientId", "code": "FORBIDDEN"}]

    admin = token_for(await make_user("admin"))
    unknown = await gql(client, CREATE_ACCOUNT, _account_input(host, partnerClientId=to_global_id("PartnerClient", 999_999)),
                        token=admin)
    assert unknown["data"]["platformAccountCreate"]["errors"] == [{"field": "partnerClientId", "code": "NOT_FOUND"}]
    partner.is_active = False
    await partner.save()
    revoked = await gql(client, CREATE_ACCOUNT, _account_input(host, **link), token=admin)
    assert revoked["data"]["platformAccountCreate"]["errors"] == [{"field": "partnerClientId", "code": "INVALID"}]
    assert await PlatformAccount.all().count() == 0

    partner.is_active = True
    await partner.save()
    linked = await gql(client, CREATE_ACCOUNT, _account_input(host, **link), token=admin)
    assert linked["data"]["platformAccountCreate"] == {"account": {"handle": "@host"}, "errors": []}
    assert (await PlatformAccount.get()).partner_client_id == partner.id
