"""The sample batch (input/gssd2014.pdf): the tree the segment stage must build.

Every expectation below was read off the PDF by eye (see ../shared/seed for its text).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.extract import extract_pdf
from pipeline.models import Card
from pipeline.segment import SegmentedDocument, segment_document
from pipeline.settings import Settings

SAMPLE = Path(__file__).resolve().parent.parent / "input" / "gssd2014.pdf"

EXPECTED_TITLES = {
    "A": "Social and Solidarity Economy in the Asian context",
    "B": "Fragile-to-Fragile Cooperation in the g7+",
    "C": "Microinsurance Innovation Facility – African context",
    "D": "Follow-up to the Third Global Conference on Child Labour, leading to the Regional "
    "Initiative: “Latin America and the Caribbean Free of Child Labour”",
    "E": "Experience of Guinean workers' organizations in the construction of peace and decent "
    "work in Guinea, 2000-2014",
    "F": "South-South Cooperation: Enterprise Network for a Child Labour-Free Ecuador",
}
FORM_KEYS = [
    "description",
    "main_partners",
    "horizontal_cooperation",
    "achievements_impact",
    "sustainability",
    "innovation",
    "replicability_scaling_up",
    "areas_of_contribution",
    "awareness",
]
EXPECTED_KEYS = {
    "A": [*FORM_KEYS, "contacts", "ilo_contacts", "other"],
    "B": [*FORM_KEYS, "contacts", "ilo_contacts"],
    "C": [*FORM_KEYS, "contacts", "ilo_contacts"],
    "D": [*FORM_KEYS, "contacts", "ilo_contacts"],
    "E": [*FORM_KEYS, "contacts", "ilo_contacts"],
    "F": [*FORM_KEYS, "ilo_contacts"],
}
# letter: (honorific, name, country, source, phones, faxes, emails)
EXPECTED_NOMINEES = {
    "A": (
        "Mr.",
        "Benjamin Quiñones, Jr.",
        "PH",
        "affiliation",
        ["+639177197498"],
        ["+6329327690"],
        ["benquinonesjr@gmail.com"],
    ),
    "B": ("Mr", "Helder da Costa", "TL", "field", ["+6703310126"], [], ["hdacosta@mof.gov.tl"]),
    "C": (
        "Mr.",
        "Yoseph Aseffa",
        "ET",
        "field",
        ["+251911504253"],
        ["+251115445573"],
        ["aseffa@ilo.org"],
    ),
    "D": (
        "Ms.",
        "Paula Montagner",
        "BR",
        "affiliation",
        ["+556120301513"],
        ["+556120301529"],
        ["paula.montagner@mds.gov.br"],
    ),
    "E": (
        "Ms.",
        "Diallo Rabiatou Serah",
        "GN",
        "affiliation",
        ["+22466458350", "+224622234563"],
        [],
        ["diallorabiatouserah@gmail.com", "diallorabiatouserah@yahoo.fr"],
    ),
    "F": (
        "Ms.",
        "María del Carmen Velasco",
        "EC",
        "affiliation",
        ["+59323814000"],
        [],
        ["maria_velasco@mrl.gob.ec"],
    ),
}


@pytest.fixture(scope="module")
def tree() -> SegmentedDocument:
    return segment_document(extract_pdf(SAMPLE.read_bytes(), Settings()))


@pytest.fixture(scope="module")
def cards(tree: SegmentedDocument) -> dict[str, Card]:
    return {card.letter or "": card for card in tree.cards}


def test_six_cards_with_their_titles(tree: SegmentedDocument) -> None:
    assert [card.letter for card in tree.cards] == list("ABCDEF")
    assert {card.letter: card.title for card in tree.cards} == EXPECTED_TITLES


@pytest.mark.parametrize("letter", list("ABCDEF"))
def test_sections_are_numbered_and_keyed(cards: dict[str, Card], letter: str) -> None:
    sections = cards[letter].sections
    assert [s.number for s in sections] == list(range(1, len(EXPECTED_KEYS[letter]) + 1))
    assert [s.key for s in sections] == EXPECTED_KEYS[letter]


@pytest.mark.parametrize("letter", list("ABCDEF"))
def test_nominee_fields(cards: dict[str, Card], letter: str) -> None:
    honorific, name, country, source, phones, faxes, emails = EXPECTED_NOMINEES[letter]
    nominee = cards[letter].nominee
    assert (nominee.honorific, nominee.name) == (honorific, name)
    assert nominee.country is not None
    assert (nominee.country.code, nominee.country.source) == (country, source)
    assert (nominee.phones, nominee.faxes, nominee.emails) == (phones, faxes, emails)


def test_nominee_affiliation_joins_wrapped_lines(cards: dict[str, Card]) -> None:
    assert cards["A"].nominee.affiliation == (
        "Chairperson, Asian Solidarity Economy Council (ASEC, Philippines) – NGO/Civil Society Org"
    )
    assert cards["C"].nominee.affiliation == (
        "Regional Technical Advisor, Microinsurance Innovation Facility, "
        "ILO Social Finance Programme"
    )


def test_card_and_section_pages(cards: dict[str, Card]) -> None:
    assert (cards["A"].pages.start, cards["A"].pages.end) == (4, 11)
    assert (cards["F"].pages.start, cards["F"].pages.end) == (27, 31)
    annex = cards["A"].sections[-1]
    assert (annex.pages.start, annex.pages.end) == (8, 11)


def test_front_matter_is_cover_and_contents(tree: SegmentedDocument) -> None:
    front = tree.front_matter
    assert front is not None
    assert front.title == "Global South-South Development Expo 2014"
    cards_in_toc = [(e.label, e.page) for e in front.toc if e.level == 1]
    assert cards_in_toc == [("A", 4), ("B", 12), ("C", 16), ("D", 19), ("E", 22), ("F", 27)]
    wrapped = [e for e in front.toc if e.label == "1" and e.page == 4]
    assert wrapped[0].title == (
        "Description and Title of the South-South Initiative, including background and challenges"
    )


def test_no_section_text_holds_furniture_or_another_heading(tree: SegmentedDocument) -> None:
    headings = {f"{s.number}. {s.heading}" for card in tree.cards for s in card.sections}
    for card in tree.cards:
        for section in card.sections:
            for line in section.text.split("\n"):
                assert not re.fullmatch(r"\d{1,3}", line.strip()), (card.letter, section.number)
                assert line.strip() not in headings, (card.letter, section.number, line)


def test_page_break_paragraph_is_one_block(cards: dict[str, Card]) -> None:
    partners = cards["A"].sections[1]
    joined = [
        b for b in partners.blocks if "ripe for partner organizations in Asia to organize" in b.text
    ]
    assert len(joined) == 1
    assert "to organize themselves into a council" in joined[0].text


def test_list_items_and_markers(cards: dict[str, Card]) -> None:
    areas = cards["B"].sections[7]
    assert [b.type for b in areas.blocks] == ["list_item"] * 6
    assert {b.marker for b in areas.blocks} == {"•"}
    assert areas.text.split("\n")[0] == "public financial management"
    enumerated = [b.marker for b in cards["B"].sections[0].blocks if b.marker not in (None, "•")]
    assert enumerated == ["1)", "2)", "3)"]


def test_typed_enumeration_is_not_a_section_heading(cards: dict[str, Card]) -> None:
    impact = cards["A"].sections[3]
    assert impact.key == "achievements_impact"
    assert any(b.text.startswith("(2) Establishment of ASEC chapters") for b in impact.blocks)


def test_subheadings_in_annex_list(cards: dict[str, Card]) -> None:
    annex = cards["A"].sections[-1]
    subheadings = [b.text for b in annex.blocks if b.type == "subheading"]
    assert subheadings[:3] == ["BANGLADESH", "CAMBODIA", "HONGKONG"]
    assert "VIET NAM" in subheadings
    wrapped = (
        "Yayasan Kajian dan Pembangunan Masyarakat "
        "(Foundation for Community Studies and Development)"
    )
    assert wrapped in [b.text for b in annex.blocks]


def test_footnote_attached_after_its_reference(cards: dict[str, Card]) -> None:
    contacts = cards["E"].sections[9]
    types = [b.type for b in contacts.blocks]
    assert "footnote" in types
    footnote = contacts.blocks[types.index("footnote")]
    assert footnote.text.startswith("1 Appointed President of the CNT")
    assert contacts.blocks[types.index("footnote") - 1].text == "Ms. Diallo Rabiatou Serah"
    assert all(b.type != "footnote" for b in cards["E"].sections[10].blocks)


def test_hyphenated_compounds_survive_line_ends(cards: dict[str, Card]) -> None:
    text = cards["A"].sections[1].text
    assert "sub-continental institution" in text  # "sub-" at a line end, compound kept
    description = cards["B"].sections[0].text
    assert "Timor-Leste" in description
