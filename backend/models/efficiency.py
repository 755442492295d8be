"""Inputs to the efficiency measures that the system cannot derive: revenue and non-people
operating cost per department (or team) and month, entered by finance. Where none is entered,
revenue comes from live-stream traffic (see resolvers/analytics/efficiency.py)."""

from tortoise import fields
from tortoise.models import Model


class FinancialFigure(Model):
    id = fields.IntField(primary_key=True)
    month = fields.DateField()  # the first day of the month
    department = fields.ForeignKeyField("models.Department", related_name=False, on_delete=fields.RESTRICT)
    team = fields.ForeignKeyField("models.Team", related_name=False, null=True, on_delete=fields.RESTRICT)
    revenue = fields.DecimalField(max_digits=14, decimal_places=2)  # CNY
    operating_cost = fields.DecimalField(max_digits=14, decimal_places=2)  # CNY, excluding people cost
    note = fields.TextField(default="")
    entered_by = fields.CharField(max_length=254)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "financial_figures"
        # SQL treats null teams as distinct: the resolver upserts by looking the row up first.
        unique_together = (("month", "department", "team"),)
