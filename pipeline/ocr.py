"""OCR: pages without a text layer -> char dicts that extract's line builder consumes.

The engine is Tesseract 5 (the `tesseract` command and its English model), run once per
page on a page image rendered by pdfium, one page at a time. Its hOCR output gives words,
their boxes and confidences, and per line a text size and a baseline; the words become
chars shaped like pdfplumber's (text, x0, x1, top, bottom, size, fontname, upright) in
PDF points, so lines, columns, furniture, markers and hyphenation are found by the same
code as for digital text.
"""

from __future__ import annotations

import io
import math
import os
import re
import shutil
import statistics
import subprocess
import time
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

import numpy
import phonenumbers
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
from PIL import Image

from pipeline.errors import TooLargeError
from pipeline.extract import RawPage, page_lines
from pipeline.models import DocumentWarning, OcrPage
from pipeline.settings import OcrMode, Settings

ENGINE_NAME = "tesseract"
LANGUAGE = "eng"
INSTALL_HINT = (
    "install Tesseract 5 with its English model "
    "(Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-eng)"
)
# Seconds one page may take in the engine; the file's own --timeout still applies above it.
PAGE_TIMEOUT_SECONDS = 120.0


class OcrFailedError(Exception):
    """The engine failed on one page (it crashed, timed out or wrote no hOCR)."""


@dataclass(frozen=True)
class Engine:
    command: str
    version: str  # "5.3.0"


@lru_cache(maxsize=1)
def find_engine() -> Engine | None:
    """The installed engine with its English model, or None (then OCR cannot run)."""
    command = shutil.which("tesseract")
    if command is None:
        return None
    try:
        version = _run([command, "--version"], b"").decode("utf-8", "replace")
        languages = _run([command, "--list-langs"], b"").decode("utf-8", "replace")
    except OcrFailedError:
        return None
    match = re.search(r"tesseract\s+v?(\d+(?:\.\d+)*)", version)
    if match is None or LANGUAGE not in languages.split():
        return None
    return Engine(command, match.group(1))


def missing_engine_message() -> str:
    return f"OCR needs the tesseract engine, which is not installed: {INSTALL_HINT}"


def _run(command: list[str], stdin: bytes) -> bytes:
    # One thread: workers already use every core, and a single thread keeps the engine's
    # output the same from run to run.
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run(
            command,
            input=stdin,
            capture_output=True,
            env=env,
            timeout=PAGE_TIMEOUT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise OcrFailedError(f"{type(exc).__name__}: {exc}") from exc
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise OcrFailedError(f"exit status {done.returncode}: {' '.join(message[-2:])[:200]}")
    return done.stdout


# ---------------------------------------------------------------------------------------
# One page: image -> words


Box = tuple[float, float, float, float]  # x0, top, x1, bottom


@dataclass(frozen=True)
class Word:
    text: str
    box: tuple[float, float, float, float]  # x0, top, x1, bottom in image pixels
    confidence: float  # 0-100, the engine's


@dataclass(frozen=True)
class OcrLine:
    words: tuple[Word, ...]
    x_size: float  # the engine's text size estimate for the line, in pixels
    slope: float  # baseline slope (dy/dx)
    offset: float = 0.0  # baseline height at the line's left edge, from its bottom (<= 0)
    box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)

    def baseline_at(self, x: float) -> float:
        return self.box[3] + self.offset + self.slope * (x - self.box[0])


def recognise(image: Image.Image, engine: Engine, dpi: int) -> list[OcrLine]:
    """The engine's lines and words for a grayscale page image. Dot leaders are taken out
    of the image first (the engine reads them as "cece eee" and garbles the whole line)
    and put back as words of dots, as a digital table of contents has them."""
    cleaned, leaders = erase_dot_leaders(image, dpi)
    buffer = io.BytesIO()
    cleaned.save(buffer, format="PPM")  # uncompressed: the cheapest format to hand over
    # A page of leaders is a table of contents: one block of rows. The engine's own layout
    # analysis (mode 3) read its column of page numbers as one vertical word.
    layout = "6" if len(leaders) >= LEADER_PAGE else "3"
    command = [engine.command, "stdin", "stdout", "-l", LANGUAGE, "--psm", layout]
    hocr = _run([*command, "--dpi", str(dpi), "hocr"], buffer.getvalue())
    lines = [line for line in parse_hocr(hocr) if line.words]
    return with_leaders(lines, leaders)


