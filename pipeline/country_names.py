"""Country names: every name, abbreviation and demonym of a country, and whole-string lookup.

The table is pycountry's names (and their French, Spanish and Portuguese translations) plus the
alias table (pipeline/data/country_aliases.tsv), keyed by case- and accent-folded letters.
Finding names in running text is pipeline.countries.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pycountry

from pipeline.text import fold

LETTERS = re.compile(r"[^\W\d_]+")
# A whole field value may also carry commas ("Korea, Republic of").
_FIELD_GAP = re.compile(r"[\s\-–'’.(),]*")
IGNORED_WORDS = frozenset({"the"})


@dataclass(frozen=True)
class CountryAlias:
    code: str
    kind: str  # "name" | "abbr" | "demonym"
    # The letters as canonically cased ("eSwatini"); for an abbreviation, the text as
    # written without a final dot ("DRC", "U.S"), so that "US" the word is not "U.S.".
    forms: frozenset[str]


def name_words(text: str) -> list[str]:
    return [w for w in LETTERS.findall(text) if fold(w) not in IGNORED_WORDS]


def name_key(words: list[str]) -> str:
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
        if "," not in name and "(" not in name and len(name_words(name)) >= 2:
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
def alias_index() -> tuple[dict[str, CountryAlias], dict[str, int]]:
    """Key (folded letters) -> alias, and first folded word -> longest alias in words."""
    collected: dict[str, tuple[str, str, set[str]]] = {}
    for text, code, kind in _alias_rows():
        words = name_words(text)
        if not words:
            continue
        key = name_key(words)
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
        key: CountryAlias(code, kind, frozenset(forms))
        for key, (code, kind, forms) in collected.items()
    }
    longest: dict[str, int] = {}
    for text, _code, _kind in _alias_rows():
        words = name_words(text)
        if words:
            first = fold(words[0])
            longest[first] = max(longest.get(first, 0), len(LETTERS.findall(text)))
    return index, longest


def case_fits(written: str, words: list[str], alias: CountryAlias) -> bool:
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


def alias_for_key(key: str) -> CountryAlias | None:
    index, _ = alias_index()
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
    words = name_words(name)
    stripped = name.strip()
    if not words or not _only_words_and_gaps(stripped):
        return None
    alias = alias_index()[0].get(name_key(words))
    if alias is None or alias.kind in ("demonym", "city"):
        return None
    return alias.code, display_name(alias.code)


def is_demonym(word: str) -> bool:
    """'Polish', 'Filipinos': a word that names a country's people or language."""
    words = name_words(word)
    alias = alias_for_key(name_key(words)) if words else None
    return alias is not None and alias.kind == "demonym"


def _only_words_and_gaps(text: str) -> bool:
    return _FIELD_GAP.fullmatch(LETTERS.sub("", text)) is not None
