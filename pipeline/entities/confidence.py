"""How far a reviewer can trust each entity: its confidence band.

An entity is `low` (the review queue of `nominations review`) when one of the rules of
`LOW_RULES` holds; each is a property of the entity and of its place in the card that a
reviewer can check by eye: found by the model alone, a span that may be cut (a capitalised
word just after or before it, a comma that carries the name on, a line break), a bracket, a
label or another name run into it, a common word in a name, a country's name used for
something else. Otherwise the band follows from the entity's reason (`reasons.reason_of`):
`high` for validated e-mails, URLs and phone numbers, country names, and names the layout,
an honorific, an acronym's definition or the IGO table vouch for; `medium` for the rest.
docs/decisions.md ("Confidence bands") says what each rule caught on the keyed sets.

Called once per card from `annotate`; it reads what the tiers found and never changes
which entities there are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from pipeline.entities.low_rules import LOW_RULES, Place, ends_with_country
from pipeline.entities.spans import AnnotatedText
from pipeline.models import Confidence, Entity, EntityReason
from pipeline.phones import country_of_phone

# Reasons of names that the layout or the card itself vouches for.
_VOUCHED: frozenset[EntityReason] = frozenset(
    {"layout", "acronym_definition", "defined_acronym", "igo_table", "honorific"}
)


def band(entity: Entity, place: Place) -> Confidence:
    """The entity's band: low when a rule of `LOW_RULES` holds, else by its reason."""
    if entity.source == "correction" or entity.reason == "correction":
        return "high"
    if low_rules(entity, place):
        return "low"
    if entity.label in ("EMAIL", "URL"):
        return "high"
    if entity.label == "PHONE":
        return "medium" if entity.possible_only else "high"
    if entity.label == "COUNTRY":
        return "medium" if entity.demonym else "high"
    return "high" if entity.reason in _VOUCHED else "medium"


def low_rules(entity: Entity, place: Place) -> list[str]:
    """The names of the low rules that hold for the entity, in `LOW_RULES` order."""
    return [name for name, (rule, _) in LOW_RULES.items() if rule(entity, place)]


def card_countries(entities: Iterable[Entity], home: str | None) -> frozenset[str]:
    """The countries a card vouches for: the nominee's, and those of its phone numbers'
    calling codes (a '+962' number makes 'Jordan' the country, not a name)."""
    codes = {country_of_phone(e.normalized) for e in entities if e.label == "PHONE"}
    return frozenset(code for code in (*codes, home) if code)


def rate_card(entities: list[Entity], texts: list[AnnotatedText], home: str | None) -> None:
    """Set every entity's band; `home` is the nominee's country code."""
    text_of: dict[int | None, str] = {}
    for text in texts:
        text_of.setdefault(text.number, text.text)
    rate_entities(entities, text_of, home)


def rate_entities(entities: list[Entity], text_of: dict[int | None, str], home: str | None) -> None:
    """Set the bands of a card's entities, given its texts by section number."""
    for entity, place in placed(entities, text_of, home):
        entity.confidence = band(entity, place)


def placed(
    entities: list[Entity], text_of: dict[int | None, str], home: str | None
) -> Iterator[tuple[Entity, Place]]:
    """Each entity of a card with its place."""
    homes = card_countries(entities, home)
    common = common_words(text_of.values())
    places: dict[int | None, Place] = {}
    for number, text in text_of.items():
        mine = [e for e in entities if e.section == number]
        places[number] = Place(
            text=text,
            common=common,
            starts=frozenset(e.start for e in mine),
            ends=frozenset(e.end for e in mine),
            office_ends=frozenset(
                e.end for e in mine if e.label == "ORG" and ends_with_country(e.text)
            ),
            countries={e.end: e.start for e in mine if e.label == "COUNTRY"},
            homes=homes,
        )
    for entity in entities:
        place = places.get(entity.section) or Place(text="", homes=homes)
        if listed_with_countries(entity, entities, place.text):
            place = replace(place, homes=homes | {entity.normalized})
        yield entity, place


def common_words(texts: Iterable[str]) -> frozenset[str]:
    """The words a card writes in lower case somewhere (common words, not names); e-mail
    addresses and web addresses, written in lower case whatever they hold, do not count."""
    found: set[str] = set()
    for text in texts:
        for token in text.split():
            if "@" in token or "/" in token or ADDRESS_DOT.search(token):
                continue
            word = token.strip(".,;:()[]\"'“”‘’!?")
            if word.islower() and word[0].isalpha():
                found.add(word)
    return frozenset(found)


ADDRESS_DOT = re.compile(r"\w\.\w")


def listed_with_countries(entity: Entity, entities: list[Entity], text: str) -> bool:
    """A country in a list of countries ('Burundi, Chad, Comoros'): a place, not a name."""
    if entity.label != "COUNTRY":
        return False
    for other in entities:
        if other is entity or other.label != "COUNTRY" or other.section != entity.section:
            continue
        gap = text[other.end : entity.start] if other.end <= entity.start else ""
        gap = gap or (text[entity.end : other.start] if entity.end <= other.start else "")
        if gap and re.fullmatch(r"\s*(?:[,;]|,?\s*(?:and|or|&))\s*", gap):
            return True
    return False
