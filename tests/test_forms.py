"""The same nomination written other ways (issue 11): other heading and label wordings,
the form filled in as a table, the form as a fillable PDF (AcroForm).

Each nomination is rendered by tests/generator.py in each layout and run through
`process_pdf`; the renditions must give the same document as the paragraph one, compared
with the project's diff module ignoring page numbers and block boundaries.
"""

from __future__ import annotations

from generator import batch_kml, render, single_nepal

from pipeline.models import Document
from pipeline.process import process_pdf
from pipeline.settings import Settings


def run(data: bytes, name: str = "form.pdf") -> Document:
    return process_pdf(data, name, Settings())


def test_section_n_dash_and_n_paren_headings_do_not_crash_regression() -> None:
    """Regression: headings written "Section 1 – ..." or "1) ..." failed the whole file with
    'internal: ValueError: zip() argument 2 is longer than argument 1'."""
    for heading_format in ("Section {number} – {heading}", "{number}) {heading}"):
        spec = single_nepal()
        spec.heading_format = heading_format
        document = run(render(spec).data)
        card = document.cards[0]
        assert [section.number for section in card.sections] == list(range(1, 11))
        assert card.sections[0].key == "description"
        assert card.sections[-1].key == "contacts"
        assert card.sections[1].text.startswith("Forest user groups of Nepal")


def test_roman_numbered_headings_are_sections_not_cards() -> None:
    spec = batch_kml()
    numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
    for card in spec.cards:
        for section in card.sections:
            assert section.number is not None
            section.heading = f"{numerals[section.number - 1]}. {section.heading}"
            section.number = None
    document = run(render(spec).data)
    assert [card.letter for card in document.cards] == ["K", "M", "L"]
    card_m = document.cards[1]
    assert [s.number for s in card_m.sections] == [1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12]
    assert card_m.sections[-1].key == "other"
