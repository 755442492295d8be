"""Writing and reading the audit trail.

Mutations record one event each. Reads of PII or pay fields are collected during a request
and written in one batch at its end: one row per (action, employee) with the field names,
never the values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from backend.auth import Viewer
from backend.models.audit import AuditEvent
from backend.resolvers.pagination import Page, paginate


def _actor(viewer: Viewer) -> dict:
    return {
        "actor_kind": viewer.kind,
        "actor_id": viewer.user_id if viewer.kind == "user" else viewer.client_pk,
        "actor_label": viewer.label or viewer.kind,
    }


async def record_event(
    *, viewer: Viewer, action: str, target_type: str | None = None, target_id: int | None = None,
    employee_id: int | None = None, fields: list[str] | None = None, ip: str | None = None,
) -> None:
    await AuditEvent.create(
        **_actor(viewer), action=action, target_type=target_type, target_id=target_id,
        employee_id=employee_id, fields_=sorted(fields or []), ip=ip,
    )


@dataclass
class ReadAudit:
    """Sensitive reads of one request, flushed once."""

    viewer: Viewer
    ip: str | None = None
    _reads: dict[tuple[str, int], set[str]] = field(default_factory=dict)
    notes: int = 0  # every note() call, repeats included: tells whether an execution read anything audited

    def note(self, action: str, employee_id: int, field_name: str) -> None:
        self.notes += 1
        self._reads.setdefault((action, employee_id), set()).add(field_name)

    async def flush(self) -> None:
        if not self._reads:
            return
        reads, self._reads = self._reads, {}
        actor = _actor(self.viewer)
        await AuditEvent.bulk_create([
            AuditEvent(**actor, action=action, target_type="employee", target_id=emp,
                       employee_id=emp, fields_=sorted(names), ip=self.ip)
            for (action, emp), names in reads.items()
        ])


async def list_audit_events(
    *, first: int, after: str | None, employee_id: int | None = None, actor_label: str | None = None,
    action: str | None = None, since: datetime | None = None, until: datetime | None = None,
) -> Page[AuditEvent]:
    query = AuditEvent.all()
    if employee_id is not None:
        query = query.filter(employee_id=employee_id)
    if actor_label:
        query = query.filter(actor_label=actor_label)
    if action:
        query = query.filter(action=action)
    if since:
        query = query.filter(at__gte=since)
    if until:
        query = query.filter(at__lt=until)
    return await paginate(query.order_by("-id"), first=first, after=after)
