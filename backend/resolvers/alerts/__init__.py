"""Raising, listing, acknowledging and resolving alerts, and who may see which.

Visibility has two forms that must agree: SQL (`visible_alerts`, for lists and replay) and an
in-memory `Audience` (for the live feed, so one alert fans out to thousands of sockets
without a query each).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from backend import events
from backend.auth import Viewer, now
from backend.errors import DomainError, ValidationFailed
from backend.i18n import Message
from backend.models.alerts import Alert, Severity
from backend.models.org import Team
from backend.permissions import RowScope
from backend.resolvers import outbox
from backend.resolvers.audit import record_event
from backend.resolvers.employees import scoped_employees
from backend.resolvers.pagination import Page, paginate

TOPIC = "alerts"
# Kinds that need more than alerts.read to see.
# An automation rule's alert tells a manager what it found about someone (often their attrition
# risk), so it needs what reading risk needs: never the employee themself, never a partner.
KIND_PERMISSIONS = {"ATTRITION_RISK": "analytics.read_risk", "PAYROLL_READY": "payroll.read",
                    "AUTOMATION": "analytics.read_risk"}
# What was found about someone's risk is never shown to them, whatever their role: a team lead
# or an HR manager at risk is told by someone else, not by the feed.
NOT_ABOUT_ONESELF = frozenset({"ATTRITION_RISK", "AUTOMATION"})


def hidden_kinds(viewer: Viewer) -> frozenset[str]:
    return frozenset(kind for kind, permission in KIND_PERMISSIONS.items() if not viewer.can(permission))


def visible_alerts(viewer: Viewer) -> QuerySet[Alert]:
    query = Alert.all()
    if hidden := hidden_kinds(viewer):
        query = query.exclude(kind__in=list(hidden))
    if viewer.employee_id is not None:
        query = query.filter(Q(kind__not_in=list(NOT_ABOUT_ONESELF)) | Q(employee_id__isnull=True)
                             | Q(employee_id__not=viewer.employee_id))
    if viewer.kind == "system" or viewer.scope == RowScope.ALL:
        return query
    about_visible_people = Q(employee_id__in=Subquery(scoped_employees(viewer, to_read=False).values("id")))
    if viewer.scope == RowScope.TEAM and viewer.employee_id:
        led = Team.filter(lead_id=viewer.employee_id).values("id")
        return query.filter(about_visible_people | Q(team_id__in=Subquery(led)))
    return query.filter(about_visible_people)


@dataclass(frozen=True)
class Audience:
    """What one subscriber may see, held in memory; rebuilt when older than `max_age`."""

    viewer: Viewer
    employee_ids: frozenset[int] | None  # None: everyone
    team_ids: frozenset[int]
    hidden: frozenset[str]
    built_at: float

    def sees(self, alert: Alert) -> bool:
        if alert.kind in self.hidden:
            return False
        if alert.kind in NOT_ABOUT_ONESELF and alert.employee_id is not None and alert.employee_id == self.viewer.employee_id:
            return False
        if self.employee_ids is None:
            return True
        return alert.employee_id in self.employee_ids or alert.team_id in self.team_ids

    def stale(self, max_age: float) -> bool:
        return time.monotonic() - self.built_at > max_age


async def audience_for(viewer: Viewer) -> Audience:
    if viewer.kind == "system" or viewer.scope == RowScope.ALL:
        people, teams = None, frozenset()
    else:
        people = frozenset(await scoped_employees(viewer, to_read=False).values_list("id", flat=True))
        teams = frozenset(await Team.filter(lead_id=viewer.employee_id).values_list("id", flat=True)) \
            if viewer.scope == RowScope.TEAM and viewer.employee_id else frozenset()
    return Audience(viewer=viewer, employee_ids=people, team_ids=teams, hidden=hidden_kinds(viewer),
                    built_at=time.monotonic())


async def raise_alert(
    *, kind: str, severity: Severity, message: str, dedup_key: str, employee_id: int | None = None,
    team_id: int | None = None, subject_type: str | None = None, subject_id: int | None = None,
    data: dict | None = None,
) -> tuple[Alert, bool]:
    """Records an alert once per dedup key (safe when two processes raise it at once) and
    wakes the live feeds. Returns the alert and whether this call created it."""
    existing = await Alert.get_or_none(dedup_key=dedup_key)
    if existing:
        return existing, False
    try:
        async with in_transaction():
            alert = await Alert.create(kind=kind, severity=severity, message=message, dedup_key=dedup_key,
                                       employee_id=employee_id, team_id=team_id, subject_type=subject_type,
                                       subject_id=subject_id, data=data or {})
            await outbox.emit("alert.created", subject_type="alert", subject_id=alert.id, employee_id=employee_id)
    except IntegrityError:
        return await Alert.get(dedup_key=dedup_key), False
    await events.get_bus().publish(TOPIC, str(alert.id))
    return alert, True


async def list_alerts(
    *, viewer: Viewer, first: int, after: str | None, kinds: list[str] | None = None,
    acknowledged: bool | None = None, resolved: bool | None = None,
) -> Page[Alert]:
    query = visible_alerts(viewer)
    if kinds:
        query = query.filter(kind__in=kinds)
    if acknowledged is not None:
        query = query.filter(acknowledged_at__isnull=not acknowledged)
    if resolved is not None:
        query = query.filter(resolved_at__isnull=not resolved)
    return await paginate(query.order_by("-id"), first=first, after=after)


async def alerts_by_ids(viewer: Viewer, ids: list[int]) -> dict[int, Alert]:
    return {row.id: row for row in await visible_alerts(viewer).filter(id__in=ids)}


async def _get_for_write(viewer: Viewer, alert_id: int) -> Alert:
    alert = await visible_alerts(viewer).get_or_none(id=alert_id)
    if alert is None:
        raise ValidationFailed([DomainError("NOT_FOUND", "No alert with this id that you can see.", "id")])
    return alert


async def acknowledge_alert(*, viewer: Viewer, alert_id: int) -> Alert:
    alert = await _get_for_write(viewer, alert_id)
    if alert.acknowledged_at is not None:
        raise ValidationFailed([DomainError("INVALID", Message("Already acknowledged by {acknowledged_by}.",
                                                               acknowledged_by=alert.acknowledged_by), "id")])
    alert.acknowledged_at, alert.acknowledged_by = now(), viewer.label
    await alert.save(update_fields=["acknowledged_at", "acknowledged_by"])
    await record_event(viewer=viewer, action="alert.acknowledge", target_type="alert", target_id=alert.id,
                       employee_id=alert.employee_id)
    return alert


async def resolve_alert(*, viewer: Viewer, alert_id: int) -> Alert:
    alert = await _get_for_write(viewer, alert_id)
    if alert.resolved_at is not None:
        raise ValidationFailed([DomainError("INVALID", Message("Already resolved by {resolved_by}.",
                                                               resolved_by=alert.resolved_by), "id")])
    stamp = now()
    alert.resolved_at, alert.resolved_by = stamp, viewer.label
    if alert.acknowledged_at is None:  # resolving implies having seen it
        alert.acknowledged_at, alert.acknowledged_by = stamp, viewer.label
    await alert.save(update_fields=["resolved_at", "resolved_by", "acknowledged_at", "acknowledged_by"])
    await record_event(viewer=viewer, action="alert.resolve", target_type="alert", target_id=alert.id,
                       employee_id=alert.employee_id)
    return alert
