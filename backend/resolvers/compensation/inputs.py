"""A month's commission inputs from the traffic rollups, for every host of a payroll scope at once.

Money is summed in whole fen as integers in SQL (SQLite would otherwise sum decimals through
floats), so the totals are exact on both databases. A live day is an effective streaming day:
the host's accounts together were live at least the effective-day hours (a traffic setting).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from tortoise import Tortoise

from backend.db import portable_sql
from backend.resolvers.compensation.rules import FEN, MonthInputs
from backend.resolvers.traffic.rollups import effective_minutes

TENTH = Decimal("0.1")

# One row per host and day (a host may stream on several accounts), restricted to a scope.
_HOST_DAYS = """
SELECT host_id, day, SUM(live_minutes) AS minutes,
       SUM(CAST(ROUND(gift_revenue * 100) AS BIGINT)) AS gift_fen,
       SUM(CAST(ROUND(gmv * 100) AS BIGINT)) AS gmv_fen
FROM traffic_days WHERE day >= ? AND day <= ? AND host_id IS NOT NULL {scope}
GROUP BY host_id, day"""

_HOST_MONTH = f"""
SELECT host_id, SUM(CASE WHEN minutes >= ? THEN 1 ELSE 0 END) AS live_days, SUM(minutes) AS minutes,
       SUM(gift_fen) AS gift_fen, SUM(gmv_fen) AS gmv_fen
FROM ({_HOST_DAYS}) host_days GROUP BY host_id"""

_TEAM_MONTHS = """
SELECT team_id, this_month, SUM(revenue_fen) AS revenue_fen FROM (
    SELECT team_id, CASE WHEN day >= ? THEN 1 ELSE 0 END AS this_month,
           CAST(ROUND(gift_revenue * 100) AS BIGINT) + CAST(ROUND(gmv * 100) AS BIGINT) AS revenue_fen
    FROM team_traffic_days WHERE day >= ? AND day <= ?) team_days
GROUP BY team_id, this_month"""


@dataclass(frozen=True)
class HostTotals:
    live_days: int = 0
    minutes: int = 0
    gift_fen: int = 0
    gmv_fen: int = 0

    def __add__(self, other: HostTotals) -> HostTotals:
        return HostTotals(self.live_days + other.live_days, self.minutes + other.minutes,
                          self.gift_fen + other.gift_fen, self.gmv_fen + other.gmv_fen)

    def inputs(self, team_growth_percent: Decimal | None) -> MonthInputs:
        return MonthInputs(gift_revenue=Decimal(self.gift_fen) * FEN, gmv=Decimal(self.gmv_fen) * FEN,
                           live_days=self.live_days, live_hours=(Decimal(self.minutes) / 60).quantize(FEN, ROUND_HALF_UP),
                           team_growth_percent=team_growth_percent)


def scope_filter(scope_key: str) -> tuple[str, list]:
    """SQL restricting traffic rows to the hosts of a payroll scope ("all", "team:7", "department:3"; "host:5" for a preview)."""
    kind, _, target = scope_key.partition(":")
    if kind == "all":
        return "", []
    if kind == "host":
        return "AND host_id = ?", [int(target)]
    column = {"team": "team_id", "department": "department_id"}[kind]
    return f"AND host_id IN (SELECT id FROM employees WHERE {column} = ?)", [int(target)]


async def _rows(sql: str, params: list) -> list[dict]:
    conn = Tortoise.get_connection("default")
    return await conn.execute_query_dict(*portable_sql(conn, sql, params))


def _totals(row: dict, live_days: int) -> HostTotals:
    return HostTotals(live_days, int(row["minutes"] or 0), int(row["gift_fen"] or 0), int(row["gmv_fen"] or 0))


async def month_totals(*, first: date, last: date, scope_key: str) -> dict[int, HostTotals]:
    """Each host's totals for the days first..last (both included)."""
    scope, scope_params = scope_filter(scope_key)
    rows = await _rows(_HOST_MONTH.format(scope=scope), [effective_minutes(), first, last, *scope_params])
    return {row["host_id"]: _totals(row, int(row["live_days"] or 0)) for row in rows}


async def daily_totals(*, first: date, last: date, host_ids: list[int]) -> dict[int, dict[date, HostTotals]]:
    """Day by day, for the few hosts whose plan changes within the month."""
    if not host_ids:
        return {}
    marks = ", ".join("?" for _ in host_ids)
    rows = await _rows(_HOST_DAYS.format(scope=f"AND host_id IN ({marks})"), [first, last, *host_ids])
    threshold, days = effective_minutes(), defaultdict(dict)
    for row in rows:
        day = row["day"] if isinstance(row["day"], date) else date.fromisoformat(str(row["day"]))
        days[row["host_id"]][day] = _totals(row, 1 if int(row["minutes"] or 0) >= threshold else 0)
    return days


def period_totals(days: dict[date, HostTotals], start: date, end: date) -> HostTotals:
    return sum((totals for day, totals in days.items() if start <= day <= end), HostTotals())


async def team_growth(*, first: date, last: date, previous_first: date) -> dict[int, Decimal | None]:
    """Each team's revenue (gift revenue + GMV) growth over the previous month, in % to 0.1;
    None when the previous month had none to grow from."""
    rows = await _rows(_TEAM_MONTHS, [first, previous_first, last])
    months: dict[int, dict[int, int]] = defaultdict(dict)
    for row in rows:
        months[row["team_id"]][int(row["this_month"])] = int(row["revenue_fen"] or 0)
    growth: dict[int, Decimal | None] = {}
    for team_id, by_month in months.items():
        before, now = by_month.get(0, 0), by_month.get(1, 0)
        growth[team_id] = None if before <= 0 else (Decimal(now - before) * 100 / before).quantize(TENTH, ROUND_HALF_UP)
    return growth
