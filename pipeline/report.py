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
from collections import Counter
from collections.abc import Iterable, Sequence
from html import escape
from importlib import resources
from pathlib import Path

from pipeline import voice
from pipeline.models import Card, Contact, Document, Entity, EntityLabel, Nominee, Section
from pipeline.outputs import (
    RunEntry,
    failed_entries,
    read_documents,
    source_paths,
)
from pipeline.redact import MARKERS, add_redact, redact_document
from pipeline.report_review import (
    CORRECTED_NOTE,
    REVIEW_CSS,
    corrections_panel,
    review_marks,
    review_panel,
)

DEFAULT_OUT = Path("report")
INDEX_PAGE = "index.html"
SIDE_ROWS = 12  # rows of a side table shown before the rest folds away

# displaCy's palette where spaCy has a matching label (ORG, PERSON, GPE for countries).
LABEL_COLOURS: dict[EntityLabel, str] = {
    "ORG": "#7aecec",
    "PERSON": "#aa9cfc",
    "COUNTRY": "#feca74",
    "EMAIL": "#bfeeb7",
    "PHONE": "#ffeb80",
    "URL": "#f0d0ff",
}
LABEL_NAMES: dict[EntityLabel, str] = {
    "ORG": "organisation",
    "PERSON": "person",
    "COUNTRY": "country",
    "EMAIL": "e-mail",
    "PHONE": "phone",
    "URL": "web address",
}

# The page's style sheet is a data file (pipeline/data/report.css), like the catalogue's; the
# entity colours are added from LABEL_COLOURS.
CSS = resources.files("pipeline").joinpath("data", "report.css").read_text(
    encoding="utf-8"
) + "".join(
    f"\n.ent-{label} {{ background: {colour}; }}" for label, colour in LABEL_COLOURS.items()
)


# ---------------------------------------------------------------------------------------------
# Highlighting


def select_highlights(text: str, entities: Iterable[Entity]) -> list[Entity]:
    """The entities to mark in `text`, in text order.

    Spans outside the text are skipped; of overlapping spans the longest is kept (the ORG
    "Ministry of Health of Ghana" rather than the COUNTRY inside it), ties going to the first.
    """
    inside = [entity for entity in entities if 0 <= entity.start < entity.end <= len(text)]
    chosen: list[Entity] = []
    for entity in sorted(inside, key=lambda e: (e.start - e.end, e.start, e.label)):
        if all(entity.end <= kept.start or entity.start >= kept.end for kept in chosen):
            chosen.append(entity)
    return sorted(chosen, key=lambda entity: entity.start)


def highlight(text: str, entities: Iterable[Entity]) -> str:
    """`text` as escaped HTML with displaCy-like <mark> elements around the entities."""
    parts: list[str] = []
    cursor = 0
    for entity in select_highlights(text, entities):
        parts.append(escape(text[cursor : entity.start]))
        parts.append(_mark(text[entity.start : entity.end], entity))
        cursor = entity.end
    parts.append(escape(text[cursor:]))
    return "".join(parts)


def _mark(shown: str, entity: Entity) -> str:
    flags = (
        (entity.demonym, "adjective"),
        (entity.in_name, "in a name"),
        (entity.fax, "fax"),
        (entity.ocr, "OCR"),
    )
    extra, notes = review_marks(entity, [note for flag, note in flags if flag])
    tooltip = f"{entity.label}: {entity.normalized}" + (f" ({', '.join(notes)})" if notes else "")
    return (
        f'<mark class="entity ent-{entity.label}{extra}" data-label="{entity.label}" '
        f'title="{escape(tooltip)}">{escape(shown)}<span>{entity.label}</span></mark>'
    )


# ---------------------------------------------------------------------------------------------
# Pages


def document_title(document: Document) -> str:
    """The page's headline from the document's own words: the cover's title when the cover
    text holds it, else the first card's title, else the file name. A front-matter title
    absent from the cover came from the PDF's metadata, which may hold anything (a file
    name such as '10811.exe', a template's title)."""
    front = document.front_matter
    if front and front.title and _squeezed(front.title) in _squeezed(front.text):
        return front.title
    if document.cards:
        return document.cards[0].title
    return document.source.file


