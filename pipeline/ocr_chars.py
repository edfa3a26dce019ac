"""OCR words -> chars shaped like pdfplumber's, in PDF points: the page deskewed, left edges
aligned, bold from stroke width, raised marks and bullets told apart, and one text size per
font across the document."""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter
from dataclasses import dataclass
from typing import Any

import numpy
from PIL import Image

from pipeline.ocr_words import DARK_LEVEL, Box, OcrLine, Word, fix_lookalikes


@dataclass(frozen=True)
class PageGeometry:
    dpi: int
    width_px: int
    height_px: int

    @property
    def scale(self) -> float:
        return 72.0 / self.dpi


def page_skew(lines: list[OcrLine]) -> float:
    """The page's rotation as the length-weighted median of the lines' baseline slopes."""
    weighted = [
        (line.slope, len(line.words)) for line in lines if len(line.words) >= MIN_SKEW_WORDS
    ]
    if not weighted:
        return 0.0
    expanded = sorted(slope for slope, weight in weighted for _ in range(weight))
    return statistics.median(expanded)


MIN_SKEW_WORDS = 3


# Bold is told by stroke width: the mean length of horizontal runs of ink, per pixel of
# text size (so a large regular title is not bold). Measured on scans of the sample at
# 150-300 dpi: regular lines 0.8-1.1 of the page's median, bold lines 1.27-1.65.
BOLD_STROKE_RATIO = 1.18


def word_stroke(word: Word, x_size: float, image: Image.Image) -> float:
    """Mean horizontal run length of dark pixels in the word's box, over its text size."""
    x0, top, x1, bottom = (int(v) for v in word.box)
    if x1 <= x0 or bottom <= top or x_size <= 0:
        return 0.0
    ink = numpy.asarray(image.crop((x0, top, x1, bottom))) < DARK_LEVEL
    runs = int((ink[:, 1:] & ~ink[:, :-1]).sum() + ink[:, 0].sum())
    return int(ink.sum()) / runs / x_size if runs else 0.0


def page_chars(
    lines: list[OcrLine], image: Image.Image, geometry: PageGeometry
) -> list[dict[str, Any]]:
    """Chars of every word, deskewed, with the line's size, and 'Bold' in the font name of
    lines drawn with much thicker strokes than the page's body text."""
    slope = page_skew(lines)
    angle = math.atan(slope)
    centre = (geometry.width_px / 2, geometry.height_px / 2)
    # Bold per word, as a digital page's fonts are per char: a bold label ("Country:")
    # before a regular value leaves the line regular, as extract decides by majority.
    strokes = [[word_stroke(word, line.x_size, image) for word in line.words] for line in lines]
    known = sorted(stroke for line in strokes for stroke in line if stroke > 0)
    body = statistics.median(known) if known else 0.0
    boxes = aligned_boxes(lines, angle, centre, EDGE_TOLERANCE_PT / geometry.scale)
    chars: list[dict[str, Any]] = []
    for line, line_strokes, line_boxes in zip(lines, strokes, boxes, strict=True):
        bold = [body > 0 and stroke > BOLD_STROKE_RATIO * body for stroke in line_strokes]
        chars.extend(line_chars(line, line_boxes, geometry, bold))
    return chars


EDGE_TOLERANCE_PT = 2.5  # left edges this close are one edge (a digital page's are exact)


def aligned_boxes(
    lines: list[OcrLine], angle: float, centre: tuple[float, float], tolerance: float
) -> list[list[Box]]:
    """Deskewed word boxes, each run of words (a line, or its part after a wide gap) moved
    so that runs starting within `tolerance` pixels of each other start at one x: the
    engine's edges wander by a pixel or two, and extract finds columns and indents from
    lines that start at the same x."""
    boxes = [[_deskew(word.box, angle, centre) for word in line.words] for line in lines]
    runs: list[tuple[int, int, int]] = []  # (line, first word, end word)
    for index, (line, line_boxes) in enumerate(zip(lines, boxes, strict=True)):
        start = 0
        for word in range(1, len(line_boxes) + 1):
            end_of_run = word == len(line_boxes) or (
                line_boxes[word][0] - line_boxes[word - 1][2] >= WIDE_GAP * line.x_size
            )
            if end_of_run:
                runs.append((index, start, word))
                start = word
    edges = sorted(boxes[index][first][0] for index, first, _ in runs)
    anchor = _edge_anchors(edges, tolerance)
    for index, first, end in runs:
        shift = anchor[boxes[index][first][0]] - boxes[index][first][0]
        for word in range(first, end):
            x0, top, x1, bottom = boxes[index][word]
            boxes[index][word] = (x0 + shift, top, x1 + shift, bottom)
    return boxes


