"""Render nominations to PDF from a small description, the way a word processor lays them out.

A `Nomination` (one PDF) holds an optional cover page, an optional table of contents and
cards; a `Card` holds a lettered (or unlettered) title, nominee lines and numbered sections;
a `Section` holds blocks: paragraphs, list items with a chosen marker, subheadings,
footnotes, page and column breaks, image-only pages. Options add a running header, a
running footer and page numbers on every page, and a two-column body.

The layout is our own (fpdf2 draws each line at a known position), so a test knows what a
PDF reader will see: headings bold and/or larger, list markers hanging at an indent,
footnotes in small type at the page bottom, e-mail addresses and web addresses covered by
link annotations.

Markup inside `Para`/`Item` text:
- `[^1]` right after a word: a raised, small footnote reference mark "1";
- `\\u00ad` (soft hyphen) inside a word: a place where the word may be split at a line end,
  printed as "-" there (and dropped elsewhere); words are also split after a hard hyphen
  when they do not fit, as word processors do;
- `\\n`: a forced line break inside the paragraph (Word's Shift+Enter).

Run `python tests/generator.py OUTDIR` to write every case in `CASES` to OUTDIR as a PDF
(and `python tests/generator.py --build-pua-font` to rebuild the private-use bullet font).
"""

from __future__ import annotations

import copy
import dataclasses
import io
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fpdf import FPDF

FONT_DIR = Path(__file__).parent / "fixtures" / "fonts"
REGULAR_FONT = FONT_DIR / "DejaVuSerif.ttf"
BOLD_FONT = FONT_DIR / "DejaVuSerif-Bold.ttf"
PUA_FONT = FONT_DIR / "DejaVuPUABullets.ttf"

# Markers that are drawn with a special font rather than the text font.
SYMBOL_BULLET = "<symbol>"  # the core PDF "Symbol" font, byte 0xB7 (how Word's Symbol bullet looks)
PUA_BULLET = "\uf0b7"  # a private-use code point, as Word/LibreOffice Symbol bullets extract
PUA_SQUARE = "\uf0a7"  # Wingdings' square bullet, as it extracts from a Word PDF

PAGE_WIDTH, PAGE_HEIGHT = 595.28, 841.89
LEFT, RIGHT = 72.0, 523.28
TOP, BOTTOM = 72.0, 770.0
GUTTER = 36.0  # Word's default space between columns (0.5 inch)
HEADER_BASELINE = 44.0
FOOTER_BASELINE = 806.0

BODY_LEADING = 1.32  # line pitch as a multiple of the font size
PARAGRAPH_GAP = 8.0
HEADING_GAP_BEFORE = 14.0
HEADING_GAP_AFTER = 6.0
LIST_INDENT = 18.0  # where a list marker hangs, from the frame's left edge
LIST_TEXT_INDENT = 18.0  # from the marker to the item text
FOOTNOTE_SIZE = 8.5
FOOTNOTE_MARK_SIZE = 6.0

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>()]+[^\s<>().,;:]")
FOOTNOTE_REF_RE = re.compile(r"\[\^([0-9a-z*]+)\]")
SOFT_HYPHEN = "\u00ad"


# ---------------------------------------------------------------- the description


@dataclass
class Para:
    text: str


@dataclass
class Item:
    """A list item; `marker` is drawn as written ("•", "–", "o", "(1)", "a)", PUA_BULLET,
    SYMBOL_BULLET). `indent` is where the marker hangs (0: at the text's left edge)."""

    text: str
    marker: str = "•"
    indent: float = LIST_INDENT
    bold: bool = False


@dataclass
class Subheading:
    text: str
    bold: bool = True


@dataclass
class Footnote:
    """Footnote text, drawn at the bottom of the page where the previous block ended."""

    mark: str
    text: str


@dataclass
class PageBreak:
    pass


@dataclass
class ColumnBreak:
    pass


@dataclass
class ImagePage:
    """A page holding only a picture (no text layer), e.g. a scanned annex."""

    width: int = 400
    height: int = 300


Block = Para | Item | Subheading | Footnote | PageBreak | ColumnBreak | ImagePage


@dataclass
class Section:
    number: int | None
    heading: str | None
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Field:
    """One nominee line: "Tel.:" + value. An empty label continues the previous line's value."""

    label: str
    value: str


@dataclass
class Card:
    title: str | None
    letter: str | None = None
    nominee: list[Field] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    columns: int = 1  # 2: the sections are set in two columns below the nominee block
    new_page: bool = True
    toc_title: str | None = None  # the title as the table of contents prints it


@dataclass
class Cover:
    title: str
    lines: list[str] = field(default_factory=list)


@dataclass
class Nomination:
    """One PDF file."""

    file_name: str
    cards: list[Card]
    cover: Cover | None = None
    toc: bool = False
    toc_title: str = "Contents"
    toc_sections: bool = True
    header: str | None = None
    footer: str | None = None
    page_numbers: str | None = None  # None, "plain" ("7"), "page" ("Page 7"), "page_of", "dash"
    footer_with_number: bool = False  # footer text and page number on one line
    decorate_cover: bool = False  # header/footer/page number on the cover page too
    link_emails: bool = True
    link_urls: bool = True
    body_size: float = 11.0
    heading_size: float = 11.0
    heading_bold: bool = True
    title_size: float = 14.0
    label_bold: bool = False
    closing: list[str] = field(default_factory=list)  # lines after the last card
    gutter: float = GUTTER  # space between two columns
    metadata_title: str | None = None
    heading_format: str = "{number}. {heading}"  # "Section {number} – {heading}", "{number}) ..."
    # "paragraphs"; "table": the nominee block as a bordered label | value table and each
    # section as a bordered box, heading in bold above its answer; "grid": the same, each
    # section a row of two cells, heading | answer; "form": a fillable PDF
    # form, labels and headings printed, values in AcroForm text fields.
    layout: str = "paragraphs"


@dataclass
class Placement:
    """Where the generator put things: for sanity checks of the fixtures themselves."""

    cards: list[dict[str, Any]] = field(default_factory=list)
    lines: list[tuple[int, float, str]] = field(default_factory=list)  # page, baseline, text


@dataclass
class Rendered:
    data: bytes
    page_count: int
    placement: Placement


# ---------------------------------------------------------------- layout


@dataclass
class _Word:
    text: str
    mark: str | None = None  # footnote reference drawn after the word
    bold: bool = False


def _words(text: str, bold: bool = False) -> list[_Word | None]:
    """Split markup into words; None stands for a forced line break."""
    out: list[_Word | None] = []
    for n, chunk in enumerate(text.split("\n")):
        if n:
            out.append(None)
        for token in chunk.split():
            mark = None
            found = FOOTNOTE_REF_RE.search(token)
            if found:
                mark = found.group(1)
                token = token[: found.start()] + token[found.end() :]
            out.append(_Word(token, mark, bold))
    return out


