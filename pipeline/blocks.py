"""A section's lines as blocks: paragraphs, list items, subheadings and footnotes, with the
rules that tell a line going on from a line that starts a block, and footnotes attached
after the block that references them."""

from __future__ import annotations

import re

from pipeline import nominee as nominee_parser
from pipeline.country_names import lookup_country
from pipeline.layout import PARAGRAPH_PITCH, Layout
from pipeline.lines import Line, join_lines
from pipeline.models import (
    Block,
    BlockType,
    PageSpan,
    Section,
)
from pipeline.text import roman_value

FOOTNOTE_START = re.compile(r"^(\d{1,3}|[*†‡§])\s*\S")


def build_blocks(lines: list[Line], layout: Layout, listing: bool = False) -> list[Block]:
    """A section's lines as paragraphs, list items, subheadings and footnotes. In a
    `listing` section (the partners) a line is an item of its own unless it wrapped."""
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
        elif current and kind != "subheading" and continues(current[-1], line, layout, listing):
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


def continues(previous: Line, line: Line, layout: Layout, listing: bool = False) -> bool:
    """Whether `line` continues the paragraph that `previous` ends. In a listing (a
    partners section whose bullets the font could not draw) a nearly full line does not
    carry on: its items are short lines that end where they end."""
    if line.size != previous.size and abs(line.size - previous.size) > 0.6:
        return False
    if line.page != previous.page or line.column != previous.column:
        # Across a page or column break: only a line that was wrapped continues; a sentence
        # left open and going on in lower case was wrapped, however short the line looks.
        if opens_mid_sentence(previous, line):
            return True
        if ends_mid_phrase(previous) and line.marker is None and not previous.bold:
            return True  # "Commonwealth Secretariat," | "London": the item goes on
        return filled_the_line(previous, line, layout) and not ends_then_restarts(previous, line)
    if line.bottom - previous.bottom > PARAGRAPH_PITCH * layout.line_pitch:
        return False
    if TYPED_ENUMERATION.match(line.text) and previous.text.rstrip().endswith(SENTENCE_END):
        return False  # "(2) Better prices ..." typed after a finished "(1) ..." item
    if numbered_next(previous, line):
        return False  # "5. IPDC ..." after a full line "4. Ministry of ... Ethiopia"
    if previous.continues_word:
        return True  # the line ends inside a word that the next line finishes
    if filled_the_line(previous, line, layout) or ends_mid_phrase(previous):
        return True
    # Where paragraphs are spaced apart, a close line after a nearly full one continues:
    # the wrap test is only an estimate of word widths.
    # In a narrow column (a table cell) a line of its own is often "nearly full" too: it
    # continues only when the next word would not have fitted with room to spare.
    return (
        not listing
        and layout.spaced_paragraphs
        and nearly_full(previous, layout)
        and not roomy(previous, line, layout)
    )


TYPED_ENUMERATION = re.compile(r"^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s")
TYPED_NUMBER = re.compile(r"^\(?(\d{1,2}|[IVX]{1,4}|[ivx]{1,4})[.)]\s")


def numbered_next(previous: Line, line: Line) -> bool:
    """Whether `line` opens with the typed number after the one `previous` opens with, at
    the same indent: the next item of a typed list, however full the line before it."""
    before, after = TYPED_NUMBER.match(previous.text), TYPED_NUMBER.match(line.text)
    if before is None or after is None or abs(previous.x0 - line.x0) > SAME_INDENT:
        return False
    first, second = typed_value(before.group(1)), typed_value(after.group(1))
    return first is not None and second == first + 1


def typed_value(number: str) -> int | None:
    """'4' -> 4; 'IV' or 'iv' -> 4 (held-out set 29 numbered its partners "I." to "VII.")."""
    return int(number) if number.isdigit() else roman_value(number)


SAME_INDENT = 2.0  # points


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
    (a table cell, a column left of a gutter, a right-hand column, which ends at the text
    margin), not estimated from the page's lines."""
    if previous.column_right is None and previous.column != 1:
        return False
    first_word = line.text.split(" ", 1)[0]
    needed = (len(first_word) + 1) * 0.5 * line.size
    return previous.x1 + ROOMY * needed < column_right_edge(previous, layout)


ROOMY = 1.3  # how much wider than estimated a word may be


def filled_the_line(previous: Line, line: Line, layout: Layout) -> bool:
    """The next line's first word would not have fitted after `previous`: it wrapped."""
    first_word = line.text.split(" ", 1)[0]
    # An average glyph is about half an em; a line's own glyphs may be wider on average
    # ("Darussalam–Indonesia–Malaysia–Philippines", set 26: half an em fell 20 pt short).
    glyph = max(0.5 * line.size, (line.x1 - line.x0) / max(len(line.text), 1))
    needed = (len(first_word) + 1) * glyph
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
