"""Extract: PDF bytes -> lines in reading order, with layout facts and link annotations."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psparser import PSException
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException
from pdfplumber.utils.text import LIGATURES

from pipeline import formfields, limits, tables
from pipeline.errors import (
    DamagedPdfError,
    DocumentLoadError,
    EmptyFileError,
    EncryptedPdfError,
    NoTextLayerError,
    NotPdfError,
    TooLargeError,
)
from pipeline.furniture import is_page_furniture, running_furniture
from pipeline.left_column_pages import read_left_columns_alone
from pipeline.lines import Line, RawLine, mark_list_items, resolve_hyphenation
from pipeline.links import Link, page_links
from pipeline.models import DocumentWarning, OcrPage
from pipeline.page_lines import page_lines as page_lines  # re-exported: OCR builds with it
from pipeline.settings import Settings


@dataclass
class ExtractedDocument:
    page_count: int
    lines: list[Line] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    warnings: list[DocumentWarning] = field(default_factory=list)
    page_width: float = 595.0
    page_height: float = 842.0
    title: str | None = None  # from the PDF metadata, if any
    ocr: list[OcrPage] = field(default_factory=list)  # the pages recognised by OCR
    ocr_seconds: float = 0.0  # part of the extract time spent on OCR


# ---------------------------------------------------------------------------
# Opening the PDF: every failure becomes a typed error.

T = TypeVar("T")
PDF_MAGIC = b"%PDF-"
# Where a PDF header may start: some producers put junk bytes before it.
MAGIC_SEARCH_WINDOW = 1024


def extract_pdf(data: bytes, settings: Settings) -> ExtractedDocument:
    """Read every page of a PDF into lines, links and warnings, one page at a time."""
    check_pdf_bytes(data, settings)
    if settings.reader == "pdfium":
        from pipeline import pdfium_reader  # deferred: it builds on this module's pages

        read = pdfium_reader.read_document(data, settings)
    else:
        read = read_document(data, settings)
    from pipeline import ocr  # deferred: ocr builds on this module's line builder

    recognised = ocr.ocr_pages(data, read.pages, settings)
    document = assemble_document(
        recognised.pages, read.page_count, *read.size, read.title, settings.model, recognised.reason
    )
    document.warnings.extend(recognised.warnings)
    document.ocr, document.ocr_seconds = recognised.records(), recognised.seconds
    return document


@dataclass
class ReadDocument:
    """What a reader gives for a whole PDF: its pages and document facts."""

    pages: list[RawPage]
    page_count: int
    size: tuple[float, float]  # the first page's
    title: str | None


def read_document(data: bytes, settings: Settings) -> ReadDocument:
    """The pdfplumber reader (the reference): every page's chars, links, tables, fields."""
    with open_pdf(data) as pdf:
        try:
            # Counted before pdfplumber builds a Page per page: a tree of 50,000 pages is
            # refused in a fraction of a second.
            limits.count_pages(pdf.doc, settings.max_pages)
            page_count = len(pdf.pages)
        except PARSER_ERRORS as exc:
            raise DamagedPdfError(f"the page tree cannot be read: {describe(exc)}") from exc
        if page_count == 0:
            raise EmptyFileError("the PDF has no pages")
        pages = [
            read_page(page, number, settings) for number, page in enumerate(pdf.pages, start=1)
        ]
        return ReadDocument(
            pages, page_count, first_page_size(pdf), metadata_title(safe_metadata(pdf))
        )


# What pdfminer raises on broken files besides its own types.
PARSER_ERRORS = (
    PdfminerException,
    MalformedPDFException,
    PSException,
    ValueError,
    KeyError,
    TypeError,
    AttributeError,
    IndexError,
    RecursionError,
    AssertionError,
)


def describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"[:300]


def check_pdf_bytes(data: bytes, settings: Settings) -> None:
    if not data:
        raise EmptyFileError("the file is empty (0 bytes)")
    if len(data) > settings.max_bytes:
        raise TooLargeError(f"{len(data)} bytes is over the limit of {settings.max_bytes}")
    if PDF_MAGIC not in data[:MAGIC_SEARCH_WINDOW]:
        kind = "an HTML page" if b"<html" in data[:MAGIC_SEARCH_WINDOW].lower() else "not a PDF"
        raise NotPdfError(f"no %PDF- header: the file is {kind}")


