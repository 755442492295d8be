"""Field-level permissions: `requires(...)`, a Strawberry field extension.

A denied field resolves to null with a FORBIDDEN error at its path; the rest of the
object still arrives. `own=` names a permission that suffices when the object is the
caller's own employee record. `audited=True` notes each granted read in the request's
read audit, flushed once at the end of the request.
"""

from __future__ import annotations

from typing import Any, Callable

from strawberry.extensions import FieldExtension
from strawberry.types import Info
from strawberry.types.field import StrawberryField

from backend.context import RequestContext
from backend.errors import forbidden, unauthenticated
from backend.i18n import Message
from backend.permissions import Permission


class Requires(FieldExtension):
    def __init__(self, permission: Permission, *, own: Permission | None = None, audited: bool = False) -> None:
        self.permission = permission
        self.own = own
        self.audited = audited

    def apply(self, field: StrawberryField) -> None:
        note = f"Requires: {self.permission.value}" + (f" (or {self.own.value} on one's own record)" if self.own else "")
        field.description = f"{field.description}\n\n{note}" if field.description else note

    def _check(self, source: Any, info: Info) -> None:
        ctx: RequestContext = info.context
        viewer = ctx.viewer
        if not viewer.is_authenticated:
            raise unauthenticated()
        employee_id = getattr(source, "employee_pk", None)
        granted = viewer.can(self.permission.value) or (
            self.own is not None and viewer.can(self.own.value)
            and employee_id is not None and employee_id == viewer.employee_id
        )
        if not granted:
            raise forbidden(Message("{field_name} needs {permission}",
                                    field_name=info.field_name, permission=self.permission.value))
        if self.audited and employee_id is not None:
            ctx.audit.note(f"employee.read_{'pay' if self.permission.value.startswith('compensation') else 'pii'}",
                           employee_id, info.field_name)

    def resolve(self, next_: Callable[..., Any], source: Any, info: Info, **kwargs: Any) -> Any:
        self._check(source, info)
        return next_(source, info, **kwargs)

    async def resolve_async(self, next_: Callable[..., Any], source: Any, info: Info, **kwargs: Any) -> Any:
        self._check(source, info)
        return await next_(source, info, **kwargs)


def requires(permission: Permission, *, own: Permission | None = None, audited: bool = False) -> Requires:
    return Requires(permission, own=own, audited=audited)
