"""Platform accounts, sample ingestion and the live feed in the graph."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import AsyncGenerator

import strawberry
from strawberry.types import Info

from backend.auth import AuthError, viewer_from_token
from backend.errors import bad_input
from backend.i18n import translate
from backend.models import traffic as models
from backend.permissions import Permission as P
from backend.resolvers import traffic as resolvers
from backend.settings import get_settings
from backend.graph.base import (CLOSE_UNAUTHORIZED, Connection, Node, close_socket, connection, decode_ids, mutate, pk_of,
                                related, require, to_global_id)
from backend.graph.employees import Employee

Platform = strawberry.enum(models.Platform)


@strawberry.type(description="A host's account on a streaming platform.")
class PlatformAccount(Node):
    row: strawberry.Private[models.PlatformAccount]
    platform: Platform
    handle: str
    external_id: str

    @classmethod
    def from_row(cls, row: models.PlatformAccount) -> "PlatformAccount":
        return cls(id=to_global_id("PlatformAccount", row.id), row=row, platform=row.platform, handle=row.handle,
                   external_id=row.external_id)

    @strawberry.field(description="""The host, if you may see them (a partner sees the hosts of its accounts); null for a
scouted account that is not one of ours.""")
    def host(self, info: Info) -> Employee | None:
        return related(info.context.loaders.employee_by_id, self.row.host_id, Employee.from_row)

    @strawberry.field(description="Totals an outside source reported for this account (e.g. a public ranking's year).")
    async def reported_periods(self, info: Info) -> list[TrafficPeriod]:
        return [TrafficPeriod.from_row(p) for p in await info.context.loaders.traffic_periods_by_account.load(self.row.id)]


@strawberry.type(description="What an outside source reported for an account over a period, kept as reported.")
class TrafficPeriod:
    source: str
    starts_on: date
    ends_on: date
    watch_minutes: float = strawberry.field(description="Viewer-minutes watched (can exceed a 32-bit integer).")
    stream_minutes: int
    peak_viewers: int
    avg_viewers: int
    followers: int
    followers_gained: int = strawberry.field(description="Negative when the account lost followers.")
    views_gained: float
    language: str | None

    @classmethod
    def from_row(cls, row: models.TrafficPeriod) -> "TrafficPeriod":
        return cls(source=row.source, starts_on=row.starts_on, ends_on=row.ends_on, watch_minutes=row.watch_minutes,
                   stream_minutes=row.stream_minutes, peak_viewers=row.peak_viewers, avg_viewers=row.avg_viewers,
                   followers=row.followers, followers_gained=row.followers_gained, views_gained=row.views_gained,
                   language=row.language)


@strawberry.type(description="One minute of a platform account's live numbers.")
class TrafficSample:
    row: strawberry.Private[models.MetricSample]
    at: datetime
    online_viewers: int
    followers: int
    gift_revenue: Decimal
    gmv: Decimal
    orders: int
    interactions: int

    @classmethod
    def from_row(cls, row: models.MetricSample) -> "TrafficSample":
        return cls(row=row, at=row.at, online_viewers=row.online_viewers, followers=row.followers,
                   gift_revenue=row.gift_revenue, gmv=row.gmv, orders=row.orders, interactions=row.interactions)

    @strawberry.field
    def account_id(self) -> strawberry.ID:
        return to_global_id("PlatformAccount", self.row.account_id)


@strawberry.input
class PlatformAccountFilter:
    platform: Platform | None = None
    host_id: strawberry.ID | None = None
    scouted: bool | None = strawberry.field(default=None, description="True: only accounts with no host (scouted); false: only hosts'.")


@strawberry.input
class TrafficSampleInput:
    account_id: strawberry.ID = strawberry.field(description="The platform account's global id.")
    at: datetime = strawberry.field(description="The minute the numbers describe (UTC, or with an offset).")
    online_viewers: int
    followers: int = strawberry.field(description="Cumulative followers at that minute.")
    gift_revenue: Decimal = strawberry.field(description="CNY, cumulative for the session.")
    gmv: Decimal = strawberry.field(description="CNY, cumulative for the session.")
    orders: int
    interactions: int


@strawberry.input
class TrafficIngestInput:
    samples: list[TrafficSampleInput]


@strawberry.type
class TrafficRejection:
    index: int = strawberry.field(description="The sample's position in the input list.")
    field: str
    code: str
    message: str


@strawberry.type
class TrafficIngestPayload:
    accepted: int
    rejected: list[TrafficRejection]


@strawberry.enum
class TrafficErrorCode(Enum):
    REQUIRED = "REQUIRED"
    INVALID = "INVALID"
    NOT_FOUND = "NOT_FOUND"
    DUPLICATE = "DUPLICATE"
    FORBIDDEN = "FORBIDDEN"


@strawberry.type
class TrafficError:
    field: str | None
    code: TrafficErrorCode
    message: str


@strawberry.input
class PlatformAccountCreateInput:
    host_id: strawberry.ID
    platform: Platform
    handle: str
    external_id: str
    partner_client_id: strawberry.ID | None = None


@strawberry.type
class PlatformAccountCreatePayload:
    account: PlatformAccount | None = None
    errors: list[TrafficError] = strawberry.field(default_factory=list)


def _sample(item: TrafficSampleInput) -> resolvers.SampleInput:
    pk = pk_of(item.account_id, "PlatformAccount", "accountId", [])
    return resolvers.SampleInput(account_id=pk, at=item.at, online_viewers=item.online_viewers, followers=item.followers,
                                 gift_revenue=item.gift_revenue, gmv=item.gmv, orders=item.orders,
                                 interactions=item.interactions)


@strawberry.type
class TrafficQuery:
    @strawberry.field(description="Requires: traffic.read. A partner sees only the accounts linked to it.")
    async def platform_accounts(self, info: Info, first: int = 20, after: str | None = None,
                                filter: PlatformAccountFilter | None = None) -> Connection[PlatformAccount] | None:
        viewer = require(info, P.TRAFFIC_READ.value)
        f = filter or PlatformAccountFilter()
        (host,) = decode_ids((f.host_id, "Employee", "hostId"))
        page = await resolvers.list_accounts(viewer=viewer, first=first, after=after, platform=f.platform, host_id=host,
                                             scouted=f.scouted)
        return connection(page, PlatformAccount.from_row)


@strawberry.type
class TrafficSubscription:
    @strawberry.subscription(description="""Requires: traffic.read. Each new minute of the given accounts (those you may
see) as partners push it: the live dashboard's feed. Ids you may not see are ignored.""")
    async def traffic_live(self, info: Info, account_ids: list[strawberry.ID]) -> AsyncGenerator[TrafficSample, None]:
        viewer = require(info, P.TRAFFIC_READ.value)
        ids = [pk for pk in (pk_of(i, "PlatformAccount", "accountIds", []) for i in account_ids) if pk]
        if len(ids) > 100:
            raise bad_input("Follow at most 100 accounts per subscription.", "accountIds")
        token = info.context.token
        try:
            async for row in resolvers.live_samples(viewer=viewer, account_ids=ids,
                                                    poll_seconds=get_settings().alert_poll_seconds,
                                                    reload=(lambda: viewer_from_token(token)) if token else None):
                yield TrafficSample.from_row(row)
        except AuthError as exc:
            await close_socket(info, CLOSE_UNAUTHORIZED, str(exc))


