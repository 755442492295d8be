"""Every message the server can write has its Chinese, with the same placeholders.

The check is static: it walks backend/ with `ast` and collects each message where it is written:
the message argument of DomainError, the `_err`/`_fail`/`_refuse` helpers, rejections, GraphQL
error constructors and the plain HTTP routes' errors; the last item of a `(field, CODE, message)`
or `(field, message)` tuple that a validator appends or yields; what an `*_error` validator
returns; and the template of every `Message(...)` and `phrase(...)`. A new English message
without its zh-CN entry fails here, as does an f-string where a Message belongs (its values
would be baked into the text, so no translation could find it).
"""

from __future__ import annotations

import ast
import re
from datetime import datetime
from pathlib import Path

from backend.graph.node import FETCHERS
from backend.i18n.zh_cn import MESSAGES
from backend.models.attendance import LeaveKind, LeaveStatus
from backend.models.automation import TaskStatus
from backend.models.compensation import AssignmentScope, PayrollStatus
from backend.models.contracts import ContractStatus, SignerRole, VersionState
from backend.models.performance import CycleKind, CycleStatus
from backend.models.training import EnrolmentStatus
from backend.models.traffic import Platform

BACKEND = Path(__file__).resolve().parents[2] / "backend"
SKIPPED = {"i18n", "seed"}  # the catalog itself; the demo data's texts are data
CODE = re.compile(r"^[a-z]+(_[a-z]+)+$")  # what AuthError carries for OAuth (invalid_client): a code, not a message
BRANDS = {"tiktok", "twitch"}  # written the same in Chinese

# callable name -> (position, keyword) of its message argument
SINKS = {
    "DomainError": (1, "message"), "_err": (3, "message"), "_fail": (1, "message"), "_refuse": (0, "message"),
    "refuse": (1, "message"), "coded_error": (1, "message"), "GraphQLError": (0, "message"), "_too_complex": (0, "message"),
    "_copy": (1, "message"), "forbidden": (0, "what"), "not_found": (0, "kind"), "bad_input": (0, "message"),
    "Rejection": (3, "message"), "reject": (3, "message"), "BadLine": (1, "message"), "error_response": (2, "message"),
    "bearer_viewer": (1, "hint"), "AuthError": (0, None), "BadExport": (0, None), "PlanError": (1, "message"),
    "TemplateError": (2, "message"), "Violation": (2, "message"), "Flag": (2, "message"),
    "Message": (0, "template"), "phrase": (0, "text"),
}
# Enum values a message names through phrase(x.value): each needs its Chinese too. Contract
# statuses and version states are written with spaces ("pending signature").
PHRASED_ENUMS = (LeaveKind, LeaveStatus, TaskStatus, AssignmentScope, PayrollStatus, SignerRole, CycleKind, CycleStatus,
                 EnrolmentStatus, Platform)
SPACED_ENUMS = (ContractStatus, VersionState)


def _name(call: ast.Call) -> str | None:
    return call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", None)


def _sink_arguments(call: ast.Call) -> list[ast.expr]:
    position, keyword = SINKS.get(_name(call), (None, None))
    found = []
    if position is not None and len(call.args) > position and not any(isinstance(a, ast.Starred) for a in call.args[:position + 1]):
        found.append(call.args[position])
    return found + [k.value for k in call.keywords if keyword and k.arg == keyword]


def _tuple_message(node: ast.expr) -> ast.expr | None:
    """The message of a (field, CODE, message) or ("field", message) tuple."""
    if not isinstance(node, ast.Tuple) or len(node.elts) not in (2, 3):
        return None
    if len(node.elts) == 3:
        code = node.elts[1]
        return node.elts[2] if isinstance(code, ast.Constant) and isinstance(code.value, str) and code.value.isupper() else None
    field = node.elts[0]
    is_field = isinstance(field, ast.JoinedStr) or (isinstance(field, ast.Constant) and isinstance(field.value, str))
    return node.elts[1] if is_field else None


def _messages(tree: ast.AST) -> list[ast.expr]:
    found: list[ast.expr] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            found += _sink_arguments(node)
            if _name(node) in ("append", "insert"):
                found += [m for m in map(_tuple_message, node.args) if m is not None]
        elif isinstance(node, ast.Yield) and node.value is not None:
            found += [m for m in [_tuple_message(node.value)] if m is not None]
        elif isinstance(node, ast.Return) and isinstance(node.value, ast.List):
            found += [m for m in map(_tuple_message, node.value.elts) if m is not None]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.endswith("_error"):
            found += [r.value for r in ast.walk(node) if isinstance(r, ast.Return) and r.value is not None]
    return found


def _leaves(expr: ast.expr) -> list[ast.expr]:
    if isinstance(expr, ast.IfExp):
        return _leaves(expr.body) + _leaves(expr.orelse)
    if isinstance(expr, ast.BoolOp):
        return [leaf for value in expr.values for leaf in _leaves(value)]
    if isinstance(expr, ast.NamedExpr):
        return _leaves(expr.value)
    return [expr]


