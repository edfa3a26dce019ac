"""Write contacts, entities and nominations of written JSON output as tables (CSV or XLSX).

Tables: contacts (one row per contact person), entities (one row per distinct normalised
entity per card, with its count) and nominations (one row per card). CSV gives one UTF-8 file
per table; XLSX gives one workbook, nominations.xlsx, with a sheet per table.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import zipfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openpyxl import Workbook


from pipeline.outputs import EXIT_ERROR, OutputReadError, read_documents
from pipeline.models import Card, Document

DEFAULT_OUT = Path("export")
FORMATS = ("csv", "xlsx")
WORKBOOK_NAME = "nominations.xlsx"
LIST_SEPARATOR = "; "
MAX_COLUMN_WIDTH = 60

Cell = str | int | None


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[str, ...]
    rows: list[tuple[Cell, ...]]


# ---------------------------------------------------------------------------------------------
# Building the tables


def build_tables(documents: Sequence[tuple[str, Document]]) -> list[Table]:
    """The three tables, rows in document order, card order, then sorted where order is free."""
    return [contacts_table(documents), entities_table(documents), nominations_table(documents)]


def card_name(card: Card) -> str:
    """How the other tables refer to a card: its letter, or its title when it has none."""
    return card.letter or card.title


def contacts_table(documents: Sequence[tuple[str, Document]]) -> Table:
    rows: list[tuple[Cell, ...]] = [
        (
            document.source.file,
            card_name(card),
            contact.name,
            contact.role,
            contact.organization,
            LIST_SEPARATOR.join(contact.emails),
            LIST_SEPARATOR.join(contact.phones),
        )
        for _, document in documents
        for card in document.cards
        for contact in card.contacts
    ]
    columns = ("document", "card", "name", "role", "organization", "emails", "phones")
    return Table("contacts", columns, rows)


def entities_table(documents: Sequence[tuple[str, Document]]) -> Table:
    rows: list[tuple[Cell, ...]] = []
    for _, document in documents:
        for card in document.cards:
            counts: Counter[tuple[str, str]] = Counter()
            first_text: dict[tuple[str, str], str] = {}
            for entity in card.entities:
                key = (entity.label, entity.normalized)
                counts[key] += 1
                first_text.setdefault(key, entity.text)
            for (label, normalized), count in sorted(counts.items()):
                text = first_text[(label, normalized)]
                rows.append((document.source.file, card_name(card), label, normalized, count, text))
    columns = ("document", "card", "label", "normalized", "count", "first_text")
    return Table("entities", columns, rows)


def nominations_table(documents: Sequence[tuple[str, Document]]) -> Table:
    rows: list[tuple[Cell, ...]] = [
        (
            document.source.file,
            card.letter,
            card.title,
            card.nominee.name,
            card.nominee.country.code if card.nominee.country else None,
            card.pages.start,
            card.pages.end,
            len(card.sections),
        )
        for _, document in documents
        for card in document.cards
    ]
    columns = (
        "document",
        "letter",
        "title",
        "nominee",
        "country_code",
        "page_start",
        "page_end",
        "section_count",
    )
    return Table("nominations", columns, rows)


# ---------------------------------------------------------------------------------------------
# Writing


def export_tables(path: Path, fmt: str, out_dir: Path) -> list[Path]:
    """Export the documents of `path` (a folder or one JSON file); returns the files written."""
    documents = read_documents(path)
    if not documents:
        raise OutputReadError(f"{path}: no document JSON files found")
    tables = build_tables(documents)
    out_dir.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        return [write_csv(table, out_dir / f"{table.name}.csv") for table in tables]
    if fmt == "xlsx":
        return [write_xlsx(tables, out_dir / WORKBOOK_NAME)]
    raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")


def write_csv(table: Table, target: Path) -> Path:
    with target.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(table.columns)
        writer.writerows(["" if cell is None else cell for cell in row] for row in table.rows)
    return target


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
    sheet.append(table.columns)
    for row in table.rows:
        sheet.append(row)
    # Text that starts with "=" would otherwise be stored as a formula.
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for index, column in enumerate(table.columns, start=1):
        longest = max([len(column), *(len(str(row[index - 1] or "")) for row in table.rows)])
        sheet.column_dimensions[get_column_letter(index)].width = min(longest + 2, MAX_COLUMN_WIDTH)


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


# ---------------------------------------------------------------------------------------------
# Command line


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, metavar="PATH", help="output folder or one JSON file")
    parser.add_argument(
        "--format",
        choices=FORMATS,
        required=True,
        help="csv: contacts.csv, entities.csv, nominations.csv; xlsx: one workbook, "
        f"{WORKBOOK_NAME}, with a sheet per table",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        metavar="DIR",
        help=f"folder for the tables (default: {DEFAULT_OUT}/)",
    )


def command(args: argparse.Namespace) -> int:
    try:
        written = export_tables(args.path, args.format, args.out)
    except OutputReadError as exc:
        print(f"nominations export: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        print(f"nominations export: error: {args.out}: cannot write: {exc}", file=sys.stderr)
        return EXIT_ERROR
    for path in written:
        print(f"wrote {path}")
    return 0
