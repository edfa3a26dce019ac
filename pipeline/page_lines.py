"""One page's chars -> visual lines in reading order: rows, the gaps that may be a column
gutter, each line's text, size, boldness and reference marks, and the order of two columns.
The same code for every reader (pdfplumber, pdfium, OCR words) and for table cells."""

from __future__ import annotations

import bisect
import itertools
from collections import Counter
from functools import lru_cache
from operator import itemgetter
from typing import Any

from pipeline.lines import LEAD_CHARS, RawLine, group_into_rows, is_bullet_glyph


def page_lines(chars: list[dict[str, Any]], page: int, width: float) -> list[RawLine]:
    """Visual lines in reading order; on a two-column page each row is cut at the gutter."""
    rows = group_into_rows(chars, page)
    fragments = [fragment for row in rows for fragment in split_on_gaps(row)]
    gutter = None
    if may_have_a_gutter(fragments, width):  # most pages do not: their text is not built
        for fragment in fragments:
            finish_line(fragment)
        gutter = find_gutter([f for f in fragments if f.text.strip()], width)
    if gutter is None:
        lines = rows
    else:
        middle = (gutter[0] + gutter[1]) / 2
        lines = [part for row in rows for part in split_at(row, middle)]
    for line in lines:
        finish_line(line)
    return order_lines([line for line in lines if line.text.strip()], gutter)


def split_at(row: RawLine, x: float) -> list[RawLine]:
    """Cut a row at a gutter: unless a word runs across it (a full-width title)."""
    left = [c for c in row.chars if c["x1"] <= x]
    right = [c for c in row.chars if c["x0"] >= x]
    if not left or not right or len(left) + len(right) < len(row.chars):
        return [row]
    return [line_of(row.page, left), line_of(row.page, right)]


_X0, _TOP, _X1, _BOTTOM = map(itemgetter, ("x0", "top", "x1", "bottom"))


def line_of(page: int, chars: list[dict[str, Any]]) -> RawLine:
    return RawLine(
        page,
        chars,
        min(map(_X0, chars)),
        min(map(_TOP, chars)),
        max(map(_X1, chars)),
        max(map(_BOTTOM, chars)),
    )


def split_on_gaps(line: RawLine) -> list[RawLine]:
    """Cut a row at every gap wider than a word space: the candidates for a column gutter."""
    chars = sorted(line.chars, key=_X0)
    parts: list[list[dict[str, Any]]] = [[chars[0]]]
    for previous, char in itertools.pairwise(chars):
        gap = char["x0"] - previous["x1"]
        if gap > COLUMN_GAP_EMS * max(char["size"], 1.0) and not is_bullet_glyph(previous):
            parts.append([char])
        else:
            parts[-1].append(char)
    return [line_of(line.page, part) for part in parts]


COLUMN_GAP_EMS = 1.2  # a gap wider than this many font sizes may be a column gutter


def finish_line(line: RawLine) -> None:
    """Set the line's text, dominant size, boldness, footnote marks and lead positions.
    A visible char smaller than SUPERSCRIPT_RATIO of the line's size is a reference mark; a
    gap wider than WORD_GAP_EMS is a space the PDF did not draw. Judged inline, once per
    char: this runs for every char of every page, twice when a page is looked at for columns."""
    chars = sorted(line.chars, key=itemgetter("x0"))
    line.size = size = dominant_size(chars)
    superscript_below = SUPERSCRIPT_RATIO * size
    pieces: list[str] = []
    refs: list[str] = []
    lead: list[tuple[float, float]] = []
    body = bold = 0
    previous: dict[str, Any] | None = None
    ends_in_space = False  # the last piece ends with a space
    for char in chars:
        text = char["text"]
        visible = bool(text.strip())
        superscript = visible and char["size"] < superscript_below
        if not superscript:
            body += 1
            bold += is_bold_font(str(char.get("fontname", "")))
        if previous is not None:
            if superscript:
                refs.append(text)  # a reference mark; a leading one is a footnote's number
                continue
            if text != " " and not ends_in_space:
                gap = float(char["x0"]) - float(previous["x1"])
                smaller = min(float(char["size"]), float(previous["size"]))
                if gap > WORD_GAP_EMS * max(smaller, 1.0):
                    pieces.append(" ")
        pieces.append(text)
        ends_in_space = text.endswith(" ")
        if visible and len(lead) < LEAD_CHARS:
            lead.append((float(char["x0"]), float(char["x1"])))
        previous = char
    line.bold = body > 0 and bold > body / 2
    line.text = normalise_spaces("".join(pieces))
    line.refs = tuple(merge_digit_refs(refs))
    line.lead = tuple(lead)


def merge_digit_refs(refs: list[str]) -> list[str]:
    """'1','2' read from adjacent superscript chars are the mark '12'."""
    merged = "".join(refs)
    return [merged] if merged else []


