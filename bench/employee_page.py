"""The console's employee page: 100 employees with department, team and manager.

ours   POST /graphql with the console's `EmployeeList` query as the hr_manager demo user, in
       process (httpx ASGITransport on `create_app`, the ORM opened by us): everything the
       app does for the request (auth, validation, limits, resolvers, DataLoaders, the ORM,
       serialisation), without the network.
floor  the same JSON (same ids, cursors, enum names, `totalCount`) from one hand-written SQL
       statement sent with the driver (aiosqlite / asyncpg) and serialised with orjson.

strawberry-only  the same query on a minimal Strawberry schema over the floor's rows (no ORM,
       auth, DataLoaders or extensions): what the framework alone costs, for reading the ratio.

The answers are compared before timing, so every side does the same job. Then, through a
real uvicorn server, requests per second of the same query with 10 concurrent clients
(and of /healthz, the ceiling of server + load generator on this machine).
"""

from __future__ import annotations

import base64
import logging
import traceback
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from typing import Any

import httpx
import orjson
import strawberry

from bench.harness import Column, Outcome, Run, time_interleaved
from bench.server import fetch, http_request, load, uvicorn_server

SIZE, SEED, PAGE = "medium", 42, 100
TARGET = 4.0
USER = "hr@demo.hrgraph.local"
CONCURRENCY = 10

QUERY = """query EmployeeList($first: Int!, $after: String) { employees(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id employeeNo name status hiredOn employmentType
    department { id name } team { id name } manager { id name } } } } }"""
BODY = orjson.dumps({"query": QUERY, "operationName": "EmployeeList", "variables": {"first": PAGE, "after": None}})

# The floor: one statement; LIMIT page + 1 tells whether a next page exists, like the app.
FLOOR_SQL = """
SELECT e.id, e.employee_no, e.name, e.status, e.hired_on, e.employment_type,
       d.id, d.name, t.id, t.name, m.id, m.name, (SELECT count(*) FROM employees) AS total
FROM employees e
LEFT JOIN departments d ON d.id = e.department_id
LEFT JOIN teams t ON t.id = e.team_id
LEFT JOIN employees m ON m.id = e.manager_id
ORDER BY e.employee_no, e.id
LIMIT {limit}
"""

COLUMNS = [
    Column("floor_ms", "floor ms"),
    Column("graphql_ms", "graphql ms"),
    Column("ratio", "ratio"),
    Column("strawberry_only_ms", "strawberry-only ms"),
    Column("strawberry_only_ratio", "s-only/floor"),
    Column("over_strawberry", "graphql/s-only"),
    Column("sql_statements", "SQL/req", "{:d}"),
    Column("http_rps", f"req/s @{CONCURRENCY}", "{:.0f}"),
    Column("http_p50_ms", f"p50 ms @{CONCURRENCY}", "{:.0f}"),
    Column("healthz_rps", "/healthz req/s", "{:.0f}"),
]


def _gid(type_name: str, pk: int) -> str:
    return base64.urlsafe_b64encode(f"{type_name}:{pk}".encode()).decode()


def _ref(type_name: str, pk: int | None, name: str | None) -> dict | None:
    return None if pk is None else {"id": _gid(type_name, pk), "name": name}


def _iso(value: Any) -> str:
    return value if isinstance(value, str) else value.isoformat()


def floor_document(rows: list, first: int) -> dict:
    """The GraphQL response's `data`, built by hand from the floor's rows."""
    edges = [{"node": {
        "id": _gid("Employee", r[0]), "employeeNo": r[1], "name": r[2], "status": r[3].upper(),
        "hiredOn": _iso(r[4]), "employmentType": r[5].upper(), "department": _ref("Department", r[6], r[7]),
        "team": _ref("Team", r[8], r[9]), "manager": _ref("Employee", r[10], r[11]),
    }} for r in rows[:first]]
    end_cursor = base64.urlsafe_b64encode(f"offset:{len(edges)}".encode()).decode() if edges else None
    total = rows[0][12] if rows else 0
    return {"data": {"employees": {"totalCount": total, "pageInfo": {"hasNextPage": len(rows) > first,
                                                                       "endCursor": end_cursor}, "edges": edges}}}


# The "strawberry-only" reference: the same selection on a minimal Strawberry schema, plain
# (sync) fields over objects built from the floor's rows; no ORM, auth, DataLoaders or
# extensions. The least this framework needs to answer the query: how much of the ratio
# belongs to the framework rather than to our code.

