"""Departments, teams and positions."""

from __future__ import annotations

from tortoise.exceptions import IntegrityError
from tortoise.functions import Count

from backend.auth import Viewer
from backend.errors import DomainError, ValidationFailed
from backend.i18n import Message
from backend.models.employees import Employee, EmployeeStatus
from backend.models.org import Department, Position, Team
from backend.resolvers.audit import record_event
from backend.resolvers.pagination import Page, paginate

CURRENT = [EmployeeStatus.PROBATION, EmployeeStatus.ACTIVE, EmployeeStatus.LEAVING]


async def list_departments(*, first: int, after: str | None, search: str | None = None) -> Page[Department]:
    query = Department.all()
    if search:
        query = query.filter(name__icontains=search)
    return await paginate(query.order_by("code", "id"), first=first, after=after)


async def list_teams(*, first: int, after: str | None, department_id: int | None = None, search: str | None = None) -> Page[Team]:
    query = Team.all()
    if department_id is not None:
        query = query.filter(department_id=department_id)
    if search:
        query = query.filter(name__icontains=search)
    return await paginate(query.order_by("department_id", "name", "id"), first=first, after=after)


async def list_positions(*, first: int, after: str | None) -> Page[Position]:
    return await paginate(Position.all().order_by("title", "id"), first=first, after=after)


async def headcounts(*, column: str, ids: list[int]) -> dict[int, int]:
    """Current headcount per department or team id, in one grouped query."""
    rows = (
        await Employee.filter(**{f"{column}__in": ids}, status__in=CURRENT)
        .annotate(n=Count("id"))
        .group_by(column)
        .values(column, "n")
    )
    return {row[column]: row["n"] for row in rows}


def _name(value: str | None, field: str, errors: list[DomainError], limit: int = 100) -> str:
    value = (value or "").strip()
    if not value:
        errors.append(DomainError("REQUIRED", Message("{field} is required.", field=field), field))
    elif len(value) > limit:
        errors.append(DomainError("INVALID", Message("{field} is at most {limit} characters.",
                                                     field=field, limit=limit), field))
    return value


async def create_department(*, viewer: Viewer, code: str, name: str, parent_id: int | None = None) -> Department:
    errors: list[DomainError] = []
    code = _name(code, "code", errors, 32)
    name = _name(name, "name", errors)
    if code and await Department.exists(code=code):
        errors.append(DomainError("DUPLICATE", Message("Department code {code} is taken.", code=code), "code"))
    if parent_id is not None and not await Department.exists(id=parent_id):
        errors.append(DomainError("NOT_FOUND", "The parent department does not exist.", "parentId"))
    if errors:
        raise ValidationFailed(errors)
    try:
        department = await Department.create(code=code, name=name, parent_id=parent_id)
    except IntegrityError as exc:  # a concurrent create took the code
        raise ValidationFailed([DomainError("DUPLICATE", Message("Department code {code} is taken.",
                                                                 code=code), "code")]) from exc
    await record_event(viewer=viewer, action="department.create", target_type="department", target_id=department.id)
    return department


async def update_department(*, viewer: Viewer, department_id: int, name: str | None = None, parent_id: int | None = None) -> Department:
    department = await Department.get_or_none(id=department_id)
    if department is None:
        raise ValidationFailed([DomainError("NOT_FOUND", "This department does not exist.", "id")])
    errors: list[DomainError] = []
    if name is not None:
        department.name = _name(name, "name", errors)
    if parent_id is not None:
        if parent_id == department_id or parent_id in await _descendant_ids(department_id):
            errors.append(DomainError("INVALID", "A department cannot sit under itself or its own sub-department.", "parentId"))
        elif not await Department.exists(id=parent_id):
            errors.append(DomainError("NOT_FOUND", "The parent department does not exist.", "parentId"))
        department.parent_id = parent_id
    if errors:
        raise ValidationFailed(errors)
    await department.save()
    await record_event(viewer=viewer, action="department.update", target_type="department", target_id=department.id)
    return department


async def _descendant_ids(department_id: int) -> set[int]:
    found: set[int] = set()
    frontier = [department_id]
    while frontier:
        children = await Department.filter(parent_id__in=frontier).values_list("id", flat=True)
        frontier = [c for c in children if c not in found]
        found.update(frontier)
    return found


async def create_team(*, viewer: Viewer, name: str, department_id: int, lead_id: int | None = None) -> Team:
    errors: list[DomainError] = []
    name = _name(name, "name", errors)
    if not await Department.exists(id=department_id):
        errors.append(DomainError("NOT_FOUND", "The department does not exist.", "departmentId"))
    elif name and await Team.exists(department_id=department_id, name=name):
        errors.append(DomainError("DUPLICATE", Message("The department already has a team named {name}.", name=name), "name"))
    if lead_id is not None and not await Employee.exists(id=lead_id, status__in=CURRENT):
        errors.append(DomainError("NOT_FOUND", "The lead must be a current employee.", "leadId"))
    if errors:
        raise ValidationFailed(errors)
    team = await Team.create(name=name, department_id=department_id, lead_id=lead_id)
    await record_event(viewer=viewer, action="team.create", target_type="team", target_id=team.id)
    return team


async def update_team(*, viewer: Viewer, team_id: int, name: str | None = None, lead_id: int | None = None) -> Team:
    team = await Team.get_or_none(id=team_id)
    if team is None:
        raise ValidationFailed([DomainError("NOT_FOUND", "This team does not exist.", "id")])
    errors: list[DomainError] = []
    if name is not None:
        team.name = _name(name, "name", errors)
        if team.name and await Team.filter(department_id=team.department_id, name=team.name).exclude(id=team_id).exists():
            errors.append(DomainError("DUPLICATE", Message("The department already has a team named {name}.",
                                                           name=team.name), "name"))
    if lead_id is not None:
        if not await Employee.exists(id=lead_id, status__in=CURRENT):
            errors.append(DomainError("NOT_FOUND", "The lead must be a current employee.", "leadId"))
        team.lead_id = lead_id
    if errors:
        raise ValidationFailed(errors)
    await team.save()
    await record_event(viewer=viewer, action="team.update", target_type="team", target_id=team.id)
    return team


async def create_position(*, viewer: Viewer, title: str, level: str | None = None, is_host_role: bool = False) -> Position:
    errors: list[DomainError] = []
    title = _name(title, "title", errors)
    if title and await Position.exists(title=title):
        errors.append(DomainError("DUPLICATE", Message("A position titled {title} exists.", title=title), "title"))
    if errors:
        raise ValidationFailed(errors)
    position = await Position.create(title=title, level=level, is_host_role=is_host_role)
    await record_event(viewer=viewer, action="position.create", target_type="position", target_id=position.id)
    return position