# ---------------------------------------------------------------------------------------
# Dot leaders: rows of small isolated dots, found with box sums over the ink (numpy)

LEADER_EM_PT = 11.0  # sizes below are in ems of body text
DOT_RADIUS_EMS = 0.07  # a dot fits in a box of this half-size
DOT_CLEARANCE_EMS = 0.17  # and nothing else is within this of its centre
LEADER_REACH_EMS = 1.0  # at least LEADER_DOTS dots within this either way: a leader
LEADER_DOTS = 4
LEADER_PAGE = 3  # leaders on a page that make it a table of contents
STRIP_ROWS = 256  # the image is worked through in strips: a few MB at a time


def _box_sum(mask: numpy.ndarray, rows: int, cols: int) -> numpy.ndarray:
    """How many pixels of `mask` lie in the (2 rows + 1) x (2 cols + 1) window around each
    pixel (an integral image)."""
    height, width = mask.shape
    padded = numpy.pad(mask.astype(numpy.int32), ((rows + 1, rows), (cols + 1, cols)))
    total = padded.cumsum(0).cumsum(1)
    tall, wide = 2 * rows + 1, 2 * cols + 1
    result: numpy.ndarray = (
        total[tall : tall + height, wide : wide + width]
        - total[:height, wide : wide + width]
        - total[tall : tall + height, :width]
        + total[:height, :width]
    )
    return result


def erase_dot_leaders(image: Image.Image, dpi: int) -> tuple[Image.Image, list[Box]]:
    """The image without its dot leaders, and the leaders' boxes."""
    em = LEADER_EM_PT * dpi / 72
    radius = max(1, round(DOT_RADIUS_EMS * em))
    clearance = max(radius + 2, round(DOT_CLEARANCE_EMS * em))
    reach = round(LEADER_REACH_EMS * em)
    pixels = numpy.array(image)
    ink = pixels < DARK_LEVEL
    erased = numpy.zeros_like(ink)
    margin = clearance + radius + 2
    height = ink.shape[0]
    for start in range(0, height, STRIP_ROWS):
        low, high = max(0, start - margin), min(height, start + STRIP_ROWS + margin)
        part = ink[low:high]
        alone = part & (_box_sum(part, radius, radius) == _box_sum(part, clearance, clearance))
        columns = _box_sum(alone, radius, 0) > 0
        dot_starts = numpy.zeros_like(columns)
        dot_starts[:, 1:] = columns[:, 1:] & ~columns[:, :-1]
        leader = alone & (_box_sum(dot_starts, 0, reach) >= LEADER_DOTS)
        near = _box_sum(leader, radius + 1, radius + 1) > 0
        rows = slice(start - low, start - low + min(STRIP_ROWS, height - start))
        erased[start : start + (rows.stop - rows.start)] = near[rows]
    if not erased.any():
        return image, []
    pixels[erased] = 255
    return Image.fromarray(pixels, mode="L"), leader_boxes(erased, reach)


def leader_boxes(erased: numpy.ndarray, gap: int) -> list[Box]:
    """Boxes of the erased leaders: runs along each row (gaps under `gap` bridged), rows
    whose runs overlap joined."""
    boxes: list[list[float]] = []
    for row in numpy.flatnonzero(erased.any(axis=1)).tolist():
        xs = numpy.flatnonzero(erased[row])
        breaks = numpy.flatnonzero(numpy.diff(xs) > gap)
        starts = [int(xs[0]), *(int(x) for x in xs[breaks + 1])]
        ends = [*(int(x) + 1 for x in xs[breaks]), int(xs[-1]) + 1]
        for first, last in zip(starts, ends, strict=True):
            y = float(row)
            box = next((b for b in boxes if b[3] >= y - 1 and b[0] < last and first < b[2]), None)
            if box is None:
                boxes.append([float(first), y, float(last), y + 1])
            else:
                box[0], box[2], box[3] = min(box[0], first), max(box[2], last), y + 1
    return [(b[0], b[1], b[2], b[3]) for b in boxes]


