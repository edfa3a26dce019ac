"""A page that holds only the left column of a two-column layout: the last page of a
two-column card, whose text ends before it reaches the right column. `find_gutter` sees a
gutter only beside a right column, so such a page is read as one full-width column, and
its wrapped lines, judged against the page's right margin instead of the column's edge,
look short: a paragraph or a contact line is cut where it merely wrapped ("..., Jekaro" |
"Women's Cooperative, ..."). Such a page is read with the gutter of the page before it."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from pipeline.lines import RawLine
from pipeline.page_lines import MIN_COLUMN_LINES, MIN_GUTTER_WIDTH

if TYPE_CHECKING:  # extract imports this module; the page type is only needed for checking
    from pipeline.extract import RawPage

Gutter = tuple[float, float]  # (left column's right edge, right column's left edge)


def read_left_columns_alone(pages: list[RawPage], bodies: list[list[RawLine]]) -> None:
    """Give the lines of every page that is its predecessor's left column alone that
    column's right edge, as `order_lines` gives it on the two-column pages. `bodies` are
    the pages' lines without their running headers and footers (a centred page number
    would cross the gutter). Only the page right before counts: it shows the layout the
    text flows on from (a page of another card or document may be set otherwise)."""
    for index in range(1, len(pages)):
        before, page = pages[index - 1], pages[index]
        gutter = own_gutter(bodies[index - 1])
        same_sheet = page.number == before.number + 1 and abs(page.width - before.width) < 1
        if gutter is None or not same_sheet:
            continue
        for line in left_column_alone(bodies[index], gutter):
            line.column, line.column_right = 0, gutter[0]


def own_gutter(lines: list[RawLine]) -> Gutter | None:
    """The gutter `order_lines` read on a page, from its lines: the edge it gave the left
    column's lines (the commonest: a table cell's lines carry their cell's edge) and where
    the right column's lines start. None on a page without a right column."""
    right_starts = [line.x0 for line in lines if line.column == 1]
    edges = Counter(
        line.column_right for line in lines if line.column == 0 and line.column_right is not None
    )
    if not right_starts or not edges:
        return None
    edge = edges.most_common(1)[0][0]
    return (edge, min(right_starts)) if edge < min(right_starts) else None


def left_column_alone(lines: list[RawLine], gutter: Gutter) -> list[RawLine]:
    """The lines of a page without a gutter of its own that sit in the left column of
    `gutter`: every line after the page's last full-width one, when they all end where
    `find_gutter` counts a left column's lines (MIN_GUTTER_WIDTH before the right column).
    A page with a full-width part (a new card's title and nominee block) is taken only
    when at least MIN_COLUMN_LINES lines follow it and the widest comes within
    FILLED_SHARE of the edge: a column of wrapped text, not a few short lines of a
    one-column card. A page whose lines have column edges already (two columns of its
    own, table cells) is left as it is."""
    if not lines or any(line.column == 1 or line.column_right is not None for line in lines):
        return []
    edge, right_start = gutter
    crossing = [i for i, line in enumerate(lines) if line.x1 > right_start - MIN_GUTTER_WIDTH]
    column = lines[crossing[-1] + 1 :] if crossing else lines
    if not column or not crossing:
        return column
    width = edge - min(line.x0 for line in column)
    filled = max(line.x1 for line in column) >= edge - FILLED_SHARE * width
    return column if len(column) >= MIN_COLUMN_LINES and filled else []


FILLED_SHARE = 0.1  # a wrapped column's widest line ends within this share of its width
