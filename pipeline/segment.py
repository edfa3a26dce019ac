"""Segment: extracted lines -> front matter, cards, nominee blocks, numbered sections, blocks."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from pipeline import nominee as nominee_parser
from pipeline.countries import lookup_country
from pipeline.extract import ExtractedDocument, Line, join_lines
from pipeline.models import (
    Block,
    BlockType,
    Card,
    DocumentWarning,
    FrontMatter,
    PageSpan,
    Section,
    TocEntry,
)
from pipeline.sections import section_key


@dataclass
class SegmentedDocument:
    front_matter: FrontMatter | None
    cards: list[Card]
    warnings: list[DocumentWarning] = field(default_factory=list)


@dataclass(frozen=True)
class Layout:
    """Document-wide measures that tell headings, body text and footnotes apart."""

    body_size: float
    left_margin: float
    right_margin: float
    line_pitch: float  # baseline to baseline inside a paragraph
    spaced_paragraphs: bool  # paragraphs are set apart by extra space, not only by short lines
    right_column_margin: float  # right edge of right-hand columns on two-column pages

    def is_emphasised(self, line: Line) -> bool:
        return line.bold or line.size >= self.body_size + 1.5

    def is_small(self, line: Line) -> bool:
        return line.size <= self.body_size - 1.0


def measure_layout(lines: list[Line]) -> Layout:
    sizes = Counter(line.size for line in lines for _ in range(max(len(line.text) // 10, 1)))
    body_size = sizes.most_common(1)[0][0] if sizes else 11.0
    body = [line for line in lines if line.size == body_size and line.marker is None]
    lefts = Counter(round(line.x0) for line in body)
    left = float(lefts.most_common(1)[0][0]) if lefts else 72.0
    right = percentile_x1([x for x in body if x.column == 0 and x.column_right is None], 523.0)
    right_column = percentile_x1([x for x in body if x.column == 1], right)
    pitches = body_pitches(body)
    pitch = Counter(pitches).most_common(1)[0][0] if pitches else body_size * 1.3
    wide = sum(1 for p in pitches if pitch * PARAGRAPH_PITCH < p < pitch * 3)
    return Layout(body_size, left, right, pitch, wide >= 2, right_column)


def percentile_x1(lines: list[Line], default: float) -> float:
    rights = sorted(line.x1 for line in lines)
    return rights[int(len(rights) * 0.95)] if rights else default


PARAGRAPH_PITCH = 1.3  # a pitch this much above the normal one opens a new paragraph


def body_pitches(body: list[Line]) -> list[float]:
    """Baseline distances between consecutive body lines of one page and column."""
    return [
        round(line.bottom - previous.bottom, 1)
        for previous, line in itertools.pairwise(body)
        if line.page == previous.page
        and line.column == previous.column
        and line.bottom > previous.bottom
    ]


def segment_document(extracted: ExtractedDocument) -> SegmentedDocument:
    lines = extracted.lines
    layout = measure_layout(lines)
    toc_pages = table_of_contents_pages(lines)
    card_starts = find_card_starts(lines, layout, toc_pages)
    if not card_starts:
        card_starts = unlettered_card_start(lines, layout, toc_pages)
    if not card_starts:
        card_starts = headed_card_start(lines, layout, toc_pages)
    first_card = card_starts[0] if card_starts else len(lines)
    front = build_front_matter(lines[:first_card], toc_pages, layout, extracted.title)
    ends = [*card_starts[1:], len(lines)] if card_starts else []
    bounds = zip(card_starts, ends, strict=True)
    warnings: list[DocumentWarning] = []
    cards = [build_card_safely(lines[start:end], layout, warnings) for start, end in bounds]
    if not cards:
        warnings.append(
            DocumentWarning(
                code="no_cards", message="no nomination card was found in this document"
            )
        )
    return SegmentedDocument(front, cards, warnings)


# ---------------------------------------------------------------------------
# Front matter: cover, table of contents, introduction.

DOT_LEADER = re.compile(r"(?:\.{3,}|…{2,}|(?:\. ){3,})\s*(\d{1,4})\s*$")
TOC_TITLE = re.compile(r"^(table of )?contents?$|^index$|^sommaire$|^índice$", re.IGNORECASE)
TOC_LABEL = re.compile(r"^(?:([A-Z])|(\d{1,2}))\.\s+(.*)$")


def table_of_contents_pages(lines: list[Line]) -> set[int]:
    """Pages where dot-leader entries dominate, or that open with a 'Contents' title."""
    leaders: Counter[int] = Counter(line.page for line in lines if DOT_LEADER.search(line.text))
    pages = {page for page, count in leaders.items() if count >= 3}
    pages |= {line.page for line in lines if TOC_TITLE.match(line.text.strip())}
    return {page for page in pages if leaders[page] >= 1}


def build_front_matter(
    lines: list[Line], toc_pages: set[int], layout: Layout, metadata_title: str | None
) -> FrontMatter | None:
    if not lines:
        return None
    toc_lines = [line for line in lines if line.page in toc_pages]
    other = [line for line in lines if line.page not in toc_pages]
    return FrontMatter(
        title=cover_title(other, layout) or metadata_title,
        toc=parse_toc(toc_lines),
        text="\n".join(line.text for line in other),
        pages=PageSpan(start=lines[0].page, end=lines[-1].page),
    )


def cover_title(lines: list[Line], layout: Layout) -> str | None:
    """The largest text on the first page: lines of that size joined."""
    if not lines:
        return None
    first_page = [line for line in lines if line.page == lines[0].page]
    largest = max(line.size for line in first_page)
    if largest < layout.body_size + 1.5 and not any(line.bold for line in first_page):
        return None
    title = [line for line in first_page if line.size == largest]
    return join_lines(title) or None


def parse_toc(lines: list[Line]) -> list[TocEntry]:
    entries: list[TocEntry] = []
    pending: list[str] = []
    for line in lines:
        text = line.text.strip()
        if TOC_TITLE.match(text):
            continue
        leader = DOT_LEADER.search(text)
        if leader is None:
            pending.append(text)  # an entry wrapped over lines: its page comes later
            continue
        full = " ".join([*pending, text[: leader.start()].strip()])
        pending = []
        entry = toc_entry(full, int(leader.group(1)))
        if entry is not None:
            entries.append(entry)
    return entries


def toc_entry(text: str, page: int) -> TocEntry | None:
    match = TOC_LABEL.match(text)
    if match is None:
        return TocEntry(label="", title=text, page=page, level=1) if text else None
    letter, number, title = match.groups()
    return TocEntry(
        label=letter or number, title=title.strip(), page=page, level=1 if letter else 2
    )


# ---------------------------------------------------------------------------
# Cards: a lettered, emphasised title followed by a nominee block or section 1.

CARD_TITLE = re.compile(r"^([A-Z])[.)]\s+(\S.*)$")
# "1. Main partners", "1) Main partners", "Section 1 – Main partners", "Section 1: ...",
# "II. Main partners": the number as written, then the heading's own words (which a narrow
# cell may wrap to the next line, leaving "Section 1 –" alone).
SECTION_HEADING = re.compile(
    r"^(?:(?P<word>section|part|question)\s+)?(?P<number>\d{1,2}|[IVX]{1,4})"
    r"(?:(?P<close>[.)])(?:\s+|$)|\s*[:–—-](?:\s+|$))(?P<heading>.*?)\s*$",
    re.IGNORECASE,
)
ROMAN = {"I": 1, "V": 5, "X": 10}


@dataclass(frozen=True)
class Heading:
    number: int
    text: str  # the heading's words, without its number
    close: str | None  # "." or ")" after a bare number; None after "Section N" or a dash
    roman: bool


def parse_heading(text: str) -> Heading | None:
    """The number and words of a numbered heading in any of its written forms."""
    match = SECTION_HEADING.match(text)
    if match is None:
        return None
    written = match.group("number")
    roman = not written.isdigit()
    if roman and (written != written.upper() or match.group("close") == ")"):
        return None  # "iv) ..." and "i." are list enumerations
    bare = match.group("word") is None and match.group("close") is None and not roman
    if bare and not match.group(0)[len(written) :].lstrip().startswith(("–", "—")):
        return None  # "2 - 3 days" or "10: 30" is text; "1 – Description" is a heading
    number = roman_value(written) if roman else int(written)
    if number is None or number == 0:
        return None
    return Heading(number, match.group("heading"), match.group("close"), roman)


def roman_value(text: str) -> int | None:
    values = [ROMAN[c] for c in text.upper()]
    total = sum(
        -value if i + 1 < len(values) and value < values[i + 1] else value
        for i, value in enumerate(values)
    )
    return total if 0 < total <= 39 else None


CONFIRMATION_WINDOW = 12  # lines after a card title within which its nominee block must start


def find_card_starts(lines: list[Line], layout: Layout, toc_pages: set[int]) -> list[int]:
    starts: list[int] = []
    for index, line in enumerate(lines):
        if line.page in toc_pages or line.marker is not None:
            continue
        if not CARD_TITLE.match(line.text) or not layout.is_emphasised(line):
            continue
        if is_roman_section_heading(line.text):
            continue
        if continues_paragraph(lines, index, layout):
            continue
        if card_body_follows(lines, index, layout):
            starts.append(index)
    return starts


def is_roman_section_heading(text: str) -> bool:
    """ "I. Description and title ..." is the form's section I, not a card lettered I."""
    heading = parse_heading(text)
    return heading is not None and heading.roman and section_key(heading.text) != "other"


