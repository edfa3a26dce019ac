"""Tesseract's page as words: hOCR parsed into lines of words with boxes and confidences,
each word's text normalised (ligatures, quotes, look-alike characters inside numbers and
addresses); and dot leaders (rows of small isolated dots), which the engine misreads, taken
out of the image and put back as words."""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

import numpy
import phonenumbers
from PIL import Image

Box = tuple[float, float, float, float]  # x0, top, x1, bottom


class OcrFailedError(Exception):
    """The engine failed on one page (it refused the image or wrote no readable hOCR)."""


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


LEADER_EM_PT = 11.0  # sizes below are in ems of body text
DOT_RADIUS_EMS = 0.07  # a dot fits in a box of this half-size
DOT_CLEARANCE_EMS = 0.17  # and nothing else is within this of its centre
LEADER_REACH_EMS = 1.0  # at least LEADER_DOTS dots within this either way: a leader
LEADER_DOTS = 4
LEADER_PAGE = 3  # leaders on a page that make it a table of contents
STRIP_ROWS = 256  # the image is worked through in strips: a few MB at a time


def _box_counts(mask: numpy.ndarray, pad: int) -> Callable[[int, int], numpy.ndarray]:
    """For windows of half-size up to `pad`: a function giving how many pixels of `mask`
    lie in the (2 rows + 1) x (2 cols + 1) window around each pixel (none beyond the
    edges). One summed-area table answers every window size."""
    height, width = mask.shape
    table = numpy.zeros((height + 2 * pad + 1, width + 2 * pad + 1), dtype=numpy.int32)
    table[1 + pad : 1 + pad + height, 1 + pad : 1 + pad + width] = mask
    table.cumsum(0, out=table)
    table.cumsum(1, out=table)

    def counts(rows: int, cols: int) -> numpy.ndarray:
        top, bottom = pad - rows, pad + rows + 1
        left, right = pad - cols, pad + cols + 1
        lower, upper = table[bottom : bottom + height], table[top : top + height]
        result: numpy.ndarray = (
            lower[:, right : right + width]
            - upper[:, right : right + width]
            - lower[:, left : left + width]
            + upper[:, left : left + width]
        )
        return result

    return counts


def _dilate(mask: numpy.ndarray, rows: int, cols: int) -> numpy.ndarray:
    """Pixels with a pixel of `mask` within `rows` above or below and `cols` either side."""
    tall = mask.copy()
    for shift in range(1, rows + 1):
        tall[shift:] |= mask[:-shift]
        tall[:-shift] |= mask[shift:]
    result = tall.copy()
    for shift in range(1, cols + 1):
        result[:, shift:] |= tall[:, :-shift]
        result[:, :-shift] |= tall[:, shift:]
    return result


def _row_counts(mask: numpy.ndarray, half: int) -> numpy.ndarray:
    """How many pixels of `mask` lie within `half` either side of each pixel on its row."""
    width = mask.shape[1]
    total = numpy.zeros((mask.shape[0], width + 2 * half + 1), dtype=numpy.int32)
    total[:, half + 1 : half + 1 + width] = mask
    total.cumsum(1, out=total)
    result: numpy.ndarray = total[:, 2 * half + 1 :] - total[:, :width]
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
        near = _leader_pixels(ink[low:high], radius, clearance, reach)
        if near is None:
            continue
        rows = min(STRIP_ROWS, height - start)
        erased[start : start + rows] = near[start - low : start - low + rows]
    if not erased.any():
        return image, []
    pixels[erased] = 255
    return Image.fromarray(pixels, mode="L"), leader_boxes(erased, reach)


def _leader_pixels(
    part: numpy.ndarray, radius: int, clearance: int, reach: int
) -> numpy.ndarray | None:
    """A strip's leader dots grown by a pixel, or None when it has none. A dot is ink
    with no other ink in the ring between `radius` and `clearance` around it; a leader's
    dots have LEADER_DOTS dots (counted by their left edges) within `reach` on their row.
    Only rows holding a dot are counted along: most of a page has none."""
    counts = _box_counts(part, clearance)
    alone = part & (counts(clearance, clearance) == counts(radius, radius))
    dotted = numpy.flatnonzero(alone.any(axis=1))
    if len(dotted) == 0:
        return None
    columns = _dilate(alone, radius, 0)
    dot_starts = numpy.zeros_like(columns)
    dot_starts[:, 1:] = columns[:, 1:] & ~columns[:, :-1]
    leader = numpy.zeros_like(alone)
    leader[dotted] = alone[dotted] & (_row_counts(dot_starts[dotted], reach) >= LEADER_DOTS)
    if not leader.any():
        return None
    return _dilate(leader, radius + 1, radius + 1)


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
# The engine's text, normalised: ligatures, quotes, look-alike characters

DARK_LEVEL = 128  # a pixel darker than this is ink (dot leaders here, stroke width in chars)
LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"'})


def normalise_word(text: str) -> str:
    """Ligatures spelled out, curly quotes straightened, odd spaces dropped, a capital I
    read as another stroke restored."""
    text = unicodedata.normalize("NFC", text.strip())
    for ligature, letters in LIGATURES.items():
        text = text.replace(ligature, letters)
    text = "".join(text.translate(QUOTES).split())
    return ELIDED_L.sub("l'", ACRONYM.sub(_acronym, text))


# An acronym (two capitals or more, maybe a plural s) in which the engine read a capital I
# as "l", "|" or "!": "MFls", "(AKS!)". A "!" only before a closing bracket or another
# capital, so that a shouted word ending a sentence ("STOP!") stays as written.
ACRONYM = re.compile(r"(?<![^\W\d_])[A-Z](?:[A-Z]|[l|]|!(?=[A-Z)]))+(?=s?(?:[^\w]|$))")
I_LOOKALIKES = str.maketrans({"l": "I", "|": "I", "!": "I"})
# "i'" opening a word is an elided "l'" (French, Italian, Catalan): no language writes "i'".
# So is "I'" before a vowel or h ("I'anacarde"): English's "I'" comes before m, v, d, l.
ELIDED_L = re.compile(r"(?<![^\W\d_])(?:i'(?=[^\W\d_])|I'(?=[aeiouhàâéèêëîïôöûüù]))")


def _acronym(match: re.Match[str]) -> str:
    letters = match.group(0)
    if sum(ch.isupper() for ch in letters) < 2:
        return letters  # "Als", "Al": a word, not an acronym
    return letters.translate(I_LOOKALIKES)


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
