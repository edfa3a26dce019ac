"""OCR: pages without a text layer -> char dicts that extract's line builder consumes.

The engine is Tesseract 5 in this process, through tesserocr (its C API; the wheel ships the
library) with the system's English model, loaded once per worker and run on each page image
rendered by pdfium, one page at a time. Its hOCR output gives words,
their boxes and confidences, and per line a text size and a baseline; the words become
chars shaped like pdfplumber's (text, x0, x1, top, bottom, size, fontname, upright) in
PDF points, so lines, columns, furniture, markers and hyphenation are found by the same
code as for digital text.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import math
import os
import re
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import tesserocr
from PIL import Image

from pipeline.errors import TooLargeError
from pipeline.extract import RawPage, page_lines
from pipeline.models import DocumentWarning, OcrPage
from pipeline.ocr_address_reread import reread_addresses
from pipeline.ocr_addresses import fix_addresses
from pipeline.ocr_chars import PageGeometry, page_chars, page_confidence, page_skew, size_mapping
from pipeline.ocr_page_image import PageTooLargeError, page_image
from pipeline.ocr_reread import release_script_model, reread_doubtful
from pipeline.ocr_words import (
    LEADER_PAGE,
    OcrFailedError,
    OcrLine,
    erase_dot_leaders,
    parse_hocr,
    with_leaders,
)
from pipeline.settings import OcrMode, Settings

ENGINE_NAME = "tesseract"
LANGUAGE = "eng"
MODEL_FILE = f"{LANGUAGE}.traineddata"
INSTALL_HINT = (
    "install Tesseract's English model "
    "(Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-eng)"
)
# Where Linux distributions and Homebrew put Tesseract's models; TESSDATA_PREFIX, when set,
# is the only place looked at, as for Tesseract itself.
MODEL_DIRECTORIES = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
    "/opt/homebrew/share/tessdata",
)


@dataclass(frozen=True)
class Engine:
    version: str  # "5.5.4": the library tesserocr's wheel ships
    models: str  # the directory holding eng.traineddata


@lru_cache(maxsize=1)
def find_engine() -> Engine | None:
    """The engine with its English model, or None (then OCR cannot run)."""
    models = model_directory()
    if models is None:
        return None
    match = re.search(r"tesseract\s+v?(\d+(?:\.\d+)*)", tesserocr.tesseract_version())
    if match is None:
        return None
    return Engine(match.group(1), models)


def model_directory() -> str | None:
    prefix = os.environ.get("TESSDATA_PREFIX")
    candidates = [prefix] if prefix else MODEL_DIRECTORIES
    for directory in candidates:
        if (Path(directory) / MODEL_FILE).is_file():
            return directory
    return None


def missing_engine_message() -> str:
    return f"OCR needs Tesseract's English model ({MODEL_FILE}), which is not found: {INSTALL_HINT}"


@lru_cache(maxsize=1)
def _api(models: str) -> tesserocr.PyTessBaseAPI:
    """One engine per worker process, its model loaded once (0.1-0.2 s) and kept. LSTM
    only: its result for a page does not depend on the pages read before (the legacy
    engine's adaptive classifier would learn from them)."""
    try:
        return tesserocr.PyTessBaseAPI(path=models, lang=LANGUAGE, oem=tesserocr.OEM.LSTM_ONLY)
    except RuntimeError as exc:
        raise OcrFailedError(f"the engine cannot load its model from {models}: {exc}") from exc


# ---------------------------------------------------------------------------------------
# One page: image -> words


def recognise(image: Image.Image, engine: Engine, dpi: int) -> list[OcrLine]:
    """The engine's lines and words for a grayscale page image. Dot leaders are taken out
    of the image first (the engine reads them as "cece eee" and garbles the whole line)
    and put back as words of dots, as a digital table of contents has them."""
    cleaned, leaders = erase_dot_leaders(image, dpi)
    api = _api(engine.models)
    # A page of leaders is a table of contents: one block of rows. The engine's own layout
    # analysis (mode 3) read its column of page numbers as one vertical word.
    layout = tesserocr.PSM.SINGLE_BLOCK if len(leaders) >= LEADER_PAGE else tesserocr.PSM.AUTO
    try:
        try:
            api.SetPageSegMode(layout)
            api.SetImage(cleaned)
            api.SetSourceResolution(dpi)
            hocr = api.GetHOCRText(0)
        except RuntimeError as exc:
            raise OcrFailedError(f"{type(exc).__name__}: {exc}") from exc
        finally:
            api.Clear()  # the page's image and results: only the model stays
        lines = [line for line in parse_hocr(hocr.encode("utf-8")) if line.words]
        lines = reread_addresses(lines, cleaned, api, dpi)
        lines = reread_doubtful(lines, cleaned, engine.models, dpi)
    finally:
        if cleaned is not image:
            cleaned.close()
    return with_leaders(lines, leaders)


# ---------------------------------------------------------------------------------------
# Dot leaders: rows of small isolated dots, found with box sums over the ink (numpy)


# ---------------------------------------------------------------------------------------
# Normalisation of the engine's text


# ---------------------------------------------------------------------------------------
# Words -> chars in PDF points


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


# ---------------------------------------------------------------------------------------
# Sizes across the document: one size per font, as a digital PDF has


# ---------------------------------------------------------------------------------------
# The document: render and recognise the wanted pages, one at a time


@dataclass(frozen=True)
class PageFailure:
    number: int
    code: str  # the warning's code
    message: str


def recognise_document(
    data: bytes, numbers: list[int], engine: Engine, dpi: int, max_pixels: int
) -> Iterator[RecognisedPage | PageFailure]:
    """Each wanted page (1-based numbers) recognised, or why not, one page in memory at a time."""
    for number in numbers:
        try:
            image, page_dpi = page_image(data, number, dpi, max_pixels)
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
    read = {record.number for record in outcome.recognised}
    fix_addresses(
        [line for page in outcome.pages if page.number in read for line in page.lines],
        (line for page in outcome.pages for line in page.lines),
    )
    snap_line_sizes(outcome)
    release_script_model()
    release_freed_memory()
    outcome.seconds = time.perf_counter() - started
    refused = [w for w in outcome.warnings if w.code == "ocr_page_too_large"]
    if refused and not any(page.lines for page in outcome.pages):
        # Nothing readable is left: the file fails for its size, not for lack of text.
        raise TooLargeError(refused[0].message)
    if any(not outcome.pages[by_number[n]].lines for n in wanted):
        outcome.reason = "OCR found no text on it" if not refused else "see the OCR warning"
    return outcome


def release_freed_memory() -> None:
    """Give the engine's freed page memory back to the system (glibc keeps it otherwise,
    about 30 MB, through the later stages of the document, when the worker peaks)."""
    trim = getattr(_libc(), "malloc_trim", None)
    if trim is not None:
        trim(0)


@lru_cache(maxsize=1)
def _libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name) if name else None
    except OSError:
        return None


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
