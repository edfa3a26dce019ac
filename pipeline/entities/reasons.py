"""Why each entity was found: the rule that produced it (its `reason`).

The tiers of `names.names_in` do not say which rule found a name; rather than thread a
reason through every rule module, the cheap rule finders (regular expressions) are run
again and each entity gets the reason of the first (strongest) rule whose span it is.
`confidence` turns the reason and the span's place into a band.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.entities.definitions import acronym_uses, defined_long_forms, igo_mentions, name_uses
from pipeline.entities.honorific_names import honorific_persons
from pipeline.entities.spans import Acronyms, AnnotatedText, Found
from pipeline.models import Entity, EntityReason


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


def with_reason(entity: Entity, reason: EntityReason) -> Entity:
    entity.reason = reason
    return entity
