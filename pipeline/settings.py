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
DEFAULT_OCR_DPI = 300
# Pixels of one page image rendered for OCR: A3 at 300 dpi (17.4 million) fits well inside;
# a page of absurd size is refused before its image is allocated (8 bits a pixel).
DEFAULT_MAX_OCR_PIXELS = 40_000_000


@dataclass(frozen=True)
class Settings:
    model: str | None = None  # spaCy package name; None picks the best installed one
    max_pages: int = DEFAULT_MAX_PAGES
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_TIMEOUT_SECONDS
    ocr: OcrMode = "auto"
    ocr_dpi: int = DEFAULT_OCR_DPI
    max_ocr_pixels: int = DEFAULT_MAX_OCR_PIXELS