def continues_paragraph(lines: list[Line], index: int, layout: Layout) -> bool:
    """True when the line is the wrapped continuation of the line above it."""
    if index == 0:
        return False
    previous, line = lines[index - 1], lines[index]
    same_style = previous.size == line.size and previous.bold == line.bold
    close = previous.page == line.page and line.top - previous.bottom < 0.6 * line.size
    return same_style and close and not previous.text.rstrip().endswith((".", ":"))


def card_body_follows(lines: list[Line], index: int, layout: Layout) -> bool:
    window = lines[index + 1 : index + 1 + CONFIRMATION_WINDOW]
    for line in window:
        if nominee_parser.line_field(line.text) is not None:
            return True
        if is_section_heading(line, layout, None):
            return True
    return False


def unlettered_card_start(lines: list[Line], layout: Layout, toc_pages: set[int]) -> list[int]:
    """A one-nomination file without a letter: the emphasised lines above its nominee block."""
    for index, line in enumerate(lines):
        if line.page in toc_pages:
            continue
        following = lines[index + 1].text if index + 1 < len(lines) else ""
        wrapped = nominee_parser.wrapped_label(line.text, following) if following else None
        if "nominee" not in (nominee_parser.line_field(line.text), wrapped):
            continue
        start = index
        while start > 0 and layout.is_emphasised(lines[start - 1]):
            start -= 1
        return [start if start < index else index]
    return []


