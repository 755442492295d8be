"""The per-request (or per-socket) context every resolver receives as `info.context`."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from starlette.requests import HTTPConnection

from backend.auth import ANONYMOUS, Viewer
from backend.resolvers.audit import ReadAudit
from backend.resolvers.loaders import Loaders


@dataclass
class RequestContext:
    request: HTTPConnection | None  # None when rendering a webhook payload
    response: Any
    viewer: Viewer = ANONYMOUS
    # Why the caller is anonymous although it sent credentials (expired, revoked...).
    auth_error: str | None = None
    loaders: Loaders = field(default_factory=lambda: Loaders(ANONYMOUS))
    audit: ReadAudit = field(default_factory=lambda: ReadAudit(ANONYMOUS))
    connection_params: dict | None = None
    token: str | None = None  # kept so long-lived sockets can re-check it
    webhook_event: Any = None  # the DomainEvent being delivered, when rendering a webhook payload

    @property
    def ip(self) -> str | None:
        return self.request.client.host if self.request is not None and self.request.client else None

    def for_event(self) -> "RequestContext":
        """One subscription event's context: the connection's caller, socket and read audit,
        with loaders of its own, so an event reads current rows instead of what the socket's
        loaders cached hours ago (and their caches do not grow for the socket's lifetime)."""
        return replace(self, loaders=Loaders(self.viewer))

    def become(self, viewer: Viewer) -> None:
        """Sets who is calling; loaders and the read audit are rebuilt for them."""
        self.viewer = viewer
        self.auth_error = None
        self.loaders = Loaders(viewer)
        self.audit = ReadAudit(viewer, ip=self.ip)

    def refresh_viewer(self, viewer: Viewer) -> None:
        """The same caller re-read while a socket stays open (roles, team, role map changed): later
        events resolve their fields with what the caller may see now, not at connection time."""
        self.viewer = viewer
        self.loaders = Loaders(viewer)
        self.audit.viewer = viewer
