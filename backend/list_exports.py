"""POST /exports/list.csv | .xlsx: what a console list shows, as a file, within the caller's permissions.

The body names a list query the console already runs, and the columns it shows:

    {"query": "query($first: Int, $after: String, ...) { employees(first: $first, after: $after, ...) {
                 edges { node { employeeNo name baseSalary team { name } } } pageInfo { hasNextPage endCursor } } }",
     "variables": {...the list's filters...}, "connection": "employees",
     "columns": [{"path": "employeeNo", "header": "工号"}, {"path": "team.name", "header": "团队"}]}

The query runs through the same schema as /graphql, page by page (`first` = the page cap), as
the caller: row scope, field permissions, query limits and the read audit all apply unchanged.
A column the caller may not read (its field came back FORBIDDEN) is left out of the file, and
the `X-Hrgraph-Omitted-Columns` header names it; nothing is exported past `MAX_ROWS`.
"""

from __future__ import annotations

from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from backend.context import RequestContext
from backend.http_routes import bearer_viewer, error_response
from backend.settings import get_settings
from backend.spreadsheets import CSV_MEDIA, XLSX_MEDIA, Sheet, csv_bytes, xlsx_bytes

MAX_ROWS = 10_000


@dataclass(frozen=True)
class Column:
    path: str
    header: str

    def value(self, node: dict):
        value = node
        for key in self.path.split("."):
            value = value.get(key) if isinstance(value, dict) else None
        return ", ".join(map(str, value)) if isinstance(value, list) else value


class BadExport(ValueError):
    pass


def _parse(body: object) -> tuple[str, dict, str, list[Column]]:
    if not isinstance(body, dict) or not isinstance(body.get("query"), str) or not isinstance(body.get("connection"), str):
        raise BadExport('Send {"query": "...", "connection": "<top-level list field>", "columns": [...], "variables": {...}}.')
    columns = body.get("columns")
    if not isinstance(columns, list) or not columns or not all(
            isinstance(c, dict) and isinstance(c.get("path"), str) and c["path"] for c in columns):
        raise BadExport('"columns" is a list of {"path": "team.name", "header": "Team"}.')
    variables = body.get("variables") or {}
    if not isinstance(variables, dict):
        raise BadExport('"variables" is an object.')
    return body["query"], variables, body["connection"], [Column(c["path"], str(c.get("header") or c["path"])) for c in columns]


def _forbidden_paths(errors: list, connection: str) -> set[str]:
    """The node fields the caller may not read, as dotted paths under the node."""
    found = set()
    for error in errors:
        path = [p for p in (error.path or []) if not isinstance(p, int)]
        if (error.extensions or {}).get("code") == "FORBIDDEN" and path[:3] == [connection, "edges", "node"]:
            found.add(".".join(path[3:]))
    return found


async def _rows(schema, viewer, query: str, variables: dict, connection: str) -> tuple[list[dict], set[str]]:
    nodes, forbidden, after = [], set(), variables.get("after")
    page = get_settings().max_page_size
    while len(nodes) < MAX_ROWS:
        context = RequestContext(request=None, response=None)
        context.become(viewer)
        result = await schema.execute(query, variable_values={**variables, "first": page, "after": after}, context_value=context)
        forbidden |= _forbidden_paths(result.errors or [], connection)
        other = [e for e in result.errors or [] if (e.extensions or {}).get("code") != "FORBIDDEN" or not e.path
                 or e.path[0] != connection or len(e.path) < 4]
        listing = (result.data or {}).get(connection)
        if other or listing is None:
            raise BadExport("; ".join(e.message for e in (other or result.errors or [])) or f"{connection} returned nothing.")
        info = listing.get("pageInfo") or {}
        if "hasNextPage" not in info or "endCursor" not in info:
            raise BadExport("Select pageInfo { hasNextPage endCursor } and take $first and $after, so the export can page.")
        nodes += [edge["node"] for edge in listing.get("edges") or []]
        if not info["hasNextPage"]:
            break
        after = info["endCursor"]
    return nodes[:MAX_ROWS], forbidden


def _kept(columns: list[Column], forbidden: set[str]) -> list[Column]:
    return [c for c in columns if not any(c.path == f or c.path.startswith(f + ".") for f in forbidden)]


def list_export(schema):
    async def endpoint(request: Request) -> Response:
        viewer = await bearer_viewer(request, "Send the bearer token you use for /graphql.")
        if isinstance(viewer, JSONResponse):
            return viewer
        fmt = request.path_params["format"]
        if fmt not in ("csv", "xlsx"):
            return error_response(404, "NOT_FOUND", "Exports come as .csv or .xlsx.")
        try:
            query, variables, connection, columns = _parse(await request.json())
            nodes, forbidden = await _rows(schema, viewer, query, variables, connection)
        except (BadExport, ValueError) as exc:
            return error_response(400, "BAD_USER_INPUT", str(exc))
        kept = _kept(columns, forbidden)
        omitted = [c.path for c in columns if c not in kept]
        sheet = Sheet(None, [c.header for c in kept], [[c.value(n) for c in kept] for n in nodes])
        body, media = (csv_bytes(sheet), CSV_MEDIA) if fmt == "csv" else (xlsx_bytes(sheet), XLSX_MEDIA)
        headers = {"Content-Disposition": f'attachment; filename="{connection}.{fmt}"', "X-Hrgraph-Rows": str(len(nodes))}
        if omitted:
            headers["X-Hrgraph-Omitted-Columns"] = ",".join(omitted)
        return Response(body, media_type=media, headers=headers)

    return endpoint