def with_leaders(lines: list[OcrLine], leaders: list[Box]) -> list[OcrLine]:
    """Each leader as a word of dots in the line at its height, in its place by x."""
    result = list(lines)
    for leader in leaders:
        middle = (leader[1] + leader[3]) / 2
        beside = [
            (abs((line.box[1] + line.box[3]) / 2 - middle), i)
            for i, line in enumerate(result)
            if line.box[1] <= middle <= line.box[3]
        ]
        if not beside:
            continue  # a leader alone on its line: nothing to attach it to
        index = min(beside)[1]  # the line whose middle is nearest
        line = result[index]
        dots = "." * max(3, round((leader[2] - leader[0]) / max(line.x_size * 0.3, 1.0)))
        word = Word(dots, leader, 100.0)
        words = tuple(sorted([*line.words, word], key=lambda w: w.box[0]))
        result[index] = replace(line, words=words)
    return result


TITLE_FIELD = re.compile(r"(\w+)\s+([^;]*)")


def title_fields(title: str) -> dict[str, list[float]]:
    fields: dict[str, list[float]] = {}
    for name, values in TITLE_FIELD.findall(title):
        try:
            fields[name] = [float(value) for value in values.split()]
        except ValueError:
            continue  # a field that is not numeric (image file name): not needed
    return fields


def parse_hocr(hocr: bytes) -> Iterator[OcrLine]:
    try:
        root = ET.fromstring(hocr)
    except ET.ParseError as exc:
        raise OcrFailedError(f"the engine's hOCR does not parse: {exc}") from exc
    for element in root.iter():
        if element.get("class") not in ("ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat"):
            continue
        fields = title_fields(element.get("title", ""))
        words = tuple(_words(element))
        baseline = [*fields.get("baseline", []), 0.0, 0.0][:2]
        x_size = fields.get("x_size", [0.0])[0]
        bbox = fields.get("bbox", [])
        box = (bbox[0], bbox[1], bbox[2], bbox[3]) if len(bbox) == 4 else (0.0, 0.0, 0.0, 0.0)
        yield OcrLine(words, x_size, baseline[0], baseline[1], box)


def _words(line: ET.Element) -> Iterator[Word]:
    for element in line.iter():
        if element.get("class") != "ocrx_word":
            continue
        text = normalise_word("".join(element.itertext()))
        fields = title_fields(element.get("title", ""))
        box = fields.get("bbox", [])
        confidence = fields.get("x_wconf", [0.0])[0]
        if not text or len(box) != 4 or confidence < MIN_WORD_CONFIDENCE:
            continue
        yield Word(text, (box[0], box[1], box[2], box[3]), confidence)


# Below this the engine itself says the "word" is not text: dot leaders read as "cece eee",
# rules and specks. Real words on a poor scan score far higher.
MIN_WORD_CONFIDENCE = 5.0


# ---------------------------------------------------------------------------------------
# Normalisation of the engine's text


LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"'})


def normalise_word(text: str) -> str:
    """Ligatures spelled out, curly quotes straightened, odd spaces dropped."""
    text = unicodedata.normalize("NFC", text.strip())
    for ligature, letters in LIGATURES.items():
        text = text.replace(ligature, letters)
    return "".join(text.translate(QUOTES).split())


