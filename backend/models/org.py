"""Departments, teams (with a lead) and positions."""

from tortoise import fields
from tortoise.models import Model


class Department(Model):
    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=32, unique=True)
    name = fields.CharField(max_length=100)
    parent = fields.ForeignKeyField(
        "models.Department", related_name="children", null=True, on_delete=fields.RESTRICT
    )
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "departments"


class Team(Model):
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=100)
    department = fields.ForeignKeyField("models.Department", related_name="teams", on_delete=fields.RESTRICT)
    # A plain id, not a foreign key: teams and employees reference each other and the ORM
    # cannot create a cycle of foreign keys. Resolvers check that the lead exists.
    lead_id = fields.IntField(null=True, db_index=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "teams"
        unique_together = (("department", "name"),)


class Position(Model):
    id = fields.IntField(primary_key=True)
    title = fields.CharField(max_length=100, unique=True)
    level = fields.CharField(max_length=20, null=True)
    is_host_role = fields.BooleanField(default=False)

    class Meta:
        table = "positions"
