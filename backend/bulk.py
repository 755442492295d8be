"""POST /ingest/traffic: NDJSON backfills for partners, one sample per line.

Each line has the shape of `TrafficSampleInput` (camelCase, `accountId` a global id). The body
is read as a stream and stored through the same resolver as `trafficIngest`, so the rules
(per-item errors, idempotent upserts, partner scope) are the same, in chunks of up to 10,000
lines: one transaction each, so the rollups' per-call work is shared by ten times the rows of a
`trafficIngest` call. A line that is not JSON or lacks a field is rejected with its line
number (counting from 0). Rejection messages are in the caller's language (Accept-Language).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal, InvalidOperation

import orjson
from starlette.requests import Request
from starlette.responses import JSONResponse

from backend.collector import collection_paused
from backend.http_routes import bearer_viewer, error_response
from backend.graph.base import from_global_id
from backend.i18n import translate
from backend.permissions import Permission
from backend.resolvers import traffic

CHUNK = traffic.MAX_BULK_CHUNK
MONEY_TYPES = (str, int)  # "12.50" as the schema's Decimal takes it, or a whole number
MAX_REPORTED = 1000  # rejections listed in the response; the count covers all
FIELDS = {"onlineViewers": int, "followers": int, "orders": int, "interactions": int,
          "giftRevenue": Decimal, "gmv": Decimal}


class BadLine(ValueError):
    """A line that cannot be a sample: the field at fault and why."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def parse_line(raw: bytes) -> traffic.SampleInput:
    """Raises BadLine."""
    try:
        item = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise BadLine("line", "not JSON") from exc
    if not isinstance(item, dict):
        raise BadLine("line", "expected a JSON object")
    try:  # the well-formed line, checked at once; anything else goes field by field to say what is wrong
        viewers, followers, orders, interactions = item["onlineViewers"], item["followers"], item["orders"], item["interactions"]
        gifts, gmv = item["giftRevenue"], item["gmv"]
        if type(viewers) is int and type(followers) is int and type(orders) is int and type(interactions) is int \
                and type(gifts) in MONEY_TYPES and type(gmv) in MONEY_TYPES:
            type_name, pk = _account(item["accountId"])
            return traffic.SampleInput(pk if type_name == "PlatformAccount" else None, datetime.fromisoformat(item["at"]),
                                       viewers, followers, Decimal(gifts), Decimal(gmv), orders, interactions)
    except (KeyError, TypeError, ValueError, InvalidOperation):
        pass
    return _parse_fields(item)


def _account(global_id) -> tuple[str, int]:
    try:
        return from_global_id(str(global_id))
    except ValueError:
        return "", 0


def _parse_fields(item: dict) -> traffic.SampleInput:
    type_name, pk = _account(item.get("accountId", ""))
    try:
        at = datetime.fromisoformat(str(item["at"]))
    except (KeyError, ValueError) as exc:
        raise BadLine("at", "give an ISO 8601 date-time") from exc
    values = {}
    for name, kind in FIELDS.items():
        if name not in item:
            raise BadLine(name, "required")
        value = item[name]
        if kind is int and type(value) is not int:  # as GraphQL's Int: no 3.7, no "12", no true
            raise BadLine(name, "expected a whole number")
        try:
            values[name] = Decimal(str(value)) if kind is Decimal else value
        except InvalidOperation as exc:
            raise BadLine(name, "expected a decimal string") from exc
    return traffic.SampleInput(
        account_id=pk if type_name == "PlatformAccount" else None, at=at, online_viewers=values["onlineViewers"],
        followers=values["followers"], gift_revenue=values["giftRevenue"], gmv=values["gmv"], orders=values["orders"],
        interactions=values["interactions"])


class BulkIngest:
    """Collects parsed lines into chunks and stores each through the resolver."""

    def __init__(self, viewer) -> None:
        self.viewer = viewer
        self.accepted = 0
        self.rejected_count = 0
        self.rejected: list[dict] = []
        self.chunk: list[tuple[int, traffic.SampleInput]] = []

    def reject(self, index: int, field: str, code: str, message: str) -> None:
        self.rejected_count += 1
        if len(self.rejected) < MAX_REPORTED:
            self.rejected.append({"index": index, "field": field, "code": code, "message": translate(message)})

    async def take(self, line_no: int, raw: bytes) -> None:
        if not raw.strip():
            return
        try:
            self.chunk.append((line_no, parse_line(raw)))
        except BadLine as exc:
            self.reject(line_no, exc.field, "INVALID_LINE", exc.message)
        if len(self.chunk) >= CHUNK:
            await self.flush()

    async def flush(self) -> None:
        if not self.chunk:
            return
        result = await traffic.ingest_samples(viewer=self.viewer, samples=[s for _, s in self.chunk],
                                              limit=CHUNK)
        self.accepted += result.accepted
        for r in result.rejected:
            self.reject(self.chunk[r.index][0], r.field, r.code, r.message)
        self.chunk.clear()


async def ingest_traffic(request: Request) -> JSONResponse:
    viewer = await bearer_viewer(request, "Send a bearer token (client credentials with scope traffic:write).")
    if isinstance(viewer, JSONResponse):
        return viewer
    if not viewer.can(Permission.TRAFFIC_WRITE.value):
        return error_response(403, "FORBIDDEN", "Pushing traffic needs traffic.write (scope traffic:write).")
    bulk, line_no, pending = BulkIngest(viewer), 0, b""
    async with collection_paused():  # a backfill's samples are many objects, none of them cyclic garbage
        async for piece in request.stream():
            *lines, pending = (pending + piece).split(b"\n")
            for raw in lines:
                await bulk.take(line_no, raw)
                line_no += 1
        await bulk.take(line_no, pending)
        await bulk.flush()
    return JSONResponse({"accepted": bulk.accepted, "rejectedCount": bulk.rejected_count, "rejected": bulk.rejected})
