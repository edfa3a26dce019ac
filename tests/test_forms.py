"""The same nomination written other ways (issue 11): other heading and label wordings,
the form filled in as a table, the form as a fillable PDF (AcroForm).

Each nomination is rendered by tests/generator.py in each layout (`generator.in_layout`) and
run through `process_pdf`. A rendition must give the same document as the paragraph one:
compared with the project's diff module, ignoring page numbers and block boundaries
(section text compared with its whitespace folded).
"""

from __future__ import annotations

import dataclasses
import io
import itertools
from functools import cache

import pdfplumber
import pytest
from generator import CASES, Field, Item, Nomination, batch_kml, in_layout, render, single_nepal
from pdfminer.psparser import LIT

from pipeline import nominee
from pipeline.diff_document import diff_documents
from pipeline.formfields import field_text
from pipeline.models import Card, Document, Section
from pipeline.process import process_pdf
from pipeline.settings import Settings

COMPARED_CASES = ("batch_kml", "single_nepal", "single_twocolumn", "single_plain_headings")


def run(data: bytes, name: str = "form.pdf") -> Document:
    return process_pdf(data, name, Settings())


@cache
def rendition(case: str, layout: str) -> tuple[bytes, Document]:
    spec = in_layout(CASES[case](), layout)
    data = render(spec).data
    return data, run(data, spec.file_name)


def comparable(document: Document) -> Document:
    """The document without what a layout may change: page numbers, block boundaries,
    the line breaks between paragraphs, the file's identity and its run notes."""

    def section(old: Section) -> Section:
        pages = old.pages.model_copy(update={"start": 1, "end": 1})
        return old.model_copy(
            update={"pages": pages, "blocks": [], "text": " ".join(old.text.split())}
        )

    def card(old: Card) -> Card:
        pages = old.pages.model_copy(update={"start": 1, "end": 1})
        entities = [e.model_copy(update={"page": 1, "start": 0, "end": 0}) for e in old.entities]
        return old.model_copy(
            update={
                "pages": pages,
                "sections": [section(s) for s in old.sections],
                "entities": entities,
            }
        )

    return document.model_copy(
        update={
            "cards": [card(c) for c in document.cards],
            "front_matter": None,
            "warnings": [],
            "source": document.source.model_copy(
                update={"file": "form.pdf", "sha256": "0" * 64, "pages": 1}
            ),
        }
    )


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


def test_a_card_without_any_heading_keeps_its_text() -> None:
    """No heading the rules know: the card's text stays in its nominee block, no failure."""
    spec = single_nepal()
    spec.heading_format = "Q{number}: {heading}"
    document = run(render(spec).data)
    assert len(document.cards) == 1
    card = document.cards[0]
    assert card.nominee.name == "Sushila Adhikari Shrestha"
    assert "Forest user groups of Nepal, Bhutan and Bangladesh" in card.nominee.text


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


@pytest.mark.parametrize("layout", ["table", "grid", "form", "typed"])
@pytest.mark.parametrize("case", COMPARED_CASES)
def test_every_layout_gives_the_paragraph_document(case: str, layout: str) -> None:
    _, paragraphs = rendition(case, "paragraphs")
    _, other = rendition(case, layout)
    ignored = {"nominee.text"} if layout == "typed" else set()  # its labels are other words
    changes = [
        change
        for change in diff_documents(comparable(paragraphs), comparable(other), True)
        if change.field not in ignored
    ]
    assert changes == []
    assert [len(card.sections) for card in other.cards] == [
        len(card.sections) for card in paragraphs.cards
    ]
    assert all(card.nominee.name for card in other.cards)


def test_table_label_cells_read_as_labelled_lines() -> None:
    _, document = rendition("single_nepal", "table")
    assert document.cards[0].nominee.text.splitlines() == [
        "Nominee: Prof. Sushila Adhikari Shrestha, Chairperson, Federation of Community Forest "
        "Enterprises (FECOFE)",
        "Country: Nepal",
        "Phone: +977 1 4412733 / +977 985 102 2417",
        "Email: sushila@fecofe.org.np",
    ]


def test_table_rendition_has_ruled_cells_and_a_box_across_a_page_break() -> None:
    data, document = rendition("batch_kml", "table")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert any(page.find_tables() for page in pdf.pages)
    spanning = [s for card in document.cards for s in card.sections if s.pages.end > s.pages.start]
    assert spanning, "the fixture must have a section box that breaks across a page"
    _, paragraphs = rendition("batch_kml", "paragraphs")
    texts = {" ".join(s.text.split()) for card in paragraphs.cards for s in card.sections}
    assert all(" ".join(s.text.split()) in texts for s in spanning)


