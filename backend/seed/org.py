"""Departments, teams and positions of the demo agency."""

from __future__ import annotations

from backend.models.org import Department, Position, Team
from backend.seed.context import SeedContext

# code, name, share of headcount, live-streaming department?, team names
DEPARTMENTS = [
    ("LIVE", "直播运营中心 Live Operations", 0.14, True, ["场控一组", "场控二组", "内容策划组"]),
    ("BEAUTY", "美妆直播事业部 Beauty Live", 0.30, True, ["美妆一组", "美妆二组", "护肤组", "香氛组"]),
    ("ECOM", "电商直播事业部 E-commerce Live", 0.34, True, ["服饰组", "食品组", "数码组", "家居组", "母婴组"]),
    ("TALENT", "艺人招募部 Talent Acquisition", 0.06, False, ["星探组", "培训组"]),
    ("HR", "人力资源部 HR", 0.05, False, ["HRBP组", "薪酬福利组"]),
    ("FIN", "财务部 Finance", 0.04, False, ["核算组"]),
    ("TECH", "技术部 Technology", 0.07, False, ["平台组", "数据组"]),
]

# key, title, level, is a host role
POSITIONS = [
    ("host", "主播 Host", "P3", True),
    ("senior_host", "资深主播 Senior Host", "P5", True),
    ("assistant_host", "助播 Assistant Host", "P2", True),
    ("controller", "场控 Live Controller", "P3", False),
    ("operations", "运营专员 Operations Specialist", "P4", False),
    ("merchandiser", "选品专员 Merchandiser", "P4", False),
    ("scout", "星探 Talent Scout", "P4", False),
    ("hrbp", "HRBP", "P5", False),
    ("payroll", "薪酬专员 Payroll Specialist", "P4", False),
    ("accountant", "会计 Accountant", "P4", False),
    ("engineer", "工程师 Engineer", "P5", False),
    ("team_lead", "组长 Team Lead", "M1", False),
    ("director", "总监 Director", "M3", False),
]


def teams_for(size: str, names: list[str]) -> list[str]:
    """Larger agencies run more teams of each kind: 美妆一组 #2, #3..."""
    copies = {"small": 1, "medium": 3, "large": 24}[size]
    return [name if i == 0 else f"{name}{i + 1}" for i in range(copies) for name in names]


async def seed_org(ctx: SeedContext) -> None:
    team_id = 0
    for dept_id, (code, name, _, live, team_names) in enumerate(DEPARTMENTS, start=1):
        await Department.create(id=dept_id, code=code, name=name)
        ctx.departments[code] = dept_id
        names = team_names[:1] if ctx.size == "small" and not live else team_names
        teams = []
        for team_name in teams_for(ctx.size, names):
            team_id += 1
            teams.append(Team(id=team_id, name=team_name, department_id=dept_id))
            ctx.teams.append({"id": team_id, "department": code, "name": team_name, "live": live})
        await Team.bulk_create(teams)
    await Position.bulk_create([
        Position(id=i, title=title, level=level, is_host_role=is_host)
        for i, (_, title, level, is_host) in enumerate(POSITIONS, start=1)
    ])
    ctx.positions = {key: i for i, (key, *_) in enumerate(POSITIONS, start=1)}
