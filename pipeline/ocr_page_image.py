"""OCR's page images: a page rendered at its scan's resolution (within a ceiling), or its
scan as stored when rendering would only copy it; refused before rendering when the image
would exceed the pixel budget."""

from __future__ import annotations

import math

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
from PIL import Image

from pipeline.ocr_scan_image import stored_scan


class PageTooLargeError(Exception):
    """The page's image would exceed the pixel budget: it is not rendered."""


def render_page(pdf: pdfium.PdfDocument, index: int, dpi: int, max_pixels: int) -> Image.Image:
    """The page as a grayscale image at `dpi`, refused before rendering when its pixel
    count would exceed `max_pixels` (a page of absurd size must not allocate gigabytes)."""
    page = pdf[index]
    try:
        return _render(page, dpi, max_pixels)
    finally:
        page.close()


def scan_resolution(pdf: pdfium.PdfDocument, index: int) -> float | None:
    """The resolution of the image that covers most of the page (the scan), if one covers
    at least half of it: rendering at it adds no resampling of its own."""
    page = pdf[index]
    try:
        width, height = page.get_size()
        best: tuple[float, float] | None = None  # (area, dpi)
        for image in page.get_objects(filter=[pdfium_raw.FPDF_PAGEOBJ_IMAGE]):
            left, bottom, right, top = image.get_bounds()
            pixels_x, pixels_y = image.get_px_size()
            shown_x, shown_y = right - left, top - bottom
            if shown_x <= 0 or shown_y <= 0 or pixels_x <= 0 or pixels_y <= 0:
                continue
            dpi = min(pixels_x / shown_x, pixels_y / shown_y) * 72
            if best is None or shown_x * shown_y > best[0]:
                best = (shown_x * shown_y, dpi)
    except pdfium.PdfiumError:
        return None  # an unreadable image: render at the default resolution
    finally:
        page.close()
    if best is None or best[0] < 0.5 * width * height:
        return None
    return best[1]


MIN_OCR_DPI = 150  # below this the engine misreads small print; a coarser scan is enlarged


def render_dpi(native: float | None, ceiling: int) -> int:
    """The scan's own resolution within [MIN_OCR_DPI, ceiling]; the ceiling without a scan."""
    if native is None:
        return ceiling
    return max(min(round(native), ceiling), min(MIN_OCR_DPI, ceiling))


def _render(page: pdfium.PdfPage, dpi: int, max_pixels: int) -> Image.Image:
    width, height = page.get_size()
    pixels = (width * dpi / 72) * (height * dpi / 72)
    if not math.isfinite(pixels) or pixels > max_pixels:
        raise PageTooLargeError(
            f"{width:.0f} x {height:.0f} pt at {dpi} dpi is {pixels / 1e6:.0f} million "
            f"pixels, over the OCR budget of {max_pixels / 1e6:.0f} million"
        )
    bitmap = page.render(scale=dpi / 72, grayscale=True)
    try:
        image: Image.Image = bitmap.to_pil().copy()  # to_pil shares pdfium's buffer
        return image
    finally:
        bitmap.close()


def page_image(data: bytes, number: int, dpi: int, max_pixels: int) -> tuple[Image.Image, int]:
    """Page `number` rendered at its scan's resolution (within the ceiling `dpi`), or its
    scan as stored when rendering would only copy it (ocr_scan_image). The PDF is
    opened for this page alone: pdfium keeps every image it has decoded until its document
    is closed, about 0.3 MB per scanned page, 90 MB over a 300-page scan (opening costs
    microseconds: the bytes are already in memory)."""
    pdf = pdfium.PdfDocument(data)
    try:
        page_dpi = render_dpi(scan_resolution(pdf, number - 1), dpi)
        stored = stored_scan(pdf, number - 1, page_dpi, max_pixels)
        if stored is not None:
            return stored, page_dpi
        return render_page(pdf, number - 1, page_dpi, max_pixels), page_dpi
    finally:
        pdf.close()