def test_form_values_come_from_fields_and_say_so() -> None:
    data, document = rendition("single_nepal", "form")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        printed = "\n".join(page.extract_text() for page in pdf.pages)
    assert "Nominee:" in printed and "sushila@fecofe.org.np" not in printed
    card = document.cards[0]
    assert card.nominee.emails == ["sushila@fecofe.org.np"]
    assert card.sections[0].blocks[1].marker == "1)"
    notes = [w for w in document.warnings if w.code == "form_fields"]
    assert [w.page for w in notes] == [1, 2]


def test_field_values_of_each_kind() -> None:
    assert field_text({"FT": LIT("Tx"), "V": b"Kenya"}) == "Kenya"
    assert field_text({"FT": LIT("Tx"), "V": b""}) == ""
    assert field_text({"FT": LIT("Btn"), "V": LIT("Yes"), "AS": LIT("Yes")}) == "✓"
    assert field_text({"FT": LIT("Btn"), "V": LIT("Off"), "AS": LIT("Off")}) == ""
    # A radio button: the group's value is the chosen option; this widget is not it.
    assert field_text({"FT": LIT("Btn"), "V": LIT("Green"), "AS": LIT("Off")}) == ""
    assert field_text({"FT": LIT("Btn"), "Ff": 1 << 16, "AS": LIT("Send")}) == ""  # push
    assert field_text({"FT": LIT("Ch"), "V": [b"Green jobs", b"Food security"]}) == (
        "Green jobs; Food security"
    )
    # A widget inherits its field's type and value from its parent field.
    parent = {"FT": LIT("Tx"), "V": b"+254 722 418 903"}
    assert field_text({"Parent": parent}) == "+254 722 418 903"


def test_label_variants_by_meaning() -> None:
    assert nominee.line_field("Name of nominee:") == "nominee"
    assert nominee.line_field("Organization:") == "organization"
    assert nominee.field_label("Tel.: +254 722 418 903") == ("phone", "+254 722 418 903")
    assert nominee.label_alone("E-mail address:") == "email"
    assert nominee.label_alone("Telephone") == "phone"
    assert nominee.spaced_label("Country Kenya") == ("country", "Kenya")
    assert nominee.spaced_label("Country Office for Nigeria") is None
    assert nominee.spaced_label("E-mail address w.kamau@rvdcu.co.ke") == (
        "email",
        "w.kamau@rvdcu.co.ke",
    )


def test_unknown_label_is_kept_with_a_warning() -> None:
    spec = single_nepal()
    spec.cards[0].nominee.insert(2, Field("Skype ID:", "sushila.fecofe"))
    document = run(render(spec).data)
    card = document.cards[0]
    assert "Skype ID: sushila.fecofe" in card.nominee.text.splitlines()
    assert card.nominee.country is not None and card.nominee.country.code == "NP"
    assert [w.message for w in document.warnings if w.code == "unknown_label"] == [
        "nominee label 'Skype ID' is not a known field; its line is kept in the nominee "
        "block's text"
    ]


def test_label_wrapped_in_a_narrow_cell_is_one_label() -> None:
    """First run on the held-out renditions: 'Name and title of' / 'nominee:' wrapped in a
    label cell lost the card, and 'Nominee (name and' / 'position):' went into the name."""
    for label in ("Name and title of the nominee:", "Nominee (name and position):"):
        spec = single_nepal()
        spec.cards[0].nominee[0].label = label
        document = run(render(in_layout(spec, "table")).data)
        card = document.cards[0]
        assert card.title.startswith("Community Forest User Groups")
        assert card.nominee.name == "Sushila Adhikari Shrestha"
        assert card.nominee.honorific == "Prof."
        assert card.nominee.text.splitlines()[0].startswith(f"{label} Prof. Sushila")


def test_overflowing_field_keeps_its_lines_apart() -> None:
    """A field holding more lines than its box shows: lines closer, never merged into one."""
    from pipeline.formfields import FieldValue, value_chars

    value = "\n".join(f"Line {n} of a long answer" for n in range(12))
    chars = value_chars(FieldValue(72, 100, 400, 160, value, 10.0, True))
    tops = sorted({round(char["top"], 2) for char in chars})
    assert len(tops) == 12
    assert min(b - a for a, b in itertools.pairwise(tops)) >= 10.0