class _Writer:
    def __init__(
        self, spec: Nomination, toc_pages: dict[str, int] | None, total_pages: int = 0
    ) -> None:
        self.spec = spec
        self.toc_pages = toc_pages or {}
        self.total_pages = total_pages
        pdf = FPDF(unit="pt", format="A4")
        pdf.set_auto_page_break(False)
        pdf.set_margins(LEFT, TOP, PAGE_WIDTH - RIGHT)
        pdf.add_font("DejaVu", "", str(REGULAR_FONT))
        pdf.add_font("DejaVu", "B", str(BOLD_FONT))
        pdf.add_font("PUABullets", "", str(PUA_FONT))
        pdf.set_creation_date(datetime(2030, 6, 1, tzinfo=UTC))
        pdf.set_creator("tests/generator.py")
        pdf.set_producer("fpdf2")
        if spec.metadata_title:
            pdf.set_title(spec.metadata_title)
        self.pdf = pdf
        self.page = 0
        self.y = TOP
        self.frames: list[tuple[float, float]] = [(LEFT, RIGHT)]
        self.frame = 0
        self.frame_top = TOP
        self.bottom = BOTTOM
        self.columns = 1
        self.is_cover = False
        self.placement = Placement()
        self.anchors: dict[str, int] = {}  # "K" / "K.3" -> page
        self.last_block_page = 0
        self.inset = 0.0  # inside a table cell: text starts this far from the page margins
        self.answer_left = 0.0  # "grid" layout: where the answer cell starts, from LEFT
        self.box_top: float | None = None  # top of the open bordered box on this page
        self.fields: list[FormField] = []  # form layout: the fields to add after rendering

    # -- pages and frames

    def new_page(self, cover: bool = False) -> None:
        if self.box_top is not None and self.page:  # a box running on: close it on this page
            self.close_box(self.y)
        self.pdf.add_page()
        self.page += 1
        self.is_cover = cover
        self.bottom = BOTTOM
        self.y = TOP
        self.frame_top = TOP
        self.frame = 0
        self.frames = self._frames_for(self.columns)
        if not cover or self.spec.decorate_cover:
            self._decorate()
        if self.box_top is not None:  # ... and open its continuation at the top of the next
            self.box_top = TOP
            self.y = TOP + CELL_PAD
            self.frame_top = self.y

    def _frames_for(self, columns: int) -> list[tuple[float, float]]:
        if columns == 1:
            return [(LEFT + self.answer_left + self.inset, RIGHT - self.inset)]
        width = (RIGHT - LEFT - self.spec.gutter) / 2
        return [(LEFT, LEFT + width), (RIGHT - width, RIGHT)]

    def set_columns(self, columns: int) -> None:
        """Switch the column layout from the current position on (a continuous section break)."""
        self.columns = columns
        self.frames = self._frames_for(columns)
        self.frame = 0
        self.frame_top = self.y

    def next_frame(self) -> None:
        if self.frame + 1 < len(self.frames):
            self.frame += 1
            self.y = self.frame_top
        else:
            self.new_page()

    def ensure(self, height: float) -> None:
        if self.y + height > self.bottom and self.y > self.frame_top:
            self.next_frame()

    @property
    def x0(self) -> float:
        return self.frames[self.frame][0]

    @property
    def x1(self) -> float:
        return self.frames[self.frame][1]

    def _decorate(self) -> None:
        spec = self.spec
        pdf = self.pdf
        if spec.header:
            pdf.set_font("DejaVu", "", 9)
            pdf.text(LEFT, HEADER_BASELINE, spec.header)
            pdf.set_line_width(0.5)
            pdf.line(LEFT, HEADER_BASELINE + 5, RIGHT, HEADER_BASELINE + 5)
        number = self._page_label()
        pdf.set_font("DejaVu", "", 9)
        if spec.footer and number and spec.footer_with_number:
            pdf.text(LEFT, FOOTER_BASELINE, spec.footer)
            pdf.text(RIGHT - pdf.get_string_width(number), FOOTER_BASELINE, number)
            return
        if spec.footer:
            pdf.text(LEFT, FOOTER_BASELINE, spec.footer)
        if number:
            pdf.set_font("DejaVu", "", 10)
            baseline = FOOTER_BASELINE - 16 if spec.footer else FOOTER_BASELINE - 8
            pdf.text((PAGE_WIDTH - pdf.get_string_width(number)) / 2, baseline, number)

    def _page_label(self) -> str | None:
        style = self.spec.page_numbers
        if style is None:
            return None
        return {
            "plain": f"{self.page}",
            "page": f"Page {self.page}",
            "page_of": f"Page {self.page} of {self.total_pages}",
            "dash": f"- {self.page} -",
        }[style]

    # -- drawing lines

    def _font(self, bold: bool, size: float) -> None:
        self.pdf.set_font("DejaVu", "B" if bold else "", size)

    def _width(self, word: _Word, size: float) -> float:
        self._font(word.bold, size)
        width = self.pdf.get_string_width(word.text.replace(SOFT_HYPHEN, ""))
        if word.mark:
            self._font(False, size * 0.6)
            width += self.pdf.get_string_width(word.mark)
        return width

    def _split(self, word: _Word, room: float, size: float) -> tuple[_Word, _Word] | None:
        """Split a word at its last soft or hard hyphen that leaves a head fitting in `room`."""
        text = word.text
        if "@" in text or "://" in text or text.startswith("www."):
            return None
        candidates = [i for i, ch in enumerate(text) if ch in (SOFT_HYPHEN, "-")]
        for i in reversed(candidates):
            if i == 0 or i == len(text) - 1:
                continue
            head_text = text[:i].replace(SOFT_HYPHEN, "") + "-"
            tail_text = text[i + 1 :]
            head = _Word(head_text, None, word.bold)
            if self._width(head, size) <= room:
                return head, _Word(tail_text, word.mark, word.bold)
        return None

    def _split_address(self, word: _Word, room: float, size: float) -> tuple[_Word, _Word] | None:
        """A web address wider than a whole line (in a narrow table cell), broken after its
        last "/" or "-" that leaves a head fitting in `room`, as word processors break it."""
        text = word.text
        if "://" not in text and not text.startswith("www."):
            return None
        start = text.find("://") + 3 if "://" in text else 4
        for i in reversed([i for i, ch in enumerate(text) if ch in "/-" and i >= start]):
            head = _Word(text[: i + 1], None, word.bold)
            if i + 1 < len(text) and self._width(head, size) <= room:
                return head, _Word(text[i + 1 :], word.mark, word.bold)
        return None

    def wrap(self, words: list[_Word | None], size: float, width: float) -> list[list[_Word]]:
        self._font(False, size)
        space = self.pdf.get_string_width(" ")
        lines: list[list[_Word]] = []
        line: list[_Word] = []
        used = 0.0
        queue = list(words)
        while queue:
            word = queue.pop(0)
            if word is None:
                lines.append(line)
                line, used = [], 0.0
                continue
            w = self._width(word, size)
            extra = w if not line else space + w
            # (Only in the table and form layouts: the paragraph fixtures keep their bytes.)
            breaks = not line and self.spec.layout != "paragraphs"
            long_address = self._split_address(word, width, size) if breaks else None
            if w > width and long_address:  # wider than the line: broken after a separator
                lines.append([long_address[0]])
                queue.insert(0, long_address[1])
                continue
            if used + extra <= width or not line:
                line.append(word)
                used += extra
                continue
            split = self._split(word, width - used - space, size)
            if split:
                line.append(split[0])
                queue.insert(0, split[1])
            else:
                queue.insert(0, word)
            lines.append(line)
            line, used = [], 0.0
        if line:
            lines.append(line)
        return lines

    def draw_line(self, words: list[_Word], x: float, size: float) -> None:
        """Draw one line of words whose box starts at self.y; advance self.y."""
        pdf = self.pdf
        leading = size * BODY_LEADING
        baseline = self.y + size * 0.95
        # Words of one style are drawn as one string with real space characters, as word
        # processors do; a style change or a footnote mark starts a new string.
        runs: list[tuple[bool, str, str | None]] = []  # bold, text, mark after it
        for n, word in enumerate(words):
            text = word.text.replace(SOFT_HYPHEN, "")
            if runs and runs[-1][0] == word.bold and runs[-1][2] is None:
                runs[-1] = (word.bold, runs[-1][1] + text, word.mark)
            else:
                runs.append((word.bold, text, word.mark))
            if n < len(words) - 1:
                if word.mark is None:
                    runs[-1] = (runs[-1][0], runs[-1][1] + " ", None)
                else:
                    runs.append((word.bold, " ", None))
        texts = []
        for bold, text, mark in runs:
            self._font(bold, size)
            pdf.text(x, baseline, text)
            self._link_words(text, x, baseline, size)
            x += pdf.get_string_width(text)
            texts.append(text)
            if mark:
                self._font(False, size * 0.6)
                pdf.text(x, baseline - size * 0.38, mark)
                x += pdf.get_string_width(mark)
                texts.append(mark)
        self.placement.lines.append((self.page, round(baseline, 1), "".join(texts)))
        self.last_block_page = self.page
        self.y += leading

    def _link_words(self, text: str, x: float, baseline: float, size: float) -> None:
        pdf = self.pdf
        targets: list[tuple[re.Match[str], str]] = []
        if self.spec.link_emails:
            targets += [(m, f"mailto:{m.group(0)}") for m in EMAIL_RE.finditer(text)]
        if self.spec.link_urls:
            for m in URL_RE.finditer(text):
                uri = m.group(0)
                targets.append((m, uri if uri.startswith("http") else f"http://{uri}"))
        for m, uri in targets:
            left = x + pdf.get_string_width(text[: m.start()])
            width = pdf.get_string_width(m.group(0))
            pdf.link(left, baseline - size * 0.9, width, size * 1.2, uri)

    def flow(
        self,
        text: str,
        size: float,
        bold: bool = False,
        indent: float = 0.0,
        first_indent: float | None = None,
        keep_lines: int = 1,
    ) -> None:
        """Set a paragraph of markup in the current frame, moving on to the next frame or page
        when it is full."""
        leading = size * BODY_LEADING
        first = indent if first_indent is None else first_indent
        width = self.x1 - self.x0 - indent
        lines = self.wrap(_words(text, bold), size, width)
        self.ensure(leading * min(keep_lines, len(lines)))
        for line in lines:
            self.ensure(leading)
            self.draw_line(line, self.x0 + (first if line is lines[0] else indent), size)

    # -- blocks

    def gap(self, height: float) -> None:
        if self.y > self.frame_top:
            self.y += height

    def card(self, card: Card, first: bool) -> None:
        spec = self.spec
        if card.new_page and not first:
            self.set_columns(1)
            self.new_page()
        elif not first:
            self.set_columns(1)
        start_page = self.page
        if card.title is not None:
            self.anchors[card.letter or "-"] = self.page
            title = f"{card.letter}. {card.title}" if card.letter else card.title
            self.flow(title, spec.title_size, bold=True, keep_lines=3)
            self.y += 10
        if spec.layout in ("table", "grid", "form"):
            self.nominee_cells(card.nominee)
        for n, line in enumerate(card.nominee if spec.layout == "paragraphs" else []):
            if line.label:
                if n:
                    self.y += 4
                label = _Word(line.label, None, spec.label_bold)
                words: list[_Word | None] = [label, *_words(line.value)]
            else:
                words = list(_words(line.value))
            for wrapped in self.wrap(words, spec.body_size, self.x1 - self.x0):
                self.ensure(spec.body_size * BODY_LEADING)
                self.draw_line(wrapped, self.x0, spec.body_size)
        if card.nominee:
            self.y += 10
        if card.columns != 1:
            self.set_columns(card.columns)
        sections: list[dict[str, Any]] = []
        for section in card.sections:
            sections.append(self.section(card, section))
        for line in spec.closing if card is spec.cards[-1] else []:
            self.gap(PARAGRAPH_GAP)
            self.flow(line, spec.body_size)
        self.placement.cards.append(
            {"letter": card.letter, "pages": (start_page, self.page), "sections": sections}
        )

    def section(self, card: Card, section: Section) -> dict[str, Any]:
        spec = self.spec
        heading_page = self.page
        if section.heading is not None:
            self.gap(HEADING_GAP_BEFORE)
            head = (
                spec.heading_format.format(number=section.number, heading=section.heading)
                if section.number
                else section.heading
            )
            leading = spec.heading_size * BODY_LEADING
            width = LABEL_CELL - 2 * CELL_PAD if spec.layout == "grid" else self.x1 - self.x0
            lines = self.wrap(_words(head, spec.heading_bold), spec.heading_size, width)
            # keep the heading with the first two lines of its body
            self.ensure(leading * len(lines) + HEADING_GAP_AFTER + 2 * spec.body_size * 1.4)
            heading_page = self.page
            self.anchors[f"{card.letter or '-'}.{section.number}"] = self.page
            if spec.layout in ("table", "grid"):
                self.open_box()
            for line in lines:
                self.draw_line(line, self.x0, spec.heading_size)
            if spec.layout == "grid":  # the answer's cell starts beside the heading's
                heading_bottom = self.y
                self.answer_left = LABEL_CELL
                self.frames = self._frames_for(1)
                self.y = (self.box_top or self.y) + CELL_PAD
            elif spec.layout == "table":  # the heading's cell ends; the answer's starts
                self.y += CELL_PAD
                self.pdf.line(LEFT, self.y, RIGHT, self.y)
                self.y += CELL_PAD
            else:
                self.y += HEADING_GAP_AFTER
        if spec.layout == "form" and is_option_list(section.blocks):
            self.check_boxes([block for block in section.blocks if isinstance(block, Item)])
            return {"number": section.number, "pages": (heading_page, self.page), "blocks": []}
        if spec.layout == "form":
            self.answer_fields(section.blocks)
            return {"number": section.number, "pages": (heading_page, self.page), "blocks": []}
        previous: Block | None = None
        block_pages: list[tuple[str, int]] = []
        for block in section.blocks:
            self.block(block, previous)
            if not isinstance(block, PageBreak | ColumnBreak | ImagePage):
                block_pages.append((type(block).__name__, self.last_block_page))
            previous = block
        if spec.layout == "grid" and self.page == heading_page:
            self.y = max(self.y, heading_bottom)  # a short answer: the heading's cell is taller
        if spec.layout in ("table", "grid"):
            self.close_box(self.y + CELL_PAD)
            self.box_top = None
            self.inset = self.answer_left = 0.0
            self.frames = self._frames_for(1)
            self.y += CELL_PAD
        return {
            "number": section.number,
            "pages": (heading_page, self.page),
            "blocks": block_pages,
        }

    # -- tables and form fields

    def open_box(self) -> None:
        """Start a bordered box across the frame; text inside starts CELL_PAD in."""
        self.box_top = self.y
        self.inset = CELL_PAD
        self.frames = self._frames_for(1)
        self.y += CELL_PAD

    def close_box(self, bottom: float) -> None:
        assert self.box_top is not None
        self.pdf.set_line_width(0.6)
        self.pdf.rect(LEFT, self.box_top, RIGHT - LEFT, bottom - self.box_top)
        if self.answer_left:  # the rule between the heading's cell and the answer's
            x = LEFT + self.answer_left
            self.pdf.line(x, self.box_top, x, bottom)

    def nominee_cells(self, fields: list[Field]) -> None:
        """The nominee block as rows of label | value: bordered cells, or printed labels with
        form fields beside them."""
        size = self.spec.body_size
        leading = size * BODY_LEADING
        for label, value in nominee_rows(fields):
            if self.spec.layout == "form":
                self.nominee_field(label, value, size)
                continue
            label_lines = self.wrap(
                _words(label.rstrip(":").strip(), self.spec.label_bold),
                size,
                LABEL_CELL - 2 * CELL_PAD,
            )
            value_lines = self.wrap(_words(value), size, RIGHT - LEFT - LABEL_CELL - 2 * CELL_PAD)
            height = max(len(label_lines), len(value_lines)) * leading + 2 * CELL_PAD
            self.ensure(height)
            top = self.y
            self.pdf.set_line_width(0.6)
            self.pdf.rect(LEFT, top, LABEL_CELL, height)
            self.pdf.rect(LEFT + LABEL_CELL, top, RIGHT - LEFT - LABEL_CELL, height)
            for x, lines in ((LEFT, label_lines), (LEFT + LABEL_CELL, value_lines)):
                self.y = top + CELL_PAD
                for line in lines:
                    self.draw_line(line, x + CELL_PAD, size)
            self.y = top + height
        self.y += 6

    def nominee_field(self, label: str, value: str, size: float) -> None:
        """A printed label and a text field after it on the same line."""
        leading = size * BODY_LEADING
        self._font(self.spec.label_bold, size)
        x = self.x0 + self.pdf.get_string_width(label) + 6
        lines = self.wrap(_words(value), size, RIGHT - x - 4)
        height = max(len(lines), 1) * leading + 2
        self.ensure(height)
        self.draw_line([_Word(label, None, self.spec.label_bold)], self.x0, size)
        self.y -= leading
        box = FormField(self.page, x, self.y - 1, RIGHT - x, height, value, len(lines) > 1)
        # The country is picked from a list, as templates offer it.
        kind = "choice" if label.lower().startswith("country") else "text"
        self.fields.append(dataclasses.replace(box, kind=kind))
        self.y += height + 4

    def answer_fields(self, blocks: list[Block]) -> None:
        """A section's answer as multi-line text fields: as many blocks as fit on the page in
        each, the rest in a field on the next page."""
        size = self.spec.body_size
        leading = size * BODY_LEADING
        width = self.x1 - self.x0
        pending: list[Block] = []
        used = 0.0
        for block in blocks:
            lines = sum(
                max(len(self.wrap(_words(part), size, width - 24)), 1)
                for part in field_value([block]).split("\n")
            )
            height = (lines + 1) * leading
            if self.y + used + height > self.bottom and (pending or self.y > self.frame_top):
                if pending:
                    self.answer_field(pending, used)
                pending, used = [], 0.0
                self.new_page()
            pending.append(block)
            used += height
        if pending:
            self.answer_field(pending, used)
        self.y += HEADING_GAP_BEFORE

    def check_boxes(self, items: list[Item]) -> None:
        """A list of options: each one's label printed, a ticked check box before it."""
        size = self.spec.body_size
        leading = size * BODY_LEADING
        text_x = LIST_INDENT + LIST_TEXT_INDENT
        for item in items:
            lines = self.wrap(_words(item.text), size, self.x1 - self.x0 - text_x)
            self.ensure(leading * len(lines))
            box_top = self.y + (leading - CHECK_BOX) / 2
            box = FormField(self.page, self.x0 + LIST_INDENT, box_top, CHECK_BOX, CHECK_BOX, "")
            self.fields.append(dataclasses.replace(box, kind="check"))
            for line in lines:
                self.ensure(leading)
                self.draw_line(line, self.x0 + text_x, size)
        self.y += HEADING_GAP_BEFORE

    def answer_field(self, blocks: list[Block], height: float) -> None:
        height = min(height, self.bottom - self.y)
        value = field_value(blocks)
        self.fields.append(
            FormField(self.page, self.x0, self.y, self.x1 - self.x0, height, value, True)
        )
        self.last_block_page = self.page
        self.y += height

    def block(self, block: Block, previous: Block | None) -> None:
        size = self.spec.body_size
        if isinstance(block, Para):
            if previous is not None:
                self.gap(PARAGRAPH_GAP)
            self.flow(block.text, size, keep_lines=2)
        elif isinstance(block, Item):
            if previous is not None and not isinstance(previous, Item):
                self.gap(PARAGRAPH_GAP)
            self.item(block, size)
        elif isinstance(block, Subheading):
            if previous is not None:
                self.gap(PARAGRAPH_GAP + 2)
            self.flow(block.text, size, bold=block.bold, keep_lines=3)
        elif isinstance(block, Footnote):
            self.footnote(block)
        elif isinstance(block, PageBreak):
            self.new_page()
        elif isinstance(block, ColumnBreak):
            self.next_frame()
        elif isinstance(block, ImagePage):
            self.image_page(block)

    def item(self, item: Item, size: float) -> None:
        leading = size * BODY_LEADING
        text_x = item.indent + LIST_TEXT_INDENT
        if item.marker not in (SYMBOL_BULLET, PUA_BULLET, PUA_SQUARE, "•", "▪", "◦", "–", "o", "¶"):
            # enumerations: a marker wider than the hanging indent pushes the text to the
            # next tab stop, as a word processor does
            self._font(item.bold, size)
            marker_end = item.indent + self.pdf.get_string_width(item.marker)
            while text_x < marker_end + 4:
                text_x += LIST_TEXT_INDENT
        lines = self.wrap(_words(item.text, item.bold), size, self.x1 - self.x0 - text_x)
        self.ensure(leading)
        baseline = self.y + size * 0.95
        marker_x = self.x0 + item.indent
        if item.marker == SYMBOL_BULLET:
            self.pdf.set_font("Symbol", "", size)
            self.pdf.text(marker_x, baseline, "\u00b7")
        elif item.marker in (PUA_BULLET, PUA_SQUARE):
            self.pdf.set_font("PUABullets", "", size)
            self.pdf.text(marker_x, baseline, item.marker)
        else:
            self._font(item.bold, size)
            self.pdf.text(marker_x, baseline, item.marker)
        for line in lines:
            self.ensure(leading)
            self.draw_line(line, self.x0 + text_x, size)

    def footnote(self, note: Footnote) -> None:
        pdf = self.pdf
        leading = FOOTNOTE_SIZE * 1.25
        width = self.x1 - self.x0 - 8
        lines = self.wrap(_words(note.text), FOOTNOTE_SIZE, width)
        height = leading * len(lines) + 10
        top = self.bottom - height
        if self.y > top:
            raise ValueError(f"footnote {note.mark!r} does not fit on page {self.page}")
        pdf.set_line_width(0.5)
        pdf.line(self.x0, top + 2, self.x0 + 120, top + 2)
        saved = self.y
        self.y = top + 8
        first_baseline = self.y + FOOTNOTE_SIZE * 0.95
        self._font(False, FOOTNOTE_MARK_SIZE)
        pdf.text(self.x0, first_baseline - FOOTNOTE_SIZE * 0.35, note.mark)
        for line in lines:
            self.draw_line(line, self.x0 + 8, FOOTNOTE_SIZE)
        self.y = saved
        self.bottom = top - 4

    def image_page(self, block: ImagePage) -> None:
        self.draw_image_page(block)
        self.new_page()  # the text goes on on a fresh page

    def draw_image_page(self, block: ImagePage) -> None:
        """A page with one picture and no text at all (not even a header or page number)."""
        from PIL import Image, ImageDraw

        self.pdf.add_page()
        self.page += 1
        picture = Image.new("RGB", (block.width, block.height), (235, 235, 235))
        draw = ImageDraw.Draw(picture)
        for n in range(6):
            draw.rectangle((20 + 60 * n, 40, 60 + 60 * n, 260 - 30 * n), fill=(60, 90, 150))
        self.pdf.image(picture, x=LEFT, y=TOP, w=RIGHT - LEFT)

    # -- front matter

    def cover(self, cover: Cover) -> None:
        self.new_page(cover=True)
        self.y = 200
        self.flow(cover.title, 24, bold=True)
        self.y += 16
        for line in cover.lines:
            self.flow(line, 14)
            self.y += 6

    def toc(self) -> None:
        spec = self.spec
        self.new_page()
        self.flow(spec.toc_title, 16, bold=True)
        self.y += 12
        size = spec.body_size
        for card in spec.cards:
            if card.title is None:
                continue
            title = card.toc_title or card.title
            label = f"{card.letter}. " if card.letter else ""
            self.y += 4
            self.toc_entry(label + title, self.toc_pages.get(card.letter or "-", 99), 0, True)
            if not spec.toc_sections:
                continue
            for section in card.sections:
                if section.heading is None:
                    continue
                key = f"{card.letter or '-'}.{section.number}"
                text = f"{section.number}. {section.heading}"
                self.toc_entry(text, self.toc_pages.get(key, 99), 24, False)
            self._font(False, size)

    def toc_entry(self, text: str, page: int, indent: float, bold: bool) -> None:
        pdf = self.pdf
        size = self.spec.body_size
        number = str(page)
        self._font(bold, size)
        number_width = pdf.get_string_width("999")
        width = RIGHT - LEFT - indent - number_width - 12
        lines = self.wrap(_words(text, bold), size, width)
        for n, line in enumerate(lines):
            self.ensure(size * BODY_LEADING)
            if n < len(lines) - 1:
                self.draw_line(line, LEFT + indent, size)
                continue
            baseline = self.y + size * 0.95
            self.draw_line(line, LEFT + indent, size)
            self._font(bold, size)
            used = pdf.get_string_width(" ".join(w.text for w in line))
            dot = pdf.get_string_width(".")
            start = LEFT + indent + used + 2
            end = RIGHT - pdf.get_string_width(number) - 3
            dots = "." * max(3, int((end - start) / dot))
            pdf.text(start, baseline, dots)
            pdf.text(RIGHT - pdf.get_string_width(number), baseline, number)


