"""Field validators shared by the domains (each returns an error message or None), and the
per-item rejection that batch writes (traffic samples, attendance months) report."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from backend.i18n import Message

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_MOBILE = re.compile(r"^(\+86)?1[3-9]\d{9}$")
_INTL = re.compile(r"^\+[1-9]\d{6,14}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_BANK = re.compile(r"^\d{12,30}$")


@dataclass
class Rejection:
    """One refused item of a batch: its position in the input, the field, why; the rest are kept."""

    index: int
    field: str
    code: str
    message: str


def prc_id_number_error(value: str) -> str | None:
    """Resident ID (GB 11643-1999): 17 digits, a birth date, and a mod-11 check character."""
    value = value.strip().upper()
    if not re.fullmatch(r"\d{17}[\dX]", value):
        return "An ID number has 18 characters: 17 digits and a digit or X."
    try:
        date(int(value[6:10]), int(value[10:12]), int(value[12:14]))
    except ValueError:
        return "The ID number holds no valid birth date (characters 7-14)."
    if prc_id_check_char(value[:17]) != value[17]:
        return "The ID number's check character is wrong; look for a typo."
    return None


def prc_id_check_char(first17: str) -> str:
    return _ID_CHECK[sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS)) % 11]


def id_number_birth_date(value: str) -> date:
    value = value.strip()
    return date(int(value[6:10]), int(value[10:12]), int(value[12:14]))


def phone_error(value: str) -> str | None:
    compact = re.sub(r"[\s-]", "", value)
    if _MOBILE.match(compact) or _INTL.match(compact):
        return None
    return "Enter a mainland mobile number (11 digits starting with 1) or an international one starting with +."


def email_error(value: str) -> str | None:
    return None if _EMAIL.match(value.strip()) and len(value) <= 254 else "Enter a valid e-mail address."


def bank_account_error(value: str) -> str | None:
    return None if _BANK.match(re.sub(r"\s", "", value)) else "A bank account number has 12 to 30 digits."


def money_error(value: Decimal, *, maximum: Decimal = Decimal("10000000")) -> str | None:
    try:
        if value < 0:
            return "The amount cannot be negative."
        if value > maximum:
            return Message("The amount cannot exceed {maximum:,}.", maximum=maximum)
        if value != value.quantize(Decimal("0.01")):
            return "Amounts have at most two decimal places (fen)."
    except InvalidOperation:
        return "Enter an amount such as 8000.00."
    return None


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def input_name(path: str) -> str:
    """A Python name or dotted path as the API's input names it: `indicators.0.cap_percent` ->
    `indicators.0.capPercent`, for the `field` of an error."""
    def one(part: str) -> str:
        head, *rest = part.split("_")
        return head + "".join(p.title() for p in rest)

    return ".".join(one(p) for p in path.split("."))
