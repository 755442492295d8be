"""Platform accounts and the ingestion of live metric samples (rollups, series and anomaly
rules live beside this module).

Ingestion is per item: every sample is checked on its own; valid ones are stored, rejected
ones come back with their index, field and reason. Storing is an upsert on the natural key
(account, minute): re-sending changes nothing, a corrected value replaces the old one.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Subquery
from tortoise.functions import Max
from tortoise.transactions import in_transaction
from tortoise.queryset import QuerySet

from backend import events
from backend.auth import AuthError, Viewer
from backend.errors import DomainError, ValidationFailed
from backend.i18n import Message, phrase
from backend.models.accounts import PartnerClient
from backend.models.traffic import MetricSample, Platform, PlatformAccount, TrafficPeriod
from backend.permissions import Permission, RowScope
from backend.resolvers import validation as v
from backend.resolvers.audit import record_event
from backend.resolvers.employees import scoped_employees
from backend.resolvers.pagination import Page, paginate
from backend.db import insert_rows, upsert_rows
from backend.resolvers.traffic import rollups
from backend.resolvers.validation import Rejection

LIVE_TOPIC = "traffic"
MAX_SAMPLES = 1000  # a trafficIngest call
MAX_BULK_CHUNK = 10_000  # one transaction of the NDJSON endpoint
CLOCK_SKEW = timedelta(minutes=5)
OLDEST = timedelta(days=2 * 366)  # backfills reach two years back
COUNTS = ("online_viewers", "followers", "orders", "interactions")
MONEY = ("gift_revenue", "gmv")
SAMPLE_VALUES = rollups.Minute._fields[2:]  # the measured columns, in the table's order
SAMPLE_COLUMNS = ("account_id", "at", *SAMPLE_VALUES)
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


MAX_ACCOUNT_TEXT = 100  # the handle and external id columns


def _duplicate_account(platform: Platform) -> DomainError:
    return DomainError("DUPLICATE", Message("This {platform} account is already registered.",
                                            platform=phrase(platform.value)), "externalId")


async def create_account(*, viewer: Viewer, host_id: int, platform: Platform, handle: str, external_id: str,
                         partner_client_id: int | None = None) -> PlatformAccount:
    errors: list[DomainError] = []
    host = await scoped_employees(viewer).get_or_none(id=host_id)
    if host is None:
        errors.append(DomainError("NOT_FOUND", "No employee with this id that you can see.", "hostId"))
    elif not host.is_host:
        errors.append(DomainError("INVALID", "Platform accounts belong to hosts; mark the employee as a host first.", "hostId"))
    handle, external_id = handle.strip(), external_id.strip()
    if not handle:
        errors.append(DomainError("REQUIRED", "The handle is required.", "handle"))
    elif len(handle) > MAX_ACCOUNT_TEXT:
        errors.append(DomainError("INVALID", Message("{field} is at most {limit} characters.", field="handle",
                                                     limit=MAX_ACCOUNT_TEXT), "handle"))
    if not external_id:
        errors.append(DomainError("REQUIRED", "The platform's account id is required.", "externalId"))
    elif len(external_id) > MAX_ACCOUNT_TEXT:
        errors.append(DomainError("INVALID", Message("{field} is at most {limit} characters.", field="externalId",
                                                     limit=MAX_ACCOUNT_TEXT), "externalId"))
    elif await PlatformAccount.exists(platform=platform, external_id=external_id):
        errors.append(_duplicate_account(platform))
    if partner_client_id is not None and not viewer.can(Permission.ACCOUNTS_MANAGE.value):
        # Linking lets the partner push this host's traffic: who may do that is an account manager's decision.
        errors.append(DomainError("FORBIDDEN", "Linking an account to a partner client needs accounts.manage.",
                                  "partnerClientId"))
    elif partner_client_id is not None:
        partner = await PartnerClient.get_or_none(id=partner_client_id)
        if partner is None:
            errors.append(DomainError("NOT_FOUND", "No partner client with this id.", "partnerClientId"))
        elif not partner.is_active:
            errors.append(DomainError("INVALID", "This partner client is revoked; it can push no data.", "partnerClientId"))
    if errors:
        raise ValidationFailed(errors)
    try:
        account = await PlatformAccount.create(host_id=host_id, platform=platform, handle=handle,
                                               external_id=external_id, partner_client_id=partner_client_id)
    except IntegrityError as exc:  # registered by someone else since the check
        raise ValidationFailed([_duplicate_account(platform)]) from exc
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


MAX_MONEY = Decimal("1000000000")
ZERO, CENT = Decimal("0"), Decimal("0.01")


def _utc_minute(at: datetime) -> datetime:
    if at.tzinfo is timezone.utc and not at.second and not at.microsecond:
        return at  # as partners send it, and the cheapest case by far
    return (at if at.tzinfo else at.replace(tzinfo=timezone.utc)).astimezone(timezone.utc).replace(second=0, microsecond=0)


def _plainly_valid(sample: SampleInput, at: datetime, earliest: datetime, latest: datetime) -> bool:
    """True for the everyday sample, checked in one expression; False sends it through
    _sample_errors, which says what is wrong (or finds nothing, for an unusual valid one)."""
    try:
        return (earliest <= at <= latest and sample.online_viewers >= 0 and sample.followers >= 0
                and sample.orders >= 0 and sample.interactions >= 0
                and ZERO <= sample.gift_revenue <= MAX_MONEY and sample.gift_revenue == sample.gift_revenue.quantize(CENT)
                and ZERO <= sample.gmv <= MAX_MONEY and sample.gmv == sample.gmv.quantize(CENT))
    except InvalidOperation:  # NaN
        return False


def _sample_errors(sample: SampleInput, at: datetime, now: datetime) -> list[tuple[str, str, str]]:
    errors = []
    if at > now + CLOCK_SKEW:
        errors.append(("at", "INVALID", "The sample is in the future; send times in UTC or with an offset."))
    elif at < now - OLDEST:
        errors.append(("at", "INVALID", "Samples older than two years are not accepted."))
    for name in COUNTS:
        if getattr(sample, name) < 0:
            errors.append((CAMEL.get(name, name), "INVALID", "Counts cannot be negative."))
    for name in MONEY:
        if (msg := v.money_error(getattr(sample, name), maximum=MAX_MONEY)):
            errors.append((CAMEL.get(name, name), "INVALID", msg))
    return errors


async def ingest_samples(*, viewer: Viewer, samples: list[SampleInput], limit: int = MAX_SAMPLES) -> IngestResult:
    if len(samples) > limit:
        raise ValidationFailed([DomainError("INVALID", Message("Send at most {limit:,} samples a call; use the bulk endpoint for backfills.",
                                                               limit=limit), "samples")])
    result = IngestResult()
    wanted = {s.account_id for s in samples if s.account_id is not None}
    writable = set(await visible_accounts(viewer).filter(id__in=list(wanted)).values_list("id", flat=True)) if wanted else set()
    now = datetime.now(timezone.utc)
    earliest, latest = now - OLDEST, now + CLOCK_SKEW
    rows: dict[tuple[int, datetime], tuple] = {}
    for index, sample in enumerate(samples):
        at = _utc_minute(sample.at)
        if sample.account_id not in writable or not _plainly_valid(sample, at, earliest, latest):
            problems = _sample_errors(sample, at, now)
            if sample.account_id not in writable:
                problems.insert(0, ("accountId", "NOT_FOUND", "No platform account with this id that you may write to."))
            if problems:
                result.rejected += [Rejection(index, f, code, message) for f, code, message in problems]
                continue
        # The last of duplicates within one call wins, as a later correction would.
        rows[(sample.account_id, at)] = sample if at is sample.at else sample._replace(at=at)
    if rows:
        # Samples and their rollups in one transaction: a failed rollup leaves no sample without it.
        async with in_transaction() as conn:
            await _store(conn, list(rows.values()))
            await rollups.roll_up(conn, list(rows.values()))
        # Ids only (NOTIFY carries at most 8 kB): live subscribers read the samples themselves.
        touched = sorted({account for account, _ in rows})
        for start in range(0, len(touched), 500):
            await events.get_bus().publish(LIVE_TOPIC, ",".join(map(str, touched[start:start + 500])))
    result.accepted = len(samples) - len({r.index for r in result.rejected})
    return result


async def _store(conn, rows: list[SampleInput]) -> None:
    """Upserts the samples on (account, minute). On PostgreSQL, the minutes after an account's
    newest stored one (the live case: nothing there to replace) go in with COPY, which takes
    about 60 % of the upsert's time; the account lock keeps anyone else from storing them first."""
    if conn.capabilities.dialect == "postgres":
        accounts = sorted({r.account_id for r in rows})
        await rollups.lock_accounts(conn, accounts)
        found = await conn.execute_query_dict(
            "SELECT a AS account, (SELECT max(at) FROM metric_samples WHERE account_id = a) AS newest"
            " FROM unnest($1::int[]) AS a", [accounts])
        newest = {row["account"]: row["newest"] for row in found}
        fresh, known = [], []
        for r in rows:
            (fresh if newest[r.account_id] is None or r.at > newest[r.account_id] else known).append(r)
        await insert_rows(conn, MetricSample, SAMPLE_COLUMNS, fresh)
        rows = known
    else:
        # As SQLite stores them (what sqlite3's adapters would make, a third of the insert's time when
        # they run per value in the driver's thread).
        minutes = {at: at.isoformat(" ") for at in {r.at for r in rows}}  # a chunk has few distinct minutes
        rows = [(r.account_id, minutes[r.at], r.online_viewers, r.followers, str(r.gift_revenue), str(r.gmv),
                 r.orders, r.interactions) for r in rows]
    await upsert_rows(conn, MetricSample, SAMPLE_COLUMNS, rows, conflict=("account_id", "at"))


