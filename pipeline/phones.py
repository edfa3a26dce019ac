"""Phones: numbers in labelled field values and in running text, their country, and the
labels that open them ("Tel.:", "Fax:", "Mobile").

Every phone pattern and phone label of the pipeline lives here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import phonenumbers


@dataclass(frozen=True)
class PhoneMatch:
    start: int
    end: int
    text: str
    e164: str
    possible_only: bool  # possible, but not valid under today's numbering plan


# A label before a phone number, and the number's kind: "Tel.:", "Phone/Fax", "Mobile No.".
PHONE_LABEL = re.compile(
    r"\b(?P<label>(?:tel(?:ephone)?|phone)\s*/\s*fax|tel(?:ephone)?|phone|mobile"
    r"|cell(?:\s*phone)?|gsm|(?:tele)?fax)\b"
    r"\.?(?:\s+(?:number|no\.?|nos?\.?))?\s*[:.]?\s*",
    re.IGNORECASE,
)
# The phone label words a contact line masks out with its values, as an alternation.
PHONE_LABEL_WORDS = r"tel(?:ephone)?|phone|mobile|gsm|fax"
# Something written like a phone number, loosely (a contact line's values to mask out).
WRITTEN_NUMBER = r"\(?\+?[\d()][\d\s()./\-]{5,}\d"
# Between two numbers of one field: ";", "/", ",", "or", or a dash with spaces.
_PHONE_SEPARATORS = re.compile(r"\s*(?:;|/|,|\bor\b)\s*|\s+[–—]\s+", re.IGNORECASE)
# "ext. 12", "x 12", and the Philippine "loc. 12" (local).
_EXTENSION = re.compile(r"[\s,]*(?:ext\.?|extn\.?|extension|loc\.?|x)\s*\d+\s*$", re.IGNORECASE)
_NUMBER_SPAN = re.compile(r"[+(\d][\d\s().\-–+]*\d")
_MIN_DIGITS = 6
_E164_DIGITS = range(8, 16)


def parse_phones(value: str, region: str | None) -> list[PhoneMatch]:
    """The numbers of a labelled field value ("+224 664 5 83 50; +224 622 23 45 63").

    National forms use `region`. A number written with '+' that libphonenumber cannot
    place is kept as its digits, marked possible_only: old documents use old plans.
    """
    matches: list[PhoneMatch] = []
    for piece_start, piece in _split_phone_pieces(value):
        # "031/389-214": read with a space for the slash that closes the area code.
        unslashed = _SLASHED_AREA_CODE.sub(lambda m: m.group().replace("/", " "), piece)
        found = _NUMBER_SPAN.search(_EXTENSION.sub("", unslashed))
        if found is None:
            continue
        written = found.group()
        if sum(ch.isdigit() for ch in written) < _MIN_DIGITS:
            continue
        parsed = _parse_number(written, region)
        if parsed is None:
            continue
        e164, possible_only = parsed
        start = piece_start + found.start()
        as_written = piece[found.start() : found.end()]
        matches.append(PhoneMatch(start, start + len(written), as_written, e164, possible_only))
    return matches


def _split_phone_pieces(value: str) -> Iterator[tuple[int, str]]:
    position = 0
    kept = [(m.start(), m.end()) for m in _SLASHED_AREA_CODE.finditer(value)]
    for separator in _PHONE_SEPARATORS.finditer(value):
        if any(start < separator.start() < end for start, end in kept):
            continue  # "031/389-214": the slash closes the area code
        yield position, value[position : separator.start()]
        position = separator.end()
    yield position, value[position:]


def _parse_number(written: str, region: str | None) -> tuple[str, bool] | None:
    """(E.164, possible_only) for one written number, or None when it is not a phone number."""
    compact = re.sub(r"^\(?\+\s*", "+", written)
    candidates = [compact]
    if compact.startswith("00"):
        candidates.append("+" + compact[2:])  # international prefix without a region to know it
    for candidate in candidates:
        try:
            number = phonenumbers.parse(candidate, region)
        except phonenumbers.NumberParseException:
            continue
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if phonenumbers.is_valid_number(number):
            return e164, False
        if phonenumbers.is_possible_number(number):
            return e164, True
    digits = re.sub(r"\D", "", compact)
    if compact.startswith("+") and len(digits) in _E164_DIGITS:
        return "+" + digits, True  # the number as written; no plan we know accepts it
    return None


def country_of_phone(e164: str) -> str | None:
    """ISO alpha-2 of a number's calling code; None when the code is shared or unknown."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return None
    region = phonenumbers.region_code_for_number(number)
    if region and region != phonenumbers.UNKNOWN_REGION:
        return str(region)
    regions = phonenumbers.region_codes_for_country_code(number.country_code or 0)
    if len(regions) == 1 and regions[0] != phonenumbers.UNKNOWN_REGION:
        return str(regions[0])
    return None


