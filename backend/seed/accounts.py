"""The demo users (one per built-in role) and the demo partner client of contract.md."""

from __future__ import annotations

from backend import auth
from backend.models.accounts import PartnerClient, Role, User
from backend.models.employees import Employee
from backend.seed.context import DEMO_PASSWORD, SeedContext

DEMO_USERS = [
    ("admin@demo.hrgraph.local", "admin"),
    ("hr@demo.hrgraph.local", "hr_manager"),
    ("finance@demo.hrgraph.local", "finance"),
    ("recruiter@demo.hrgraph.local", "recruiter"),
    ("lead@demo.hrgraph.local", "team_lead"),
    ("employee@demo.hrgraph.local", "employee"),
]
PARTNER_CLIENT = ("demo-platform", "demo-platform-secret", "演示直播平台 Demo streaming platform")


def _pick(ctx: SeedContext, **wanted) -> int | None:
    for facts in ctx.employees:
        if facts["current"] and all(facts.get(k) == v for k, v in wanted.items()):
            return facts["id"]
    return None


def demo_employee_ids(ctx: SeedContext) -> dict[str, int | None]:
    """Who each demo login is: the lead runs the first beauty team; the employee is a host in it."""
    first_beauty = next(t for t in ctx.teams if t["department"] == "BEAUTY")
    return {
        "admin": None,
        "hr_manager": _pick(ctx, department="HR", role="staff"),
        "finance": _pick(ctx, department="FIN", role="staff"),
        "recruiter": _pick(ctx, department="TALENT", role="staff"),
        "team_lead": _pick(ctx, team=first_beauty["id"], role="team_lead"),
        "employee": _pick(ctx, team=first_beauty["id"], role="host"),
    }


async def seed_accounts(ctx: SeedContext) -> None:
    password_hash = auth.hash_password(DEMO_PASSWORD)
    links = demo_employee_ids(ctx)
    ctx.demo_employee_ids = {k: v for k, v in links.items() if v}
    for email, role in DEMO_USERS:
        user = await User.create(email=email, password_hash=password_hash, employee_id=links[role])
        await user.roles.add(await Role.get(name=role))
    client_id, secret, name = PARTNER_CLIENT
    client = await PartnerClient.create(client_id=client_id, name=name, secret_hash=auth.hash_password(secret),
                                        scopes=["employees:read", "alerts:read", "traffic:read", "traffic:write"])
    # Every third current host streams on the demo platform.
    hosts = [f["id"] for f in ctx.employees if f["is_host"] and f["current"]][::3]
    await client.linked_hosts.add(*await Employee.filter(id__in=hosts))
