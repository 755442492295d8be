"""A subscriber whose role loses a permission while its socket stays open: once its access is
re-read (in the background after SOFT seconds, or before delivering after HARD), the fields of
later events resolve with the new permissions, not those the socket connected with."""

from types import SimpleNamespace

from backend.auth import viewer_from_token
from backend.context import RequestContext
from backend.graph.alerts import SubscriberAccess
from backend.graph.base import to_global_id
from backend.graph.schema import build_schema
from backend.models.accounts import Role
from tests.factories import make_employee, make_user, token_for

SALARY = "query($id: ID!) { employee(id: $id) { name baseSalary } }"


async def _subscriber(role: str):
    token = token_for(await make_user(role))
    viewer = await viewer_from_token(token)
    context = RequestContext(request=None, response=None, token=token)
    context.become(viewer)
    access = SubscriberAccess(SimpleNamespace(context=context), viewer)
    await access.start()
    return context, access


async def _salary_as(context: RequestContext, employee_id: int):
    """One event's execution, as the subscription runs it: a per-event copy of the socket's context."""
    result = await build_schema().execute(SALARY, variable_values={"id": to_global_id("Employee", employee_id)},
                                          context_value=context.for_event())
    codes = [e.extensions.get("code") for e in result.errors or []]
    return result.data["employee"], codes


async def _take_away(role_name: str, permission: str) -> None:
    role = await Role.get(name=role_name)
    role.permissions = [p for p in role.permissions if p != permission]
    await role.save()


async def test_a_background_re_read_takes_away_a_field_the_role_lost(monkeypatch):
    host = await make_employee()
    context, access = await _subscriber("hr_manager")
    employee, codes = await _salary_as(context, host.id)
    assert employee["baseSalary"] == "8000.00" and codes == []

    await _take_away("hr_manager", "compensation.read")
    assert (await _salary_as(context, host.id))[0]["baseSalary"] == "8000.00"  # until the snapshot is re-read

    monkeypatch.setattr(SubscriberAccess, "SOFT", 0.0)
    assert access.usable_now()  # delivers on the current snapshot and starts the re-read
    await access._refreshing
    assert access.usable_now()  # takes the re-read
    employee, codes = await _salary_as(context, host.id)
    assert employee == {"name": host.name, "baseSalary": None} and codes == ["FORBIDDEN"]
    assert not context.viewer.can("compensation.read") and not context.audit.viewer.can("compensation.read")


async def test_a_snapshot_too_old_to_use_is_re_read_before_the_next_event(monkeypatch):
    host = await make_employee()
    context, access = await _subscriber("finance")
    assert (await _salary_as(context, host.id))[0]["baseSalary"] == "8000.00"

    await _take_away("finance", "compensation.read")
    monkeypatch.setattr(SubscriberAccess, "HARD", 0.0)
    assert not access.usable_now()  # the broadcast leaves it to the subscriber's own task
    await access.check()
    employee, codes = await _salary_as(context, host.id)
    assert employee["baseSalary"] is None and codes == ["FORBIDDEN"]
