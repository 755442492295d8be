"""What the contract tests share: a clause library, a template, and GraphQL documents."""

from __future__ import annotations

from datetime import date

from backend.auth import SYSTEM
from backend.graph.base import to_global_id
from backend.models.contracts import ContractType
from backend.resolvers.contracts import templates
from tests.factories import gql

CREATE = """mutation($input: ContractCreateInput!) { contractCreate(input: $input) {
  contract { id number status } errors { field code message } } }"""
AMEND = """mutation($input: ContractAmendInput!) { contractAmend(input: $input) {
  contract { id status latestVersion { version state } } errors { field code message } } }"""
SUBMIT = """mutation($id: ID!) { contractSubmitForSignature(input: {id: $id}) {
  contract { status latestVersion { state documentSha256 awaiting } } errors { field code message } } }"""
SIGN = """mutation($id: ID!) { contractSign(input: {id: $id}) {
  contract { status latestVersion { state awaiting signatures { role signer documentSha256 } } }
  errors { field code message } } }"""
RENEW = """mutation($input: ContractRenewInput!) { contractRenew(input: $input) {
  contract { id number status latestVersion { state clauses { key title text } } } flags { article message }
  errors { field code message } } }"""
DETAIL = """query($id: ID!) { contract(id: $id) { number status startsOn endsOn employee { employeeNo }
  versions { version state effectiveOn tampered diff { key kind before after } clauses { key text }
    payTerms { monthlyBase revenueSharePercent } signatures { role matchesDocument } } } }"""

SHARE = {"key": "revenue_share", "title": "收益分成 Revenue share",
         "body": "Host receives {{revenue_share_percent}}% of gift revenue.",
         "variables": [{"name": "revenue_share_percent", "type": "percent", "label": "Share"}]}
HOURS = {"key": "streaming_hours", "title": "直播时长 Streaming hours",
         "body": "At least {{streaming_hours_per_week}} hours of live streaming a week.",
         "variables": [{"name": "streaming_hours_per_week", "type": "int", "label": "Hours", "min": 1, "max": 60}]}
BONUS = {"key": "follower_growth_bonus", "title": "涨粉奖励 Follower-growth bonus",
         "body": "CNY {{bonus_per_thousand_followers}} for every 1,000 net new followers a month.",
         "variables": [{"name": "bonus_per_thousand_followers", "type": "money", "label": "Bonus"}]}


async def make_library(contract_type: ContractType = ContractType.FULL_TIME) -> int:
    """The three clauses and a template of the two first; returns the template's pk."""
    for raw in (SHARE, HOURS, BONUS):
        await templates.create_clause(viewer=SYSTEM, key=raw["key"], title=raw["title"], body=raw["body"],
                                      variables=[templates.Variable.from_json(v) for v in raw["variables"]])
    template = await templates.create_template(viewer=SYSTEM, name=f"Host {contract_type.value}", contract_type=contract_type,
                                               clause_keys=["revenue_share", "streaming_hours"])
    return template.id


def terms(starts_on: str = "2026-01-01", ends_on: str | None = "2026-12-31", probation: str | None = None,
          share: str = "30", hours: str = "40", **more) -> dict:
    return {"startsOn": starts_on, "endsOn": ends_on, "probationEndsOn": probation,
            "values": [{"name": "revenue_share_percent", "value": share}, {"name": "streaming_hours_per_week", "value": hours},
                       *more.pop("values", [])],
            "monthlyBase": "8000.00", "revenueSharePercent": share, **more}


async def create(client, token: str, employee, template_pk: int, **term_overrides) -> dict:
    result = await gql(client, CREATE, {"input": {"employeeId": to_global_id("Employee", employee.id),
                                                  "templateId": to_global_id("ContractTemplate", template_pk),
                                                  "terms": terms(**term_overrides)}}, token=token)
    return result["data"]["contractCreate"]


async def signed_contract(client, tokens: dict, employee, template_pk: int,
                          signers: tuple[str, ...] = ("employee", "team_lead", "hr_manager"), **term_overrides) -> str:
    """An active contract, through the whole flow: create, submit, three signatures (by these roles' tokens)."""
    made = await create(client, tokens["hr_manager"], employee, template_pk, **term_overrides)
    assert made["errors"] == [], made
    cid = made["contract"]["id"]
    assert (await gql(client, SUBMIT, {"id": cid}, token=tokens["hr_manager"]))["data"]["contractSubmitForSignature"]["errors"] == []
    for role in signers:
        signed = (await gql(client, SIGN, {"id": cid}, token=tokens[role]))["data"]["contractSign"]
        assert signed["errors"] == [], (role, signed)
    return cid


TODAY = date(2026, 12, 2)
