"""GET /exports/payroll/{runId}.csv | .xlsx: a run's payslips for finance, one row per payslip.

Needs payroll.read; every export is audited (it holds everyone's pay). The XLSX has a second
sheet with every explained line. Money cells are exact decimal text in CSV and numbers with two
decimals in XLSX. Send the console's bearer token (the console fetches and saves a blob).
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from backend.graph.base import pk_of
from backend.http_routes import bearer_viewer, error_response
from backend.models.compensation import PayrollRun, Payslip, PayslipLine
from backend.models.employees import Employee
from backend.models.org import Department, Team
from backend.permissions import Permission
from backend.resolvers.audit import record_event
from backend.spreadsheets import CSV_MEDIA, XLSX_MEDIA, Sheet, csv_bytes, xlsx_bytes

HEADER = ["employee_no", "name", "department", "team", "month", "base", "commission", "adjustments", "gross", "run_status"]
MONEY = (5, 6, 7, 8)


async def _rows(run: PayrollRun) -> list[list]:
    slips = await Payslip.filter(run_id=run.id).order_by("employee_id").values_list(
        "employee_id", "department_id", "team_id", "base", "commission", "adjustments", "gross")
    people = {pk: (no, name) for pk, no, name in await Employee.filter(
        id__in=[s[0] for s in slips]).values_list("id", "employee_no", "name")}
    departments = dict(await Department.all().values_list("id", "name"))
    teams = dict(await Team.all().values_list("id", "name"))
    return [[*people[e], departments.get(d, ""), teams.get(t, ""), f"{run.period_start:%Y-%m}", base, commission, adj, gross,
             run.status.value] for e, d, t, base, commission, adj, gross in slips]


async def _lines(run: PayrollRun) -> Sheet:
    numbers = dict(await Employee.filter(payslips__run_id=run.id).values_list("id", "employee_no"))
    rows = await PayslipLine.filter(payslip__run_id=run.id).order_by("payslip__employee_id", "position").values_list(
        "payslip__employee_id", "position", "kind", "amount", "explanation")
    return Sheet("lines", ["employee_no", "position", "kind", "amount", "explanation"],
                 [[numbers[employee_id], *rest] for employee_id, *rest in rows], money_columns=(3,))


async def payroll_export(request: Request) -> Response:
    viewer = await bearer_viewer(request, "Send the bearer token you use for /graphql.")
    if isinstance(viewer, JSONResponse):
        return viewer
    if not viewer.can(Permission.PAYROLL_READ.value):
        return error_response(403, "FORBIDDEN", "A payroll export holds everyone's pay: it needs payroll.read.")
    fmt = request.path_params["format"]
    if fmt not in ("csv", "xlsx"):
        return error_response(404, "NOT_FOUND", "Exports come as .csv or .xlsx.")
    pk = pk_of(request.path_params["run_id"], "PayrollRun", "runId", [])
    run = await PayrollRun.get_or_none(id=pk) if pk else None
    if run is None:
        return error_response(404, "NOT_FOUND", "No payroll run at this address.")
    rows = await _rows(run)
    await record_event(viewer=viewer, action=f"payroll_run.export.{fmt}", target_type="payroll_run", target_id=run.id,
                       ip=request.client.host if request.client else None)
    name = f"payroll-{run.period_start:%Y-%m}-{run.scope_key.replace(':', '-')}"
    payslips = Sheet("payslips", HEADER, rows, money_columns=MONEY)
    body, media = (csv_bytes(payslips), CSV_MEDIA) if fmt == "csv" else (xlsx_bytes(payslips, await _lines(run)), XLSX_MEDIA)
    return Response(body, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}.{fmt}"'})