CELL_PAD = 5.0  # space between a table cell's border and its text
LABEL_CELL = 150.0  # width of the nominee table's label column
FIELD_FONT_SIZE = 11.0
ENUMERATION_MARKER = re.compile(r"^(?:\(?[0-9a-z]{1,4}\)|[0-9]{1,2}\.)$")


@dataclass
class FormField:
    """A text field of the fillable form: page, box (top-down points), value."""

    page: int
    x: float
    top: float
    width: float
    height: float
    value: str
    multiline: bool = False
    kind: str = "text"  # "text"; "choice": a combo box; "check": a ticked check box


CHECK_BOX = 10.0  # side of a check box


def is_option_list(blocks: list[Block]) -> bool:
    """A list of bullet items only: on a fillable form, options ticked in check boxes."""
    items = [block for block in blocks if not isinstance(block, PageBreak | ColumnBreak)]
    return bool(items) and all(
        isinstance(block, Item) and not ENUMERATION_MARKER.match(block.marker) for block in items
    )


def nominee_rows(fields: list[Field]) -> list[tuple[str, str]]:
    """(label, value) per labelled line; a line without a label joins the value above."""
    rows: list[tuple[str, str]] = []
    for line in fields:
        if line.label or not rows:
            rows.append((line.label, line.value))
        else:
            rows[-1] = (rows[-1][0], f"{rows[-1][1]}\n{line.value}".strip())
    return rows


