"""People analytics in the graph: attrition risk (risk.py), workforce breakdowns, retention and
team traffic against attrition (workforce.py), efficiency and finance's figures (efficiency.py).
The 360 profile is on Employee (backend/graph/profile.py)."""

from strawberry.tools import merge_types

from backend.graph.analytics.efficiency import EfficiencyMutation, EfficiencyQuery, FinancialFigureQuery
from backend.graph.analytics.risk import (
    AttritionInsight, AttritionInsightScan, AttritionRisk, AttritionRiskBand, AttritionRiskDriver, AttritionRiskModel,
    RiskQuery, employee_attrition_risk,
)
from backend.graph.analytics.workforce import WorkforceQuery

AnalyticsQuery = merge_types("AnalyticsQuery", (RiskQuery, WorkforceQuery, EfficiencyQuery, FinancialFigureQuery))
AnalyticsMutation = EfficiencyMutation

__all__ = ["AnalyticsMutation", "AnalyticsQuery", "AttritionInsight", "AttritionInsightScan", "AttritionRisk",
           "AttritionRiskBand", "AttritionRiskDriver", "AttritionRiskModel", "employee_attrition_risk"]
