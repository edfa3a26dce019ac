"""Segment rules on small documents that are not the sample."""

from __future__ import annotations

import pytest
from fpdf import FPDF

from pipeline.extract import extract_pdf
from pipeline.nominee import block_country, field_label, split_nominee
from pipeline.phones import parse_phones
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


# --- blocks in a narrow right-hand column (held-out set 2, card F) ---------------------------

from pipeline.blocks import build_blocks  # noqa: E402
from pipeline.layout import Layout  # noqa: E402
from pipeline.lines import Line  # noqa: E402

NARROW = Layout(
    body_size=11.0,
    left_margin=72.0,
    right_margin=290.0,
    line_pitch=14.5,
    spaced_paragraphs=True,
    right_column_margin=522.7,
)


def column_line(top: float, x0: float, x1: float, text: str, marker: str | None = None) -> Line:
    return Line(1, x0, top, x1, top + 11, text, 11.0, False, marker=marker, column=1)


def test_a_list_item_continues_at_its_hanging_indent() -> None:
    # "Zusammenarbeit (GIZ)" would not have fitted after "Internationale", but the estimate of
    # its width said it would, and the item was cut in two.
    lines = [
        column_line(425.7, 345.6, 489.7, "Deutsche Gesellschaft für", marker="•"),
        column_line(440.2, 345.6, 425.1, "Internationale"),
        column_line(454.7, 345.6, 473.2, "Zusammenarbeit (GIZ)"),
        column_line(469.2, 345.6, 513.5, "Alo Jwalo Nari Samity (AJNS),", marker="•"),
    ]
    blocks = build_blocks(lines, NARROW)
    assert [(b.type, b.text) for b in blocks] == [
        ("list_item", "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ)"),
        ("list_item", "Alo Jwalo Nari Samity (AJNS),"),
    ]


def test_the_next_typed_number_opens_a_new_item_after_a_full_line() -> None:
    # Held-out set 16: "4. Ministry of Labour and Skills, Federal Democratic Republic of
    # Ethiopia" filled its line, and "5. IPDC and ..." was read as its continuation.
    layout = Layout(11.0, 72.0, 523.0, 14.5, True, 523.0)
    lines = [
        column_line(621.5, 90.0, 512.2, "3. Apparel Export Promotion Council (AEPC), Apparel"),
        column_line(636.0, 108.0, 180.2, "Design Centre"),
        column_line(650.6, 90.0, 515.7, "4. Ministry of Labour and Skills, Republic of Ethiopia"),
        column_line(665.1, 90.0, 399.6, "5. IPDC and the Hawassa Industrial Park management"),
    ]
    assert [b.text for b in build_blocks(lines, layout)] == [
        "3. Apparel Export Promotion Council (AEPC), Apparel Design Centre",
        "4. Ministry of Labour and Skills, Republic of Ethiopia",
        "5. IPDC and the Hawassa Industrial Park management",
    ]


def test_a_line_ending_on_and_continues() -> None:
    # Contacts in card F: the page's single-column right margin (362.5) made "Country" look
    # as if it would have fitted after "and", so the contact line was cut in two.
    lines = [
        Line(3, 72.0, 626.0, 262.0, 637.0, "Green Jobs Specialist, ILO Decent", 11.0, False),
        Line(3, 72.0, 640.5, 243.2, 651.5, "Work Team for South Asia and", 11.0, False),
        Line(3, 72.0, 655.0, 270.9, 666.0, "Country Office for India, New Delhi", 11.0, False),
    ]
    layout = Layout(11.0, 72.0, 362.5, 14.5, True, 522.2)
    assert [b.text for b in build_blocks(lines, layout)] == [
        "Green Jobs Specialist, ILO Decent Work Team for South Asia and "
        "Country Office for India, New Delhi"
    ]