def field_value(blocks: list[Block]) -> str:
    """A section's blocks as typed into a multi-line field: paragraphs apart by a blank
    line, list items one per line with their marker and a tab."""
    parts: list[str] = []
    previous: Block | None = None
    for block in blocks:
        if isinstance(block, Para | Subheading):
            text = block.text
        elif isinstance(block, Item):
            marker = block.marker if ENUMERATION_MARKER.match(block.marker) else "•"
            text = f"{marker}\t{block.text}"
        else:
            continue
        if previous is not None:
            both_items = isinstance(block, Item) and isinstance(previous, Item)
            parts.append("\n" if both_items else "\n\n")
        parts.append(FOOTNOTE_REF_RE.sub("", text).replace(SOFT_HYPHEN, ""))
        previous = block
    return "".join(parts)


def add_form_fields(data: bytes, fields: list[FormField]) -> bytes:
    """The PDF with an AcroForm text field (widget, value, appearance stream) per field."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        BooleanObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    font = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
                NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
            }
        )
    )
    resources = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/Helv"): font})}
    )
    field_refs = ArrayObject()
    appearance = f"/Helv {FIELD_FONT_SIZE:g} Tf 0 g"
    for n, item in enumerate(fields, start=1):
        page = writer.pages[item.page - 1]
        height = float(page.mediabox.height)
        rect = [item.x, height - item.top - item.height, item.x + item.width, height - item.top]
        if item.kind == "check":
            widget = check_box_widget(writer, f"field{n}", rect)
            widget[NameObject("/P")] = page.indirect_reference
            reference = writer._add_object(widget)
            if "/Annots" not in page:
                page[NameObject("/Annots")] = ArrayObject()
            page["/Annots"].append(reference)  # type: ignore[union-attr]
            field_refs.append(reference)
            continue
        widget = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/FT"): NameObject("/Ch" if item.kind == "choice" else "/Tx"),
                NameObject("/T"): TextStringObject(f"field{n}"),
                NameObject("/V"): TextStringObject(item.value),
                NameObject("/Rect"): ArrayObject(FloatObject(round(v, 2)) for v in rect),
                NameObject("/DA"): TextStringObject(appearance),
                NameObject("/F"): NumberObject(4),
                NameObject("/Ff"): NumberObject(field_flags(item)),
                NameObject("/P"): page.indirect_reference,
                NameObject("/AP"): DictionaryObject(
                    {NameObject("/N"): text_appearance(writer, item, resources)}
                ),
            }
        )
        if item.kind == "choice":
            widget[NameObject("/Opt")] = ArrayObject([TextStringObject(item.value)])
        reference = writer._add_object(widget)
        if "/Annots" not in page:
            page[NameObject("/Annots")] = ArrayObject()
        page["/Annots"].append(reference)  # type: ignore[union-attr]
        field_refs.append(reference)
    writer._root_object[NameObject("/AcroForm")] = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Fields"): field_refs,
                NameObject("/DA"): TextStringObject(appearance),
                NameObject("/DR"): resources,
                NameObject("/NeedAppearances"): BooleanObject(False),
            }
        )
    )
    # Appearance streams, so that a viewer shows the values without regenerating them.
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def field_flags(item: FormField) -> int:
    if item.kind == "choice":
        return 1 << 17  # a combo box
    return 1 << 12 if item.multiline else 0  # multi-line text


def text_appearance(writer: Any, item: FormField, resources: Any) -> Any:
    """The field's appearance stream: its value in Helvetica, wrapped at the field's width as
    a viewer wraps a multi-line field (pypdf's own appearance does not wrap). Letters outside
    Helvetica's encoding show as "?" in the picture only; the value itself is exact."""
    from pypdf.generic import ArrayObject, DecodedStreamObject, FloatObject, NameObject

    metrics = FPDF(unit="pt")
    metrics.set_font("Helvetica", size=FIELD_FONT_SIZE)
    width = item.width - 4
    leading = FIELD_FONT_SIZE * 1.2
    rows: list[str] = []
    for line in item.value.replace("\t", "    ").split("\n"):
        row = ""
        for word in line.split(" "):
            trial = f"{row} {word}" if row else word
            fits = metrics.get_string_width(trial.encode("latin-1", "replace").decode("latin-1"))
            if row and item.multiline and fits > width:
                rows.append(row)
                row = word
            else:
                row = trial
        rows.append(row)
    top = (
        item.height - 2 - FIELD_FONT_SIZE
        if item.multiline
        else (item.height - FIELD_FONT_SIZE) / 2 + 2
    )
    text = " T* ".join(f"({pdf_string(row)}) Tj" for row in rows)
    content = (
        f"/Tx BMC q BT /Helv {FIELD_FONT_SIZE:g} Tf 0 g {leading:.2f} TL "
        f"2 {top:.2f} Td {text} ET Q EMC"
    )
    stream = DecodedStreamObject()
    stream.set_data(content.encode("cp1252", "replace"))
    stream[NameObject("/Type")] = NameObject("/XObject")
    stream[NameObject("/Subtype")] = NameObject("/Form")
    stream[NameObject("/BBox")] = ArrayObject(
        FloatObject(v) for v in (0, 0, round(item.width, 2), round(item.height, 2))
    )
    stream[NameObject("/Resources")] = resources
    return writer._add_object(stream)


def pdf_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def check_box_widget(writer: Any, name: str, rect: list[float]) -> Any:
    """A ticked check box: on-state /Yes, with a drawn box and tick for each state."""
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    width, height = rect[2] - rect[0], rect[3] - rect[1]
    border = f"0 G 0.6 w 0.3 0.3 {width - 0.6:.2f} {height - 0.6:.2f} re S"
    tick = f"1.2 w 2 {height / 2:.2f} m {width * 0.4:.2f} 2 l {width - 2:.2f} {height - 2:.2f} l S"

    def appearance(content: str) -> Any:
        stream = DecodedStreamObject()
        stream.set_data(content.encode("ascii"))
        stream[NameObject("/Type")] = NameObject("/XObject")
        stream[NameObject("/Subtype")] = NameObject("/Form")
        stream[NameObject("/BBox")] = ArrayObject(
            FloatObject(v) for v in (0, 0, round(width, 2), round(height, 2))
        )
        return writer._add_object(stream)

    states = DictionaryObject(
        {
            NameObject("/Yes"): appearance(f"q {border} {tick} Q"),
            NameObject("/Off"): appearance(f"q {border} Q"),
        }
    )
    return DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/FT"): NameObject("/Btn"),
            NameObject("/T"): TextStringObject(name),
            NameObject("/V"): NameObject("/Yes"),
            NameObject("/AS"): NameObject("/Yes"),
            NameObject("/Rect"): ArrayObject(FloatObject(round(v, 2)) for v in rect),
            NameObject("/F"): NumberObject(4),
            NameObject("/DA"): TextStringObject("/ZaDb 0 Tf 0 g"),
            NameObject("/AP"): DictionaryObject({NameObject("/N"): states}),
        }
    )