def headed_card_start(lines: list[Line], layout: Layout, toc_pages: set[int]) -> list[int]:
    """A one-nomination file whose nominee labels are unknown: the form's section 1
    ("Description and Title of the ... Initiative") shows where it is. The card starts at
    the first emphasised line (its title) of that page above the heading, or at the top of
    the page."""
    for index, line in enumerate(lines):
        if line.page in toc_pages or not is_section_heading(line, layout, None):
            continue
        heading = parse_heading(line.text)
        if heading is None or heading.number != 1 or section_key(heading.text) != "description":
            continue  # numbered minutes or a report, not the nomination form
        above = [i for i in range(index) if lines[i].page == line.page]
        titles = [i for i in above if layout.is_emphasised(lines[i])]
        return [titles[0] if titles else (above[0] if above else index)]
    return []


def build_card_safely(lines: list[Line], layout: Layout, warnings: list[DocumentWarning]) -> Card:
    """A card whatever its layout: if its parts cannot be placed, its text is kept whole in
    the nominee block's text with a warning, rather than the whole file failing."""
    try:
        return build_card(lines, layout, warnings)
    except Exception as exc:  # a layout the rules did not foresee must cost one card's structure
        page = lines[0].page if lines else None
        warnings.append(
            DocumentWarning(
                code="card_unstructured",
                message=f"the card's sections could not be placed ({type(exc).__name__}: "
                f"{exc}); its text is kept in the nominee block",
                page=page,
            )
        )
        return Card(
            title=lines[0].text if lines else "(untitled)",
            pages=PageSpan(start=lines[0].page, end=lines[-1].page),
            nominee=nominee_parser.parse_nominee([]).model_copy(
                update={"text": "\n".join(line.text for line in lines)}
            ),
        )


