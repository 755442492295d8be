"""Signing in, the viewer, users and roles in the graph."""

from __future__ import annotations

from enum import Enum

import strawberry
from strawberry.types import Info

from backend.auth import AuthError
from backend.errors import DomainError, ErrorCode, ValidationFailed, coded_error
from backend.models.accounts import User as UserRow
from backend.permissions import Permission as P
from backend.resolvers import accounts as resolvers
from backend.graph.base import Connection, Node, connection, payload_errors, pk_of, related, require, to_global_id
from backend.graph.employees import Employee
from backend.resolvers.pagination import paginate


@strawberry.enum
class AccountErrorCode(Enum):
    REQUIRED = "REQUIRED"
    INVALID = "INVALID"
    INVALID_CREDENTIALS = "INVALID_CREDENTIALS"
    RATE_LIMITED = "RATE_LIMITED"
    NOT_FOUND = "NOT_FOUND"
    DUPLICATE = "DUPLICATE"


@strawberry.type
class AccountError:
    field: str | None
    code: AccountErrorCode
    message: str


def _errors(failure: ValidationFailed | DomainError) -> list[AccountError]:
    return payload_errors(AccountError, failure, AccountErrorCode)


@strawberry.type
class LoginPayload:
    access_token: str | None = None
    refresh_token: str | None = None
    expires_in: int | None = strawberry.field(default=None, description="Seconds until the access token expires.")
    errors: list[AccountError] = strawberry.field(default_factory=list)


@strawberry.type(description="Who is calling: a console user or a partner client.")
class Viewer:
    email: str
    kind: str
    roles: list[str]
    permissions: list[str]
    row_scope: str = strawberry.field(description="Whose records the caller sees: all, team (the teams they lead), self, partner (linked hosts) or none.")
    employee_pk: strawberry.Private[int | None]

    @strawberry.field(description="The caller's own employee record, if any.")
    async def employee(self, info: Info) -> Employee | None:
        if self.employee_pk is None:
            return None
        row = await info.context.loaders.employee_by_id.load(self.employee_pk)
        return Employee.from_row(row) if row else None


@strawberry.type
class Role:
    name: str
    description: str
    permissions: list[str]
    row_scope: str
    built_in: bool


@strawberry.type
class User(Node):
    email: str
    is_active: bool = strawberry.field(description="False once disabled, by an admin or when their employee left.")
    roles: list[str]
    employee_pk: strawberry.Private[int | None] = None

    @classmethod
    def from_row(cls, row: UserRow) -> "User":
        """Expects the row's roles prefetched."""
        return cls(id=to_global_id("User", row.id), email=row.email, is_active=row.is_active,
                   roles=sorted(r.name for r in row.roles), employee_pk=row.employee_id)

    @strawberry.field(description="The employee record this account belongs to (row scope and self-service follow it).")
    def employee(self, info: Info) -> Employee | None:
        return related(info.context.loaders.employee_by_id, self.employee_pk, Employee.from_row)


@strawberry.input
class RoleUpdateInput:
    name: str
    permissions: list[str]


@strawberry.type
class RoleUpdatePayload:
    role: Role | None = None
    errors: list[AccountError] = strawberry.field(default_factory=list)


@strawberry.input
class UserCreateInput:
    email: str
    password: str
    roles: list[str]
    employee_id: strawberry.ID | None = None


@strawberry.input(description="Only what is given changes.")
class UserUpdateInput:
    id: strawberry.ID
    roles: list[str] | None = None
    is_active: bool | None = strawberry.field(default=None, description="false ends every session of the user.")
    password: str | None = strawberry.field(default=None, description="A new password (10 characters or more); ends every session.")
    employee_id: strawberry.ID | None = None


@strawberry.type
class UserUpdatePayload:
    user: User | None = None
    errors: list[AccountError] = strawberry.field(default_factory=list)


@strawberry.type
class UserCreatePayload:
    user: User | None = None
    errors: list[AccountError] = strawberry.field(default_factory=list)


def _role(row) -> Role:
    return Role(name=row.name, description=row.description, permissions=list(row.permissions),
                row_scope=row.row_scope, built_in=row.built_in)


