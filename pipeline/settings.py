"""Settings of one run: everything a worker needs to process a file, picklable."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MAX_PAGES = 1500
DEFAULT_MAX_BYTES = 200 * 1024 * 1024
DEFAULT_TIMEOUT_SECONDS = 600.0


@dataclass(frozen=True)
class Settings:
    model: str | None = None  # spaCy package name; None picks the best installed one
    max_pages: int = DEFAULT_MAX_PAGES
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_TIMEOUT_SECONDS
    ocr: bool = False
