"""What the people-analytics read side shares: calendar months, the bounded period every
aggregate takes, who an aggregate may be about (its row scope as SQL), and raw SQL on either
database."""

from __future__ import annotations

from datetime import date, timedelta

from tortoise import Tortoise

from backend.auth import Viewer
from backend.db import portable_sql
from backend.errors import DomainError, ValidationFailed, forbidden
from backend.i18n import Message
from backend.permissions import RowScope

MAX_DAYS = 3 * 366  # three years: enough for a trend, small enough to stay one quick GROUP BY


def month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def month_of(index: int) -> date:
    return date(index // 12, index % 12 + 1, 1)


def add_months(day: date, months: int) -> date:
    """The first of the month `months` after the month of `day`."""
    return month_of(month_index(day) + months)


def shift_months(day: date, months: int) -> date:
    """The same day `months` later (the month's last day where it is shorter): for bands by age or tenure."""
    first = add_months(day, months)
    return first.replace(day=min(day.day, month_end(first).day))


def month_end(first: date) -> date:
    return add_months(first, 1) - timedelta(days=1)


def full_months(start: date, end: date) -> int:
    """Whole months from `start` to `end` (an anniversary completes a month)."""
    months = month_index(end) - month_index(start)
    return months - 1 if end.day < start.day else months


def check_period(start: date, end: date, *, max_days: int = MAX_DAYS) -> None:
    """`from` .. `to` must run forwards and stay within `max_days`; the error says what to change."""
    if end < start:
        raise ValidationFailed([DomainError("INVALID", Message("`to` ({end}) is before `from` ({start}): swap them.",
                                                               end=end, start=start), "to")])
    if (end - start).days + 1 > max_days:
        raise ValidationFailed([DomainError(
            "INVALID", Message("The period spans {days} days; at most {max_days} (about three years) at a time: move `from` "
                               "closer to `to`.", days=(end - start).days + 1, max_days=max_days), "from")])


def group_scope_sql(viewer: Viewer, alias: str = "e") -> tuple[str, list]:
    """The employees an aggregate may count, as a WHERE fragment: everyone for a company-wide
    scope, the teams they lead (and themself) for a lead, as `scoped_employees` does. Aggregates
    about oneself or a partner's hosts are not people analytics: those scopes are refused."""
    if viewer.kind == "system" or viewer.scope == RowScope.ALL:
        return "1 = 1", []
    if viewer.scope == RowScope.TEAM and viewer.employee_id:
        return (f"({alias}.team_id IN (SELECT id FROM teams WHERE lead_id = ?) OR {alias}.id = ?)",
                [viewer.employee_id, viewer.employee_id])
    raise forbidden("workforce analytics are about groups: they need a company-wide or team row scope")


async def fetch(sql: str, params: list) -> list[dict]:
    conn = Tortoise.get_connection("default")
    return await conn.execute_query_dict(*portable_sql(conn, sql, params))


def month_sql(column: str = "day") -> str:
    """A date column as 'YYYY-MM' on either database (SQLite stores dates as ISO text)."""
    conn = Tortoise.get_connection("default")
    return f"to_char({column}, 'YYYY-MM')" if conn.capabilities.dialect == "postgres" else f"substr({column}, 1, 7)"


def parse_month(text: str) -> date:
    year, month = str(text)[:7].split("-")
    return date(int(year), int(month), 1)


def as_date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
