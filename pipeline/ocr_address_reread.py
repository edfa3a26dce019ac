"""E-mail addresses the engine doubts, read a second time alone and enlarged.

An address is a word no dictionary knows, set in small print, with separators ("." "-")
and initials that the engine reads in the context of its whole line: on scans of the keyed
files it read "0.tarawneh" for "o.tarawneh", "j.-ximenes" for "j.ximenes", "lejla:mujkanovic"
for "lejla.mujkanovic", "jedelacruz" for "jcdelacruz", each scored well below the 95-96 of
the words it reads right. Read again alone (one line of text), from the page image enlarged
two or three times, the same addresses came out right and surer. So an address word scored
below REREAD_BELOW is read again at twice its size and, when that reading is not kept, at
three times; a reading is kept when it is one valid address and the engine is surer of it
than of the first reading. Otherwise the first reading stands (docs/decisions.md, "OCR:
e-mail addresses read again").

An address the engine cut short ("alter" "@parc-j" where the page says "alter@parc-jp.org":
an underline joined its end to nothing the layout analysis kept) is read again with the
ink that continues it on the right, and the reading is kept when it continues what the
first reading had.
"""

from __future__ import annotations

from dataclasses import replace

import numpy
import tesserocr
from PIL import Image

from pipeline.ocr_words import DARK_LEVEL, EMAIL, Box, OcrLine, Word, normalise_word

REREAD_BELOW = 90.0  # an address scored below this is read again (right ones score 90-96)
ENLARGEMENTS = (2, 3)  # the page image enlarged this many times for the second reading
PADDING = 4  # pixels of the page around the address, so that its strokes are whole
# Ink continuing a cut address: columns of ink to its right, with gaps narrower than this
# (in the line's text size: a word space is about 0.3 of it, letters touch or nearly).
CONTINUING_GAP = 0.25
MAX_CONTINUATION = 20.0  # how far right (in the line's text size) continuing ink is followed
# Around an address in running text; not part of it.
ENCLOSING = ",;:.()<>[]\"'"
ENLARGING = Image.Resampling.LANCZOS


def reread_addresses(
    lines: list[OcrLine], image: Image.Image, api: tesserocr.PyTessBaseAPI, dpi: int
) -> list[OcrLine]:
    """The lines with each doubtful address replaced by a surer reading of it alone.
    `api` is the page's engine; its page segmentation mode is left at one line of text."""
    result = list(lines)
    for index, line in enumerate(lines):
        spans = [span for span in address_spans(line) if _doubtful(line, span)]
        if not spans:
            continue
        words = list(line.words)
        for first, end in reversed(spans):  # from the right: indexes before stay valid
            better = _read_again(api, line, first, end, image, dpi)
            if better is not None:
                words[first:end] = [better]
        result[index] = replace(line, words=tuple(words))
    return result


def address_spans(line: OcrLine) -> list[tuple[int, int]]:
    """(first, end) word indexes of each address on the line: a word holding an '@', with
    the word before it when it starts with the '@' and the word after it when it ends with
    one (the engine cut "alter" "@parc-j" there)."""
    spans: list[tuple[int, int]] = []
    words = line.words
    for index, word in enumerate(words):
        if "@" not in word.text or (spans and index < spans[-1][1]):
            continue
        first, end = index, index + 1
        if word.text.startswith("@") and index > 0 and "@" not in words[index - 1].text:
            first = index - 1
        if word.text.endswith("@") and end < len(words) and "@" not in words[end].text:
            end += 1
        spans.append((first, end))
    return spans


def is_address(text: str) -> bool:
    return EMAIL.match(text.strip(ENCLOSING)) is not None


def _doubtful(line: OcrLine, span: tuple[int, int]) -> bool:
    return min(word.confidence for word in line.words[span[0] : span[1]]) < REREAD_BELOW


def _read_again(
    api: tesserocr.PyTessBaseAPI,
    line: OcrLine,
    first: int,
    end: int,
    image: Image.Image,
    dpi: int,
) -> Word | None:
    """The first enlarged reading that is kept (see `_kept`), or None."""
    words = line.words[first:end]
    box = (
        words[0].box[0],
        min(w.box[1] for w in words),
        words[-1].box[2],
        max(w.box[3] for w in words),
    )
    written = "".join(word.text for word in words)
    cut = False  # the address was read short: ink continues it on the right
    if not is_address(written):
        widened = _with_continuing_ink(box, image, line.x_size)
        cut, box = widened[2] > box[2], widened
    confidence = min(word.confidence for word in words)
    crop = image.crop(
        (
            max(0, int(box[0]) - PADDING),
            max(0, int(box[1]) - PADDING),
            min(image.width, int(box[2]) + PADDING),
            min(image.height, int(box[3]) + PADDING),
        )
    )
    try:
        api.SetPageSegMode(tesserocr.PSM.SINGLE_LINE)
        for factor in ENLARGEMENTS:
            api.SetImage(crop.resize((crop.width * factor, crop.height * factor), ENLARGING))
            api.SetSourceResolution(dpi * factor)
            reading = one_address(api.GetUTF8Text())
            surety = float(api.MeanTextConf())
            if reading is not None and _kept(reading, surety, written, confidence, cut):
                return Word(reading, box, surety)
    except RuntimeError:
        pass  # the engine refused the crop: the first reading stands
    finally:
        api.Clear()
        crop.close()
    return None


def _kept(reading: str, surety: float, written: str, confidence: float, cut: bool) -> bool:
    """A second reading (one valid address) replaces the first when the engine is surer of
    it; a cut address's reading must instead continue what the first reading had (the
    engine was sure of that part; the rest was not read at all)."""
    if cut:
        return reading.lower().startswith(written.lower())
    return surety > confidence


def one_address(reading: str) -> str | None:
    """The reading as one word when it is one valid address (its pieces joined at an '@',
    where the engine may see a space), else None: a reading in two pieces ("org.t tr") is
    not a reading of one address."""
    pieces: list[str] = []
    for piece in reading.split():
        if pieces and (piece.startswith("@") or pieces[-1].endswith("@")):
            pieces[-1] += piece
        else:
            pieces.append(piece)
    if len(pieces) != 1:
        return None
    text = normalise_word(pieces[0])
    return text if is_address(text) else None


def _with_continuing_ink(box: Box, image: Image.Image, x_size: float) -> Box:
    """The box widened to the right over the ink that continues it on its line (gaps under
    CONTINUING_GAP of the text size), up to MAX_CONTINUATION text sizes."""
    x0, top, x1, bottom = box
    reach = min(image.width, int(x1 + MAX_CONTINUATION * x_size))
    if reach <= int(x1) or bottom <= top:
        return box
    band: numpy.ndarray = numpy.asarray(image.crop((int(x1), int(top), reach, int(bottom))))
    gap = max(1, round(CONTINUING_GAP * x_size))
    end = 0  # columns of continuing ink, from the box's right edge
    for column in numpy.flatnonzero((band < DARK_LEVEL).any(axis=0)).tolist():
        if column - end >= gap:
            break  # a blank run as wide as `gap` before this column: the address ended
        end = column + 1
    return (x0, top, x1 + end, bottom)