# Inside a phone number, letters the engine takes for digits; inside an e-mail or web
# host, digits it takes for letters. Replacements keep the length, so spans stay put.
DIGIT_LOOKALIKES = str.maketrans({"O": "0", "o": "0", "D": "0", "l": "1", "I": "1", "|": "1"})
LETTER_LOOKALIKES = str.maketrans({"0": "o", "1": "l"})
PHONE_RUN = re.compile(r"(?<![\w@])\+?\(?[\dOolI|][\dOolI|() .\-/]{5,}[\dOolI|](?![\w@])")
EMAIL = re.compile(r"^[\w.+'-]+@(?:[a-z0-9-]+\.)+[a-z]{2,}$", re.IGNORECASE)
EMAIL_LIKE = re.compile(r"[\w.+'-]+@[\w.-]+\.[\w]+")
WEB_LIKE = re.compile(r"(?:https?://|www\.)[\w.-]+", re.IGNORECASE)
HOST = re.compile(r"^(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}$", re.IGNORECASE)


def fix_lookalikes(text: str) -> str:
    """l/1 and O/0 confusions inside phone numbers, e-mails and web hosts, each kept only
    when the result validates (a number that parses as possible, a well-formed address)."""
    chars = list(text)
    for match in PHONE_RUN.finditer(text):
        written = match.group(0)
        fixed = written.translate(DIGIT_LOOKALIKES)
        if fixed != written and _is_phone(fixed, written):
            chars[match.start() : match.end()] = fixed
    for pattern, valid in ((EMAIL_LIKE, EMAIL), (WEB_LIKE, HOST)):
        for match in pattern.finditer(text):
            if valid.match(match.group(0)):
                continue  # digits in a valid domain may be real ('host10.org')
            fixed = _fix_domain(match.group(0))
            if valid.match(fixed):
                chars[match.start() : match.end()] = fixed
    return "".join(chars)


def _is_phone(fixed: str, written: str) -> bool:
    digits = sum(ch.isdigit() for ch in written)
    if digits < 6 or digits < 0.7 * sum(ch.isalnum() for ch in written):
        return False  # mostly letters: a word, not a misread number
    raw = fixed.strip()
    try:
        number = phonenumbers.parse(raw if raw.startswith("+") else "+" + raw, None)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_possible_number(number)


def _fix_domain(address: str) -> str:
    """Digits read for letters in the domain's alphabetic labels ('gmai1.c0m')."""
    head, at, domain = address.rpartition("@")
    labels = domain.split(".")
    fixed = [
        label.translate(LETTER_LOOKALIKES) if any(ch.isalpha() for ch in label) else label
        for label in labels
    ]
    return f"{head}{at}{'.'.join(fixed)}"


# ---------------------------------------------------------------------------------------
# Words -> chars in PDF points


@dataclass(frozen=True)
class PageGeometry:
    dpi: int
    width_px: int
    height_px: int

    @property
    def scale(self) -> float:
        return 72.0 / self.dpi


@dataclass
class RecognisedPage:
    number: int
    width: float  # points
    height: float
    chars: list[dict[str, Any]]
    confidence: float  # mean word confidence, weighted by word length
    words: int
    skew_degrees: float
    dpi: int


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
DARK_LEVEL = 128


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


# ---------------------------------------------------------------------------------------
# Sizes across the document: one size per font, as a digital PDF has


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


# ---------------------------------------------------------------------------------------
# The document: render and recognise the wanted pages, one at a time


class PageTooLargeError(Exception):
    """The page's image would exceed the pixel budget: it is not rendered."""


def render_page(pdf: pdfium.PdfDocument, index: int, dpi: int, max_pixels: int) -> Image.Image:
    """The page as a grayscale image at `dpi`, refused before rendering when its pixel
    count would exceed `max_pixels` (a page of absurd size must not allocate gigabytes)."""
    page = pdf[index]
    try:
        return _render(page, dpi, max_pixels)
    finally:
        page.close()


