"""Alerts in the graph: the paired queries, acknowledge/resolve, and the live subscription."""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import datetime
from enum import Enum
from typing import AsyncGenerator

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from backend.auth import AuthError, viewer_from_token
from backend.errors import not_found
from backend.events import SubscriberTooSlow
from backend.models import alerts as models
from backend.permissions import Permission as P
from backend.resolvers import alerts as resolvers
from backend.resolvers.alerts.feed import SKIP, get_feed, replay
from backend.resolvers.pagination import decode_cursor, encode_cursor
from backend.graph.base import (CLOSE_UNAUTHORIZED, Connection, Node, close_socket, connection, decode_ids, mutate, require,
                                to_global_id)
from backend.graph.employees import Employee
from backend.graph.live_delivery import LiveTarget, broadcast, deliver
from backend.graph.shared_events import PreExecuted

log = logging.getLogger("hrgraph.alerts")
AlertKind = strawberry.enum(models.AlertKind)
Severity = strawberry.enum(models.Severity, name="AlertSeverity")
CLOSE_TOO_SLOW = 1013  # "try again later": reconnect with the last cursor


@strawberry.type
class Alert(Node):
    row: strawberry.Private[models.Alert]
    kind: AlertKind
    severity: Severity
    message: str
    created_at: datetime
    acknowledged_at: datetime | None
    acknowledged_by: str | None
    resolved_at: datetime | None
    resolved_by: str | None

    @classmethod
    def from_row(cls, row: models.Alert) -> "Alert":
        return cls(id=to_global_id("Alert", row.id), row=row, kind=row.kind, severity=row.severity, message=row.message,
                   created_at=row.created_at, acknowledged_at=row.acknowledged_at, acknowledged_by=row.acknowledged_by,
                   resolved_at=row.resolved_at, resolved_by=row.resolved_by)

    @strawberry.field(description="Pass as `after` to the alerts subscription to resume right after this alert.")
    def cursor(self) -> str:
        return alert_cursor(self.row.id)

    @strawberry.field(description="The numbers behind the alert (what triggered it), as JSON.")
    def data(self) -> JSON:
        return self.row.data

    @strawberry.field(description="The employee the alert concerns, if you may see them.")
    async def employee(self, info: Info) -> Employee | None:
        if self.row.employee_id is None:
            return None
        row = await info.context.loaders.employee_by_id.load(self.row.employee_id)
        return Employee.from_row(row) if row else None


def alert_cursor(alert_id: int) -> str:
    # An alert's position is its id: alerts are append-only and ids only grow.
    return encode_cursor(alert_id)


@strawberry.input
class AlertFilter:
    kinds: list[AlertKind] | None = None
    acknowledged: bool | None = None
    resolved: bool | None = None


@strawberry.enum
class AlertErrorCode(Enum):
    NOT_FOUND = "NOT_FOUND"
    INVALID = "INVALID"


@strawberry.type
class AlertError:
    field: str | None
    code: AlertErrorCode
    message: str


@strawberry.input
class AlertAcknowledgeInput:
    id: strawberry.ID


@strawberry.input
class AlertResolveInput:
    id: strawberry.ID


@strawberry.type
class AlertAcknowledgePayload:
    alert: Alert | None = None
    errors: list[AlertError] = strawberry.field(default_factory=list)


@strawberry.type
class AlertResolvePayload(AlertAcknowledgePayload):
    pass


def _kind_values(kinds) -> list[str] | None:
    return [k.value for k in kinds] if kinds else None


@strawberry.type
class AlertQuery:
    @strawberry.field(description="Requires: alerts.read. Newest first, limited to alerts about people you may see.")
    async def alerts(self, info: Info, first: int = 20, after: str | None = None,
                     filter: AlertFilter | None = None) -> Connection[Alert] | None:
        viewer = require(info, P.ALERTS_READ.value)
        f = filter or AlertFilter()
        page = await resolvers.list_alerts(viewer=viewer, first=first, after=after, kinds=_kind_values(f.kinds),
                                           acknowledged=f.acknowledged, resolved=f.resolved)
        return connection(page, Alert.from_row)

    @strawberry.field(description="Requires: alerts.read.")
    async def alert(self, info: Info, id: strawberry.ID) -> Alert | None:
        viewer = require(info, P.ALERTS_READ.value)
        (pk,) = decode_ids((id, "Alert", "id"))
        found = (await resolvers.alerts_by_ids(viewer, [pk])).get(pk)
        if found is None:
            raise not_found("alert", id)
        return Alert.from_row(found)