@contextmanager
def open_pdf(data: bytes) -> Iterator[pdfplumber.pdf.PDF]:
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except PdfminerException as exc:
        raise classify_open_error(exc.args[0] if exc.args else exc) from exc
    except Exception as exc:  # pdfminer raises many unrelated types on broken files
        raise classify_open_error(exc) from exc
    closing = True
    try:
        yield pdf
    except MemoryError:
        closing = False  # no work at all once memory ran out: the worker is retired anyway
        raise
    finally:
        # close() walks the page tree again; on a broken tree it raises and would mask the
        # DamagedPdfError already on its way. When no page was built (a file refused before
        # that), it would build every page just to close it: the bytes need no closing.
        if closing and hasattr(pdf, "_pages"):
            with contextlib.suppress(Exception):
                pdf.close()


def classify_open_error(cause: object) -> DocumentLoadError:
    if isinstance(cause, PDFPasswordIncorrect) or "password" in str(cause).lower():
        return EncryptedPdfError("the PDF is encrypted and needs a password to open")
    if isinstance(cause, PDFEncryptionError):
        return EncryptedPdfError(f"the PDF uses an unsupported encryption: {cause}")
    if isinstance(cause, PDFSyntaxError):
        return DamagedPdfError(f"the PDF cannot be parsed: {cause}")
    return DamagedPdfError(f"the PDF cannot be opened: {type(cause).__name__}: {cause}")


def first_page_size(pdf: pdfplumber.pdf.PDF) -> tuple[float, float]:
    if not pdf.pages:
        return 595.0, 842.0
    page = pdf.pages[0]
    return float(page.width), float(page.height)


def safe_metadata(pdf: pdfplumber.pdf.PDF) -> dict[str, Any]:
    try:
        return dict(pdf.metadata)
    except PARSER_ERRORS:  # broken metadata never costs the document
        return {}


def metadata_title(metadata: dict[str, Any]) -> str | None:
    title = metadata.get("Title")
    if isinstance(title, bytes):
        title = title.decode("utf-8", "replace")
    return title.strip() or None if isinstance(title, str) else None


# ---------------------------------------------------------------------------
# One page: chars -> raw lines. The page's caches are flushed so memory stays flat.


@dataclass
class RawPage:
    number: int
    width: float
    height: float
    lines: list[RawLine]
    links: list[Link]
    has_images: bool
    over_limit: DocumentWarning | None = None  # why the page was skipped (a work cap), if it was
    notes: list[DocumentWarning] = field(default_factory=list)  # secondary layers it could not read


def read_page(page: pdfplumber.page.Page, number: int, settings: Settings) -> RawPage:
    try:
        limits.build_layout(
            page, settings.max_page_chars, settings.max_page_objects, settings.max_stream_bytes
        )
    except limits.PageOverLimit as exc:
        return skipped_page(page, number, str(exc))
    except PARSER_ERRORS as exc:
        raise DamagedPdfError(f"page {number} cannot be read: {describe(exc)}") from exc
    notes: list[DocumentWarning] = []
    try:
        # Answers typed into a fillable form's fields read as if printed where they sit.
        values = optional_layer(
            number, "form fields", lambda: formfields.page_field_values(page), notes
        )
        size = float(page.width), float(page.height)
        return compose_page(
            number,
            size,
            page.chars,
            values or [],
            find_tables=lambda: tables.page_tables(page),
            hyperlinks=lambda: page.hyperlinks,
            has_images=lambda: bool(page.images),
            notes=notes,
        )
    except PARSER_ERRORS as exc:
        raise DamagedPdfError(f"page {number} cannot be read: {describe(exc)}") from exc
    finally:
        page.flush_cache()
        page.get_textmap.cache_clear()


