"""The demo's attrition-risk model: trained on the seeded history and everyone scored, so the
console opens with risks, their drivers and the model card (the seed planted real effects for
it to find: pay below the position median, a host's sliding audience, lower ratings before an exit)."""

from __future__ import annotations

from backend.resolvers.analytics import attrition
from backend.seed.context import SeedContext

# Enough rows for the small and medium demos whole; the large one is sampled to stay within a minute.
MAX_ROWS = 12_000


async def seed_analytics(ctx: SeedContext) -> None:
    try:
        model = await attrition.train(today=ctx.today, progress=ctx.progress.update, max_rows=MAX_ROWS)
    except attrition.TrainingError as exc:
        ctx.progress.done(f"attrition risk: not trained ({exc})")
        return
    scored = await attrition.score(today=ctx.today, model=model)
    best = max(c["rocAuc"] for c in model.card["candidates"])
    ctx.progress.done(f"attrition risk: {model.chosen_model}, cross-validated ROC AUC {best:.3f}; "
                      f"{scored['scored']} scored, {scored['alerts']} alerts")
