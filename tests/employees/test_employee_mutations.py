from datetime import date

from tortoise import Tortoise

from backend import crypto
from backend.graph.base import to_global_id
from backend.models.audit import AuditEvent
from backend.models.employees import Employee, EmploymentEvent
from tests.factories import gql, make_employee, make_position, make_team, make_user, token_for, valid_id_number

CREATE = """mutation($input: EmployeeCreateInput!) {
  employeeCreate(input: $input) { employee { id employeeNo name status idNumber baseSalary history { kind } }
                                  errors { field code message } } }"""
UPDATE = """mutation($input: EmployeeUpdateInput!) {
  employeeUpdate(input: $input) { employee { baseSalary history { kind salaryBefore salaryAfter } } errors { field code message } } }"""
TRANSFER = """mutation($input: EmployeeTransferInput!) {
  employeeTransfer(input: $input) { employee { team { name } position { title } history { kind team { name } } }
                                    errors { field code message } } }"""
TERMINATE = """mutation($input: EmployeeTerminateInput!) {
  employeeTerminate(input: $input) { employee { status leftOn history { kind reasonCategory voluntary } }
                                     errors { field code message } } }"""


async def hr_token() -> str:
    return token_for(await make_user("hr_manager"))


async def test_hiring_creates_the_employee_on_probation_with_a_hired_event(client):
    team = await make_team()
    result = await gql(client, CREATE, {"input": {
        "name": " 李娜 ", "employmentType": "FULL_TIME", "hiredOn": "2026-03-01", "idNumber": valid_id_number(),
        "teamId": to_global_id("Team", team.id), "departmentId": to_global_id("Department", team.department_id),
        "baseSalary": "9000.00", "phone": "138 0013 8000", "isHost": True}}, token=await hr_token())
    payload = result["data"]["employeeCreate"]
    assert payload["errors"] == []
    employee = payload["employee"]
    assert employee["name"] == "李娜" and employee["status"] == "PROBATION" and employee["baseSalary"] == "9000.00"
    assert employee["employeeNo"].startswith("E") and [e["kind"] for e in employee["history"]] == ["HIRED"]


async def test_every_bad_field_is_named_and_nothing_is_written(client):
    result = await gql(client, CREATE, {"input": {
        "name": "", "employmentType": "FULL_TIME", "hiredOn": "2026-03-01", "idNumber": "310104199506150011",
        "phone": "12345", "email": "not-an-email", "baseSalary": "-1", "bankAccount": "abc",
        "birthDate": "2015-01-01", "teamId": to_global_id("Department", 1)}}, token=await hr_token())
    errors = {e["field"]: e["code"] for e in result["data"]["employeeCreate"]["errors"]}
    assert errors == {"name": "INVALID", "idNumber": "INVALID", "phone": "INVALID", "email": "INVALID",
                      "baseSalary": "INVALID", "bankAccount": "INVALID", "birthDate": "INVALID", "teamId": "INVALID"}
    assert await Employee.all().count() == 0 and await EmploymentEvent.all().count() == 0


async def test_a_duplicate_id_number_or_employee_number_is_refused(client):
    existing = await make_employee(employee_no="E100")
    result = await gql(client, CREATE, {"input": {"name": "重复", "employmentType": "INTERN", "hiredOn": "2026-01-01",
                                                  "employeeNo": "E100", "idNumber": existing.id_number}}, token=await hr_token())
    errors = {e["field"]: e["code"] for e in result["data"]["employeeCreate"]["errors"]}
    assert errors == {"employeeNo": "DUPLICATE", "idNumber": "DUPLICATE"}


async def test_a_team_from_another_department_is_refused(client):
    team = await make_team()
    other = await make_team()
    result = await gql(client, CREATE, {"input": {"name": "甲", "employmentType": "FULL_TIME", "hiredOn": "2026-01-01",
                                                  "teamId": to_global_id("Team", team.id),
                                                  "departmentId": to_global_id("Department", other.department_id)}},
                       token=await hr_token())
    assert result["data"]["employeeCreate"]["errors"][0]["field"] == "teamId"


