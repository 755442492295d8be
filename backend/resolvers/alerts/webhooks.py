"""Webhooks: the event outbox, endpoint management, and the dispatcher that delivers.

A change writes a `DomainEvent` in its own transaction (`outbox.emit`). The dispatcher, which runs in
every app process, claims events and deliveries with conditional updates, so each event fans
out once and each delivery is sent by one process. A delivery's payload is resolved once (with
the endpoint owner's permissions, by a renderer the app provides) and signed on every attempt;
failures retry with exponential backoff, and an endpoint that keeps failing is disabled.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import json
import logging
import secrets
import socket
from datetime import timedelta
from typing import Awaitable, Callable
from urllib.parse import urlparse

import httpx
from tortoise.expressions import Subquery

from backend import crypto
from backend import events as bus_events
from backend.auth import Viewer, now
from backend.errors import DomainError, ValidationFailed
from backend.i18n import Message
from backend.models.alerts import DeliveryStatus, DomainEvent, WebhookDelivery, WebhookEndpoint
from backend.resolvers.alerts import signing
from backend.resolvers.audit import record_event
from backend.resolvers.outbox import EVENTS, TOPIC

log = logging.getLogger("hrgraph.webhooks")
MAX_ATTEMPTS = 8
DISABLE_AFTER_FAILURES = 15
CLAIM_SECONDS = 60
BATCH = 20

Renderer = Callable[[WebhookEndpoint, DomainEvent], Awaitable[dict]]


# Managing endpoints

def _url_error(url: str, allow_private: bool) -> str | None:
    parsed = urlparse(url)
    if parsed.scheme not in ("https", "http") or not parsed.hostname:
        return "Give an absolute http(s) URL."
    if allow_private:
        return None
    if parsed.scheme != "https":
        return "Webhook URLs must use https."
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(parsed.hostname, None)}
    except OSError:
        return Message("{hostname} does not resolve.", hostname=parsed.hostname)
    if any(not ipaddress.ip_address(a.split("%")[0]).is_global for a in addresses):
        return "Webhook URLs must point at a public address (not loopback, private or link-local)."
    return None


def _check(url: str | None, names: list[str] | None, document: str | None, validate_document, allow_private: bool,
           errors: list[DomainError]) -> None:
    if url is not None and (msg := _url_error(url, allow_private)):
        errors.append(DomainError("INVALID", msg, "url"))
    if names is not None and (not names or any(n not in EVENTS for n in names)):
        errors.append(DomainError("INVALID", Message("Choose events from: {events}.", events=", ".join(EVENTS)), "events"))
    if document is not None and (msg := validate_document(document)):
        errors.append(DomainError("INVALID", msg, "document"))


async def create_endpoint(
    *, viewer: Viewer, url: str, names: list[str], document: str, owner_client_id: int | None,
    validate_document: Callable[[str], str | None], allow_private: bool,
) -> tuple[WebhookEndpoint, str]:
    errors: list[DomainError] = []
    _check(url, names, document, validate_document, allow_private, errors)
    if errors:
        raise ValidationFailed(errors)
    secret = secrets.token_urlsafe(32)
    owner = {"owner_client_id": viewer.client_pk} if viewer.kind == "client" else (
        {"owner_client_id": owner_client_id} if owner_client_id else {"owner_user_id": viewer.user_id})
    endpoint = await WebhookEndpoint.create(url=url, events=sorted(set(names)), document=document, secret=secret, **owner)
    await record_event(viewer=viewer, action="webhook.create", target_type="webhook", target_id=endpoint.id)
    return endpoint, secret


def owned_endpoints(viewer: Viewer):
    """Admins see every endpoint; a partner its own; a user the ones they own."""
    if viewer.can("accounts.manage"):
        return WebhookEndpoint.all()
    if viewer.kind == "client":
        return WebhookEndpoint.filter(owner_client_id=viewer.client_pk)
    return WebhookEndpoint.filter(owner_user_id=viewer.user_id)


async def _owned(viewer: Viewer, endpoint_id: int) -> WebhookEndpoint:
    endpoint = await owned_endpoints(viewer).get_or_none(id=endpoint_id)
    if endpoint is None:
        raise ValidationFailed([DomainError("NOT_FOUND", "No webhook with this id of yours.", "id")])
    return endpoint


async def update_endpoint(
    *, viewer: Viewer, endpoint_id: int, url: str | None, names: list[str] | None, document: str | None,
    active: bool | None, validate_document: Callable[[str], str | None], allow_private: bool,
) -> WebhookEndpoint:
    endpoint = await _owned(viewer, endpoint_id)
    errors: list[DomainError] = []
    _check(url, names, document, validate_document, allow_private, errors)
    if errors:
        raise ValidationFailed(errors)
    endpoint.url = url or endpoint.url
    endpoint.events = sorted(set(names)) if names is not None else endpoint.events
    endpoint.document = document or endpoint.document
    if active is not None:
        endpoint.is_active = active
        if active:  # re-enabling gives it a clean slate
            endpoint.consecutive_failures, endpoint.disabled_at = 0, None
    await endpoint.save()
    await record_event(viewer=viewer, action="webhook.update", target_type="webhook", target_id=endpoint.id)
    return endpoint


async def delete_endpoint(*, viewer: Viewer, endpoint_id: int) -> None:
    endpoint = await _owned(viewer, endpoint_id)
    await endpoint.delete()
    await record_event(viewer=viewer, action="webhook.delete", target_type="webhook", target_id=endpoint_id)


async def retry_delivery(*, viewer: Viewer, delivery_id: int) -> WebhookDelivery:
    delivery = await WebhookDelivery.get_or_none(id=delivery_id, endpoint_id__in=Subquery(owned_endpoints(viewer).values("id")))
    if delivery is None:
        raise ValidationFailed([DomainError("NOT_FOUND", "No delivery with this id of yours.", "id")])
    if delivery.status == DeliveryStatus.SENDING:
        raise ValidationFailed([DomainError("INVALID", "This delivery is being sent right now.", "id")])
    delivery.status, delivery.next_attempt_at = DeliveryStatus.PENDING, now()
    await delivery.save(update_fields=["status", "next_attempt_at"])
    await bus_events.get_bus().publish(TOPIC, "retry")
    return delivery


# Delivering

class WebhookDispatcher:
    def __init__(self, render: Renderer, *, poll_seconds: float = 1.0, backoff_seconds: float = 10.0,
                 timeout_seconds: float = 10.0) -> None:
        self.render = render
        self.poll_seconds = poll_seconds
        self.backoff_seconds = backoff_seconds
        self.http = httpx.AsyncClient(timeout=timeout_seconds, follow_redirects=False)
        self._task: asyncio.Task | None = None

    async def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="hrgraph-webhooks")

    async def stop(self) -> None:
        if self._task:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        await self.http.aclose()

    async def _run(self) -> None:
        async with bus_events.get_bus().subscribe(TOPIC) as inbox:
            while True:
                try:
                    busy = await self.run_once() == BATCH
                except Exception:  # keep delivering after a database blip
                    log.exception("webhook dispatch failed")
                    busy = False
                if busy:
                    continue  # more are due: no waiting
                try:
                    await inbox.get(timeout=self.poll_seconds)
                except bus_events.SubscriberTooSlow:
                    inbox.overflowed = False

    async def run_once(self) -> int:
        """Fans out new events, then sends one batch of due deliveries; returns how many were sent."""
        await self.fan_out()
        return await self.deliver_due()

    async def fan_out(self) -> None:
        pending = await DomainEvent.filter(dispatched_at__isnull=True).order_by("id").limit(200)
        if not pending:
            return
        endpoints = await WebhookEndpoint.filter(is_active=True)
        for event in pending:
            if not await DomainEvent.filter(id=event.id, dispatched_at__isnull=True).update(dispatched_at=now()):
                continue  # another process took it
            targets = [e for e in endpoints if event.name in e.events]
            await WebhookDelivery.bulk_create(
                [WebhookDelivery(endpoint_id=e.id, event_id=event.id, next_attempt_at=now()) for e in targets],
                ignore_conflicts=True)

    async def deliver_due(self, batch: int = BATCH) -> int:
        """Deliveries of disabled endpoints wait: they go out once the endpoint is re-enabled."""
        moment = now()
        # A claim left by a process that died mid-send expires and is retried.
        await WebhookDelivery.filter(status=DeliveryStatus.SENDING, claimed_until__lt=moment).update(status=DeliveryStatus.PENDING)
        due = await WebhookDelivery.filter(status=DeliveryStatus.PENDING, next_attempt_at__lte=moment,
                                           endpoint__is_active=True).order_by("id").limit(batch)
        claimed = []
        for delivery in due:
            if await WebhookDelivery.filter(id=delivery.id, status=DeliveryStatus.PENDING).update(
                    status=DeliveryStatus.SENDING, claimed_until=moment + timedelta(seconds=CLAIM_SECONDS)):
                claimed.append(delivery)
        await asyncio.gather(*(self.attempt(d) for d in claimed))
        return len(claimed)

    async def attempt(self, delivery: WebhookDelivery) -> None:
        await delivery.fetch_related("endpoint", "event")
        endpoint, event = delivery.endpoint, delivery.event
        if delivery.payload is None:
            rendered = await self.render(endpoint, event)
            delivery.payload = json.dumps({"event": event.name, "deliveryId": delivery.id,
                                           "occurredAt": event.occurred_at.isoformat(), **rendered}, ensure_ascii=False)
        body = delivery.payload.encode()
        headers = {"Content-Type": "application/json", "X-Hrgraph-Event": event.name,
                   "X-Hrgraph-Delivery": str(delivery.id),
                   signing.HEADER: signing.sign(crypto.reveal(endpoint.secret) or "", body)}
        delivery.attempts += 1
        try:
            response = await self.http.post(endpoint.url, content=body, headers=headers)
            delivery.last_status_code, delivery.last_error = response.status_code, None
            ok = 200 <= response.status_code < 300
            if not ok:
                delivery.last_error = f"HTTP {response.status_code}: {response.text[:200]}"
        except httpx.HTTPError as exc:
            ok, delivery.last_status_code, delivery.last_error = False, None, f"{type(exc).__name__}: {exc}"[:300]
        await self._record(delivery, endpoint, ok)

    async def _record(self, delivery: WebhookDelivery, endpoint: WebhookEndpoint, ok: bool) -> None:
        moment = now()
        if ok:
            delivery.status, delivery.delivered_at = DeliveryStatus.SUCCEEDED, moment
            endpoint.consecutive_failures = 0
        else:
            endpoint.consecutive_failures += 1
            if delivery.attempts >= MAX_ATTEMPTS:
                delivery.status = DeliveryStatus.FAILED
            else:
                delivery.status = DeliveryStatus.PENDING
                delivery.next_attempt_at = moment + timedelta(seconds=self.backoff(delivery.attempts))
            if endpoint.consecutive_failures >= DISABLE_AFTER_FAILURES and endpoint.is_active:
                endpoint.is_active, endpoint.disabled_at = False, moment
                log.warning("webhook %s disabled after %s failures in a row", endpoint.id, endpoint.consecutive_failures)
        delivery.claimed_until = None
        await delivery.save()
        await endpoint.save(update_fields=["consecutive_failures", "is_active", "disabled_at"])

    def backoff(self, attempts: int) -> float:
        return min(self.backoff_seconds * 2 ** (attempts - 1), 3600.0)
