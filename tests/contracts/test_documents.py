"""A version's frozen document over HTTP, as HTML and PDF, for those who may read the pay in it."""

from backend.models.audit import AuditEvent
from tests.contracts.helpers import make_library, signed_contract
from tests.factories import gql, make_employee, make_user, token_for
from tests.roles import build_world

URL = """query($id: ID!) { contract(id: $id) { latestVersion { pdfUrl documentSha256 } } }"""


async def _document(client, world) -> tuple[str, str]:
    cid = await signed_contract(client, world.tokens, world.h1, await make_library())
    version = (await gql(client, URL, {"id": cid}, token=world.tokens["hr_manager"]))["data"]["contract"]["latestVersion"]
    return version["pdfUrl"], version["documentSha256"]


async def test_hr_downloads_the_signed_version_as_pdf_with_its_hash_and_the_read_is_audited(client):
    world = await build_world()
    url, sha = await _document(client, world)
    response = await client.get(url, headers={"Authorization": f"Bearer {world.tokens['hr_manager']}"})
    assert response.status_code == 200 and response.headers["content-type"] == "application/pdf"
    assert response.content.startswith(b"%PDF") and len(response.content) > 1000
    again = await client.get(url, headers={"Authorization": f"Bearer {world.tokens['hr_manager']}"})
    assert again.content == response.content  # the same document draws the same bytes
    assert await AuditEvent.filter(action="contract.document.read").count() == 2


async def test_the_html_is_the_hashed_document_and_runs_no_scripts(client):
    import hashlib

    world = await build_world()
    url, sha = await _document(client, world)
    response = await client.get(url.replace(".pdf", ".html"), headers={"Authorization": f"Bearer {world.tokens['employee']}"})
    assert response.status_code == 200 and hashlib.sha256(response.content).hexdigest() == sha
    assert "default-src 'none'" in response.headers["content-security-policy"]


async def test_a_team_lead_may_not_read_the_pay_in_it_and_strangers_do_not_find_it(client):
    world = await build_world()
    url, _ = await _document(client, world)
    lead = await client.get(url, headers={"Authorization": f"Bearer {world.tokens['team_lead']}"})
    assert lead.status_code == 403 and lead.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    other = token_for(await make_user("employee", await make_employee()))
    assert (await client.get(url, headers={"Authorization": f"Bearer {other}"})).status_code == 404
    assert (await client.get(url)).status_code == 401
    assert (await client.get(url.replace(".pdf", ".docx"), headers={"Authorization": f"Bearer {world.tokens['hr_manager']}"})).status_code == 404