def test_a_long_first_word_measured_on_its_own_line_did_not_fit() -> None:
    # Held-out set 26: "... the meeting of the Brunei" then "Darussalam–Indonesia–Malaysia–
    # Philippines East ...": half an em a glyph made the long word look as if it would have
    # fitted after "Brunei", so the sentence was cut into two paragraphs.
    lines = [
        Line(
            9, 72.0, 138.1, 478.1, 148.6, "centre willing to help. The partners will", 10.5, False
        ),
        Line(9, 72.0, 152.6, 287.7, 163.1, "present it at the meeting of the Borneo", 10.5, False),
        Line(
            9,
            72.0,
            167.2,
            510.9,
            177.7,
            "Sabah–Sarawak–Kalimantan–Mindanao–Palawan East Growth Area (BIMP-",
            10.5,
            False,
        ),
    ]
    layout = Layout(10.5, 72.0, 523.3, 14.5, True, 523.3)
    assert len(build_blocks(lines, layout)) == 1


def test_nominating_organisation_is_a_label_of_its_own() -> None:
    # Held-out set 2: "Nominating organisation:" was not a label, so the nominee's line ran
    # into it ("... International Cooperation Department Nominating organisation: ...").
    from pipeline.nominee import field_label

    assert field_label("Nominating organisation: Farmers' Union of Chad (FUC)") == (
        "nominated_by",
        "Farmers' Union of Chad (FUC)",
    )
    assert field_label("Nominating institution: Rural Credit Office") is not None


def test_represented_by_is_a_label_of_its_own_in_either_language() -> None:
    # Held-out set 26: "Štatutárny zástupca / Represented by:" was no label, so the
    # nominee's line ran into it and the next field's person joined the organisation.
    from pipeline.nominee import field_label

    assert field_label("Štatutárny zástupca / Represented by: Ing. Eva Horváthová, Chair") == (
        "representative",
        "Ing. Eva Horváthová, Chair",
    )
    assert field_label("Person responsible: Ana Lima, coordenadora") is not None


