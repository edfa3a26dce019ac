"""Countries: names, abbreviations and demonyms found in text or looked up whole.

Exact matching on a case- and accent-folded key of pycountry's names and the alias table
(pipeline/data/country_aliases.tsv); offsets index the string passed in.
"""

from __future__ import annotations

import gettext
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pycountry

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


_LETTERS = re.compile(r"[^\W\d_]+")
# What may stand between the words of one country name: "Guinea-Bissau", "Cote d'Ivoire",
# "U.S.A", "Bolivia (Plurinational State of)". Never a line break: a name does not cross lines.
_NAME_GAP = re.compile(r"[ \t\u00a0]*[-–'’.(]?[ \t\u00a0]*")
# A whole field value may also carry commas ("Korea, Republic of").
_FIELD_GAP = re.compile(r"[\s\-–'’.(),]*")
_IGNORED_WORDS = frozenset({"the"})


@dataclass(frozen=True)
class _Alias:
    code: str
    kind: str  # "name" | "abbr" | "demonym"
    # The letters as canonically cased ("eSwatini"); for an abbreviation, the text as
    # written without a final dot ("DRC", "U.S"), so that "US" the word is not "U.S.".
    forms: frozenset[str]


def _words(text: str) -> list[str]:
    return [w for w in _LETTERS.findall(text) if fold(w) not in _IGNORED_WORDS]


def _key(words: list[str]) -> str:
    return "".join(fold(w) for w in words)


def display_name(code: str) -> str:
    """Short English name: ISO's own, unless that is an inverted 'Korea, Republic of' form."""
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    name: str = country.name
    if "," not in name and "(" not in name:
        return name
    common: str | None = getattr(country, "common_name", None)
    if common:
        return common
    official: str | None = getattr(country, "official_name", None)
    if official and "," not in official and "(" not in official:
        return official
    head, _, tail = name.partition(", ")
    if tail.lower().endswith((" of", " of the")):
        return f"{tail[0].lower()}{tail[1:]} {head}".removeprefix("the ")
    return re.sub(r"\s*\(.*?\)", "", head)


def _pycountry_names(country: object) -> Iterator[str]:
    """The ISO names of one country and the plain variants they imply."""
    for attr in ("name", "common_name", "official_name"):
        name = getattr(country, attr, None)
        if not name:
            continue
        yield name
        without_parens = re.sub(r"\s*\(.*?\)", "", name)
        yield without_parens
        head, _, tail = without_parens.partition(", ")
        if tail.lower().endswith((" of", " of the")):
            yield f"{tail} {head}"  # "Korea, Republic of" -> "Republic of Korea"
        for variant in (name, without_parens):
            if variant.startswith("Saint "):
                yield "St " + variant.removeprefix("Saint ")


# The form's other languages: country names in them come from pycountry's own translations.
TRANSLATED_LANGUAGES = ("fr", "es", "pt")


@lru_cache(maxsize=len(TRANSLATED_LANGUAGES))
def _translation(language: str) -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])


def _translated_names(country: object) -> Iterator[str]:
    """Its official name in French, Spanish and Portuguese ("Union des Comores"), and its
    short name there when that has two words or more ("Costa de Marfil"). A one-word name
    in another language is too often a given name, a town or a word ("Maurice" is
    Mauritius in French, "Granada" Grenada in Spanish)."""
    for language in TRANSLATED_LANGUAGES:
        translate = _translation(language).gettext
        official = getattr(country, "official_name", None)
        if official:
            yield re.sub(r"\s*\(.*?\)", "", translate(official))
        name = translate(getattr(country, "name", ""))
        if "," not in name and "(" not in name and len(_words(name)) >= 2:
            yield name


def _alias_rows() -> Iterator[tuple[str, str, str]]:
    # Translations first: a later row wins, so an English name is never another country's
    # translation.
    for country in pycountry.countries:
        for name in _translated_names(country):
            yield name, country.alpha_2, "name"
    for country in pycountry.countries:
        for name in _pycountry_names(country):
            yield name, country.alpha_2, "name"
    table = resources.files("pipeline").joinpath("data", "country_aliases.tsv")
    for line in table.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, code, kind = line.split("\t")
        yield text, code, kind


@lru_cache(maxsize=1)
def _alias_index() -> tuple[dict[str, _Alias], dict[str, int]]:
    """Key (folded letters) -> alias, and first folded word -> longest alias in words."""
    collected: dict[str, tuple[str, str, set[str]]] = {}
    for text, code, kind in _alias_rows():
        words = _words(text)
        if not words:
            continue
        key = _key(words)
        form = text.rstrip(".") if kind == "abbr" else "".join(words)
        previous = collected.get(key)
        if previous is not None and previous[:2] == (code, kind):
            previous[2].add(form)
            continue
        # A later row (the alias table) overrides pycountry; a name beats a demonym.
        if previous is not None and previous[1] == "name" and kind != "name":
            continue
        collected[key] = (code, kind, {form})
    index = {
        key: _Alias(code, kind, frozenset(forms)) for key, (code, kind, forms) in collected.items()
    }
    longest: dict[str, int] = {}
    for text, _code, _kind in _alias_rows():
        words = _words(text)
        if words:
            first = fold(words[0])
            longest[first] = max(longest.get(first, 0), len(_LETTERS.findall(text)))
    return index, longest


