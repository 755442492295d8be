"""Reading any tabular HR export as spreadsheets save it, and sorting its columns.

A file is bytes in some encoding (UTF-8 with or without BOM, UTF-16 from Excel's "Unicode text",
GBK/GB18030 from a Chinese Excel, Windows-1252 as a last resort), with CRLF, LF or CR line ends,
comma, semicolon, tab or pipe delimiters and quoted fields. `read_table` turns it into a header
and rows of strings, or raises `TableError` naming the problem. `profile` then says of each
column whether it is numeric or categorical, how many distinct values it has, and whether it is
constant or looks like an identifier, which a model must not learn from.
"""

from __future__ import annotations

import codecs
import csv
import io
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

DELIMITERS = ",;\t|"
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
# Spellings of "no value" in exports; for numbers they are missing, a category keeps them as written.
MISSING = frozenset({"", "na", "n/a", "nan", "null", "none", "-", "--", "?", "#n/a", "#na", "nil", "missing"})
SAMPLE_CHARS = 64 * 1024
DECIMAL_COMMA = re.compile(r"[+-]?(\d{1,3}(\.\d{3})+|\d+),\d+%?")
ID_NAME = re.compile(r"(?:^|[\s_\-.#])(?i:id|no|nr|num|number)\.?$|(?<=[a-z0-9])(?:ID|Id|No|NO|Nr|Num|Number|NUMBER)\.?$")
ID_NAME_CJK = ("编号", "工号", "序号", "编码", "號碼", "号码", "id号")


class TableError(ValueError):
    """The file cannot be read as a table; the message says why."""


@dataclass
class Table:
    path: str
    encoding: str
    delimiter: str
    line_end: str
    columns: list[str]
    rows: list[list[str]]
    notes: list[str] = field(default_factory=list)

    def describe(self) -> str:
        return f"{self.encoding}, {DELIMITER_NAMES.get(self.delimiter, repr(self.delimiter))}-separated, {self.line_end}"

    def column(self, name: str) -> list[str]:
        index = self.columns.index(name)
        return [row[index] for row in self.rows]


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return (0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x3000 <= code <= 0x303F
            or 0xFF00 <= code <= 0xFFEF or 0x20000 <= code <= 0x2FFFF or 0xF900 <= code <= 0xFAFF)


def decode(raw: bytes) -> tuple[str, str]:
    """(text, encoding name). UTF-8 first; GB18030 (a superset of GBK) when the bytes are not
    UTF-8 and read as Chinese; Windows-1252 when they are neither."""
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8):].decode("utf-8", errors="strict"), "UTF-8 with BOM"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16"), "UTF-16"
    try:
        return raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        wide = [c for c in text if ord(c) > 0x7F]
        if wide and sum(map(_is_cjk, wide)) >= 0.9 * len(wide):
            return text, "GBK/GB18030"
    try:
        return raw.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError as exc:
        raise TableError(f"not text in a known encoding (byte {exc.start} is neither UTF-8, GBK/GB18030 nor "
                         "Windows-1252); save the file as CSV UTF-8") from None


def _line_end(text: str) -> str:
    crlf = text.count("\r\n")
    lf = text.count("\n") - crlf
    cr = text.count("\r") - crlf
    found = [name for name, count in (("CRLF", crlf), ("LF", lf), ("CR", cr)) if count]
    return "/".join(found) if found else "one line"


def _consistency(sample: str, delimiter: str, quotechar: str = '"') -> tuple[float, int]:
    rows = [r for r in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter, quotechar=quotechar) if r]
    if len(rows) > 1:
        rows = rows[:-1]  # the sample may end inside a row
    if not rows or len(rows[0]) < 2:
        return 0.0, len(rows[0]) if rows else 0
    width = len(rows[0])
    return sum(len(r) == width for r in rows) / len(rows), width


