"""The catalogue's data files: catalogue.json (checked against the committed schema),
catalogue.xlsx (a sheet per table, through the export's workbook writer) and one CSV per
table."""

from __future__ import annotations

from pathlib import Path

from pipeline.catalogue.model import Catalogue
from pipeline.catalogue.schema import catalogue_validator
from pipeline.errors import SchemaValidationError
from pipeline.export_tables import LIST_SEPARATOR, Cell, Table, write_csv
from pipeline.export_xlsx import write_xlsx
from pipeline.write import serialize_json

JSON_NAME = "catalogue.json"
WORKBOOK_NAME = "catalogue.xlsx"
CSV_FOLDER = "csv"
TABLE_NAMES = (
    "nominations",
    "organisations",
    "merges",
    "countries",
    "contacts",
    "documents",
    "failures",
    "problems",
)


def catalogue_json(catalogue: Catalogue) -> bytes:
    data = catalogue.model_dump(mode="json")
    errors = sorted(catalogue_validator().iter_errors(data), key=lambda e: list(e.path))
    if errors:  # a bug of the models or the schema file: never write such a catalogue
        where = "/".join(str(part) for part in errors[0].path)
        raise SchemaValidationError(
            f"catalogue does not match its schema at {where}: {errors[0].message}"
        )
    return serialize_json(data)


def _joined(items: list[str]) -> str:
    return LIST_SEPARATOR.join(items)


def tables(catalogue: Catalogue) -> list[Table]:
    """The catalogue as flat tables, one row per entry."""
    nominations: list[tuple[Cell, ...]] = [
        (
            n.id,
            n.document,
            n.letter,
            n.title,
            n.source,
            n.nominee,
            n.nominee_country,
            n.organisation,
            _joined(list(n.sections)),
            n.entities,
            _joined(n.organisations),
            _joined(n.countries),
            n.report,
        )
        for n in catalogue.nominations
    ]
    organisations: list[tuple[Cell, ...]] = [
        (
            o.id,
            o.name,
            _joined([a.text for a in o.aliases]),
            o.mentions,
            len(o.nominations),
            _joined(o.countries),
            _joined(o.ambiguous),
        )
        for o in catalogue.organisations
    ]
    merges: list[tuple[Cell, ...]] = [
        (o.id, o.name, m.alias, m.rule, m.evidence)
        for o in catalogue.organisations
        for m in o.merges
    ]
    countries: list[tuple[Cell, ...]] = [
        (c.code, c.name, len(c.nominations), len(c.nominee_of)) for c in catalogue.countries
    ]
    contacts: list[tuple[Cell, ...]] = [
        (
            p.id,
            p.name,
            _joined(p.names),
            _joined(list(p.kinds)),
            _joined(p.roles),
            _joined(p.organisations),
            _joined(p.emails),
            _joined(p.phones),
            _joined(p.faxes),
            _joined(p.nominations),
            _joined(list(p.merged_by)),
        )
        for p in catalogue.contacts
    ]
    documents: list[tuple[Cell, ...]] = [
        (d.id, d.folder, d.json_file, d.source, d.title, d.pages, d.cards, d.warnings, d.report)
        for d in catalogue.documents
    ]
    summary = catalogue.summary
    failures: list[tuple[Cell, ...]] = [
        (f.folder, f.path, f.error_code, f.message) for f in summary.failed
    ]
    problems: list[tuple[Cell, ...]] = [(p.path, p.message) for p in summary.problems]
    return [
        Table(
            "nominations",
            (
                "id",
                "document",
                "letter",
                "title",
                "source",
                "nominee",
                "country_code",
                "organization",
                "sections",
                "entities",
                "organisations",
                "countries",
                "report",
            ),
            nominations,
        ),
        Table(
            "organisations",
            ("id", "name", "aliases", "mentions", "nominations", "countries", "ambiguous"),
            organisations,
        ),
        Table("merges", ("organisation", "name", "alias", "rule", "evidence"), merges),
        Table("countries", ("code", "name", "nominations", "nominee_country_of"), countries),
        Table(
            "contacts",
            (
                "id",
                "name",
                "names",
                "kinds",
                "roles",
                "organisations",
                "emails",
                "phones",
                "faxes",
                "nominations",
                "merged_by",
            ),
            contacts,
        ),
        Table(
            "documents",
            ("id", "folder", "json", "source", "title", "pages", "cards", "warnings", "report"),
            documents,
        ),
        Table("failures", ("folder", "document", "code", "message"), failures),
        Table("problems", ("path", "message"), problems),
    ]


def write_data_files(catalogue: Catalogue, out_dir: Path) -> list[Path]:
    target = out_dir / JSON_NAME
    target.write_bytes(catalogue_json(catalogue))
    written = [target]
    flat = tables(catalogue)
    written.append(write_xlsx(flat, out_dir / WORKBOOK_NAME))
    (out_dir / CSV_FOLDER).mkdir(exist_ok=True)
    written += [write_csv(table, out_dir / CSV_FOLDER / f"{table.name}.csv") for table in flat]
    return written
