"""Work caps per file: cheap checks that stop a hostile PDF before the expensive work.

The page tree is counted without building pages, a page's content streams are inflated only
up to a limit before the parser sees them, and a page's layout is built by a device that
stops at a number of characters and graphic objects. The memory cap that backs them up is
in pipeline/memory.py; docs/decisions.md ("Memory and work caps") says why both.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Any

from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.pdfpage import PDFPage
from pdfminer.pdftypes import PDFStream, resolve1
from pdfminer.psparser import LIT
from pdfplumber.page import Page, PDFPageAggregatorWithMarkedContent
from pdfplumber.utils.exceptions import PdfminerException

from pipeline import paths_content
from pipeline.errors import TooLargeError
from pipeline.memory import format_bytes

# Form XObjects looked into per page: enough for any real page, bounded for a hostile one.
MAX_STREAMS_CHECKED = 1000

FLATE = (LIT("FlateDecode"), LIT("Fl"))


class PageOverLimit(Exception):
    """One page asks for more work than a cap allows; the page is skipped with a warning."""


# ---------------------------------------------------------------------------------------
# Pages of a document


def count_pages(doc: Any, limit: int) -> int:
    """The number of pages, walking the page tree only until it passes `limit` (no page is
    built: a tree of 100,000 pages costs a fraction of a second, not minutes)."""
    count = 0
    for _page in PDFPage.create_pages(doc):
        count += 1
        if count > limit:
            raise TooLargeError(f"more than {limit} pages is over the limit (--max-pages)")
    return count


# ---------------------------------------------------------------------------------------
# One page


class CappedAggregator(PDFPageAggregatorWithMarkedContent):
    """pdfplumber's own layout device, stopping once a page draws too much.

    The cost of a page is the layout objects pdfminer builds (about a kilobyte per
    character): counting as they are made stops a five-million-character page after a
    fraction of its work and memory.
    """

    def __init__(self, *args: Any, max_chars: int, max_objects: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.max_chars = max_chars
        self.max_objects = max_objects
        self.chars = 0
        self.objects = 0

    def render_char(self, *args: Any, **kwargs: Any) -> float:
        self.chars += 1
        if self.chars > self.max_chars:
            raise PageOverLimit(f"draws more than {self.max_chars:,} characters")
        advance: float = super().render_char(*args, **kwargs)
        return advance

    def paint_path(self, *args: Any, **kwargs: Any) -> None:
        self.count_object()
        super().paint_path(*args, **kwargs)

    def render_image(self, *args: Any, **kwargs: Any) -> None:
        self.count_object()
        super().render_image(*args, **kwargs)

    def count_object(self) -> None:
        self.objects += 1
        if self.objects > self.max_objects:
            raise PageOverLimit(f"draws more than {self.max_objects:,} graphic objects")


def build_layout(page: Page, max_chars: int, max_objects: int, max_stream_bytes: int) -> None:
    """Parse the page as pdfplumber would, within the caps; PageOverLimit past one.

    The layout is stored where pdfplumber keeps its own (`page._layout`), so `page.chars`
    and every other pdfplumber property read it as usual.
    """
    check_streams(page, max_stream_bytes)
    device = CappedAggregator(
        page.pdf.rsrcmgr,
        pageno=page.page_number,
        laparams=page.pdf.laparams,
        max_chars=max_chars,
        max_objects=max_objects,
    )
    try:
        PDFPageInterpreter(page.pdf.rsrcmgr, device).process_page(page.page_obj)
    except (PageOverLimit, MemoryError):
        raise  # a cap: not a parser failure (MemoryError: the worker's memory cap)
    except Exception as exc:  # as pdfplumber's own layout property does
        raise PdfminerException(exc) from exc
    page._layout = device.get_result()


class PathsOnlyAggregator(CappedAggregator):
    """The capped device, drawing no text: the ruling lines and rectangles of a page, for
    the table finder, at a fraction of the cost of its chars (the pdfium reader reads them)."""

    def render_string(self, *args: Any, **kwargs: Any) -> None:
        return None


def build_paths_layout(page: Page, max_objects: int) -> None:
    """The page's graphics only, stored as its layout (pdfplumber's `rects`, `lines` and
    `find_tables` read it); PageOverLimit past `max_objects`. The text objects are cut
    out of the page's streams first (pipeline/paths_content.py): they draw no paths."""
    device = PathsOnlyAggregator(
        page.pdf.rsrcmgr,
        pageno=page.page_number,
        laparams=page.pdf.laparams,
        max_chars=0,
        max_objects=max_objects,
    )
    whole = page.page_obj.contents
    cut = paths_content.without_text_objects(whole)
    if cut is not None:
        page.page_obj.contents = cut
    try:
        PDFPageInterpreter(page.pdf.rsrcmgr, device).process_page(page.page_obj)
    except (PageOverLimit, MemoryError):
        raise
    except Exception as exc:
        raise PdfminerException(exc) from exc
    finally:
        page.page_obj.contents = whole
    page._layout = device.get_result()


