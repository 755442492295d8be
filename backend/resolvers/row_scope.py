"""Row scope for records that belong to one employee (enrolments, attendance months, leave).

HR-wide roles see everyone's; a team lead the teams they lead (and their own); an employee
their own; a partner nothing (a partner may push attendance, see `writable_employee_ids`, but
reads none of it back). As SQL, so list queries and DataLoaders apply the same filter."""

from __future__ import annotations

from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet

from backend.auth import Viewer
from backend.models.org import Team
from backend.permissions import RowScope


def employee_rows(model, viewer: Viewer, permission: str) -> QuerySet:
    """The `model` rows (with an `employee_id`) the viewer may read under `permission`."""
    if viewer.kind == "system":
        return model.all()
    if not viewer.can(permission):
        return model.filter(id__in=[])
    if viewer.scope == RowScope.ALL:
        return model.all()
    if viewer.scope == RowScope.TEAM and viewer.employee_id:
        led = Subquery(Team.filter(lead_id=viewer.employee_id).values("id"))
        return model.filter(Q(employee__team_id__in=led) | Q(employee_id=viewer.employee_id))
    if viewer.scope == RowScope.SELF and viewer.employee_id:
        return model.filter(employee_id=viewer.employee_id)
    return model.filter(id__in=[])


def may_see_employee(viewer: Viewer, employee_id: int, team_id: int | None, led_teams: set[int]) -> bool:
    """The same rule for one employee already loaded (led_teams: the teams the viewer leads)."""
    if viewer.kind == "system" or viewer.scope == RowScope.ALL:
        return True
    if viewer.employee_id and employee_id == viewer.employee_id:
        return viewer.scope in (RowScope.TEAM, RowScope.SELF)
    return viewer.scope == RowScope.TEAM and team_id is not None and team_id in led_teams