async def test_id_numbers_and_bank_accounts_are_encrypted_at_rest(client):
    id_number = valid_id_number()
    await make_employee(id_number=id_number, bank_account="6222020200112233445")
    rows = await Tortoise.get_connection("default").execute_query_dict("SELECT id_number, bank_account FROM employees")
    assert rows[0]["id_number"].startswith("enc:v1:") and id_number not in rows[0]["id_number"]
    assert "6222020200112233445" not in rows[0]["bank_account"]


async def test_a_salary_change_is_recorded_in_the_history_and_the_audit_trail(client):
    employee = await make_employee()
    token = await hr_token()
    result = await gql(client, UPDATE, {"input": {"id": to_global_id("Employee", employee.id), "baseSalary": "9500.50"}}, token=token)
    payload = result["data"]["employeeUpdate"]
    assert payload["errors"] == [] and payload["employee"]["baseSalary"] == "9500.50"
    change = payload["employee"]["history"][-1]
    assert change == {"kind": "SALARY_CHANGED", "salaryBefore": "8000.00", "salaryAfter": "9500.50"}
    audit = await AuditEvent.filter(action="employee.update").get()
    assert audit.employee_id == employee.id and audit.fields_ == ["base_salary"]


async def test_moving_an_employee_through_update_is_refused_with_a_pointer_to_transfer(client):
    employee = await make_employee()
    team = await make_team()
    result = await gql(client, """mutation($id: ID!) { employeeUpdate(input: {id: $id, status: LEFT}) { errors { field code message } } }""",
                       {"id": to_global_id("Employee", employee.id)}, token=await hr_token())
    assert result["data"]["employeeUpdate"]["errors"][0]["field"] == "status"
    assert team  # the team exists; only transfer may move people into it


async def test_a_transfer_moves_the_employee_and_records_where_to(client):
    employee = await make_employee(await make_team(name="Old"))
    target = await make_team(name="New")
    position = await make_position(title="资深主播")
    result = await gql(client, TRANSFER, {"input": {
        "id": to_global_id("Employee", employee.id), "effectiveOn": "2026-06-01", "promotion": True,
        "teamId": to_global_id("Team", target.id), "positionId": to_global_id("Position", position.id)}},
        token=await hr_token())
    payload = result["data"]["employeeTransfer"]
    assert payload["errors"] == []
    assert payload["employee"]["team"]["name"] == "New" and payload["employee"]["position"]["title"] == "资深主播"
    assert payload["employee"]["history"][-1] == {"kind": "PROMOTED", "team": {"name": "New"}}
    assert (await Employee.get(id=employee.id)).department_id == target.department_id


async def test_a_transfer_before_the_hire_date_is_refused(client):
    employee = await make_employee(hired_on=date(2025, 1, 1))
    result = await gql(client, TRANSFER, {"input": {"id": to_global_id("Employee", employee.id), "effectiveOn": "2024-01-01",
                                                    "teamId": to_global_id("Team", (await make_team()).id)}},
                       token=await hr_token())
    assert [e["field"] for e in result["data"]["employeeTransfer"]["errors"]] == ["effectiveOn"]


async def test_terminating_records_the_reason_and_a_second_termination_is_refused(client):
    employee = await make_employee()
    token = await hr_token()
    variables = {"input": {"id": to_global_id("Employee", employee.id), "leftOn": "2026-02-01",
                           "reasonCategory": "PLATFORM_POLICY", "voluntary": True}}
    first = (await gql(client, TERMINATE, variables, token=token))["data"]["employeeTerminate"]
    assert first["employee"]["status"] == "LEFT" and first["employee"]["leftOn"] == "2026-02-01"
    assert first["employee"]["history"][-1] == {"kind": "LEFT", "reasonCategory": "PLATFORM_POLICY", "voluntary": True}
    second = (await gql(client, TERMINATE, variables, token=token))["data"]["employeeTerminate"]
    assert second["errors"][0]["field"] == "id" and "already left" in second["errors"][0]["message"]


async def test_an_unknown_or_foreign_id_is_a_payload_error_not_a_crash(client):
    token = await hr_token()
    for bad in ("not-an-id", to_global_id("Team", 1), to_global_id("Employee", 999)):
        result = await gql(client, UPDATE, {"input": {"id": bad, "name": "x"}}, token=token)
        assert result["data"]["employeeUpdate"]["errors"][0]["field"] == "id", bad


