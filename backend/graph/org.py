"""Departments, teams and positions in the graph."""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING, Annotated

import strawberry
from strawberry.types import Info

from backend.models import org as models
from backend.permissions import Permission as P
from backend.resolvers import org as resolvers
from backend.graph.base import Connection, Node, connection, decode_ids, mutate, require, to_global_id

if TYPE_CHECKING:
    from backend.graph.employees import Employee

EmployeeRef = Annotated["Employee", strawberry.lazy("backend.graph.employees")]


@strawberry.type
class Department(Node):
    pk: strawberry.Private[int]
    parent_pk: strawberry.Private[int | None]
    code: str
    name: str

    @classmethod
    def from_row(cls, row: models.Department) -> "Department":
        return cls(id=to_global_id("Department", row.id), pk=row.id, parent_pk=row.parent_id, code=row.code, name=row.name)

    @strawberry.field
    async def parent(self, info: Info) -> "Department | None":
        if self.parent_pk is None:
            return None
        row = await info.context.loaders.department_by_id.load(self.parent_pk)
        return Department.from_row(row) if row else None

    @strawberry.field(description="Current employees (probation, active, leaving).")
    async def headcount(self, info: Info) -> int:
        return await info.context.loaders.headcount_by_department.load(self.pk)


@strawberry.type
class Team(Node):
    pk: strawberry.Private[int]
    department_pk: strawberry.Private[int]
    lead_pk: strawberry.Private[int | None]
    name: str

    @classmethod
    def from_row(cls, row: models.Team) -> "Team":
        return cls(id=to_global_id("Team", row.id), pk=row.id, department_pk=row.department_id, lead_pk=row.lead_id, name=row.name)

    @strawberry.field
    async def department(self, info: Info) -> Department:
        return Department.from_row(await info.context.loaders.department_by_id.load(self.department_pk))

    @strawberry.field(description="Null when the lead is outside what you may see.")
    async def lead(self, info: Info) -> EmployeeRef | None:
        from backend.graph.employees import Employee

        if self.lead_pk is None:
            return None
        row = await info.context.loaders.employee_by_id.load(self.lead_pk)
        return Employee.from_row(row) if row else None

    @strawberry.field(description="Current members (probation, active, leaving).")
    async def headcount(self, info: Info) -> int:
        return await info.context.loaders.headcount_by_team.load(self.pk)


@strawberry.type
class Position(Node):
    pk: strawberry.Private[int]
    title: str
    level: str | None
    is_host_role: bool

    @classmethod
    def from_row(cls, row: models.Position) -> "Position":
        return cls(id=to_global_id("Position", row.id), pk=row.id, title=row.title, level=row.level, is_host_role=row.is_host_role)


@strawberry.enum
class OrgErrorCode(Enum):
    REQUIRED = "REQUIRED"
    INVALID = "INVALID"
    NOT_FOUND = "NOT_FOUND"
    DUPLICATE = "DUPLICATE"


@strawberry.type
class OrgError:
    field: str | None
    code: OrgErrorCode
    message: str


@strawberry.input
class DepartmentFilter:
    search: str | None = None


@strawberry.input
class TeamFilter:
    department_id: strawberry.ID | None = None
    search: str | None = None


@strawberry.input
class DepartmentCreateInput:
    code: str
    name: str
    parent_id: strawberry.ID | None = None


@strawberry.input
class DepartmentUpdateInput:
    id: strawberry.ID
    name: str | None = None
    parent_id: strawberry.ID | None = None


@strawberry.input
class TeamCreateInput:
    name: str
    department_id: strawberry.ID
    lead_id: strawberry.ID | None = None


@strawberry.input
class TeamUpdateInput:
    id: strawberry.ID
    name: str | None = None
    lead_id: strawberry.ID | None = None


@strawberry.input
class PositionCreateInput:
    title: str
    level: str | None = None
    is_host_role: bool = False


@strawberry.type
class DepartmentCreatePayload:
    department: Department | None = None
    errors: list[OrgError] = strawberry.field(default_factory=list)


@strawberry.type
class DepartmentUpdatePayload(DepartmentCreatePayload):
    pass


@strawberry.type
class TeamCreatePayload:
    team: Team | None = None
    errors: list[OrgError] = strawberry.field(default_factory=list)