def _written_messages() -> tuple[dict[str, str], list[str], set[str]]:
    """English text or template -> where it is written; the f-strings found where a message belongs;
    and the templates formatted with values (a Message with keyword arguments)."""
    texts: dict[str, str] = {}
    f_strings: list[str] = []
    templates: set[str] = set()
    for path in sorted(BACKEND.rglob("*.py")):
        if SKIPPED & set(path.relative_to(BACKEND).parts):
            continue
        tree = ast.parse(path.read_text(), str(path))
        templates |= {call.args[0].value for call in ast.walk(tree) if isinstance(call, ast.Call) and _name(call) == "Message"
                      and call.args and isinstance(call.args[0], ast.Constant) and call.keywords}
        for expr in _messages(tree):
            for leaf in _leaves(expr):
                where = f"{path.relative_to(BACKEND.parent)}:{leaf.lineno}"
                if isinstance(leaf, ast.Constant) and isinstance(leaf.value, str) and not CODE.match(leaf.value):
                    texts.setdefault(leaf.value, where)
                elif isinstance(leaf, ast.JoinedStr):
                    f_strings.append(f"{where}: {ast.unparse(leaf)}")
    return texts, f_strings, templates


def _dynamic_messages() -> set[str]:
    """Words a message takes from data: the nouns of `node(id)`'s NOT_FOUND, and enum values."""
    words = {type_name.lower() for type_name in FETCHERS}
    words |= {member.value for enum in PHRASED_ENUMS for member in enum}
    words |= {member.value.replace("_", " ") for enum in SPACED_ENUMS for member in enum}
    return words


def _placeholders(text: str) -> set[str]:
    """The names of the {placeholders} (a format spec may differ: a month reads 2026年05月 in Chinese),
    and any other text in braces (a JSON example) as it is."""
    found = set()
    for inner in re.findall(r"\{([^{}]*)\}", text):
        name = re.split(r"[!:]", inner, maxsplit=1)[0]
        found.add(name if name.isidentifier() else inner)
    return found


def _sample_values(template: str) -> dict[str, object]:
    """A value of the right kind for each placeholder, from its format spec: a date for %Y, a number for , or g."""
    values: dict[str, object] = {}
    for inner in re.findall(r"\{([^{}]*)\}", template):
        name, _, spec = inner.partition(":")
        name = name.split("!")[0]
        if spec or name not in values:  # {first:%Y-%m} ... {first}: the spec decides
            values[name] = datetime(2026, 5, 1, 9, 30) if "%" in spec else 1234.5 if spec.endswith("g") else 1234 if spec else "x"
    return values


WRITTEN, F_STRINGS, TEMPLATES = _written_messages()


def test_every_message_is_a_literal_or_a_message_template_not_an_f_string():
    assert F_STRINGS == [], "write these as Message(template, **values):\n" + "\n".join(F_STRINGS)


def test_the_walk_finds_the_messages_of_every_kind_of_site():
    for text in ("A name has 1 to 100 characters.",  # _err
                 "Employee number {employee_no} is taken.",  # Message
                 "Counts cannot be negative.",  # a (field, CODE, message) tuple
                 "Enter a valid e-mail address.",  # an *_error validator
                 "expected a whole number",  # a bulk line's rejection
                 "Sign in first: this needs an authenticated caller.",  # a GraphQL error
                 "must be a list"):  # a commission plan's error
        assert text in WRITTEN, text
    assert len(WRITTEN) > 300


def test_every_message_has_its_chinese():
    missing = [f"{text!r} ({WRITTEN.get(text, 'a value that messages name')})"
               for text in sorted(set(WRITTEN) | _dynamic_messages()) if text not in MESSAGES]
    assert not missing, "add to backend/i18n/zh_cn.py:\n" + "\n".join(missing)


def _is_chinese(english: str, chinese: str) -> bool:
    words = re.sub(r"\{[^{}]*\}", "", english)
    return english in BRANDS or not re.search(r"[A-Za-z]", words) or any("\u4e00" <= ch <= "\u9fff" for ch in chinese)


def test_every_translation_keeps_the_placeholders_and_is_chinese():
    wrong = [f"{english!r}: {chinese!r}" for english, chinese in MESSAGES.items()
             if _placeholders(chinese) != _placeholders(english) or not _is_chinese(english, chinese)]
    assert not wrong, "placeholders differ, or not translated:\n" + "\n".join(wrong)


def test_every_chinese_template_formats_with_the_values_of_its_english():
    for english in sorted(TEMPLATES):
        values = _sample_values(english)
        english.format(**values)
        MESSAGES[english].format(**values)  # raises on a stray brace or a spec that does not fit the value


def test_the_catalog_holds_nothing_that_is_no_longer_written():
    unused = set(MESSAGES) - set(WRITTEN) - _dynamic_messages()
    assert not unused, f"remove from backend/i18n/zh_cn.py: {sorted(unused)}"
