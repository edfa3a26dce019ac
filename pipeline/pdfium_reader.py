"""The pdfium reader: a PDF's pages read through pypdfium2, into the pages extract builds on.

Characters, link annotations, images and page sizes come from pdfium, in the shape the
pdfplumber reader gives them (pipeline/pdfium_chars.py), so everything after the reader is
the same code. Two secondary layers still come from pdfplumber, and only on the pages that
have them: ruled tables (pdfplumber's table finder, on a layout built without its chars) on
pages that draw paths, and fillable form fields on pages with widget annotations. The work
caps are the pdfplumber reader's: the page count, the content streams' inflated size
(checked by pdfminer before pdfium inflates them), and the chars and graphic objects a page
draws. A file in which pdfium finds no text at all is read by pdfplumber instead, which
tells a damaged content stream from an empty page or a scan. docs/decisions.md ("The
pdfium reader") says why, and what still differs.
"""

from __future__ import annotations

import ctypes
import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from pipeline import extract, formfields, limits, tables
from pipeline.errors import (
    DamagedPdfError,
    DocumentLoadError,
    EmptyFileError,
    EncryptedPdfError,
    TooLargeError,
)
from pipeline.models import DocumentWarning
from pipeline.pdfium_chars import page_chars, page_geometry, page_size
from pipeline.settings import Settings

URI_BUFFER = 4096
MAX_FORM_DEPTH = 15  # forms drawn in forms: pypdfium2's default depth


def read_document(data: bytes, settings: Settings) -> extract.ReadDocument:
    """Every page of the PDF, read as extract.read_document reads it with pdfplumber."""
    with open_document(data) as pdf:
        page_count = len(pdf)
        if page_count > settings.max_pages:
            raise TooLargeError(
                f"more than {settings.max_pages} pages is over the limit (--max-pages)"
            )
        if page_count == 0:
            raise EmptyFileError("the PDF has no pages")
        fallback = PdfplumberLayers(data)
        try:
            pages = [read_page(pdf, fallback, index, settings) for index in range(page_count)]
            if not any(page.lines or page.over_limit for page in pages):
                # No text anywhere: pdfium's content parser gives up on a broken stream
                # without a word, so pdfplumber reads the file again and decides what it
                # is (damaged, empty, a scan), as with the pdfplumber reader.
                return extract.read_document(data, settings)
            if pages[0].over_limit is not None:  # not to be loaded by pdfium: see read_page
                size = fallback.page_size(0)
            else:
                first = pdf[0]
                try:
                    size = page_size(first)
                finally:
                    first.close()
            return extract.ReadDocument(pages, page_count, size, document_title(pdf))
        finally:
            fallback.close()


@contextmanager
def open_document(data: bytes) -> Iterator[pdfium.PdfDocument]:
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise classify_open_error(exc) from exc
    try:
        yield pdf
    finally:
        pdf.close()


def classify_open_error(exc: pdfium.PdfiumError) -> DocumentLoadError:
    code = getattr(exc, "err_code", None)
    if code == pdfium_c.FPDF_ERR_PASSWORD:
        return EncryptedPdfError("the PDF is encrypted and needs a password to open")
    if code == pdfium_c.FPDF_ERR_SECURITY:
        return EncryptedPdfError(f"the PDF uses an unsupported encryption: {exc}")
    return DamagedPdfError(f"the PDF cannot be opened: {exc}")


def document_title(pdf: pdfium.PdfDocument) -> str | None:
    try:
        title = pdf.get_metadata_dict(skip_empty=True).get("Title")
    except pdfium.PdfiumError:  # broken metadata never costs the document
        return None
    return extract.metadata_title({"Title": title})


# ---------------------------------------------------------------------------
# One page


@dataclass
class PageObjects:
    """What a page draws besides text, counted down into its form XObjects."""

    count: int = 0
    images: int = 0
    horizontal: bool = False  # an edge pdfplumber would call horizontal
    other: bool = False  # an edge it would call vertical (any other straight line), or
    # a path whose edges are not judged here (curves, paths in forms, turned paths)

    @property
    def may_hold_a_table(self) -> bool:
        """A ruled table needs a horizontal and a vertical edge that cross: a page whose
        paths are only horizontal rules (footnote separators, underlines) has none, and
        pdfplumber's table finder is not asked."""
        return self.horizontal and self.other


