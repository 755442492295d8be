"""Attrition risk in the graph: each employee's score with its drivers, the ranked list, and the
card of the model that produced them. Everything here requires analytics.read_risk; rows follow
the viewer's row scope (a team lead: their team), and nobody ever reads their own score (the
`employee` role does not hold the permission; a lead or HR manager is refused their own record)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

import strawberry
from strawberry.types import Info

from backend.errors import forbidden
from backend.graph.base import Connection, connection, decode_ids, related, require
from backend.models import analytics as models
from backend.permissions import Permission as P
from backend.permissions import RowScope
from backend.resolvers.analytics import attrition
from backend.company_time import company_today

AttritionRiskBand = strawberry.enum(models.RiskBand, name="AttritionRiskBand",
                                    description="HIGH from the alert threshold (HRGRAPH_RISK_ALERT_THRESHOLD), MEDIUM from half of it.")
Employee = Annotated["Employee", strawberry.lazy("backend.graph.employees")]


@strawberry.type(description="One reason the risk is up, in plain words.")
class AttritionRiskDriver:
    feature: str = strawberry.field(description="The model's feature name, e.g. pay_vs_position_median.")
    text: str = strawberry.field(description='E.g. "pay 18% below the position median".')


@strawberry.type(description="""The probability of leaving voluntarily within six months, calibrated, and the (at most
three) features that push it up most.""")
class AttritionRisk:
    row: strawberry.Private[models.RiskScore]
    score: float
    band: AttritionRiskBand
    drivers: list[AttritionRiskDriver]
    scored_at: datetime

    @classmethod
    def from_row(cls, row: models.RiskScore) -> "AttritionRisk":
        return cls(row=row, score=row.score, band=row.band, scored_at=row.scored_at,
                   drivers=[AttritionRiskDriver(feature=d["feature"], text=d["text"]) for d in row.drivers])

    @strawberry.field
    def employee(self, info: Info) -> Employee | None:
        from backend.graph.employees import Employee as EmployeeType

        return related(info.context.loaders.employee_by_id, self.row.employee_id, EmployeeType.from_row)


@strawberry.type
class AttritionRiskCandidate:
    name: str
    roc_auc: float = strawberry.field(description="Mean over 5 folds grouped by employee.")
    roc_auc_std: float


@strawberry.type(description="One bin of the out-of-fold calibration: mean predicted risk against the observed share.")
class AttritionRiskCalibrationBin:
    predicted: float
    observed: float
    count: int


@strawberry.type
class AttritionRiskUnavailableFeature:
    name: str
    reason: str


@strawberry.type(description="The card of the model behind the current scores.")
class AttritionRiskModel:
    trained_at: datetime
    label: str
    first_snapshot: date
    last_snapshot: date
    rows: int = strawberry.field(description="Training snapshots (one person on the 1st of one month).")
    positives: int
    chosen_model: str
    candidates: list[AttritionRiskCandidate]
    calibration: list[AttritionRiskCalibrationBin]
    features: list[str]
    unavailable_features: list[AttritionRiskUnavailableFeature]
    drivers_method: str

    @classmethod
    def from_row(cls, row: models.RiskModel) -> "AttritionRiskModel":
        card = row.card
        return cls(
            trained_at=row.trained_at, label=card["label"], first_snapshot=date.fromisoformat(card["snapshots"]["first"]),
            last_snapshot=date.fromisoformat(card["snapshots"]["last"]), rows=row.rows, positives=row.positives,
            chosen_model=row.chosen_model, features=card["features"], drivers_method=card["driversMethod"],
            candidates=[AttritionRiskCandidate(name=c["name"], roc_auc=c["rocAuc"], roc_auc_std=c["rocAucStd"])
                        for c in card["candidates"]],
            calibration=[AttritionRiskCalibrationBin(**b) for b in card["calibration"]],
            unavailable_features=[AttritionRiskUnavailableFeature(name=k, reason=v)
                                  for k, v in card["unavailableFeatures"].items()],
        )


async def employee_attrition_risk(info: Info, employee_pk: int) -> AttritionRisk | None:
    """Employee.attritionRisk (its permission is checked by the field): one query per page. Refused
    on one's own record whatever the role: a risk score is about someone, not for them."""
    if employee_pk == info.context.viewer.employee_id:
        raise forbidden("attritionRisk is never shown on one's own record")
    row = await info.context.loaders.attrition_risk_by_employee.load(employee_pk)
    return _audited(info, row) if row is not None else None


def _audited(info: Info, row: models.RiskScore) -> AttritionRisk:
    """A risk score is as sensitive as pay: every one handed out (a page, a profile, an export)
    is in the audit trail, as a read of that employee's `attritionRisk`."""
    info.context.audit.note("employee.read_risk", row.employee_id, "attritionRisk")
    return AttritionRisk.from_row(row)


@strawberry.type(description="One cohort difference in voluntary attrition, with its statistics.")
class AttritionInsight:
    factor: str
    sentence: str
    ratio: float = strawberry.field(description="The cohort's attrition rate over the reference cohort's.")
    ci_low: float = strawberry.field(description="95% confidence interval of the ratio (Katz log method).")
    ci_high: float
    p_value: float
    cohort_size: int
    cohort_left: int
    reference_size: int
    reference_left: int


@strawberry.type(description="The cohort scan over the last two years in half-year windows (person-windows).")
class AttritionInsightScan:
    window_start: date
    window_end: date
    person_windows: int
    leavers: int
    insights: list[AttritionInsight]


@strawberry.type
class RiskQuery:
    @strawberry.field(description="""Requires: analytics.read_risk and a company-wide row scope (the scan compares the
whole company). Only differences significant after a Bonferroni correction, with at least 30 in each cohort.""")
    async def attrition_insights(self, info: Info, today: date | None = None) -> AttritionInsightScan | None:
        viewer = require(info, P.ANALYTICS_READ_RISK.value)
        if viewer.scope != RowScope.ALL:
            raise forbidden("the cohort scan compares the whole company: it needs a company-wide row scope")
        from backend.resolvers.analytics.cohorts import scan_cohorts

        found = await scan_cohorts(today=today or company_today())
        return AttritionInsightScan(
            window_start=found.as_of, window_end=found.until, person_windows=found.population, leavers=found.leavers,
            insights=[AttritionInsight(factor=i.factor, sentence=i.sentence, ratio=i.ratio, ci_low=i.low, ci_high=i.high,
                                       p_value=i.p_value, cohort_size=i.comparison.n, cohort_left=i.comparison.left,
                                       reference_size=i.comparison.reference_n, reference_left=i.comparison.reference_left)
                      for i in found.insights])

    @strawberry.field(description="""Requires: employees.read and analytics.read_risk. Current employees you may see (a
team lead: their team) by attrition risk, highest first.""")
    async def attrition_risks(self, info: Info, first: int = 20, after: str | None = None, min_score: float | None = None,
                              team_id: strawberry.ID | None = None) -> Connection[AttritionRisk] | None:
        viewer = require(info, P.EMPLOYEES_READ.value, P.ANALYTICS_READ_RISK.value)
        (team,) = decode_ids((team_id, "Team", "teamId"))
        page = await attrition.list_risks(viewer=viewer, first=first, after=after, min_score=min_score, team_id=team)
        return connection(page, lambda row: _audited(info, row))

    @strawberry.field(description="Requires: analytics.read_risk. The latest model's card; null before the first training.")
    async def attrition_risk_model(self, info: Info) -> AttritionRiskModel | None:
        require(info, P.ANALYTICS_READ_RISK.value)
        row = await attrition.latest_model()
        return AttritionRiskModel.from_row(row) if row is not None else None
