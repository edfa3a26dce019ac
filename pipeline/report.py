"""Write a static HTML review page per document, and an index page, from written JSON output.

Each card shows its nominee block and sections with the entities highlighted in the text (a
colour per label, like spaCy's displaCy) at the offsets the pipeline recorded, and a side table
of the card's organisations, countries and contacts; the document's warnings come first. The
pages are self-contained (inline CSS, nothing loaded from the network). The index lists
every document by its input path (from the run manifest, so that two PDFs of one name are
told apart) and the inputs the last run could not process. PATH defaults to output/.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from html import escape
from pathlib import Path

from pipeline import voice
from pipeline.models import Document
from pipeline.outputs import (
    RunEntry,
    failed_entries,
    read_documents,
    source_paths,
)
from pipeline.redact import add_redact, redact_document
from pipeline.report_document import render_document
from pipeline.report_page import INDEX_PAGE, counted, html_page

DEFAULT_OUT = Path("report")


def render_index(
    pages: Sequence[tuple[str, str, Document]],
    sources: dict[str, str] | None = None,
    failures: Sequence[RunEntry] = (),
) -> str:
    """The folder's index: (page file, JSON file name, document) per document, named by its
    input path where the run manifest gives it; then the inputs that failed."""
    sources = sources or {}
    rows = "".join(
        f'<tr><td><a href="{escape(page)}">{escape(name)}</a></td>'
        f"<td>{escape(sources.get(name, document.source.file))}</td>"
        f'<td class="number">{document.source.pages}</td>'
        f'<td class="number">{len(document.cards)}</td>'
        f'<td class="number">{sum(len(card.entities) for card in document.cards)}</td>'
        f'<td class="number">{sum(len(card.contacts) for card in document.cards)}</td>'
        f'<td class="number">{len(document.warnings)}</td></tr>'
        for page, name, document in pages
    )
    head = "".join(
        f'<th class="number">{column}</th>'
        for column in ("Pages", "Cards", "Entities", "Contacts", "Warnings")
    )
    failed = "".join(
        f'<tr class="failed"><td>{escape(entry.path)}</td>'
        f"<td><code>{escape(entry.error_code or '')}</code></td>"
        f"<td>{escape(entry.message or '')}</td></tr>"
        for entry in failures
    )
    failed_panel = (
        f"<h2>{counted(len(failures), 'input')} not processed</h2>"
        '<section class="index"><table><thead><tr><th>Input</th><th>Error</th>'
        f"<th>Message</th></tr></thead><tbody>{failed}</tbody></table></section>"
        if failures
        else ""
    )
    counts = counted(len(pages), "document")
    if failures:
        counts += f", {counted(len(failures), 'failed input')}"
    body = [
        '<header class="page-header"><h1>Nomination review</h1>',
        f'<p class="meta">{counts}</p></header>',
        '<section class="index"><table><thead><tr><th>Document</th><th>Source</th>'
        f"{head}</tr></thead><tbody>{rows}</tbody></table></section>",
        failed_panel,
    ]
    return html_page("Nomination review", body)


def page_name(json_name: str) -> str:
    stem = Path(json_name).stem
    # A document called index.json must not overwrite the folder's index page.
    return f"{stem}.html" if f"{stem}.html" != INDEX_PAGE else f"{stem}-document.html"


def write_reports(
    path: Path, out_dir: Path, allow_empty: bool = False, redact: bool = False
) -> list[Path]:
    """Write a page per document of `path` (a folder or one JSON file) and the index page;
    with `redact`, the edition without personal e-mails and phone numbers."""
    documents = read_documents(path, allow_empty)
    if redact:
        documents = [(name, redact_document(document)) for name, document in documents]
    folder = path if path.is_dir() else path.parent
    sources = source_paths(folder)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    pages: list[tuple[str, str, Document]] = []
    for name, document in documents:
        target = out_dir / page_name(name)
        target.write_text(render_document(document, name, sources.get(name)), encoding="utf-8")
        written.append(target)
        pages.append((target.name, name, document))
    index = out_dir / INDEX_PAGE
    failures = failed_entries(folder) if path.is_dir() else []
    index.write_text(render_index(pages, sources, failures), encoding="utf-8")
    return [*written, index]


EXAMPLES = """
  nominations report                       output/ into report/ (open report/index.html)
  nominations report json/ -o review/      another output folder
  nominations report output/a.json -q      one document, nothing printed
  nominations report --redact -o public/   without personal e-mails and phone numbers
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    voice.add_output_path(parser)
    parser.add_argument(
        "-o",
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        metavar="DIR",
        help=f"folder for the HTML pages (default: {DEFAULT_OUT}/)",
    )
    add_redact(parser)
    voice.add_allow_empty(parser, "JSON documents")
    voice.add_quiet(parser, "do not say what was written")


def command(args: argparse.Namespace) -> int:
    try:
        written = write_reports(args.path, args.out, args.allow_empty, args.redact)
    except voice.CommandError as exc:
        return voice.report_error("report", str(exc))
    except OSError as exc:
        return voice.report_error("report", f"{voice.shown(args.out)}: cannot write: {exc}")
    if not args.quiet:
        pages = counted(len(written) - 1, "document page")
        print(f"wrote {pages} and {voice.shown(args.out / INDEX_PAGE)}")
    return voice.EXIT_OK
