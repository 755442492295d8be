"""Webhook signatures: HMAC-SHA256 over "<timestamp>.<body>", sent as
`X-Hrgraph-Signature: t=<unix seconds>,v1=<hex digest>`.

Receivers recompute the digest with their secret and refuse a timestamp older than the
tolerance, so a captured delivery cannot be replayed later. `verify` is what we tell partners
to do (and what our tests' receiver does).
"""

from __future__ import annotations

import hashlib
import hmac
import time

HEADER = "X-Hrgraph-Signature"
TOLERANCE_SECONDS = 300


class SignatureError(Exception):
    pass


def digest(secret: str, timestamp: int, body: bytes) -> str:
    return hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()


def sign(secret: str, body: bytes, timestamp: int | None = None) -> str:
    timestamp = int(time.time()) if timestamp is None else timestamp
    return f"t={timestamp},v1={digest(secret, timestamp, body)}"


def verify(secret: str, header: str, body: bytes, *, now: float | None = None, tolerance: int = TOLERANCE_SECONDS) -> None:
    """Raises SignatureError unless `header` signs `body` with `secret` within the tolerance."""
    try:
        parts = dict(item.split("=", 1) for item in header.split(","))
        timestamp = int(parts["t"])
        given = parts["v1"]
    except (KeyError, ValueError) as exc:
        raise SignatureError("malformed signature header") from exc
    if abs((time.time() if now is None else now) - timestamp) > tolerance:
        raise SignatureError("timestamp outside the tolerance: a replay, or a clock far off")
    if not hmac.compare_digest(given, digest(secret, timestamp, body)):
        raise SignatureError("signature does not match")
