"""A document's layout, measured once: body text size, left margin, right edge and line
pitch; the rules of segment read positions against it."""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass

from pipeline.lines import Line

PARAGRAPH_PITCH = 1.3  # a pitch this much above the normal one opens a new paragraph


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


def body_pitches(body: list[Line]) -> list[float]:
    """Baseline distances between consecutive body lines of one page and column."""
    return [
        round(line.bottom - previous.bottom, 1)
        for previous, line in itertools.pairwise(body)
        if line.page == previous.page
        and line.column == previous.column
        and line.bottom > previous.bottom
    ]