def _render_once(
    spec: Nomination, toc_pages: dict[str, int] | None, total_pages: int = 0
) -> tuple[_Writer, bytes]:
    writer = _Writer(spec, toc_pages, total_pages)
    if spec.cover:
        writer.cover(spec.cover)
    if spec.toc:
        writer.toc()
    for n, card in enumerate(spec.cards):
        if n == 0:
            writer.new_page()  # the first card opens a page after the front matter
        writer.card(card, first=n == 0)
    data = bytes(writer.pdf.output())
    if spec.layout == "form":
        data = add_form_fields(data, writer.fields)
    return writer, data


def render(spec: Nomination) -> Rendered:
    """PDF bytes of a nomination file (two passes when it has a table of contents or prints
    the page count)."""
    writer, data = _render_once(spec, None)
    if spec.toc or spec.page_numbers == "page_of":
        writer, data = _render_once(spec, writer.anchors, writer.page)
    return Rendered(data=data, page_count=writer.page, placement=writer.placement)


def render_image_only(pages: int = 2) -> bytes:
    """A PDF whose every page is a picture: no text layer at all."""
    writer = _Writer(Nomination(file_name="scan.pdf", cards=[]), None)
    for _ in range(pages):
        writer.draw_image_page(ImagePage())
    return bytes(writer.pdf.output())


