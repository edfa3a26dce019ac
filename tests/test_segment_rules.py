"""Segment rules on small documents that are not the sample."""

from __future__ import annotations

from fpdf import FPDF

from pipeline.extract import extract_pdf
from pipeline.segment import segment_document
from pipeline.settings import Settings


def plain_pdf(paragraphs: list[str]) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 6, paragraph)
        pdf.ln(4)
    return bytes(pdf.output())


def test_a_document_without_cards_has_no_cards_and_a_warning() -> None:
    data = plain_pdf(["Minutes of the meeting.", "The committee met on 3 May and agreed."])
    tree = segment_document(extract_pdf(data, Settings()))
    assert tree.cards == []
    assert [w.code for w in tree.warnings] == ["no_cards"]
    assert tree.front_matter is not None
    assert "The committee met on 3 May and agreed." in tree.front_matter.text


def test_a_sentence_opening_with_a_letter_is_not_a_card() -> None:
    data = plain_pdf(["A. Smith wrote the report.", "B. Jones reviewed it for the board."])
    assert segment_document(extract_pdf(data, Settings())).cards == []