async def live_samples(*, viewer: Viewer, account_ids: list[int], poll_seconds: float = 5.0,
                       reload: Callable[[], Awaitable[Viewer]] | None = None):
    """Streams each new minute of the given accounts (those the viewer may see) as it arrives:
    woken by the bus, reading from the database past each account's last minute sent.

    Access is checked as the stream goes, not only when it starts: an expired token raises
    AuthError at its expiry, and with `reload` (the caller re-read from their token: raises
    AuthError once the account is disabled or the client revoked) what the viewer may see is
    recomputed every RECHECK_SECONDS."""
    visible = await _visible_of(viewer, account_ids)
    latest = await _newest_of(visible)
    checked = time.monotonic()
    async with events.get_bus().subscribe(LIVE_TOPIC) as inbox:
        while visible:
            message = await inbox.get(timeout=max(0.05, min(poll_seconds, _seconds_left(viewer))))
            if _seconds_left(viewer) <= 0:
                raise AuthError("The access token has expired; reconnect with a fresh one.")
            if reload is not None and time.monotonic() - checked >= RECHECK_SECONDS:
                viewer, checked = await reload(), time.monotonic()
                now_visible = await _visible_of(viewer, account_ids)
                latest.update(await _newest_of(now_visible - visible))
                visible = now_visible
            touched = visible if message in (None, events.RESYNC) else visible & {int(i) for i in message.split(",") if i}
            for account in touched:
                query = MetricSample.filter(account_id=account)
                if account in latest:
                    query = query.filter(at__gt=latest[account])
                for sample in await query.order_by("at").limit(500):
                    latest[account] = sample.at
                    yield sample


RECHECK_SECONDS = 10.0


def _seconds_left(viewer: Viewer) -> float:
    return viewer.expires_at - time.time() if viewer.expires_at else float("inf")


async def _visible_of(viewer: Viewer, account_ids: list[int]) -> set[int]:
    return set(await visible_accounts(viewer).filter(id__in=account_ids).values_list("id", flat=True))


async def _newest_of(accounts: set[int]) -> dict[int, datetime]:
    """Each account's newest stored minute: where its stream starts (history is not replayed)."""
    if not accounts:
        return {}
    return dict(await MetricSample.filter(account_id__in=list(accounts)).group_by("account_id")
                .annotate(last=Max("at")).values_list("account_id", "last"))