def dominant_size(chars: list[dict[str, Any]]) -> float:
    """The most common size (to 0.1 pt) of the visible chars; the first seen among equals.
    The exact sizes are counted first and rounded per distinct size: a line has a few."""
    exact = Counter(c["size"] for c in chars if c["text"].strip())
    sizes: Counter[float] = Counter()
    for size, count in exact.items():  # in order of first sight, so ties end as before
        if size != size:  # NaN, never equal to itself: each char was a size of its own
            sizes = Counter(round(c["size"], 1) for c in chars if c["text"].strip())
            break
        sizes[round(size, 1)] += count
    return sizes.most_common(1)[0][0] if sizes else round(float(chars[0]["size"]), 1)


SUPERSCRIPT_RATIO = 0.75


@lru_cache(maxsize=1024)  # asked for every char; a document has a few dozen fonts
def is_bold_font(fontname: str) -> bool:
    name = fontname.lower()
    return any(word in name for word in ("bold", "black", "heavy", ",b", "semibold", "demi"))


WORD_GAP_EMS = 0.2  # wider than this many font sizes is a space the PDF did not draw


def normalise_spaces(text: str) -> str:
    text = text.replace("\u00a0", " ").replace("\u00ad", "")
    return " ".join(text.split())


def order_lines(lines: list[RawLine], gutter: tuple[float, float] | None) -> list[RawLine]:
    """Reading order: top to bottom, and column by column on two-column pages."""
    if gutter is None:
        return sorted(lines, key=lambda line: (round(line.bottom), line.x0))
    left_edge, right_edge = gutter
    for line in lines:
        line.column = 0 if line.x1 <= left_edge else 1 if line.x0 >= right_edge else -1
        line.column_right = left_edge if line.column == 0 else None
    ordered: list[RawLine] = []
    band: list[RawLine] = []
    for line in sorted(lines, key=lambda item: (round(item.bottom), item.x0)):
        if line.column == -1:  # a full-width line closes the columns above it
            ordered.extend(sorted(band, key=lambda item: (item.column, item.bottom, item.x0)))
            band = []
            line.column = 0
            ordered.append(line)
        else:
            band.append(line)
    ordered.extend(sorted(band, key=lambda item: (item.column, item.bottom, item.x0)))
    return ordered


def find_gutter(lines: list[RawLine], page_width: float) -> tuple[float, float] | None:
    """(left column's right edge, right column's left edge) when the page has two columns.

    The right column shows as many lines starting at one x in the middle of the page; the
    left column as many lines ending before it. Full-width lines (titles) may cross it.
    """
    if len(lines) < MIN_COLUMN_LINES * 2:
        return None
    starts = middle_starts(lines, page_width)
    # The leftmost well-attested start: a right column may also hold bullets and their
    # indented text further right, which must not be taken for the column's edge.
    candidates = sorted(x for x, count in starts.most_common(5) if count >= MIN_COLUMN_LINES)
    for right_start in candidates:
        right = [line for line in lines if line.x0 >= right_start - 1.5]
        left = [
            line
            for line in lines
            if line.x0 < right_start - MIN_GUTTER_WIDTH
            and line.x1 <= right_start - MIN_GUTTER_WIDTH
        ]
        if len(left) < MIN_COLUMN_LINES or not columns_side_by_side(left, right):
            continue
        # The left column ends where its own lines end; a line that starts in the middle of
        # the page (a centred page number in the gutter's band) is not one of them, and
        # would make the column's ragged lines look short.
        own = [line for line in left if line.x0 < page_width * MIDDLE_START] or left
        # ... and not above the right column: short full-width lines there (a nominee
        # block's fields) would make the column look wider than it is.
        top = min(line.top for line in right)
        own = [line for line in own if line.bottom >= top] or own
        return max(line.x1 for line in own), right_start - 1.5
    return None


def may_have_a_gutter(fragments: list[RawLine], page_width: float) -> bool:
    """`find_gutter`'s first two tests (enough lines; some x in the page's middle where
    MIN_COLUMN_LINES of them start) on all fragments, blank ones too: when even these fail,
    the fragments with text, which `find_gutter` is given, fail them too."""
    if len(fragments) < MIN_COLUMN_LINES * 2:
        return False
    starts = middle_starts(fragments, page_width)
    return any(count >= MIN_COLUMN_LINES for count in starts.values())


def middle_starts(lines: list[RawLine], page_width: float) -> Counter[int]:
    """How many lines start at each x in the middle of the page: a right column's edge."""
    return Counter(
        round(line.x0)
        for line in lines
        if page_width * MIDDLE_START < line.x0 < page_width * (1 - MIDDLE_START)
    )


def columns_side_by_side(left: list[RawLine], right: list[RawLine]) -> bool:
    """At least a few right-column lines sit beside left-column lines: within a line's
    height of one (a column's headings shift its lines off the other column's grid)."""
    centres = sorted((line.top + line.bottom) / 2 for line in left)
    beside = 0
    for line in right:
        centre, height = (line.top + line.bottom) / 2, line.bottom - line.top
        nearest = bisect.bisect_left(centres, centre - height)
        if nearest < len(centres) and centres[nearest] <= centre + height:
            beside += 1
    return beside >= MIN_COLUMN_LINES // 2


MIN_COLUMN_LINES = 4
MIN_GUTTER_WIDTH = 8.0
MIDDLE_START = 0.3  # a right column starts between 30 % and 70 % of the page's width
