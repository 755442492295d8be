"""The one schema: every domain's Query and Mutation merged, with the safety extensions."""

from __future__ import annotations

from functools import partial

import strawberry
from strawberry.extensions import MaxTokensLimiter, ValidationCache
from strawberry.schema.config import StrawberryConfig
from strawberry.tools import merge_types

from backend.graph.accounts import AccountMutation, AccountQuery, PartnerClientMutation, PartnerClientQuery
from backend.graph.alerts import AlertMutation, AlertQuery, AlertSubscription
from backend.graph.analytics import AnalyticsMutation, AnalyticsQuery
from backend.graph.alerts.webhooks import WebhookEventSubscription, WebhookMutation, WebhookQuery
from backend.graph.audit import AuditQuery
from backend.graph.employees import EmployeeMutation, EmployeeQuery
from backend.graph.extensions import (
    ErrorCodes, FlushReadAudit, Metrics, NoAnonymousIntrospection, ParsedDocuments, SubscriptionsOnlyOverWebSocket,
)
from backend.graph.execution import ExecutionContext
from backend.graph.limits import QueryLimits
from backend.graph.node import NodeQuery
from backend.graph.org import OrgMutation, OrgQuery
from backend.graph.traffic.accounts import TrafficMutation, TrafficQuery, TrafficSubscription
from backend.graph.traffic.series import TrafficSeriesQuery
from backend.graph.contracts.operations import ContractMutation, ContractQuery
from backend.graph.compensation.operations import CompensationMutation, CompensationQuery
from backend.graph.performance.operations import PerformanceMutation, PerformanceQuery
from backend.graph.training.operations import TrainingMutation, TrainingQuery
from backend.graph.attendance import AttendanceMutation, AttendanceQuery
from backend.graph.automation import AutomationMutation, AutomationQuery
from backend.settings import Settings, get_settings

Query = merge_types("Query", (NodeQuery, AccountQuery, EmployeeQuery, OrgQuery, AlertQuery, AuditQuery, PartnerClientQuery, WebhookQuery, TrafficQuery,
                                TrafficSeriesQuery, ContractQuery, CompensationQuery, PerformanceQuery, AnalyticsQuery,
                                TrainingQuery, AttendanceQuery, AutomationQuery))
Mutation = merge_types("Mutation", (AccountMutation, EmployeeMutation, OrgMutation, AlertMutation, PartnerClientMutation, WebhookMutation, TrafficMutation,
                                   ContractMutation, CompensationMutation, PerformanceMutation, AnalyticsMutation,
                                   TrainingMutation, AttendanceMutation, AutomationMutation))
Subscription = merge_types("Subscription", (AlertSubscription, TrafficSubscription, WebhookEventSubscription))


class Schema(strawberry.Schema):
    def process_errors(self, errors, execution_context=None) -> None:
        """Expected errors (FORBIDDEN, NOT_FOUND...) are answers, not incidents: ErrorCodes logs the unexpected."""


def build_schema(settings: Settings | None = None) -> Schema:
    settings = settings or get_settings()
    production_only = [NoAnonymousIntrospection] if settings.is_production else []
    return Schema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        config=StrawberryConfig(disable_field_suggestions=settings.is_production),
        execution_context_class=ExecutionContext,
        extensions=[
            Metrics,
            # Factories, not instances: Strawberry then makes fresh ones for every operation.
            partial(MaxTokensLimiter, max_token_count=settings.max_query_tokens),
            ParsedDocuments,
            # Keyed by document and rule set, so production's extra rule for anonymous callers is cached apart.
            partial(ValidationCache, maxsize=512),
            partial(QueryLimits, max_depth=settings.max_query_depth, max_aliases=settings.max_aliases,
                    max_cost=settings.max_query_cost, page_cap=settings.max_page_size),
            SubscriptionsOnlyOverWebSocket,
            FlushReadAudit,
            partial(ErrorCodes, show_details=not settings.is_production),
            *production_only,
        ],
    )


def export_sdl() -> str:
    return build_schema().as_str() + "\n"
