"""The Starlette application: /graphql (HTTP and graphql-transport-ws), /graphiql, /oauth/token,
/healthz, /readyz, /metrics and the console at /."""

from __future__ import annotations

import gc
import logging
from datetime import timedelta
from contextlib import asynccontextmanager
from pathlib import Path
from typing import AsyncIterator

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.applications import Starlette
from starlette.requests import HTTPConnection, Request
from starlette.responses import FileResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route, WebSocketRoute
from starlette.staticfiles import StaticFiles
import orjson
from strawberry.asgi import GraphQL
from strawberry.http import GraphQLHTTPResponse
from cross_web import HTTPException
from strawberry.types import ExecutionResult
from strawberry.types.unset import UNSET
from strawberry.exceptions import ConnectionRejectionError
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL

from backend import db, events, i18n, ratelimit
from backend.auth import AuthError, bearer_token, viewer_from_token
from backend.company_time import company_today
from backend.context import RequestContext
from backend.graph.schema import build_schema
from backend.graph.live_delivery import TransportWSHandler
from backend.middleware import BodySizeLimit, HttpMetrics, RequestLanguage
from backend.bulk import ingest_traffic
from backend.contract_documents import contract_document
from backend.list_exports import list_export
from backend.payroll_exports import payroll_export
from backend.oauth import token_endpoint
from backend.graph.alerts.webhooks import make_renderer
from backend.resolvers.alerts.feed import AlertFeed, set_feed
from backend.resolvers.alerts.webhooks import WebhookDispatcher
from backend.resolvers.analytics import attrition
from backend.resolvers.automation import runner as automation
from backend.resolvers.contracts import expiry
from backend.resolvers import employees
from backend.resolvers.traffic import anomalies
from backend.scheduler import Job, Scheduler
from backend.settings import Settings, get_settings

log = logging.getLogger("hrgraph")


async def authenticate(context: RequestContext, header: str | None) -> None:
    """Sets the viewer from a bearer token; a bad token leaves the caller anonymous with the reason."""
    try:
        token = bearer_token(header)
        if token:
            context.become(await viewer_from_token(token))
            context.token = token
    except AuthError as exc:
        context.auth_error = str(exc)


GRAPHQL_RESPONSE = "application/graphql-response+json"


def _wants_graphql_response(request: HTTPConnection) -> bool:
    return GRAPHQL_RESPONSE in request.headers.get("accept", "")


class HrGraphQL(GraphQL):
    """Strawberry's ASGI view plus the GraphQL-over-HTTP media type: a client that accepts
    application/graphql-response+json gets it, and a request that never executed (it did
    not parse or validate) comes back as 400 with no `data` entry."""

    graphql_transport_ws_handler_class = TransportWSHandler

    def encode_json(self, data: object) -> str:
        # A str, not bytes: over WebSocket, bytes would go out as binary frames, which
        # graphql-transport-ws clients (graphql-ws) reject.
        return orjson.dumps(data).decode()

    async def process_result(self, request: Request, result: ExecutionResult) -> GraphQLHTTPResponse:
        body = await super().process_result(request, result)
        never_executed = result.data is None and bool(result.errors) and all(e.path is None for e in result.errors)
        if never_executed and _wants_graphql_response(request):
            request.state.graphql_request_error = True
            body.pop("data", None)
        return body

    async def run(self, request, context=UNSET, root_value=UNSET):
        try:
            response = await super().run(request, context, root_value)
        except HTTPException as exc:
            if exc.status_code == 400 and "mutations are not allowed" in exc.reason:
                # GraphQL over HTTP: a mutation by GET MUST be answered 405 (Strawberry says 400).
                raise HTTPException(405, "Mutations must be sent by POST.") from None
            if exc.status_code == 400 and isinstance(request, Request):
                # A request that cannot run (no query, unknown operation name, bad JSON) still
                # gets a GraphQL-shaped answer, so clients show the reason instead of a parse error.
                body = {"errors": [{"message": exc.reason, "extensions": {"code": "BAD_USER_INPUT"}}]}
                media = GRAPHQL_RESPONSE if _wants_graphql_response(request) else "application/json"
                return Response(orjson.dumps(body), status_code=400, media_type=media)
            raise
        if isinstance(response, Response) and _wants_graphql_response(request):
            response.headers["content-type"] = GRAPHQL_RESPONSE
            if getattr(request.state, "graphql_request_error", False):
                response.status_code = 400
        return response
    async def get_context(self, request: HTTPConnection, response) -> RequestContext:
        context = RequestContext(request=request, response=response)
        if request.scope["type"] == "http":
            await authenticate(context, request.headers.get("authorization"))
        return context

    async def on_ws_connect(self, context: RequestContext):
        params = context.connection_params or {}
        if isinstance(params.get("language"), str):  # the console's choice, which a browser socket cannot send as a header
            i18n.set_language(i18n.negotiate(params["language"]))  # this task's: the socket's operations inherit it
        header = params.get("Authorization") or params.get("authorization")
        if header:
            await authenticate(context, header)
            if context.auth_error:
                raise ConnectionRejectionError({"message": context.auth_error})
        return UNSET  # a bare connection_ack


def _spa(dist: Path):
    async def serve(request: Request) -> Response:
        index = dist / "index.html"
        if not index.exists():
            return PlainTextResponse("The console is not built yet: run `make build` (or `npm run build` in frontend/).", 503)
        relative = request.path_params.get("path", "")
        candidate = (dist / relative).resolve()
        if relative and candidate.is_file() and dist.resolve() in candidate.parents:
            return FileResponse(candidate)
        return FileResponse(index)  # history fallback: the SPA routes on the client

    return serve


