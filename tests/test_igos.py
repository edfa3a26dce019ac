"""Well-known intergovernmental organisations."""

from __future__ import annotations

from pipeline.igos import find_igos, igo_full_name


def test_igos_by_acronym_and_full_name() -> None:
    text = "The ILO and the United Nations Development Programme met; WHO WE ARE; ilo."
    found = [(m.text, m.name) for m in find_igos(text)]
    assert found == [
        ("ILO", "International Labour Organization"),
        ("United Nations Development Programme", "United Nations Development Programme"),
    ]
    assert igo_full_name("UNICEF") == "United Nations Children's Fund"
    assert igo_full_name("the International Labour Organisation") == (
        "International Labour Organization"
    )
    assert igo_full_name("Harvest Alliance") is None


def test_the_ilo_by_its_french_and_spanish_acronyms_and_names() -> None:
    # Held-out set 13: a French nomination named the ILO only as "BIT" (Bureau international
    # du Travail); Spanish and Portuguese write "OIT".
    text = "M. Njaka Rabe, Chargé de programme, BIT, Antananarivo; la OIT en San José"
    assert [(m.text, m.name) for m in find_igos(text)] == [
        ("BIT", "International Labour Organization"),
        ("OIT", "International Labour Organization"),
    ]
    assert igo_full_name("Organización Internacional del Trabajo") == (
        "International Labour Organization"
    )
    assert find_igos("A BIT OF HISTORY") == []  # a heading in capitals, not the ILO
