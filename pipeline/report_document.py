"""A document's review page: its title from the document's own words, the facts of its
source, its warnings, the corrections applied and the review queue (report_review.py), what
was found when no card was, the pages read by OCR, a contents list of its cards, an entity
legend, and then each card (report_card.py).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from html import escape

from pipeline.models import Card, Document
from pipeline.report_card import card_html
from pipeline.report_page import INDEX_PAGE, LABEL_COLOURS, LABEL_NAMES, counted, html_page
from pipeline.report_review import corrections_panel, review_panel


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
        *(card_html(card, index) for index, card in enumerate(document.cards, start=1)),
    ]
    return html_page(f"{heading} — nomination review", body)


def _document_meta(document: Document, input_path: str | None = None) -> str:
    source, pipeline = document.source, document.pipeline
    facts = [
        escape(input_path or source.file),
        counted(source.pages, "page"),
        counted(len(document.cards), "card"),
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
        f'<section class="panel warnings"><h2>{counted(len(document.warnings), "warning")}</h2>'
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
    title = counted(len(document.ocr_pages), "page") + " recognised by OCR"
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
