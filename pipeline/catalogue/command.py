"""Write a catalogue of one or more output folders: a static site (nominations, organisations
resolved across documents, countries, contacts and a summary, with each document's review
page), catalogue.json (checked against schemas/catalogue.schema.json), catalogue.xlsx and
one CSV per table. Reads only written JSON; the order of the folders does not matter.

A JSON file that is not a nomination document, an empty folder or an input a run could not
process is named on stderr and on the summary page, the rest is catalogued, and the exit
status is 1. With --redact, personal e-mail addresses and phone and fax numbers are replaced
by a marker everywhere (see `nominations report --help`).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from pipeline import voice
from pipeline.catalogue.build import REPORTS, Folder, build_catalogue, folders_of, read_folders
from pipeline.catalogue.files import write_data_files
from pipeline.catalogue.model import Catalogue
from pipeline.catalogue.site import render_site
from pipeline.models import Document
from pipeline.outputs import failed_entries, source_paths
from pipeline.redact import add_redact, redact_document
from pipeline.report import page_name, render_index
from pipeline.report_document import render_document
from pipeline.report_page import INDEX_PAGE

DEFAULT_OUT = Path("catalogue")


def write_catalogue(
    paths: Sequence[Path], out_dir: Path, redact: bool = False
) -> tuple[Catalogue, list[Path]]:
    """Catalogue the output folders `paths` into `out_dir`; returns what was written."""
    for path in paths:
        if not path.exists():
            raise voice.no_such_path(path)
    folders = folders_of(paths)
    read = read_folders(folders)
    catalogue = build_catalogue(folders, read, redact)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for folder in folders:
        documents = [(name, doc) for f, name, doc in read.documents if f == folder]
        written += _write_reports(folder, documents, out_dir / REPORTS / folder.label, redact)
    for name, html in render_site(catalogue).items():
        (out_dir / name).write_text(html, encoding="utf-8")
        written.append(out_dir / name)
    written += write_data_files(catalogue, out_dir)
    return catalogue, written


def _write_reports(
    folder: Folder, documents: list[tuple[str, Document]], target: Path, redact: bool
) -> list[Path]:
    """The folder's review pages, as `nominations report` writes them, and their index."""
    directory = folder.path if folder.path.is_dir() else folder.path.parent
    sources = source_paths(directory)
    target.mkdir(parents=True, exist_ok=True)
    pages: list[tuple[str, str, Document]] = []
    for name, original in documents:
        document = redact_document(original) if redact else original
        page = target / page_name(name)
        page.write_text(render_document(document, name, sources.get(name)), encoding="utf-8")
        pages.append((page.name, name, document))
    index = target / INDEX_PAGE
    failures = failed_entries(directory)
    index.write_text(render_index(pages, sources, failures), encoding="utf-8")
    return [*(target / page for page, _, _ in pages), index]


EXAMPLES = """
  nominations catalogue output/ --out site/            open site/index.html
  nominations catalogue 2014/ 2015/ --out site/        several batches in one catalogue
  nominations catalogue output/ --out public/ --redact for publishing
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="+", type=Path, metavar="OUTPUT_DIR", help="output folders to catalogue"
    )
    parser.add_argument(
        "-o",
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        metavar="SITE_DIR",
        help=f"folder for the site and data files (default: {DEFAULT_OUT}/)",
    )
    add_redact(parser)
    voice.add_quiet(parser, "do not say what was written")


def command(args: argparse.Namespace) -> int:
    try:
        catalogue, _ = write_catalogue(args.paths, args.out, args.redact)
    except voice.CommandError as exc:
        return voice.report_error("catalogue", str(exc))
    except OSError as exc:
        return voice.report_error("catalogue", f"{voice.shown(args.out)}: cannot write: {exc}")
    summary = catalogue.summary
    for problem in summary.problems:
        print(voice.error_line("catalogue", f"{problem.path}: {problem.message}"), file=sys.stderr)
    for failed in summary.failed:
        message = f"{failed.folder}: {failed.path} was not processed ({failed.error_code})"
        print(voice.error_line("catalogue", message), file=sys.stderr)
    if not args.quiet:
        print(
            f"catalogued {voice.plural(summary.documents, 'document')}, "
            f"{voice.plural(summary.cards, 'nomination')}, "
            f"{voice.plural(len(catalogue.organisations), 'organisation')} and "
            f"{voice.plural(len(catalogue.contacts), 'contact')} into "
            f"{voice.shown(args.out / 'index.html')}"
        )
    return voice.EXIT_FOUND if summary.problems or summary.failed else voice.EXIT_OK