def sniff(text: str) -> csv.Dialect | type[csv.Dialect]:
    """The dialect: csv.Sniffer's guess when the header and the rows agree with it, otherwise the
    delimiter that splits the first rows most consistently into the most columns."""
    sample = text[:SAMPLE_CHARS]
    if len(text) > SAMPLE_CHARS and "\n" in sample:
        sample = sample[:sample.rindex("\n") + 1]
    try:
        guess = csv.Sniffer().sniff(sample, delimiters=DELIMITERS)
        if _consistency(sample, guess.delimiter, guess.quotechar or '"')[0] >= 0.9:
            guess.doublequote = True
            return guess
    except csv.Error:
        pass
    scored = sorted(((_consistency(sample, d), -i, d) for i, d in enumerate(DELIMITERS)), reverse=True)
    (consistency, width), _, best = scored[0]
    if width < 2:
        raise TableError("found a single column; expected comma, semicolon or tab separated values with a header row")

    class Found(csv.excel):
        delimiter = best
    return Found


def read_table(path: str | Path) -> Table:
    path = str(path)
    try:
        raw = Path(path).read_bytes()
    except IsADirectoryError:
        raise TableError("cannot be read: it is a directory") from None
    except OSError as exc:
        raise TableError(f"cannot be read: {(exc.strerror or str(exc)).lower()}") from None
    if raw.startswith(b"PK\x03\x04") or raw.startswith(b"\xd0\xcf\x11\xe0"):
        raise TableError("is an Excel workbook, not a CSV; save it as CSV (UTF-8) first")
    if not raw.strip():
        raise TableError("is empty")
    if b"\x00" in raw[:4096] and not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise TableError("is binary, not a text table")
    text, encoding = decode(raw)
    dialect = sniff(text)
    try:
        parsed = [row for row in csv.reader(io.StringIO(text, newline=""), dialect) if any(cell.strip() for cell in row)]
    except csv.Error as exc:
        raise TableError(f"is not valid CSV: {exc}") from None
    if len(parsed) < 2:
        raise TableError("has a header but no rows")
    header, body = parsed[0], parsed[1:]
    notes: list[str] = []
    columns = _column_names(header, notes)
    rows, ragged = [], []
    for number, row in enumerate(body, start=2):
        cells = [cell.strip() for cell in row]
        while len(cells) > len(columns) and cells[-1] == "":
            cells.pop()  # trailing delimiters, as some spreadsheets write them
        if len(cells) < len(columns) and len(cells) >= len(columns) - 1:
            cells += [""] * (len(columns) - len(cells))  # a row ending before its last empty field
        if len(cells) != len(columns):
            ragged.append(number)
            continue
        rows.append(cells)
    if ragged:
        if len(ragged) > 0.1 * len(body):
            raise TableError(f"{len(ragged)} of {len(body)} rows do not have the header's {len(columns)} fields "
                             f"(first at row {ragged[0]}); is the delimiter {DELIMITER_NAMES.get(dialect.delimiter)} right?")
        shown = ", ".join(map(str, ragged[:10])) + (" ..." if len(ragged) > 10 else "")
        notes.append(f"{len(ragged)} rows skipped: a different number of fields than the header (rows {shown})")
    if encoding == "Windows-1252":
        notes.append("decoded as Windows-1252 (the file is neither UTF-8 nor Chinese GBK); save it as UTF-8 if names look wrong")
    return Table(path, encoding, dialect.delimiter, _line_end(text[:SAMPLE_CHARS]), columns, rows, notes)


def _column_names(header: list[str], notes: list[str]) -> list[str]:
    while header and not header[-1].strip():
        header = header[:-1]
    names: list[str] = []
    seen: Counter[str] = Counter()
    for position, name in enumerate(header, start=1):
        name = name.strip().lstrip("\ufeff") or f"column {position}"
        seen[name] += 1
        if seen[name] > 1:
            renamed = f"{name} ({seen[name]})"
            notes.append(f"column {position} repeats the name {name!r}; called it {renamed!r}")
            name = renamed
        names.append(name)
    return names