@strawberry.type
class AccountQuery:
    @strawberry.field(description="The caller; null when anonymous. A bad or expired token is UNAUTHENTICATED, so clients refresh.")
    def viewer(self, info: Info) -> Viewer | None:
        v = info.context.viewer
        if info.context.auth_error:
            raise coded_error(ErrorCode.UNAUTHENTICATED, info.context.auth_error)
        if not v.is_authenticated:
            return None
        return Viewer(email=v.label, kind=v.kind, roles=list(v.roles), permissions=sorted(v.permissions),
                      row_scope=v.scope.value, employee_pk=v.employee_id)

    @strawberry.field(description="Requires: accounts.manage")
    async def roles(self, info: Info) -> list[Role] | None:
        require(info, P.ACCOUNTS_MANAGE.value)
        return [_role(r) for r in await resolvers.list_roles()]

    @strawberry.field(description="Requires: accounts.manage. By e-mail; `search` matches part of it.")
    async def users(self, info: Info, first: int = 20, after: str | None = None, search: str | None = None) -> Connection[User] | None:
        require(info, P.ACCOUNTS_MANAGE.value)
        query = UserRow.filter(email__icontains=search.strip().lower()) if search and search.strip() else UserRow.all()
        page = await paginate(query.prefetch_related("roles").order_by("email"), first=first, after=after)
        return connection(page, User.from_row)


@strawberry.type
class AccountMutation:
    @strawberry.mutation(description="Signs a console user in; errors come in the payload.")
    async def login(self, email: str, password: str) -> LoginPayload:
        try:
            tokens = await resolvers.login(email=email, password=password)
        except (ValidationFailed, DomainError) as failure:
            return LoginPayload(errors=_errors(failure))
        return LoginPayload(access_token=tokens.access_token, refresh_token=tokens.refresh_token, expires_in=tokens.expires_in)

    @strawberry.mutation(description="Revokes a refresh token and every token rotated from it.")
    async def logout(self, refresh_token: str) -> bool:
        try:
            return await resolvers.logout(refresh_token=refresh_token)
        except AuthError:
            return False

    @strawberry.mutation(description="Requires: accounts.manage. Replaces a role's permissions.")
    async def role_update(self, info: Info, input: RoleUpdateInput) -> RoleUpdatePayload:
        viewer = require(info, P.ACCOUNTS_MANAGE.value)
        try:
            row = await resolvers.update_role_permissions(viewer=viewer, role=input.name, permissions=input.permissions)
        except (ValidationFailed, DomainError) as failure:
            return RoleUpdatePayload(errors=_errors(failure))
        return RoleUpdatePayload(role=_role(row))

    @strawberry.mutation(description="Requires: accounts.manage.")
    async def user_create(self, info: Info, input: UserCreateInput) -> UserCreatePayload:
        viewer = require(info, P.ACCOUNTS_MANAGE.value)
        try:
            errors: list[DomainError] = []
            employee = pk_of(input.employee_id, "Employee", "employeeId", errors)
            if errors:
                raise ValidationFailed(errors)
            row = await resolvers.create_user(viewer=viewer, email=input.email, password=input.password,
                                              roles=input.roles, employee_id=employee)
        except (ValidationFailed, DomainError) as failure:
            return UserCreatePayload(errors=_errors(failure))
        await row.fetch_related("roles")
        return UserCreatePayload(user=User.from_row(row))

    @strawberry.mutation(description="Requires: accounts.manage. Roles, disabling (not oneself), a new password, the employee link.")
    async def user_update(self, info: Info, input: UserUpdateInput) -> UserUpdatePayload:
        viewer = require(info, P.ACCOUNTS_MANAGE.value)
        try:
            errors: list[DomainError] = []
            user = pk_of(input.id, "User", "id", errors)
            employee = pk_of(input.employee_id, "Employee", "employeeId", errors)
            if errors:
                raise ValidationFailed(errors)
            row = await resolvers.update_user(viewer=viewer, user_id=user, roles=input.roles, is_active=input.is_active,
                                              password=input.password, employee_id=employee)
        except (ValidationFailed, DomainError) as failure:
            return UserUpdatePayload(errors=_errors(failure))
        return UserUpdatePayload(user=User.from_row(row))