_CURRENCY_BEFORE = re.compile(
    r"(?:US\$|\$|€|£|¥|\b(?:USD|EUR|GBP|CHF|PHP|INR|BRL|XOF|GNF|dollars?|euros?))\s*$",
    re.IGNORECASE,
)
_NOT_PHONE_AFTER = re.compile(r"^\s*(?:%|percent|per cent|million|billion|thousand)", re.IGNORECASE)
_RANGE = re.compile(r"^\d{1,4}\s*[-–/]\s*\d{1,4}$")
# Four digits, a hyphen and four (no year first): "6630-2718", a Panamanian mobile, where
# "2015-2019" and "1200-1500" are ranges; see `counts_down`.
_PAIR_OF_FOUR = re.compile(r"^(?!(?:19|20)\d\d-)(?P<first>\d{4})-(?P<second>\d{4})$")
_WRITTEN_INTERNATIONAL = re.compile(r"(?<![\w+])(?:\(\s*)?\+\s?\d[\d\s().\-–]{5,}\d")


def find_phones(text: str, region: str | None) -> list[PhoneMatch]:
    """Phone numbers in running text: libphonenumber's matcher at leniency VALID, plus
    '+'-written numbers it rejects (old plans, kept as possible_only), minus amounts and ranges.
    """
    found = list(area_codes_with_slash(text, region))
    matcher = phonenumbers.PhoneNumberMatcher(
        text, region or phonenumbers.UNKNOWN_REGION, leniency=phonenumbers.Leniency.VALID
    )
    for match in matcher:
        if _looks_like_other_number(text, match.start, match.end, match.raw_string):
            continue
        if any(m.start < match.end and match.start < m.end for m in found):
            continue
        e164 = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        found.append(PhoneMatch(match.start, match.end, match.raw_string, e164, False))
    for written in _WRITTEN_INTERNATIONAL.finditer(text):
        if any(m.start < written.end() and written.start() < m.end for m in found):
            continue
        for phone in parse_phones(written.group(), region):
            if _looks_like_other_number(text, written.start(), written.end(), phone.text):
                continue
            start = written.start() + phone.start
            found.append(PhoneMatch(start, start + len(phone.text), phone.text, phone.e164, True))
    return sorted(found, key=lambda m: m.start)


def area_codes_with_slash(text: str, region: str | None) -> Iterator[PhoneMatch]:
    """'031/389-214', 'mob. 064/218-4477': a national number whose trunk and area code are
    closed by a slash, as Serbian, Croatian, German and Austrian writers do; the matcher
    reads the slash as a break and keeps only the subscriber's part."""
    if region is None:
        return
    for written in _SLASHED_AREA_CODE.finditer(text):
        parsed = _parse_number(written.group().replace("/", " "), region)
        if parsed is not None and not parsed[1]:  # valid, not only possible
            yield PhoneMatch(written.start(), written.end(), written.group(), parsed[0], False)


_SLASHED_AREA_CODE = re.compile(r"(?<![\d/+\w])0\d{1,4}/\d[\d \-.]{3,10}\d(?![\d/])")


def counts_down(raw: str) -> bool:
    """'6630-2718': two groups of four digits, no year first, the second smaller: no range."""
    pair = _PAIR_OF_FOUR.match(raw)
    return pair is not None and int(pair.group("second")) < int(pair.group("first"))


def _looks_like_other_number(text: str, start: int, end: int, raw: str) -> bool:
    """Amounts, percentages, year or page ranges, times: numbers that are not phones."""
    if ":" in raw or (_RANGE.match(raw) and not counts_down(raw)):
        return True
    if _CURRENCY_BEFORE.search(text[max(0, start - 10) : start]):
        return True
    return _NOT_PHONE_AFTER.match(text[end : end + 12]) is not None
