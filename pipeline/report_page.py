"""The frame every page of the report shares: the style sheet (a data file, plus a colour per
entity label, like spaCy's displaCy), the HTML page around a body, the index page's file name
that every page links back to, and the small pieces of text the pages repeat (counts, page
ranges, e-mail links). The document page is report_document.py's, its cards report_card.py's.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from importlib import resources

from pipeline.models import EntityLabel
from pipeline.redact import MARKERS
from pipeline.report_review import REVIEW_CSS

INDEX_PAGE = "index.html"

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


def html_page(title: str, body: Sequence[str]) -> str:
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


def mail_link(address: str) -> str:
    if address in MARKERS:  # a redacted edition: no link to nowhere
        return escape(address)
    return f'<a href="mailto:{escape(address)}">{escape(address)}</a>'


def page_range(start: int, end: int) -> str:
    return f"page {start}" if start == end else f"pages {start}–{end}"


def counted(count: int, singular: str, plural: str | None = None) -> str:
    return f"{count} {singular if count == 1 else (plural or singular + 's')}"
