"""Webhooks in the graph: managing endpoints, the delivery log, and the `event` subscription
that webhook documents select from.

A webhook's payload is a GraphQL subscription document on `event`, e.g.
`subscription { event { name employee { employeeNo name status } } }`, resolved for each
delivery with the endpoint owner's own permissions and scope: a partner's payload can never
hold what the partner could not query.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import AsyncGenerator

import strawberry
from graphql import OperationDefinitionNode, OperationType, parse, validate
from graphql.error import GraphQLSyntaxError
from strawberry.types import Info

from backend.auth import viewer_for_client, viewer_for_user
from backend.context import RequestContext
from backend.errors import bad_input, forbidden, unauthenticated
from backend.i18n import Message
from backend.models import alerts as models
from backend.models.accounts import PartnerClient, User
from backend.resolvers.alerts import alerts_by_ids
from backend.resolvers.alerts import webhooks as resolvers
from backend.resolvers.outbox import EVENTS
from backend.resolvers.pagination import paginate
from backend.settings import get_settings
from backend.graph.alerts import Alert
from backend.graph.automation import AutomationActionTaken
from backend.models.automation import AutomationAction as AutomationActionRow
from backend.graph.base import Connection, Node, connection, decode_ids, mutate, related, to_global_id
from backend.graph.compensation.types import PayrollRun
from backend.graph.contracts.types import Contract
from backend.models.compensation import PayrollRun as PayrollRunRow
from backend.permissions import Permission
from backend.graph.employees import Employee
from backend.resolvers.contracts.lifecycle import scoped_contracts

DeliveryStatus = strawberry.enum(models.DeliveryStatus, name="WebhookDeliveryStatus")


@strawberry.type(description="What a webhook document selects from: the event being delivered.")
class WebhookEvent:
    row: strawberry.Private[models.DomainEvent]
    name: str
    occurred_at: datetime

    @strawberry.field(description="The employee it concerns, if the webhook's owner may see them.")
    def employee(self, info: Info) -> Employee | None:
        return related(info.context.loaders.employee_by_id, self.row.employee_id, Employee.from_row)

    @strawberry.field(description="For alert.created: the alert, if the owner may see it.")
    async def alert(self, info: Info) -> Alert | None:
        if self.row.subject_type != "alert":
            return None
        row = (await alerts_by_ids(info.context.viewer, [self.row.subject_id])).get(self.row.subject_id)
        return Alert.from_row(row) if row else None

    @strawberry.field(description="For contract.signed and contract.expiring: the contract, if the owner may see it.")
    async def contract(self, info: Info) -> Contract | None:
        if self.row.subject_type != "contract":
            return None
        row = await scoped_contracts(info.context.viewer).get_or_none(id=self.row.subject_id)
        return Contract.from_row(row) if row else None

    @strawberry.field(description="For payroll.locked: the run and its totals, if the owner has payroll.read.")
    async def payroll_run(self, info: Info) -> PayrollRun | None:
        if self.row.subject_type != "payroll_run" or not info.context.viewer.can(Permission.PAYROLL_READ.value):
            return None
        row = await PayrollRunRow.get_or_none(id=self.row.subject_id)
        return PayrollRun.from_row(row) if row else None

    @strawberry.field(description="""For automation.action: the action a rule took (its kind, topic and note, what it
matched), if the owner has automation.manage.""")
    async def automation_action(self, info: Info) -> AutomationActionTaken | None:
        if self.row.subject_type != "automation_action" or not info.context.viewer.can(Permission.AUTOMATION_MANAGE.value):
            return None
        row = await AutomationActionRow.get_or_none(id=self.row.subject_id)
        return AutomationActionTaken.from_row(row) if row else None


@strawberry.type
class WebhookEventSubscription:
    @strawberry.subscription(description="Only inside a webhook's document: yields the event being delivered, once.")
    async def event(self, info: Info) -> AsyncGenerator[WebhookEvent, None]:
        event = getattr(info.context, "webhook_event", None)
        if event is None:
            raise bad_input("`event` is for webhook documents; subscribe to `alerts` for a live feed.")
        yield WebhookEvent(row=event, name=event.name, occurred_at=event.occurred_at)


def document_error(schema, document: str) -> str | None:
    """Why a webhook document is unusable, or None."""
    try:
        parsed = parse(document)
    except GraphQLSyntaxError as exc:
        return Message("The document does not parse: {message}", message=exc.message)
    operations = [d for d in parsed.definitions if isinstance(d, OperationDefinitionNode)]
    if len(operations) != 1 or operations[0].operation != OperationType.SUBSCRIPTION:
        return "Write one subscription operation, e.g. subscription { event { name employee { name } } }."
    roots = [s.name.value for s in operations[0].selection_set.selections if hasattr(s, "name")]
    if roots != ["event"]:
        return "Select `event` (and only it) at the top of the subscription."
    if errors := validate(schema._schema, parsed):
        return "; ".join(e.message for e in errors)
    return None


def make_renderer(schema):
    """Resolves an endpoint's document for one event, as the endpoint's owner."""

    async def render(endpoint: models.WebhookEndpoint, event: models.DomainEvent) -> dict:
        viewer = None
        if endpoint.owner_client_id:
            client = await PartnerClient.get_or_none(id=endpoint.owner_client_id, is_active=True)
            viewer = await viewer_for_client(client, list(client.scopes)) if client else None
        elif endpoint.owner_user_id:
            user = await User.get_or_none(id=endpoint.owner_user_id, is_active=True)
            viewer = await viewer_for_user(user) if user else None
        if viewer is None:
            return {"data": None, "errors": [{"message": "The webhook's owner is revoked or disabled."}]}
        context = RequestContext(request=None, response=None)
        context.become(viewer)
        context.webhook_event = event
        stream = await schema.subscribe(endpoint.document, context_value=context)
        if hasattr(stream, "__aiter__"):  # the one event's result (else: refused before running)
            try:
                result = await anext(stream)
            finally:
                await stream.aclose()
        else:
            result = stream
        payload = {"data": result.data}
        if result.errors:
            payload["errors"] = [e.formatted for e in result.errors]
        return payload

    return render


@strawberry.type
class WebhookDelivery(Node):
    row: strawberry.Private[models.WebhookDelivery]
    status: DeliveryStatus
    attempts: int
    last_status_code: int | None
    last_error: str | None
    next_attempt_at: datetime | None
    delivered_at: datetime | None
    created_at: datetime
    payload: str | None = strawberry.field(description="The signed body, as sent (resolved at the first attempt).")

    @classmethod
    def from_row(cls, row: models.WebhookDelivery) -> "WebhookDelivery":
        pending = row.status == models.DeliveryStatus.PENDING
        return cls(id=to_global_id("WebhookDelivery", row.id), row=row, status=row.status, attempts=row.attempts,
                   last_status_code=row.last_status_code, last_error=row.last_error,
                   next_attempt_at=row.next_attempt_at if pending else None, delivered_at=row.delivered_at,
                   created_at=row.created_at, payload=row.payload)

    @strawberry.field
    def event(self) -> str:
        return self.row.event.name


@strawberry.type
class Webhook(Node):
    row: strawberry.Private[models.WebhookEndpoint]
    url: str
    events: list[str]
    document: str
    is_active: bool
    consecutive_failures: int
    disabled_at: datetime | None
    created_at: datetime

    @classmethod
    def from_row(cls, row: models.WebhookEndpoint) -> "Webhook":
        return cls(id=to_global_id("Webhook", row.id), row=row, url=row.url, events=list(row.events), document=row.document,
                   is_active=row.is_active, consecutive_failures=row.consecutive_failures, disabled_at=row.disabled_at,
                   created_at=row.created_at)

    @strawberry.field(description="The delivery log, newest first.")
    async def deliveries(self, first: int = 20, after: str | None = None) -> Connection[WebhookDelivery]:
        query = models.WebhookDelivery.filter(endpoint_id=self.row.id).prefetch_related("event").order_by("-id")
        return connection(await paginate(query, first=first, after=after), WebhookDelivery.from_row)


@strawberry.enum
class WebhookErrorCode(Enum):
    INVALID = "INVALID"
    NOT_FOUND = "NOT_FOUND"


@strawberry.type
class WebhookError:
    field: str | None
    code: WebhookErrorCode
    message: str


@strawberry.input
class WebhookCreateInput:
    url: str
    events: list[str] = strawberry.field(description=f"Any of: {', '.join(EVENTS)}.")
    document: str
    owner_client_id: strawberry.ID | None = strawberry.field(default=None, description="Admins: deliver as this partner client.")


@strawberry.input
class WebhookUpdateInput:
    id: strawberry.ID
    url: str | None = None
    events: list[str] | None = None
    document: str | None = None
    is_active: bool | None = None


@strawberry.input
class WebhookDeleteInput:
    id: strawberry.ID


@strawberry.input
class WebhookDeliveryRetryInput:
    id: strawberry.ID


@strawberry.type
class WebhookCreatePayload:
    webhook: Webhook | None = None
    secret: str | None = strawberry.field(default=None, description="Verify our signatures with it; shown once.")
    errors: list[WebhookError] = strawberry.field(default_factory=list)


@strawberry.type
class WebhookUpdatePayload:
    webhook: Webhook | None = None
    errors: list[WebhookError] = strawberry.field(default_factory=list)


@strawberry.type
class WebhookDeletePayload:
    deleted_id: strawberry.ID | None = None
    errors: list[WebhookError] = strawberry.field(default_factory=list)


@strawberry.type
class WebhookDeliveryRetryPayload:
    delivery: WebhookDelivery | None = None
    errors: list[WebhookError] = strawberry.field(default_factory=list)


def require_webhook_manager(info: Info):
    viewer = info.context.viewer
    if not viewer.is_authenticated:
        raise unauthenticated()
    if not (viewer.can("accounts.manage") or viewer.can("webhooks.manage")):
        raise forbidden("managing webhooks needs webhooks.manage (or accounts.manage)")
    return viewer


def _allow_private() -> bool:
    return not get_settings().is_production


@strawberry.type
class WebhookQuery:
    @strawberry.field(description="Requires: webhooks.manage (yours) or accounts.manage (everyone's).")
    async def webhooks(self, info: Info, first: int = 20, after: str | None = None) -> Connection[Webhook] | None:
        viewer = require_webhook_manager(info)
        query = resolvers.owned_endpoints(viewer).order_by("id")
        return connection(await paginate(query, first=first, after=after), Webhook.from_row)


@strawberry.type
class WebhookMutation:
    @strawberry.mutation(description="Requires: webhooks.manage or accounts.manage. The signing secret is shown once.")
    async def webhook_create(self, info: Info, input: WebhookCreateInput) -> WebhookCreatePayload:
        viewer = require_webhook_manager(info)

        async def work() -> dict:
            (owner,) = decode_ids((input.owner_client_id, "PartnerClient", "ownerClientId"))
            if owner and not viewer.can("accounts.manage"):
                raise forbidden("only admins choose another owner")
            row, secret = await resolvers.create_endpoint(
                viewer=viewer, url=input.url, names=input.events, document=input.document, owner_client_id=owner,
                validate_document=lambda d: document_error(info.schema, d), allow_private=_allow_private())
            return {"webhook": Webhook.from_row(row), "secret": secret}

        return await mutate(WebhookCreatePayload, WebhookError, WebhookErrorCode, work)

    @strawberry.mutation(description="Requires: webhooks.manage or accounts.manage. isActive: true re-enables a disabled webhook.")
    async def webhook_update(self, info: Info, input: WebhookUpdateInput) -> WebhookUpdatePayload:
        viewer = require_webhook_manager(info)

        async def work() -> dict:
            (pk,) = decode_ids((input.id, "Webhook", "id"))
            row = await resolvers.update_endpoint(
                viewer=viewer, endpoint_id=pk, url=input.url, names=input.events, document=input.document,
                active=input.is_active, validate_document=lambda d: document_error(info.schema, d),
                allow_private=_allow_private())
            return {"webhook": Webhook.from_row(row)}

        return await mutate(WebhookUpdatePayload, WebhookError, WebhookErrorCode, work)

    @strawberry.mutation(description="Requires: webhooks.manage or accounts.manage.")
    async def webhook_delete(self, info: Info, input: WebhookDeleteInput) -> WebhookDeletePayload:
        viewer = require_webhook_manager(info)

        async def work() -> dict:
            (pk,) = decode_ids((input.id, "Webhook", "id"))
            await resolvers.delete_endpoint(viewer=viewer, endpoint_id=pk)
            return {"deleted_id": input.id}

        return await mutate(WebhookDeletePayload, WebhookError, WebhookErrorCode, work)

    @strawberry.mutation(description="Requires: webhooks.manage or accounts.manage. Sends a delivery again, now.")
    async def webhook_delivery_retry(self, info: Info, input: WebhookDeliveryRetryInput) -> WebhookDeliveryRetryPayload:
        viewer = require_webhook_manager(info)

        async def work() -> dict:
            (pk,) = decode_ids((input.id, "WebhookDelivery", "id"))
            row = await resolvers.retry_delivery(viewer=viewer, delivery_id=pk)
            await row.fetch_related("event")
            return {"delivery": WebhookDelivery.from_row(row)}

        return await mutate(WebhookDeliveryRetryPayload, WebhookError, WebhookErrorCode, work)
