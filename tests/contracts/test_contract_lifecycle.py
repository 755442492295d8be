"""A contract's life through the graph: the law, overlap, versions and diff, signatures in order, tampering, renewal."""

import asyncio

from backend.models.contracts import Contract, ContractVersion, Signature
from backend.graph.base import to_global_id
from tests.contracts.helpers import AMEND, CREATE, DETAIL, RENEW, SIGN, SUBMIT, create, make_library, signed_contract, terms
from tests.factories import gql, gql_counting_sql
from tests.roles import build_world


async def test_a_probation_longer_than_the_law_allows_is_refused_and_nothing_is_written(client):
    world = await build_world()
    template = await make_library()
    # One year allows two months: 2026-01-01 .. 2026-02-28 is the longest.
    refused = await create(client, world.tokens["hr_manager"], world.h1, template, probation="2026-03-01",
                           ends_on="2026-12-31")
    assert refused["contract"] is None
    (error,) = refused["errors"]
    assert (error["field"], error["code"]) == ("probationEndsOn", "LAW") and "Article 19" in error["message"]
    assert await Contract.all().count() == 0
    ok = await create(client, world.tokens["hr_manager"], world.h1, template, probation="2026-02-28")
    assert ok["errors"] == [] and ok["contract"]["status"] == "DRAFT"


async def test_variables_are_checked_against_their_types(client):
    world = await build_world()
    template = await make_library()
    refused = await create(client, world.tokens["hr_manager"], world.h1, template, share="120", hours="4.5",
                           values=[{"name": "mystery", "value": "1"}])
    assert {(e["field"], e["code"]) for e in refused["errors"]} == {
        ("values.mystery", "INVALID"), ("values.revenue_share_percent", "INVALID"), ("values.streaming_hours_per_week", "INVALID"),
        ("revenueSharePercent", "INVALID")}


async def test_an_overlapping_labor_contract_is_refused_naming_the_one_it_overlaps(client):
    world = await build_world()
    template = await make_library()
    cid = await signed_contract(client, world.tokens, world.h1, template)
    number = (await gql(client, DETAIL, {"id": cid}, token=world.tokens["hr_manager"]))["data"]["contract"]["number"]
    clash = await create(client, world.tokens["hr_manager"], world.h1, template, starts_on="2026-06-01", ends_on="2027-05-31")
    assert clash["errors"][0]["code"] == "OVERLAP" and number in clash["errors"][0]["message"]
    after = await create(client, world.tokens["hr_manager"], world.h1, template, starts_on="2027-01-01", ends_on="2027-12-31")
    assert after["errors"] == []


async def test_signatures_go_employee_business_hr_and_the_last_one_activates(client):
    world = await build_world()
    template = await make_library()
    cid = (await create(client, world.tokens["hr_manager"], world.h1, template))["contract"]["id"]
    submitted = (await gql(client, SUBMIT, {"id": cid}, token=world.tokens["hr_manager"]))["data"]["contractSubmitForSignature"]
    assert submitted["contract"]["latestVersion"]["awaiting"] == "EMPLOYEE"
    early = (await gql(client, SIGN, {"id": cid}, token=world.tokens["hr_manager"]))["data"]["contractSign"]
    assert early["errors"][0]["code"] == "OUT_OF_ORDER" and await Signature.all().count() == 0
    await gql(client, SIGN, {"id": cid}, token=world.tokens["employee"])
    lead = (await gql(client, SIGN, {"id": cid}, token=world.tokens["team_lead"]))["data"]["contractSign"]
    assert lead["contract"]["status"] == "PENDING_SIGNATURE" and lead["contract"]["latestVersion"]["awaiting"] == "HR"
    done = (await gql(client, SIGN, {"id": cid}, token=world.tokens["hr_manager"]))["data"]["contractSign"]["contract"]
    assert done["status"] == "ACTIVE" and done["latestVersion"]["state"] == "SIGNED"
    hashes = {s["documentSha256"] for s in done["latestVersion"]["signatures"]}
    assert len(hashes) == 1 and [s["role"] for s in done["latestVersion"]["signatures"]] == ["EMPLOYEE", "BUSINESS", "HR"]
    signature = await Signature.filter(role="employee").first()
    assert signature.user_agent and signature.ip


async def test_another_teams_lead_cannot_sign_as_the_business_representative(client):
    world = await build_world()
    template = await make_library()
    cid = (await create(client, world.tokens["hr_manager"], world.h2, template))["contract"]["id"]
    await gql(client, SUBMIT, {"id": cid}, token=world.tokens["hr_manager"])
    refused = await gql(client, SIGN, {"id": cid}, token=world.tokens["team_lead"])
    assert refused["data"]["contractSign"]["contract"] is None  # h2's contract is not theirs to see
    assert await Signature.all().count() == 0