# ---------------------------------------------------------------- the cases


def _ilo_contacts() -> list[Block]:
    return [
        Para(
            "Lindiwe Mokoena-Dube, Head, Partnerships Unit, Cooperation Department, "
            "mokoena-dube@ilo.org"
        ),
        Para("Tomás Echeverría, Partnerships Officer, Cooperation Department, echeverria@ilo.org"),
    ]


def batch_kml() -> Nomination:
    """A compiled batch: cover, contents, running header/footer and page numbers, cards K, M, L."""
    card_k = Card(
        letter="K",
        title="Cooperative Dairy Hubs for Smallholder Farmers in the Rift Valley",
        nominee=[
            Field(
                "Nominee:",
                "Ms. Wanjiru Kamau-Otieno, Programme Director, Rift Valley Dairy Cooperative "
                "Union (RVDCU)",
            ),
            Field("Country:", "Kenya"),
            Field("Tel.:", "+254 722 418 903; +254 20 271 5540"),
            Field("E-mail:", "w.kamau@rvdcu.co.ke"),
        ],
        sections=[
            Section(
                1,
                "Description and Title of the South-South Initiative, including background "
                "and challenges",
                [
                    Para(
                        "The Rift Valley Dairy Cooperative Union (RVDCU) brings together "
                        "smallholder dairy farmers from Nakuru County[^1] and neighbouring "
                        "counties. Since 2026 the union has run chilling hubs where members "
                        "deliver milk twice a day and receive payment through a mobile wallet."
                    ),
                    Para(
                        "A. Chebet, a farmer from Molo, summed up the challenge: milk spoiled "
                        "before it reached a buyer, and prices were set by whoever came first "
                        "with a truck."
                    ),
                    Footnote(
                        "1",
                        "The county cooperative register lists 41 primary dairy societies "
                        "affiliated to the union.",
                    ),
                ],
            ),
            Section(
                2,
                "Main partners",
                [
                    Item("Rift Valley Dairy Cooperative Union (RVDCU)"),
                    Item("Uganda Dairy Farmers Alliance (UDFA)"),
                    Item("Kenya Dairy Training Institute, Naivasha"),
                ],
            ),
            Section(
                3,
                "Horizontal dimension of cooperation",
                [
                    Para(
                        "Farmer leaders from Uganda and Rwanda spent two weeks at the hubs in "
                        "2028 and 2029, learning how the cooling, testing and payment steps fit "
                        "together, and how the union keeps its books open to members."
                    )
                ],
            ),
            Section(
                4,
                "Achievements and impact (from a SSTC perspective):",
                [
                    Item(
                        "Less milk lost: spoilage fell from one litre in five to one in fifty.",
                        marker="(1)",
                        indent=0,
                    ),
                    Item(
                        "Better prices: members are paid within a day at a price agreed "
                        "once a year.",
                        marker="(2)",
                        indent=0,
                    ),
                    Subheading("Results for members"),
                    Para(
                        "Household income from milk rose by a third on average between 2026 "
                        "and 2029, and the share of women among members reached 46 per cent. "
                        "The union now buys milk from 9,400 households in four counties and "
                        "sells it to two processors under contracts negotiated by an elected "
                        "committee."
                    ),
                    Para(
                        "The hubs also changed how young people see dairy farming. Twenty-six "
                        "young graduates now work as milk testers, accountants and extension "
                        "officers, and several run their own fodder businesses supplying "
                        "members during the dry season. Their work is paid from a levy of "
                        "fifty cents on each litre, which the members approved in 2027 after a "
                        "long debate in every hub, and which has been collected without "
                        "interruption since then. The levy also pays for two refresher "
                        "courses a year at the Kenya Dairy Training Institute, where the "
                        "testers learn to calibrate their equipment and to train new staff. "
                        "Visitors from Uganda and Rwanda attended these courses in 2029, and "
                        "the union lent them testing kits for their own pilot hubs."
                    ),
                ],
            ),
            Section(
                5,
                "Sustainability",
                [
                    Para(
                        "The hubs are owned by the union and financed from members' fees; no "
                        "grant has been needed since 2028."
                    )
                ],
            ),
            Section(6, "Innovation", [Para("Payment by mobile wallet within a day of delivery.")]),
            Section(
                7,
                "Replicability and scaling up (South-South perspective)",
                [Para("Two Ugandan cooperatives opened hubs on the same model in 2029.")],
            ),
            Section(
                8,
                "Areas of contribution",
                [Item("Rural employment"), Item("Food security"), Item("Cooperative finance")],
            ),
            Section(
                9,
                "Awareness of the initiative",
                [Para("See www.rvdcu.co.ke and the union's radio programme on Fridays.")],
            ),
            Section(
                10,
                "Contacts",
                [
                    Para(
                        "Mr. Joseph Kiprono Langat, Hub Coordinator, RVDCU, "
                        "j.langat@rvdcu.co.ke, Tel. +254 733 905 118"
                    )
                ],
            ),
            Section(11, "ILO Contacts", _ilo_contacts()),
        ],
    )
    card_m = Card(
        letter="M",
        title="Weaving Cooperatives of the Mekong: Peer Exchange between Women Artisans "
        "of Viet Nam, Cambodia and the Lao People's Democratic Republic on Design, "
        "Quality and Fair Trade Certification",
        nominee=[
            Field(
                "Nominee:",
                "Dr. Nguyen Thi Minh Hoa, Deputy Director, Institute for Cooperative "
                "Economics, Viet Nam",
            ),
            Field("Mobile:", "+84 913 552 807"),
            Field("Phone:", "+84 24 3826 9556"),
            Field("E-mail:", "hoa.nguyen@icevn.org.vn; secretariat@icevn.org.vn"),
        ],
        sections=[
            Section(
                1,
                "Description and Title of the South-South and triangular cooperation "
                "Initiative, including background and challenges",
                [
                    Para(
                        "Women weavers in the three countries share techniques but rarely "
                        "meet. The exchange started in 2027 with twelve cooperatives."
                    )
                ],
            ),
            Section(2, "Main partners", [Para("Mekong Handloom Network; Hanoi Design College.")]),
            Section(
                3,
                "Horizontal dimension of cooperation",
                [Para("Each cooperative hosts one exchange visit a year.")],
            ),
            Section(
                4,
                "Achievements and impact (from a SSTC perspective)",
                [Para("Nine cooperatives obtained fair trade certification by 2030.")],
            ),
            Section(
                6, "Innovation", [Para("A shared pattern library, free for member cooperatives.")]
            ),
            Section(
                7,
                "Replicability and scaling up (South-South perspective)",
                [Para("Weavers from Myanmar asked to join in 2031.")],
            ),
            Section(8, "Areas of contribution", [Para("Women's employment; cultural heritage.")]),
            Section(
                9,
                "Awareness of the initiative",
                [Para("An annual fair in Hoi An presents the year's work.")],
            ),
            Section(
                10,
                "Contacts",
                [Para("Dr. Nguyen Thi Minh Hoa, hoa.nguyen@icevn.org.vn, +84 913 552 807")],
            ),
            Section(11, "ILO Contacts", _ilo_contacts()),
            Section(
                12,
                "Participating organizations of the Mekong weaving exchange",
                [
                    Subheading("CAMBODIA"),
                    Para("Takeo Silk Weavers Association"),
                    Para("Khmer Rural Crafts Cooperative"),
                    Subheading("VIET NAM"),
                    Para("Van Phuc Weaving Cooperative"),
                ],
            ),
        ],
    )
    card_l = Card(
        letter="L",
        title="Andean Producer Networks for Solidarity Finance",
        nominee=[
            Field(
                "Nominee:",
                "Mr. Rodrigo Quispe Mamani, Coordinator, Red Andina de Finanzas Solidarias "
                "(RAFISOL)",
            ),
            Field("Telephone number:", "+51 1 442 7316"),
            Field("Fax number:", "+51 1 442 7320"),
            Field("E-mail:", "R.Quispe@RAFISOL.org.pe"),
        ],
        sections=[
            Section(
                1,
                "Background and description of the practice",
                [
                    Para("The network links savings groups in three Andean regions:"),
                    Item("Cusco and Puno", marker="–"),
                    Item("Cochabamba", marker="–"),
                    Item("Chimborazo", marker="–"),
                ],
            ),
            Section(
                2,
                "Main partners",
                [Para("Savings groups, two credit unions and a rural bank.")],
            ),
            Section(
                3,
                "Horizontal dimension of cooperation",
                [
                    Item("Exchange visits between savings groups", marker=SYMBOL_BULLET),
                    Item("A shared training manual in Spanish and Quechua", marker=SYMBOL_BULLET),
                ],
            ),
            Section(
                4,
                "Impact and results achieved",
                [
                    Item("4,800 members save every month", marker="o"),
                    Item("Loan repayment above 97 per cent", marker="o"),
                ],
            ),
            Section(
                5,
                "Sustainability",
                [Para("Groups pay a small fee to the network from their interest income.")],
            ),
            Section(
                6,
                "Innovation",
                [
                    Item("Solidarity guarantees instead of collateral", marker="▪"),
                    Item("Meetings held in Quechua and Aymara", marker="▪"),
                ],
            ),
            Section(
                7,
                "Potential for replication",
                [Para("Any region with active savings groups can join within a year.")],
            ),
            Section(
                8,
                "Areas of contribution",
                [
                    Item("Financial inclusion", marker=PUA_BULLET),
                    Item("Indigenous languages in finance", marker=PUA_BULLET),
                ],
            ),
            Section(
                9,
                "Dissemination and visibility",
                [Para("Radio spots in three languages and a yearly regional meeting.")],
            ),
            Section(
                10,
                "Contact details",
                [Para("Mr. Rodrigo Quispe Mamani, r.quispe@rafisol.org.pe")],
            ),
        ],
    )
    return Nomination(
        file_name="generated_batch_kml.pdf",
        metadata_title="Nairobi Cooperative Exchange Forum 2030",
        cover=Cover(
            "Nairobi Cooperative Exchange Forum 2030",
            [
                "Good practices of South-South and triangular cooperation among cooperatives",
                "Solutions proposed",
            ],
        ),
        toc=True,
        header="Nairobi Cooperative Exchange Forum 2030 – Solutions proposed",
        footer="Compiled by the Forum Secretariat",
        page_numbers="plain",
        footer_with_number=True,
        cards=[card_k, card_m, card_l],
    )


