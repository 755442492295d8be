"""`hrgraph traffic import-twitch FILE`: the public Twitch top-1000 ranking as scouted accounts.

Each channel becomes a Twitch platform account with no host (talent acquisition's watch list)
and one `TrafficPeriod` holding the file's totals as reported: the file covers one year, so
that is one period, not twelve invented months. Importing again updates what is there. A row
that cannot be read is reported with its line number and reason and the others are kept; a
file without the expected columns is refused whole, before anything is written.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from tortoise.transactions import in_transaction

from backend.models.traffic import Platform, PlatformAccount, TrafficPeriod

SOURCE = "twitch_top1000_2019"
PERIOD = (date(2019, 1, 1), date(2019, 12, 31))
COUNTS = {"Watch time(Minutes)": "watch_minutes", "Stream time(minutes)": "stream_minutes",
          "Peak viewers": "peak_viewers", "Average viewers": "avg_viewers", "Followers": "followers",
          "Followers Gained": "followers_gained", "Views gained": "views_gained"}
FLAGS = {"Partnered": "partnered", "Mature": "mature"}
COLUMNS = ("Channel", *COUNTS, *FLAGS, "Language")


class TwitchImportError(ValueError):
    """The file as a whole cannot be imported; the message says why."""


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"imported {self.created + self.updated} Twitch channels ({self.created} new, {self.updated} updated), "
                f"{len(self.rejected)} rows rejected")


def _read(path: str) -> list[dict[str, str]]:
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise TwitchImportError(f"cannot be read: {exc.strerror.lower() if exc.strerror else exc}") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TwitchImportError(f"not UTF-8 text (byte {exc.start}); save the file as UTF-8") from exc
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise TwitchImportError(f"missing columns: {', '.join(missing)} (expected the Twitch top-1000 layout)")
    return list(reader)


def _parse(row: dict[str, str]) -> dict:
    """Raises ValueError("reason")."""
    channel = (row["Channel"] or "").strip()
    if not channel:
        raise ValueError("Channel is empty")
    values: dict = {"channel": channel, "language": (row["Language"] or "").strip() or None}
    for column, name in COUNTS.items():
        try:
            values[name] = int(row[column])
        except (TypeError, ValueError):
            raise ValueError(f"{column} must be a whole number, got {row[column]!r}") from None
        # Followers gained can be negative (channels that lost followers); nothing else can.
        if values[name] < 0 and name != "followers_gained":
            raise ValueError(f"{column} cannot be negative")
    for column, name in FLAGS.items():
        flag = (row[column] or "").strip().lower()
        if flag not in ("true", "false"):
            raise ValueError(f"{column} must be True or False, got {row[column]!r}")
        values[name] = flag == "true"
    return values


async def import_twitch(path: str) -> ImportReport:
    report = ImportReport()
    parsed: dict[str, tuple[int, dict]] = {}
    for line, row in enumerate(_read(path), start=2):  # line 1 is the header
        try:
            values = _parse(row)
        except ValueError as exc:
            report.rejected.append((line, str(exc)))
            continue
        key = values["channel"].lower()
        if key in parsed:
            report.notes.append(f"line {line}: {values['channel']} repeats line {parsed[key][0]}; the later row is kept")
        parsed[key] = (line, values)
    existing = {a.external_id: a for a in await PlatformAccount.filter(platform=Platform.TWITCH, external_id__in=list(parsed))}
    async with in_transaction():
        for key, (_, values) in parsed.items():
            account = existing.get(key)
            if account is None:
                account = await PlatformAccount.create(platform=Platform.TWITCH, handle=values["channel"], external_id=key)
                report.created += 1
            else:
                report.updated += 1
            period = {name: values[name] for name in (*COUNTS.values(), *FLAGS.values(), "language")}
            await TrafficPeriod.update_or_create(account_id=account.id, source=SOURCE, starts_on=PERIOD[0],
                                                 defaults={"ends_on": PERIOD[1], **period})
    negative = sum(1 for _, v in parsed.values() if v["followers_gained"] < 0)
    if negative:
        report.notes.append(f"{negative} channels report a negative follower gain; kept as reported")
    for line, reason in report.rejected:
        report.notes.append(f"line {line}: {reason}")
    return report
