"""Workforce by group over a period: headcount at its start and end, hires, exits (voluntary or
not) with their reasons, and attrition, in one GROUP BY over the employees the viewer may count.

Definitions (the same as workforceTrend's):
- headcount at the start: employed on the day before `from` (hired before it, not left by then);
  at the end: employed on `to`; the average is their mean.
- hires: hired from `from` to `to`; exits: left in it. An exit is voluntary when its LEFT event
  says so; involuntary otherwise (including exits recorded without the flag).
- attrition: exits over the average headcount, in %; annualised: scaled to 365 days.
- groups are where people are (or were last, for leavers): their department, team, position,
  employment type, gender; tenure and age bands are computed at the period's start (people hired
  during the period fall in the first tenure band).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum

from backend.auth import Viewer
from backend.models.org import Department, Position, Team
from backend.resolvers.analytics.periods import check_period, fetch, group_scope_sql, shift_months

HUNDREDTH = Decimal("0.01")
UNKNOWN = "UNKNOWN"


class BreakdownBy(str, Enum):
    DEPARTMENT = "DEPARTMENT"
    TEAM = "TEAM"
    POSITION = "POSITION"
    TENURE_BAND = "TENURE_BAND"
    AGE_BAND = "AGE_BAND"
    EMPLOYMENT_TYPE = "EMPLOYMENT_TYPE"
    GENDER = "GENDER"


# (band code, months before the start from which someone falls in it), youngest first.
TENURE_BANDS = (("UNDER_3_MONTHS", 3), ("MONTHS_3_TO_6", 6), ("MONTHS_6_TO_12", 12), ("YEARS_1_TO_2", 24),
                ("YEARS_2_TO_5", 60), ("YEARS_5_PLUS", None))
TENURE_LABELS = {"UNDER_3_MONTHS": "< 3 months", "MONTHS_3_TO_6": "3-6 months", "MONTHS_6_TO_12": "6-12 months",
                 "YEARS_1_TO_2": "1-2 years", "YEARS_2_TO_5": "2-5 years", "YEARS_5_PLUS": "5+ years"}
# (band code, the age from which someone is older than it)
AGE_BANDS = (("UNDER_22", 22), ("AGE_22_25", 26), ("AGE_26_30", 31), ("AGE_31_35", 36), ("AGE_36_40", 41),
             ("OVER_40", None))
AGE_LABELS = {"UNDER_22": "< 22", "AGE_22_25": "22-25", "AGE_26_30": "26-30", "AGE_31_35": "31-35",
              "AGE_36_40": "36-40", "OVER_40": "over 40"}


@dataclass
class GroupFigures:
    key: str  # an org id as text, a band or enum code, or UNKNOWN
    label: str
    headcount_start: int = 0
    headcount_end: int = 0
    hires: int = 0
    exits: int = 0
    voluntary_exits: int = 0
    exit_reasons: dict[str, int] = field(default_factory=dict)

    @property
    def involuntary_exits(self) -> int:
        return self.exits - self.voluntary_exits

    @property
    def average_headcount(self) -> Decimal:
        return (Decimal(self.headcount_start + self.headcount_end) / 2).quantize(Decimal("0.1"))

    def attrition_percent(self) -> Decimal | None:
        return percent(self.exits, self.average_headcount)

    def annualised_percent(self, days: int) -> Decimal | None:
        return percent(Decimal(self.exits) * 365 / days, self.average_headcount)


@dataclass
class Breakdown:
    start: date
    end: date
    by: BreakdownBy
    groups: list[GroupFigures]

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def percent(part, whole) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(HUNDREDTH, rounding=ROUND_HALF_UP)


def _bands(column: str, start: date, bands, months_per_step: int) -> tuple[str, list]:
    """CASE over boundary dates computed here, so the SQL compares dates only (portable)."""
    cases, params = [], []
    for code, limit in bands:
        if limit is None:
            cases.append(f"ELSE '{code}'")
        else:
            cases.append(f"WHEN {column} > ? THEN '{code}'")
            params.append(shift_months(start, -limit * months_per_step))
    prefix = f"WHEN {column} IS NULL THEN '{UNKNOWN}' " if column.endswith("birth_date") else ""
    return f"CASE {prefix}{' '.join(cases)} END", params


def group_expression(by: BreakdownBy, start: date) -> tuple[str, list]:
    if by == BreakdownBy.TENURE_BAND:
        return _bands("e.hired_on", start, TENURE_BANDS, 1)
    if by == BreakdownBy.AGE_BAND:
        return _bands("e.birth_date", start, AGE_BANDS, 12)
    column = {BreakdownBy.DEPARTMENT: "department_id", BreakdownBy.TEAM: "team_id", BreakdownBy.POSITION: "position_id",
              BreakdownBy.EMPLOYMENT_TYPE: "employment_type", BreakdownBy.GENDER: "gender"}[by]
    return f"e.{column}", []


# The exit's facts come from the employee's latest LEFT event (a rehire could have two).
BREAKDOWN_SQL = """
SELECT {group} AS grp, CASE WHEN e.left_on <= ? THEN ev.reason_category END AS reason,
  SUM(CASE WHEN e.hired_on < ? AND (e.left_on IS NULL OR e.left_on >= ?) THEN 1 ELSE 0 END) AS at_start,
  SUM(CASE WHEN e.left_on IS NULL OR e.left_on > ? THEN 1 ELSE 0 END) AS at_end,
  SUM(CASE WHEN e.hired_on >= ? THEN 1 ELSE 0 END) AS hires,
  SUM(CASE WHEN e.left_on <= ? THEN 1 ELSE 0 END) AS exits,
  SUM(CASE WHEN e.left_on <= ? AND ev.voluntary = ? THEN 1 ELSE 0 END) AS voluntary