def _squeezed(text: str) -> str:
    return " ".join(text.split()).casefold()


def render_document(document: Document, name: str, input_path: str | None = None) -> str:
    """The review page of one document; `name` is its JSON file name, `input_path` the PDF
    it was made from as the run manifest records it (the PDF's file name otherwise)."""
    heading = document_title(document)
    body = [
        '<header class="page-header">',
        f'<p class="crumbs"><a href="{INDEX_PAGE}">All documents</a> › {escape(name)}</p>',
        f"<h1>{escape(heading)}</h1>",
        f'<p class="meta">{_document_meta(document, input_path)}</p>',
        "</header>",
        _warnings_panel(document),
        corrections_panel(document),
        review_panel(document),
        _no_cards_panel(document),
        _ocr_panel(document),
        '<div class="overview">',
        _contents_panel(document.cards),
        _legend_panel(document.cards),
        "</div>",
        *(_card_html(card, index) for index, card in enumerate(document.cards, start=1)),
    ]
    return _page(f"{heading} — nomination review", body)


def _document_meta(document: Document, input_path: str | None = None) -> str:
    source, pipeline = document.source, document.pipeline
    facts = [
        escape(input_path or source.file),
        _count(source.pages, "page"),
        _count(len(document.cards), "card"),
        f"pipeline {escape(pipeline.version)} ({escape(pipeline.spacy_model)})",
        f'sha256 <code title="{source.sha256}">{source.sha256[:12]}…</code>',
    ]
    return " · ".join(facts)


def _warnings_panel(document: Document) -> str:
    if not document.warnings:
        return '<section class="panel no-warnings">No warnings.</section>'
    items = "".join(
        f"<li><code>{escape(warning.code)}</code> {escape(warning.message)}"
        + (f" <span class='meta'>(page {warning.page})</span>" if warning.page is not None else "")
        + "</li>"
        for warning in document.warnings
    )
    return (
        f'<section class="panel warnings"><h2>{_count(len(document.warnings), "warning")}</h2>'
        f"<ul>{items}</ul></section>"
    )


def _no_cards_panel(document: Document) -> str:
    """A document without cards: say so, and show the text that was found instead."""
    if document.cards:
        return ""
    text = document.front_matter.text if document.front_matter else ""
    found = (
        f'<div class="found-text">{escape(text)}</div>'
        if text.strip()
        else '<p class="empty">No text was found either.</p>'
    )
    return (
        '<section class="panel no-cards"><h2>No nomination found</h2>'
        "<p>No nomination card was recognised in this document. The text that was found:</p>"
        f"{found}</section>"
    )


def _ocr_panel(document: Document) -> str:
    """Which pages were recognised by OCR (their text and entities are less certain)."""
    if not document.ocr_pages:
        return ""
    rows = "".join(
        f"<li>page {record.page}: {escape(record.engine)} {escape(record.engine_version)}, "
        f"{record.dpi} dpi, mean confidence {record.confidence:g}, {record.words} words</li>"
        for record in document.ocr_pages
    )
    title = _count(len(document.ocr_pages), "page") + " recognised by OCR"
    return f'<section class="panel ocr"><h2>{title}</h2><ul>{rows}</ul></section>'


def _contents_panel(cards: Sequence[Card]) -> str:
    items = "".join(
        f'<li><a href="#card-{index}"><span class="letter">{escape(card.letter or "–")}</span>'
        f"{escape(card.title)}</a></li>"
        for index, card in enumerate(cards, start=1)
    )
    return f'<nav class="panel toc"><h2>Cards</h2><ol>{items}</ol></nav>'


def _legend_panel(cards: Sequence[Card]) -> str:
    counts = Counter(entity.label for card in cards for entity in card.entities)
    swatches = "".join(
        f'<span class="swatch ent-{label}">{LABEL_NAMES[label]} · {counts[label]}'
        f"<b>{label}</b></span>"
        for label in LABEL_COLOURS
    )
    return f'<section class="panel"><h2>Entities</h2><div class="legend">{swatches}</div></section>'


