"""Small async factories and GraphQL helpers for the tests."""

from __future__ import annotations

import itertools
import logging
from datetime import date
from decimal import Decimal
from functools import lru_cache

import httpx

from backend import auth, crypto
from backend.models.accounts import PartnerClient, Role, User
from backend.models.employees import Employee, EmployeeStatus, EmploymentEvent, EmploymentType, EventKind, Gender
from backend.models.org import Department, Position, Team
from backend.resolvers.validation import prc_id_check_char

_serial = itertools.count(1)
PASSWORD = "correct-horse-battery"


@lru_cache(maxsize=1)
def _password_hash() -> str:
    return auth.hash_password(PASSWORD)


def valid_id_number(birth: date = date(1995, 6, 15), serial: int | None = None) -> str:
    first17 = f"310104{birth:%Y%m%d}{(serial or next(_serial)) % 1000:03d}"
    return first17 + prc_id_check_char(first17)


async def make_department(**overrides) -> Department:
    n = next(_serial)
    return await Department.create(**{"code": f"D{n}", "name": f"Department {n}", **overrides})


async def make_team(department: Department | None = None, **overrides) -> Team:
    department = department or await make_department()
    return await Team.create(**{"name": f"Team {next(_serial)}", "department_id": department.id, **overrides})


async def make_position(**overrides) -> Position:
    return await Position.create(**{"title": f"Position {next(_serial)}", **overrides})


async def make_employee(team: Team | None = None, **overrides) -> Employee:
    n = next(_serial)
    id_number = overrides.pop("id_number", valid_id_number(serial=n))
    values = {
        "employee_no": f"T{n:06d}", "name": f"员工{n}", "gender": Gender.FEMALE, "birth_date": date(1995, 6, 15),
        "id_number": id_number, "id_number_digest": crypto.blind_index(id_number),
        "bank_account": "6222020200112233445", "phone": "13800138000", "email": f"e{n}@example.cn",
        "employment_type": EmploymentType.FULL_TIME, "status": EmployeeStatus.ACTIVE, "hired_on": date(2024, 3, 1),
        "department_id": team.department_id if team else None, "team_id": team.id if team else None,
        "base_salary": Decimal("8000.00"), "is_host": True,
    }
    values.update(overrides)
    employee = await Employee.create(**values)
    await EmploymentEvent.create(employee=employee, kind=EventKind.HIRED, occurred_on=employee.hired_on,
                                 team_id=employee.team_id, department_id=employee.department_id,
                                 salary_after=employee.base_salary)
    return employee


async def make_user(role: str, employee: Employee | None = None, email: str | None = None) -> User:
    user = await User.create(email=email or f"{role}{next(_serial)}@example.cn", password_hash=_password_hash(),
                             employee_id=employee.id if employee else None)
    await user.roles.add(await Role.get(name=role))
    return user


def token_for(user: User) -> str:
    return auth.issue_access_token(f"user:{user.id}")[0]


async def make_partner(hosts: list[Employee], scopes=("employees:read", "alerts:read"), secret: str = "partner-secret-123") -> PartnerClient:
    client = await PartnerClient.create(client_id=f"partner-{next(_serial)}", name="Partner",
                                        secret_hash=auth.hash_password(secret), scopes=list(scopes))
    if hosts:
        await client.linked_hosts.add(*hosts)
    return client


def partner_token(client: PartnerClient, scope: str = "employees:read alerts:read") -> str:
    return auth.issue_access_token(f"client:{client.client_id}", {"scope": scope})[0]


async def gql(http: httpx.AsyncClient, query: str, variables: dict | None = None, token: str | None = None) -> dict:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = await http.post("/graphql", json={"query": query, "variables": variables or {}}, headers=headers)
    assert response.status_code in (200, 400), response.text
    return response.json()


def error_codes(result: dict) -> list[str]:
    return [e.get("extensions", {}).get("code") for e in result.get("errors", [])]


def forbidden_paths(result: dict) -> set[str]:
    return {".".join(str(p) for p in e["path"] if not isinstance(p, int))
            for e in result.get("errors", []) if e.get("extensions", {}).get("code") == "FORBIDDEN" and e.get("path")}


class _CountSQL(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


async def gql_counting_sql(http: httpx.AsyncClient, query: str, variables: dict | None = None,
                           token: str | None = None) -> tuple[dict, int]:
    """A GraphQL request's result and how many SQL statements it ran (from Tortoise's debug log)."""
    logger = logging.getLogger("tortoise.db_client")
    counter, level = _CountSQL(), logger.level
    logger.addHandler(counter)
    logger.setLevel(logging.DEBUG)
    try:
        result = await gql(http, query, variables, token=token)
    finally:
        logger.removeHandler(counter)
        logger.setLevel(level)
    return result, counter.count