def single_nepal() -> Nomination:
    """One nomination without a letter; enumerations inside sections; hyphenated line ends."""
    card = Card(
        letter=None,
        title="Community Forest User Groups Sharing Green Enterprise Skills across the Himalayas",
        nominee=[
            Field(
                "Nominee:",
                "Prof. Sushila Adhikari Shrestha, Chairperson, Federation of Community Forest "
                "Enterprises (FECOFE)",
            ),
            Field("Country:", "Nepal"),
            Field("Phone:", "+977 1 4412733 / +977 985 102 2417"),
            Field("Email:", "sushila@fecofe.org.np"),
        ],
        sections=[
            Section(
                1,
                "Description and Title of the South-South Initiative, including background "
                "and challenges",
                [
                    Para(
                        "Forest user groups in the hills of Nepal run small enterprises that "
                        "turn low-\nincome families into entrepreneurs, and the exchanges "
                        "support the develop-\nment of fair trade between the districts on "
                        "both sides of the long Nepal-\nBhutan border and the plains of the "
                        "Terai."
                    ),
                    Item(
                        "The first exchange brought forest user groups from Bhutan to "
                        "Dolakha in 2028.",
                        marker="1)",
                        indent=0,
                    ),
                    Item(
                        "The second took Nepali trainers to the Chittagong Hill Tracts in 2029.",
                        marker="2)",
                        indent=0,
                    ),
                    Para("Both exchanges were paid for by the groups themselves."),
                ],
            ),
            Section(
                2,
                "Main partners",
                [Para("Forest user groups of Nepal, Bhutan and Bangladesh; FECOFE.")],
            ),
            Section(
                3,
                "Horizontal dimension of cooperation",
                [
                    Para(
                        "Trainers move between the groups and learn from each other as "
                        "equals: every visiting group hosts a return visit within two years."
                    )
                ],
            ),
            Section(
                4,
                "Achievements and impact (from a SSTC perspective)",
                [
                    Item("Thirty-one enterprises were started.", marker="(a)"),
                    Item("Most of them are run by women.", marker="(b)"),
                ],
            ),
            Section(
                5,
                "Sustainability",
                [
                    Para("The enterprises pay for the exchanges:"),
                    Item("from their sales;", marker="(i)"),
                    Item("from their members' savings.", marker="(ii)"),
                ],
            ),
            Section(
                6,
                "Innovation",
                [Para("Enterprise accounts are read aloud at every group meeting.")],
            ),
            Section(
                7,
                "Replicability and scaling up (South-South perspective)",
                [Para("Groups in Sikkim have asked for a visit in 2031.")],
            ),
            Section(
                8,
                "Areas of contribution",
                [Item("Green jobs", marker="a)"), Item("Forest governance", marker="b)")],
            ),
            Section(
                9,
                "Awareness of the initiative",
                [Para("A video in Nepali and English is at https://www.fecofe.org.np/exchange")],
            ),
            Section(
                10,
                "Contacts",
                [Para("Prof. Sushila Adhikari Shrestha, sushila@fecofe.org.np")],
            ),
        ],
    )
    return Nomination(file_name="generated_single_nepal.pdf", cards=[card], page_numbers="page")


def single_twocolumn() -> Nomination:
    """One lettered nomination whose sections are set in two columns."""
    card = Card(
        letter="T",
        title="Seaweed Farming Cooperatives Learning from Each Other across the Indian Ocean",
        nominee=[
            Field(
                "Nominee:",
                "Mrs. Amina Salim Juma, Secretary, Zanzibar Seaweed Farmers Cooperative Society",
            ),
            Field("Country:", "United Republic of Tanzania"),
            Field("Mobile:", "+255 777 412 908"),
            Field("E-mail:", "amina.juma@zasefaco.or.tz"),
        ],
        columns=2,
        sections=[
            Section(
                1,
                "Description and Title of the South-South Initiative, including background "
                "and challenges",
                [
                    Para(
                        "Seaweed farmers on Unguja and Pemba, most of them women, sell dried "
                        "seaweed to exporters at low prices."
                    ),
                    Para("Left column, second paragraph: the farmers wanted better prices."),
                ],
            ),
            Section(2, "Main partners", [Para("Farmer groups in Zanzibar and Madagascar.")]),
            Section(
                3,
                "Horizontal dimension of cooperation",
                [Para("Farmers visit each other's farms every dry season."), ColumnBreak()],
            ),
            Section(
                4,
                "Achievements and impact (from a SSTC perspective)",
                [Para("Right column: prices rose by a quarter after joint sales began.")],
            ),
            Section(5, "Sustainability", [Para("Joint sales pay for the visits.")]),
            Section(6, "Innovation", [Para("Solar dryers built by the farmers themselves.")]),
            Section(
                7,
                "Replicability and scaling up (South-South perspective)",
                [Para("Farmers in Mozambique plan a first visit."), ColumnBreak()],
            ),
            Section(8, "Areas of contribution", [Item("Women's income"), Item("Coastal ecology")]),
            Section(
                9,
                "Awareness of the initiative",
                [Para("Left column on page two: a radio drama in Swahili."), ColumnBreak()],
            ),
            Section(
                10,
                "Contacts",
                [
                    Para("Mrs. Amina Salim Juma"),
                    Para("Mobile: +255 777 412 908"),
                    Para("amina.juma@zasefaco.or.tz"),
                ],
            ),
        ],
    )
    return Nomination(file_name="generated_single_twocolumn.pdf", cards=[card])


