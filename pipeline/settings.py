"""Settings of one run: everything a worker needs to process a file, picklable."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

DEFAULT_MAX_PAGES = 1500
DEFAULT_MAX_BYTES = 200 * 1024 * 1024
DEFAULT_TIMEOUT_SECONDS = 600.0
# OCR: auto recognises pages without a text layer, off never, force every page.
OcrMode = Literal["auto", "off", "force"]
OCR_MODES: tuple[OcrMode, ...] = ("auto", "off", "force")
# The character reader: pdfplumber (the reference) or pdfium (faster; docs/decisions.md).
Reader = Literal["pdfplumber", "pdfium"]
READERS: tuple[Reader, ...] = ("pdfplumber", "pdfium")
DEFAULT_READER: Reader = "pdfplumber"
# A scan is rendered at its own resolution, at most this (and at least 150 dpi). 250, not
# 300: 300 dpi bitonal scans read at 250 gave better text for less CPU (issue 10,
# docs/decisions.md "OCR: Tesseract 5 ...", "Resolution").
DEFAULT_OCR_DPI = 250
# Pixels of one page image rendered for OCR: A3 at 300 dpi (17.4 million) fits well inside;
# a page of absurd size is refused before its image is allocated (8 bits a pixel).
DEFAULT_MAX_OCR_PIXELS = 40_000_000
# Work caps (pipeline/limits.py, docs/decisions.md "Memory and work caps"): defaults for the
# 24 GB / 2-core machine. A legitimate 300-page batch stays far inside each: the densest
# page of the sample, the fixtures and the 52 third-party PDFs draws 9,407 characters and
# 1,054 graphic objects, and their largest content stream inflates to 146 KiB.
DEFAULT_MAX_MEMORY = 2 * 1024**3  # per worker process tree, bytes
DEFAULT_MAX_PAGE_CHARS = 200_000
DEFAULT_MAX_PAGE_OBJECTS = 200_000
DEFAULT_MAX_STREAM_BYTES = 64 * 1024**2  # one content stream, inflated


@dataclass(frozen=True)
class Settings:
    model: str | None = None  # spaCy package name; None picks the best installed one
    max_pages: int = DEFAULT_MAX_PAGES
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_TIMEOUT_SECONDS
    max_memory: int = DEFAULT_MAX_MEMORY
    max_page_chars: int = DEFAULT_MAX_PAGE_CHARS
    max_page_objects: int = DEFAULT_MAX_PAGE_OBJECTS
    max_stream_bytes: int = DEFAULT_MAX_STREAM_BYTES
    ocr: OcrMode = "auto"
    ocr_dpi: int = DEFAULT_OCR_DPI
    max_ocr_pixels: int = DEFAULT_MAX_OCR_PIXELS
    reader: Reader = DEFAULT_READER