def _edge_anchors(edges: list[float], tolerance: float) -> dict[float, float]:
    """Each edge -> the median of its group (sorted edges, each within `tolerance` of the
    group's first)."""
    anchor: dict[float, float] = {}
    group: list[float] = []
    for edge in [*edges, math.inf]:
        if group and edge - group[0] > tolerance:
            middle = statistics.median(group)
            anchor.update((member, middle) for member in group)
            group = []
        group.append(edge)
    return anchor


def line_chars(
    line: OcrLine, boxes: list[Box], geometry: PageGeometry, bold: list[bool]
) -> list[dict[str, Any]]:
    """The chars of one line's words (boxes in image pixels, deskewed): each word's box
    shared out evenly among its letters, spaces where the engine saw word spaces."""
    scale = geometry.scale
    top = min(box[1] for box in boxes) * scale
    bottom = max(box[3] for box in boxes) * scale
    size = round(line.x_size * scale * 2) / 2 if line.x_size else round(bottom - top, 1)
    chars: list[dict[str, Any]] = []
    texts = fix_lookalikes(" ".join(word.text for word in line.words)).split(" ")
    if _reads_as_bullet(texts, boxes, line.x_size):
        texts[0] = "•"
    elif NUMBER_COMMA.match(texts[0]) and len(texts) > 1 and texts[1][:1].isupper():
        texts[0] = texts[0][:-1] + "."  # "4, Achievements": a heading's number, misread
    previous: tuple[str, float] | None = None  # the previous word and its right edge
    for text, box, word, heavy in zip(texts, boxes, line.words, bold, strict=True):
        font = "OCR-Bold" if heavy else "OCR"
        # Boxes hug the ink; a font's glyphs have side bearings. Without them a word space
        # measures like a tab to extract's list rule ("1) Description" became a list item).
        bearing = SIDE_BEARING * size
        x0, x1 = box[0] * scale - bearing, box[2] * scale + bearing
        if previous is not None:
            x0 = max(x0, previous[1])
        gap = 0.0 if previous is None else (x0 - previous[1]) / scale
        if previous is not None and _spaced(previous[0], text, gap, line):
            # A wide gap stays open: extract finds column gutters in gaps (and spaces them).
            if gap < WIDE_GAP * line.x_size:
                chars.append(_char(" ", previous[1], x0, top, bottom, size, font))
        elif previous is not None:
            x0 = min(x0, previous[1])  # touching, or extract would see a word space
        # A raised small number is a footnote mark: smaller chars, as extract expects.
        letter_size = round(size * MARK_SIZE, 1) if _is_mark(text, word, line) else size
        step = (x1 - x0) / len(text)
        for index, letter in enumerate(text):
            left = x0 + index * step
            chars.append(_char(letter, left, left + step, top, bottom, letter_size, font))
        previous = (text, x1)
    return chars


WIDE_GAP = 1.0  # of the text size: wider than any word space
SIDE_BEARING = 0.05  # of the text size, added to each side of a word's ink box
AT_GAP = 0.4  # an e-mail address cut at its '@' ("name @host.org") is one word


def _spaced(left: str, right: str, gap: float, line: OcrLine) -> bool:
    """Whether a space separates two words `gap` pixels apart. The engine's word breaks are
    trusted (its boxes are too rough to judge a space by: "plan" and "a" may touch), except
    at an '@'."""
    return not ((left.endswith("@") or right.startswith("@")) and gap < AT_GAP * line.x_size)


