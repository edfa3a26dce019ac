"""Ruled tables: each cell's text read as its own block, in reading order.

A form filled in as a table puts a label cell beside its value cell and a question's box
above or beside its answer. Read as plain rows, the two cells of a row interleave line by
line. Here the page's ruled tables are found (pdfplumber's table finder on the ruling lines
and rectangles, only on pages that have any), each char is given to the cell it sits in,
and each cell's lines are built on their own: cells row by row, left before right, the
page's other lines around them by height. Cell borders are graphics, never text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from pipeline.lines import RawLine, group_into_rows
from pipeline.page_lines import finish_line, order_lines

Box = tuple[float, float, float, float]  # x0, top, x1, bottom
LineBuilder = Callable[[list[dict[str, Any]], int, float], list[RawLine]]

# The finder joins ruling lines into cells; text is not used to find them, so a page of
# plain paragraphs under a header rule never becomes a table.
TABLE_SETTINGS: dict[str, Any] = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
MIN_CELL_SIZE = 4.0  # points: thinner "cells" are double rules, not places for text


@dataclass
class Table:
    box: Box
    cells: list[Box]  # in reading order: row by row, left to right


def page_tables(page: Any) -> list[Table]:
    """The ruled tables of a page; pages without ruling lines or rectangles cost nothing."""
    if not (page.rects or page.lines):
        return []
    tables = []
    for found in page.find_tables(TABLE_SETTINGS):
        cells = [
            cell
            for cell in found.cells
            if cell[2] - cell[0] >= MIN_CELL_SIZE and cell[3] - cell[1] >= MIN_CELL_SIZE
        ]
        if cells:
            ordered = sorted(cells, key=lambda c: (round(c[1]), c[0]))
            x0, top, x1, bottom = found.bbox
            tables.append(Table((x0, top, x1, bottom), ordered))
    return tables


def lines_by_cell(
    tables: list[Table], chars: list[dict[str, Any]], number: int, width: float, build: LineBuilder
) -> list[RawLine]:
    """The page's lines in reading order, each table cell's lines built on their own."""
    if not tables:
        return build(chars, number, width)
    cells = [cell for table in tables for cell in table.cells]
    in_cell: dict[int, list[dict[str, Any]]] = {i: [] for i in range(len(cells))}
    outside: list[dict[str, Any]] = []
    find_home = CellIndex(cells)
    for char in chars:
        home = find_home(char)
        (outside if home is None else in_cell[home]).append(char)
    units: list[tuple[float, int, list[RawLine]]] = []
    for line in build(outside, number, width):
        units.append((line.top, 0, [line]))
    index = 0
    for table in tables:
        table_lines: list[RawLine] = []
        for cell in table.cells:
            table_lines.extend(cell_lines(cell, in_cell[index], number))
            index += 1
        if table_lines:
            units.append((table.box[1], 1, table_lines))
    units.sort(key=lambda unit: (round(unit[0], 1), unit[1]))
    return [line for _, _, lines in units for line in lines]


def cell_lines(cell: Box, chars: list[dict[str, Any]], number: int) -> list[RawLine]:
    """A cell's lines; their column ends at the cell's inner right edge, so a line that
    wrapped there is seen as wrapped (a paragraph), not as a short line that ended. A cell
    is one column: no gutter is looked for (a list's markers and text in a cell right of
    the page's middle look like two columns)."""
    if not chars:
        return []
    rows = group_into_rows(chars, number)
    for row in rows:
        finish_line(row)
    lines = order_lines([row for row in rows if row.text.strip()], None)
    if not lines:
        return []  # only blanks in the cell (seen on a real 65-page report)
    padding = max(min(line.x0 for line in lines) - cell[0], 0.0)
    for line in lines:
        if line.column_right is None:
            line.column_right = cell[2] - padding
    return lines


class CellIndex:
    """The cell a char sits in (its centre inside the cell), found among the cells that
    cross the char's band of height rather than among all of a page's cells (a page of
    tables has hundreds of cells and thousands of chars). The smallest cell holding a char
    wins, the first in the table's order among equals: a table nested in a cell keeps its
    own cells."""

    BAND = 12.0  # points of height per band
    MAX_BANDS = 2000  # a taller cell (or one at absurd coordinates) is checked for every char

    def __init__(self, cells: list[Box]) -> None:
        by_area = sorted(range(len(cells)), key=lambda i: area(cells[i]))
        self.cells = [cells[i] for i in by_area]
        self.order = by_area
        self.bands: dict[int, list[int]] = {}
        self.tall: list[int] = []
        for rank, (_, top, _, bottom) in enumerate(self.cells):
            span = (bottom - top) / self.BAND
            if not (abs(top) < 1e9 and abs(bottom) < 1e9 and span < self.MAX_BANDS):
                self.tall.append(rank)
                continue
            for band in range(int(top // self.BAND), int(bottom // self.BAND) + 1):
                self.bands.setdefault(band, []).append(rank)  # ranks ascend: smallest first

    def __call__(self, char: dict[str, Any]) -> int | None:
        x = (float(char["x0"]) + float(char["x1"])) / 2
        y = (float(char["top"]) + float(char["bottom"])) / 2
        if not abs(y) < 1e9:  # NaN or absurd: only a tall cell may hold it
            return self.first_holding(self.tall, x, y)
        found = self.first_holding(self.bands.get(int(y // self.BAND), ()), x, y)
        if self.tall:
            other = self.first_holding(self.tall, x, y)
            if other is not None and (found is None or other < found):
                found = other
        return None if found is None else self.order[found]

    def first_holding(self, ranks: Iterable[int], x: float, y: float) -> int | None:
        for rank in ranks:
            x0, top, x1, bottom = self.cells[rank]
            if x0 <= x <= x1 and top <= y <= bottom:
                return rank
        return None


def area(cell: Box) -> float:
    return (cell[2] - cell[0]) * (cell[3] - cell[1])
