"""The paths-only layout reads the page's streams with their text objects cut out
(pipeline/paths_content.py): pdfminer must then draw exactly the same paths, and the table
finder find exactly the same tables, as from the whole streams. Checked page by page on
real PDFs (the sample and the third-party fixtures, which hold ruled tables, rotated pages,
forms and tagged content), and on small streams for each rule of the scanner."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from pdfminer.pdfinterp import PDFPageInterpreter

from pipeline import limits, paths_content, tables

ROOT = Path(__file__).resolve().parent.parent
PDFS = [
    ROOT / "input" / "gssd2014.pdf",
    *sorted(
        path
        for path in (ROOT / "tests" / "fixtures" / "thirdparty").glob("*.pdf")
        if path.stat().st_size > 0
    ),
]
MAX_OBJECTS = 50_000


def whole_streams_layout(page: Any) -> None:
    """The paths-only layout as pdfminer draws it from the page's streams as they are."""
    device = limits.PathsOnlyAggregator(
        page.pdf.rsrcmgr,
        pageno=page.page_number,
        laparams=page.pdf.laparams,
        max_chars=0,
        max_objects=MAX_OBJECTS,
    )
    PDFPageInterpreter(page.pdf.rsrcmgr, device).process_page(page.page_obj)
    page._layout = device.get_result()


def drawn(page: Any) -> str:
    """Every path and image the layout holds, with every attribute, and the tables found."""
    objects = {kind: page.objects.get(kind, []) for kind in ("rect", "line", "curve", "image")}
    found = [(table.box, table.cells) for table in tables.page_tables(page)]
    page.flush_cache()
    return repr((objects, found))


def read_whole(page: Any) -> str:
    try:
        whole_streams_layout(page)
    except Exception as exc:  # the same failure must come from the cut streams
        page.flush_cache()
        return f"{type(exc).__name__}"
    return drawn(page)


def read_cut(page: Any) -> str:
    try:
        limits.build_paths_layout(page, MAX_OBJECTS)
    except Exception as exc:
        page.flush_cache()
        cause = exc.__cause__ or exc
        return f"{type(cause).__name__}"
    return drawn(page)


@pytest.mark.parametrize("path", PDFS, ids=lambda path: path.name)
def test_the_cut_streams_draw_the_same_paths_and_tables(path: Path) -> None:
    try:
        pdf = pdfplumber.open(io.BytesIO(path.read_bytes()))
        pages = list(pdf.pages)
    except Exception:
        pytest.skip("pdfminer cannot open it (a broken or encrypted fixture)")
    cut_pages = 0
    for page in pages:
        try:
            data = b"".join(
                stream.get_data() for stream in map(paths_content.resolve1, page.page_obj.contents)
            )
            cut_pages += bool(paths_content.text_blocks(data))
        except Exception:
            pass
        assert read_cut(page) == read_whole(page), f"page {page.page_number}"
    if path.name in ("gssd2014.pdf", "issue-67-example.pdf", "scotus-transcript-p1.pdf"):
        assert cut_pages == len(pages)  # text on every page: each has blocks to cut


def cuts(content: bytes) -> list[bytes]:
    """What each cut block is replaced by (its kept operators)."""
    return [kept for _, _, kept in paths_content.text_blocks(content)]


def test_a_text_block_is_cut_and_its_colours_are_kept() -> None:
    content = (
        b"q 1 0 0 1 0 0 cm 0 0 100 20 re S Q\n"
        b"BT /F1 12 Tf 0 g 72 700 Td (Hello (nested) \\) ET) Tj [(A) -20 <0041>] TJ "
        b"/CS0 cs 0.5 scn ET\n"
        b"0 0 m 10 0 l S"
    )
    found = paths_content.text_blocks(content)
    assert [kept for _, _, kept in found] == [b"0 g /CS0 cs 0.5 scn"]
    start, end, _ = found[0]
    assert content[start:end].startswith(b"BT /F1") and content[start:end].endswith(b"ET")


@pytest.mark.parametrize(
    "block",
    [
        b"BT 0 0 10 10 re f ET",  # a path inside a text object
        b"BT q 2 0 0 2 0 0 cm Q ET",  # the transformation matrix changed inside it
        b"BT 5 /F1 12 Tf (a) Tj ET",  # an operand left on pdfminer's stack
        b"BT 12 Tf ET",  # too few operands: pdfminer would take one from before the block
        b"BT /P <</MCID 0>> BDC (a) Tj ET",  # marked content left open after it
        b"BT /P <</MCID>> BDC (a) Tj EMC ET",  # a dictionary pdfminer fails on
        b"BT EMC ET",  # closes marked content opened before it
        b"BT BT (a) Tj ET",  # nested text objects
        b"BT /Fm0 Do ET",  # a form drawn inside it
        b"BT (a) Tj",  # never closed
    ],
)
def test_a_block_that_does_more_than_text_is_kept(block: bytes) -> None:
    assert cuts(block) == []


@pytest.mark.parametrize(
    "content",
    [
        b"BT (a) Tj ET BI /W 1 /H 1 ID \x00BT\x01 EI",  # an inline image: binary data
        b"BT (a) Tj ET 1BT (b) Tj ET",  # a number and an operator pdfminer reads as two
        b"BT (a) Tj ET (never closed",  # a string that never ends
        b"BT (a) Tj ET {proc}",  # PostScript procedures
    ],
)
def test_content_the_scanner_cannot_read_like_pdfminer_is_left_whole(content: bytes) -> None:
    with pytest.raises(paths_content.Unreadable):
        paths_content.text_blocks(content)


def test_operators_inside_strings_comments_and_arrays_are_not_operators() -> None:
    content = b"(BT) Tj % BT ET in a comment\n[/BT 1] pop BT (ET) Tj ET"
    found = paths_content.text_blocks(content)
    assert len(found) == 1
    start, end, _ = found[0]
    assert content[start:end] == b"BT (ET) Tj ET"


def one_page_pdf(content: bytes) -> bytes:
    """A one-page PDF drawing `content` (its font is not defined: pdfminer takes a default)."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(200, 200)
    stream = DecodedStreamObject()
    stream.set_data(content)
    page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_marked_content_in_a_cut_block_tags_later_paths_as_before() -> None:
    """pdfplumber's device keeps no stack of marked content: the EMC inside a text block
    clears the tag of a rectangle drawn after it, though an outer tag is still open."""
    content = (
        b"/Artifact BMC BT /P <</MCID 3>> BDC /F1 9 Tf (a) Tj EMC ET "
        b"10 10 50 50 re f 60 60 m 60 100 l S EMC"
    )
    assert cuts(content) == [b"EMC"]
    page = pdfplumber.open(io.BytesIO(one_page_pdf(content))).pages[0]
    whole, cut = read_whole(page), read_cut(page)
    assert cut == whole
    assert "'tag': None" in whole  # the rectangle is not the artifact's
