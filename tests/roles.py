"""The shared world of the per-role permission suites, and what each role asks and tries.

World: one live department with team A (lead L, host H1) and team B (host H2), an HR
staffer S outside any team, and a partner client linked to H2. Every role asks for
everything; each suite states exactly what comes back, what is refused, and that a
refused mutation changed nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from backend.models.accounts import Role
from backend.models.employees import Employee, EmploymentEvent
from backend.models.org import Department
from backend.graph.base import to_global_id
from tests.factories import gql, make_department, make_employee, make_partner, make_team, make_user, partner_token, token_for

EVERYTHING = """{
  viewer { email roles }
  employees(first: 50) { totalCount edges { node {
    employeeNo name status idNumber birthDate bankAccount baseSalary
    team { name } manager { employeeNo } history { kind salaryAfter }
  } } }
  departments(first: 10) { totalCount }
  auditEvents(first: 5) { totalCount }
  roles { name }
}"""

SENSITIVE = ("idNumber", "birthDate", "bankAccount", "baseSalary")


@dataclass
class World:
    lead: Employee
    h1: Employee
    h2: Employee
    staff: Employee
    tokens: dict[str, str]


async def build_world() -> World:
    department = await make_department(code="LIVE", name="Live")
    team_a = await make_team(department, name="Team A")
    team_b = await make_team(department, name="Team B")
    lead = await make_employee(team_a, employee_no="L", is_host=False)
    team_a.lead_id = lead.id
    await team_a.save()
    h1 = await make_employee(team_a, employee_no="H1", manager_id=lead.id)
    h2 = await make_employee(team_b, employee_no="H2")
    staff = await make_employee(None, employee_no="S", is_host=False)
    links = {"admin": None, "hr_manager": staff, "finance": None, "recruiter": None, "team_lead": lead, "employee": h1}
    tokens = {role: token_for(await make_user(role, employee)) for role, employee in links.items()}
    tokens["partner"] = partner_token(await make_partner([h2]))
    return World(lead=lead, h1=h1, h2=h2, staff=staff, tokens=tokens)


@dataclass
class View:
    rows: dict[str, dict]  # employeeNo -> node
    forbidden: set[tuple[str, str]]  # (employeeNo or top-level field, field)
    data: dict


async def ask_everything(client, token: str) -> View:
    result = await gql(client, EVERYTHING, token=token)
    data = result["data"]
    nodes = [edge["node"] for edge in (data["employees"] or {}).get("edges", [])]
    forbidden = set()
    for error in result.get("errors", []):
        assert error["extensions"]["code"] == "FORBIDDEN", error
        path = error["path"]
        if path[0] == "employees":
            forbidden.add((nodes[path[2]]["employeeNo"], ".".join(str(p) for p in path[4:] if not isinstance(p, int))))
        else:
            forbidden.add((path[0], ""))
    return View(rows={n["employeeNo"]: n for n in nodes}, forbidden=forbidden, data=data)


MUTATIONS = {
    "employeeCreate": ("""mutation { employeeCreate(input: {name: "新人", employmentType: FULL_TIME, hiredOn: "2026-01-05"})
                           { employee { employeeNo } errors { code } } }""", "employeeCreate"),
    "employeeUpdateSalary": ("""mutation($id: ID!) { employeeUpdate(input: {id: $id, baseSalary: "99999.00"})
                                { employee { employeeNo } errors { code } } }""", "employeeUpdate"),
    "employeeTerminate": ("""mutation($id: ID!) { employeeTerminate(input: {id: $id, leftOn: "2026-02-01",
                              reasonCategory: COMPENSATION, voluntary: true}) { employee { status } errors { code } } }""",
                          "employeeTerminate"),
    "departmentCreate": ("""mutation { departmentCreate(input: {code: "NEW", name: "New"}) { department { code } errors { code } } }""",
                         "departmentCreate"),
    "roleUpdate": ("""mutation { roleUpdate(input: {name: "recruiter", permissions: ["employees.read"]}) { role { name } errors { code } } }""",
                   "roleUpdate"),
}


async def try_mutation(client, token: str, name: str, world: World) -> str:
    """'ok', a payload error code, or the top-level error code."""
    document, field = MUTATIONS[name]
    target = world.h2 if name == "employeeTerminate" else world.h1
    result = await gql(client, document, {"id": to_global_id("Employee", target.id)} if "$id" in document else {}, token=token)
    if result.get("errors"):
        return result["errors"][0]["extensions"]["code"]
    payload = result["data"][field]
    return payload["errors"][0]["code"] if payload["errors"] else "ok"


async def snapshot() -> dict:
    """What the mutations above would change."""
    return {
        "employees": sorted(await Employee.all().values_list("employee_no", "status", "base_salary", "left_on")),
        "events": await EmploymentEvent.all().count(),
        "departments": sorted(await Department.all().values_list("code", flat=True)),
        "roles": sorted((r.name, tuple(r.permissions)) for r in await Role.all()),
    }


async def refused_mutations_change_nothing(client, token: str, world: World, names=tuple(MUTATIONS)) -> dict[str, str]:
    before = await snapshot()
    outcomes = {name: await try_mutation(client, token, name, world) for name in names}
    assert await snapshot() == before
    return outcomes


