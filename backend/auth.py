"""Who is calling: passwords, access tokens (JWT), refresh tokens, and the Viewer.

Access tokens are short-lived JWTs; refresh tokens are opaque, stored hashed, rotated on
every use, and a reused (already rotated) token revokes its whole family: the sign of a
stolen token. Permissions are read from the roles in the database on every request, so an
admin's change to a role takes effect at once.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from backend.models.accounts import PartnerClient, RefreshToken, Role, User
from backend.permissions import PARTNER_SCOPES, SCOPE_WIDTH, RowScope
from backend.settings import get_settings

ISSUER = "hrgraph"
REUSE_GRACE_SECONDS = 10
_hasher = PasswordHasher()
# Verifying against a real hash when the e-mail is unknown keeps timing equal.
_DUMMY_HASH = _hasher.hash("not-a-real-password")


class AuthError(Exception):
    """The credentials or token are not acceptable; the message is safe to show."""


def now() -> datetime:
    return datetime.now(timezone.utc)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class Viewer:
    kind: str  # user | client | anonymous | system
    label: str = ""
    user_id: int | None = None
    client_pk: int | None = None
    employee_id: int | None = None
    roles: tuple[str, ...] = ()
    permissions: frozenset[str] = field(default_factory=frozenset)
    scope: RowScope = RowScope.NONE
    expires_at: float | None = None  # of the token it came from (epoch seconds)
    rate_limit_per_minute: int | None = None  # query-cost points, for partner clients

    @property
    def is_authenticated(self) -> bool:
        return self.kind != "anonymous"

    def can(self, permission: str) -> bool:
        return permission in self.permissions


ANONYMOUS = Viewer(kind="anonymous")
SYSTEM = Viewer(kind="system", label="system", permissions=frozenset(), scope=RowScope.ALL)


def issue_access_token(subject: str, extra: dict | None = None) -> tuple[str, int]:
    settings = get_settings()
    lifetime = settings.access_token_minutes * 60
    issued = now()
    claims = {
        "iss": ISSUER,
        "sub": subject,
        "typ": "access",
        "iat": issued,
        "exp": issued + timedelta(seconds=lifetime),
        "jti": uuid.uuid4().hex,
        **(extra or {}),
    }
    return jwt.encode(claims, settings.secret_key, algorithm="HS256"), lifetime


def decode_access_token(token: str) -> dict:
    try:
        claims = jwt.decode(
            token, get_settings().secret_key, algorithms=["HS256"], issuer=ISSUER,
            options={"require": ["exp", "iat", "sub", "typ"]},
        )
    except jwt.ExpiredSignatureError as exc:
        raise AuthError("The access token has expired; refresh it or sign in again.") from exc
    except jwt.PyJWTError as exc:
        raise AuthError("The access token is not valid.") from exc
    if claims.get("typ") != "access":
        raise AuthError("The access token is not valid.")
    return claims


async def issue_refresh_token(user: User, family: str | None = None) -> str:
    token = secrets.token_urlsafe(32)
    await RefreshToken.create(
        token_hash=hash_token(token),
        family=family or uuid.uuid4().hex,
        user=user,
        expires_at=now() + timedelta(days=get_settings().refresh_token_days),
    )
    return token


async def rotate_refresh_token(token: str) -> tuple[User, str]:
    """Spends a refresh token and returns its user with a new one of the same family."""
    record = await RefreshToken.get_or_none(token_hash=hash_token(token)).select_related("user")
    if record is None or record.revoked_at is not None or record.expires_at <= now():
        raise AuthError("The refresh token is not valid; sign in again.")
    # Conditional update: of two concurrent uses only one wins, the other is a reuse.
    spent = await RefreshToken.filter(id=record.id, used_at__isnull=True).update(used_at=now())
    if not spent:
        used = await RefreshToken.get(id=record.id)
        if used.used_at and now() - used.used_at < timedelta(seconds=REUSE_GRACE_SECONDS):
            # The same client again within seconds (a lost response, two tabs): not a thief.
            return record.user, await issue_refresh_token(record.user, family=record.family)
        await RefreshToken.filter(family=record.family).update(revoked_at=now())
        raise AuthError("The refresh token was already used; all sessions of it are signed out.")
    if not record.user.is_active:
        raise AuthError("This account is disabled.")
    return record.user, await issue_refresh_token(record.user, family=record.family)


async def revoke_refresh_token(token: str) -> bool:
    record = await RefreshToken.get_or_none(token_hash=hash_token(token))
    if record is None:
        return False
    await RefreshToken.filter(family=record.family).update(revoked_at=now())
    return True


def _combine(roles: list[Role]) -> tuple[frozenset[str], RowScope]:
    permissions: set[str] = set()
    scope = RowScope.NONE
    for role in roles:
        permissions.update(role.permissions)
        role_scope = RowScope(role.row_scope)
        if SCOPE_WIDTH[role_scope] > SCOPE_WIDTH[scope]:
            scope = role_scope
    return frozenset(permissions), scope


async def viewer_for_user(user: User) -> Viewer:
    roles = await user.roles.all()
    permissions, scope = _combine(roles)
    return Viewer(
        kind="user", label=user.email, user_id=user.id, employee_id=user.employee_id,
        roles=tuple(sorted(r.name for r in roles)), permissions=permissions, scope=scope,
    )


async def viewer_for_client(client: PartnerClient, scopes: list[str]) -> Viewer:
    role = await Role.get_or_none(name="partner")
    role_permissions, _ = _combine([role] if role else [])
    granted = set().union(*(PARTNER_SCOPES.get(s, frozenset()) for s in scopes)) if scopes else set()
    permissions = frozenset(p for p in role_permissions if p in {g.value for g in granted})
    return Viewer(
        kind="client", label=client.client_id, client_pk=client.id, roles=("partner",),
        permissions=permissions, scope=RowScope.PARTNER, rate_limit_per_minute=client.rate_limit_per_minute,
    )


async def viewer_from_token(token: str) -> Viewer:
    claims = decode_access_token(token)
    kind, _, ident = claims["sub"].partition(":")
    if kind == "user":
        user = await User.get_or_none(id=int(ident), is_active=True)
        if user is None:
            raise AuthError("This account no longer exists or is disabled.")
        viewer = await viewer_for_user(user)
    elif kind == "client":
        client = await PartnerClient.get_or_none(client_id=ident, is_active=True)
        if client is None:
            raise AuthError("This client no longer exists or was revoked.")
        viewer = await viewer_for_client(client, claims.get("scope", "").split())
    else:
        raise AuthError("The access token is not valid.")
    return replace(viewer, expires_at=float(claims["exp"]))


def bearer_token(header_value: str | None) -> str | None:
    if not header_value:
        return None
    scheme, _, token = header_value.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise AuthError("Send the token as 'Authorization: Bearer <token>'.")
    return token.strip()
