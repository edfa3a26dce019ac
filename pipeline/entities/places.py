"""Places among the model's names: what the model calls a place, names joined to one, lists
of places, and a name followed by its country or preceded by a demonym."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.country_names import is_demonym, lookup_country
from pipeline.entities.vocabulary import PLACE_NOUNS
from pipeline.text import CAPITAL

PLACE_LIKE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "ORG"})
# Case-blind: a sentence may open with the preposition ("In Malanje and Kwanza Sul, ...").
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:from|in|at|near|across|throughout|around)[ \t]+$", re.IGNORECASE
)


def places_in(doc: Doc, text: str) -> list[Span]:
    """What the model calls a place, plus 'PERSON's right after 'from' or 'in' ('a farmer
    from Buôn Hồ', 'taught in Afaan Oromo'): with no honorific, those are places. `text` is
    the doc's text (spaCy keeps it whole; `doc.text` would join every token again)."""
    return [
        ent
        for ent in doc.ents
        if ent.label_ in PLACE_LIKE_LABELS
        or (
            ent.label_ == "PERSON"
            and _LOCATIVE_BEFORE.search(text[max(0, ent.start_char - 12) : ent.start_char])
        )
    ]


# Between two items of a list of places, maybe over other capitalised items the model did
# not tag ("Mirpur Khas, Umerkot and Shaheed Benazirabad").
_LIST_GAP = re.compile(
    rf"(?:\s*,\s*{CAPITAL}[\w'’\-]*(?:[ \t]+{CAPITAL}[\w'’\-]*)*)*\s*(?:,|and|or|&)?\s*"
)


def joined_to_a_place(person: Span, places: list[Span], text: str) -> bool:
    """'from Sindh and Khyber Pakhtunkhwa': a name joined by 'and' or a comma to a place
    (or to what the model calls an organisation) is another place. `text`: the doc's."""
    for other in places:
        if other.end_char <= person.start_char:
            gap = text[other.end_char : person.start_char]
        elif person.end_char <= other.start_char:
            gap = text[person.end_char : other.start_char]
        else:
            continue
        if _LIST_GAP.fullmatch(gap) and not gap.isspace():
            return True
        if other.text.endswith((" and", ",")) and (gap == "" or gap.isspace()):
            return True  # "Goiás and" + "Mato Grosso"
    return False


# "towns such as", "the districts of", "municipalities, including": a place noun heading a
# list. The items before the name: capitalised words with short particles ("Villa de
# Álvarez"), joined by commas and "and"/"or"/"y"/"e"/"et".
_PLACE_LIST_HEAD = re.compile(
    r"\b([a-zà-ÿ]+)[ \t]*,?[ \t]+(?:such[ \t]+as|like|including|namely|of|in|de)[ \t]+"
    r"|\b([a-zà-ÿ]+)[ \t]*:[ \t]*"
)
_PLACE_LIST_ITEM = re.compile(rf"{CAPITAL}[\w'’\-]*|[a-zà-ÿ]{{1,3}}")


REGIONS = frozenset({"region", "regions"})  # hold countries, not towns named like them


def only_countries_listed(text: str, start: int) -> bool:
    """Whether the list from `start` to its sentence's end names countries only ("the
    districts of Nepal and Bhutan"); "the municipalities of Venezuela, Bolivia and Primero
    de Enero" (Cuba) also names a place that is none."""
    end = min(i for i in (text.find(".", start), text.find("\n", start), len(text)) if i >= 0)
    items = re.split(r",|\band\b|\by\b|\bet\b", text[start:end])
    names = [m.group(1).strip() for i in items if (m := _LEADING_NAME.match(i))]
    return all(lookup_country(name) is not None for name in names[:MAX_ITEMS])


_LEADING_NAME = re.compile(rf"\s*(?:the\s+)?({CAPITAL}[\w'’\-]*(?:[ \t]+{CAPITAL}[\w'’\-]*)*)")


MAX_ITEMS = 8


def in_a_list_of_places(text: str, start: int, countries: bool = False) -> bool:
    """'towns such as Juchitán de Zaragoza, Matías Romero and ...': a name listed after a
    noun of places (PLACE_NOUNS) is a place, even when it is named after a person. For a
    country's name (`countries`), only after "such as", "including" ... or a colon ("four
    villages: London, Tabwakea, Banana and Poland"); after "of" or "in" only when the list
    holds a place that is no country ("the districts of Nepal" name it)."""
    sentence_start = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    before = text[max(sentence_start, start - 160) : start]
    for head in _PLACE_LIST_HEAD.finditer(before):
        noun = (head.group(1) or head.group(2)).lower()
        after_of = re.search(r"[ \t](?:of|in|de)[ \t]+$", head.group()) is not None
        if countries and (noun in REGIONS or (after_of and only_countries_listed(text, start))):
            continue  # "the districts of Nepal", "countries in the region such as Colombia"
        items = [item for item in re.split(r"[\s,]+", before[head.end() :]) if item]
        if noun in PLACE_NOUNS and all(_PLACE_LIST_ITEM.fullmatch(item) for item in items):
            return True
    return False


def before_its_country(text: str, end: int) -> bool:
    """'Castle Bruce, Dominica': a name followed by a comma and a country that ends its line
    or its part is a place of that country (a person's line goes on with a role)."""
    following = _COUNTRY_PART_AFTER.match(text, end)
    return following is not None and lookup_country(following.group("country")) is not None


_COUNTRY_PART_AFTER = re.compile(r",[ \t]*(?P<country>[^,;\n()]+?)[ \t]*(?:[,;.\n]|$)")


def after_the_demonym(text: str, start: int) -> bool:
    """'the Polish Beskid Żywiecki': a name after "the" and a demonym is a place or a
    thing of that country, not a person (set 26)."""
    found = _THE_WORD_BEFORE.search(text, max(0, start - 40), start)
    return found is not None and is_demonym(found.group(1))


_THE_WORD_BEFORE = re.compile(r"\b[Tt]he[ \t]+([^\W\d_]+)[ \t]+$")
