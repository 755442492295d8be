"""POST /oauth/token (RFC 6749): client_credentials for partners, refresh_token for the console."""

from __future__ import annotations

import base64
import binascii
from urllib.parse import unquote

from starlette.requests import Request
from starlette.responses import JSONResponse

from backend.auth import AuthError
from backend.resolvers import accounts

NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


def _error(code: str, description: str, status: int = 400, **headers: str) -> JSONResponse:
    return JSONResponse({"error": code, "error_description": description}, status_code=status,
                        headers={**NO_STORE, **headers})


def _basic_credentials(header: str | None) -> tuple[str, str] | None:
    if not header or not header.lower().startswith("basic "):
        return None
    try:
        raw = base64.b64decode(header[6:].strip(), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        return None
    client_id, sep, secret = raw.partition(":")
    return (unquote(client_id), unquote(secret)) if sep else None


def _tokens(tokens: accounts.Tokens, scope: str | None = None) -> JSONResponse:
    body = {"access_token": tokens.access_token, "token_type": "Bearer", "expires_in": tokens.expires_in}
    if tokens.refresh_token:
        body["refresh_token"] = tokens.refresh_token
    if scope is not None:
        body["scope"] = scope
    return JSONResponse(body, headers=NO_STORE)


async def token_endpoint(request: Request) -> JSONResponse:
    if not request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        return _error("invalid_request", "Send the parameters as application/x-www-form-urlencoded.")
    form = await request.form()
    grant = form.get("grant_type")
    if grant == "refresh_token":
        token = form.get("refresh_token")
        if not token:
            return _error("invalid_request", "refresh_token is required.")
        try:
            return _tokens(await accounts.refresh(refresh_token=str(token)))
        except AuthError as exc:
            return _error("invalid_grant", str(exc))
    if grant == "client_credentials":
        credentials = _basic_credentials(request.headers.get("authorization"))
        if credentials is None and form.get("client_id"):
            credentials = (str(form.get("client_id")), str(form.get("client_secret") or ""))
        if credentials is None:
            return _error("invalid_client", "Authenticate the client with HTTP Basic or client_id/client_secret.",
                          401, **{"WWW-Authenticate": 'Basic realm="hrgraph"'})
        try:
            tokens, scope = await accounts.client_credentials(
                client_id=credentials[0], client_secret=credentials[1], scope=form.get("scope"))
        except AuthError as exc:
            if str(exc) == "invalid_scope":
                return _error("invalid_scope", "The client may not ask for that scope.")
            return _error("invalid_client", "Unknown client or wrong secret.", 401,
                          **{"WWW-Authenticate": 'Basic realm="hrgraph"'})
        return _tokens(tokens, scope)
    return _error("unsupported_grant_type", "grant_type must be client_credentials or refresh_token.")