@strawberry.type(name="Ref")
class BareRef:
    id: strawberry.ID
    name: str


@strawberry.type(name="Employee")
class BareEmployee:
    id: strawberry.ID
    employee_no: str
    name: str
    status: str
    hired_on: str
    employment_type: str
    department: BareRef | None
    team: BareRef | None
    manager: BareRef | None


@strawberry.type(name="EmployeeEdge")
class BareEdge:
    node: BareEmployee


@strawberry.type(name="PageInfo")
class BarePageInfo:
    has_next_page: bool
    end_cursor: str | None


@strawberry.type(name="EmployeeConnection")
class BareConnection:
    total_count: int
    page_info: BarePageInfo
    edges: list[BareEdge]


def _bare_ref(value: dict | None) -> BareRef | None:
    return None if value is None else BareRef(**value)


@strawberry.type(name="Query")
class BareQuery:
    @strawberry.field
    async def employees(self, info: strawberry.Info, first: int, after: str | None = None) -> BareConnection:
        page = floor_document(await info.context["fetch_rows"](), first)["data"]["employees"]
        edges = [BareEdge(node=BareEmployee(
            id=n["id"], employee_no=n["employeeNo"], name=n["name"], status=n["status"], hired_on=n["hiredOn"],
            employment_type=n["employmentType"], department=_bare_ref(n["department"]), team=_bare_ref(n["team"]),
            manager=_bare_ref(n["manager"]))) for n in (e["node"] for e in page["edges"])]
        info_ = page["pageInfo"]
        return BareConnection(total_count=page["totalCount"], edges=edges, page_info=BarePageInfo(
            has_next_page=info_["hasNextPage"], end_cursor=info_["endCursor"]))


BARE_SCHEMA = strawberry.Schema(query=BareQuery)


@asynccontextmanager
async def floor_connection(url: str) -> AsyncIterator:
    """A driver connection and a `fetch()` of the floor's rows."""
    if url.startswith("sqlite://"):
        import aiosqlite

        async with aiosqlite.connect(url[len("sqlite://"):]) as conn:
            sql = FLOOR_SQL.format(limit="?")

            async def rows() -> list:
                return list(await conn.execute_fetchall(sql, (PAGE + 1,)))

            yield rows
    else:
        import asyncpg

        conn = await asyncpg.connect(url)
        try:
            sql = FLOOR_SQL.format(limit="$1")

            async def rows() -> list:
                return await conn.fetch(sql, PAGE + 1)

            yield rows
        finally:
            await conn.close()


