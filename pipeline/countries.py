"""Countries named in running text: the longest name at each place, told from the places,
waters and languages that share its words.

The names themselves are pipeline.country_names; offsets index the string passed in.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

import pycountry

from pipeline.country_names import (
    IGNORED_WORDS,
    LETTERS,
    alias_for_key,
    alias_index,
    case_fits,
    display_name,
    lookup_country,
    name_key,
)
from pipeline.personnames import HONORIFIC
from pipeline.text import CAPITAL, fold
from pipeline.vocabulary import words as vocabulary_words


@dataclass(frozen=True)
class CountryMention:
    start: int
    end: int
    text: str
    code: str  # ISO 3166-1 alpha-2
    name: str  # short English name
    demonym: bool  # an adjective ("Filipino"), not the country's name


# What may stand between the words of one country name: "Guinea-Bissau", "Cote d'Ivoire",
# "U.S.A", "Bolivia (Plurinational State of)". Never a line break: a name does not cross lines.
_NAME_GAP = re.compile(r"[ \t\u00a0]*[-–'’.(]?[ \t\u00a0]*")


def find_countries(text: str) -> list[CountryMention]:
    """Every country name or demonym in running text; the longest name wins at each place."""
    return list(_find_countries(text))


@lru_cache(maxsize=512)  # the entities stage asks again for the same sections and names
def _find_countries(text: str) -> tuple[CountryMention, ...]:
    tokens = list(LETTERS.finditer(text))
    _, longest = alias_index()
    mentions: list[CountryMention] = []
    i = 0
    while i < len(tokens):
        first = fold(tokens[i].group())
        # "Filipinos": a plural demonym starts with a word the index knows without its "s".
        max_words = longest.get(first, 0) or longest.get(first.removesuffix("s"), 0)
        match = _country_at(text, tokens, i, max_words)
        if match is None:
            i += 1
            continue
        mention, used = match
        if mention is not None:
            mentions.append(mention)
        i += used
    return tuple(mentions)


def _country_at(
    text: str, tokens: list[re.Match[str]], i: int, max_words: int
) -> tuple[CountryMention | None, int] | None:
    """The country named at token i and how many tokens it takes; (None, n) for a city
    named after its country ("Port of Spain"), whose words are then skipped."""
    if max_words == 0 or fold(tokens[i].group()) in IGNORED_WORDS:
        return None
    for n in range(min(max_words, len(tokens) - i), 0, -1):
        window = tokens[i : i + n]
        if fold(window[-1].group()) in IGNORED_WORDS or not _joined_by_gaps(text, window):
            continue
        words = [t.group() for t in window if fold(t.group()) not in IGNORED_WORDS]
        alias = alias_for_key(name_key(words))
        start, end = window[0].start(), _close_paren(text, window[0].start(), window[-1].end())
        if alias is None or not case_fits(text[start:end], words, alias):
            continue
        if _is_continental(text, window[0]) or _names_water(text, start, end):
            continue
        if _HONORIFIC_BEFORE.search(text, max(0, start - 24), start):
            continue  # "Sra. Montserrat Ribé i Casanovas", "Mr. Jordan": a person's name
        if alias.kind != "city" and _names_a_town(text, alias.code, start, end):
            continue  # a city alias ("Panama City, Florida") is no country whatever follows
        if alias.kind == "demonym" and _names_a_language(text, start, end):
            continue
        if alias.kind == "city":
            return None, n
        mention = CountryMention(
            start=start,
            end=end,
            text=text[start:end],
            code=alias.code,
            name=display_name(alias.code),
            demonym=alias.kind == "demonym",
        )
        return mention, n
    return None


def _joined_by_gaps(text: str, window: list[re.Match[str]]) -> bool:
    return all(
        _NAME_GAP.fullmatch(text, left.end(), right.start()) is not None
        for left, right in itertools.pairwise(window)
    )


def _close_paren(text: str, start: int, end: int) -> int:
    """Take in the ')' of "Bolivia (Plurinational State of)"."""
    if text.count("(", start, end) > text.count(")", start, end) and text[end : end + 1] == ")":
        return end + 1
    return end


def _is_continental(text: str, first: re.Match[str]) -> bool:
    """'Latin' before 'American' makes a region, not a country."""
    before = text[max(0, first.start() - 6) : first.start()]
    return re.search(r"Latin\s$", before) is not None


# "New Ireland" (a province of Papua New Guinea): "New" before a country's name on the same
# line names another place ("New Zealand" is a country's own name, read whole).
_WATER_BEFORE = re.compile(r"\b(?:(?:Lake|Gulf\s+of|Bay\s+of|Sea\s+of|Strait\s+of)\s+|New[ \t]+)$")
# Water, landforms and a country's own subdivisions named after a country: "the Niger
# River", "the South China Sea", "the Mozambique Channel", "Niger State" (Nigeria); and a
# town's quarter or district ("Malta quarter, Duhok").
_PLACE_AFTER = re.compile(
    r"^\s+(?:River|Basin|Delta|Sea|Ocean|Channel|Strait|Gulf|Peninsula|[Ss]ubcontinent"
    r"|State|Province|Governorate|County|Valley|quarter|district|neighbou?rhood|suburb)\b"
)
# ", Quindío": a first-level subdivision written after a town's name; the town's name may go
# on for one word after the country's ("Jamaica Plain, Massachusetts").
_AFTER_COMMA = re.compile(
    rf"^(?:[ \t]+{CAPITAL}[\w'’\-]*)?\s*,\s*({CAPITAL}[\w'’\-]*(?:[ \t]+{CAPITAL}[\w'’\-]*){{0,2}})"
)


# "held in Concepción del Uruguay", "from San José del Perú": a town whose name ends in "del"
# and a country, right after a word of place ("in", "from", "en", ...).
_TOWN_DEL_BEFORE = re.compile(
    r"\b(?i:in|at|from|near|to|en|desde|cerca\s+de)"
    rf"[ \t]+(?:{CAPITAL}[\w'’\-]*[ \t]+){{1,2}}del[ \t]+$"
)


_HONORIFIC_BEFORE = re.compile(rf"(?<![\w.])(?:{HONORIFIC})[ \t]+$")


def _names_water(text: str, start: int, end: int) -> bool:
    """'Lake Chad', 'the Gulf of Guinea', 'the South China Sea', 'Niger State': a place
    named after the country, not the country; and 'Concepción del Uruguay', a town."""
    before = text[max(0, start - 60) : start]
    return bool(
        _WATER_BEFORE.search(before[-12:])
        or _PLACE_AFTER.match(text[end:])
        or _TOWN_DEL_BEFORE.search(before)
    )


def _names_a_town(text: str, code: str, start: int, end: int) -> bool:
    """'Armenia, Quindío', 'Lebanon, Pennsylvania': a town that shares a country's name,
    told by the province or state of another country written after it (ISO 3166-2 names,
    from pycountry; a country's name after the comma is a list, not a province). Not the
    last of a list of countries, before the town where an office sits ("... for Senegal,
    Mali and Mauritania, Dakar")."""
    if _LIST_END_BEFORE.search(text, max(0, start - 5), start):
        return False
    owners, _ = _province_after(text, end)
    return bool(owners) and code not in owners


def _province_after(text: str, end: int) -> tuple[frozenset[str], int]:
    """The countries that have a province or state named right after the comma at `end`
    ("Armenia, Quindío Tel.: ..." -> CO), and where the written run ends. The capitalised
    run is read whole first: a country's name ("Central African Republic") is a list, not a
    province ("Central")."""
    match = _AFTER_COMMA.match(text[end:])
    if match is None or lookup_country(match.group(1)) is not None:
        return frozenset(), end
    following = _find_countries(text[end + match.start(1) : end + match.start(1) + 60])
    if following and following[0].start == 0:
        return frozenset(), end  # "Guyana, Saint Kitts and Nevis": a list of countries
    words = match.group(1).split()
    while len(words) > 1 and words[-1].lower().strip(".") in _LABEL_WORDS:
        words.pop()  # "Quindío Tel": the province, then a form label
    return _subdivision_countries().get(fold(" ".join(words)), frozenset()), end + match.end()


_LABEL_WORDS = vocabulary_words("label_word")


_NAME_BEFORE_COMMA = re.compile(rf"{CAPITAL}[\w'’\-]*(?:[ \t]+{CAPITAL}[\w'’\-]*)?(?=\s*,)")


def towns_named_like_countries(text: str, home: str | None = None) -> set[str]:
    """Folded names the text writes as a town of the card's own country with its province
    ("Armenia, Quindío" on a Colombian card), or with its province and that province's
    country ("Armenia, Quindío, Colombia"): elsewhere in the same card the name is the town
    too (one sense per discourse: "building sites in Armenia and Salento"). A town and a
    foreign province alone ("... and Togo, Abidjan") is too weak a sign to spread."""
    towns = set()
    for match in _NAME_BEFORE_COMMA.finditer(text):
        country = lookup_country(match.group())
        owners, province_end = _province_after(text, match.end())
        if country is None or not owners or country[0] in owners or " " in match.group():
            continue  # a town shares a one-word name ("Armenia"), not "Dominican Republic"
        if _LIST_END_BEFORE.search(text, max(0, match.start() - 5), match.start()):
            continue  # "Benin, Niger and Togo, Abidjan": a list of countries, then a city
        after = _COUNTRY_AFTER_PROVINCE.match(text, province_end)
        owner = lookup_country(after.group(1)) if after else None
        if home in owners or (owner is not None and owner[0] in owners):
            towns.add(fold(match.group()))
    return towns


_LIST_END_BEFORE = re.compile(r"\b(?:and|or|&)[ \t]+(?:the[ \t]+)?$")
_COUNTRY_AFTER_PROVINCE = re.compile(r"[ \t]*,[ \t]*([^,\n]+?)[ \t]*(?:[,.;\n]|$)")


# A demonym used as a language's name: "in English and French", "French-speaking", "an
# Arabic version", "speak Portuguese at home". Not "French farmers" (a demonym before a noun).
_ABOUT_LANGUAGE_AFTER = re.compile(
    r"^(?:-speaking|\s+(?:languages?|versions?|translations?|speakers?|edition|subtitles)\b)",
    re.IGNORECASE,
)
_LANGUAGE_BEFORE = re.compile(
    r"\b(?:in|into|from|speak|speaks|spoke|spoken|speaking|learn|learning|teach|taught)"
    r"(?:\s+[A-Z]\w+(?:,|\s+and|\s+or))*\s+$"
)
_FUNCTION_WORDS = frozenset(
    ["a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"]
)


def _names_a_language(text: str, start: int, end: int) -> bool:
    """A demonym that names a language here: followed by a word about language, or after
    "in", "into", "speak"... (also as the second of "in English and French") where no
    noun follows it. Such a word mentions no country at all."""
    after = text[end : end + 40]
    if _ABOUT_LANGUAGE_AFTER.match(after):
        return True
    if not _LANGUAGE_BEFORE.search(text[max(0, start - 60) : start]):
        return False
    following = re.match(r"^\s+([A-Za-z]+)", after)
    return following is None or following.group(1).lower() in _FUNCTION_WORDS


def names_a_subdivision(name: str) -> bool:
    """'Bến Tre', 'Cao Bằng': the name of a province or state of some country (ISO 3166-2)."""
    return fold(name) in _subdivision_countries()


@lru_cache(maxsize=1)  # built once: ~5,000 subdivisions, asked for every town and province
def _subdivision_countries() -> dict[str, frozenset[str]]:
    """Folded name of every ISO 3166-2 subdivision -> the countries that have one so named."""
    owners: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        owners.setdefault(fold(subdivision.name), set()).add(subdivision.country_code)
    return {name: frozenset(codes) for name, codes in owners.items()}


def country_from_text(text: str) -> tuple[str, str] | None:
    """The first country (not a demonym) named in a free text, e.g. an affiliation."""
    for mention in find_countries(text):
        if not mention.demonym:
            return mention.code, mention.name
    return None
