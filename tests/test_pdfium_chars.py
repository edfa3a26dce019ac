"""The pdfium reader's chars have pdfminer's boxes (issue 13): each glyph's advance comes
from the font's width table, as pdfminer takes it, not from pdfium's loose box, which also
spans the glyph's ink (an italic "f" reaches past its advance) and so shrank the gap to the
next glyph below a word space. Checked char by char against pdfplumber on real PDFs."""

from __future__ import annotations

import io
from collections import defaultdict
from pathlib import Path
from typing import Any

import pdfplumber
import pypdfium2 as pdfium
import pytest

from pipeline.pdfium_chars import page_chars, page_geometry

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "input" / "gssd2014.pdf"
THIRDPARTY = ROOT / "tests" / "fixtures" / "thirdparty"


def matched_chars(data: bytes) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(pdfplumber's char, pdfium's char) pairs: the same text at the same origin."""
    pairs = []
    pdf = pdfium.PdfDocument(data)
    with pdfplumber.open(io.BytesIO(data)) as plumber:
        for index, page in enumerate(plumber.pages):
            by_text: dict[str, list[dict[str, Any]]] = defaultdict(list)
            for char in page.chars:
                by_text[char["text"]].append(char)
            pdfium_page = pdf[index]
            textpage = pdfium_page.get_textpage()
            for char in page_chars(textpage, page_geometry(pdfium_page)):
                near = [
                    other
                    for other in by_text.get(char["text"], [])
                    if abs(other["x0"] - char["x0"]) < 0.05
                    and abs(other["top"] - char["top"]) < 0.05
                ]
                if near:
                    pairs.append((near[0], char))
            textpage.close()
            pdfium_page.close()
    pdf.close()
    return pairs


@pytest.mark.parametrize(
    "path", [SAMPLE, THIRDPARTY / "issue-67-example.pdf"], ids=lambda p: p.name
)
def test_every_glyph_is_as_wide_as_pdfminer_makes_it(path: Path) -> None:
    pairs = matched_chars(path.read_bytes())
    assert len(pairs) > 10_000
    # Ligature glyphs ("tti") have no entry of their own to look up by letter: their width
    # is still pdfium's box (docs/decisions.md, "The pdfium reader").
    single = [(theirs, ours) for theirs, ours in pairs if len(ours["text"]) == 1]
    wrong = [
        (theirs["text"], theirs["fontname"], theirs["x1"] - theirs["x0"], ours["x1"] - ours["x0"])
        for theirs, ours in single
        if abs(theirs["x1"] - ours["x1"]) > 0.01
    ]
    assert wrong == []
    assert all(abs(theirs["size"] - ours["size"]) < 0.01 for theirs, ours in single)
