"""What the plain HTTP routes beside /graphql share: errors in GraphQL's error shape (their
messages in the caller's language), and the caller from the same bearer token /graphql takes."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse

from backend.auth import AuthError, Viewer, bearer_token, viewer_from_token
from backend.i18n import translate


def error_response(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"errors": [{"message": translate(message), "extensions": {"code": code}}]}, status_code=status)


async def bearer_viewer(request: Request, hint: str) -> Viewer | JSONResponse:
    """The caller, or the 401 to answer with (`hint` says which token to send)."""
    try:
        token = bearer_token(request.headers.get("authorization"))
        viewer = await viewer_from_token(token) if token else None
    except AuthError as exc:
        return error_response(401, "UNAUTHENTICATED", str(exc))
    return viewer if viewer is not None else error_response(401, "UNAUTHENTICATED", hint)
