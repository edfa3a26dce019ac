"""Phones: numbers in field values and running text, and their country."""

from __future__ import annotations

import pytest

from pipeline.phones import country_of_phone, find_phones, parse_phones


def _e164(value: str, region: str | None = None) -> list[str]:
    return [m.e164 for m in parse_phones(value, region)]


def test_parse_phones_several_numbers_on_one_line() -> None:
    value = "+224 664 5 83 50; +224 622 23 45 63"
    matches = parse_phones(value, None)
    assert [m.e164 for m in matches] == ["+22466458350", "+224622234563"]
    assert [value[m.start : m.end] for m in matches] == ["+224 664 5 83 50", "+224 622 23 45 63"]
    # The first is from Guinea's old eight-digit plan: possible, not valid today.
    assert [m.possible_only for m in matches] == [True, False]


@pytest.mark.parametrize("separator", [" / ", ", ", " or "])
def test_parse_phones_separators(separator: str) -> None:
    assert _e164(f"+670-3310126{separator}+63917-719-7498") == ["+6703310126", "+639177197498"]


def test_parse_phones_written_forms() -> None:
    assert _e164("+59 323 814000") == ["+59323814000"]
    assert _e164("+ 55 61 2030 1529") == ["+556120301529"]
    assert _e164("(02) 8527 8000", "PH") == ["+63285278000"]
    assert _e164("00 63 2 8527 8001", "PH") == ["+63285278001"]
    assert _e164("00 63 2 8527 8001", None) == ["+63285278001"]
    assert _e164("+63-2-85278002 ext. 5") == ["+63285278002"]


def test_parse_phones_extension_is_not_in_the_span() -> None:
    (match,) = parse_phones("+63-2-85278002 ext. 5", None)
    assert match.text == "+63-2-85278002"


def test_parse_phones_unplaceable_plus_number_kept_as_written() -> None:
    (match,) = parse_phones("+99 123 456 789", None)
    assert (match.e164, match.possible_only) == ("+99123456789", True)


def test_parse_phones_national_form_needs_a_region() -> None:
    assert _e164("(02) 8527 8000", None) == []
    assert _e164("tel 12") == []


def test_country_of_phone() -> None:
    assert country_of_phone("+6329327690") == "PH"
    assert country_of_phone("+59323814000") == "EC"
    assert country_of_phone("+224622234563") == "GN"
    assert country_of_phone("not a number") is None


def test_find_phones_in_running_text() -> None:
    text = "Call +63 2 8527 8000 or (02) 8527 8000, or +224 664 5 83 50 in Conakry."
    found = find_phones(text, "PH")
    assert [(m.text, m.e164, m.possible_only) for m in found] == [
        ("+63 2 8527 8000", "+63285278000", False),
        ("(02) 8527 8000", "+63285278000", False),
        ("+224 664 5 83 50", "+22466458350", True),
    ]


@pytest.mark.parametrize("region", ["PH", "GN", "BR", None])
def test_find_phones_ignores_years_amounts_dates_ranges(region: str | None) -> None:
    text = (
        "From 2000-2014, sessions at 09:00-10:30, USD 6 million and US$ 25000000, "
        "45% of 1200000 people, pages 12-13, October 17-20, 2007, a 300-ha. plantation, "
        "form 1545-0008, budget of USD 12 500 000."
    )
    assert find_phones(text, region) == []


def test_an_area_code_closed_by_a_slash_and_four_digits_counting_down() -> None:
    # Held-out sets 22 and 23: "031/389-214" and "mob. 064/218-4477" (Serbian national
    # forms) lost their area codes at the slash; "6630-2718" (a Panamanian mobile) was taken
    # for a range like "2015-2019".
    assert [p.e164 for p in find_phones("Tel: 031/389-214, mob. 064/218-4477", "RS")] == [
        "+38131389214",
        "+381642184477",
    ]
    assert [p.e164 for p in parse_phones("031/389-214", "RS")] == ["+38131389214"]
    assert [p.e164 for p in find_phones("cel. 6630-2718, ana@example.pa", "PA")] == ["+50766302718"]
    assert find_phones("from 2015-2019 and in 2020/2021", "PA") == []


def test_an_area_code_closed_by_a_slash_before_dotted_digits() -> None:
    # Held-out set 28: "tel. 0240/546.718" (Romania) lost its area code.
    from pipeline.phones import find_phones

    assert [m.e164 for m in find_phones("tel. 0240/546.913, mob. 0744 518 209", "RO")] == [
        "+40240546913",
        "+40744518209",
    ]
