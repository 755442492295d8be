"""The company's calendar: times are stored in UTC, days are the company's (`HRGRAPH_TIMEZONE`).

"Today" in an HR system is the company's day, not the server's: a contract signed at 01:00
in Shanghai is signed on that Shanghai date even though UTC is still on the day before.
"""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from backend.auth import now
from backend.settings import get_settings


def company_zone() -> ZoneInfo:
    return ZoneInfo(get_settings().timezone)


def local_day(moment: datetime, zone: ZoneInfo | None = None) -> date:
    return moment.astimezone(zone or company_zone()).date()


def day_start(day: date, zone: ZoneInfo | None = None) -> datetime:
    """The first instant of a company-time-zone day."""
    return datetime.combine(day, time(), tzinfo=zone or company_zone())


def company_today() -> date:
    return local_day(now())