def _graphiql(dist: Path):
    async def serve(request: Request) -> Response:
        page = dist / "graphiql.html"
        if not page.exists():
            return PlainTextResponse("GraphiQL is not built yet: run `make build`.", 503)
        return FileResponse(page, headers={"Cache-Control": "no-cache"})

    return serve


async def healthz(request: Request) -> Response:
    return JSONResponse({"status": "ok"})


async def readyz(request: Request) -> Response:
    try:
        pending = await db.pending_migrations_now()
    except Exception as exc:  # the database is unreachable
        log.warning("readiness check failed: %s", exc)
        return JSONResponse({"status": "unavailable", "database": "unreachable"}, status_code=503)
    if pending:
        return JSONResponse({"status": "unavailable", "pending_migrations": pending}, status_code=503)
    return JSONResponse({"status": "ok"})


async def metrics(request: Request) -> Response:
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)


def scheduled_jobs(settings: Settings) -> list[Job]:
    """The background work every process runs on a timer (each job safe to run in several)."""
    return [
        Job("employee exits", 3600, lambda: employees.settle_exits(company_today())),
        Job("traffic anomaly scan", settings.traffic_scan_minutes * 60, lambda: anomalies.scan(company_today())),
        Job("contract expiry scan", settings.contract_scan_minutes * 60,
            lambda: expiry.scan(company_today(), settings.contract_expiry_days)),
        Job("attrition risk scoring", settings.risk_score_hours * 3600,
            lambda: attrition.rescore(today=company_today(), retrain_days=settings.risk_retrain_days),
            first_delay=60.0),
        # After the rescoring's first turn, so a risk rule sees today's scores; idempotent, so every process may run it.
        Job("automation rules", settings.automation_run_hours * 3600,
            lambda: automation.scheduled_run(company_today()), first_delay=120.0),
    ]

@asynccontextmanager
async def background_services(settings: Settings, schema) -> AsyncIterator[None]:
    """The event bus, the live alert feed, the webhook dispatcher and the periodic jobs: started
    after the ORM, stopped before it."""
    bus = events.make_bus(settings.event_bus, settings.database_url)
    await bus.start()
    ratelimit.configure(shared=bus.kind == "postgres")
    events.set_bus(bus)
    feed = AlertFeed(bus, poll_seconds=settings.alert_poll_seconds)
    await feed.start()
    set_feed(feed)
    dispatcher = WebhookDispatcher(make_renderer(schema), poll_seconds=settings.alert_poll_seconds,
                                   backoff_seconds=settings.webhook_backoff_seconds)
    await dispatcher.start()
    scheduler = Scheduler(scheduled_jobs(settings))
    await scheduler.start()
    try:
        yield
    finally:
        await scheduler.stop()
        await dispatcher.stop()
        set_feed(None)
        await feed.stop()
        await bus.stop()
        events.set_bus(None)


def settle_heap() -> None:
    """Takes what start-up made (schema, models, imported libraries) out of the cyclic garbage
    collector's sight. Those objects live as long as the process, and rescanning them in every
    full collection is a pause of tens of milliseconds in the middle of whatever request
    allocated last. Called before any request or socket exists, so nothing that should be freed
    later is kept."""
    gc.collect()
    gc.freeze()


def create_app(settings: Settings | None = None, *, manage_database: bool = True) -> Starlette:
    """`manage_database=False` lets tests open the ORM themselves around the app."""
    settings = settings or get_settings()
    dist = settings.frontend_dist
    schema = build_schema(settings)
    graphql = HrGraphQL(
        schema, graphql_ide=None, subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,),
        connection_init_wait_timeout=timedelta(seconds=settings.ws_init_timeout_seconds),
        max_subscriptions_per_connection=settings.ws_max_subscriptions,
    )

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if not manage_database:
            yield
            return
        async with db.database(settings.database_url), background_services(settings, schema):
            settle_heap()
            yield

    routes = [
        Route("/graphql", graphql, methods=["GET", "POST"]),
        WebSocketRoute("/graphql", graphql),
        Route("/graphiql", _graphiql(dist)),
        Route("/oauth/token", token_endpoint, methods=["POST"]),
        Route("/ingest/traffic", ingest_traffic, methods=["POST"]),
        Route("/documents/contracts/{contract_id}/{version:int}.{format:str}", contract_document, methods=["GET"]),
        Route("/exports/payroll/{run_id}.{format:str}", payroll_export, methods=["GET"]),
        Route("/exports/list.{format:str}", list_export(schema), methods=["POST"]),
        Route("/healthz", healthz),
        Route("/readyz", readyz),
        Route("/metrics", metrics),
    ]
    if (dist / "assets").is_dir():
        routes.append(Mount("/assets", StaticFiles(directory=dist / "assets"), name="assets"))
    routes += [Route("/", _spa(dist)), Route("/{path:path}", _spa(dist))]
    app = Starlette(routes=routes, lifespan=lifespan)
    app.add_middleware(HttpMetrics)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes,
                       per_path={"/ingest/traffic": settings.max_bulk_bytes})
    app.add_middleware(RequestLanguage)  # outermost: every answer, a refused body's included, is in the caller's language
    return app
