"""A contract version rendered to one HTML document: what is shown, hashed and signed.

The HTML is rendered once, when the version is submitted for signature, and stored with its
SHA-256; each signature records the hash it signed. Re-hashing the stored document later and
finding another value means it was changed after submission: the version is shown as tampered.
The document carries pay terms, so only those who may read pay (and the employee) may read it.
"""

from __future__ import annotations

import hashlib
from html import escape

from backend.models.contracts import Contract, ContractType, ContractVersion
from backend.models.employees import Employee
from backend.resolvers.contracts.templates import fill

TYPE_TITLES = {ContractType.FULL_TIME: "劳动合同 Labor Contract (full-time)",
               ContractType.PART_TIME: "非全日制用工协议 Part-time Employment Agreement",
               ContractType.TALENT: "艺人经纪合同 Talent Agency Contract",
               ContractType.INTERNSHIP: "实习协议 Internship Agreement"}


def sha256(document: str) -> str:
    return hashlib.sha256(document.encode("utf-8")).hexdigest()


def _term(version: ContractVersion) -> str:
    end = version.ends_on.isoformat() if version.ends_on else "无固定期限 open-ended"
    probation = f"; 试用期至 probation until {version.probation_ends_on}" if version.probation_ends_on else ""
    return f"{version.starts_on} — {end}{probation}"


def _pay(version: ContractVersion) -> list[str]:
    lines = []
    if version.monthly_base is not None:
        lines.append(f"月基本工资 Monthly base pay: CNY {version.monthly_base:,.2f}")
    if version.revenue_share_percent is not None:
        lines.append(f"收益分成 Revenue share to the host: {version.revenue_share_percent}%")
    if version.guaranteed_minimum is not None:
        lines.append(f"保底收入 Guaranteed minimum: CNY {version.guaranteed_minimum:,.2f} per month")
    return lines


def render(contract: Contract, version: ContractVersion, employee: Employee, clauses: list[dict], company: str) -> str:
    """Deterministic HTML (same inputs, same bytes), every value escaped."""
    parts = [
        "<!doctype html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
        f"<title>{escape(contract.number)} v{version.version}</title></head><body>",
        f"<h1>{escape(TYPE_TITLES[contract.contract_type])}</h1>",
        f"<p>合同编号 Contract no. {escape(contract.number)} · 版本 version {version.version}"
        f" · 生效 effective {version.effective_on}</p>",
        f"<p>甲方 Employer: {escape(company)}</p>",
        f"<p>乙方 Employee: {escape(employee.name)} ({escape(employee.employee_no)})</p>",
        f"<p>期限 Term: {escape(_term(version))}</p>",
    ]
    pay = _pay(version)
    if pay:
        parts.append("<h2>报酬 Pay</h2><ul>" + "".join(f"<li>{escape(line)}</li>" for line in pay) + "</ul>")
    values = {k: escape(str(v)) for k, v in version.values.items()}
    for i, clause in enumerate([*clauses, *version.custom_clauses], start=1):
        parts.append(f'<section data-clause="{escape(clause.get("key", f"custom-{i}"))}"><h2>第{i}条 {escape(clause["title"])}</h2>')
        parts.append(f"<p>{fill(escape(clause['body']), values)}</p></section>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