def _card_html(card: Card, index: int) -> str:
    letter = f'<span class="letter">{escape(card.letter)}</span>' if card.letter else ""
    pages = _pages(card.pages.start, card.pages.end)
    sections_count = _count(len(card.sections), "section")
    meta = f"{pages} · {sections_count} · {_count(len(card.entities), 'entity', 'entities')}"
    sections = "".join(
        _section_html(section, card.entities, f"card-{index}-s{position}")
        for position, section in enumerate(card.sections, start=1)
    )
    return (
        f'<article class="card" id="card-{index}">'
        f'<h2 class="card-title">{letter}{escape(card.title)}</h2>'
        f'<p class="card-meta">{meta}</p>'
        f'<div class="card-body"><div class="card-main">{_nominee_html(card)}{sections}</div>'
        f'<aside class="card-side">{_side_tables(card)}</aside></div></article>'
    )


def _nominee_html(card: Card) -> str:
    rows = "".join(
        f"<dt>{term}</dt><dd>{value}</dd>" for term, value in _nominee_fields(card.nominee)
    )
    nominee_entities = [entity for entity in card.entities if entity.section is None]
    written = (
        f'<div class="text as-written">{highlight(card.nominee.text, nominee_entities)}</div>'
        if card.nominee.text
        else ""
    )
    empty = "" if rows or written else '<p class="empty">No nominee block found.</p>'
    return f'<section class="nominee"><h3>Nominee</h3><dl>{rows}</dl>{written}{empty}</section>'


def _nominee_fields(nominee: Nominee) -> list[tuple[str, str]]:
    name = " ".join(part for part in (nominee.honorific, nominee.name) if part)
    country = (
        f"{escape(nominee.country.name)} ({nominee.country.code}, from {nominee.country.source})"
        if nominee.country
        else ""
    )
    fields = [
        ("Name", escape(name), ("name", "honorific")),
        ("Affiliation", escape(nominee.affiliation or ""), ("affiliation",)),
        ("Country", country, ("country",)),
        ("Telephone", escape(", ".join(nominee.phones)), ("phones",)),
        ("Fax", escape(", ".join(nominee.faxes)), ("faxes",)),
        ("E-mail", ", ".join(_mail_link(address) for address in nominee.emails), ("emails",)),
    ]
    return [
        (term, value + (CORRECTED_NOTE if set(keys) & set(nominee.sources) else ""))
        for term, value, keys in fields
        if value
    ]


def _section_html(section: Section, entities: Sequence[Entity], anchor: str) -> str:
    # Entity offsets index the text of the section with the same number.
    own = [e for e in entities if section.number is not None and e.section == section.number]
    number = f'<span class="number">{section.number}.</span>' if section.number is not None else ""
    text = highlight(section.text, own) if section.text else '<span class="empty">(empty)</span>'
    return (
        f'<section class="section" id="{anchor}">'
        f"<h3>{number}{escape(section.heading)}</h3>"
        f'<p class="section-meta"><span class="key">{section.key}</span>'
        f"{CORRECTED_NOTE if section.key_source else ''}"
        f"{_pages(section.pages.start, section.pages.end)}</p>"
        f'<div class="text">{text}</div></section>'
    )


def _side_tables(card: Card) -> str:
    return _organisations_table(card) + _countries_table(card) + _contacts_table(card.contacts)


def _organisations_table(card: Card) -> str:
    rows = []
    for normalized, mentions in _grouped(card.entities, "ORG"):
        other_spellings = sorted({m.text for m in mentions if m.text != normalized})
        also = (
            f'<span class="also">also: {escape(", ".join(other_spellings))}</span>'
            if other_spellings
            else ""
        )
        rows.append(
            f'<tr><td>{escape(normalized)}{also}</td><td class="count">×{len(mentions)}</td></tr>'
        )
    return _side_table("Organisations", ("Name", ""), rows)


