"""Plain ASGI middleware: the request's language, a request body size limit and HTTP request metrics."""

from __future__ import annotations

import time

import orjson
from prometheus_client import Counter, Histogram
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from backend import i18n

HTTP_REQUESTS = Counter("hrgraph_http_requests_total", "HTTP requests", ["route", "method", "status"])
HTTP_LATENCY = Histogram("hrgraph_http_request_seconds", "HTTP request latency", ["route"])
KNOWN_ROUTES = ("/graphql", "/graphiql", "/oauth/token", "/ingest/traffic", "/healthz", "/readyz", "/metrics", "/assets")


class RequestLanguage:
    """Sets the language of what the server says (backend/i18n) from `Accept-Language`: for an
    HTTP request, and for a WebSocket's whole life (its connection_init may still choose)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        header = next((value for name, value in scope["headers"] if name == b"accept-language"), b"")
        token = i18n.set_language(i18n.negotiate(header.decode("latin-1")))
        try:
            await self.app(scope, receive, send)
        finally:
            i18n.reset_language(token)


class BodyTooLarge(Exception):
    pass


class BodySizeLimit:
    """Refuses bodies over the limit with 413, whether or not they declare a Content-Length."""

    def __init__(self, app: ASGIApp, max_bytes: int, per_path: dict[str, int] | None = None) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.per_path = per_path or {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.per_path.get(scope["path"], self.max_bytes)
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await self._refuse(send, limit)
            return
        received = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await self._refuse(send, limit)

    async def _refuse(self, send: Send, limit: int) -> None:
        message = i18n.translate(i18n.Message("The request body is larger than {limit} bytes.", limit=limit))
        body = orjson.dumps({"errors": [{"message": message, "extensions": {"code": "BAD_USER_INPUT"}}]})
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})


def _route(path: str) -> str:
    for known in KNOWN_ROUTES:
        if path == known or path.startswith(known + "/"):
            return known
    return "/ (console)"


class HttpMetrics:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def tracking_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        finally:
            route = _route(scope["path"])
            HTTP_REQUESTS.labels(route, scope["method"], str(status)).inc()
            HTTP_LATENCY.labels(route).observe(time.perf_counter() - started)