def read_page(
    pdf: pdfium.PdfDocument, fallback: PdfplumberLayers, index: int, settings: Settings
) -> extract.RawPage:
    number = index + 1
    # Before pdfium loads the page: loading parses (and inflates) all of its content.
    reason = fallback.stream_over_limit(index, settings.max_stream_bytes)
    if reason is None:
        reason = fallback.chars_over_limit(index, settings)
    if reason is not None:
        return skipped_page(number, fallback.page_size(index), reason)
    try:
        page = pdf[index]
    except pdfium.PdfiumError as exc:
        raise DamagedPdfError(f"page {number} cannot be read: {exc}") from exc
    textpage = None
    try:
        size = page_size(page)
        objects = page_objects(page, settings.max_page_objects)
        if reason is None and objects.count > settings.max_page_objects:
            reason = f"draws more than {settings.max_page_objects:,} graphic objects"
        if reason is None:
            textpage = page.get_textpage()
            if textpage.count_chars() > settings.max_page_chars:
                reason = f"draws more than {settings.max_page_chars:,} characters"
        if reason is not None or textpage is None:
            return skipped_page(number, size, reason or "cannot be read")
        notes: list[DocumentWarning] = []
        values = (
            extract.optional_layer(
                number, "form fields", lambda: fallback.field_values(index), notes
            )
            if has_widgets(page)
            else []
        )
        return extract.compose_page(
            number,
            size,
            page_chars(textpage, page_geometry(page)),
            values or [],
            find_tables=lambda: (
                extract.optional_layer(
                    number, "ruled tables", lambda: fallback.tables(index, settings), notes
                )
                or []
                if objects.may_hold_a_table
                else []
            ),
            hyperlinks=lambda: page_hyperlinks(pdf, page, size),
            has_images=lambda: objects.images > 0,
            notes=notes,
        )
    except pdfium.PdfiumError as exc:
        raise DamagedPdfError(f"page {number} cannot be read: {exc}") from exc
    except extract.PARSER_ERRORS as exc:  # from the pdfplumber layers
        raise DamagedPdfError(f"page {number} cannot be read: {extract.describe(exc)}") from exc
    finally:
        if textpage is not None:
            textpage.close()
        page.close()


def skipped_page(number: int, size: tuple[float, float], reason: str) -> extract.RawPage:
    warning = DocumentWarning(
        code="page_over_limit",
        message=f"page {number} was skipped: it {reason} (a hostile or broken page?)",
        page=number,
    )
    return extract.RawPage(number, *size, [], [], False, warning)


def page_objects(page: pdfium.PdfPage, cap: int) -> PageObjects:
    """Paths and images the page draws (in forms too), counting stops past `cap`."""
    counted = PageObjects()
    for kind, raw, level in drawn_objects(page.raw):
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            if not counted.may_hold_a_table:  # once it may, the other paths are only counted
                judge_path(raw, level, counted)
        elif kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            counted.images += 1
        else:
            continue
        counted.count += 1  # as pdfminer's capped device counts: paths and images
        if counted.count > cap:
            break
    return counted


def drawn_objects(parent: Any, level: int = 0) -> Iterator[tuple[int, Any, int]]:
    """(type, handle, depth in forms) of each object the page draws, into its forms:
    pypdfium2's `get_objects(max_depth=MAX_FORM_DEPTH)` without a Python object per item
    (a page of tables draws thousands)."""
    if level:
        count, get = pdfium_c.FPDFFormObj_CountObjects, pdfium_c.FPDFFormObj_GetObject
    else:
        count, get = pdfium_c.FPDFPage_CountObjects, pdfium_c.FPDFPage_GetObject
    total = count(parent)
    if total < 0:
        raise pdfium.PdfiumError("Failed to get number of pageobjects.")
    for index in range(total):
        raw = get(parent, index)
        if not raw:
            raise pdfium.PdfiumError("Failed to get pageobject.")
        kind = pdfium_c.FPDFPageObj_GetType(raw)
        if kind == pdfium_c.FPDF_PAGEOBJ_UNKNOWN:
            raise pdfium.PdfiumError("Failed to determine pageobject type.")
        yield kind, raw, level
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM and level < MAX_FORM_DEPTH - 1:
            yield from drawn_objects(raw, level + 1)


def judge_path(raw: Any, level: int, counted: PageObjects) -> None:
    """Which kinds of table edge a path may give. Only a single straight line is judged
    (pdfplumber: horizontal when its ends are level, else vertical); rectangles, polygons
    and curves, paths in forms and turned paths count as giving both."""
    matrix = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(raw, matrix):
        raise pdfium.PdfiumError("Failed to get matrix of pageobject.")
    a, b, c, d = matrix.a, matrix.b, matrix.c, matrix.d
    segments = [
        pdfium_c.FPDFPath_GetPathSegment(raw, i)
        for i in range(pdfium_c.FPDFPath_CountSegments(raw))
    ]
    kinds = [pdfium_c.FPDFPathSegment_GetType(segment) for segment in segments]
    single_line = kinds == [pdfium_c.FPDF_SEGMENT_MOVETO, pdfium_c.FPDF_SEGMENT_LINETO]
    if (
        level > 0
        or not (b == c == 0 or a == d == 0)
        or not single_line
        or any(pdfium_c.FPDFPathSegment_GetClose(segment) for segment in segments)
    ):
        counted.horizontal = counted.other = True
        return
    ends = []
    for segment in segments:
        x, y = ctypes.c_float(), ctypes.c_float()
        pdfium_c.FPDFPathSegment_GetPoint(segment, x, y)
        ends.append((x.value, y.value))
    level_ends = 1 if b == c == 0 else 0  # level ends: the same y, or the same x once turned
    if ends[0][level_ends] == ends[1][level_ends]:
        counted.horizontal = True
    else:
        counted.other = True


