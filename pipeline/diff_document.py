"""How two documents differ, by meaning: the document's fields, front matter and warnings,
then card by card (matched by letter, or by title when they have no letter), each card's
nominee, entities, contacts and sections (matched by number and key). Entities compare as
multisets of (label, normalised value); what a human correction set is told apart
(diff_corrections.py). The comparison of single values, lists and texts is diff_values.py's.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence

from pipeline.diff_corrections import (
    contact_category,
    corrected_entity_changes,
    corrections_record_changes,
    nominee_field_corrected,
    pipeline_entities,
    section_key_corrected,
)
from pipeline.diff_model import Category, Change, plural
from pipeline.diff_values import (
    clip,
    in_new_order,
    match_items,
    multiset_changes,
    normalised,
    presence_change,
    text_change,
    value_change,
)
from pipeline.models import (
    Card,
    Contact,
    Document,
    DocumentWarning,
    FrontMatter,
    Section,
    TocEntry,
)


def diff_documents(
    old: Document, new: Document, ignore_version: bool = False, ignore_code: bool = False
) -> list[Change]:
    changes = _document_field_changes(old, new, ignore_version, ignore_code)
    changes += _front_matter_changes(old.front_matter, new.front_matter)
    changes += _warning_changes(old.warnings, new.warnings)
    changes += _card_list_changes(old.cards, new.cards)
    changes += corrections_record_changes(old, new)
    return changes


def _document_field_changes(
    old: Document, new: Document, ignore_version: bool, ignore_code: bool
) -> list[Change]:
    fields = {
        "schema_version": (old.schema_version, new.schema_version),
        "source.file": (old.source.file, new.source.file),
        "source.sha256": (old.source.sha256, new.source.sha256),
        "source.pages": (old.source.pages, new.source.pages),
    }
    if not ignore_version:
        fields["pipeline.version"] = (old.pipeline.version, new.pipeline.version)
        fields["pipeline.spacy_model"] = (old.pipeline.spacy_model, new.pipeline.spacy_model)
        fields["pipeline.reader"] = (old.pipeline.reader, new.pipeline.reader)
    if not (ignore_version or ignore_code):  # the fingerprint changes with every code change
        fields["pipeline.code"] = (old.pipeline.code, new.pipeline.code)
    return [
        change
        for name, (old_value, new_value) in fields.items()
        for change in value_change("document", "document", name, old_value, new_value)
    ]


def _front_matter_changes(old: FrontMatter | None, new: FrontMatter | None) -> list[Change]:
    if old is None and new is None:
        return []
    if old is None or new is None:
        return [
            presence_change("document", "document", "front_matter", old, new, _front_matter_line)
        ]
    changes = value_change("document", "front matter", "title", old.title, new.title)
    changes += value_change("document", "front matter", "pages", old.pages, new.pages)
    changes += multiset_changes(
        "document", "front matter", "contents", map(_toc_line, old.toc), map(_toc_line, new.toc)
    )
    changes += text_change("text", "front matter", "text", old.text, new.text)
    return changes


def _front_matter_line(front_matter: FrontMatter) -> str:
    contents = plural(len(front_matter.toc), "contents entry", "contents entries")
    return f"{front_matter.title} ({contents})" if front_matter.title else contents


def _toc_line(entry: TocEntry) -> str:
    page = f" (page {entry.page})" if entry.page is not None else ""
    return f"{entry.label}. {entry.title}{page}"


def _warning_changes(
    old: Sequence[DocumentWarning], new: Sequence[DocumentWarning]
) -> list[Change]:
    return multiset_changes(
        "warning", "document", "warning", map(_warning_line, old), map(_warning_line, new)
    )


def _warning_line(warning: DocumentWarning) -> str:
    page = f" (page {warning.page})" if warning.page is not None else ""
    return f"{warning.code}: {warning.message}{page}"


def _card_list_changes(old: Sequence[Card], new: Sequence[Card]) -> list[Change]:
    # Letters identify cards in a batch; a card without a letter is known by its title. A lone
    # leftover pair, one without a letter, is the same card retitled (a single-nomination file).
    pairs, removed, added = match_items(
        old, new, [lambda card: card.letter, lambda card: normalised(card.title)]
    )
    if len(removed) == 1 and len(added) == 1 and not (removed[0].letter and added[0].letter):
        pairs.append((removed.pop(), added.pop()))
    changes: list[Change] = []
    for old_card, new_card in in_new_order(pairs, new):
        changes += _card_changes(old_card, new_card)
    changes += [
        Change("card", card_label(card), "card", "removed", old=card.title) for card in removed
    ]
    changes += [Change("card", card_label(card), "card", "added", new=card.title) for card in added]
    return changes


def card_label(card: Card) -> str:
    return f"card {card.letter}" if card.letter else f"card “{clip(card.title, 40)}”"


def _card_changes(old: Card, new: Card) -> list[Change]:
    where = card_label(new)
    changes = value_change("card", where, "letter", old.letter, new.letter)
    changes += value_change("card", where, "title", old.title, new.title)
    changes += value_change("card", where, "pages", old.pages, new.pages)
    changes += _nominee_changes(old, new, where)
    changes += _entity_changes(old, new, where)
    changes += _contact_list_changes(old.contacts, new.contacts, where)
    # Last, so that the changes at card level above read as one group.
    changes += _section_list_changes(old.sections, new.sections, where)
    return changes


def _nominee_changes(old: Card, new: Card, where: str) -> list[Change]:
    changes: list[Change] = []
    for name in ("name", "honorific", "affiliation", "country", "phones", "faxes", "emails"):
        old_value, new_value = getattr(old.nominee, name), getattr(new.nominee, name)
        category: Category = "correction" if nominee_field_corrected(old, new, name) else "nominee"
        changes += value_change(category, where, f"nominee.{name}", old_value, new_value)
    changes += text_change("nominee", where, "nominee.text", old.nominee.text, new.nominee.text)
    return changes


def section_label(section: Section) -> str:
    number = "–" if section.number is None else str(section.number)
    return f"§{number} {section.key}"


def _section_list_changes(
    old: Sequence[Section], new: Sequence[Section], where: str
) -> list[Change]:
    # Same number and key first; then the same key (the number shifted because a section was
    # added or dropped); then the same number (the heading now maps to another key).
    pairs, removed, added = match_items(
        old,
        new,
        [
            lambda section: (section.number, section.key) if section.number is not None else None,
            lambda section: section.key,
            lambda section: section.number,
        ],
    )
    changes: list[Change] = []
    for old_section, new_section in in_new_order(pairs, new):
        changes += _section_changes(
            old_section, new_section, f"{where} › {section_label(new_section)}"
        )
    for section in removed:
        place = f"{where} › {section_label(section)}"
        changes.append(Change("section", place, "section", "removed", old=section.heading))
    for section in added:
        place = f"{where} › {section_label(section)}"
        changes.append(Change("section", place, "section", "added", new=section.heading))
    return changes


def _section_changes(old: Section, new: Section, where: str) -> list[Change]:
    changes = value_change("section", where, "number", old.number, new.number)
    key_category: Category = "correction" if section_key_corrected(old, new) else "section"
    changes += value_change(key_category, where, "key", old.key, new.key)
    changes += value_change("section", where, "heading", old.heading, new.heading)
    changes += value_change("section", where, "pages", old.pages, new.pages)
    changes += text_change("text", where, "text", old.text, new.text)
    if old.text == new.text:  # otherwise the text change already says it
        changes += value_change("section", where, "blocks", _block_shape(old), _block_shape(new))
    return changes


def _block_shape(section: Section) -> str:
    """The block structure in brief: "2 paragraph, 3 list_item"."""
    kinds = Counter(block.type for block in section.blocks)
    return ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items()))


def _entity_changes(old: Card, new: Card, where: str) -> list[Change]:
    before = Counter((entity.label, entity.normalized) for entity in pipeline_entities(old))
    after = Counter((entity.label, entity.normalized) for entity in pipeline_entities(new))
    changes: list[Change] = corrected_entity_changes(old, new, where)
    for key in sorted(before.keys() | after.keys()):
        label, normalized = key
        difference = after[key] - before[key]
        if difference > 0:
            change = Change("entity", where, f"entity {label}", "added", new=normalized)
        elif difference < 0:
            change = Change("entity", where, f"entity {label}", "removed", old=normalized)
        else:
            continue
        changes.append(dataclasses.replace(change, count=abs(difference)))
    return changes


def _contact_list_changes(
    old: Sequence[Contact], new: Sequence[Contact], where: str
) -> list[Change]:
    pairs, removed, added = match_items(
        old,
        new,
        [
            lambda contact: normalised(contact.name),
            lambda contact: tuple(contact.emails) or None,  # the same person, name re-read
        ],
    )
    changes: list[Change] = []
    for old_contact, new_contact in in_new_order(pairs, new):
        label = f"contact “{new_contact.name}”"
        for name in ("name", "role", "organization", "emails", "phones", "section"):
            old_value, new_value = getattr(old_contact, name), getattr(new_contact, name)
            changes += value_change("contact", where, f"{label}.{name}", old_value, new_value)
    changes += [
        Change(contact_category(contact), where, "contact", "removed", old=_contact_line(contact))
        for contact in removed
    ]
    changes += [
        Change(contact_category(contact), where, "contact", "added", new=_contact_line(contact))
        for contact in added
    ]
    return changes


def _contact_line(contact: Contact) -> str:
    parts = [contact.name, contact.role, contact.organization, *contact.emails, *contact.phones]
    return ", ".join(part for part in parts if part)