@strawberry.type
class TeamUpdatePayload(TeamCreatePayload):
    pass


@strawberry.type
class PositionCreatePayload:
    position: Position | None = None
    errors: list[OrgError] = strawberry.field(default_factory=list)


@strawberry.type
class OrgQuery:
    @strawberry.field(description="Requires: org.read")
    async def departments(self, info: Info, first: int = 20, after: str | None = None,
                          filter: DepartmentFilter | None = None) -> Connection[Department] | None:
        require(info, P.ORG_READ.value)
        page = await resolvers.list_departments(first=first, after=after, search=filter.search if filter else None)
        return connection(page, Department.from_row)

    @strawberry.field(description="Requires: org.read")
    async def teams(self, info: Info, first: int = 20, after: str | None = None,
                    filter: TeamFilter | None = None) -> Connection[Team] | None:
        require(info, P.ORG_READ.value)
        (department_id,) = decode_ids((filter.department_id if filter else None, "Department", "departmentId"))
        page = await resolvers.list_teams(first=first, after=after, department_id=department_id,
                                          search=filter.search if filter else None)
        return connection(page, Team.from_row)

    @strawberry.field(description="Requires: org.read")
    async def positions(self, info: Info, first: int = 20, after: str | None = None) -> Connection[Position] | None:
        require(info, P.ORG_READ.value)
        return connection(await resolvers.list_positions(first=first, after=after), Position.from_row)


@strawberry.type
class OrgMutation:
    @strawberry.mutation(description="Requires: org.write")
    async def department_create(self, info: Info, input: DepartmentCreateInput) -> DepartmentCreatePayload:
        viewer = require(info, P.ORG_WRITE.value)

        async def work() -> dict:
            (parent,) = decode_ids((input.parent_id, "Department", "parentId"))
            row = await resolvers.create_department(viewer=viewer, code=input.code, name=input.name, parent_id=parent)
            return {"department": Department.from_row(row)}

        return await mutate(DepartmentCreatePayload, OrgError, OrgErrorCode, work)

    @strawberry.mutation(description="Requires: org.write")
    async def department_update(self, info: Info, input: DepartmentUpdateInput) -> DepartmentUpdatePayload:
        viewer = require(info, P.ORG_WRITE.value)

        async def work() -> dict:
            pk, parent = decode_ids((input.id, "Department", "id"), (input.parent_id, "Department", "parentId"))
            row = await resolvers.update_department(viewer=viewer, department_id=pk, name=input.name, parent_id=parent)
            return {"department": Department.from_row(row)}

        return await mutate(DepartmentUpdatePayload, OrgError, OrgErrorCode, work)

    @strawberry.mutation(description="Requires: org.write")
    async def team_create(self, info: Info, input: TeamCreateInput) -> TeamCreatePayload:
        viewer = require(info, P.ORG_WRITE.value)

        async def work() -> dict:
            department, lead = decode_ids((input.department_id, "Department", "departmentId"), (input.lead_id, "Employee", "leadId"))
            row = await resolvers.create_team(viewer=viewer, name=input.name, department_id=department, lead_id=lead)
            return {"team": Team.from_row(row)}

        return await mutate(TeamCreatePayload, OrgError, OrgErrorCode, work)

    @strawberry.mutation(description="Requires: org.write")
    async def team_update(self, info: Info, input: TeamUpdateInput) -> TeamUpdatePayload:
        viewer = require(info, P.ORG_WRITE.value)

        async def work() -> dict:
            pk, lead = decode_ids((input.id, "Team", "id"), (input.lead_id, "Employee", "leadId"))
            row = await resolvers.update_team(viewer=viewer, team_id=pk, name=input.name, lead_id=lead)
            return {"team": Team.from_row(row)}

        return await mutate(TeamUpdatePayload, OrgError, OrgErrorCode, work)

    @strawberry.mutation(description="Requires: org.write")
    async def position_create(self, info: Info, input: PositionCreateInput) -> PositionCreatePayload:
        viewer = require(info, P.ORG_WRITE.value)

        async def work() -> dict:
            row = await resolvers.create_position(viewer=viewer, title=input.title, level=input.level, is_host_role=input.is_host_role)
            return {"position": Position.from_row(row)}

        return await mutate(PositionCreatePayload, OrgError, OrgErrorCode, work)