def scan_resolution(pdf: pdfium.PdfDocument, index: int) -> float | None:
    """The resolution of the image that covers most of the page (the scan), if one covers
    at least half of it: rendering at it adds no resampling of its own."""
    page = pdf[index]
    try:
        width, height = page.get_size()
        best: tuple[float, float] | None = None  # (area, dpi)
        for image in page.get_objects(filter=[pdfium_raw.FPDF_PAGEOBJ_IMAGE]):
            left, bottom, right, top = image.get_bounds()
            pixels_x, pixels_y = image.get_px_size()
            shown_x, shown_y = right - left, top - bottom
            if shown_x <= 0 or shown_y <= 0 or pixels_x <= 0 or pixels_y <= 0:
                continue
            dpi = min(pixels_x / shown_x, pixels_y / shown_y) * 72
            if best is None or shown_x * shown_y > best[0]:
                best = (shown_x * shown_y, dpi)
    except pdfium.PdfiumError:
        return None  # an unreadable image: render at the default resolution
    finally:
        page.close()
    if best is None or best[0] < 0.5 * width * height:
        return None
    return best[1]


MIN_OCR_DPI = 150  # below this the engine misreads small print; a coarser scan is enlarged


def render_dpi(native: float | None, ceiling: int) -> int:
    """The scan's own resolution within [MIN_OCR_DPI, ceiling]; the ceiling without a scan."""
    if native is None:
        return ceiling
    return max(min(round(native), ceiling), min(MIN_OCR_DPI, ceiling))


def _render(page: pdfium.PdfPage, dpi: int, max_pixels: int) -> Image.Image:
    width, height = page.get_size()
    pixels = (width * dpi / 72) * (height * dpi / 72)
    if not math.isfinite(pixels) or pixels > max_pixels:
        raise PageTooLargeError(
            f"{width:.0f} x {height:.0f} pt at {dpi} dpi is {pixels / 1e6:.0f} million "
            f"pixels, over the OCR budget of {max_pixels / 1e6:.0f} million"
        )
    bitmap = page.render(scale=dpi / 72, grayscale=True)
    try:
        image: Image.Image = bitmap.to_pil().copy()  # to_pil shares pdfium's buffer
        return image
    finally:
        bitmap.close()


@dataclass(frozen=True)
class PageFailure:
    number: int
    code: str  # the warning's code
    message: str


def recognise_document(
    data: bytes, numbers: list[int], engine: Engine, dpi: int, max_pixels: int
) -> Iterator[RecognisedPage | PageFailure]:
    """Each wanted page (1-based numbers) recognised, or why not, one page in memory at a time."""
    pdf = pdfium.PdfDocument(data)
    try:
        for number in numbers:
            try:
                page_dpi = render_dpi(scan_resolution(pdf, number - 1), dpi)
                image = render_page(pdf, number - 1, page_dpi, max_pixels)
            except PageTooLargeError as exc:
                yield PageFailure(number, "ocr_page_too_large", f"page {number} not OCR'd: {exc}")
                continue
            except pdfium.PdfiumError as exc:
                yield PageFailure(number, "ocr_failed", f"page {number} cannot be rendered: {exc}")
                continue
            geometry = PageGeometry(page_dpi, image.width, image.height)
            try:
                yield recognise_page(image, number, geometry, engine)
            except OcrFailedError as exc:
                yield PageFailure(number, "ocr_failed", f"page {number}: OCR failed: {exc}")
            finally:
                image.close()
    finally:
        pdf.close()


def recognise_page(
    image: Image.Image, number: int, geometry: PageGeometry, engine: Engine
) -> RecognisedPage:
    lines = recognise(image, engine, geometry.dpi)
    confidence, words = page_confidence(lines)
    skew = math.degrees(math.atan(page_skew(lines)))
    return RecognisedPage(
        number=number,
        width=geometry.width_px * geometry.scale,
        height=geometry.height_px * geometry.scale,
        chars=page_chars(lines, image, geometry),
        confidence=confidence,
        words=words,
        skew_degrees=round(skew, 2),
        dpi=geometry.dpi,
    )


# ---------------------------------------------------------------------------------------
# The extract stage's hook: which pages to recognise, and their lines