@strawberry.type
class TrafficMutation:
    @strawberry.mutation(description="""Requires: traffic.write. Up to 1,000 samples a call. Each sample is accepted
or rejected on its own (index, field, reason); re-sending a sample changes nothing and a corrected value for the same
account and minute replaces the old one. A partner may write only to the accounts linked to it. For volume (backfills,
many accounts every minute) POST NDJSON to /ingest/traffic: the same rules, 10,000 lines a transaction, several times
the rows per second.""")
    async def traffic_ingest(self, info: Info, input: TrafficIngestInput) -> TrafficIngestPayload:
        viewer = require(info, P.TRAFFIC_WRITE.value)
        result = await resolvers.ingest_samples(viewer=viewer, samples=[_sample(s) for s in input.samples])
        return TrafficIngestPayload(accepted=result.accepted, rejected=[
            TrafficRejection(index=r.index, field=r.field, code=r.code, message=translate(r.message)) for r in result.rejected])

    @strawberry.mutation(description="Requires: traffic.write and employees.write. Registers a host's account.")
    async def platform_account_create(self, info: Info, input: PlatformAccountCreateInput) -> PlatformAccountCreatePayload:
        viewer = require(info, P.TRAFFIC_WRITE.value, P.EMPLOYEES_WRITE.value)

        async def work() -> dict:
            host, client = decode_ids((input.host_id, "Employee", "hostId"), (input.partner_client_id, "PartnerClient", "partnerClientId"))
            row = await resolvers.create_account(viewer=viewer, host_id=host, platform=input.platform, handle=input.handle,
                                                 external_id=input.external_id, partner_client_id=client)
            return {"account": PlatformAccount.from_row(row)}

        return await mutate(PlatformAccountCreatePayload, TrafficError, TrafficErrorCode, work)


