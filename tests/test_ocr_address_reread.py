"""E-mail addresses the engine doubts, read again alone and enlarged (pipeline/ocr_address_reread).

Each test takes a strip of a committed PDF's page around one address, scans it as
tests/scans.py scans a page (turned, toned, noisy, a JPEG at the scans' quality), and hands
`reread_addresses` the first reading the engine gave on the scanned keyed file
(`scripts/evaluate --scanned gray`): its text, its box on the strip and its confidence.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import numpy
import pypdfium2 as pdfium
import pytest
from PIL import Image

from pipeline import ocr
from pipeline.ocr_address_reread import address_spans, one_address, reread_addresses
from pipeline.ocr_words import Box, OcrLine, Word

TESTS = Path(__file__).parent
ROOT = TESTS.parent
sys.path.insert(0, str(TESTS))
import scans  # noqa: E402

DPI = scans.GRAY.dpi
MARGIN = 40  # pixels of page kept around the address (and three times that on its right)
EGYPT_JORDAN = TESTS / "fixtures" / "heldout" / "heldout5_single_egypt_jordan.pdf"
ASIA_PACIFIC = TESTS / "fixtures" / "heldout" / "heldout4_batch_asia_pacific.pdf"
KML_BATCH = TESTS / "fixtures" / "generated" / "generated_batch_kml.pdf"
SAMPLE = ROOT / "input" / "gssd2014.pdf"

needs_engine = pytest.mark.skipif(
    ocr.find_engine() is None,
    reason="Tesseract's English model is not installed "
    "(apt-get install tesseract-ocr tesseract-ocr-eng; .ci/run installs it)",
)


def scanned_strip(pdf: Path, page: int, box: Box, seed: int = 1) -> tuple[Image.Image, Box]:
    """The page's pixels around `box` (at 200 dpi) scanned, and `box` on the strip."""
    document = pdfium.PdfDocument(pdf.read_bytes())
    try:
        rendered = document[page - 1].render(scale=DPI / 72, grayscale=True).to_pil().convert("L")
    finally:
        document.close()
    x0, top, x1, bottom = box
    part = rendered.crop((x0 - MARGIN, top - MARGIN, x1 + 3 * MARGIN, bottom + MARGIN))
    scanned = scans.scan_page(part, numpy.random.default_rng(seed))
    stored = io.BytesIO()
    scanned.save(stored, format="JPEG", quality=scans.JPEG_QUALITY)
    return Image.open(stored), (MARGIN, MARGIN, MARGIN + x1 - x0, MARGIN + bottom - top)


def read_again(image: Image.Image, *words: Word) -> list[str]:
    engine = ocr.find_engine()
    assert engine is not None
    line = OcrLine(words, x_size=30.0, slope=0.0, box=words[0].box)
    (result,) = reread_addresses([line], image, ocr._api(engine.models), DPI)
    return [word.text for word in result.words]


@needs_engine
@pytest.mark.parametrize(
    ("pdf", "page", "box", "first", "confidence", "expected"),
    [
        # an initial "o" read as a zero
        (
            EGYPT_JORDAN,
            3,
            (309, 945, 664, 976),
            "0.tarawneh@vtc.gov.jo",
            48,
            "o.tarawneh@vtc.gov.jo",
        ),
        # a stray hyphen after the dot
        (
            ASIA_PACIFIC,
            9,
            (200, 2038, 585, 2069),
            "j.-ximenes@sefope.gov.tl;",
            43,
            "j.ximenes@sefope.gov.tl;",
        ),
        # the dot read as a hyphen: both valid, the second reading is surer
        (
            KML_BATCH,
            4,
            (1060, 1386, 1397, 1417),
            "j-langat@rvdcu.co.ke,",
            84,
            "j.langat@rvdcu.co.ke,",
        ),
    ],
)
def test_a_doubtful_address_read_again_enlarged_is_read_right(
    pdf: Path, page: int, box: Box, first: str, confidence: float, expected: str
) -> None:
    strip, on_strip = scanned_strip(pdf, page, box)
    assert read_again(strip, Word(first, on_strip, confidence)) == [expected]


@needs_engine
def test_an_address_the_engine_is_sure_of_is_not_read_again() -> None:
    strip, on_strip = scanned_strip(EGYPT_JORDAN, 3, (309, 945, 664, 976))
    assert read_again(strip, Word("0.tarawneh@vtc.gov.jo", on_strip, 92.0)) == [
        "0.tarawneh@vtc.gov.jo"
    ]


@needs_engine
def test_a_cut_address_is_completed_from_the_ink_that_continues_it() -> None:
    """The first reading stopped at "rvdcu.c" (16 of the 21 letters' width): the ink that
    continues it on the line is read with it."""
    strip, (x0, top, x1, bottom) = scanned_strip(KML_BATCH, 4, (1060, 1386, 1397, 1417))
    cut = x0 + (x1 - x0) * 16 / 21
    assert read_again(strip, Word("j.langat@rvdcu.c", (x0, top, cut, bottom), 80.0)) == [
        "j.langat@rvdcu.co.ke,"
    ]


@needs_engine
def test_a_cut_address_is_not_completed_with_a_different_beginning() -> None:
    """On this strip of the sample the engine reads "alter@parc-ip.org" (the page says
    "parc-jp"): a completion must continue the first reading, "alter" "@parc-j", so the
    cut reading stays rather than a wrong address being made."""
    strip, (x0, top, x1, bottom) = scanned_strip(SAMPLE, 8, (486, 1484, 707, 1514))
    at, cut = x0 + (x1 - x0) * 6 / 17, x0 + (x1 - x0) * 12 / 17
    words = (
        Word("alter", (x0, top, at - 4, bottom), 90.0),
        Word("@parc-j", (at, top, cut, bottom), 89.0),
    )
    assert read_again(strip, *words) == ["alter", "@parc-j"]


def test_an_address_is_the_word_with_its_at_sign_and_the_piece_cut_off_at_it() -> None:
    line = OcrLine(
        tuple(
            Word(text, (0.0, 0.0, 1.0, 1.0), 90.0)
            for text in ("PARC", "alter", "@parc-j", "and", "amorim@", "ilo.org", "x@y.org")
        ),
        x_size=30.0,
        slope=0.0,
    )
    assert address_spans(line) == [(1, 3), (4, 6), (6, 7)]


@pytest.mark.parametrize(
    ("reading", "expected"),
    [
        ("o.tarawneh@vtc.gov.jo\n", "o.tarawneh@vtc.gov.jo"),
        ("amorim @ilo.org", "amorim@ilo.org"),  # a space seen at the '@' is no break
        ("zeynep.arikan@inegol-cirak.org.t tr", None),  # two pieces: not one address
        ("lejla:mujkanovic@bukva-maglaj.ba", None),  # not a valid address
        ("alter @parc-j", None),
    ],
)
def test_a_second_reading_counts_only_as_one_valid_address(
    reading: str, expected: str | None
) -> None:
    assert one_address(reading) == expected
