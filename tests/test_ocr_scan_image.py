"""A scanned page's image taken as stored when rendering would only copy it
(pipeline/ocr_scan_image.py), and rendered otherwise."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import numpy
import pypdfium2 as pdfium
from PIL import Image

from pipeline import ocr_page_image
from pipeline.ocr_scan_image import stored_scan

TESTS = Path(__file__).parent
sys.path.insert(0, str(TESTS))
import scans  # noqa: E402

BUDGET = 40_000_000
MIXED = TESTS / "fixtures" / "scanned" / "mixed_batch_kml_page5.pdf"


def gray_scan(width: int = 331, height: int = 468, seed: int = 1) -> Image.Image:
    """A small noisy gray page (a stripe of ink on paper), as a scanner stores it."""
    rng = numpy.random.default_rng(seed)
    pixels = numpy.full((height, width), 238, dtype=numpy.uint8)
    pixels[100:120, 40:290] = 30
    pixels = numpy.clip(pixels + rng.normal(0, 5, pixels.shape), 0, 255).astype(numpy.uint8)
    return Image.fromarray(pixels, mode="L")


def one_page(image: Image.Image, style: scans.Style) -> bytes:
    return scans.image_pdf([scans.store(image, style)], style)


def test_a_gray_scan_read_at_its_resolution_is_its_stored_pixels() -> None:
    image = gray_scan()
    data = one_page(image, scans.GRAY)
    stored = Image.open(io.BytesIO(one_page_jpeg(data)))  # the JPEG as the PDF holds it
    decoded, dpi = ocr_page_image.page_image(data, 1, 250, BUDGET)
    assert dpi == scans.GRAY.dpi
    assert decoded.size == image.size == stored.size
    assert numpy.array_equal(numpy.asarray(decoded), numpy.asarray(stored.convert("L")))


def one_page_jpeg(data: bytes) -> bytes:
    pdf = pdfium.PdfDocument(data)
    try:
        (image,) = list(pdf[0].get_objects())
        assert isinstance(image, pdfium.PdfImage)
        return bytes(image.get_data(decode_simple=True))
    finally:
        pdf.close()


def test_pages_that_are_not_one_scan_at_its_resolution_are_rendered() -> None:
    gray = one_page(gray_scan(), scans.GRAY)
    pdf = pdfium.PdfDocument(gray)
    try:
        assert stored_scan(pdf, 0, scans.GRAY.dpi, BUDGET) is not None
        assert stored_scan(pdf, 0, 150, BUDGET) is None  # read below its resolution
        assert stored_scan(pdf, 0, scans.GRAY.dpi, 1000) is None  # over the pixel budget
    finally:
        pdf.close()
    bitonal = pdfium.PdfDocument(one_page(gray_scan(), scans.BITONAL))
    try:
        assert stored_scan(bitonal, 0, scans.BITONAL.dpi, BUDGET) is None  # 1 bit: rendered
    finally:
        bitonal.close()
    mixed = pdfium.PdfDocument(MIXED.read_bytes())
    try:
        assert stored_scan(mixed, 0, 200, BUDGET) is None  # a digital page: text, no scan
    finally:
        mixed.close()
