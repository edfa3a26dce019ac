"""Segment: extracted lines -> front matter, cards, nominee blocks, numbered sections, blocks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline import nominee as nominee_parser
from pipeline.blocks import (
    attach_footnotes,
    build_blocks,
    is_subheading_text,
    section_text,
    split_footnotes,
)
from pipeline.extract import ExtractedDocument
from pipeline.front_matter import build_front_matter, table_of_contents_pages
from pipeline.layout import Layout, measure_layout
from pipeline.lines import Line, join_lines
from pipeline.models import (
    Card,
    DocumentWarning,
    FrontMatter,
    PageSpan,
    Section,
)
from pipeline.sections import section_key
from pipeline.text import roman_value


@dataclass
class SegmentedDocument:
    front_matter: FrontMatter | None
    cards: list[Card]
    warnings: list[DocumentWarning] = field(default_factory=list)


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
# Cards: a lettered, emphasised title followed by a nominee block or section 1.

CARD_TITLE = re.compile(r"^([A-Z])[.)]\s+(\S.*)$")
# "1. Main partners", "1) Main partners", "Section 1 – Main partners", "Section 1: ...",
# "II. Main partners": the number as written, then the heading's own words (which a narrow
# cell may wrap to the next line, leaving "Section 1 –" alone).
# Also "(1) Main partners", "Q1. Main partners" and "1.- Main partners" (held-out set 29).
SECTION_HEADING = re.compile(
    r"^(?:(?P<word>section|part|question)\s+|Q(?=\d))?(?P<open>\()?(?P<number>\d{1,2}|[IVX]{1,4})"
    r"(?:(?P<close>[.)])[-–]?(?:\s+|$)|\s*[:–—-](?:\s+|$))(?P<heading>.*?)\s*$",
    re.IGNORECASE,
)


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
    if match.group("open") and (match.group("close") != ")" or roman):
        return None  # "(1" without its ")", or "(iv)": a list's enumeration
    if roman and (written != written.upper() or match.group("close") == ")"):
        return None  # "iv) ..." and "i." are list enumerations
    bare = match.group("word") is None and match.group("close") is None and not roman
    if bare and not match.group(0)[len(written) :].lstrip().startswith(("–", "—")):
        return None  # "2 - 3 days" or "10: 30" is text; "1 – Description" is a heading
    number = roman_value(written) if roman else int(written)
    if number is None or number == 0:
        return None
    return Heading(number, match.group("heading"), match.group("close"), roman)


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
    key = section_key(heading)
    blocks = build_blocks(body, layout, listing=key == "main_partners")
    return Section(
        number=number,
        key=key,
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