def test_table_row_with_an_unknown_label_is_a_row_of_its_own() -> None:
    """First run on held-out set 6: a label cell the vocabulary does not know ('Office
    line') was glued to the value above it, and the country was lost."""
    spec = single_nepal()
    spec.cards[0].nominee.insert(2, Field("Office line:", "+977 1 4412734"))
    document = run(render(in_layout(spec, "table")).data)
    card = document.cards[0]
    assert card.nominee.country is not None and card.nominee.country.code == "NP"
    assert "Office line +977 1 4412734" in card.nominee.text.splitlines()
    assert [w.message for w in document.warnings if w.code == "unknown_label"] == [
        "nominee label 'Office line' is not a known field; its line is kept in the nominee "
        "block's text"
    ]


def test_ticked_check_boxes_read_as_the_list_they_tick() -> None:
    data, document = rendition("batch_kml", "form")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        kinds = [str(a["data"].get("FT")) for page in pdf.pages for a in page.annots]
    assert {"Btn", "Ch", "Tx"} <= {kind.strip("/'") for kind in kinds}
    partners = document.cards[0].sections[1]
    assert partners.key == "main_partners"
    assert [(b.type, b.marker) for b in partners.blocks] == [("list_item", "•")] * 3
    assert partners.text.splitlines()[1] == "Uganda Dairy Farmers Alliance (UDFA)"


def test_grid_cells_keep_lists_and_wrapped_headings() -> None:
    """First run of the grid layout: a dash list in the answer cell (right of the page's
    middle) was split at a 'gutter' between its markers and its text, and a heading wrapped
    right after 'Section 1 –' in the narrow heading cell was no heading."""
    spec = single_nepal()
    spec.heading_format = "Section {number} – {heading}"
    spec.cards[0].sections[7].blocks = [
        Item(text, marker="-")
        for text in ("Green jobs", "Forest governance", "Women's enterprise", "Fair trade")
    ]
    _, paragraphs = run_layout(spec, "paragraphs")
    _, grid = run_layout(spec, "grid")
    assert [(s.number, s.key) for s in grid.cards[0].sections] == [
        (s.number, s.key) for s in paragraphs.cards[0].sections
    ]
    areas = grid.cards[0].sections[7]
    assert [(b.type, b.marker) for b in areas.blocks] == [("list_item", "•")] * 4
    assert areas.text == paragraphs.cards[0].sections[7].text


def run_layout(spec: Nomination, layout: str) -> tuple[bytes, Document]:
    data = render(in_layout(spec, layout)).data
    return data, run(data)


def test_an_empty_form_field_adds_nothing() -> None:
    spec = single_nepal()
    spec.cards[0].nominee.insert(3, Field("Fax:", ""))
    data, document = run_layout(spec, "form")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        values = [a["data"].get("V") for a in pdf.pages[0].annots]
    assert b"" in values  # the fax field is there, empty
    card = document.cards[0]
    assert card.nominee.faxes == []
    assert "Fax:" in card.nominee.text.splitlines()
    assert card.nominee.phones == ["+97714412733", "+9779851022417"]


def test_a_contact_line_of_its_own_in_a_narrow_cell_stays_apart() -> None:
    """Grid layout, held-out set 2: in a narrow answer cell 'Director of Livestock
    Development, MoA' fills most of the cell, but 'E-mail: ...' would have fitted after it:
    the line ended there (a typed line break), it was not wrapped."""
    from pipeline.blocks import build_blocks
    from pipeline.layout import Layout
    from pipeline.lines import Line

    right = 518.28  # the cell's inner right edge, known from its ruling lines
    texts = ["Director of Livestock Development, MoA", "E-mail: tigist.worku@moa.gov.et"]
    lines = [
        Line(6, 227.0, 485.0, 454.3, 496.0, texts[0], 11.0, False, column_right=right),
        Line(6, 227.0, 499.5, 409.5, 510.5, texts[1], 11.0, False, column_right=right),
    ]
    layout = Layout(11.0, 227.0, 523.28, 14.5, True, 523.28)
    assert [block.text for block in build_blocks(lines, layout)] == texts
    # A long next word that would not have fitted: the line was wrapped, and goes on.
    long_word = dataclasses.replace(lines[1], text="Administrationsdirektion und Vertrieb")
    assert len(build_blocks([lines[0], long_word], layout)) == 1


def test_a_table_cell_holding_only_blanks_reads_as_nothing() -> None:
    """Seen on a real 65-page report (chelsea_pdta.pdf, page 8): a ruled cell whose only
    characters are spaces failed the whole file as `damaged`."""
    from pipeline.tables import cell_lines

    blank = {"text": " ", "x0": 10.0, "x1": 13.0, "top": 10.0, "bottom": 20.0, "size": 10.0}
    blank |= {"fontname": "Helvetica", "upright": True, "doctop": 10.0}
    assert cell_lines((0.0, 0.0, 100.0, 30.0), [blank], 8) == []
