"""CSV and XLSX files for finance and the console's exports, written one way everywhere.

CSV is UTF-8 with a byte-order mark, so Excel reads Chinese names as UTF-8 and not as GBK;
money columns are written with two decimals. XLSX money cells are numbers shown as #,##0.00.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

CSV_MEDIA = "text/csv; charset=utf-8"
XLSX_MEDIA = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass(frozen=True)
class Sheet:
    title: str | None
    header: Sequence[str]
    rows: Iterable[Sequence]
    money_columns: tuple[int, ...] = ()  # zero-based


def csv_bytes(sheet: Sheet) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(sheet.header)
    for row in sheet.rows:
        writer.writerow(["" if v is None else f"{v:.2f}" if i in sheet.money_columns else v for i, v in enumerate(row)])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def xlsx_bytes(*sheets: Sheet) -> bytes:
    book = Workbook()
    for n, sheet in enumerate(sheets):
        target = book.active if n == 0 else book.create_sheet()
        if sheet.title:
            target.title = sheet.title
        target.append(list(sheet.header))
        for row in sheet.rows:
            target.append(list(row))
        for column in sheet.money_columns:
            for cell in target[get_column_letter(column + 1)][1:]:
                cell.number_format = "#,##0.00"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
