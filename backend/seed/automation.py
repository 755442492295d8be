"""The demo's automation rules, run once some months ago and once today, so the console opens with a
run log, HR tasks and stay-interview alerts, and the first run's outcome window has passed.

The few-trainings rule assigns the training seed's live-skills plan and creates a task.
"""

from __future__ import annotations

from datetime import timedelta

from backend.models.automation import ActionKind, AutomationRule, TriggerKind
from backend.models.training import TrainingPlan
from backend.resolvers.automation import runner
from backend.seed.context import SeedContext
from backend.seed.training import LIVE_SKILLS_PLAN

FIRST_RUN_DAYS_AGO = 150  # more than the default 90-day outcome window, so the first run's outcome can be measured


async def _rules(ctx: SeedContext) -> list[AutomationRule]:
    plan = await TrainingPlan.get(name=LIVE_SKILLS_PLAN)
    training_actions = [{"kind": ActionKind.ASSIGN_TRAINING_PLAN.value, "params": {"planId": plan.id}},
                        {"kind": ActionKind.CREATE_TASK.value,
                         "params": {"title": "安排直播技能培训 Book live-skills training", "description": "", "dueDays": 14}}]
    specs = [
        # 25%: the demo's calibrated six-month risks are mostly low; a quarter is already far above its base rate.
        ("流失风险≥25%：留任面谈 Attrition risk 25%+ -> stay interview",
         "A stay interview with the team lead, and the lead is alerted, when someone's attrition risk reaches 25%.",
         TriggerKind.RISK_ABOVE, {"threshold": 0.25},
         [{"kind": ActionKind.CREATE_TASK.value, "params": {"title": "留任面谈 Stay interview", "description":
                                                            "Talk about workload, pay and growth; note what would keep them.",
                                                            "dueDays": 7}},
          {"kind": ActionKind.ALERT_MANAGER.value, "params": {"message": "{name} is at high attrition risk: hold a stay interview this week.",
                                                              "severity": "warning"}}], 90),
        ("12个月培训不足2次 Fewer than 2 trainings in 12 months",
         "People who completed fewer than two trainings in a year get the live-skills plan.",
         TriggerKind.FEW_TRAININGS, {"minimum": 2, "months": 12}, training_actions, 180),
        ("合同30天内到期：续签沟通 Contract expiring in 30 days -> renewal talk",
         "A renewal talk while there is time to decide.",
         TriggerKind.CONTRACT_EXPIRING, {"days": 30},
         [{"kind": ActionKind.CREATE_TASK.value, "params": {"title": "续签沟通 Renewal talk", "description":
                                                            "Review the last rating and traffic, then agree on renewal.",
                                                            "dueDays": 10}}], 60),
    ]
    return [await AutomationRule.create(name=name, description=description, trigger_kind=kind, trigger_params=params,
                                        actions=actions, cooldown_days=cooldown)
            for name, description, kind, params, actions, cooldown in specs]


async def seed_automation(ctx: SeedContext) -> None:
    rules = await _rules(ctx)
    totals = {"acted": 0, "skipped": 0, "errors": 0}
    days = (ctx.today - timedelta(days=FIRST_RUN_DAYS_AGO), ctx.today)
    for i, (day, rule) in enumerate((day, rule) for day in days for rule in rules):
        report = await runner.run_rule(rule, today=day, triggered_by="seed")
        totals["acted"] += report.acted
        totals["skipped"] += report.skipped
        totals["errors"] += len(report.errors)
        ctx.progress.update("automation rules", i + 1, len(days) * len(rules))
    ctx.progress.done(f"automation: {len(rules)} rules run twice ({FIRST_RUN_DAYS_AGO} days ago and today): "
                      f"{totals['acted']} actions, {totals['skipped']} skipped, {totals['errors']} errors")