def _case_fits(written: str, words: list[str], alias: _Alias) -> bool:
    """Whether the casing as written can be this country: 'Chad' and 'CHAD', never 'chad'."""
    if alias.kind == "abbr":
        return written in alias.forms  # "DRC", "PNG", "UK" only as written
    letters = "".join(words)
    if letters in alias.forms:
        return True
    if letters.isupper():
        return len(letters) >= 4  # all-caps headings ("HONGKONG"), but not two-letter words
    if not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or (len(w) <= 3 and w.islower()) for w in words)


def _lookup_key(key: str) -> _Alias | None:
    index, _ = _alias_index()
    alias = index.get(key)
    if alias is None and key.endswith("s"):
        plural_of = index.get(key[:-1])  # "Filipinos", "Malaysians"
        if plural_of is not None and plural_of.kind == "demonym":
            return plural_of
    return alias


def lookup_country(name: str) -> tuple[str, str] | None:
    """The country a whole string names, as (alpha-2, short name); None if it names none.

    Exact matching on a case- and accent-folded key plus an alias table; never fuzzy
    matching, which turns "Niger" into Nigeria.
    """
    words = _words(name)
    stripped = name.strip()
    if not words or not _only_words_and_gaps(stripped):
        return None
    alias = _alias_index()[0].get(_key(words))
    if alias is None or alias.kind in ("demonym", "city"):
        return None
    return alias.code, display_name(alias.code)


def _only_words_and_gaps(text: str) -> bool:
    return _FIELD_GAP.fullmatch(_LETTERS.sub("", text)) is not None


def find_countries(text: str) -> list[CountryMention]:
    """Every country name or demonym in running text; the longest name wins at each place."""
    return list(_find_countries(text))


@lru_cache(maxsize=512)  # the entities stage asks again for the same sections and names
def _find_countries(text: str) -> tuple[CountryMention, ...]:
    tokens = list(_LETTERS.finditer(text))
    _, longest = _alias_index()
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
    if max_words == 0 or fold(tokens[i].group()) in _IGNORED_WORDS:
        return None
    for n in range(min(max_words, len(tokens) - i), 0, -1):
        window = tokens[i : i + n]
        if fold(window[-1].group()) in _IGNORED_WORDS or not _joined_by_gaps(text, window):
            continue
        words = [t.group() for t in window if fold(t.group()) not in _IGNORED_WORDS]
        alias = _lookup_key(_key(words))
        start, end = window[0].start(), _close_paren(text, window[0].start(), window[-1].end())
        if alias is None or not _case_fits(text[start:end], words, alias):
            continue
        if _is_continental(text, window[0]) or _names_water(text, start, end):
            continue
        if alias.kind != "city" and _names_a_town(text, alias.code, end):
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
# River", "the South China Sea", "the Mozambique Channel", "Niger State" (Nigeria).
_PLACE_AFTER = re.compile(
    r"^\s+(?:River|Basin|Delta|Sea|Ocean|Channel|Strait|Gulf|Peninsula|[Ss]ubcontinent"
    r"|State|Province|Governorate|County|Valley)\b"
)
# ", Quindío": a first-level subdivision written after a town's name; the town's name may go
# on for one word after the country's ("Jamaica Plain, Massachusetts").
_AFTER_COMMA = re.compile(
    rf"^(?:[ \t]+{CAPITAL}[\w'’\-]*)?\s*,\s*({CAPITAL}[\w'’\-]*(?:[ \t]+{CAPITAL}[\w'’\-]*){{0,2}})"
)


def _names_water(text: str, start: int, end: int) -> bool:
    """'Lake Chad', 'the Gulf of Guinea', 'the South China Sea', 'Niger State': a place
    named after the country, not the country."""
    return bool(
        _WATER_BEFORE.search(text[max(0, start - 12) : start]) or _PLACE_AFTER.match(text[end:])
    )


def _names_a_town(text: str, code: str, end: int) -> bool:
    """'Armenia, Quindío', 'Lebanon, Pennsylvania': a town that shares a country's name,
    told by the province or state of another country written after it (ISO 3166-2 names,
    from pycountry; a country's name after the comma is a list, not a province)."""
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


@lru_cache(maxsize=1)
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
