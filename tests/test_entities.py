"""Entities stage: small hand-built cards for each rule, then the sample PDF against its key.

The hand-built cards use invented organisations and people, so a rule that passes here was
not tuned to the sample's own names.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest
from spacy.language import Language

from pipeline.entities import annotate_cards
from pipeline.entities.annotate import unused_components
from pipeline.entities.contacts import parse_contact_line
from pipeline.entities.filters import plausible_org, plausible_person
from pipeline.entities.model import trim_span
from pipeline.entities.spans import Acronyms
from pipeline.links import Link
from pipeline.models import Block, Card, Country, Document, Entity, Nominee, PageSpan, Section
from pipeline.nlp import load_model

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "input" / "gssd2014.pdf"
KEY = ROOT / "tests" / "keys" / "gssd2014.json"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def section(number: int, key: str, blocks: list[Block]) -> Section:
    text = ""
    for index, block in enumerate(blocks):
        if index:
            both_items = block.type == blocks[index - 1].type == "list_item"
            text += "\n" if both_items else "\n\n"
        text += block.text
    pages = [b.page for b in blocks]
    return Section(
        number=number,
        key=key,  # type: ignore[arg-type]
        heading=key,
        pages=PageSpan(start=min(pages), end=max(pages)),
        text=text,
        blocks=blocks,
    )


def para(text: str, page: int = 1) -> Block:
    return Block(type="paragraph", text=text, page=page)


def item(text: str, page: int = 1) -> Block:
    return Block(type="list_item", text=text, page=page, marker="•")


def card(
    sections: list[Section], nominee_text: str = "", country: str | None = None, name: str = ""
) -> Card:
    return Card(
        letter="A",
        title="A test nomination",
        pages=PageSpan(start=1, end=3),
        nominee=Nominee(
            name=name or None,
            text=nominee_text,
            country=Country(code=country, name=country, source="field") if country else None,
        ),
        sections=sections,
    )


def link(uri: str, text: str, page: int = 1) -> Link:
    return Link(page=page, uri=uri, text=text, x0=0, top=0, x1=1, bottom=1)


def annotate(nlp: Language, test_card: Card, links: list[Link] | None = None) -> Card:
    cards, _ = annotate_cards([test_card], links or [], nlp)
    return cards[0]


def values(result: Card, label: str) -> list[str]:
    return [e.normalized for e in result.entities if e.label == label]


def assert_offsets(result: Card) -> None:
    texts = {s.number: s.text for s in result.sections}
    for entity in result.entities:
        source = result.nominee.text if entity.section is None else texts[entity.section]
        assert source[entity.start : entity.end] == entity.text


# --- e-mails, phones, URLs --------------------------------------------------------------------


def test_emails_lower_cased_and_link_source(nlp: Language) -> None:
    body = "Write to Kofi.Mensah@Example.org; or info@harvest-coop.org."
    result = annotate(
        nlp,
        card([section(9, "awareness", [para(body)])]),
        [link("mailto:kofi.mensah@example.org", "Kofi.Mensah@Example.org")],
    )
    emails = [(e.normalized, e.source) for e in result.entities if e.label == "EMAIL"]
    assert emails == [("kofi.mensah@example.org", "link"), ("info@harvest-coop.org", "rule")]
    assert_offsets(result)


def test_email_split_over_a_line_break_is_one_address(nlp: Language) -> None:
    body = "Officer, Unit, lindiwe-\nokafor@example.org"
    blocks = [item("Officer, Unit, lindiwe-"), item("okafor@example.org")]
    sec = section(10, "contacts", blocks)
    assert sec.text == body
    result = annotate(nlp, card([sec]), [link("mailto:lindiwe-okafor@example.org", "x")])
    (email,) = [e for e in result.entities if e.label == "EMAIL"]
    assert email.normalized == "lindiwe-okafor@example.org"
    assert email.text == "lindiwe-\nokafor@example.org"
    assert email.source == "link"


def test_nominee_phones_labelled_fax_and_national_form(nlp: Language) -> None:
    nominee = (
        "Nominee: Ms. Ama Owusu, Director, Harvest Alliance\n"
        "Tel.: (02) 8527 8000 / 00 63 2 8527 8001\n"
        "Fax: +63-2-85278002 ext. 5"
    )
    result = annotate(nlp, card([], nominee, country="PH"))
    phones = [(e.normalized, e.fax, e.section) for e in result.entities if e.label == "PHONE"]
    assert phones == [
        ("+63285278000", False, None),
        ("+63285278001", False, None),
        ("+63285278002", True, None),
    ]
    assert_offsets(result)


def test_possible_only_phone_is_kept_with_a_warning(nlp: Language) -> None:
    test_card = card([], "Telephone: +224 664 5 83 50; +224 622 23 45 63")
    cards, warnings = annotate_cards([test_card], [], nlp)
    phones = [(e.normalized, e.possible_only) for e in cards[0].entities if e.label == "PHONE"]
    assert phones == [("+22466458350", True), ("+224622234563", False)]
    assert [w.code for w in warnings] == ["phone_possible_only"]
    assert warnings[0].page == 1


def test_no_phones_from_years_amounts_and_ranges(nlp: Language) -> None:
    body = (
        "Between 2000-2014 the fund grew by USD 6 million (45%), with sessions at 09:00-10:30 "
        "on pages 12-13 and 1545-0008 forms."
    )
    result = annotate(nlp, card([section(4, "achievements_impact", [para(body)])], country="BR"))
    assert values(result, "PHONE") == []


def test_urls_with_scheme_and_without_brackets(nlp: Language) -> None:
    body = "See <www.harvest-coop.org> and http://example.org/report."
    result = annotate(nlp, card([section(9, "awareness", [para(body)])]))
    assert values(result, "URL") == ["http://www.harvest-coop.org", "http://example.org/report"]
    assert_offsets(result)


# Provenance: a held-out set (tests/heldout/README.md), where it was a miss or an extra.
def test_national_number_takes_the_country_of_its_line(nlp: Language) -> None:
    body = "Tel.: +595 21 729 015; cell 0971 338 206"
    result = annotate(nlp, card([section(10, "contacts", [para(body)])], country="AR"))
    assert values(result, "PHONE") == ["+59521729015", "+595971338206"]


# --- countries --------------------------------------------------------------------------------


def test_countries_demonyms_and_longest_match(nlp: Language) -> None:
    body = "Filipino workers met delegates from Papua New Guinea, Guinea-Bissau and Viet Nam."
    result = annotate(nlp, card([section(3, "horizontal_cooperation", [para(body)])]))
    countries = [(e.normalized, e.demonym) for e in result.entities if e.label == "COUNTRY"]
    assert countries == [("PH", True), ("PG", False), ("GW", False), ("VN", False)]


def test_country_inside_a_listed_organisation_is_flagged_as_in_a_name(nlp: Language) -> None:
    # Issue 12, class 3: the organisation stays whole, and the country inside its name is a
    # country of the card too, flagged `in_name` (the keys score mentions outside names).
    blocks = [
        Block(type="subheading", text="KENYA", page=2),
        para("Mombasa Weavers Network Kenya", page=2),
        para("Lakeside Traders Union", page=2),
        Block(type="subheading", text="GHANA", page=3),
        para("Volta Basket Makers Association", page=3),
    ]
    result = annotate(nlp, card([section(12, "other", blocks)]))
    countries = [(e.text, e.page, e.in_name) for e in result.entities if e.label == "COUNTRY"]
    assert countries == [("KENYA", 2, False), ("Kenya", 2, True), ("GHANA", 3, False)]
    orgs = [(e.normalized, e.source, e.page) for e in result.entities if e.label == "ORG"]
    assert orgs == [
        ("Mombasa Weavers Network Kenya", "rule", 2),
        ("Lakeside Traders Union", "rule", 2),
        ("Volta Basket Makers Association", "rule", 3),
    ]
    assert_offsets(result)


def test_countries_named_inside_organisation_names_are_countries_of_the_card(
    nlp: Language,
) -> None:
    # Issue 12, class 3, on invented names: the organisation stays whole.
    body = (
        "The Malawi Rural Savings Trust and the Ghana Skills Development Agency worked with "
        "the Zambia National Farmers Union and the Government of Lesotho."
    )
    result = annotate(nlp, card([section(1, "description", [para(body)])]))
    countries = [(e.normalized, e.in_name) for e in result.entities if e.label == "COUNTRY"]
    # A state's own body ("Government of Lesotho") names its country plainly, as before.
    assert countries == [("MW", True), ("GH", True), ("ZM", True), ("LS", False)]
    orgs = [e.normalized for e in result.entities if e.label == "ORG"]
    assert orgs == [
        "Malawi Rural Savings Trust",
        "Ghana Skills Development Agency",
        "Zambia National Farmers Union",
    ]


# --- organisations: acronyms, lists, head words, where a name starts and ends -----------------


def test_acronym_definitions_give_full_names(nlp: Language) -> None:
    body = (
        "The Northern Harvest Cooperative Alliance (NHCA) works with farmers. "
        "Every year NHCA meets the KMTU (Kilimo Mazao Traders Union) in Arusha."
    )
    result = annotate(nlp, card([section(1, "description", [para(body)])]))
    orgs = {(e.text, e.normalized) for e in result.entities if e.label == "ORG"}
    assert ("NHCA", "Northern Harvest Cooperative Alliance") in orgs
    assert ("KMTU", "Kilimo Mazao Traders Union") in orgs
    assert_offsets(result)


def test_intergovernmental_organisations_from_general_knowledge(nlp: Language) -> None:
    body = "Funding came from the ILO, UNDP and ECOWAS through the World Bank."
    result = annotate(nlp, card([section(2, "main_partners", [para(body)])]))
    assert set(values(result, "ORG")) >= {
        "International Labour Organization",
        "United Nations Development Programme",
        "Economic Community of West African States",
        "World Bank",
    }


def test_partner_list_items_are_organisations(nlp: Language) -> None:
    blocks = [
        item("Ministry of Rural Affairs"),
        item("Sahel Growers Federation, TAMWA, Farmers"),
        item("Women’s Enterprises"),
    ]
    result = annotate(nlp, card([section(2, "main_partners", blocks)]))
    orgs = set(values(result, "ORG"))
    assert {"Ministry of Rural Affairs", "Sahel Growers Federation", "TAMWA"} <= orgs
    assert "Farmers" not in orgs and "Women’s Enterprises" not in orgs


@pytest.mark.parametrize(
    "span", ["ILO Contacts", "Deputy Secretary", "Telephone", "2014", "x@y.org"]
)
def test_ner_mistakes_are_not_organisations(span: str) -> None:
    assert not plausible_org(span, Acronyms({}, {}))


def test_names_the_text_declares_organisations(nlp: Language) -> None:
    body = (
        "The k5+ is an intergovernmental organisation of small states. Members of the k5+ "
        "work with TERRANET (an international network of growers). Today, a network of "
        "farmers met. In 2010 the k5+ grew."
    )
    result = annotate(nlp, card([section(1, "description", [para(body)])]))
    orgs = [e.text for e in result.entities if e.label == "ORG"]
    assert orgs.count("k5+") == 3
    assert "TERRANET" in orgs
    assert "Today" not in values(result, "ORG")


# Provenance: a held-out set (tests/heldout/README.md), where it was a miss or an extra.
@pytest.mark.parametrize(
    "span",
    ["National Programme Coordinator", "Regional Programme Officer", "Nord-Ouest", "Cap-Rouge"],
)
def test_job_titles_and_hyphenated_places_are_not_organisations(span: str) -> None:
    assert not plausible_org(span, Acronyms({}, {}))


# Provenance: a held-out set (tests/heldout/README.md), where it was a miss or an extra.
def test_common_abbreviations_are_not_organisations(nlp: Language) -> None:
    body = (
        "Prices reach farmers by SMS, and wardens log their patrols by GPS, so the "
        "Kisumu Growers Union (KGU) can follow them."
    )
    result = annotate(nlp, card([section(6, "innovation", [para(body)])]))
    assert set(values(result, "ORG")) == {"Kisumu Growers Union"}


# Provenance: a held-out set (tests/heldout/README.md), where it was a miss or an extra.
def test_trailing_linking_word_is_not_part_of_an_organisation() -> None:
    text = "through the Centre of Excellence against Drought of the Regional Food Agency"
    start = text.index("Centre")
    end = text.index("the Regional") - 1
    assert text[slice(*trim_span(text, start, end, "ORG"))] == (
        "Centre of Excellence against Drought"
    )


# Provenance: a held-out set (tests/heldout/README.md), where it was a miss or an extra.
def test_un_inside_an_event_name_is_not_the_un(nlp: Language) -> None:
    body = "It was shown at the UN Ocean Conference in Lisbon, and the UN and UNDP funded it."
    result = annotate(nlp, card([section(9, "awareness", [para(body)])]))
    orgs = [(e.text, e.normalized) for e in result.entities if e.label == "ORG"]
    assert orgs == [
        ("UN", "United Nations"),
        ("UNDP", "United Nations Development Programme"),
    ]


# Provenance: a held-out set (tests/heldout/README.md), where it was a miss or an extra.
def test_broadcasters_and_polytechnics_are_organisations(nlp: Language) -> None:
    body = "The film was aired by Radio Télévision Nationale (RTN) in 2020."
    blocks = [item("Kisumu State Polytechnic"), item("Coast Fisheries Board")]
    result = annotate(
        nlp,
        card([section(2, "main_partners", blocks), section(9, "awareness", [para(body)])]),
    )
    assert set(values(result, "ORG")) >= {
        "Kisumu State Polytechnic",
        "Radio Télévision Nationale",
    }


# Provenance: a held-out set (tests/heldout/README.md), where it was a miss or an extra.
def test_listed_name_with_a_comma_stays_whole(nlp: Language) -> None:
    # "Ministry of X, Y and Z (ACR), Country" was cut at its comma into two organisations,
    # and "Mali and the Ministry of ..." became the acronym's long form in running text.
    blocks = [
        item("Rural Credit Office (RCO), Mali"),
        item("Ministry of Labour, Social Dialogue and Crafts (MTDSA), Niger"),
    ]
    body = (
        "In 2012 the Rural Credit Office (RCO) of Mali and the Ministry of Labour, Social "
        "Dialogue and Crafts (MTDSA) of Niger signed an agreement. MTDSA hosts the office."
    )
    result = annotate(
        nlp,
        card([section(1, "description", [para(body)]), section(2, "main_partners", blocks)]),
    )
    orgs = set(values(result, "ORG"))
    assert "Ministry of Labour, Social Dialogue and Crafts" in orgs
    assert orgs <= {"Rural Credit Office", "Ministry of Labour, Social Dialogue and Crafts"}
    assert_offsets(result)


# Provenance: a held-out set (tests/heldout/README.md), where it was a miss or an extra.
def test_currency_codes_before_amounts_are_not_organisations(nlp: Language) -> None:
    body = "Technicians earn NPR 9,500 a month, and the fund holds 12 million UGX."
    result = annotate(nlp, card([section(4, "achievements_impact", [para(body)])]))
    assert values(result, "ORG") == []


# Provenance: a held-out set (tests/heldout/README.md), where it was a miss or an extra.
def test_listed_name_in_two_languages_is_the_first_name(nlp: Language) -> None:
    blocks = [item("Nepal Weavers' Association for Development (Sangh Bunkar Vikas, SBV)")]
    body = "The SBV trains weavers."
    result = annotate(
        nlp,
        card(
            [
                section(2, "main_partners", blocks),
                section(3, "horizontal_cooperation", [para(body)]),
            ]
        ),
    )
    assert set(values(result, "ORG")) == {"Nepal Weavers' Association for Development"}


# Provenance: a held-out set (tests/heldout/README.md), where it was a miss or an extra.
def test_role_before_a_unit_is_not_part_of_the_organisation(nlp: Language) -> None:
    line = "Mr. Ali Said, Head of the Informal Trade Unit, CNPS, ali.said@cnps.ml"
    result = annotate(nlp, card([section(10, "contacts", [para(line)])]))
    assert "Head of the Informal Trade Unit" not in values(result, "ORG")
    assert "Informal Trade Unit" in values(result, "ORG")


# Provenance: a held-out set (tests/heldout/README.md), where it was a miss or an extra.
def test_names_enumerating_after_their_head_stay_whole(nlp: Language) -> None:
    body = "Next year the Ministry of Water, Sanitation and Hygiene plans to add the training."
    blocks = [item("Ministry of Mines, Energy and Water Resources, Namibia")]
    contact = (
        "Ms. Rose Atieno, Programme Officer, ILO Country Office for Kenya, Rwanda, Uganda "
        "and Tanzania, Nairobi, atieno@ilo.org"
    )
    result = annotate(
        nlp,
        card(
            [
                section(2, "main_partners", blocks),
                section(7, "sustainability", [para(body)]),
                section(11, "ilo_contacts", [para(contact)]),
            ]
        ),
    )
    orgs = set(values(result, "ORG"))
    assert {
        "Ministry of Water, Sanitation and Hygiene",
        "Ministry of Mines, Energy and Water Resources",
        "ILO Country Office for Kenya, Rwanda, Uganda and Tanzania",
    } <= orgs
    assert not {"Ministry of Water", "Ministry of Mines"} & orgs
    countries = [(e.normalized, e.in_name) for e in result.entities if e.label == "COUNTRY"]
    # Issue 12, class 3: the countries an office covers are countries of the card, in a name.
    assert countries == [("NA", False), ("KE", True), ("RW", True), ("UG", True), ("TZ", True)]
    assert_offsets(result)


# Provenance: a held-out set (tests/heldout/README.md), where it was a miss or an extra.
def test_capitalised_words_before_a_model_span_belong_to_the_name() -> None:
    from pipeline.entities.model import with_leading_name_words

    text = "Courses alternate between the Moroto Pastoral Training Institute in Uganda."
    start = text.index("Pastoral")
    assert text[with_leading_name_words(text, start) :].startswith("Moroto Pastoral")
    text = "In Kenya Pastoral Training Institute staff teach."
    start = text.index("Pastoral")
    assert with_leading_name_words(text, start) == text.index("Kenya")
    text = "The Pastoral Training Institute opened."
    assert with_leading_name_words(text, 4) == 4


# Provenance: a held-out set (tests/heldout/README.md), where it was a miss or an extra.
def test_a_unit_of_an_organisation_gives_the_organisation() -> None:
    # Held-out set 2: the model's span "the Faculty of Agriculture of the National
    # University of Laos" hid the university (the faculty itself is optional in the key).
    from pipeline.entities.model import parent_organisation_start

    span = "Faculty of Agriculture of the Royal University of Bhutan"
    assert span[parent_organisation_start(span) :] == "Royal University of Bhutan"
    span = "Food and Agriculture Organization of the United Nations"
    assert parent_organisation_start(span) == 0
    span = "Department of Fisheries"
    assert parent_organisation_start(span) == 0


# Provenance: a held-out set (tests/heldout/README.md), where it was a miss or an extra.
@pytest.mark.parametrize(
    "span", ["Programme Manager for Vocational Education", "WhatsApp", "Facebook"]
)
def test_job_titles_with_their_field_and_platforms_are_not_organisations(span: str) -> None:
    assert not plausible_org(span, Acronyms({}, {}))


# Provenance: a held-out set (tests/heldout/README.md), where it was a miss or an extra.
def test_enumerated_name_going_on_after_its_and_part(nlp: Language) -> None:
    # Held-out set 3: "Ministry of Labour, Migration and Employment of Population of the
    # Republic of Tajikistan" came out as "Ministry of Labour" plus a fragment.
    body = (
        "In 2020 the Ministry of Labour, Social Protection and Employment of Population of "
        "the Republic of Tajikistan signed, and the Ministry of Education, Science, Culture "
        "and Sport of Armenia joined."
    )
    result = annotate(nlp, card([section(1, "description", [para(body)])]))
    orgs = set(values(result, "ORG"))
    assert {
        "Ministry of Labour, Social Protection and Employment of Population",
        "Ministry of Education, Science, Culture and Sport",
    } <= orgs
    assert not {"Ministry of Labour", "Ministry of Education"} & orgs
    assert values(result, "COUNTRY") == ["TJ", "AM"]
    assert_offsets(result)


# Provenance: a held-out set (tests/heldout/README.md), where it was a miss or an extra.
def test_no_organisation_starts_inside_a_country_name(nlp: Language) -> None:
    # The model tags "Tobago (MTIT" as ORG after "Trinidad and".
    body = (
        "The Cocoa Board and the Ministry of Trade, Industry and Tourism of Trinidad and "
        "Tobago (MTIT) support the exchange."
    )
    result = annotate(nlp, card([section(1, "description", [para(body)])]))
    assert "Tobago" not in values(result, "ORG")
    assert values(result, "COUNTRY") == ["TT"]


# Provenance: a held-out set (tests/heldout/README.md), where it was a miss or an extra.
def test_a_place_after_in_is_not_part_of_an_organisation() -> None:
    text = "a weekly programme on Radio Valle Verde in Cochabamba."
    start, end = text.index("Radio"), text.index(".")
    assert text[slice(*trim_span(text, start, end, "ORG"))] == "Radio Valle Verde"
    text = "the Federation of Growers in East Africa."
    start, end = text.index("Federation"), text.index(".")
    assert text[slice(*trim_span(text, start, end, "ORG"))] == (
        "Federation of Growers in East Africa"
    )


# Provenance: a held-out set (tests/heldout/README.md), where it was a miss or an extra.
def test_organisation_words_in_other_languages_and_spellings(nlp: Language) -> None:
    # Held-out set 4: "Universidade Nacional ...", "Radio-Televisão ...", "... Police",
    # "... Program" were not taken as organisations.
    blocks = [
        item("Universidade Nacional de Díli"),
        item("Kigali City Police"),
        item("Rural Roads Program"),
        item("Radio-Televisão Lafaek"),
    ]
    result = annotate(nlp, card([section(2, "main_partners", blocks)]))
    assert set(values(result, "ORG")) == {
        "Universidade Nacional de Díli",
        "Kigali City Police",
        "Rural Roads Program",
        "Radio-Televisão Lafaek",
    }


# Provenance: a held-out set (tests/heldout/README.md), where it was a miss or an extra.
def test_a_listed_name_is_found_whole_in_running_text(nlp: Language) -> None:
    # Held-out set 4: the model stopped at "et" in "Ministère des Infrastructures et des
    # Transports"; the card lists the whole name.
    blocks = [item("Ministère de l'Eau et des Forêts, Togo")]
    body = "With the backing of the Ministère de l'Eau et des Forêts, riders were trained."
    result = annotate(
        nlp,
        card([section(1, "description", [para(body)]), section(2, "main_partners", blocks)]),
    )
    orgs = [(e.section, e.normalized) for e in result.entities if e.label == "ORG"]
    assert (1, "Ministère de l'Eau et des Forêts") in orgs
    assert (1, "Ministère de l'Eau") not in orgs


# Provenance: a held-out set (tests/heldout/README.md), where it was a miss or an extra.
def test_enumerated_office_name_ending_with_and_the(nlp: Language) -> None:
    from pipeline.entities.headed_names import enumerated_names

    text = "ILO Office for Central America, Haiti, Panama and the Dominican Republic, San José"
    assert [text[s:e] for s, e in enumerated_names(text)] == [
        "ILO Office for Central America, Haiti, Panama and the Dominican Republic"
    ]


# --- persons: honorifics, places and titles that are not names --------------------------------


def test_persons_after_honorifics(nlp: Language) -> None:
    body = "The seminar was opened by Mr. Kwame Asante-Boateng and Prof. Lindiwe Dlamini."
    result = annotate(nlp, card([section(1, "description", [para(body)])]))
    assert values(result, "PERSON") == ["Kwame Asante-Boateng", "Lindiwe Dlamini"]


@pytest.mark.parametrize(
    "span",
    # Held-out set 15: "Grade III" (a trade-test level) was taken for a person.
    # Held-out set 18: "Lake Malawi" was a person.
    [
        "Deputy Secretary",
        "Telephone",
        "CSI Africa",
        "Theory U",
        "MALI",
        "Grade III",
        "Level IV",
        "Lake Kivu",
    ],
)
def test_ner_mistakes_are_not_persons(span: str) -> None:
    assert not plausible_person(span)


def test_a_name_with_a_generational_suffix_is_a_person() -> None:
    assert plausible_person("Samuel Okafor III") and plausible_person("Ana Ruiz Jr.")


def test_three_word_name_after_an_honorific_stays_whole() -> None:
    # Held-out nominations: "Ms. Fatou Bintou Mbaye" was cut to its first two words.
    from pipeline.entities.honorific_names import honorific_persons

    found = [f.normalized for f in honorific_persons("Ms. Fatou Bintou Mbaye of the network")]
    assert found == ["Fatou Bintou Mbaye"]
    found = [f.normalized for f in honorific_persons("met Mr. Kwame Asante. The union agreed")]
    assert found == ["Kwame Asante"]


# Provenance: a held-out set (tests/heldout/README.md), where it was a miss or an extra.
def test_a_place_joined_to_a_place_is_not_a_person(nlp: Language) -> None:
    # The model tags "Khyber Pakhtunkhwa" PERSON here; it is joined by "and" to a place.
    body = "Farmers from Sindh and Khyber Pakhtunkhwa joined, with Mr. Imran Qureshi."
    result = annotate(nlp, card([section(3, "horizontal_cooperation", [para(body)])]))
    assert values(result, "PERSON") == ["Imran Qureshi"]


# Provenance: a held-out set (tests/heldout/README.md), where it was a miss or an extra.
def test_a_name_after_from_or_in_is_a_place(nlp: Language) -> None:
    # The model tags "Buôn Hồ" PERSON; after "from" with no honorific it is a place.
    body = "A song by a farmer from Buôn Hồ was played on the radio by Mr. Đỗ Văn Nam."
    result = annotate(nlp, card([section(9, "awareness", [para(body)])]))
    assert values(result, "PERSON") == ["Đỗ Văn Nam"]


# Provenance: a held-out set (tests/heldout/README.md), where it was a miss or an extra.
def test_a_place_after_an_organisation_in_a_list_line_is_not_a_person(nlp: Language) -> None:
    blocks = [item("Kumasi Youth Cocoa Cooperative, Sefwi Bekwai")]
    contact = "Ms. Ama Owusu, Chairperson, Ashanti Young Farmers Cooperative, Sefwi Bekwai"
    result = annotate(
        nlp,
        card([section(2, "main_partners", blocks), section(10, "contacts", [para(contact)])]),
    )
    assert values(result, "PERSON") == ["Ama Owusu"]


# Provenance: a held-out set (tests/heldout/README.md), where it was a miss or an extra.
def test_held_out_set_4_names_titles_and_labels(nlp: Language) -> None:
    from pipeline.entities.filters import plain_org_name
    from pipeline.entities.headed_names import enumerated_names
    from pipeline.entities.honorific_names import honorific_persons

    # Two honorifics before a contact's name; a middle initial inside a name.
    assert parse_contact_line("H.E. Dr. Chea Vannak Sokha").name is not None
    found = [f.normalized for f in honorific_persons("Ms. Rosa Maria T. Santos-Cruz and Mr. Li")]
    assert found == ["Rosa Maria T. Santos-Cruz"]
    # Storms are not persons; a specialist "in" a field is a job, not an organisation.
    assert not plausible_person("Typhoon Odette") and not plausible_person("Cyclone Idai")
    assert not plausible_org(
        "Specialist in Cooperatives and the Social and Solidarity Economy", Acronyms({}, {})
    )
    # "(ACR, name in English)" after a name in another language.
    assert plain_org_name("Sahakor Kasekor Khmer (SKK, Khmer Farmers' Network)") == (
        "Sahakor Kasekor Khmer"
    )
    # A country with a lower-case elision inside an enumerated office name.
    text = "ILO Country Office for Côte d'Ivoire, Benin, Niger and Togo, Abidjan"
    assert [text[s:e] for s, e in enumerated_names(text)] == [
        "ILO Country Office for Côte d'Ivoire, Benin, Niger and Togo"
    ]


def test_enumerated_fields_after_an_elided_article_and_a_country_in_two_languages() -> None:
    # Held-out set 13: "Ministère de l'Agriculture, de l'Élevage et de la Pêche of the Union
    # des Comores" was not read as one name (the fields open with "l'"), and the country
    # after it is written with a lower-case word.
    from pipeline.entities.headed_names import enumerated_names

    text = "the Ministère de l'Agriculture, de l'Élevage et de la Pêche of the Union des Comores"
    assert [text[s:e] for s, e in enumerated_names(text)] == [
        "Ministère de l'Agriculture, de l'Élevage et de la Pêche"
    ]


# --- contacts: a contact line's name, role, organisation, e-mails and phones ------------------


def test_contact_line_parts() -> None:
    line = "Dr. Kwame Mensah, Jr., Chairman, Harvest Alliance kmensah@example.org"
    parts = [(p.kind, p.text) for p in parse_contact_line(line).parts]
    assert parts == [
        ("name", "Kwame Mensah, Jr."),
        ("role", "Chairman"),
        ("org", "Harvest Alliance"),
    ]


def test_contacts_in_three_shapes(nlp: Language) -> None:
    contacts_blocks = [
        item("Dr. Kwame Mensah, Jr., Chairman, Harvest Alliance kmensah@example.org"),
        item(
            "Ama Owusu, Vice Chairman, Harvest Alliance and Executive Director, "
            "Volta Development Foundation aowusu@example.org"
        ),
        para("Ms. Lindiwe Dlamini"),
        para("Sahel Growers Federation Secretariat"),
        para("Telephone: +27 21 555 0100"),
        para("Email: l.dlamini@example.org"),
    ]
    ilo_blocks = [
        para(
            "Tomas Berg, Head, Emerging Partnerships Unit, Field Support Department, "
            "berg@example.org"
        )
    ]
    result = annotate(
        nlp,
        card([section(10, "contacts", contacts_blocks), section(11, "ilo_contacts", ilo_blocks)]),
    )
    got = [(c.name, c.role, c.organization, c.emails, c.phones, c.section) for c in result.contacts]
    assert got == [
        ("Kwame Mensah, Jr.", "Chairman", "Harvest Alliance", ["kmensah@example.org"], [], 10),
        ("Ama Owusu", "Vice Chairman", "Harvest Alliance", ["aowusu@example.org"], [], 10),
        (
            "Lindiwe Dlamini",
            None,
            "Sahel Growers Federation Secretariat",
            ["l.dlamini@example.org"],
            ["+27215550100"],
            10,
        ),
        (
            "Tomas Berg",
            "Head",
            "Emerging Partnerships Unit, Field Support Department",
            ["berg@example.org"],
            [],
            11,
        ),
    ]
    assert {"Kwame Mensah, Jr.", "Ama Owusu", "Lindiwe Dlamini", "Tomas Berg"} <= set(
        values(result, "PERSON")
    )


# Provenance: a held-out set (tests/heldout/README.md), where it was a miss or an extra.
def test_name_with_accented_capitals_opens_a_contact(nlp: Language) -> None:
    # "Ms. Sandrine Étienne, ..." made no contact: "É" was not a capital for the name rule,
    # so her e-mail went to the person above her.
    ilo_blocks = [
        para("Mr. Tomás Ferreyra, Senior Specialist, ILO Office for Peru, ferreyra@ilo.org"),
        para("Ms. Noémie Élodie Durand, Programme Officer, Dakar, durand@ilo.org"),
    ]
    result = annotate(nlp, card([section(11, "ilo_contacts", ilo_blocks)]))
    assert [(c.name, c.emails) for c in result.contacts] == [
        ("Tomás Ferreyra", ["ferreyra@ilo.org"]),
        ("Noémie Élodie Durand", ["durand@ilo.org"]),
    ]


# Provenance: a held-out set (tests/heldout/README.md), where it was a miss or an extra.
def test_contact_line_values_do_not_leak_into_role_or_organisation() -> None:
    # Held-out nominations: "(+509) ..." left an open bracket that swallowed the
    # organisation, a dash between e-mail and phone stuck to it, and a role "of the ...
    # network" (no name) was taken for an organisation.
    line = (
        "Dr. Ana Ruiz, Director of Rural Health, MSR Email: a.ruiz@msr.gob – Tel.: (+505) 2289-7000"
    )
    parts = [(p.kind, p.text) for p in parse_contact_line(line).parts]
    assert parts == [("name", "Ana Ruiz"), ("role", "Director of Rural Health"), ("org", "MSR")]
    line = "Ms. Joy Banda, Coordinator of the youth network Tel: (+265) 999 123 456"
    parts = [(p.kind, p.text) for p in parse_contact_line(line).parts]
    assert parts == [("name", "Joy Banda"), ("role", "Coordinator of the youth network")]


# Provenance: a held-out set (tests/heldout/README.md), where it was a miss or an extra.
def test_job_title_with_its_field_in_a_contact_line_is_a_role() -> None:
    line = "Mr. Levan Beridze, Programme Manager for Vocational Education, Austrian Agency"
    parts = [(p.kind, p.text) for p in parse_contact_line(line).parts]
    assert parts == [
        ("name", "Levan Beridze"),
        ("role", "Programme Manager for Vocational Education"),
        ("org", "Austrian Agency"),
    ]


# Provenance: a held-out set (tests/heldout/README.md), where it was a miss or an extra.
def test_phone_fax_line_reaches_the_contact(nlp: Language) -> None:
    blocks = [
        para("Ms. Oyun Bat"),
        para("Executive Director, Gobi Herders Union"),
        para("Phone/fax: +976 1432 24519"),
        para("E-mail: oyun@gobiherders.mn"),
    ]
    result = annotate(nlp, card([section(10, "contacts", blocks)]))
    assert [(c.name, c.phones) for c in result.contacts] == [("Oyun Bat", ["+976143224519"])]


# Provenance: a held-out set (tests/heldout/README.md), where it was a miss or an extra.
def test_held_out_set_5_contact_lines(nlp: Language) -> None:
    # Spanish honorifics; a role on its own line under the name; a role after the name
    # without a comma, or followed by a colon.
    blocks = [
        para("Lic. Marta Beatriz Ocampo"),
        para("Director of Cooperation, INTA, Rosario"),
        para("E-mail: mocampo@inta.example.ar"),
        para("Mr. Walid Hassan Nasser"),
        para("Green Jobs Officer, ILO Regional Office for Arab States, Beirut nasser@ilo.org"),
        para("Ms. Thandiwe Grace Mokoena Chairperson, WPA, Durban tmokoena@wpa.example.za"),
        para("Ms. Selma Iipinge-Kambonde Deputy Director: Planning, MoE, Windhoek"),
        para("selma@moe.example.na"),
    ]
    result = annotate(nlp, card([section(10, "contacts", blocks)]))
    assert [(c.name, c.emails) for c in result.contacts] == [
        ("Marta Beatriz Ocampo", ["mocampo@inta.example.ar"]),
        ("Walid Hassan Nasser", ["nasser@ilo.org"]),
        ("Thandiwe Grace Mokoena", ["tmokoena@wpa.example.za"]),
        ("Selma Iipinge-Kambonde", ["selma@moe.example.na"]),
    ]
    assert "Green Jobs Officer" not in values(result, "PERSON")


# Provenance: a held-out set (tests/heldout/README.md), where it was a miss or an extra.
def test_a_contacts_fax_is_among_its_phones(nlp: Language) -> None:
    # Held-out set 5: the key lists a contact's fax with its phones ("fax numbers stay
    # phones"); the contact dropped it. The entity still says which number is the fax.
    blocks = [
        para("Ms. Oyun Bat, Director, Gobi Union"),
        para("Tel: +976 11 312 861 – Fax: +976 11 312 862"),
    ]
    result = annotate(nlp, card([section(10, "contacts", blocks)]))
    assert [c.phones for c in result.contacts] == [["+97611312861", "+97611312862"]]
    assert [e.fax for e in result.entities if e.label == "PHONE"] == [False, True]


# --- every entity: order, offsets, the model's components -------------------------------------


def test_entities_sorted_and_pages_from_blocks(nlp: Language) -> None:
    blocks = [para("Work began in Kenya.", page=1), para("Then Uganda and Rwanda joined.", page=2)]
    result = annotate(nlp, card([section(3, "horizontal_cooperation", blocks)]))
    countries = [(e.normalized, e.page) for e in result.entities if e.label == "COUNTRY"]
    assert countries == [("KE", 1), ("UG", 2), ("RW", 2)]
    keys = [(e.section or -1, e.start, e.label) for e in result.entities]
    assert keys == sorted(keys)


def test_entity_found_twice_is_listed_twice(nlp: Language) -> None:
    body = "Kenya hosted the meeting. Kenya will host it again."
    result = annotate(nlp, card([section(1, "description", [para(body)])]))
    assert values(result, "COUNTRY") == ["KE", "KE"]


def test_ner_runs_without_components_it_does_not_need(nlp: Language) -> None:
    unused = unused_components(nlp)
    assert "ner" not in unused
    # en_core_web_sm's ner embeds its own tok2vec: the shared one is not needed.
    assert "tok2vec" in unused or "tok2vec" not in nlp.pipe_names


# --- the sample against its hand-checked key --------------------------------------------------


def load_evaluate() -> ModuleType:
    loader = importlib.machinery.SourceFileLoader("evaluate", str(ROOT / "scripts" / "evaluate"))
    spec = importlib.util.spec_from_loader("evaluate", loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["evaluate"] = module  # dataclasses look their module up while being built
    loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def sample() -> Document:
    from pipeline.process import process_pdf
    from pipeline.settings import Settings

    return process_pdf(SAMPLE.read_bytes(), SAMPLE.name, Settings())


def sample_entities(sample: Document, letter: str, label: str) -> list[Entity]:
    (found,) = [c for c in sample.cards if c.letter == letter]
    return [e for e in found.entities if e.label == label]


@pytest.mark.slow
def test_sample_offsets_index_the_text(sample: Document) -> None:
    for sample_card in sample.cards:
        assert sample_card.entities
        assert_offsets(sample_card)


@pytest.mark.slow
def test_sample_phones_as_the_issue_states(sample: Document) -> None:
    f_phones = [e.normalized for e in sample_entities(sample, "F", "PHONE")]
    assert f_phones == ["+59323814000"]
    e_nominee = [e.normalized for e in sample_entities(sample, "E", "PHONE") if e.section is None]
    assert e_nominee == ["+22466458350", "+224622234563"]
    a_faxes = [e.normalized for e in sample_entities(sample, "A", "PHONE") if e.fax]
    assert a_faxes == ["+6329327690"]


@pytest.mark.slow
def test_sample_meets_the_targets_against_its_key(sample: Document) -> None:
    evaluate = load_evaluate()
    key = json.loads(KEY.read_text(encoding="utf-8"))
    scores, contacts = evaluate.evaluate_document(key, json.loads(sample.model_dump_json()), "s")
    assert evaluate.missed_targets(scores, contacts) == []
    for label in ("EMAIL", "PHONE", "URL"):
        assert (scores[label].fp, scores[label].fn) == (0, 0), label


@pytest.mark.slow
def test_sample_output_is_deterministic(sample: Document) -> None:
    from pipeline.process import process_pdf
    from pipeline.settings import Settings

    again = process_pdf(SAMPLE.read_bytes(), SAMPLE.name, Settings())
    assert [c.entities for c in again.cards] == [c.entities for c in sample.cards]
    assert [c.contacts for c in again.cards] == [c.contacts for c in sample.cards]


def test_evaluate_matching_rule() -> None:
    evaluate = load_evaluate()
    required = [["Ministry of Finance of Ghana", "Ministry of Finance"], "Harvest Alliance"]
    predicted = ["ministry of finance", "The Harvest Alliance.", "Expo 2030", "Some Unit"]
    score = evaluate.score_label("ORG", predicted, required, ["Some Unit"], "card")
    assert (score.tp, score.fp, score.fn) == (2, 1, 0)
    person = evaluate.score_label("PERSON", ["Dr. José Pérez, Jr."], ["Jose Perez"], [], "card")
    assert (person.tp, person.fp, person.fn) == (1, 0, 0)
    phone = evaluate.score_label("PHONE", ["+63 2 8527 8000"], ["+63285278000", "+1"], [], "c")
    assert (phone.tp, phone.fp, phone.fn) == (1, 0, 1)
