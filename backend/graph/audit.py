"""The audit trail in the graph (admins only)."""

from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry.types import Info

from backend.errors import DomainError, ValidationFailed
from backend.models.audit import AuditEvent as AuditRow
from backend.permissions import Permission as P
from backend.resolvers import audit as resolvers
from backend.graph.base import Connection, Node, connection, pk_of, require, to_global_id


@strawberry.type(description="One change, or one request's reads of an employee's sensitive fields (names, never values).")
class AuditEvent(Node):
    at: datetime
    actor_kind: str
    actor_label: str
    action: str
    target_type: str | None
    target_id: strawberry.ID | None
    employee_id: strawberry.ID | None
    fields: list[str]
    ip: str | None

    @classmethod
    def from_row(cls, row: AuditRow) -> "AuditEvent":
        target = to_global_id(row.target_type.capitalize(), row.target_id) if row.target_type and row.target_id else None
        return cls(
            id=to_global_id("AuditEvent", row.id), at=row.at, actor_kind=row.actor_kind, actor_label=row.actor_label,
            action=row.action, target_type=row.target_type, target_id=target,
            employee_id=to_global_id("Employee", row.employee_id) if row.employee_id else None,
            fields=list(row.fields_), ip=row.ip,
        )


@strawberry.input
class AuditEventFilter:
    employee_id: strawberry.ID | None = None
    actor: str | None = strawberry.field(default=None, description="The actor's e-mail or client id.")
    action: str | None = None
    since: datetime | None = None
    until: datetime | None = None


@strawberry.type
class AuditQuery:
    @strawberry.field(description="Requires: audit.read. Newest first.")
    async def audit_events(self, info: Info, first: int = 20, after: str | None = None,
                           filter: AuditEventFilter | None = None) -> Connection[AuditEvent] | None:
        require(info, P.AUDIT_READ.value)
        f = filter or AuditEventFilter()
        errors: list[DomainError] = []
        employee = pk_of(f.employee_id, "Employee", "employeeId", errors)
        if errors:
            raise ValidationFailed(errors)
        page = await resolvers.list_audit_events(first=first, after=after, employee_id=employee, actor_label=f.actor,
                                                 action=f.action, since=f.since, until=f.until)
        return connection(page, AuditEvent.from_row)