@strawberry.type
class AlertMutation:
    @strawberry.mutation(description="Requires: alerts.write.")
    async def alert_acknowledge(self, info: Info, input: AlertAcknowledgeInput) -> AlertAcknowledgePayload:
        viewer = require(info, P.ALERTS_WRITE.value)

        async def work() -> dict:
            (pk,) = decode_ids((input.id, "Alert", "id"))
            return {"alert": Alert.from_row(await resolvers.acknowledge_alert(viewer=viewer, alert_id=pk))}

        return await mutate(AlertAcknowledgePayload, AlertError, AlertErrorCode, work)

    @strawberry.mutation(description="Requires: alerts.write. Also acknowledges it if nobody had.")
    async def alert_resolve(self, info: Info, input: AlertResolveInput) -> AlertResolvePayload:
        viewer = require(info, P.ALERTS_WRITE.value)

        async def work() -> dict:
            (pk,) = decode_ids((input.id, "Alert", "id"))
            return {"alert": Alert.from_row(await resolvers.resolve_alert(viewer=viewer, alert_id=pk))}

        return await mutate(AlertResolvePayload, AlertError, AlertErrorCode, work)


class _SharedAccess:
    """Viewer and audience per token, shared by every socket of this process that holds the
    token (one console user's tabs, a partner's many subscriptions), re-read at most once per
    SubscriberAccess.SOFT seconds, with concurrent misses waiting on one read."""

    def __init__(self) -> None:
        self._entries: dict[str, tuple[float, asyncio.Future]] = {}

    def request(self, token: str) -> asyncio.Future:
        """The token's read in flight or done less than SOFT seconds ago, or a new one."""
        now = time.monotonic()
        entry = self._entries.get(token)
        if entry is None or now - entry[0] > SubscriberAccess.SOFT or (entry[1].done() and entry[1].exception()):
            if len(self._entries) > 50_000:
                self._entries = {k: v for k, v in self._entries.items() if now - v[0] <= SubscriberAccess.SOFT}
            entry = (now, asyncio.ensure_future(self._read(token)))
            self._entries[token] = entry
        return entry[1]

    async def get(self, token: str):
        return await asyncio.shield(self.request(token))

    @staticmethod
    async def _read(token: str):
        viewer = await viewer_from_token(token)
        return viewer, await resolvers.audience_for(viewer)


_ACCESS_CACHE = _SharedAccess()


class SubscriberAccess:
    """What one subscriber may see, kept fresh off the delivery path.

    Token expiry is checked exactly, in memory, for every event. Permissions and scope (roles,
    team, a disabled account, a revoked client) are re-read from the database in the background
    once the snapshot is older than SOFT seconds, so one alert reaching thousands of sockets
    costs no query per socket; a snapshot older than HARD seconds is refreshed before delivering.
    """

    SOFT, HARD = 10.0, 60.0

    def __init__(self, info: Info, viewer) -> None:
        self.info = info
        self.viewer = viewer
        self.audience: resolvers.Audience | None = None
        self._refreshing: asyncio.Task | None = None

    async def start(self) -> None:
        self.audience = await resolvers.audience_for(self.viewer)

    def seconds_left(self) -> float:
        return self.viewer.expires_at - time.time() if self.viewer.expires_at else float("inf")

    async def _reload(self):
        token = self.info.context.token
        if not token:
            return self.viewer, await resolvers.audience_for(self.viewer)
        return await _ACCESS_CACHE.get(token)

    async def check(self) -> None:
        """Raises AuthError when the caller may no longer receive anything."""
        if self.seconds_left() <= 0:
            raise AuthError("The access token has expired; reconnect with a fresh one.")
        self._take_refresh()  # re-raises its AuthError
        if self.audience.stale(self.HARD):
            self._adopt(*await self._reload())
        else:
            self._refresh_if_due()

    def usable_now(self) -> bool:
        """Whether an event may be delivered on the current snapshot without waiting: what check()
        does when it needs no reload. False sends the event the subscriber's own way."""
        if self.seconds_left() <= 0 or self.audience is None:
            return False
        refresh = self._refreshing
        if refresh is not None and refresh.done() and (refresh.cancelled() or refresh.exception() is not None):
            return False  # check() raises it, or retries
        self._take_refresh()
        if self.audience.stale(self.HARD):
            return False
        self._refresh_if_due()
        return True

    def _take_refresh(self) -> None:
        if self._refreshing is not None and self._refreshing.done():
            refresh, self._refreshing = self._refreshing, None
            self._adopt(*refresh.result())

    def _adopt(self, viewer, audience) -> None:
        """Row scope (the audience) and field permissions (the socket's context) move together."""
        self.viewer, self.audience = viewer, audience
        self.info.context.refresh_viewer(viewer)

    def _refresh_if_due(self) -> None:
        """Starts re-reading the snapshot in the background once it is SOFT seconds old: one read
        per token shared by all its sockets, so an alert reaching them all starts at most one."""
        if self.audience.stale(self.SOFT) and self._refreshing is None:
            token = self.info.context.token
            self._refreshing = _ACCESS_CACHE.request(token) if token else asyncio.ensure_future(self._reload())

    def close(self) -> None:
        if self._refreshing is not None and not self.info.context.token:
            self._refreshing.cancel()  # its own read; a token's is shared with other sockets


