"""The tables an export holds, built from written documents: contacts (a row per person of
a card, see people.py), entities (a row per distinct normalised entity per card, with its
count), nominations (a row per card, with its nominee) and failures (the inputs the last run
could not process). A table is named columns and rows of plain cells, so the catalogue builds
its own tables of the same kind; its CSV form is the table as it is (one UTF-8 file, machine
column names), its XLSX form is export_xlsx.py's.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.models import Card, Document
from pipeline.outputs import RunEntry, read_documents, source_paths
from pipeline.people import card_people
from pipeline.redact import redact_document

LIST_SEPARATOR = "; "

Cell = str | int | None


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


def write_csv(table: Table, target: Path) -> Path:
    with target.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(table.columns)
        writer.writerows(["" if cell is None else cell for cell in row] for row in table.rows)
    return target
