"""Doubtful words read a second time with Tesseract's Latin-script model.

The English model has no accented letters: "cooperación" comes out as "cooperacien",
"für" as "fiir", "formação" as "formacdo", and an organisation's name no longer matches.
Reading every page with the Latin-script model (`tesseract-ocr-script-latn`) fixes that
but costs 1.5 times the engine's time; the English model is unsure of exactly these
words (confidence mostly below 90, against 95-96 for the words it reads right), so only
the words it doubts are read again, one box at a time, and the Latin reading is kept when
the engine is surer of it and it gains an accent (other changes were as often wrong as
right: "paula" read as "vaula"). When the Latin model is not installed, the English reading
stays as it is.
"""

from __future__ import annotations

import struct
import tempfile
import unicodedata
from dataclasses import replace
from pathlib import Path

import tesserocr
from PIL import Image

from pipeline.ocr_words import OcrLine, Word, normalise_word

SCRIPT_MODEL = "Latin"  # tessdata's model of every language written in the Latin script
REREAD_BELOW = 90.0  # an English-model word scored below this is read again
MIN_LETTERS = 3  # a shorter word (initials, "de") gains nothing from a second reading
PADDING = 3  # pixels around the word's box, so that its first and last strokes are whole


_LOADED: dict[str, tesserocr.PyTessBaseAPI | None] = {}


def _script_api(models: str) -> tesserocr.PyTessBaseAPI | None:
    """The Latin-script engine, loaded once per document (`release_script_model`), or None
    when its model is not installed."""
    if models not in _LOADED:
        _LOADED[models] = _load_script_api(models)
    return _LOADED[models]


def release_script_model() -> None:
    """Unload the Latin-script engine (13 MB) once a document's pages are read: the worker
    peaks in the later stages, and loading it again costs 0.08 s of CPU."""
    for api in _LOADED.values():
        if api is not None:
            api.End()
    _LOADED.clear()


def _load_script_api(models: str) -> tesserocr.PyTessBaseAPI | None:
    """The Latin-script engine, or None when its model is not installed.
    Loaded from a copy of the model without its word list (`network_only`): the list is
    89 MB of the model's 89.4 MB, Tesseract holds a model file whole while loading it (a
    peak of 260 MB more in the worker), and a word read alone, without its neighbours,
    is read by the network (`lstm_use_matrix=0`: no dictionary)."""
    source = Path(models) / f"{SCRIPT_MODEL}.traineddata"
    if not source.is_file():
        return None
    try:
        with tempfile.TemporaryDirectory(prefix="nominations-ocr-") as scratch:
            (Path(scratch) / source.name).write_bytes(network_only(source))
            return tesserocr.PyTessBaseAPI(
                path=scratch,
                lang=SCRIPT_MODEL,
                oem=tesserocr.OEM.LSTM_ONLY,
                psm=tesserocr.PSM.SINGLE_WORD,
                variables={"lstm_use_matrix": "0"},
            )
    except (OSError, ValueError, RuntimeError):
        return None  # an unreadable model: the English reading stays


# A traineddata file: the number of entries (int32), their offsets (int64, -1 for an absent
# one), then the entries in offset order (Tesseract's tessdatamanager.cpp).
LSTM_WORD_LIST = 19  # TESSDATA_LSTM_SYSTEM_DAWG
HEADER_ENTRY = struct.Struct("<q")


def network_only(path: Path) -> bytes:
    """The model at `path` without its LSTM word list, every other entry as it was; read
    entry by entry, so the word list is never in memory."""
    with path.open("rb") as model:
        size = model.seek(0, 2)
        model.seek(0)
        (count,) = struct.unpack("<i", model.read(4))
        if not 0 < count <= 64:
            raise ValueError(f"{path} is not a traineddata file ({count} entries)")
        offsets = [HEADER_ENTRY.unpack(model.read(8))[0] for _ in range(count)]
        present = sorted(offset for offset in offsets if offset >= 0)
        ends = dict(zip(present, [*present[1:], size], strict=True))
        entries: dict[int, bytes] = {}
        for index, offset in enumerate(offsets):
            if offset >= 0 and index != LSTM_WORD_LIST:
                model.seek(offset)
                entries[index] = model.read(ends[offset] - offset)
    new_offsets = [-1] * count
    body = bytearray()
    for index in sorted(entries):
        new_offsets[index] = 4 + 8 * count + len(body)
        body += entries[index]
    header = struct.pack("<i", count) + b"".join(HEADER_ENTRY.pack(o) for o in new_offsets)
    return header + bytes(body)


def script_model_present(models: str) -> bool:
    return _script_api(models) is not None


def doubtful(word: Word) -> bool:
    letters = sum(ch.isalpha() for ch in word.text)
    return (
        word.confidence < REREAD_BELOW
        and letters >= MIN_LETTERS
        and letters >= 0.6 * len(word.text)
        and "@" not in word.text  # addresses: normalised and validated on their own
    )


def reread_doubtful(
    lines: list[OcrLine], image: Image.Image, models: str, dpi: int
) -> list[OcrLine]:
    """The lines with each doubtful word replaced by the Latin model's reading when the
    engine is surer of that reading."""
    wanted = [
        (i, j) for i, line in enumerate(lines) for j, w in enumerate(line.words) if doubtful(w)
    ]
    if not wanted:
        return lines
    api = _script_api(models)
    if api is None:
        return lines
    result = list(lines)
    try:
        api.SetImage(image)
        api.SetSourceResolution(dpi)
        for i, j in wanted:
            word = result[i].words[j]
            better = _read_again(api, word, image.size)
            if better is not None:
                words = list(result[i].words)
                words[j] = better
                result[i] = replace(result[i], words=tuple(words))
    except RuntimeError:
        return lines  # the engine refused the image: the first reading stands
    finally:
        api.Clear()
    return result


def _read_again(api: tesserocr.PyTessBaseAPI, word: Word, size: tuple[int, int]) -> Word | None:
    x0, top, x1, bottom = word.box
    left, upper = max(0, int(x0) - PADDING), max(0, int(top) - PADDING)
    right, lower = min(size[0], int(x1) + PADDING), min(size[1], int(bottom) + PADDING)
    api.SetRectangle(left, upper, right - left, lower - upper)
    reading = api.GetUTF8Text().strip()
    if len(reading.split()) != 1:
        return None  # nothing, or more than one word: not a reading of this word
    text = normalise_word(reading)
    confidence = float(api.MeanTextConf())
    if confidence <= word.confidence or not _adds_accents(word.text, text):
        return None
    return Word(text, word.box, confidence)


def _adds_accents(first: str, second: str) -> bool:
    """The second reading has a letter the English model cannot read ("é", "ñ", "ø") and is
    the same word: about as long (an accent adds no letter, a
    misread one may add one: "fiir" for "für"), and not the first reading cut short at
    either end ("IHCAF" for "IHCAFE", "Vanuatu" for "Vanuatu."): the box can clip a
    letter or a stop that the first reading, made on the whole line, had right."""
    if not _foreign_letters(second) - _foreign_letters(first):
        return False  # no accent gained: the first reading, made on the whole line, stands
    if abs(len(first) - len(second)) > 2:
        return False
    folded = _unaccented(second)
    return not (len(folded) < len(first) and folded in first)


def _foreign_letters(text: str) -> set[str]:
    return {ch for ch in text if ch.isalpha() and not ch.isascii()}


def _unaccented(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
