"""What the server says follows the caller's language (Accept-Language: zh-CN or English); codes,
fields, indexes and paths never change with it."""

import json

import orjson
import websockets

from backend.graph.base import to_global_id
from backend.i18n import CHINESE, ENGLISH, Message, negotiate, translate
from tests.factories import make_employee, make_user, token_for, valid_id_number
from tests.traffic.test_ingest import INGEST, _world, sample

ZH = {"Accept-Language": "zh-CN,zh;q=0.9,en;q=0.8"}
CREATE = """mutation($input: EmployeeCreateInput!) {
  employeeCreate(input: $input) { employee { id } errors { field code message } } }"""
BAD_HIRE = {"name": "", "employmentType": "FULL_TIME", "hiredOn": "2026-03-01", "idNumber": "310104199506150011",
            "phone": "12345", "email": "not-an-email", "baseSalary": "-1"}


async def _gql(client, query: str, variables: dict | None = None, token: str | None = None, headers: dict | None = None) -> dict:
    sent = {**(headers or {}), **({"Authorization": f"Bearer {token}"} if token else {})}
    response = await client.post("/graphql", json={"query": query, "variables": variables or {}}, headers=sent)
    assert response.status_code in (200, 400), response.text
    return response.json()


def _errors(result: dict) -> list[dict]:
    return result["data"]["employeeCreate"]["errors"]


async def test_a_refused_hire_is_explained_in_chinese_with_the_same_codes_and_fields(client):
    hr = token_for(await make_user("hr_manager"))
    english = _errors(await _gql(client, CREATE, {"input": BAD_HIRE}, token=hr))
    chinese = _errors(await _gql(client, CREATE, {"input": BAD_HIRE}, token=hr, headers=ZH))
    assert [(e["field"], e["code"]) for e in chinese] == [(e["field"], e["code"]) for e in english]
    messages = {e["field"]: e["message"] for e in chinese}
    assert messages["name"] == "姓名长度为 1 到 100 个字符。"
    assert messages["email"] == "请输入有效的邮箱地址。"
    assert messages["baseSalary"] == "金额不能为负数。"
    assert {e["field"]: e["message"] for e in english}["name"] == "A name has 1 to 100 characters."


async def test_without_the_header_or_with_another_language_messages_stay_english(client):
    hr = token_for(await make_user("hr_manager"))
    for headers in ({}, {"Accept-Language": "en-US,en;q=0.9"}, {"Accept-Language": "fr-FR, de;q=0.8"}):
        messages = {e["field"]: e["message"] for e in _errors(await _gql(client, CREATE, {"input": BAD_HIRE}, token=hr,
                                                                            headers=headers))}
        assert messages["name"] == "A name has 1 to 100 characters.", headers


async def test_a_message_with_a_value_keeps_the_value_in_chinese(client):
    hr = token_for(await make_user("hr_manager"))
    await make_employee(employee_no="E100")
    hire = {"name": "重复", "employmentType": "INTERN", "hiredOn": "2026-01-01", "employeeNo": "E100", "idNumber": valid_id_number()}
    english = _errors(await _gql(client, CREATE, {"input": hire}, token=hr))
    chinese = _errors(await _gql(client, CREATE, {"input": hire}, token=hr, headers={"Accept-Language": "zh"}))
    assert english == [{"field": "employeeNo", "code": "DUPLICATE", "message": "Employee number E100 is taken."}]
    assert chinese == [{"field": "employeeNo", "code": "DUPLICATE", "message": "工号 E100 已被占用。"}]


async def test_a_rejected_traffic_sample_is_explained_in_chinese(client):
    token, linked, unlinked = await _world()
    samples = [sample(linked, 0), sample(linked, 1, orders=-3), sample(unlinked, 0)]
    result = (await _gql(client, INGEST, {"samples": samples}, token=token, headers=ZH))["data"]["trafficIngest"]
    assert result["accepted"] == 1
    assert result["rejected"] == [
        {"index": 1, "field": "orders", "code": "INVALID", "message": "计数不能为负数。"},
        {"index": 2, "field": "accountId", "code": "NOT_FOUND", "message": "没有该 id 且你有权写入的平台账号。"}]


async def test_a_bulk_backfill_names_bad_lines_in_chinese(client):
    token, linked, _ = await _world()
    body = b"\n".join([orjson.dumps(sample(linked, 0, orders="12")), b"{not json", orjson.dumps(sample(linked, 1))])
    response = await client.post("/ingest/traffic", content=body, headers={"authorization": f"Bearer {token}", **ZH})
    report = response.json()
    assert report["accepted"] == 1
    assert report["rejected"] == [{"index": 0, "field": "orders", "code": "INVALID_LINE", "message": "应为整数"},
                                  {"index": 1, "field": "line", "code": "INVALID_LINE", "message": "不是合法的 JSON"}]


