"""Console users, roles (permission sets as data), refresh tokens, login throttling, partner clients."""

from tortoise import fields
from tortoise.models import Model


class Role(Model):
    name = fields.CharField(max_length=50, primary_key=True)
    description = fields.CharField(max_length=200, default="")
    permissions = fields.JSONField(default=list)
    row_scope = fields.CharField(max_length=20, default="none")  # see backend.permissions.RowScope
    built_in = fields.BooleanField(default=False)
    # The permissions that existed when this built-in role was last brought up to date: a newer
    # release adds its new default permissions, but never re-adds one an admin took away.
    known_permissions = fields.JSONField(default=list)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "roles"


class User(Model):
    id = fields.IntField(primary_key=True)
    email = fields.CharField(max_length=254, unique=True)
    password_hash = fields.CharField(max_length=200)
    is_active = fields.BooleanField(default=True)
    roles = fields.ManyToManyField("models.Role", related_name="users", through="user_roles")
    employee = fields.ForeignKeyField(
        "models.Employee", related_name="user_accounts", null=True, on_delete=fields.SET_NULL
    )
    locale = fields.CharField(max_length=10, default="zh-CN")
    created_at = fields.DatetimeField(auto_now_add=True)
    last_login_at = fields.DatetimeField(null=True)

    class Meta:
        table = "users"


class RefreshToken(Model):
    """Opaque, rotating refresh tokens. Reusing a rotated token revokes its whole family."""

    id = fields.IntField(primary_key=True)
    token_hash = fields.CharField(max_length=64, unique=True)
    family = fields.CharField(max_length=32, db_index=True)
    user = fields.ForeignKeyField("models.User", related_name="refresh_tokens", on_delete=fields.CASCADE)
    expires_at = fields.DatetimeField()
    created_at = fields.DatetimeField(auto_now_add=True)
    used_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "refresh_tokens"


class LoginThrottle(Model):
    """Failed logins per e-mail; each failure past the free ones doubles the wait."""

    key = fields.CharField(max_length=254, primary_key=True)
    failures = fields.IntField(default=0)
    locked_until = fields.DatetimeField(null=True)
    last_failure_at = fields.DatetimeField(null=True)

    class Meta:
        table = "login_throttles"


class PartnerClient(Model):
    id = fields.IntField(primary_key=True)
    client_id = fields.CharField(max_length=100, unique=True)
    name = fields.CharField(max_length=200)
    secret_hash = fields.CharField(max_length=200)
    scopes = fields.JSONField(default=list)
    is_active = fields.BooleanField(default=True)
    linked_hosts = fields.ManyToManyField(
        "models.Employee", related_name="partner_clients", through="partner_client_hosts"
    )
    # Every current member of a linked team is in the client's scope too.
    linked_teams = fields.ManyToManyField("models.Team", related_name="partner_clients", through="partner_client_teams")
    # Query-cost points per minute (the bucket holds one minute's worth).
    rate_limit_per_minute = fields.IntField(default=20000)
    created_at = fields.DatetimeField(auto_now_add=True)
    secret_rotated_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "partner_clients"


class RateBucket(Model):
    """A token bucket shared by every process (used when the event bus is PostgreSQL)."""

    key = fields.CharField(max_length=120, primary_key=True)
    tokens = fields.FloatField()
    updated_at = fields.DatetimeField()

    class Meta:
        table = "rate_buckets"
