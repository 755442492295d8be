"""What the payroll tests share: traffic days as the rollups store them, plans, and GraphQL documents."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from backend.graph.base import to_global_id
from backend.models.traffic import Platform, PlatformAccount, TeamTrafficDay, TrafficDay
from tests.factories import gql

SAVE_PLAN = """mutation($input: CommissionPlanSaveInput!) { commissionPlanSave(input: $input) {
  plan { id name rules } errors { field code message } } }"""
ASSIGN = """mutation($input: PlanAssignInput!) { planAssign(input: $input) {
  assignment { id scope effectiveFrom effectiveTo plan { name } } errors { field code message } } }"""
CREATE_RUN = """mutation($input: PayrollRunCreateInput!) { payrollRunCreate(input: $input) {
  run { id status payslipCount totalBase totalCommission totalAdjustments totalGross } errors { field code message } } }"""
COMPUTE = """mutation($id: ID!) { payrollRunCompute(input: {id: $id}) {
  run { id status payslipCount totalGross } errors { field code message } } }"""
LOCK = """mutation($id: ID!) { payrollRunLock(input: {id: $id}) {
  run { id status lockedAt } errors { field code message } } }"""
ADJUST = """mutation($input: PayrollAdjustmentCreateInput!) { payrollAdjustmentCreate(input: $input) {
  adjustment { id month amount reason correctsMonth } errors { field code message } } }"""
RUN = """query($id: ID!, $team: ID) { payrollRun(id: $id) { status totalGross
  teams { teamName payslips gross }
  payslips(first: 50, teamId: $team) { totalCount edges { node { employee { employeeNo } base commission adjustments gross
    lines { position kind amount explanation } } } } } }"""
MY_PAYSLIPS = """{ payslips(first: 12) { totalCount edges { node { month gross employee { employeeNo } lines { kind amount } } } } }"""

NOVEMBER = date(2026, 11, 1)

LADDER_PLAN = {"version": 1, "rules": [
    {"kind": "gift_share", "host_percent": "40"},
    {"kind": "ladder", "basis": "gmv", "rungs": [
        {"percent": "0"},
        {"min_revenue": "50000.00", "percent": "3"},
        {"min_revenue": "100000.00", "min_live_days": 20, "percent": "6"}]},
    {"kind": "minimum_guarantee", "amount": "3000.00"}]}


async def make_account(host, handle: str | None = None) -> PlatformAccount:
    return await PlatformAccount.create(host=host, platform=Platform.DOUYIN, handle=handle or f"h{host.id}",
                                        external_id=f"x{host.id}-{handle or ''}")


async def stream(account: PlatformAccount, *, first: date, days: int, minutes: int = 180,
                 gift: str = "0.00", gmv: str = "0.00") -> None:
    """`days` days of streaming from `first`, each with the same minutes and money (CNY a day)."""
    host = await account.host
    for n in range(days):
        await TrafficDay.create(account=account, day=first + timedelta(days=n), host_id=host.id, team_id=host.team_id,
                                department_id=host.department_id, sessions=1, live_minutes=minutes, peak_viewers=100,
                                viewer_minutes=minutes * 50, new_followers=10, followers_end=1000,
                                gift_revenue=Decimal(gift), gmv=Decimal(gmv), orders=1, interactions=5)


async def team_month(team_id: int, month: date, revenue: str) -> None:
    await TeamTrafficDay.create(team_id=team_id, day=month, hosts=1, effective_days=1, live_minutes=60, peak_viewers=1,
                                viewer_minutes=60, new_followers=0, gift_revenue=Decimal(revenue), gmv=Decimal("0"),
                                orders=0, interactions=0)


async def save_plan(client, token: str, rules: dict, name: str = "Host plan") -> dict:
    return (await gql(client, SAVE_PLAN, {"input": {"name": name, "rules": rules}}, token=token))["data"]["commissionPlanSave"]


async def assign(client, token: str, plan_id: str, scope: str, target: str, start: str, end: str | None = None) -> dict:
    return (await gql(client, ASSIGN, {"input": {"planId": plan_id, "scope": scope, "targetId": target,
                                                 "effectiveFrom": start, "effectiveTo": end}}, token=token))["data"]["planAssign"]


async def create_run(client, token: str, month: date = NOVEMBER, **scope) -> dict:
    result = await gql(client, CREATE_RUN, {"input": {"month": month.isoformat(), **scope}}, token=token)
    return result["data"]["payrollRunCreate"] if result.get("data") else result


async def payslips_of(client, token: str, run_id: str) -> dict[str, dict]:
    run = (await gql(client, RUN, {"id": run_id}, token=token))["data"]["payrollRun"]
    return {edge["node"]["employee"]["employeeNo"]: edge["node"] for edge in run["payslips"]["edges"]}


def host_id(employee) -> str:
    return to_global_id("Employee", employee.id)