def build_card(lines: list[Line], layout: Layout, warnings: list[DocumentWarning]) -> Card:
    title_lines = card_title_lines(lines, layout)
    first = title_lines[0] if title_lines else lines[0]
    match = CARD_TITLE.match(first.text)
    letter = match.group(1) if match and title_lines else None
    title = join_lines(title_lines)
    if match and title_lines:
        title = title[match.start(2) :].strip()
    rest, footnotes = split_footnotes(lines[len(title_lines) :], layout)
    heading_indexes = section_heading_indexes(rest, layout)
    nominee_lines = rest[: heading_indexes[0]] if heading_indexes else rest
    warnings.extend(
        DocumentWarning(
            code="unknown_label",
            message=f"nominee label {label!r} is not a known field; its line is kept in the "
            "nominee block's text",
            page=page,
        )
        for label, page in nominee_parser.unknown_labels(nominee_lines)
    )
    sections = build_sections(rest, heading_indexes, layout)
    sections = attach_footnotes(sections, footnotes, rest, heading_indexes)
    return Card(
        letter=letter,
        title=title or "(untitled)",
        pages=PageSpan(start=lines[0].page, end=lines[-1].page),
        nominee=nominee_parser.parse_nominee(nominee_lines),
        sections=sections,
    )


def card_title_lines(lines: list[Line], layout: Layout) -> list[Line]:
    """The title and its wrapped lines: same emphasis, before any label or heading."""
    if not lines or not layout.is_emphasised(lines[0]):
        return []
    title = [lines[0]]
    for line in lines[1:]:
        same_style = line.size == lines[0].size and line.bold == lines[0].bold
        if not same_style or nominee_parser.line_field(line.text) is not None:
            break
        if is_section_heading(line, layout, None) or line.page != title[-1].page:
            break
        title.append(line)
    return title


# ---------------------------------------------------------------------------
# Sections: numbered, emphasised headings in a plausible sequence.

MAX_NUMBER_JUMP = 4  # a missing section or two shifts numbers; a list item "25." does not


def is_section_heading(line: Line, layout: Layout, previous_number: int | None) -> bool:
    if line.marker is not None or layout.is_small(line):
        return False
    heading = parse_heading(line.text)
    if heading is None:
        return False
    if not heading.text and not layout.is_emphasised(line):
        return False  # only a heading's number may stand alone, its words wrapped below it
    number = heading.number
    if (heading.close == ")" or heading.roman) and section_key(heading.text) == "other":
        # "1) The five ..." is an enumeration, unless it reads like a form question or is an
        # emphasised line that carries on the sequence of headings ("12) Participating ...").
        follows = previous_number is not None and number == previous_number + 1
        if not (follows and layout.is_emphasised(line)):
            return False
    if previous_number is None:
        plausible = number <= 3
    else:
        plausible = previous_number < number <= previous_number + MAX_NUMBER_JUMP
    if not plausible:
        return False
    if layout.is_emphasised(line):
        return True
    # Plain-text headings still count when they read like a form question.
    return section_key(heading.text) != "other" and len(line.text) < 120


def section_heading_indexes(lines: list[Line], layout: Layout) -> list[int]:
    indexes: list[int] = []
    previous: int | None = None
    for index, line in enumerate(lines):
        if is_section_heading(line, layout, previous):
            indexes.append(index)
            previous = parse_heading(line.text).number  # type: ignore[union-attr]
    return indexes


def build_sections(lines: list[Line], heading_indexes: list[int], layout: Layout) -> list[Section]:
    if not heading_indexes:
        return []  # no heading found: the card's text stays in its nominee block
    bounds = zip(heading_indexes, [*heading_indexes[1:], len(lines)], strict=True)
    return [build_section(lines[start:end], layout) for start, end in bounds]


