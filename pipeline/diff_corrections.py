"""What `diff` says of human corrections, apart from the pipeline's changes: corrections
applied or gone stale, and the values a correction set (entities, nominee fields, section
keys, contacts). These changes have the category "correction"; the rest of a card's changes
are the pipeline's."""

from __future__ import annotations

from collections import Counter

from pipeline.diff_model import Category, Change
from pipeline.models import Card, Contact, CorrectionRef, Document, Entity, Section


def corrections_record_changes(old: Document, new: Document) -> list[Change]:
    """Corrections newly applied, no longer applied, newly stale or no longer stale."""
    changes: list[Change] = []
    for state in ("applied", "stale"):
        before = {ref.id: ref for ref in refs(old, state)}
        after = {ref.id: ref for ref in refs(new, state)}
        for ref_id in sorted(after.keys() - before.keys()):
            changes.append(
                Change(
                    "correction",
                    "corrections",
                    f"correction {state}",
                    "added",
                    new=shown(after[ref_id]),
                )
            )
        for ref_id in sorted(before.keys() - after.keys()):
            changes.append(
                Change(
                    "correction",
                    "corrections",
                    f"correction {state}",
                    "removed",
                    old=shown(before[ref_id]),
                )
            )
    return changes


def refs(document: Document, state: str) -> list[CorrectionRef]:
    record = document.corrections
    if record is None:
        return []
    return list(record.applied if state == "applied" else record.stale)


def shown(ref: CorrectionRef) -> str:
    return f"{ref.id}: {ref.what}, card {ref.card} (line {ref.line})"


def entity_key(entity: Entity) -> tuple[str, str, bool]:
    return entity.label, entity.normalized, entity.source == "correction"


def corrected_entity_changes(old: Card, new: Card, where: str) -> list[Change]:
    """Corrected entities that appear or go (the pipeline's entities are compared apart)."""
    before = Counter(entity_key(e) for e in old.entities if e.source == "correction")
    after = Counter(entity_key(e) for e in new.entities if e.source == "correction")
    changes: list[Change] = []
    for key in sorted(before.keys() | after.keys()):
        label, normalized, _ = key
        difference = after[key] - before[key]
        field = f"entity {label}"
        if difference > 0:
            changes.append(
                Change("correction", where, field, "added", new=normalized, count=difference)
            )
        elif difference < 0:
            changes.append(
                Change("correction", where, field, "removed", old=normalized, count=-difference)
            )
    return changes


def pipeline_entities(card: Card) -> list[Entity]:
    return [entity for entity in card.entities if entity.source != "correction"]


def nominee_field_corrected(old: Card, new: Card, name: str) -> bool:
    return name in old.nominee.sources or name in new.nominee.sources


def section_key_corrected(old: Section, new: Section) -> bool:
    return old.key_source is not None or new.key_source is not None


def contact_category(contact: Contact) -> Category:
    return "correction" if contact.source == "correction" else "contact"