def compose_page(
    number: int,
    size: tuple[float, float],
    chars: list[dict[str, Any]],
    values: list[formfields.FieldValue],
    find_tables: Callable[[], list[tables.Table]],
    hyperlinks: Callable[[], list[dict[str, Any]]],
    has_images: Callable[[], bool],
    notes: list[DocumentWarning],
) -> RawPage:
    """A page from what a reader gives (pdfplumber's or pdfium's): chars in pdfplumber's
    shape, form field values, and the secondary layers to read."""
    chars = page_text_chars(chars) + formfields.field_chars(values)
    if values:
        notes.append(formfields.fields_note(number, len(values)))
    lines = tables.lines_by_cell(find_tables(), chars, number, size[0], page_lines)
    links = optional_layer(number, "links", lambda: page_links(hyperlinks(), number, lines), notes)
    for line in lines:
        line.chars = []  # layout facts are kept on the line; chars would cost memory
    images = optional_layer(number, "images", has_images, notes)
    return RawPage(number, *size, lines, links or [], bool(images), None, notes)


def optional_layer(
    number: int | None, layer: str, read: Callable[[], T], notes: list[DocumentWarning]
) -> T | None:
    """A secondary layer of a page (links, images, form fields): when it cannot be read, the
    page keeps its text and a warning names the page and the layer. Only the text layer
    may cost the document (a real PDF's link annotations recurse without end in pdfminer)."""
    try:
        return read()
    except PARSER_ERRORS as exc:
        where = f"page {number}" if number is not None else "the document"
        message = f"{where}: its {layer} could not be read ({describe(exc)}); text kept"
        notes.append(DocumentWarning(code="layer_unreadable", message=message, page=number))
        return None


def skipped_page(page: pdfplumber.page.Page, number: int, reason: str) -> RawPage:
    """A page over a work cap: no content, a warning (the rest of the file still counts)."""
    page.flush_cache()
    warning = DocumentWarning(
        code="page_over_limit",
        message=f"page {number} was skipped: it {reason} (a hostile or broken page?)",
        page=number,
    )
    return RawPage(number, float(page.width), float(page.height), [], [], False, warning)


def page_text_chars(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Upright chars; vertical ones only when the whole page is turned (rotated scans).
    Ligature glyphs are spelled out, as pdfplumber's own `extract_text` does: "Aseﬀa" must
    read "Asseffa" for the name, and "aseﬀa@ilo.org" to be an e-mail at all."""
    visible = [expand_ligature(c) for c in chars if c["text"] not in ("\x00", "")]
    upright = [c for c in visible if c.get("upright", True)]
    return upright if len(upright) * 2 >= len(visible) else visible


def expand_ligature(char: dict[str, Any]) -> dict[str, Any]:
    letters = LIGATURES.get(char["text"])
    return char if letters is None else {**char, "text": letters}


# ---------------------------------------------------------------------------
# The whole document: running headers/footers, list markers, hyphenation.


def assemble_document(
    pages: list[RawPage],
    page_count: int,
    width: float,
    height: float,
    title: str | None,
    model: str | None = None,
    textless_reason: str = "",
) -> ExtractedDocument:
    warnings = text_layer_warnings(pages, textless_reason)
    furniture = running_furniture(pages)
    bodies = [
        [line for line in page.lines if not is_page_furniture(line, page, furniture)]
        for page in pages
    ]
    read_left_columns_alone(pages, bodies)
    raw_lines = [line for body in bodies for line in body]
    lines = resolve_hyphenation(mark_list_items(raw_lines), model)
    links = [link for page in pages for link in page.links]
    return ExtractedDocument(page_count, lines, links, warnings, width, height, title)


def text_layer_warnings(pages: list[RawPage], reason: str = "") -> list[DocumentWarning]:
    """`reason`: why pages with images have no text (OCR off, no engine), for the messages."""
    because = f"; {reason}" if reason else ""
    over_limit = [page.over_limit for page in pages if page.over_limit is not None]
    if pages and len(over_limit) == len(pages):
        raise TooLargeError(f"no page could be read within the work caps: {over_limit[0].message}")
    textless = [page for page in pages if not page.lines and page.over_limit is None]
    if pages and len(textless) == len(pages):
        if any(page.has_images for page in pages):
            raise NoTextLayerError(f"no page has a text layer (a scanned document?){because}")
        raise EmptyFileError("the PDF has no text on any page")
    return (
        [
            DocumentWarning(
                code="no_text_layer",
                message=f"page {page.number} has images but no text layer; its content is "
                f"missing{because}",
                page=page.number,
            )
            for page in textless
            if page.has_images
        ]
        + over_limit
        + [note for page in pages for note in page.notes]
    )


# Hyphenation -----------------------------------------------------------------