def build_section(lines: list[Line], layout: Layout) -> Section:
    heading_lines = section_heading_lines(lines, layout)
    parsed = parse_heading(join_lines(heading_lines))
    number = parsed.number if parsed else None
    heading = parsed.text if parsed else join_lines(heading_lines)
    body = lines[len(heading_lines) :]
    blocks = build_blocks(body, layout)
    return Section(
        number=number,
        key=section_key(heading),
        heading=heading,
        pages=PageSpan(start=lines[0].page, end=lines[-1].page),
        text=section_text(blocks),
        blocks=blocks,
    )


def section_heading_lines(lines: list[Line], layout: Layout) -> list[Line]:
    """A heading may wrap: following lines in the same emphasis, close below, belong to it."""
    heading = [lines[0]]
    if not layout.is_emphasised(lines[0]) and lines[0].size == layout.body_size:
        return heading  # a heading in the body's own style: its wrapped lines look like text
    for line in lines[1:]:
        same_style = line.bold == lines[0].bold and line.size == lines[0].size
        close = line.page == heading[-1].page and line.top - heading[-1].bottom < 0.6 * line.size
        if not (same_style and close) or line.marker is not None:
            break
        if parse_heading(line.text) or is_subheading_text(line.text):
            break
        heading.append(line)
    return heading


# ---------------------------------------------------------------------------
# Blocks: paragraphs, list items, subheadings, footnotes.

FOOTNOTE_START = re.compile(r"^(\d{1,3}|[*†‡§])\s*\S")


def build_blocks(lines: list[Line], layout: Layout) -> list[Block]:
    blocks: list[Block] = []
    current: list[Line] = []
    kind: BlockType = "paragraph"

    def flush() -> None:
        nonlocal current
        if current:
            blocks.append(make_block(kind, current))
        current = []

    for line in lines:
        if line.marker is not None:
            flush()
            kind = "list_item"
            current = [line]
        elif is_subheading(line, layout):
            if kind == "subheading" and current and continues_heading(current[-1], line, layout):
                current.append(line)  # a subheading wrapped over two lines
                continue
            flush()
            kind = "subheading"
            current = [line]
        elif kind == "list_item" and current and at_hanging_indent(current, line, layout):
            current.append(line)  # wrapped under the item's text, however short the line above
        elif current and kind != "subheading" and continues(current[-1], line, layout):
            if kind == "list_item" and line.x0 < text_start(current[0]) - 4:
                flush()  # back at the left margin: the list item has ended
                kind = "paragraph"
            current.append(line)
        else:
            flush()
            kind = "paragraph"
            current = [line]
    flush()
    return blocks


def at_hanging_indent(item: list[Line], line: Line, layout: Layout) -> bool:
    """A line set under the text of the list item above, close below it in the same
    column. (A paragraph after the list starts back under the marker.)"""
    previous = item[-1]
    same_place = line.page == previous.page and line.column == previous.column
    close = line.bottom - previous.bottom <= PARAGRAPH_PITCH * layout.line_pitch
    under_text = abs(line.x0 - text_start(item[0])) <= 2
    return same_place and close and under_text and line.size == previous.size


def continues_heading(previous: Line, line: Line, layout: Layout) -> bool:
    same_style = previous.bold == line.bold and previous.size == line.size
    return same_style and continues(previous, line, layout)


def text_start(line: Line) -> float:
    return line.x0


def opens_footnote(line: Line) -> bool:
    return bool(FOOTNOTE_START.match(line.text))


def make_block(kind: BlockType, lines: list[Line]) -> Block:
    marker = lines[0].marker if kind == "list_item" else None
    return Block(type=kind, text=join_lines(lines), marker=marker, page=lines[0].page)