class AlertLane:
    """One `alerts` subscriber as the feed's broadcast sees it (see feed.Listener): which alerts
    it wants, and where its audience's shared message goes. Its own task delivers the replay,
    anything after its access needs re-reading, and whatever the broadcast hands back."""

    def __init__(self, access: SubscriberAccess, wanted: set[str], last: int) -> None:
        self.access, self.wanted, self.last = access, wanted, last
        self.target = LiveTarget()
        self.executed: tuple[int, PreExecuted] | None = None  # a handed-back alert, executed for this subscriber

    def take_executed(self, row: models.Alert) -> PreExecuted | None:
        if self.executed is None or self.executed[0] != row.id:
            return None
        result, self.executed = self.executed[1], None
        return result

    def wants(self, row: models.Alert) -> bool:
        return row.id > self.last and (not self.wanted or row.kind.value in self.wanted) and self.access.audience.sees(row)

    def admit(self, row: models.Alert):
        """The audience to broadcast `row` with, SKIP when it is not for this subscriber, or None
        to wake the subscriber's task (its access must be re-read first, or it cannot share)."""
        if self.target.operation.completed or not self.access.usable_now():
            return None
        if not self.wants(row):
            return SKIP
        return self.target.share_key(_event_of(row))

    @staticmethod
    async def broadcast(row: models.Alert, key: tuple, members: list) -> list[bool]:
        sent, lead_result = await broadcast(_event_of(row), key, [member.lane.target for member in members])
        if lead_result is not None:
            members[0].lane.executed = (row.id, lead_result)
        for member, done in zip(members, sent):
            if done:
                member.lane.last = row.id
        return sent


_last_event: tuple[models.Alert, "Alert"] | None = None


def _event_of(row: models.Alert) -> "Alert":
    """One event object for every audience of the alert being fanned out (the feed hands them
    all the same row)."""
    global _last_event
    if _last_event is None or _last_event[0] is not row:
        _last_event = (row, Alert.from_row(row))
    return _last_event[1]


@strawberry.type
class AlertSubscription:
    @strawberry.subscription(description="""Requires: alerts.read. With `after` (an alert's cursor), first replays every
alert after it that you may see, then streams new ones: reconnect with your last cursor and miss nothing.
Without it, streams alerts raised from now on. Permissions and scope are re-checked as alerts arrive.""")
    async def alerts(self, info: Info, kinds: list[AlertKind] | None = None,
                     after: str | None = None) -> AsyncGenerator[Alert, None]:
        viewer = require(info, P.ALERTS_READ.value)
        wanted = set(_kind_values(kinds) or [])
        feed = get_feed()
        access = SubscriberAccess(info, viewer)
        with feed.listen() as listener:
            lane = AlertLane(access, wanted, last=feed.high_water)
            if after is not None:
                query = resolvers.visible_alerts(viewer)
                query = query.filter(kind__in=list(wanted)) if wanted else query
                lane.last = decode_cursor(after)
                async for row in replay(query, lane.last):
                    lane.last = row.id
                    if (pending := await deliver(Alert.from_row(row))) is not None:
                        yield pending
            await access.start()
            listener.lane = lane if lane.target.usable else None
            try:
                while True:
                    try:
                        # Wake at the token's expiry at the latest, so an expired token ends the stream on time.
                        row = await listener.next(timeout=max(0.05, min(30.0, access.seconds_left())))
                        await access.check()
                    except AuthError as exc:
                        await close_socket(info, CLOSE_UNAUTHORIZED, str(exc)[:120])
                        return
                    except SubscriberTooSlow:
                        await close_socket(info, CLOSE_TOO_SLOW, "Subscriber too slow: alerts were piling up; reconnect with your last cursor.")
                        return
                    if row is None or not lane.wants(row):
                        continue
                    lane.last = row.id
                    if (pending := lane.take_executed(row) or await deliver(Alert.from_row(row))) is not None:
                        yield pending
            finally:
                access.close()
