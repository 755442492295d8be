"""Platform accounts and the ingestion of live metric samples (rollups, series and anomaly
rules live beside this module).

Ingestion is per item: every sample is checked on its own; valid ones are stored, rejected
ones come back with their index, field and reason. Storing is an upsert on the natural key
(account, minute): re-sending changes nothing, a corrected value replaces the old one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from decimal import Decimal

from tortoise.expressions import Subquery
from tortoise.functions import Max
from tortoise.transactions import in_transaction
from tortoise.queryset import QuerySet

from backend import events
from backend.auth import Viewer
from backend.errors import DomainError, ValidationFailed
from backend.models.traffic import MetricSample, Platform, PlatformAccount, TrafficPeriod
from backend.permissions import RowScope
from backend.resolvers import validation as v
from backend.resolvers.audit import record_event
from backend.resolvers.employees import scoped_employees
from backend.resolvers.pagination import Page, paginate
from backend.db import upsert_rows
from backend.resolvers.traffic import rollups
from backend.resolvers.validation import Rejection

LIVE_TOPIC = "traffic"
MAX_SAMPLES = 1000
CLOCK_SKEW = timedelta(minutes=5)
OLDEST = timedelta(days=2 * 366)  # backfills reach two years back
COUNTS = ("online_viewers", "followers", "orders", "interactions")
MONEY = ("gift_revenue", "gmv")
SAMPLE_VALUES = rollups.Minute._fields[2:]  # the measured columns, in the table's order
CAMEL = {"online_viewers": "onlineViewers", "gift_revenue": "giftRevenue", "account_id": "accountId"}


def visible_accounts(viewer: Viewer) -> QuerySet[PlatformAccount]:
    """A partner sees the accounts linked to it; everyone else the accounts of the hosts they may see."""
    if viewer.kind == "client":
        return PlatformAccount.filter(partner_client_id=viewer.client_pk)
    if viewer.kind == "system" or viewer.scope == RowScope.ALL:
        return PlatformAccount.all()
    return PlatformAccount.filter(host_id__in=Subquery(scoped_employees(viewer, to_read=False).values("id")))


async def list_accounts(*, viewer: Viewer, first: int, after: str | None, platform: Platform | None = None,
                        host_id: int | None = None, scouted: bool | None = None) -> Page[PlatformAccount]:
    query = visible_accounts(viewer)
    if scouted is not None:
        query = query.filter(host_id__isnull=scouted)
    if platform is not None:
        query = query.filter(platform=platform)
    if host_id is not None:
        query = query.filter(host_id=host_id)
    return await paginate(query.order_by("platform", "handle", "id"), first=first, after=after)


async def create_account(*, viewer: Viewer, host_id: int, platform: Platform, handle: str, external_id: str,
                         partner_client_id: int | None = None) -> PlatformAccount:
    errors: list[DomainError] = []
    host = await scoped_employees(viewer).get_or_none(id=host_id)
    if host is None:
        errors.append(DomainError("NOT_FOUND", "No employee with this id that you can see.", "hostId"))
    elif not host.is_host:
        errors.append(DomainError("INVALID", "Platform accounts belong to hosts; mark the employee as a host first.", "hostId"))
    if not handle.strip():
        errors.append(DomainError("REQUIRED", "The handle is required.", "handle"))
    if not external_id.strip():
        errors.append(DomainError("REQUIRED", "The platform's account id is required.", "externalId"))
    elif await PlatformAccount.exists(platform=platform, external_id=external_id.strip()):
        errors.append(DomainError("DUPLICATE", f"This {platform.value} account is already registered.", "externalId"))
    if errors:
        raise ValidationFailed(errors)
    account = await PlatformAccount.create(host_id=host_id, platform=platform, handle=handle.strip(),
                                           external_id=external_id.strip(), partner_client_id=partner_client_id)
    await record_event(viewer=viewer, action="platform_account.create", target_type="platform_account",
                       target_id=account.id, employee_id=host_id)
    return account


async def periods_by_account(account_ids: list[int]) -> dict[int, list[TrafficPeriod]]:
    found: dict[int, list[TrafficPeriod]] = {}
    for period in await TrafficPeriod.filter(account_id__in=account_ids).order_by("starts_on"):
        found.setdefault(period.account_id, []).append(period)
    return found


# A pushed sample as the API took it; `account_id` is None when the given id was not one of ours.
SampleInput = rollups.Minute


@dataclass
class IngestResult:
    accepted: int = 0
    rejected: list[Rejection] = field(default_factory=list)


def _sample_errors(sample: SampleInput, now: datetime) -> list[tuple[str, str, str]]:
    errors = []
    at = sample.at if sample.at.tzinfo else sample.at.replace(tzinfo=timezone.utc)
    if at > now + CLOCK_SKEW:
        errors.append(("at", "INVALID", "The sample is in the future; send times in UTC or with an offset."))
    elif at < now - OLDEST:
        errors.append(("at", "INVALID", "Samples older than two years are not accepted."))
    for name in COUNTS:
        if getattr(sample, name) < 0:
            errors.append((CAMEL.get(name, name), "INVALID", "Counts cannot be negative."))
    for name in MONEY:
        if (msg := v.money_error(getattr(sample, name), maximum=Decimal("1000000000"))):
            errors.append((CAMEL.get(name, name), "INVALID", msg))
    return errors


async def ingest_samples(*, viewer: Viewer, samples: list[SampleInput]) -> IngestResult:
    if len(samples) > MAX_SAMPLES:
        raise ValidationFailed([DomainError("INVALID", f"Send at most {MAX_SAMPLES} samples a call; use the bulk endpoint for backfills.", "samples")])
    result = IngestResult()
    wanted = {s.account_id for s in samples if s.account_id is not None}
    writable = set(await visible_accounts(viewer).filter(id__in=list(wanted)).values_list("id", flat=True)) if wanted else set()
    now = datetime.now(timezone.utc)
    rows: dict[tuple[int, datetime], tuple] = {}
    for index, sample in enumerate(samples):
        problems = _sample_errors(sample, now)
        if sample.account_id is None or sample.account_id not in writable:
            problems.insert(0, ("accountId", "NOT_FOUND", "No platform account with this id that you may write to."))
        if problems:
            result.rejected += [Rejection(index, f, code, message) for f, code, message in problems]
            continue
        at = (sample.at if sample.at.tzinfo else sample.at.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)
        at = at.replace(second=0, microsecond=0)
        # The last of duplicates within one call wins, as a later correction would.
        rows[(sample.account_id, at)] = sample._replace(at=at)
    if rows:
        # Samples and their rollups in one transaction: a failed rollup leaves no sample without it.
        async with in_transaction() as conn:
            await upsert_rows(conn, MetricSample, ("account_id", "at", *SAMPLE_VALUES), list(rows.values()),
                              conflict=("account_id", "at"))
            await rollups.roll_up(conn, list(rows.values()))
        # Ids only (NOTIFY carries at most 8 kB): live subscribers read the samples themselves.
        touched = sorted({account for account, _ in rows})
        for start in range(0, len(touched), 500):
            await events.get_bus().publish(LIVE_TOPIC, ",".join(map(str, touched[start:start + 500])))
    result.accepted = len(samples) - len({r.index for r in result.rejected})
    return result


async def live_samples(*, viewer: Viewer, account_ids: list[int], poll_seconds: float = 5.0):
    """Streams each new minute of the given accounts (those the viewer may see) as it arrives:
    woken by the bus, reading from the database past each account's last minute sent."""
    visible = set(await visible_accounts(viewer).filter(id__in=account_ids).values_list("id", flat=True))
    if not visible:
        return
    latest = dict(await MetricSample.filter(account_id__in=list(visible)).group_by("account_id")
                  .annotate(last=Max("at")).values_list("account_id", "last"))
    async with events.get_bus().subscribe(LIVE_TOPIC) as inbox:
        while True:
            message = await inbox.get(timeout=poll_seconds)
            touched = visible if message in (None, events.RESYNC) else visible & {int(i) for i in message.split(",") if i}
            for account in touched:
                query = MetricSample.filter(account_id=account)
                if account in latest:
                    query = query.filter(at__gt=latest[account])
                for sample in await query.order_by("at").limit(500):
                    latest[account] = sample.at
                    yield sample