def split_footnotes(lines: list[Line], layout: Layout) -> tuple[list[Line], list[Block]]:
    """Take footnotes out of the text flow: small lines at a page bottom, opening with a mark."""
    footnote_ids: set[int] = set()
    by_page: dict[int, list[Line]] = {}
    for line in lines:
        by_page.setdefault(line.page, []).append(line)
    blocks: list[Block] = []
    for page_lines in by_page.values():
        tail: list[Line] = []
        for line in reversed(page_lines):
            if not layout.is_small(line) or line.marker is not None:
                break
            tail.append(line)
        tail.reverse()
        if not tail or not opens_footnote(tail[0]):
            continue
        footnote_ids.update(id(line) for line in tail)
        current: list[Line] = []
        for line in tail:
            if current and opens_footnote(line) and starts_new_footnote(current[-1], line):
                blocks.append(make_block("footnote", current))
                current = []
            current.append(line)
        blocks.append(make_block("footnote", current))
    return [line for line in lines if id(line) not in footnote_ids], blocks


def starts_new_footnote(previous: Line, line: Line) -> bool:
    return line.top - previous.bottom > 0.3 * line.size or previous.text.rstrip().endswith(".")


def continues(previous: Line, line: Line, layout: Layout) -> bool:
    """Whether `line` continues the paragraph that `previous` ends."""
    if line.size != previous.size and abs(line.size - previous.size) > 0.6:
        return False
    if line.page != previous.page or line.column != previous.column:
        # Across a page or column break: only a line that was wrapped continues; a sentence
        # left open and going on in lower case was wrapped, however short the line looks.
        if opens_mid_sentence(previous, line):
            return True
        return filled_the_line(previous, line, layout) and not ends_then_restarts(previous, line)
    if line.bottom - previous.bottom > PARAGRAPH_PITCH * layout.line_pitch:
        return False
    if TYPED_ENUMERATION.match(line.text) and previous.text.rstrip().endswith(SENTENCE_END):
        return False  # "(2) Better prices ..." typed after a finished "(1) ..." item
    if previous.continues_word:
        return True  # the line ends inside a word that the next line finishes
    if filled_the_line(previous, line, layout) or ends_mid_phrase(previous):
        return True
    # Where paragraphs are spaced apart, a close line after a nearly full one continues:
    # the wrap test is only an estimate of word widths.
    # In a narrow column (a table cell) a line of its own is often "nearly full" too: it
    # continues only when the next word would not have fitted with room to spare.
    return (
        layout.spaced_paragraphs
        and nearly_full(previous, layout)
        and not roomy(previous, line, layout)
    )


TYPED_ENUMERATION = re.compile(r"^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s")
# A paragraph never ends on one of these: "... for South Asia and" goes on.
MID_PHRASE_END = re.compile(r"(?:\b(?:and|or|of|for|the|to|in|on|at|with|by|a|an|&)|[,–])$")


def opens_mid_sentence(previous: Line, line: Line) -> bool:
    open_end = not previous.text.rstrip().endswith(SENTENCE_END) and not previous.bold
    return open_end and line.text[:1].islower() and line.marker is None


def ends_mid_phrase(line: Line) -> bool:
    return MID_PHRASE_END.search(line.text.rstrip()) is not None


SENTENCE_END = (".", ":", ";", "!", "?")


def nearly_full(line: Line, layout: Layout) -> bool:
    """The line fills most of its column (ragged narrow columns end far from the edge)."""
    right = column_right_edge(line, layout)
    left = column_left_edge(line, layout)
    return line.x1 - left >= NEARLY_FULL * (right - left)


NEARLY_FULL = 0.6  # a line this much of its column's width wide was wrapped, not ended


def column_left_edge(line: Line, layout: Layout) -> float:
    # A right-hand column starts where its own lines start.
    return line.x0 if line.column == 1 else layout.left_margin


def roomy(previous: Line, line: Line, layout: Layout) -> bool:
    """The next line's first word would have fitted after `previous` even a third wider
    than estimated: `previous` ended there. Only where the column's right edge is known
    (a table cell, a column left of a gutter), not estimated from the page's lines."""
    if previous.column_right is None:
        return False
    first_word = line.text.split(" ", 1)[0]
    needed = (len(first_word) + 1) * 0.5 * line.size
    return previous.x1 + ROOMY * needed < column_right_edge(previous, layout)


