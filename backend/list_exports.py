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

What the console shows is not always a top-level connection, nor raw enum names, so:
- `connection` may be a dotted path to a nested connection (`"payrollRun.payslips"`), or name a
  plain list field (`"trafficLeaderboard"`), which is exported as it comes, in one go;
- a column's path may pass through a list (`"drivers.text"`): the cell joins each item's value;
- a column may carry `"labels": {"ACTIVE": "在职"}` (or `{"true": "是"}`), the words the list
  shows for a raw value (unlisted values are written as they came);
- `"filename": "员工"` names the download (`员工.csv`), in any script.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from backend.context import RequestContext
from backend.http_routes import bearer_viewer, error_response
from backend.i18n import Message
from backend.settings import get_settings
from backend.spreadsheets import CSV_MEDIA, XLSX_MEDIA, Sheet, csv_bytes, xlsx_bytes

MAX_ROWS = 10_000


@dataclass(frozen=True)
class Column:
    path: str
    header: str
    labels: dict[str, str] = field(default_factory=dict, compare=False)

    def value(self, node: dict):
        return self._at(node, self.path.split("."))

    def _at(self, value, keys: list[str]):
        for i, key in enumerate(keys):
            if isinstance(value, list):  # `drivers.text`: the text of each driver, in one cell
                found = (self._at(item, keys[i:]) for item in value)
                return "; ".join(str(v) for v in found if v is not None and v != "")
            value = value.get(key) if isinstance(value, dict) else None
        if isinstance(value, list):
            return ", ".join(self.label(v) for v in value)
        return self.label(value) if isinstance(value, str | bool) else value

    def label(self, value) -> str:
        """The shown words for a raw value; booleans are looked up as JSON spells them (`"true"`)."""
        raw = ("true" if value else "false") if isinstance(value, bool) else str(value)
        return self.labels.get(raw, raw)


class BadExport(ValueError):
    pass


def _labels(column: dict) -> dict[str, str]:
    labels = column.get("labels") or {}
    if not isinstance(labels, dict) or not all(isinstance(v, str) for v in labels.values()):
        raise BadExport(Message('"labels" of column "{path}" maps raw values to the words shown: {{"ACTIVE": "在职"}}.',
                                path=column["path"]))
    return {str(k): v for k, v in labels.items()}


def _parse(body: object) -> tuple[str, dict, list[str], list[Column]]:
    if not isinstance(body, dict) or not isinstance(body.get("query"), str) or not isinstance(body.get("connection"), str):
        raise BadExport('Send {"query": "...", "connection": "<top-level list field>", "columns": [...], "variables": {...}}.')
    columns = body.get("columns")
    if not isinstance(columns, list) or not columns or not all(
            isinstance(c, dict) and isinstance(c.get("path"), str) and c["path"] for c in columns):
        raise BadExport('"columns" is a list of {"path": "team.name", "header": "Team"}.')
    variables = body.get("variables") or {}
    if not isinstance(variables, dict):
        raise BadExport('"variables" is an object.')
    connection = body["connection"].split(".")
    if not all(connection):
        raise BadExport('"connection" is a field name or a dotted path to one ("payrollRun.payslips").')
    return body["query"], variables, connection, [
        Column(c["path"], str(c.get("header") or c["path"]), _labels(c)) for c in columns]


def _filename(body: dict, default: str) -> str:
    """The download's name without extension: the caller's, stripped of path and quote characters."""
    name = body.get("filename") if isinstance(body, dict) else None
    if name is not None and not isinstance(name, str):
        raise BadExport('"filename" is a string, such as "employees".')
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", (name or "").strip()).strip("-. ")
    return cleaned[:120] or default


def _content_disposition(stem: str, fmt: str) -> str:
    """An ASCII `filename` for old clients and the UTF-8 `filename*` (RFC 6266) for 员工.csv."""
    ascii_stem = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-.") or "export"
    return f"attachment; filename=\"{ascii_stem}.{fmt}\"; filename*=UTF-8''{quote(f'{stem}.{fmt}')}"


def _forbidden_paths(errors: list, connection: list[str], paged: bool) -> set[str]:
    """The row fields the caller may not read, as dotted paths under the row."""
    found, depth = set(), len(connection) + (2 if paged else 0)
    prefix = connection + (["edges", "node"] if paged else [])
    for error in errors:
        path = [p for p in (error.path or []) if not isinstance(p, int)]
        if (error.extensions or {}).get("code") == "FORBIDDEN" and path[:depth] == prefix and len(path) > depth:
            found.add(".".join(path[depth:]))
    return found


def _listing(data: dict | None, connection: list[str]):
    value = data
    for key in connection:
        value = value.get(key) if isinstance(value, dict) else None
    return value


async def _rows(schema, viewer, query: str, variables: dict, connection: list[str]) -> tuple[list[dict], set[str]]:
    nodes, forbidden, after = [], set(), variables.get("after")
    page = get_settings().max_page_size
    name = ".".join(connection)
    async def run(values: dict):
        context = RequestContext(request=None, response=None)
        context.become(viewer)
        result = await schema.execute(query, variable_values=values, context_value=context)
        return result, _listing(result.data, connection)

    while len(nodes) < MAX_ROWS:
        result, listing = await run({**variables, "first": page, "after": after})
        paged = not isinstance(listing, list)
        if not paged and "first" in variables and variables["first"] != page:
            # A plain list's `first` is how many it shows (a top 10), not a page: ask it as the list did.
            result, listing = await run(variables)
        forbidden |= _forbidden_paths(result.errors or [], connection, paged)
        other = [e for e in result.errors or [] if not _forbidden_paths([e], connection, paged)]
        if other or listing is None:
            reasons = "; ".join(e.message for e in (other or result.errors or []))  # already in the caller's language
            raise BadExport(reasons or Message("{name} returned nothing.", name=name))
        if not paged:
            # A plain list (a leaderboard) has no cursor: it is exported as the query returns it.
            return [row for row in listing if isinstance(row, dict)][:MAX_ROWS], forbidden
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
            body = await request.json()
            query, variables, connection, columns = _parse(body)
            filename = _filename(body, connection[-1])
            nodes, forbidden = await _rows(schema, viewer, query, variables, connection)
        except (BadExport, ValueError) as exc:
            return error_response(400, "BAD_USER_INPUT", exc.args[0] if isinstance(exc, BadExport) else str(exc))
        kept = _kept(columns, forbidden)
        omitted = [c.path for c in columns if c not in kept]
        sheet = Sheet(None, [c.header for c in kept], [[c.value(n) for c in kept] for n in nodes])
        body, media = (csv_bytes(sheet), CSV_MEDIA) if fmt == "csv" else (xlsx_bytes(sheet), XLSX_MEDIA)
        headers = {"Content-Disposition": _content_disposition(filename, fmt), "X-Hrgraph-Rows": str(len(nodes))}
        if omitted:
            headers["X-Hrgraph-Omitted-Columns"] = ",".join(omitted)
        return Response(body, media_type=media, headers=headers)

    return endpoint
