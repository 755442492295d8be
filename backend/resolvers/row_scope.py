"""Row scope for records that belong to one employee (enrolments, attendance months, leave).

HR-wide roles see everyone's; a team lead the teams they lead (and their own); an employee
their own; a partner nothing (a partner may push attendance, see `writable_employee_ids`, but
reads none of it back). As SQL, so list queries and DataLoaders apply the same filter."""

from __future__ import annotations

from tortoise.expressions import Subquery
from tortoise.queryset import QuerySet

from backend.auth import Viewer
from backend.permissions import RowScope
from backend.resolvers.employees import scoped_employees


def employee_rows(model, viewer: Viewer, permission: str) -> QuerySet:
    """The `model` rows (with an `employee_id`) the viewer may read under `permission`: those of the
    employees in their row scope (`scoped_employees`, the one rule for who sees whom), partners aside."""
    if viewer.kind == "system":
        return model.all()
    if not viewer.can(permission) or viewer.kind == "client" or viewer.scope == RowScope.PARTNER:
        return model.filter(id__in=[])
    if viewer.scope == RowScope.ALL:
        return model.all()
    return model.filter(employee_id__in=Subquery(scoped_employees(viewer, to_read=False).values("id")))


def may_see_employee(viewer: Viewer, employee_id: int, team_id: int | None, led_teams: set[int]) -> bool:
    """The same rule for one employee already loaded (led_teams: the teams the viewer leads)."""
    if viewer.kind == "system" or viewer.scope == RowScope.ALL:
        return True
    if viewer.employee_id and employee_id == viewer.employee_id:
        return viewer.scope in (RowScope.TEAM, RowScope.SELF)
    return viewer.scope == RowScope.TEAM and team_id is not None and team_id in led_teams
