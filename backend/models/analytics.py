"""Attrition risk: the trained models (their card and the fitted estimator) and each employee's
latest score."""

from enum import Enum

from tortoise import fields
from tortoise.models import Model


class RiskBand(str, Enum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class RiskModel(Model):
    """One training run. `card` is what the model card shows (rows, positives, features used and
    unavailable, the candidates' cross-validated AUC, the calibration table); `estimator` the
    pickled calibrated pipeline and what scoring needs beside it (feature names, medians)."""

    id = fields.IntField(primary_key=True)
    trained_at = fields.DatetimeField(db_index=True)
    chosen_model = fields.CharField(max_length=100)
    rows = fields.IntField()
    positives = fields.IntField()
    card = fields.JSONField()
    estimator = fields.BinaryField()

    class Meta:
        table = "risk_models"


class RiskScore(Model):
    """An employee's latest attrition-risk score (one row each, replaced at every rescoring).
    `above` and `crossings` remember whether the score is over the alert threshold and how many
    times it has gone over, so one alert is raised per crossing and not again while it stays."""

    id = fields.IntField(primary_key=True)
    employee = fields.OneToOneField("models.Employee", related_name="risk_score", on_delete=fields.CASCADE)
    model = fields.ForeignKeyField("models.RiskModel", related_name="scores", on_delete=fields.CASCADE)
    score = fields.FloatField(db_index=True)
    band = fields.CharEnumField(RiskBand, max_length=10)
    drivers = fields.JSONField(default=list)  # [{"feature": ..., "text": ...}], strongest first
    scored_at = fields.DatetimeField()
    above = fields.BooleanField(default=False)
    crossings = fields.IntField(default=0)

    class Meta:
        table = "risk_scores"