def parse_number(text: str, decimal_comma: bool = False) -> float | None:
    """A number as exports write it ("1,234.5", "12%", "3,5" in semicolon files), or None."""
    value = text.strip().replace("\u00a0", "").replace(" ", "")
    if value.endswith("%"):
        value = value[:-1]
    if decimal_comma:
        if "," in value and re.fullmatch(r"[+-]?\d{1,3}(\.\d{3})+,\d+", value):
            value = value.replace(".", "")
        value = value.replace(",", ".")
    elif re.fullmatch(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?", value):
        value = value.replace(",", "")
    if not re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", value):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def is_missing(text: str) -> bool:
    return text.strip().lower() in MISSING


@dataclass
class Profile:
    """What one column holds. `numbers` for numeric columns (NaN where missing), `values` (None
    where empty) for categorical ones."""

    name: str
    kind: str  # "numeric" or "categorical"
    numbers: list[float] | None
    values: list[str | None] | None
    distinct: int  # distinct non-missing values
    missing: int

    @property
    def count(self) -> int:
        return len(self.numbers if self.numbers is not None else self.values)

    def keys(self) -> list:
        """Each row's value as a hashable key, missing as None."""
        if self.numbers is not None:
            return [None if math.isnan(x) else x for x in self.numbers]
        return list(self.values)


def uses_decimal_comma(cells: list[str], delimiter: str) -> bool:
    """Whether a column of a semicolon or tab file writes decimals with a comma ("3,5")."""
    return delimiter != "," and any(DECIMAL_COMMA.fullmatch(c.strip()) for c in cells)


def profile(name: str, cells: list[str], decimal_comma: bool = False) -> Profile:
    present = [c for c in cells if not is_missing(c)]
    numbers = [parse_number(c, decimal_comma) for c in present]
    if present and all(n is not None for n in numbers):
        parsed = iter(numbers)
        column = [math.nan if is_missing(c) else next(parsed) for c in cells]
        return Profile(name, "numeric", column, None, len(set(numbers)), len(cells) - len(present))
    values = [c if c.strip() else None for c in cells]
    filled = [v for v in values if v is not None]
    return Profile(name, "categorical", None, values, len(set(filled)), len(cells) - len(filled))


def constant_reason(column: Profile) -> str | None:
    keys = set(column.keys())
    if len(keys) > 1:
        return None
    if not keys or keys == {None}:
        return "empty (no values)"
    (value,) = keys
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"constant (always {value!r})" if isinstance(value, str) else f"constant (always {value})"


def id_name(name: str) -> bool:
    compact = name.strip()
    return bool(ID_NAME.search(compact)) or compact.lower().endswith(ID_NAME_CJK)


def id_reason(column: Profile) -> str | None:
    """Why the column identifies rows instead of describing them, or None.

    An identifier is unique per row (text that differs in every row: names, e-mails, codes),
    a dense run of unique whole numbers in file order (a row or employee number), or a column named
    like one (…ID, …Number, …No, 编号, 工号) whose values are nearly all different. A named
    code with few values (DepartmentID) is a category and stays."""
    n = column.count
    keys = [k for k in column.keys() if k is not None]
    if n < 10 or not keys:
        return None
    unique = len(set(keys)) == len(keys) and len(keys) >= 0.95 * n
    if id_name(column.name) and len(set(keys)) >= 0.9 * len(keys):
        return "ID-like (named like an identifier and nearly unique per row)"
    if column.kind == "categorical" and unique:
        return "ID-like (a different value in every row)"
    # A sorted export makes any unique measure monotonic (watch minutes, salaries); a row or
    # employee number is also dense: its span is a small multiple of the row count.
    if column.kind == "numeric" and unique and all(float(k).is_integer() for k in keys) \
            and max(keys) - min(keys) + 1 <= 3 * len(keys):
        increasing = all(a < b for a, b in zip(keys, keys[1:]))
        decreasing = all(a > b for a, b in zip(keys, keys[1:]))
        if increasing or decreasing:
            return "ID-like (a dense run of unique whole numbers in file order, like a row number)"
    return None


def free_text_reason(column: Profile) -> str | None:
    """A categorical column with too many different values to learn a category from."""
    if column.kind != "categorical" or column.distinct <= 30:
        return None
    present = column.count - column.missing
    if column.distinct > 0.5 * present:
        return f"too many distinct values for a category ({column.distinct} in {present} rows: free text or dates?)"
    return None