@dataclass(frozen=True)
class PageRecord:
    """What the document says about one recognised page."""

    number: int
    confidence: float
    words: int
    dpi: int


@dataclass
class OcrOutcome:
    pages: list[RawPage]  # every page, the recognised ones replaced
    engine: Engine | None = None
    recognised: list[PageRecord] = field(default_factory=list)
    warnings: list[DocumentWarning] = field(default_factory=list)
    # Why pages with images but no text stay without text: ends their warning's message.
    reason: str = ""
    seconds: float = 0.0  # time spent rendering and recognising

    def records(self) -> list[OcrPage]:
        """The document's record of its recognised pages, with the engine and its version."""
        if self.engine is None:
            return []
        return [
            OcrPage(
                page=record.number,
                engine=ENGINE_NAME,
                engine_version=self.engine.version,
                dpi=record.dpi,
                confidence=record.confidence,
                words=record.words,
            )
            for record in sorted(self.recognised, key=lambda record: record.number)
        ]


def wants_ocr(page: RawPage, mode: OcrMode) -> bool:
    """force: every page; auto: a page with images and no text layer (never a page with text)."""
    if page.over_limit is not None:
        return False  # skipped for a work cap (pipeline/limits.py): not rendered either
    return mode == "force" or (mode == "auto" and not page.lines and page.has_images)


def ocr_pages(data: bytes, pages: list[RawPage], settings: Settings) -> OcrOutcome:
    """The document's pages with the wanted ones recognised, one page image at a time."""
    if settings.ocr == "off":
        return OcrOutcome(pages, reason="OCR is off (--ocr off)")
    wanted = [page.number for page in pages if wants_ocr(page, settings.ocr)]
    if not wanted:
        return OcrOutcome(pages)
    engine = find_engine()
    if engine is None:
        return OcrOutcome(pages, reason=missing_engine_message())
    started = time.perf_counter()
    outcome = OcrOutcome(list(pages), engine)
    by_number = {page.number: index for index, page in enumerate(pages)}
    recognised = recognise_document(data, wanted, engine, settings.ocr_dpi, settings.max_ocr_pixels)
    for result in recognised:
        if isinstance(result, PageFailure):
            failure = DocumentWarning(code=result.code, message=result.message, page=result.number)
            outcome.warnings.append(failure)
            continue
        original = pages[by_number[result.number]]
        # The page's own links stay: annotations are not in the image.
        lines = page_lines(result.chars, result.number, result.width)
        outcome.pages[by_number[result.number]] = RawPage(
            result.number, result.width, result.height, lines, original.links, original.has_images
        )
        for line in lines:
            line.chars = []  # as for digital pages: layout facts stay on the line
        record = PageRecord(result.number, result.confidence, result.words, result.dpi)
        outcome.recognised.append(record)
    snap_line_sizes(outcome)
    outcome.seconds = time.perf_counter() - started
    refused = [w for w in outcome.warnings if w.code == "ocr_page_too_large"]
    if refused and not any(page.lines for page in outcome.pages):
        # Nothing readable is left: the file fails for its size, not for lack of text.
        raise TooLargeError(refused[0].message)
    if any(not outcome.pages[by_number[n]].lines for n in wanted):
        outcome.reason = "OCR found no text on it" if not refused else "see the OCR warning"
    return outcome


def snap_line_sizes(outcome: OcrOutcome) -> None:
    """Recognised lines take the size of digital lines, or of more common recognised
    lines, within SIZE_TOLERANCE (see size_mapping)."""
    numbers = {record.number for record in outcome.recognised}
    anchors: Counter[float] = Counter()
    estimates: Counter[float] = Counter()
    for page in outcome.pages:
        target = estimates if page.number in numbers else anchors
        for line in page.lines:
            target[line.size] += len(line.text)
    mapping = size_mapping(anchors, estimates)
    for page in outcome.pages:
        if page.number in numbers:
            for line in page.lines:
                line.size = mapping.get(line.size, line.size)