async def test_a_forbidden_field_is_null_with_its_error_in_chinese(client):
    await make_employee()
    recruiter = token_for(await make_user("recruiter"))
    query = "{ employees(first: 5) { edges { node { name idNumber } } } }"
    english, chinese = await _gql(client, query, token=recruiter), await _gql(client, query, token=recruiter, headers=ZH)
    assert chinese["data"] == english["data"] and chinese["data"]["employees"]["edges"][0]["node"]["idNumber"] is None
    assert [(e["path"], e["extensions"]) for e in chinese["errors"]] == [(e["path"], e["extensions"]) for e in english["errors"]]
    assert chinese["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    assert english["errors"][0]["message"] == "Not allowed: idNumber needs employees.read_pii."
    assert chinese["errors"][0]["message"] == "无权操作：idNumber 需要 employees.read_pii 权限。"


async def test_not_found_unauthenticated_and_query_limits_speak_chinese_too(client):
    hr = token_for(await make_user("hr_manager"))
    missing = await _gql(client, "query($id: ID!) { employee(id: $id) { name } }", {"id": to_global_id("Employee", 999)},
                         token=hr, headers=ZH)
    assert missing["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    assert missing["errors"][0]["message"] == f"找不到 id 为 {to_global_id('Employee', 999)} 且你有权查看的员工。"

    anonymous = await _gql(client, "{ employees(first: 1) { totalCount } }", headers=ZH)
    assert anonymous["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert anonymous["errors"][0]["message"] == "请先登录：此操作需要已认证的调用方。"
    expired = await _gql(client, "{ viewer { email } }", token="not-a-token", headers=ZH)
    assert expired["errors"][0]["message"] == "访问令牌无效。"

    deep = "{ employees(first: 1) { edges { node { " + "manager { " * 12 + "name" + " }" * 12 + " } } } }"
    refused = await _gql(client, deep, token=hr, headers=ZH)
    assert refused["errors"][0]["extensions"]["code"] == "QUERY_TOO_COMPLEX"
    assert refused["errors"][0]["message"].startswith("查询嵌套了 16 层")


async def test_the_plain_http_routes_answer_in_chinese(client):
    hr = token_for(await make_user("hr_manager"))
    response = await client.get("/exports/payroll/1.csv", headers={"authorization": f"Bearer {hr}", **ZH})
    assert response.status_code == 403
    assert response.json()["errors"] == [{"message": "工资导出包含所有人的薪资，需要 payroll.read 权限。",
                                          "extensions": {"code": "FORBIDDEN"}}]


async def test_a_socket_speaks_the_language_of_its_connection_init(live_server):
    async with websockets.connect(live_server.base.replace("http://", "ws://") + "/graphql",
                                  subprotocols=["graphql-transport-ws"]) as ws:
        await ws.send(json.dumps({"type": "connection_init", "payload": {"language": "zh-CN"}}))
        assert json.loads(await ws.recv())["type"] == "connection_ack"
        await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": {"query": "{ employees(first: 1) { totalCount } }"}}))
        message = json.loads(await ws.recv())
        assert message["payload"]["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
        assert message["payload"]["errors"][0]["message"] == "请先登录：此操作需要已认证的调用方。"


async def test_a_socket_without_a_language_follows_its_handshake_header(live_server):
    async with websockets.connect(live_server.base.replace("http://", "ws://") + "/graphql", subprotocols=["graphql-transport-ws"],
                                  additional_headers={"Accept-Language": "zh-Hans"}) as ws:
        await ws.send(json.dumps({"type": "connection_init", "payload": {}}))
        assert json.loads(await ws.recv())["type"] == "connection_ack"
        await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": {"query": "{ employees(first: 1) { totalCount } }"}}))
        assert json.loads(await ws.recv())["payload"]["errors"][0]["message"] == "请先登录：此操作需要已认证的调用方。"


def test_accept_language_picks_chinese_for_any_chinese_tag_and_english_otherwise():
    for header in ("zh", "zh-CN", "zh-Hans", "zh-Hans-CN", "zh_CN", "fr;q=0.9, zh-CN;q=0.5", "ZH-cn"):
        assert negotiate(header) == CHINESE, header
    for header in (None, "", "en", "en-US,en;q=0.9", "de, fr", "en;q=0.9, zh;q=0.8", "zh;q=0, en", "*"):
        assert negotiate(header) == ENGLISH, header


def test_a_message_reads_as_its_english_and_translates_with_its_values():
    message = Message("Employee number {employee_no} is taken.", employee_no="E7")
    assert message == "Employee number E7 is taken." and isinstance(message, str)
    assert translate(message, CHINESE) == "工号 E7 已被占用。" and translate(message, ENGLISH) == message
    nested = Message("Not allowed: {what}.", what=Message("this needs {permissions}", permissions="payroll.read"))
    assert translate(nested, CHINESE) == "无权操作：需要 payroll.read 权限。"
    assert translate("A message nobody translated.", CHINESE) == "A message nobody translated."