def single_nomination(nominee_label: str) -> bytes:
    """A one-page unlettered nomination: bold title, a nominee block, two sections."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", style="B", size=14)
    pdf.multi_cell(0, 8, "Seed Banks of the Andes", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    for line in (
        f"{nominee_label} Ms. Ana Pérez, Director, Andean Seed Network",
        "Country/territory: Peru",
        "Telephone / WhatsApp: +51 1 555 0192",
        "E-mail addresses: ana.perez@example.org; seeds@example.org",
    ):
        pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    for heading, body in (
        ("1. Description and Title of the South-South Initiative", "Farmers keep seeds."),
        ("2. Main partners", "Andean Seed Network"),
    ):
        pdf.set_font("Helvetica", style="B", size=11)
        pdf.multi_cell(0, 7, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=11)
        pdf.multi_cell(0, 7, body, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_other_wordings_of_the_nominee_labels() -> None:
    # Held-out set 3: "Name and title of nominee:" was not a label, so the one-nomination
    # file had no card at all and every entity in it was lost.
    tree = segment_document(
        extract_pdf(single_nomination("Name and title of nominee:"), Settings())
    )
    (card,) = tree.cards
    assert card.title == "Seed Banks of the Andes"
    assert card.nominee.name == "Ana Pérez"
    assert card.nominee.country is not None and card.nominee.country.code == "PE"
    assert card.nominee.phones == ["+5115550192"]
    assert card.nominee.emails == ["ana.perez@example.org", "seeds@example.org"]


def test_a_nomination_with_an_unknown_nominee_label_still_has_its_card() -> None:
    tree = segment_document(extract_pdf(single_nomination("Person put forward:"), Settings()))
    (card,) = tree.cards
    assert card.title == "Seed Banks of the Andes"
    assert [s.number for s in card.sections] == [1, 2]
    assert card.nominee.phones == ["+5115550192"]


def test_right_column_with_bullets_is_read_as_one_column() -> None:
    # Held-out set 3, card J: the right column holds a paragraph (x 315.6), bullets (333.6)
    # and item text (351.6). The gutter was put between the bullets and their text, so the
    # partners list was read into the middle of section 1.
    from pathlib import Path

    pdf = Path(__file__).parent / "fixtures/heldout/heldout3_single_peru_zimbabwe.pdf"
    (card,) = segment_document(extract_pdf(pdf.read_bytes(), Settings())).cards
    sections = {s.number: s for s in card.sections}
    assert "miners breathe dust without protection" in sections[1].text
    assert "(UNIDO) provided technical advice" in sections[1].text
    items = [b.text for b in sections[2].blocks if b.type == "list_item"]
    assert items[:2] == [
        "Central de Cooperativas Mineras Auríferas del Sur (CECOMAS), Peru",
        "Zimbabwe Women in Artisanal Mining Trust (ZWAMT)",
    ]


def test_labels_with_a_note_or_two_channels() -> None:
    # Held-out set 4: "Nominee (name and position):" gave a nominee named "(name and
    # position): Ms. ...", and "Office phone:" / "Phone / fax:" ran into the line above.
    from pipeline.nominee import field_label

    assert field_label("Nominee (name and position): Ms. Oyun Bat, Director") == (
        "nominee",
        "Ms. Oyun Bat, Director",
    )
    assert field_label("Office phone: +63 2 8527 3416") == ("phone", "+63 2 8527 3416")
    assert field_label("Phone / fax: +976 1432 24519") == ("phone", "+976 1432 24519")
    assert field_label("Tel (+225) 27 22 44 55 66") == ("phone", "(+225) 27 22 44 55 66")


def test_numbered_minutes_are_not_a_nomination() -> None:
    # Found in the third-party corpus once a card could start at section 1: meeting minutes
    # ("1. Call to order", "2. Public comment") became a card. Only the form's own section
    # 1 starts a card without a nominee label.
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", style="B", size=14)
    pdf.multi_cell(0, 8, "Union School District", new_x="LMARGIN", new_y="NEXT")
    for heading, body in (
        ("1. Call to order", "The meeting opened at 6 pm."),
        ("2. Public comment", "No comment was made."),
        ("3. Adjournment", "The meeting closed at 7 pm."),
    ):
        pdf.set_font("Helvetica", style="B", size=11)
        pdf.multi_cell(0, 7, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=11)
        pdf.multi_cell(0, 7, body, new_x="LMARGIN", new_y="NEXT")
    tree = segment_document(extract_pdf(bytes(pdf.output()), Settings()))
    assert tree.cards == []


def test_position_is_a_label_of_its_own() -> None:
    # Held-out set 5: "Position: Head, ..." ran into the nominee's name.
    from pipeline.nominee import field_label

    assert field_label("Position: Head, Renewable Energy Unit") == (
        "position",
        "Head, Renewable Energy Unit",
    )


def test_nominee_country_from_a_long_label_or_the_block_and_a_trunk_line() -> None:
    # Held-out set 12: "Country of the nominating organization:" was no label, so the card
    # had no country and its national numbers ("Trunkline: (068) 268-1145 loc. 12") were lost.
    assert field_label("Country of the nominating organization: Republic of the Philippines") == (
        "country",
        "Republic of the Philippines",
    )
    assert field_label("Trunkline: (068) 268-1145 loc. 12") == ("phone", "(068) 268-1145 loc. 12")
    assert [m.e164 for m in parse_phones("(068) 268-1145 loc. 12", "PH")] == ["+63682681145"]
    found = block_country(["Address: Barangay Tongmageng, Sitangkai, Republic of the Philippines"])
    assert found is not None and (found.code, found.source) == ("PH", "block")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Nom et prénoms / Surname and first names: RABE Hery", ("nominee", "RABE Hery")),
        ("Naam / Name: Sandra Kromo", ("nominee", "Sandra Kromo")),
        ("Pays / Country: République de Madagascar", ("country", "République de Madagascar")),
        ("País: Honduras", ("country", "Honduras")),
        ("Tél. fixe / Landline: +261 20 22 123 45", ("phone", "+261 20 22 123 45")),
        ("Portable (Telma / Orange): 034 12 000 00", ("phone", "034 12 000 00")),
        ("Courriel / E-mail: hery@example.mg", ("email", "hery@example.mg")),
        ("Correo electrónico: ana@example.hn", ("email", "ana@example.hn")),
        ("Structure porteuse / Lead organisation: FIVA", ("organization", "FIVA")),
        ("Cargo: Directora", ("position", "Directora")),
        ("Présidente / Chairwoman", None),  # a value in two languages, no label
    ],
)
def test_labels_in_french_spanish_and_two_languages(
    line: str, expected: tuple[str, str] | None
) -> None:
    # Held-out sets 12 and 13: bilingual labels ("Land / Country:", "Pays / Country:") and
    # French ones were no labels, so the nominee's name, phones and country were lost.
    assert field_label(line) == expected


def test_two_numbers_joined_by_a_dash_and_a_title_in_brackets_after_the_name() -> None:
    # Held-out set 13: "034 12 457 86 – 032 05 118 47" gave no number; "(Mme / Mrs)" after
    # the name stayed in it.
    assert [m.e164 for m in parse_phones("034 12 457 86 – 032 05 118 47", "MG")] == [
        "+261341245786",
        "+261320511847",
    ]
    assert split_nominee("RAZAFINDRAKOTO Voahangy (Mme / Mrs)") == (
        "Mme",
        "RAZAFINDRAKOTO Voahangy",
        None,
    )
    assert split_nominee("Ana Ruiz (FAO), Director") == (None, "Ana Ruiz (FAO)", "Director")


def test_a_form_of_address_and_nickname_in_brackets_after_a_titled_name() -> None:
    # Held-out set 15: "Mrs. Kanokwan Srisuwan (Khun Noi)": the bracket (a form of address
    # and the nickname she goes by) stayed in the name because the name had a title already.
    assert split_nominee("Mrs. Ratana Wongsakul (Khun Ploy)") == (
        "Mrs.",
        "Ratana Wongsakul",
        None,
    )


def test_a_wrapped_value_cell_does_not_take_the_next_rows_bilingual_label() -> None:
    # Held-out set 16 (table layout): "Hazelnut Growers' Association)", the second line of
    # the organisation's value cell, and the next row's label cell "Adres / Address" were
    # read as one label wrapped over two lines, so the address and the country were lost.
    from pipeline.nominee import parse_nominee

    lines = [
        column_line(144, 77, 189, "Adı Soyadı / Name"),
        column_line(144, 227, 434, "Ayşe Kaya Demir"),
        column_line(193, 77, 211, "Kurum / Organisation"),
        column_line(193, 227, 509, "Karadut Üreticileri Derneği (Black Mulberry"),
        column_line(208, 227, 403, "Growers' Association)"),
        column_line(232, 77, 173, "Adres / Address"),
        column_line(232, 227, 482, "Atatürk Cad. No: 12, 44100 Battalgazi, Malatya"),
        column_line(271, 77, 166, "Ülke / Country"),
        column_line(271, 227, 462, "Türkiye"),
    ]
    nominee = parse_nominee(lines)
    assert nominee.name == "Ayşe Kaya Demir"
    assert nominee.country is not None and nominee.country.code == "TR"
    assert "Association)" in (nominee.affiliation or "")
    assert "Adres" not in (nominee.affiliation or "")


def test_a_contents_page_listing_two_cards_only_is_no_card() -> None:
    # Held-out set 20: "List of Nominations" with two entries ("V. Runas, ... 3") and no
    # sections under them was neither a contents title nor three dot leaders, and each entry
    # became an empty card ahead of the real one.
    import dataclasses

    from generator import batch_kml, render

    spec = batch_kml()
    spec = dataclasses.replace(
        spec, cards=spec.cards[:2], toc_title="List of Nominations", toc_sections=False
    )
    tree = segment_document(extract_pdf(render(spec).data, Settings()))
    assert [(c.letter, len(c.sections)) for c in tree.cards] == [("K", 11), ("M", 11)]
    assert tree.front_matter is not None
    assert [entry.label for entry in tree.front_matter.toc] == ["K", "M"]


def test_a_short_line_in_a_right_hand_column_ends_where_the_next_word_would_fit() -> None:
    # Held-out set 21: in a right-hand column, which ends at the text margin, the contact's
    # name line "Dra. Inês ..." was read as wrapped into the organisation's line below it
    # ("nearly full" of a narrow column), and the contact was lost.
    layout = Layout(10.0, 72.0, 281.3, 13.4, True, 523.0)

    def right(top: float, x1: float, text: str) -> Line:
        return Line(2, 314.0, top, x1, top + 10, text, 10.0, False, column=1)

    lines = [
        right(729.0, 457.0, "Dra. Rita Monteiro de Sá"),
        right(743.0, 512.0, "Instituto da Cooperação e da Língua, I.P., and"),
        right(756.0, 388.0, "its office in Bissau"),
    ]
    assert [b.text for b in build_blocks(lines, layout)] == [
        "Dra. Rita Monteiro de Sá",
        "Instituto da Cooperação e da Língua, I.P., and its office in Bissau",
    ]


def test_a_line_ending_on_a_comma_goes_on_across_a_column_break() -> None:
    # Held-out set 23: "Commonwealth Secretariat," at the foot of a column and "London" at
    # the head of the next were two list items, and "London" an organisation.
    layout = Layout(10.0, 72.0, 281.3, 13.4, True, 523.0)
    lines = [
        Line(2, 72.0, 740.0, 190.0, 750.0, "Commonwealth Secretariat,", 10.0, False, column=0),
        Line(2, 314.0, 74.0, 352.0, 84.0, "London", 10.0, False, column=1),
    ]
    assert [b.text for b in build_blocks(lines, layout)] == ["Commonwealth Secretariat, London"]


def test_more_wordings_of_the_nominee_labels() -> None:
    # Held-out sets 22 and 23: "Name and address of the organisation:" was read as the
    # previous value's continuation, "State and country:" and "Nom de la candidate:" were
    # unknown.
    assert field_label("Name and address of the organisation: Ka Seng") == (
        "organization",
        "Ka Seng",
    )
    assert field_label("State and country: Meghalaya, India") == ("country", "Meghalaya, India")
    assert field_label("Nom de la candidate : Mme NIYONKURU Spès") == (
        "nominee",
        "Mme NIYONKURU Spès",
    )


@pytest.mark.parametrize(
    ("written", "number", "words"),
    [
        # Held-out set 29: three numbering forms no section was found under.
        ("(3) Horizontal dimension of cooperation", 3, "Horizontal dimension of cooperation"),
        ("Q10. Contacts", 10, "Contacts"),
        ("7.- Replicability and scaling up", 7, "Replicability and scaling up"),
    ],
)
def test_more_ways_of_numbering_a_section_heading(written: str, number: int, words: str) -> None:
    from pipeline.segment import parse_heading

    heading = parse_heading(written)
    assert heading is not None and (heading.number, heading.text) == (number, words)


@pytest.mark.parametrize("text", ["(iv) an item", "(2 people)", "Q1 2024 results", "(3 a"])
def test_enumerations_and_quarters_are_no_headings(text: str) -> None:
    from pipeline.segment import parse_heading

    assert parse_heading(text) is None


def test_partners_numbered_in_roman_numerals_are_one_item_each() -> None:
    # Held-out set 29: "I. ... St. Kitts" and "II. The Fish Pot ..." were one paragraph:
    # the first line is full, and only Arabic numbers counted as the next item's number.
    lines = [
        Line(
            6,
            72.0,
            100.0,
            521.0,
            111.0,
            "I. Nevis Road Fishers Cooperative Society Limited,",
            11.0,
            False,
        ),
        Line(
            6,
            72.0,
            114.5,
            300.0,
            125.5,
            "II. The Net Loft – Speightstown Boners Association",
            11.0,
            False,
        ),
        Line(6, 72.0, 129.0, 320.0, 140.0, "III. Fisheries Division, Bridgetown", 11.0, False),
    ]
    layout = Layout(11.0, 72.0, 523.0, 14.5, True, 523.0)
    assert len(build_blocks(lines, layout)) == 3


@pytest.mark.parametrize(
    ("line", "field"),
    [
        # Held-out set 29: labels no nominee block had used.
        ("Applicant: Capt. Rawle Hector, BEM", "nominee"),
        ("Lead applicant: Al-Nour Weavers Association", "nominee"),
        ("Head of organisation: Ya Fatou Ceesay-Njie, President", "nominee"),
        ("Name of organisation: Kafo Jamano", "organization"),
        ("Group: Sandy Point Fishers Cooperative", "organization"),
        ("Mailing address: P.O. Box 12, Basseterre", "address"),
        ("Governorate: Homs Governorate", "address"),
        ("Web address: www.alnour.example.sy", "website"),
        ("Facebook: fb.com/KafoJamano", "website"),
    ],
)
def test_more_nominee_labels(line: str, field: str) -> None:
    labelled = field_label(line)
    assert labelled is not None and labelled[0] == field
