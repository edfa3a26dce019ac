"""Which table cell a char sits in (tables.CellIndex): the smallest cell holding the char's
centre, the first in the tables' order among equal ones, found through bands of height
rather than by trying every cell of the page for every char."""

from __future__ import annotations

from typing import Any

from pipeline.tables import CellIndex


def char(x0: float, top: float, x1: float, bottom: float) -> dict[str, Any]:
    return {"text": "a", "x0": x0, "top": top, "x1": x1, "bottom": bottom}


def test_a_char_goes_to_the_smallest_cell_that_holds_its_centre() -> None:
    outer = (0.0, 0.0, 500.0, 500.0)
    inner = (100.0, 100.0, 200.0, 130.0)
    index = CellIndex([outer, inner])
    assert index(char(110, 110, 116, 120)) == 1
    assert index(char(300, 300, 306, 310)) == 0
    assert index(char(600, 300, 606, 310)) is None


def test_equal_cells_keep_the_tables_order_and_edges_count_as_inside() -> None:
    index = CellIndex([(0.0, 0.0, 50.0, 50.0), (0.0, 0.0, 50.0, 50.0)])
    assert index(char(45, 45, 55, 55)) == 0  # centre on the corner (50, 50)


def test_a_cell_across_many_bands_or_at_absurd_coordinates_is_still_found() -> None:
    tall = (0.0, -1e12, 10.0, 1e12)
    small = (20.0, 20.0, 30.0, 30.0)
    index = CellIndex([tall, small])
    assert index(char(2, 5000, 4, 5010)) == 0
    assert index(char(22, 22, 26, 28)) == 1
    assert index(char(2, float("nan"), 4, 5)) is None


def test_the_answer_is_the_same_as_trying_every_cell() -> None:
    cells = [
        (x * 40.0, y * 15.0, x * 40.0 + 40.0 + (x % 3), y * 15.0 + 15.0 + (y % 2))
        for x in range(8)
        for y in range(30)
    ] + [(0.0, 0.0, 330.0, 460.0), (35.0, 100.0, 120.0, 200.0)]

    def by_trying_every_cell(c: dict[str, Any]) -> int | None:
        x, y = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
        ranked = sorted(
            range(len(cells)),
            key=lambda i: (cells[i][2] - cells[i][0]) * (cells[i][3] - cells[i][1]),
        )
        return next(
            (
                i
                for i in ranked
                if cells[i][0] <= x <= cells[i][2] and cells[i][1] <= y <= cells[i][3]
            ),
            None,
        )

    index = CellIndex(cells)
    probes = [
        char(x / 2, y / 2, x / 2 + 4, y / 2 + 7)
        for x in range(-10, 700, 13)
        for y in range(-10, 960, 11)
    ]
    assert [index(c) for c in probes] == [by_trying_every_cell(c) for c in probes]