FROM employees e
LEFT JOIN employment_events ev ON ev.id = (
  SELECT MAX(x.id) FROM employment_events x WHERE x.employee_id = e.id AND x.kind = 'left')
WHERE e.hired_on <= ? AND (e.left_on IS NULL OR e.left_on >= ?) AND {scope}
GROUP BY 1, 2
"""


async def _labels(by: BreakdownBy, keys: set) -> dict[str, str]:
    if by in (BreakdownBy.TENURE_BAND, BreakdownBy.AGE_BAND):
        return {**TENURE_LABELS, **AGE_LABELS}
    if by in (BreakdownBy.EMPLOYMENT_TYPE, BreakdownBy.GENDER):
        return {str(k): str(k).replace("_", " ") for k in keys if k is not None}
    ids = [int(k) for k in keys if k is not None]
    if not ids:
        return {}
    if by == BreakdownBy.POSITION:
        return {str(pk): title for pk, title in await Position.filter(id__in=ids).values_list("id", "title")}
    model = Department if by == BreakdownBy.DEPARTMENT else Team
    return {str(pk): name for pk, name in await model.filter(id__in=ids).values_list("id", "name")}


async def workforce_breakdown(*, viewer: Viewer, start: date, end: date, by: BreakdownBy) -> Breakdown:
    check_period(start, end)
    group, group_params = group_expression(by, start)
    scope, scope_params = group_scope_sql(viewer)
    sql = BREAKDOWN_SQL.format(group=group, scope=scope)
    params = [*group_params, end, start, start, end, start, end, end, True, end, start, *scope_params]
    rows = await fetch(sql, params)
    groups: dict[str, GroupFigures] = {}
    labels = await _labels(by, {r["grp"] for r in rows})
    for row in rows:
        key = UNKNOWN if row["grp"] is None else str(row["grp"])
        figures = groups.setdefault(key, GroupFigures(key=key, label=labels.get(key, "Not recorded")))
        figures.headcount_start += int(row["at_start"] or 0)
        figures.headcount_end += int(row["at_end"] or 0)
        figures.hires += int(row["hires"] or 0)
        figures.exits += int(row["exits"] or 0)
        figures.voluntary_exits += int(row["voluntary"] or 0)
        if row["reason"] is not None and row["exits"]:
            figures.exit_reasons[str(row["reason"])] = figures.exit_reasons.get(str(row["reason"]), 0) + int(row["exits"])
    ordered = sorted(groups.values(), key=lambda g: _order(by, g))
    return Breakdown(start=start, end=end, by=by, groups=ordered)


def _order(by: BreakdownBy, group: GroupFigures) -> tuple:
    bands = {BreakdownBy.TENURE_BAND: TENURE_BANDS, BreakdownBy.AGE_BAND: AGE_BANDS}.get(by)
    if bands:
        codes = [code for code, _ in bands]
        return (codes.index(group.key) if group.key in codes else len(codes), "")
    return (group.key == UNKNOWN, group.label)