async def test_an_amendment_is_a_new_version_with_a_clause_diff_and_the_signed_one_is_kept(client):
    world = await build_world()
    template = await make_library()
    cid = await signed_contract(client, world.tokens, world.h1, template)
    amended = (await gql(client, AMEND, {"input": {"id": cid, "effectiveOn": "2026-07-01", "note": "platform policy",
                                                  "terms": terms(share="35")}}, token=world.tokens["hr_manager"]))
    assert amended["data"]["contractAmend"]["contract"]["latestVersion"] == {"version": 2, "state": "DRAFT"}
    detail = (await gql(client, DETAIL, {"id": cid}, token=world.tokens["hr_manager"]))["data"]["contract"]
    first, second = detail["versions"]
    assert first["state"] == "SIGNED" and first["payTerms"]["revenueSharePercent"] == "30.00"
    assert second["diff"] == [{"key": "revenue_share", "kind": "CHANGED", "before": "Host receives 30% of gift revenue.",
                               "after": "Host receives 35% of gift revenue."}]
    assert detail["status"] == "ACTIVE"  # the signed version stays in force until the amendment is signed
    edit_signed = (await gql(client, AMEND, {"input": {"id": cid, "effectiveOn": "2026-08-01", "terms": terms(share="40")}},
                             token=world.tokens["hr_manager"]))["data"]["contractAmend"]
    assert edit_signed["errors"][0]["code"] == "INVALID"  # version 2 is open: finish it first
    assert (await ContractVersion.get(version=1)).revenue_share_percent == 30


async def test_a_document_changed_after_submission_shows_as_tampered_and_cannot_be_signed(client):
    world = await build_world()
    template = await make_library()
    cid = (await create(client, world.tokens["hr_manager"], world.h1, template))["contract"]["id"]
    await gql(client, SUBMIT, {"id": cid}, token=world.tokens["hr_manager"])
    await gql(client, SIGN, {"id": cid}, token=world.tokens["employee"])
    version = await ContractVersion.get(version=1)
    version.document = version.document.replace("30%", "10%")
    await version.save(update_fields=["document"])
    detail = (await gql(client, DETAIL, {"id": cid}, token=world.tokens["hr_manager"]))["data"]["contract"]
    assert detail["versions"][0]["tampered"] is True
    assert detail["versions"][0]["signatures"] == [{"role": "EMPLOYEE", "matchesDocument": False}]
    refused = (await gql(client, SIGN, {"id": cid}, token=world.tokens["team_lead"]))["data"]["contractSign"]
    assert refused["errors"][0]["code"] == "TAMPERED" and await Signature.all().count() == 1


async def test_renewal_adds_a_clause_links_the_predecessor_and_waits_for_signatures(client):
    world = await build_world()
    template = await make_library()
    cid = await signed_contract(client, world.tokens, world.h1, template)
    renewed = (await gql(client, RENEW, {"input": {"id": cid, "extraClauseKeys": ["follower_growth_bonus"], "terms": terms(
        starts_on="2027-01-01", ends_on="2027-12-31", values=[{"name": "bonus_per_thousand_followers", "value": "50.00"}])}},
        token=world.tokens["hr_manager"]))["data"]["contractRenew"]
    assert renewed["errors"] == []
    successor = renewed["contract"]
    assert successor["status"] == "PENDING_SIGNATURE" and successor["latestVersion"]["state"] == "PENDING_SIGNATURE"
    bonus = [c for c in successor["latestVersion"]["clauses"] if c["key"] == "follower_growth_bonus"]
    assert bonus[0]["text"] == "CNY 50.00 for every 1,000 net new followers a month."
    assert (await Contract.get(number=successor["number"])).predecessor_id == (await Contract.get(status="active")).id


async def test_two_renewals_of_one_contract_at_once_make_one_successor(client):
    world = await build_world()
    template = await make_library()
    cid = await signed_contract(client, world.tokens, world.h1, template)
    variables = {"input": {"id": cid, "terms": terms(starts_on="2027-01-01", ends_on="2027-12-31")}}
    first, second = await asyncio.gather(*(gql(client, RENEW, variables, token=world.tokens["hr_manager"]) for _ in range(2)))
    outcomes = sorted(bool(r["data"]["contractRenew"]["contract"]) for r in (first, second))
    assert outcomes == [False, True]
    loser = next(r for r in (first, second) if not r["data"]["contractRenew"]["contract"])
    assert loser["data"]["contractRenew"]["errors"][0]["code"] == "DUPLICATE"
    assert await Contract.filter(predecessor_id__not_isnull=True).count() == 1


