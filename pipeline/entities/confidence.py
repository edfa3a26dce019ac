"""Why each entity was found (its reason) and how far a reviewer can trust it (its band).

The reason names the rule that produced the entity; the band follows from the reason and a
few facts about the written span, by rules a reviewer can check by eye (docs/decisions.md,
"Confidence bands"):

- high: e-mails, URLs and phone numbers that parse as valid; country names; organisations
  and persons the layout names (list entries, contact and nominee lines), an acronym's
  spelled-out long form, an acronym the card defines, a well-known intergovernmental
  organisation, a name after an honorific;
- low: a model-only organisation without an organisation word or an acronym, a model-only
  person of one word, a model-only name at the start of a line that is all one name (a
  heading or a label more often than a name), a number valid only under an old plan;
- medium: everything else (the model's names with an organisation word, two-word persons,
  a name the card declares or lists used again, demonyms).

This module is called once per text from `annotate`; it reads what the tiers found and
never changes which entities there are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.entities.definitions import acronym_uses, defined_long_forms, igo_mentions, name_uses
from pipeline.entities.filters import has_org_keyword, is_acronym, words_of
from pipeline.entities.listed import honorific_persons
from pipeline.entities.spans import Acronyms, AnnotatedText, Found
from pipeline.entities.vocabulary import ROLE_WORDS
from pipeline.models import Confidence, Entity, EntityReason
from pipeline.phones import country_of_phone
from pipeline.text import fold
from pipeline.vocabulary import words

AMBIGUOUS_COUNTRIES = frozenset(fold(name) for name in words("ambiguous_country"))

# Reasons of names that the layout or the card itself vouches for.
_VOUCHED: frozenset[EntityReason] = frozenset(
    {"layout", "acronym_definition", "defined_acronym", "igo_table", "honorific"}
)


@dataclass(frozen=True)
class NameEvidence:
    """What a card's rules found, to tell which rule produced each ORG and PERSON."""

    acronyms: Acronyms
    declared: set[str]
    known: set[str]

    def reasons(self, text: AnnotatedText, listed: Iterable[Found]) -> dict[Span, EntityReason]:
        """(label, start, end) -> the rule's reason; the earlier (stronger) rule wins, as in
        the tiers of `names.names_in`."""
        ruled: list[tuple[EntityReason, Iterable[Found]]] = [
            ("layout", listed),
            ("acronym_definition", defined_long_forms(text.text, self.acronyms)),
            ("card_name", name_uses(text.text, self.known, self.acronyms)),
            ("honorific", honorific_persons(text.text)),
            ("defined_acronym", acronym_uses(text.text, self.acronyms)),
            ("igo_table", igo_mentions(text.text)),
            ("declared_name", name_uses(text.text, self.declared, self.acronyms)),
        ]
        found: dict[Span, EntityReason] = {}
        for reason, items in ruled:
            for item in items:
                found.setdefault((item.label, item.start, item.end), reason)
        return found


Span = tuple[str, int, int]


def reason_of(item: Found, ruled: dict[Span, EntityReason]) -> EntityReason:
    """The rule behind one found entity."""
    if item.label == "EMAIL":
        return "link" if item.source == "link" else "email_pattern"
    if item.label == "URL":
        return "link" if item.source == "link" else "url_pattern"
    if item.label == "PHONE":
        return "phone_number"
    if item.label == "COUNTRY":
        return "demonym" if item.demonym else "country_name"
    if item.source == "model":
        return "model"
    exact = ruled.get((item.label, item.start, item.end))
    if exact is not None:
        return exact
    # A span a later step cut or widened (a name with its translation): the rule whose span
    # holds it.
    for (label, start, end), reason in ruled.items():
        if label == item.label and start <= item.start and item.end <= end:
            return reason
    return "layout"


def band(entity: Entity, text: str, homes: frozenset[str]) -> Confidence:
    """The entity's confidence band; `text` is the section (or nominee) text it indexes,
    `homes` the card's own countries (card_countries) and, for a country, those listed
    right beside it."""
    if entity.label in ("EMAIL", "URL"):
        return "high"
    if entity.label == "PHONE":
        return "medium" if entity.possible_only else "high"
    if entity.label == "COUNTRY":
        return country_band(entity, homes)
    reason = entity.reason
    if reason in _VOUCHED or reason == "correction":
        return "high"
    if reason != "model":
        return "medium"
    if entity.label == "PERSON":
        return "low"  # places, brands and organisations' names are the model's usual misses
    return model_org_band(entity, text)


def country_band(entity: Entity, homes: frozenset[str]) -> Confidence:
    """A demonym is medium; a country name that is also a city, a state or a given name
    elsewhere ('Armenia, Quindío'; 'Atlanta, Georgia') is low unless it is one of the card's
    own countries."""
    if entity.demonym:
        return "medium"
    if entity.normalized not in homes and fold(entity.text) in AMBIGUOUS_COUNTRIES:
        return "low"
    return "high"


def model_org_band(entity: Entity, text: str) -> Confidence:
    """The model's organisations: low without an organisation word or an acronym, when an
    acronym the card never spells out, when the span opens with a role ('Head of
    Department') or is all of a line that holds nothing else (a heading, a label)."""
    written = entity.text
    words = words_of(written)
    acronym = len(words) == 1 and is_acronym(words[0])
    if not (has_org_keyword(written) or acronym):
        return "low"
    if acronym and entity.normalized == written:
        return "low"
    if words and words[0].lower() in ROLE_WORDS:
        return "low"
    if len(words) > 1 and whole_line(text, entity.start, entity.end):
        return "low"
    return "medium"


def whole_line(text: str, start: int, end: int) -> bool:
    """The span is all of its line: a heading or a label as often as a name."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return line.strip(" \t.:;,") == text[start:end].strip()


def with_reason(entity: Entity, reason: EntityReason) -> Entity:
    entity.reason = reason
    return entity


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
    homes = card_countries(entities, home)
    for entity in entities:
        written = text_of.get(entity.section, "")
        beside = listed_with_countries(entity, entities, written)
        entity.confidence = band(entity, written, homes | {entity.normalized} if beside else homes)


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