MARK = re.compile(r"^(?:\d{1,3}|\*{1,3}|[†‡])$")
MARK_SIZE = 0.6  # extract takes chars below 0.75 of the line's size for superscripts
RAISED = 0.25  # of the text size: a mark's bottom stands this far above the baseline


def _is_mark(text: str, word: Word, line: OcrLine) -> bool:
    """A footnote mark: one to three digits (or asterisks) standing well above the baseline."""
    if not MARK.match(text) or line.x_size <= 0 or len(line.words) < 2:
        return False
    baseline = line.baseline_at(word.box[0])
    return word.box[3] < baseline - RAISED * line.x_size


NUMBER_COMMA = re.compile(r"^\d{1,2},$")


# What the engine makes of a bullet glyph ('•' read as '¢', 'e', '«'; '▪' as '=m').
BULLET_LOOKALIKES = frozenset("•·¢e«»°©®*o@¥€")
MARKER_GAP_EMS = 0.45  # a tab-like gap after a marker, as extract's list rule asks
SMALL_GLYPH = 0.55  # a bullet's ink is well below a letter's height (share of the text size)


def _reads_as_bullet(texts: list[str], boxes: list[Box], x_size: float) -> bool:
    """A line opening with a lone lookalike glyph, or one or two small glyphs that are no
    number, set off from the text by a tab-like gap. Sizes in image pixels."""
    if len(texts) < 2 or x_size <= 0:
        return False
    first, box = texts[0], boxes[0]
    small = len(first) <= 2 and (box[3] - box[1]) < SMALL_GLYPH * x_size
    if first not in BULLET_LOOKALIKES and not (small and not any(c.isdigit() for c in first)):
        return False
    return boxes[1][0] - box[2] >= MARKER_GAP_EMS * x_size


def _deskew(
    box: tuple[float, float, float, float], angle: float, centre: tuple[float, float]
) -> tuple[float, float, float, float]:
    """The box moved as its centre moves when the page is turned back by `angle`."""
    x0, top, x1, bottom = box
    cx, cy = (x0 + x1) / 2 - centre[0], (top + bottom) / 2 - centre[1]
    cos, sin = math.cos(angle), math.sin(angle)
    nx, ny = cx * cos + cy * sin, -cx * sin + cy * cos
    dx, dy = nx - cx, ny - cy
    return x0 + dx, top + dy, x1 + dx, bottom + dy


def _char(
    text: str, x0: float, x1: float, top: float, bottom: float, size: float, font: str
) -> dict[str, Any]:
    return {
        "text": text,
        "x0": round(x0, 2),
        "x1": round(x1, 2),
        "top": round(top, 2),
        "bottom": round(bottom, 2),
        "size": size,
        "fontname": font,
        "upright": True,
    }


def page_confidence(lines: list[OcrLine]) -> tuple[float, int]:
    """(mean word confidence weighted by word length, word count)."""
    words = [word for line in lines for word in line.words]
    letters = sum(len(word.text) for word in words)
    if not letters:
        return 0.0, 0
    return round(sum(w.confidence * len(w.text) for w in words) / letters, 1), len(words)


def size_mapping(anchors: Counter[float], estimates: Counter[float]) -> dict[float, float]:
    """The engine's size estimates vary by a point or so between lines of one font. Each
    estimate within SIZE_TOLERANCE of a digital page's size (`anchors`) or of a more
    common estimate takes that size, so that body lines compare equal as they do in a
    digital PDF. Counts are weighted by text length."""
    kept = [size for size, _ in anchors.most_common()]
    mapping: dict[float, float] = {}
    for size, _ in sorted(estimates.items(), key=lambda item: (-item[1], item[0])):
        anchor = next((known for known in kept if _near(known, size)), None)
        if anchor is None:
            kept.append(size)
        mapping[size] = size if anchor is None else anchor
    return mapping


SIZE_TOLERANCE = 0.15  # relative: short lines get rougher estimates


def _near(kept: float, size: float) -> bool:
    return abs(kept - size) <= SIZE_TOLERANCE * kept