ROOMY = 1.3  # how much wider than estimated a word may be


def filled_the_line(previous: Line, line: Line, layout: Layout) -> bool:
    """The next line's first word would not have fitted after `previous`: it wrapped."""
    first_word = line.text.split(" ", 1)[0]
    needed = (len(first_word) + 1) * 0.5 * line.size  # an average glyph is about half an em
    return previous.x1 + needed > column_right_edge(previous, layout)


def column_right_edge(line: Line, layout: Layout) -> float:
    """Where the line's column ends: the gutter for a left column, else the text margin."""
    if line.column_right is not None:
        return line.column_right
    if line.column == 1:
        return max(layout.right_column_margin, line.x1)
    return layout.right_margin


def ends_then_restarts(previous: Line, line: Line) -> bool:
    """A sentence, or a contact line's closing address, ends; a capital starts anew."""
    ended = previous.text.rstrip().endswith((".", "!", "?")) or ends_with_address(previous)
    return ended and line.text[:1].isupper()


ADDRESS_END = re.compile(r"(?:\S+@\S+\.\w+|https?://\S+|www\.\S+)$")


def ends_with_address(line: Line) -> bool:
    return ADDRESS_END.search(line.text.rstrip()) is not None


SUBHEADING_MAX_CHARS = 80


def is_subheading_text(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters) and len(text) <= 60


def is_subheading(line: Line, layout: Layout) -> bool:
    """Short bold or all-capital lines that do not end a sentence: 'CAMBODIA', 'Context'."""
    text = line.text.strip()
    if line.marker is not None or text.endswith((".", ",", ";")):
        return False
    if nominee_parser.field_label(text) is not None:
        return False
    if layout.is_emphasised(line):
        return True
    # A lone all-capital word is more often an acronym ("CEDAC") than a heading,
    # unless it names a country, as in annex lists grouped by country.
    if len(text) > SUBHEADING_MAX_CHARS or not is_subheading_text(text):
        return False
    return " " in text or lookup_country(text) is not None


def section_text(blocks: list[Block]) -> str:
    """Paragraphs separated by a blank line; consecutive list items one per line."""
    parts: list[str] = []
    for index, block in enumerate(blocks):
        if index:
            both_items = block.type == "list_item" and blocks[index - 1].type == "list_item"
            parts.append("\n" if both_items else "\n\n")
        parts.append(block.text)
    return "".join(parts)


def attach_footnotes(
    sections: list[Section], footnotes: list[Block], lines: list[Line], heading_indexes: list[int]
) -> list[Section]:
    """Put each footnote right after the block that carries its reference mark."""
    result = list(sections)
    for footnote in footnotes:
        if not result:
            break
        index, reference = footnote_reference(footnote, lines, heading_indexes)
        result[index] = with_footnote(result[index], footnote, reference)
    return result


def with_footnote(section: Section, footnote: Block, reference: Line | None) -> Section:
    position = len(section.blocks)
    if reference is not None:
        position = next(
            (
                i + 1
                for i, block in enumerate(section.blocks)
                if block.page == reference.page and reference.text in block.text
            ),
            position,
        )
    blocks = [*section.blocks[:position], footnote, *section.blocks[position:]]
    end_page = max(section.pages.end, footnote.page)
    return section.model_copy(
        update={
            "blocks": blocks,
            "text": section_text(blocks),
            "pages": PageSpan(start=section.pages.start, end=end_page),
        }
    )


def footnote_reference(
    footnote: Block, lines: list[Line], heading_indexes: list[int]
) -> tuple[int, Line | None]:
    """(section index, line) of the footnote's reference mark; else the last section on its page."""
    mark = FOOTNOTE_START.match(footnote.text)
    symbol = mark.group(1) if mark else None
    fallback = 0
    for line_index, line in enumerate(lines):
        section_index = max(
            (i for i, start in enumerate(heading_indexes) if start <= line_index), default=0
        )
        if line.page == footnote.page:
            fallback = section_index
            if symbol is not None and symbol in line.refs:
                return section_index, line
    return fallback, None
