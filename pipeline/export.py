"""Write the people, entities and nominations of written JSON output as tables (CSV or XLSX).

Tables: contacts (one row per person of a nomination: the nominee first, then the contact
people; one person written twice, with and without accents or an honorific, is one row),
entities (one row per distinct normalised entity per card, with its count), nominations (one
row per card, with its nominee) and failures (the inputs the last run could not process, from
the output folder's run manifest). CSV gives one UTF-8 file per table, with machine column
names; XLSX gives one workbook, nominations.xlsx, with a sheet per table, human column
headers, and e-mail addresses and web addresses as links. PATH defaults to output/.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import zipfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet


from pipeline import voice
from pipeline.models import Card, Contact, Document
from pipeline.outputs import (
    RunEntry,
    failed_entries,
    read_documents,
    source_paths,
)
from pipeline.personnames import split_honorific
from pipeline.redact import MARKERS, add_redact, redact_document
from pipeline.text import fold

DEFAULT_OUT = Path("export")
FORMATS = ("xlsx", "csv")
WORKBOOK_NAME = "nominations.xlsx"
LIST_SEPARATOR = "; "
MAX_COLUMN_WIDTH = 60

Cell = str | int | None

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


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[str, ...]
    rows: list[tuple[Cell, ...]]


@dataclass(frozen=True)
class Source:
    """One document as the tables name it: its input path (told apart from another PDF of
    the same name by its folder) and its JSON file name."""

    document: str
    json: str
    content: Document


@dataclass
class Person:
    """A row of the contacts table: the nominee or a contact person of one card."""

    kind: str  # nominee, contact, ilo_contact
    name: str
    role: str | None = None
    organization: str | None = None
    country_code: str | None = None
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    faxes: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# Building the tables


def build_tables(sources: Sequence[Source], failures: Sequence[RunEntry] = ()) -> list[Table]:
    """The four tables, rows in document order, card order, then sorted where order is free."""
    return [
        contacts_table(sources),
        entities_table(sources),
        nominations_table(sources),
        failures_table(failures),
    ]


def card_name(card: Card) -> str:
    """How the other tables refer to a card: its letter, or its title when it has none."""
    return card.letter or card.title


def person_key(name: str) -> str:
    """One person however the name is written: no honorific, accents, case or punctuation
    ("Dr. José Núñez, Jr." and "Jose Nunez Jr")."""
    _, bare = split_honorific(name)
    return " ".join(re.sub(r"[^\w]+", " ", fold(bare)).split())


def card_people(card: Card) -> list[Person]:
    """The nominee first, then the contact people; a person named twice is one row with
    the details of both."""
    nominee = card.nominee
    people: list[Person] = []
    if nominee.name or nominee.emails:
        country = nominee.country.code if nominee.country else None
        people.append(
            Person(
                "nominee",
                nominee.name or "",
                organization=nominee.affiliation,
                country_code=country,
                emails=list(nominee.emails),
                phones=list(nominee.phones),
                faxes=list(nominee.faxes),
            )
        )
    for contact in card.contacts:
        person = Person(
            contact_kind(card, contact),
            contact.name,
            role=contact.role,
            organization=contact.organization,
            emails=list(contact.emails),
            phones=list(contact.phones),
        )
        same = next(
            (p for p in people if p.name and person_key(p.name) == person_key(contact.name)), None
        )
        if same is None:
            people.append(person)
        else:
            merge_person(same, person)
    return people


def contact_kind(card: Card, contact: Contact) -> str:
    keys = {section.number: section.key for section in card.sections}
    return "ilo_contact" if keys.get(contact.section) == "ilo_contacts" else "contact"


def merge_person(kept: Person, other: Person) -> None:
    """The first row keeps its kind and name; it gains what only the other one says."""
    kept.role = kept.role or other.role
    kept.organization = kept.organization or other.organization
    kept.country_code = kept.country_code or other.country_code
    for mine, theirs in (
        (kept.emails, other.emails),
        (kept.phones, other.phones),
        (kept.faxes, other.faxes),
    ):
        mine.extend(item for item in theirs if item not in mine)


def contacts_table(sources: Sequence[Source]) -> Table:
    rows: list[tuple[Cell, ...]] = [
        (
            source.document,
            source.json,
            card_name(card),
            person.kind,
            person.name,
            person.role,
            person.organization,
            person.country_code,
            LIST_SEPARATOR.join(person.emails),
            LIST_SEPARATOR.join(person.phones),
            LIST_SEPARATOR.join(person.faxes),
        )
        for source in sources
        for card in source.content.cards
        for person in card_people(card)
    ]
    columns = (
        "document",
        "json",
        "card",
        "kind",
        "name",
        "role",
        "organization",
        "country_code",
        "emails",
        "phones",
        "faxes",
    )
    return Table("contacts", columns, rows)


def entities_table(sources: Sequence[Source]) -> Table:
    rows: list[tuple[Cell, ...]] = []
    for source in sources:
        for card in source.content.cards:
            counts: Counter[tuple[str, str]] = Counter()
            first_text: dict[tuple[str, str], str] = {}
            for entity in card.entities:
                key = (entity.label, entity.normalized)
                counts[key] += 1
                first_text.setdefault(key, entity.text)
            for (label, normalized), count in sorted(counts.items()):
                text = first_text[(label, normalized)]
                rows.append(
                    (source.document, source.json, card_name(card), label, normalized, count, text)
                )
    columns = ("document", "json", "card", "label", "normalized", "count", "first_text")
    return Table("entities", columns, rows)


def nominations_table(sources: Sequence[Source]) -> Table:
    rows: list[tuple[Cell, ...]] = [
        (
            source.document,
            source.json,
            card.letter,
            card.title,
            card.nominee.name,
            card.nominee.affiliation,
            card.nominee.country.code if card.nominee.country else None,
            LIST_SEPARATOR.join(card.nominee.emails),
            LIST_SEPARATOR.join(card.nominee.phones),
            card.pages.start,
            card.pages.end,
            len(card.sections),
        )
        for source in sources
        for card in source.content.cards
    ]
    columns = (
        "document",
        "json",
        "letter",
        "title",
        "nominee",
        "nominee_affiliation",
        "country_code",
        "nominee_emails",
        "nominee_phones",
        "page_start",
        "page_end",
        "section_count",
    )
    return Table("nominations", columns, rows)


def failures_table(failures: Sequence[RunEntry]) -> Table:
    """The inputs without a document: a contact list must not look complete when it is not."""
    rows: list[tuple[Cell, ...]] = [(e.path, e.error_code, e.message) for e in failures]
    return Table("failures", ("document", "code", "message"), rows)


def read_sources(path: Path, allow_empty: bool = False, redact: bool = False) -> list[Source]:
    """The documents of `path`, each named by the input it was made from when the folder's
    manifest says (else by its PDF's file name); redacted editions with `redact`."""
    folder = path if path.is_dir() else path.parent
    inputs = source_paths(folder)
    return [
        Source(
            inputs.get(name, document.source.file),
            name,
            redact_document(document) if redact else document,
        )
        for name, document in read_documents(path, allow_empty)
    ]


# ---------------------------------------------------------------------------------------------
# Writing


def export_tables(
    path: Path, fmt: str, out_dir: Path, allow_empty: bool = False, redact: bool = False
) -> list[Path]:
    """Export the documents of `path` (a folder or one JSON file); returns the files written."""
    sources = read_sources(path, allow_empty, redact)
    tables = build_tables(sources, failed_entries(path if path.is_dir() else path.parent))
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


# ---------------------------------------------------------------------------------------------
# Command line

EXAMPLES = """
  nominations export                       output/ into export/nominations.xlsx
  nominations export json/ --format csv    contacts.csv, entities.csv, nominations.csv, failures.csv
  nominations export output/a.json -o a/   one document
  nominations export --redact -o public/   without personal e-mails and phone numbers
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    voice.add_output_path(parser)
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="xlsx",
        help=f"xlsx: one workbook, {WORKBOOK_NAME}, with a sheet per table (the default); "
        "csv: contacts.csv, entities.csv, nominations.csv, failures.csv",
    )
    parser.add_argument(
        "-o",
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        metavar="DIR",
        help=f"folder for the tables (default: {DEFAULT_OUT}/)",
    )
    add_redact(parser)
    voice.add_allow_empty(parser, "JSON documents")
    voice.add_quiet(parser, "do not list the files written")


def command(args: argparse.Namespace) -> int:
    try:
        written = export_tables(args.path, args.format, args.out, args.allow_empty, args.redact)
    except voice.CommandError as exc:
        return voice.report_error("export", str(exc))
    except OSError as exc:
        return voice.report_error("export", f"{voice.shown(args.out)}: cannot write: {exc}")
    if not args.quiet:
        for path in written:
            print(f"wrote {voice.shown(path)}")
    return voice.EXIT_OK