def check_streams(page: Page, max_bytes: int) -> None:
    """PageOverLimit when a content stream of the page (or of a form it draws) would
    inflate past `max_bytes`: pdfminer inflates a whole stream in memory before parsing it."""
    for data in page_streams(page.page_obj):
        if inflated_size_over(data, max_bytes):
            raise PageOverLimit(
                f"has a content stream that inflates past {format_bytes(max_bytes)}"
            )


def content_bytes_over(page: Page, max_bytes: int) -> bool:
    """Whether the page's content (its streams and its forms', inflated) is longer than
    `max_bytes`, inflating at most that much. A page cannot show more characters than its
    content has bytes, so a page under the character cap in bytes is under it in chars."""
    left = max_bytes
    for stream in page_streams(page.page_obj):
        if stream.data is not None:
            size = len(stream.data)
        elif inflated_size_over(stream, left):
            return True
        else:
            size = len(inflated_prefix(stream, left))
        left -= size
        if left < 0:
            return True
    return False


def inflated_prefix(stream: PDFStream, max_bytes: int) -> bytes:
    """At most `max_bytes + 1` bytes of the stream's content, inflated where it is deflated."""
    filters = resolve1(stream.attrs.get("Filter"))
    first = filters[0] if isinstance(filters, list) and filters else filters
    raw = stream.rawdata or b""
    if resolve1(first) not in FLATE:
        return raw[: max_bytes + 1]
    try:
        return zlib.decompressobj().decompress(raw, max_bytes + 1)
    except zlib.error:
        return b""


def page_streams(page: PDFPage) -> Iterator[PDFStream]:
    """The page's content streams and its form XObjects' streams (nested forms too)."""
    seen: set[int] = set()
    pending: list[Any] = [*page.contents, page.resources]
    while pending and len(seen) < MAX_STREAMS_CHECKED:
        item = resolve1(pending.pop())
        if isinstance(item, PDFStream):
            if id(item) in seen:
                continue
            seen.add(id(item))
            yield item
            pending.append(item.attrs.get("Resources"))
        elif isinstance(item, dict):
            xobjects = resolve1(item.get("XObject"))
            if isinstance(xobjects, dict):
                pending.extend(x for x in xobjects.values() if is_form(resolve1(x)))
        elif isinstance(item, list):
            pending.extend(item)


def is_form(item: Any) -> bool:
    return isinstance(item, PDFStream) and resolve1(item.attrs.get("Subtype")) == LIT("Form")


def inflated_size_over(stream: PDFStream, max_bytes: int) -> bool:
    """Whether a deflated stream inflates past `max_bytes`, inflating at most that much."""
    if stream.data is not None:  # inflated already (a form drawn on an earlier page)
        return len(stream.data) > max_bytes
    filters = resolve1(stream.attrs.get("Filter"))
    first = filters[0] if isinstance(filters, list) and filters else filters
    if resolve1(first) not in FLATE or stream.rawdata is None:
        return False  # other filters expand little, or are decoded by pdfminer already
    inflater = zlib.decompressobj()
    try:
        inflated = inflater.decompress(stream.rawdata, max_bytes + 1)
    except zlib.error:
        return False  # pdfminer has its own recovery for corrupt streams
    return len(inflated) > max_bytes
