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
from pathlib import Path

from pipeline import voice
from pipeline.export_tables import build_tables, read_sources, write_csv
from pipeline.export_xlsx import write_xlsx
from pipeline.outputs import failed_entries
from pipeline.redact import add_redact

DEFAULT_OUT = Path("export")
FORMATS = ("xlsx", "csv")
WORKBOOK_NAME = "nominations.xlsx"


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