class _CountStatements(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


async def count_statements(call) -> int:
    """SQL statements the ORM sends during one call (Tortoise logs each at DEBUG)."""
    logger = logging.getLogger("tortoise.db_client")
    handler, level, propagate = _CountStatements(), logger.level, logger.propagate
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    try:
        await call()
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
        logger.propagate = propagate
    return handler.count


async def _token() -> str:
    from backend.auth import issue_access_token
    from backend.models.accounts import User

    user = await User.get(email=USER)
    return issue_access_token(f"user:{user.id}")[0]


async def measure_in_process(run: Run, dialect: str, url: str) -> tuple[dict, str]:
    """Floor vs GraphQL in this process; returns the numbers and the bearer token used."""
    from backend import db
    from backend.app import create_app, settle_heap

    async with AsyncExitStack() as stack:
        floor_rows = await stack.enter_async_context(floor_connection(url))
        await stack.enter_async_context(db.database(url))
        token = await _token()
        app = create_app(manage_database=False)
        settle_heap()  # as the server does once started
        client = await stack.enter_async_context(
            httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bench"))
        headers = {"authorization": f"Bearer {token}", "content-type": "application/json",
                   "accept": "application/json"}

        async def floor() -> bytes:
            return orjson.dumps(floor_document(await floor_rows(), PAGE))

        async def strawberry_only() -> bytes:
            result = await BARE_SCHEMA.execute(QUERY, variable_values={"first": PAGE, "after": None},
                                               operation_name="EmployeeList", context_value={"fetch_rows": floor_rows})
            if result.errors:
                raise RuntimeError(f"the strawberry-only schema failed: {result.errors}")
            return orjson.dumps({"data": result.data})

        async def graphql() -> bytes:
            response = await client.post("/graphql", content=BODY, headers=headers)
            if response.status_code != 200:
                raise RuntimeError(f"/graphql answered {response.status_code}: {response.text[:500]}")
            return response.content

        answer = orjson.loads(await graphql())
        if answer.get("errors"):
            raise RuntimeError(f"/graphql returned errors: {answer['errors']}")
        if answer["data"] != orjson.loads(await floor())["data"]:
            raise RuntimeError("the floor's JSON differs from the GraphQL answer; fix the floor before timing")
        if answer["data"] != orjson.loads(await strawberry_only())["data"]:
            raise RuntimeError("the bare Strawberry schema's answer differs from /graphql")
        statements = await count_statements(graphql)
        timings = await time_interleaved({"floor": floor, "strawberry": strawberry_only, "graphql": graphql},
                                         repeat=run.repeat(150), warmup=run.repeat(20))
        await run.profile_calls(f"employee_page-{dialect}", graphql)
    floor_t, bare_t, graphql_t = timings["floor"], timings["strawberry"], timings["graphql"]
    return {
        "floor_ms": round(floor_t.median, 3), "graphql_ms": round(graphql_t.median, 3),
        "ratio": round(graphql_t.median / floor_t.median, 3), "graphql_p90_ms": round(graphql_t.p90, 3),
        "strawberry_only_ms": round(bare_t.median, 3), "strawberry_only_ratio": round(bare_t.median / floor_t.median, 3),
        "over_strawberry": round(graphql_t.median / bare_t.median, 3),
        "floor_p90_ms": round(floor_t.p90, 3), "samples": len(graphql_t.samples_ms),
        # Fastest call of each: less sensitive to other work on a busy machine than the medians.
        "ratio_best": round(graphql_t.best / floor_t.best, 3),
        "sql_statements": statements, "response_bytes": len(orjson.dumps(answer)),
    }, token


async def measure_http(run: Run, dialect: str, url: str, token: str) -> dict:
    request = http_request("POST", "/graphql", BODY, {
        "Authorization": f"Bearer {token}", "Content-Type": "application/json", "Accept": "application/json"})
    async with uvicorn_server(url, label=dialect) as port:
        status, body = await fetch(port, request)
        if status != 200 or orjson.loads(body).get("errors"):
            raise RuntimeError(f"the server answered {status}: {body[:500]!r}")
        seconds = run.seconds(run.load_seconds)
        graphql = await load(port, request, concurrency=CONCURRENCY, seconds=seconds)
        healthz = await load(port, http_request("GET", "/healthz"), concurrency=CONCURRENCY,
                             seconds=min(seconds, 2.0), warmup=0.5)
    if graphql.errors or not graphql.latencies_ms:
        raise RuntimeError(f"{graphql.errors} of the HTTP requests failed")
    return {"http_rps": round(graphql.rps, 1), "http_p50_ms": graphql.to_json()["p50_ms"],
            "http": graphql.to_json(), "healthz_rps": round(healthz.rps, 1)}


async def employee_page(run: Run) -> Outcome:
    """The console's employee page (100 rows with department, team, manager) through /graphql
    vs one SQL join serialised by hand, on the medium demo."""
    variants: dict[str, dict] = {}
    for dialect in run.backends:
        try:
            url = await run.database(dialect, size=SIZE, seed=SEED)
            run.log(f"employee_page on {dialect}: in process ...")
            numbers, token = await measure_in_process(run, dialect, url)
            run.log(f"employee_page on {dialect}: ratio {numbers['ratio']:.2f}; HTTP at concurrency {CONCURRENCY} ...")
            numbers.update(await measure_http(run, dialect, url, token))
            variants[dialect] = numbers
        except Exception as exc:  # noqa: BLE001  one database failing must not hide the other's
            run.log(f"employee_page on {dialect} failed:\n{traceback.format_exc()}")
            first_line = (str(exc).strip().splitlines() or [""])[0]
            variants[dialect] = {"error": f"{type(exc).__name__}: {first_line}"}
    ratios = [v["ratio"] for v in variants.values() if "ratio" in v]
    return Outcome(
        ratio=max(ratios) if ratios else None, target=TARGET, columns=COLUMNS, variants=variants,
        title=f"{PAGE} employees with department, team, manager; /graphql in process vs one SQL join + orjson "
              f"({SIZE} demo, seed {SEED})",
        details={"size": SIZE, "seed": SEED, "page": PAGE, "concurrency": CONCURRENCY},
    )