async def test_hr_without_compensation_write_cannot_change_pay(client):
    from backend.models.accounts import Role

    role = await Role.get(name="hr_manager")
    role.permissions = [p for p in role.permissions if p != "compensation.write"]
    await role.save()
    employee = await make_employee()
    result = await gql(client, UPDATE, {"input": {"id": to_global_id("Employee", employee.id), "baseSalary": "1.00"}},
                       token=await hr_token())
    assert result["data"]["employeeUpdate"]["errors"] == [
        {"field": "baseSalary", "code": "FORBIDDEN", "message": "Changing pay or bank details needs compensation.write."}]
    assert (await Employee.get(id=employee.id)).base_salary == 8000


CLEAR = """mutation($input: EmployeeUpdateInput!) {
  employeeUpdate(input: $input) { employee { phone email gender birthDate idNumber bankAccount } errors { field code message } } }"""


async def test_null_clears_a_personal_detail_and_a_left_out_field_keeps_its_value(client):
    employee = await make_employee()
    result = await gql(client, CLEAR, {"input": {"id": to_global_id("Employee", employee.id), "phone": None,
                                                 "email": None, "idNumber": None, "bankAccount": None}},
                       token=await hr_token())
    payload = result["data"]["employeeUpdate"]
    assert payload["errors"] == []
    assert payload["employee"] == {"phone": None, "email": None, "gender": "FEMALE", "birthDate": "1995-06-15",
                                   "idNumber": None, "bankAccount": None}
    stored = await Employee.get(id=employee.id)
    assert stored.id_number is None and stored.id_number_digest is None and stored.bank_account is None
    assert stored.name == employee.name and stored.base_salary == employee.base_salary
    audit = await AuditEvent.filter(action="employee.update").get()
    assert sorted(audit.fields_) == ["bank_account", "email", "id_number", "phone"]


async def test_a_cleared_id_number_frees_it_for_another_employee(client):
    first = await make_employee()
    token = await hr_token()
    await gql(client, CLEAR, {"input": {"id": to_global_id("Employee", first.id), "idNumber": None}}, token=token)
    second = await make_employee()
    result = await gql(client, CLEAR, {"input": {"id": to_global_id("Employee", second.id), "idNumber": first.id_number}},
                       token=token)
    assert result["data"]["employeeUpdate"]["errors"] == []


async def test_what_every_employee_has_cannot_be_cleared_and_nothing_changes(client):
    employee = await make_employee()
    result = await gql(client, CLEAR, {"input": {"id": to_global_id("Employee", employee.id), "name": None,
                                                 "hiredOn": None, "baseSalary": None, "phone": None}},
                       token=await hr_token())
    errors = {e["field"]: e["code"] for e in result["data"]["employeeUpdate"]["errors"]}
    assert errors == {"name": "REQUIRED", "hiredOn": "REQUIRED", "baseSalary": "REQUIRED"}
    stored = await Employee.get(id=employee.id)
    assert (stored.name, stored.hired_on, stored.base_salary, stored.phone) == (
        employee.name, employee.hired_on, employee.base_salary, "13800138000")


async def test_clearing_bank_details_needs_what_setting_them_needs(client):
    from backend.models.accounts import Role

    role = await Role.get(name="hr_manager")
    role.permissions = [p for p in role.permissions if p not in ("compensation.write", "employees.read_pii")]
    await role.save()
    employee = await make_employee()
    result = await gql(client, CLEAR, {"input": {"id": to_global_id("Employee", employee.id), "bankAccount": None,
                                                 "idNumber": None}}, token=await hr_token())
    errors = {e["field"]: e["code"] for e in result["data"]["employeeUpdate"]["errors"]}
    assert errors == {"bankAccount": "FORBIDDEN", "idNumber": "FORBIDDEN"}
    stored = await Employee.get(id=employee.id)
    assert crypto.reveal(stored.bank_account) == "6222020200112233445"
    assert crypto.reveal(stored.id_number) == employee.id_number and stored.id_number_digest == employee.id_number_digest
