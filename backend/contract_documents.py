"""GET /documents/contracts/{id}/{n}.html | .pdf: a contract version's frozen document.

The same access as the GraphQL `ContractVersion.document` field: contracts.read and the contract
in your scope, and compensation.read or being its employee (the document states the pay).
Each read is audited. Send the console's bearer token (the console fetches and opens a blob).
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from backend.http_routes import bearer_viewer, error_response
from backend.graph.base import pk_of
from backend.models.contracts import ContractVersion, Signature
from backend.permissions import Permission
from backend.resolvers.audit import record_event
from backend.resolvers.contracts.lifecycle import scoped_contracts
from backend.resolvers.contracts.pdf import render_pdf


async def contract_document(request: Request) -> Response:
    viewer = await bearer_viewer(request, "Send the bearer token you use for /graphql.")
    if isinstance(viewer, JSONResponse):
        return viewer
    if request.path_params["format"] not in ("html", "pdf"):
        return error_response(404, "NOT_FOUND", "Documents come as .html or .pdf.")
    pk = pk_of(request.path_params["contract_id"], "Contract", "contractId", [])
    contract = await scoped_contracts(viewer).get_or_none(id=pk) if pk else None
    version = await ContractVersion.get_or_none(contract_id=pk, version=request.path_params["version"]) if contract else None
    if version is None or version.document is None:
        return error_response(404, "NOT_FOUND", "No submitted version of a contract you can see at this address.")
    own = viewer.employee_id == contract.employee_id and viewer.can(Permission.SELF_READ_PAY.value)
    if not (viewer.can(Permission.COMPENSATION_READ.value) or own):
        return error_response(403, "FORBIDDEN", "The document states the pay: it needs compensation.read.")
    await record_event(viewer=viewer, action="contract.document.read", target_type="contract", target_id=contract.id,
                       employee_id=contract.employee_id, fields=["document"], ip=request.client.host if request.client else None)
    name = f"{contract.number}-v{version.version}"
    if request.path_params["format"] == "html":
        return Response(version.document, media_type="text/html; charset=utf-8",
                        headers={"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
                                 "Content-Disposition": f'inline; filename="{name}.html"'})
    signatures = [(s.role.value, s.signer, s.signed_at.isoformat(timespec="seconds"))
                  for s in await Signature.filter(version_id=version.id).order_by("signed_at", "id")]
    return Response(render_pdf(version.document, version.document_sha256, signatures), media_type="application/pdf",
                    headers={"Content-Disposition": f'inline; filename="{name}.pdf"'})
