"""Running headers and footers: margin lines repeated across pages, and page numbers."""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import TYPE_CHECKING

from pipeline.lines import RawLine

if TYPE_CHECKING:  # extract imports this module; the page type is only needed for checking
    from pipeline.extract import RawPage

MARGIN_BAND = 0.1  # top and bottom tenth of the page: where headers and footers live
PAGE_NUMBER = re.compile(
    r"^(?:page\s*)?(?:\d{1,4}|[ivxlc]{1,6})(?:\s*(?:of|/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$",
    re.IGNORECASE,
)


def in_margin(line: RawLine, page: RawPage) -> bool:
    return line.bottom < page.height * MARGIN_BAND or line.top > page.height * (1 - MARGIN_BAND)


def furniture_key(line: RawLine) -> tuple[str, int]:
    """Same text (digits ignored) at the same height: a running header or footer. A page
    number at its end is left out, since two-column pages may cut it off at the gutter."""
    text = re.sub(r"\d+", "#", line.text.lower())
    return PAGE_NUMBER_TAIL.sub("", text) or text, round(line.top / 3)


PAGE_NUMBER_TAIL = re.compile(r"\s+(?:page\s*)?#(?:\s*(?:of|/)\s*#)?$")


def running_furniture(pages: list[RawPage]) -> set[tuple[str, int]]:
    counts: Counter[tuple[str, int]] = Counter()
    for page in pages:
        keys = {furniture_key(line) for line in page.lines if in_margin(line, page)}
        counts.update(keys)
    return {key for key, count in counts.items() if count >= repeats_needed(key[0], len(pages))}


NUMBERED_HEADING_KEY = re.compile(r"^(?:#|[a-z])[.)]\s")


FURNITURE_PAGE_SHARE = 0.4  # a margin line on this share of the pages is furniture
FURNITURE_MIN_PAGES = 2  # two-page files have furniture too: there it must be on both
NUMBERED_FURNITURE_PAGE_SHARE = 0.5  # stricter for a margin line that reads like "11. ..."
NUMBERED_FURNITURE_MIN_PAGES = 3


def repeats_needed(text: str, page_count: int) -> int:
    """How many pages a margin line must repeat on to be furniture."""
    if NUMBERED_HEADING_KEY.match(text):
        # "11. ILO Contacts" may open two pages of a short batch: ask for more.
        share, least = NUMBERED_FURNITURE_PAGE_SHARE, NUMBERED_FURNITURE_MIN_PAGES
    else:
        share, least = FURNITURE_PAGE_SHARE, FURNITURE_MIN_PAGES
    return max(least, math.ceil(page_count * share))


def is_page_furniture(line: RawLine, page: RawPage, furniture: set[tuple[str, int]]) -> bool:
    if not in_margin(line, page):
        return False
    return bool(PAGE_NUMBER.match(line.text.strip())) or furniture_key(line) in furniture