async def test_a_third_fixed_term_contract_is_flagged_for_an_open_ended_one(client):
    world = await build_world()
    template = await make_library()
    first = await signed_contract(client, world.tokens, world.h1, template, starts_on="2024-01-01", ends_on="2024-12-31")
    renew = {"input": {"id": first, "terms": terms(starts_on="2025-01-01", ends_on="2025-12-31")}}
    one = (await gql(client, RENEW, renew, token=world.tokens["hr_manager"]))["data"]["contractRenew"]
    assert one["flags"] == []
    second = one["contract"]["id"]
    for role in ("employee", "team_lead", "hr_manager"):
        await gql(client, SIGN, {"id": second}, token=world.tokens[role])
    two = (await gql(client, RENEW, {"input": {"id": second, "terms": terms(starts_on="2026-01-01", ends_on="2026-12-31")}},
                     token=world.tokens["hr_manager"]))["data"]["contractRenew"]
    assert [f["article"] for f in two["flags"]] == ["Article 14"]


async def test_a_contract_list_with_versions_and_signatures_costs_the_same_queries_for_more_rows(client):
    world = await build_world()
    template = await make_library()
    listing = """{ contracts(first: 50) { edges { node { number template { name } templateVersion employee { name }
      latestVersion { version awaiting signatures { role } payTerms { monthlyBase } } versions { version diff { key } } } } } }"""

    async def statements() -> int:
        result, count = await gql_counting_sql(client, listing, token=world.tokens["hr_manager"])
        assert "errors" not in result, result
        return count

    await signed_contract(client, world.tokens, world.h1, template)
    few = await statements()
    for year in range(2027, 2031):
        await create(client, world.tokens["hr_manager"], world.h1, template, starts_on=f"{year}-01-01", ends_on=f"{year}-12-31")
    assert await statements() == few


async def test_an_amendment_that_leaves_out_pay_keeps_it_and_a_library_clause_keeps_its_copy(client):
    world = await build_world()
    template = await make_library()
    cid = await signed_contract(client, world.tokens, world.h1, template)
    renewed = (await gql(client, RENEW, {"input": {"id": cid, "extraClauseKeys": ["follower_growth_bonus"], "terms": terms(
        starts_on="2027-01-01", ends_on="2027-12-31", values=[{"name": "bonus_per_thousand_followers", "value": "50.00"}])}},
        token=world.tokens["hr_manager"]))["data"]["contractRenew"]["contract"]
    for role in ("employee", "team_lead", "hr_manager"):
        await gql(client, SIGN, {"id": renewed["id"]}, token=world.tokens[role])
    no_pay = terms(starts_on="2027-01-01", ends_on="2027-12-31", share="35",
                   values=[{"name": "bonus_per_thousand_followers", "value": "60.00"}],
                   customClauses=[{"key": "follower_growth_bonus"}])
    for name in ("monthlyBase", "revenueSharePercent"):
        no_pay.pop(name)
    amended = await gql(client, AMEND, {"input": {"id": renewed["id"], "effectiveOn": "2027-06-01", "terms": no_pay}},
                        token=world.tokens["hr_manager"])
    assert amended["data"]["contractAmend"]["errors"] == []
    detail = (await gql(client, DETAIL, {"id": renewed["id"]}, token=world.tokens["hr_manager"]))["data"]["contract"]
    second = detail["versions"][1]
    assert second["payTerms"] == {"monthlyBase": "8000.00", "revenueSharePercent": "30.00"}  # kept
    assert {(c["key"], c["kind"]) for c in second["diff"]} == {("revenue_share", "CHANGED"), ("follower_growth_bonus", "CHANGED")}


async def test_writing_contracts_without_compensation_write_may_not_change_pay(client):
    from backend.models.accounts import Role
    from tests.factories import make_user, token_for

    world = await build_world()
    template = await make_library()
    await Role.create(name="contracts_clerk", description="drafts contracts", row_scope="all",
                      permissions=["employees.read", "contracts.read", "contracts.write"], built_in=False,
                      known_permissions=[])
    clerk = token_for(await make_user("contracts_clerk"))
    refused = await create(client, clerk, world.h1, template)
    assert refused["errors"][0]["code"] == "FORBIDDEN" and await Contract.all().count() == 0
    without_pay = terms()
    without_pay.pop("monthlyBase")
    without_pay.pop("revenueSharePercent")
    made = await gql(client, CREATE, {"input": {"employeeId": to_global_id("Employee", world.h1.id),
                                                "templateId": to_global_id("ContractTemplate", template),
                                                "terms": without_pay}}, token=clerk)
    assert made["data"]["contractCreate"]["errors"] == []