def single_plain_headings() -> Nomination:
    """Headings larger but not bold, bold labels, a forced page break inside a section,
    several phones on one line split by ",", footer and "Page N of M" on one line."""
    card = Card(
        letter="B",
        title="Solidarity Purchasing Groups Linking Quinoa Growers of Bolivia and Peru",
        nominee=[
            Field(
                "Nominee:",
                "Ms. Ximena Choque Flores, Executive Secretary, Association of Royal Quinoa "
                "Producers (APQR)",
            ),
            Field("Country:", "Plurinational State of Bolivia"),
            Field("Telephone:", "+591 2 241 8833, +591 715 22904"),
            Field("Fax:", "+591 2 241 8834"),
            Field("Email:", "x.choque@apqr.org.bo"),
        ],
        sections=[
            Section(
                1,
                "Description and Title of the South-South Initiative, including background "
                "and challenges",
                [
                    Para(
                        "Quinoa growers of the Bolivian altiplano sell through purchasing "
                        "groups in Lima and Arequipa, which pay in advance for half of each "
                        "harvest."
                    ),
                    PageBreak(),
                    Para(
                        "After the page break: the groups now buy from 1,200 families on "
                        "both sides of Lake Titicaca."
                    ),
                ],
            ),
            Section(2, "Main partners", [Para("APQR; consumer groups in Lima and Arequipa.")]),
            Section(
                3,
                "Horizontal dimension of cooperation",
                [Para("Growers and buyers meet twice a year, once in each country.")],
            ),
            Section(
                4,
                "Achievements and impact (from a SSTC perspective)",
                [Para("Growers receive a price agreed before sowing.")],
            ),
            Section(5, "Sustainability", [Para("The groups are financed by their members.")]),
            Section(6, "Innovation", [Para("Advance payment against a share of the harvest.")]),
            Section(
                7,
                "Replicability and scaling up (South-South perspective)",
                [Para("Consumer groups in Quito want to join.")],
            ),
            Section(8, "Areas of contribution", [Para("Fair prices; food security.")]),
            Section(
                9,
                "Awareness of the initiative",
                [Para("A yearly quinoa fair in El Alto.")],
            ),
            Section(
                10,
                "Contact details",
                [Para("Ms. Ximena Choque Flores, x.choque@apqr.org.bo")],
            ),
        ],
    )
    return Nomination(
        file_name="generated_single_plain_headings.pdf",
        cards=[card],
        heading_bold=False,
        heading_size=13.0,
        title_size=16.0,
        body_size=10.5,
        label_bold=True,
        footer="Nomination form – Quinoa Solidarity Purchasing",
        page_numbers="page_of",
        footer_with_number=True,
    )


def one_page_nomination(
    letter: str = "A", title: str = "Community seed banks in the Andes"
) -> bytes:
    """A one-page nomination in the form's shape, drawn with a core font."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in (
        f"{letter}. {title}",
        "Nominee: Ms. Ana Pérez, Director, Andean Seed Network",
        "Country: Peru",
        "Email: ana.perez@example.org",
        "1. Description and Title of the South-South Initiative",
        "Farmers in three countries keep local seed varieties in shared banks.",
        "2. Main partners",
        "Andean Seed Network; the ministries of agriculture of Peru and Bolivia.",
    ):
        pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


# ---------------------------------------------------------------- the same form, other layouts

LAYOUTS = ("paragraphs", "table", "grid", "form", "typed")
# How a hand-typed form words the labels (the paragraph cases' wordings on the left).
TYPED_LABELS = {
    "Country:": "Country",
    "Tel.:": "Tel.:",
    "Telephone:": "Tel.:",
    "Telephone number:": "Tel.:",
    "Phone:": "Tel.:",
    "Mobile:": "Mobile",
    "Fax:": "Fax",
    "Fax number:": "Fax:",
    "E-mail:": "E-mail address:",
    "Email:": "E-mail address:",
}


def plain(spec: Nomination) -> Nomination:
    """The nomination without what a form field or a table cell cannot hold: footnotes,
    page and column breaks, image pages, a two-column body."""
    copied = copy.deepcopy(spec)
    for card in copied.cards:
        card.columns = 1
        for section in card.sections:
            section.blocks = [
                block
                for block in section.blocks
                if not isinstance(block, Footnote | PageBreak | ColumnBreak | ImagePage)
            ]
            for block in section.blocks:
                if isinstance(block, Para | Item):
                    block.text = FOOTNOTE_REF_RE.sub("", block.text)
    return copied


def in_layout(spec: Nomination, layout: str) -> Nomination:
    """The same nomination, plain (see `plain`), written in one of LAYOUTS."""
    copied = plain(spec)
    stem = copied.file_name.removesuffix(".pdf")
    copied.file_name = f"{stem}_{layout}.pdf"
    if layout == "typed":
        copied.heading_format = (
            "Section {number} – {heading}" if len(copied.cards) > 1 else "{number}) {heading}"
        )
        for card in copied.cards:
            card.nominee = typed_nominee(card.nominee)
    else:
        copied.layout = layout
    return copied


def typed_nominee(fields: list[Field]) -> list[Field]:
    """Labels as a hand-typed form words them: the name, position and organisation on lines
    of their own, some labels without a colon, the e-mail address below its label."""
    typed: list[Field] = []
    for line in fields:
        if line.label == "Nominee:":
            name, _, rest = line.value.partition(", ")
            position, _, organisation = rest.partition(", ")
            typed.append(Field("Name of nominee:", name))
            if position:
                typed.append(Field("Position:", position))
            if organisation:
                typed.append(Field("Organization:", organisation))
        elif line.label in ("E-mail:", "Email:"):
            typed += [Field(TYPED_LABELS[line.label], ""), Field("", line.value)]
        else:
            typed.append(Field(TYPED_LABELS.get(line.label, line.label), line.value))
    return typed


CASES = {
    "batch_kml": batch_kml,
    "single_nepal": single_nepal,
    "single_twocolumn": single_twocolumn,
    "single_plain_headings": single_plain_headings,
}


# ---------------------------------------------------------------- fonts and command line


def build_pua_font(target: Path = PUA_FONT) -> None:
    """Derive the private-use bullet font from DejaVu Serif (see fixtures/fonts/README.md)."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(str(REGULAR_FONT))
    options = subset.Options()
    options.name_IDs = ["*"]
    options.layout_features = []
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[0x20, 0x2022, 0x25AA])
    subsetter.subset(font)
    for table in font["cmap"].tables:
        if table.isUnicode():
            old = dict(table.cmap)
            table.cmap = {0x20: old[0x20], 0xF0B7: old[0x2022], 0xF0A7: old[0x25AA]}
    names = {1: "DejaVu PUA Bullets", 3: "DejaVuPUABullets", 4: "DejaVu PUA Bullets"}
    names |= {6: "DejaVuPUABullets", 16: "DejaVu PUA Bullets"}
    for record in font["name"].names:
        if record.nameID in names:
            record.string = names[record.nameID]
    buffer = io.BytesIO()
    font.save(buffer)
    target.write_bytes(buffer.getvalue())


def write_cases(
    outdir: Path, cases: dict[str, Callable[[], Nomination]] | None = None
) -> list[Path]:
    """Render the cases (by default this module's) into outdir; the bytes are deterministic."""
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    for make in (CASES if cases is None else cases).values():
        spec = make()
        path = outdir / spec.file_name
        path.write_bytes(render(spec).data)
        written.append(path)
    return written


def main(argv: list[str]) -> int:
    if argv == ["--build-pua-font"]:
        build_pua_font()
        print(PUA_FONT)
        return 0
    if len(argv) != 1 or argv[0].startswith("-"):
        print("usage: python tests/generator.py OUTDIR | --build-pua-font", file=sys.stderr)
        return 2
    for path in write_cases(Path(argv[0])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
