"""Commission plans, their assignments and twelve months of payroll for the demo agency.

Host positions get the standard plan; one live team sells on the e-commerce plan; a few new
hosts have their own guarantee plan, one of them switching plans mid-month last month (so the
demo shows a split month). The eleven older months are locked; last month's run is computed and
waits for finance to lock it. The runs go through the same code as the console's.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from backend.auth import SYSTEM
from backend.models.compensation import AssignmentScope, PayrollAdjustment
from backend.resolvers.compensation import payroll, plans
from backend.resolvers.compensation.plans import previous_month
from backend.seed.context import SeedContext

MONTHS = 12

STANDARD = {"version": 1, "rules": [
    {"kind": "gift_share", "host_percent": "40"},
    {"kind": "ladder", "basis": "gmv", "rungs": [
        {"percent": "1"},
        {"min_live_days": 20, "min_hours": "60", "min_revenue": "50000.00", "percent": "3"},
        {"min_live_days": 22, "min_hours": "80", "min_revenue": "200000.00", "percent": "5"}]},
    {"kind": "team_incentive", "min_team_growth_percent": "15", "bonus_percent": "10"},
    {"kind": "cap", "amount": "300000.00"},
    {"kind": "minimum_guarantee", "amount": "3000.00"}]}

ECOMMERCE = {"version": 1, "rules": [
    {"kind": "gift_share", "host_percent": "30"},
    {"kind": "gmv_tiers", "mode": "progressive", "tiers": [
        {"from_amount": "0", "percent": "2"}, {"from_amount": "100000.00", "percent": "4"},
        {"from_amount": "500000.00", "percent": "6"}]},
    {"kind": "cap", "amount": "300000.00"},
    {"kind": "minimum_guarantee", "amount": "4000.00"}]}

NEWCOMER = {"version": 1, "rules": [
    {"kind": "gift_share", "host_percent": "45"},
    {"kind": "ladder", "basis": "revenue", "rungs": [
        {"percent": "0"}, {"min_live_days": 18, "min_hours": "45", "bonus_amount": "800.00"}]},
    {"kind": "minimum_guarantee", "amount": "5000.00"}]}

PLANS = [("主播标准方案 Host standard", "Gift share, GMV ladder, team incentive, guarantee.", STANDARD),
         ("带货主播方案 E-commerce host", "Progressive GMV tiers for selling teams.", ECOMMERCE),
         ("新人保底方案 Newcomer guarantee", "Higher guarantee for a host's first months.", NEWCOMER)]


def _months(today: date) -> list[date]:
    month = previous_month(today.replace(day=1))
    months = [month]
    while len(months) < MONTHS:
        months.append(previous_month(months[-1]))
    return months[::-1]


async def _assign(ctx: SeedContext, plan_ids: list[int], start: date) -> None:
    standard, ecommerce, newcomer = plan_ids
    for key in ("host", "senior_host", "assistant_host"):
        await plans.assign_plan(viewer=SYSTEM, plan_id=standard, scope=AssignmentScope.POSITION,
                                target_id=ctx.positions[key], effective_from=start, effective_to=None)
    selling = next((t for t in ctx.teams if t["live"] and ("带货" in t["name"] or "电商" in t["name"])), None)
    selling = selling or next(t for t in ctx.teams if t["live"])
    await plans.assign_plan(viewer=SYSTEM, plan_id=ecommerce, scope=AssignmentScope.TEAM, target_id=selling["id"],
                            effective_from=start, effective_to=None)
    last_month = previous_month(ctx.today.replace(day=1))
    newcomers = sorted((f for f in ctx.employees if f["is_host"] and f["current"] and start <= f["hired_on"] < last_month),
                       key=lambda f: f["hired_on"], reverse=True)[:3]
    for n, facts in enumerate(newcomers):
        # The first newcomer's guarantee ends mid-month last month: their month is split in two.
        until = last_month + timedelta(days=14) if n == 0 else None
        await plans.assign_plan(viewer=SYSTEM, plan_id=newcomer, scope=AssignmentScope.HOST, target_id=facts["id"],
                                effective_from=max(facts["hired_on"], start), effective_to=until)


async def _adjustments(ctx: SeedContext, months: list[date]) -> None:
    hosts = [f for f in ctx.employees if f["is_host"] and f["current"]]
    reasons = [("全勤奖 Full attendance bonus", "500.00"), ("设备损坏扣款 Equipment damage", "-200.00"),
               ("节日补贴 Holiday allowance", "300.00")]
    rows = []
    for month in months:
        for facts in ctx.rng.sample(hosts, k=min(len(hosts), max(2, len(hosts) // 20))):
            reason, amount = ctx.rng.choice(reasons)
            if facts["hired_on"] <= month:
                rows.append(PayrollAdjustment(employee_id=facts["id"], period_start=month, amount=Decimal(amount), reason=reason))
    await PayrollAdjustment.bulk_create(rows)


async def seed_compensation(ctx: SeedContext) -> None:
    months = _months(ctx.today)
    plan_ids = [(await plans.create_plan(viewer=SYSTEM, name=name, description=text, rules=rules)).id
                for name, text, rules in PLANS]
    await _assign(ctx, plan_ids, months[0] - timedelta(days=365))
    await _adjustments(ctx, months)
    for n, month in enumerate(months, start=1):
        label = f"payroll {month:%Y-%m}"
        run = await payroll.create_run(viewer=SYSTEM, month=month,
                                       progress=lambda done, total, label=label: ctx.progress.update(label, done, total))
        if n < len(months):
            await payroll.lock_run(viewer=SYSTEM, run_id=run.id)
