"""The XLSX form of the tables: one workbook with a sheet per table, human column headers
(CSV keeps the machine names, which scripts read), bold frozen headers with filters, column
widths that fit, e-mail and web addresses as links, text never taken for a formula, and the
same bytes for the same tables (openpyxl's timestamps fixed). openpyxl is imported only when
a workbook is written.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.export_tables import LIST_SEPARATOR, Cell, Table
from pipeline.redact import MARKERS

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

MAX_COLUMN_WIDTH = 60

# XLSX headers for people; CSV keeps the machine names, which scripts read.
HEADERS: dict[str, str] = {
    "document": "Document",
    "json": "JSON file",
    "card": "Card",
    "kind": "Kind",
    "name": "Name",
    "role": "Role",
    "organization": "Organization or affiliation",
    "country_code": "Country code",
    "emails": "E-mails",
    "phones": "Phones",
    "faxes": "Faxes",
    "label": "Label",
    "normalized": "Normalized",
    "count": "Count",
    "first_text": "First text",
    "letter": "Letter",
    "title": "Title",
    "nominee": "Nominee",
    "nominee_affiliation": "Nominee affiliation",
    "nominee_emails": "Nominee e-mails",
    "nominee_phones": "Nominee phones",
    "page_start": "Start page",
    "page_end": "End page",
    "section_count": "Sections",
    "code": "Error code",
    "message": "Message",
}
EMAIL_COLUMNS = frozenset({"emails", "nominee_emails"})


def write_xlsx(tables: Sequence[Table], target: Path) -> Path:
    from openpyxl import Workbook  # deferred: it costs every CLI start a third of a second

    workbook = Workbook()
    workbook.remove(workbook.active)  # the default empty sheet
    for table in tables:
        _add_sheet(workbook, table)
    _save_reproducibly(workbook, target)
    return target


def _add_sheet(workbook: Workbook, table: Table) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(table.name)
    headers = [HEADERS.get(column, column) for column in table.columns]
    sheet.append(headers)
    for row in table.rows:
        sheet.append(row)
    # Text that starts with "=" would otherwise be stored as a formula.
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"
    _add_links(sheet, table)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for index, header in enumerate(headers, start=1):
        longest = max([len(header), *(len(str(row[index - 1] or "")) for row in table.rows)])
        sheet.column_dimensions[get_column_letter(index)].width = min(longest + 2, MAX_COLUMN_WIDTH)


def link_target(table: Table, row: tuple[Cell, ...], column: str) -> str | None:
    """Where a cell links to: its e-mail addresses (one mailto: for them all, RFC 6068) or,
    for a URL entity, its address; None for any other cell."""
    value = row[table.columns.index(column)]
    if not isinstance(value, str) or not value:
        return None
    if column == "report":  # the catalogue's link to a review page, relative to the site
        return value
    if column in EMAIL_COLUMNS:
        addresses = [item for item in value.split(LIST_SEPARATOR) if item not in MARKERS]
        return "mailto:" + ",".join(addresses) if addresses else None
    if table.name == "entities" and column == "normalized":
        label = row[table.columns.index("label")]
        if label == "URL" and re.match(r"^https?://", value):
            return value
        if label == "EMAIL" and value not in MARKERS:
            return f"mailto:{value}"
    return None


def _add_links(sheet: Worksheet, table: Table) -> None:
    for row_number, row in enumerate(table.rows, start=2):
        for column_number, column in enumerate(table.columns, start=1):
            if target := link_target(table, row, column):
                cell = sheet.cell(row=row_number, column=column_number)
                cell.hyperlink = target
                cell.style = "Hyperlink"


# A fixed time for the workbook's properties and zip entries: openpyxl stamps both with the
# current time, and an export of unchanged output should be byte-for-byte the same.
FIXED_ZIP_TIME = (2000, 1, 1, 0, 0, 0)
FIXED_STAMP = b"2000-01-01T00:00:00Z"


def _save_reproducibly(workbook: Workbook, target: Path) -> None:
    buffer = io.BytesIO()
    workbook.save(buffer)
    with zipfile.ZipFile(buffer) as saved, zipfile.ZipFile(target, "w") as out:
        for info in saved.infolist():
            data = saved.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + FIXED_STAMP, data
                )
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            out.writestr(entry, data, compress_type=zipfile.ZIP_DEFLATED)
