"""A scanned page's image taken as stored, when rendering the page would only copy it.

An image-only PDF from a scanner has one image per page, upright and covering the page;
read at the scan's own resolution (ocr_page_image.render_dpi), rendering draws that image
onto a bitmap of the same size. pdfium does that by resampling (the page's size in points
rarely gives a whole number of pixels: 1655 columns for an image of 1654), which costs
53 ms of CPU on a page of 1654 x 2339 pixels and blurs edges by a fraction of a pixel;
decoding the stored image costs 8 ms and gives the scanner's own pixels. Any other page is
rendered as before.
"""

from __future__ import annotations

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
from PIL import Image

# What is decoded as stored: 8-bit gray or 24-bit colour, the usual gray and colour scans.
# Black-and-white scans (1 bit, CCITT or JBIG2) are rendered: at the resolution ceiling
# they are resampled anyway, and their decoding conventions (/Decode, /BlackIs1) vary.
STORED_FORMATS = {
    (8, pdfium_raw.FPDF_COLORSPACE_DEVICEGRAY),
    (24, pdfium_raw.FPDF_COLORSPACE_DEVICERGB),
}
EDGE_POINTS = 1.0  # the image's edges within this of the page's
SIZE_PIXELS = 1.0  # and its size within this of the page's at the resolution


def stored_scan(
    pdf: pdfium.PdfDocument, index: int, dpi: int, max_pixels: int
) -> Image.Image | None:
    """The page's one image, decoded as stored, in grayscale, when the page at `dpi` is that
    image: nothing else on the page, not turned, covering the page, of the page's size at
    `dpi`, within the pixel budget. Else None (the page is to be rendered, or refused)."""
    page = pdf[index]
    try:
        objects = list(page.get_objects(max_depth=1))
        if len(objects) != 1 or page.get_rotation() != 0:
            return None
        image = objects[0]
        if not isinstance(image, pdfium.PdfImage) or not _covers(page, image, dpi):
            return None
        width, height = image.get_px_size()
        if width * height > max_pixels:
            return None  # rendering refuses it with the budget's message
        metadata = image.get_metadata()
        if (metadata.bits_per_pixel, metadata.colorspace) not in STORED_FORMATS:
            return None
        bitmap = image.get_bitmap(render=False)
        try:
            decoded: Image.Image = bitmap.to_pil().convert("L")
            return decoded
        finally:
            bitmap.warn_on_close = False  # safe: `decoded` is a copy, not pdfium's buffer
            bitmap.close()
    except pdfium.PdfiumError:
        return None  # an image pdfium cannot decode alone: rendering says what is wrong
    finally:
        page.close()


def _covers(page: pdfium.PdfPage, image: pdfium.PdfImage, dpi: int) -> bool:
    matrix = image.get_matrix()
    if matrix.b != 0 or matrix.c != 0 or matrix.a <= 0 or matrix.d <= 0:
        return False  # turned, mirrored or upside down: rendering applies that
    page_left, page_bottom, page_right, page_top = page.get_bbox()
    left, bottom, right, top = image.get_bounds()
    edges = (left - page_left, bottom - page_bottom, right - page_right, top - page_top)
    if any(abs(edge) > EDGE_POINTS for edge in edges):
        return False
    width, height = image.get_px_size()
    scale = dpi / 72
    wide = abs(float(width) - (page_right - page_left) * scale) <= SIZE_PIXELS
    return bool(wide and abs(float(height) - (page_top - page_bottom) * scale) <= SIZE_PIXELS)