def _countries_table(card: Card) -> str:
    rows = []
    for code, mentions in _grouped(card.entities, "COUNTRY"):
        # A name reads better than an adjective ("Philippines", not "Filipino").
        names = [m.text for m in mentions if not m.demonym] or [m.text for m in mentions]
        rows.append(
            f"<tr><td>{escape(code)}</td><td>{escape(names[0])}</td>"
            f'<td class="count">×{len(mentions)}</td></tr>'
        )
    return _side_table("Countries", ("Code", "As written", ""), rows)


def _contacts_table(contacts: Sequence[Contact]) -> str:
    rows = []
    for contact in contacts:
        details = [escape(part) for part in (contact.role, contact.organization) if part]
        details += [_mail_link(address) for address in contact.emails]
        details += [escape(phone) for phone in contact.phones]
        note = CORRECTED_NOTE if contact.source == "correction" else ""
        rows.append(
            f'<tr><td><span class="contact-name">{escape(contact.name)}</span>{note}'
            + "".join(f"<br>{detail}" for detail in details)
            + "</td></tr>"
        )
    return _side_table("Contacts", ("Name and details",), rows)


def _side_table(title: str, columns: Sequence[str], rows: Sequence[str]) -> str:
    if not rows:
        return f'<section><h3>{title}</h3><p class="empty">None found.</p></section>'
    head = "".join(f"<th>{column}</th>" for column in columns)
    shown = (
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows[:SIDE_ROWS])}</tbody></table>"
    )
    # A long list folds away (a real card names a hundred organisations); no script needed.
    folded = (
        f"<details><summary>{len(rows) - SIDE_ROWS} more</summary>"
        f"<table><tbody>{''.join(rows[SIDE_ROWS:])}</tbody></table></details>"
        if len(rows) > SIDE_ROWS
        else ""
    )
    return f"<section><h3>{title} ({len(rows)})</h3>{shown}{folded}</section>"


def _grouped(entities: Iterable[Entity], label: EntityLabel) -> list[tuple[str, list[Entity]]]:
    """Entities of one label by normalised value, most mentioned first, then by name."""
    groups: dict[str, list[Entity]] = {}
    for entity in entities:
        if entity.label == label:
            groups.setdefault(entity.normalized, []).append(entity)
    return sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))


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
        f"<h2>{_count(len(failures), 'input')} not processed</h2>"
        '<section class="index"><table><thead><tr><th>Input</th><th>Error</th>'
        f"<th>Message</th></tr></thead><tbody>{failed}</tbody></table></section>"
        if failures
        else ""
    )
    counts = _count(len(pages), "document")
    if failures:
        counts += f", {_count(len(failures), 'failed input')}"
    body = [
        '<header class="page-header"><h1>Nomination review</h1>',
        f'<p class="meta">{counts}</p></header>',
        '<section class="index"><table><thead><tr><th>Document</th><th>Source</th>'
        f"{head}</tr></thead><tbody>{rows}</tbody></table></section>",
        failed_panel,
    ]
    return _page("Nomination review", body)


def _page(title: str, body: Sequence[str]) -> str:
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(title)}</title>",
            f"<style>{CSS}{REVIEW_CSS}\n</style>",
            "</head>",
            '<body><div class="page">',
            *body,
            "</div></body>",
            "</html>",
            "",
        ]
    )


def _mail_link(address: str) -> str:
    if address in MARKERS:  # a redacted edition: no link to nowhere
        return escape(address)
    return f'<a href="mailto:{escape(address)}">{escape(address)}</a>'


def _pages(start: int, end: int) -> str:
    return f"page {start}" if start == end else f"pages {start}–{end}"


def _count(count: int, singular: str, plural: str | None = None) -> str:
    return f"{count} {singular if count == 1 else (plural or singular + 's')}"


# ---------------------------------------------------------------------------------------------
# Writing


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
        pages = _count(len(written) - 1, "document page")
        print(f"wrote {pages} and {voice.shown(args.out / INDEX_PAGE)}")
    return voice.EXIT_OK
