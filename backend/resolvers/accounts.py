"""Signing in, tokens, users, roles and partner clients."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import timedelta

from tortoise.expressions import F
from tortoise.transactions import in_transaction

from backend import auth
from backend.auth import AuthError, Viewer
from backend.errors import DomainError, ValidationFailed
from backend.i18n import Message, phrase
from backend.models.accounts import LoginThrottle, PartnerClient, RefreshToken, Role, User
from backend.models.employees import Employee
from backend.models.org import Team
from backend.permissions import ALL_PERMISSIONS, BUILT_IN_ROLES, PARTNER_SCOPES, RowScope, unknown_permissions
from backend.resolvers.audit import record_event

FREE_FAILURES = 5
MAX_LOCK_SECONDS = 15 * 60
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass
class Tokens:
    access_token: str
    refresh_token: str | None
    expires_in: int


async def ensure_built_in_roles() -> list[str]:
    """Creates missing built-in roles and gives existing ones the default permissions introduced
    since they were last synced; permissions an admin removed stay removed."""
    changed = []
    known_now = sorted(ALL_PERMISSIONS)
    for name, (description, scope, defaults) in BUILT_IN_ROLES.items():
        role, created = await Role.get_or_create(
            name=name,
            defaults={"description": description, "row_scope": scope.value, "built_in": True,
                      "permissions": sorted(p.value for p in defaults), "known_permissions": known_now},
        )
        if created:
            changed.append(name)
            continue
        introduced = {p.value for p in defaults} - set(role.known_permissions)
        if role.built_in and (introduced or role.known_permissions != known_now):
            role.permissions = sorted(set(role.permissions) | introduced)
            role.known_permissions = known_now
            await role.save(update_fields=["permissions", "known_permissions", "updated_at"])
            if introduced:
                changed.append(name)
    return changed


def _lock_seconds(failures: int) -> int:
    return 0 if failures < FREE_FAILURES else min(2 ** (failures - FREE_FAILURES + 1), MAX_LOCK_SECONDS)


async def _throttle_wait(key: str) -> int:
    """Seconds until this e-mail may try again (0: now)."""
    throttle = await LoginThrottle.get_or_none(key=key)
    if throttle is None or throttle.locked_until is None or throttle.locked_until <= auth.now():
        return 0
    return int((throttle.locked_until - auth.now()).total_seconds()) + 1


async def _note_failure(key: str) -> None:
    async with in_transaction():
        throttle, _ = await LoginThrottle.get_or_create(key=key)
        await LoginThrottle.filter(key=key).update(failures=F("failures") + 1, last_failure_at=auth.now())
        await throttle.refresh_from_db()
        wait = _lock_seconds(throttle.failures)
        if wait:
            throttle.locked_until = auth.now() + timedelta(seconds=wait)
            await throttle.save(update_fields=["locked_until"])


async def login(*, email: str, password: str) -> Tokens:
    """Raises DomainError (field, code) for the payload; never says which part was wrong."""
    key = email.strip().lower()
    if not key or not password:
        raise ValidationFailed([DomainError("REQUIRED", "Enter your e-mail and password.", "email" if not key else "password")])
    wait = await _throttle_wait(key)
    if wait:
        raise DomainError("RATE_LIMITED", Message("Too many failed sign-ins; try again in {wait} seconds.", wait=wait), "email")
    user = await User.get_or_none(email=key)
    if not auth.verify_password(user.password_hash if user else None, password) or not user.is_active:
        await _note_failure(key)
        raise DomainError("INVALID_CREDENTIALS", "The e-mail or password is wrong.", "password")
    await LoginThrottle.filter(key=key).delete()
    user.last_login_at = auth.now()
    await user.save(update_fields=["last_login_at"])
    access, lifetime = auth.issue_access_token(f"user:{user.id}")
    return Tokens(access, await auth.issue_refresh_token(user), lifetime)


async def refresh(*, refresh_token: str) -> Tokens:
    user, new_refresh = await auth.rotate_refresh_token(refresh_token)
    access, lifetime = auth.issue_access_token(f"user:{user.id}")
    return Tokens(access, new_refresh, lifetime)


async def logout(*, refresh_token: str) -> bool:
    return await auth.revoke_refresh_token(refresh_token)


async def client_credentials(*, client_id: str, client_secret: str, scope: str | None) -> tuple[Tokens, str]:
    """RFC 6749 4.4; raises AuthError('invalid_client' | 'invalid_scope')."""
    client = await PartnerClient.get_or_none(client_id=client_id, is_active=True)
    if not auth.verify_password(client.secret_hash if client else None, client_secret) or client is None:
        raise AuthError("invalid_client")
    requested = scope.split() if scope else list(client.scopes)
    if any(s not in client.scopes or s not in PARTNER_SCOPES for s in requested):
        raise AuthError("invalid_scope")
    granted = " ".join(requested)
    access, lifetime = auth.issue_access_token(f"client:{client.client_id}", {"scope": granted})
    return Tokens(access, None, lifetime), granted


async def create_user(*, email: str, password: str, roles: list[str], employee_id: int | None = None,
                      viewer: Viewer = auth.SYSTEM) -> User:
    errors = []
    email = email.strip().lower()
    if not EMAIL_RE.match(email):
        errors.append(DomainError("INVALID", "Enter a valid e-mail address.", "email"))
    elif await User.exists(email=email):
        errors.append(DomainError("DUPLICATE", Message("A user with e-mail {email} already exists.", email=email), "email"))
    if len(password) < 10:
        errors.append(DomainError("INVALID", "The password needs at least 10 characters.", "password"))
    found = await Role.filter(name__in=roles)
    missing = sorted(set(roles) - {r.name for r in found})
    if not roles or missing:
        errors.append(DomainError("INVALID", Message("Unknown roles: {missing}.",
                                                     missing=", ".join(missing) or phrase("(none given)")), "roles"))
    if errors:
        raise ValidationFailed(errors)
    if employee_id is not None and not await Employee.exists(id=employee_id):
        raise ValidationFailed([DomainError("NOT_FOUND", "This employee does not exist.", "employeeId")])
    async with in_transaction():
        user = await User.create(email=email, password_hash=auth.hash_password(password), employee_id=employee_id)
        await user.roles.add(*found)
    await record_event(viewer=viewer, action="user.create", target_type="user", target_id=user.id,
                       employee_id=employee_id, fields=["roles"])
    return user


async def update_user(*, viewer: Viewer, user_id: int, roles: list[str] | None = None, is_active: bool | None = None,
                      password: str | None = None, employee_id: int | None = None) -> User:
    """Changes what is given. Disabling ends every session of the user (refresh tokens revoked;
    each request re-reads the account, so an access token stops working at once)."""
    user = await User.get_or_none(id=user_id).prefetch_related("roles")
    if user is None:
        raise ValidationFailed([DomainError("NOT_FOUND", "There is no such user.", "id")])
    errors: list[DomainError] = []
    found: list[Role] = []
    if roles is not None:
        found = list(await Role.filter(name__in=roles))
        missing = sorted(set(roles) - {r.name for r in found})
        if not roles or missing:
            errors.append(DomainError("INVALID", Message("Unknown roles: {missing}.",
                                                         missing=", ".join(missing) or phrase("(none given)")), "roles"))
    if password is not None and len(password) < 10:
        errors.append(DomainError("INVALID", "The password needs at least 10 characters.", "password"))
    if employee_id is not None and not await Employee.exists(id=employee_id):
        errors.append(DomainError("NOT_FOUND", "This employee does not exist.", "employeeId"))
    if is_active is False and user.id == viewer.user_id:
        errors.append(DomainError("INVALID", "You cannot disable your own account.", "isActive"))
    if errors:
        raise ValidationFailed(errors)
    async with in_transaction():
        if roles is not None:
            await user.roles.clear()
            await user.roles.add(*found)
        changed = {k: v for k, v in (("is_active", is_active), ("employee_id", employee_id)) if v is not None}
        if password is not None:
            changed["password_hash"] = auth.hash_password(password)
        if changed:
            await User.filter(id=user.id).update(**changed)
        if is_active is False or password is not None:
            await _end_sessions([user.id])
        # Only a role change or a disabling can take away the last account manager.
        if (roles is not None or is_active is False) and not await _someone_manages_accounts():
            raise ValidationFailed([DomainError(
                "INVALID", "Nobody active could manage accounts after this change: keep one active admin.",
                "isActive" if is_active is False else "roles")])
    fields = [name for name, value in (("roles", roles), ("is_active", is_active), ("password", password),
                                       ("employee_id", employee_id)) if value is not None]
    await record_event(viewer=viewer, action="user.update", target_type="user", target_id=user.id,
                       employee_id=employee_id or user.employee_id, fields=fields)
    return await User.get(id=user.id).prefetch_related("roles")


async def close_accounts_of(employee_ids: list[int]) -> int:
    """The console accounts of people who have left: disabled and their sessions ended."""
    users = list(await User.filter(employee_id__in=employee_ids, is_active=True).values_list("id", flat=True))
    if users:
        await User.filter(id__in=users).update(is_active=False)
        await _end_sessions(users)
    return len(users)


async def _end_sessions(user_ids: list[int]) -> None:
    await RefreshToken.filter(user_id__in=user_ids, revoked_at__isnull=True).update(revoked_at=auth.now())


async def _someone_manages_accounts() -> bool:
    managing = [r.name for r in await Role.all() if "accounts.manage" in r.permissions]
    return await User.filter(is_active=True, roles__name__in=managing).exists()


async def update_role_permissions(*, viewer: Viewer, role: str, permissions: list[str]) -> Role:
    record = await Role.get_or_none(name=role)
    if record is None:
        raise ValidationFailed([DomainError("NOT_FOUND", Message("There is no role {role!r}.", role=role), "role")])
    unknown = unknown_permissions(permissions)
    if unknown:
        raise ValidationFailed([DomainError("INVALID", Message("Unknown permissions: {unknown}.",
                                                               unknown=", ".join(unknown)), "permissions")])
    if role == "admin" and "accounts.manage" not in permissions:
        raise ValidationFailed([DomainError("INVALID", "The admin role must keep accounts.manage, or nobody could undo this.", "permissions")])
    record.permissions = sorted(set(permissions))
    await record.save(update_fields=["permissions", "updated_at"])
    await record_event(viewer=viewer, action="role.update", target_type="role", fields=["permissions"])
    return record


async def list_roles() -> list[Role]:
    return list(await Role.all().order_by("name"))


def scope_of(role: Role) -> RowScope:
    return RowScope(role.row_scope)


# Partner clients: registered by admins; the secret is shown once and stored hashed.

CLIENT_ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{2,99}$")


async def _check_client_links(errors: list[DomainError], host_ids: list[int] | None, team_ids: list[int] | None):
    hosts = await Employee.filter(id__in=host_ids) if host_ids else []
    teams = await Team.filter(id__in=team_ids) if team_ids else []
    if host_ids and len(hosts) != len(set(host_ids)):
        errors.append(DomainError("NOT_FOUND", "Some linked hosts do not exist.", "hostIds"))
    if team_ids and len(teams) != len(set(team_ids)):
        errors.append(DomainError("NOT_FOUND", "Some linked teams do not exist.", "teamIds"))
    return hosts, teams


def _check_scopes(scopes: list[str] | None, errors: list[DomainError]) -> None:
    if scopes is not None and (unknown := [s for s in scopes if s not in PARTNER_SCOPES]):
        errors.append(DomainError("INVALID", Message("Unknown scopes: {unknown}. Known: {known}.",
                                                     unknown=", ".join(unknown), known=", ".join(PARTNER_SCOPES)), "scopes"))


def _check_rate(rate: int | None, errors: list[DomainError]) -> None:
    if rate is not None and not 100 <= rate <= 1_000_000:
        errors.append(DomainError("INVALID", "The rate limit is between 100 and 1,000,000 points a minute.", "rateLimitPerMinute"))


async def create_partner_client(
    *, viewer: Viewer, client_id: str, name: str, scopes: list[str], host_ids: list[int] | None = None,
    team_ids: list[int] | None = None, rate_limit_per_minute: int | None = None,
) -> tuple[PartnerClient, str]:
    errors: list[DomainError] = []
    client_id = client_id.strip().lower()
    if not CLIENT_ID_RE.match(client_id):
        errors.append(DomainError("INVALID", "A client id has 3-100 lowercase letters, digits, dots, dashes or underscores.", "clientId"))
    elif await PartnerClient.exists(client_id=client_id):
        errors.append(DomainError("DUPLICATE", Message("Client id {client_id} is taken.", client_id=client_id), "clientId"))
    if not name.strip():
        errors.append(DomainError("REQUIRED", "Give the client a name people recognise.", "name"))
    if not scopes:
        errors.append(DomainError("REQUIRED", "Grant at least one scope.", "scopes"))
    _check_scopes(scopes, errors)
    _check_rate(rate_limit_per_minute, errors)
    hosts, teams = await _check_client_links(errors, host_ids, team_ids)
    if errors:
        raise ValidationFailed(errors)
    secret = secrets.token_urlsafe(32)
    async with in_transaction():
        client = await PartnerClient.create(client_id=client_id, name=name.strip(), scopes=sorted(set(scopes)),
                                            secret_hash=auth.hash_password(secret),
                                            rate_limit_per_minute=rate_limit_per_minute or 20000)
        if hosts:
            await client.linked_hosts.add(*hosts)
        if teams:
            await client.linked_teams.add(*teams)
    await record_event(viewer=viewer, action="partner_client.create", target_type="partner_client", target_id=client.id)
    return client, secret


async def _client_for_write(client_pk: int) -> PartnerClient:
    client = await PartnerClient.get_or_none(id=client_pk)
    if client is None:
        raise ValidationFailed([DomainError("NOT_FOUND", "This partner client does not exist.", "id")])
    if client.revoked_at is not None:
        raise ValidationFailed([DomainError("INVALID", "This client was revoked; register a new one.", "id")])
    return client


async def update_partner_client(
    *, viewer: Viewer, client_pk: int, name: str | None = None, scopes: list[str] | None = None,
    host_ids: list[int] | None = None, team_ids: list[int] | None = None, rate_limit_per_minute: int | None = None,
) -> PartnerClient:
    client = await _client_for_write(client_pk)
    errors: list[DomainError] = []
    if name is not None and not name.strip():
        errors.append(DomainError("REQUIRED", "The name cannot be empty.", "name"))
    if scopes is not None and not scopes:
        errors.append(DomainError("REQUIRED", "Grant at least one scope.", "scopes"))
    _check_scopes(scopes, errors)
    _check_rate(rate_limit_per_minute, errors)
    hosts, teams = await _check_client_links(errors, host_ids, team_ids)
    if errors:
        raise ValidationFailed(errors)
    async with in_transaction():
        client.name = name.strip() if name is not None else client.name
        client.scopes = sorted(set(scopes)) if scopes is not None else client.scopes
        client.rate_limit_per_minute = rate_limit_per_minute or client.rate_limit_per_minute
        await client.save()
        if host_ids is not None:
            await client.linked_hosts.clear()
            await client.linked_hosts.add(*hosts)
        if team_ids is not None:
            await client.linked_teams.clear()
            await client.linked_teams.add(*teams)
    await record_event(viewer=viewer, action="partner_client.update", target_type="partner_client", target_id=client.id)
    return client


async def rotate_partner_secret(*, viewer: Viewer, client_pk: int) -> tuple[PartnerClient, str]:
    """A new secret; the old one stops working at once (tokens already issued run out within minutes)."""
    client = await _client_for_write(client_pk)
    secret = secrets.token_urlsafe(32)
    client.secret_hash, client.secret_rotated_at = auth.hash_password(secret), auth.now()
    await client.save(update_fields=["secret_hash", "secret_rotated_at"])
    await record_event(viewer=viewer, action="partner_client.rotate_secret", target_type="partner_client", target_id=client.id)
    return client, secret


async def revoke_partner_client(*, viewer: Viewer, client_pk: int) -> PartnerClient:
    """Ends the client: no new tokens, and its tokens in use are refused from the next request."""
    client = await _client_for_write(client_pk)
    client.is_active, client.revoked_at = False, auth.now()
    await client.save(update_fields=["is_active", "revoked_at"])
    await record_event(viewer=viewer, action="partner_client.revoke", target_type="partner_client", target_id=client.id)
    return client