def has_widgets(page: pdfium.PdfPage) -> bool:
    for index in range(pdfium_c.FPDFPage_GetAnnotCount(page.raw)):
        annot = pdfium_c.FPDFPage_GetAnnot(page.raw, index)
        try:
            if pdfium_c.FPDFAnnot_GetSubtype(annot) == pdfium_c.FPDF_ANNOT_WIDGET:
                return True
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
    return False


def page_hyperlinks(
    pdf: pdfium.PdfDocument, page: pdfium.PdfPage, size: tuple[float, float]
) -> list[dict[str, Any]]:
    """The page's URI link annotations, boxed as pdfplumber's `page.hyperlinks` box them."""
    found: list[dict[str, Any]] = []
    position = ctypes.c_int(0)
    link = pdfium_c.FPDF_LINK()
    rect = pdfium_c.FS_RECTF()
    buffer = ctypes.create_string_buffer(URI_BUFFER)
    rotation = page.get_rotation() % 360
    while pdfium_c.FPDFLink_Enumerate(page.raw, position, link):
        action = pdfium_c.FPDFLink_GetAction(link)
        if not action or pdfium_c.FPDFAction_GetType(action) != pdfium_c.PDFACTION_URI:
            continue
        length = pdfium_c.FPDFAction_GetURIPath(pdf.raw, action, buffer, URI_BUFFER)
        if length <= 0 or not pdfium_c.FPDFLink_GetAnnotRect(link, rect):
            continue
        if length > URI_BUFFER:  # a longer address: asked again with room for it
            buffer = ctypes.create_string_buffer(length)
            pdfium_c.FPDFAction_GetURIPath(pdf.raw, action, buffer, length)
        uri = decode_uri(buffer.raw[: length - 1])  # the length counts the closing NUL
        corners = [
            rotate_point(point, rotation, size)
            for point in ((rect.left, rect.bottom), (rect.right, rect.top))
        ]
        (x0, x1), (y0, y1) = sorted(p[0] for p in corners), sorted(p[1] for p in corners)
        height = size[1]
        found.append({"uri": uri, "x0": x0, "top": height - y1, "x1": x1, "bottom": height - y0})
    return found


def rotate_point(
    point: tuple[float, float], rotation: int, size: tuple[float, float]
) -> tuple[float, float]:
    """pdfplumber's turn of an annotation's corner on a rotated page."""
    turns = rotation // 90
    x, y = point
    for step in range(turns):
        other = size[0] if step == turns % 2 else size[1]
        x, y = y, other - x
    return x, y


def decode_uri(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


# ---------------------------------------------------------------------------
# The layers still read with pdfplumber, opened only when a page needs one.


class PdfplumberLayers:
    """pdfplumber on the same bytes, for the stream check, tables and form fields."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    @cached_property
    def pdf(self) -> pdfplumber.pdf.PDF:
        return pdfplumber.open(io.BytesIO(self.data))

    @cached_property
    def pages(self) -> list[pdfplumber.page.Page]:
        return list(self.pdf.pages)

    def stream_over_limit(self, index: int, max_bytes: int) -> str | None:
        try:
            limits.check_streams(self.pages[index], max_bytes)
        except limits.PageOverLimit as exc:
            return str(exc)
        except MemoryError:
            raise  # the worker's memory cap
        except Exception:  # pdfminer cannot read what pdfium can: pdfium's own limits hold
            return None
        return None

    def page_size(self, index: int) -> tuple[float, float]:
        """The page's size as pdfplumber gives it (a page over a cap is not loaded by pdfium)."""
        page = self.pages[index]
        return float(page.width), float(page.height)

    def chars_over_limit(self, index: int, settings: Settings) -> str | None:
        """pdfium parses a page's whole text before it can count it; pdfplumber's capped
        device stops counting past the cap. A page whose content has more bytes than the
        cap allows characters is first counted by the capped device (normal pages are far
        below it and pay only the byte count)."""
        try:
            page = self.pages[index]
        except Exception:  # pdfminer cannot read what pdfium can: pdfium's own limits hold
            return None
        try:
            if not limits.content_bytes_over(page, settings.max_page_chars):
                return None
            limits.build_layout(
                page, settings.max_page_chars, settings.max_page_objects, settings.max_stream_bytes
            )
        except limits.PageOverLimit as exc:
            return str(exc)
        except MemoryError:
            raise  # the worker's memory cap
        except Exception:  # pdfminer cannot read what pdfium can: pdfium's own limits hold
            return None
        finally:
            page.flush_cache()
        return None

    def tables(self, index: int, settings: Settings) -> list[tables.Table]:
        page = self.pages[index]
        try:
            limits.build_paths_layout(page, settings.max_page_objects)
            return tables.page_tables(page)
        except limits.PageOverLimit:
            return []
        finally:
            page.flush_cache()

    def field_values(self, index: int) -> list[formfields.FieldValue]:
        return formfields.page_field_values(self.pages[index])

    def close(self) -> None:
        if "pdf" in self.__dict__:
            try:
                self.pdf.close()
            except Exception:  # closing never costs a document
                return
