"""Apply a corrections file to a document: the last stage before validation and writing.

A correction that matches nothing (the pipeline now gets it right) is stale: it is kept out,
recorded under `corrections.stale` and warned about (`stale_correction`). One that cannot
be applied at all (an unknown card, an added text the card does not hold) is a
CorrectionsError naming the file and line, and fails only this document.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from typing import Any

from pipeline.corrections.model import (
    AddContact,
    AddEntity,
    Correction,
    CorrectionsFile,
    DropContact,
    DropEntity,
    RelabelEntity,
    RenameOrganisation,
    SetNominee,
    SetSectionKey,
    Where,
)
from pipeline.country_names import display_name, lookup_country
from pipeline.errors import CorrectionsError, CorrectionsMismatchError
from pipeline.models import (
    Card,
    Contact,
    Corrections,
    Country,
    Document,
    DocumentWarning,
    Entity,
    NomineeField,
    Section,
)


def apply_corrections(document: Document, corrections: CorrectionsFile) -> Document:
    """A copy of `document` with the corrections applied and recorded."""
    check_source(document, corrections)
    document = document.model_copy(deep=True)
    cards = card_index(document)
    applied, stale = [], []
    warnings = list(document.warnings)
    for correction in corrections.corrections:
        card = cards.get(correction.card)
        if card is None:
            known = ", ".join(cards) or "none"
            raise CorrectionsError(
                f"{corrections.where(correction.line)}: no card {correction.card!r} in "
                f"{document.source.file} (cards: {known})"
            )
        if APPLY[correction.operation](card, correction, corrections):
            applied.append(correction.ref())
        else:
            stale.append(correction.ref())
            warnings.append(stale_warning(corrections, correction))
    document.warnings = sorted(warnings, key=lambda w: (w.page or 0, w.code, w.message))
    document.corrections = Corrections(
        file=corrections.name, sha256=corrections.sha256, applied=applied, stale=stale
    )
    return document


def check_source(document: Document, corrections: CorrectionsFile) -> None:
    """A correction never applies to another document, or to other bytes of this one."""
    where = corrections.where(corrections.source_line)
    if corrections.source_file != document.source.file:
        raise CorrectionsMismatchError(
            f"{where}: written for {corrections.source_file!r}, not {document.source.file!r}"
        )
    if corrections.source_sha256 != document.source.sha256:
        raise CorrectionsMismatchError(
            f"{where}: written for another version of {document.source.file} (sha256 "
            f"{corrections.source_sha256[:12]}..., the file now has "
            f"{document.source.sha256[:12]}...); check each correction against the new file, "
            f"then set sha256: {document.source.sha256}"
        )


def card_index(document: Document) -> dict[str, Card]:
    """Cards by letter; an unlettered card by its position ('1', '2', ...)."""
    return {
        card.letter or str(position): card for position, card in enumerate(document.cards, start=1)
    }


def stale_warning(corrections: CorrectionsFile, correction: Correction) -> DocumentWarning:
    return DocumentWarning(
        code="stale_correction",
        message=f"{corrections.where(correction.line)}: correction {correction.id} "
        f"({correction.ref().what}, card {correction.card}) matches nothing; the pipeline may "
        "get it right now: remove it",
    )


def folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split()).lower()


def section_number(where: Where | None) -> int | None:
    return None if where is None or where == "nominee" else int(where)


def in_place(entity: Entity, where: Where | None) -> bool:
    if where is None:
        return True
    if where == "nominee":
        return entity.section is None
    return entity.section == where


def matching(card: Card, label: str, text: str, where: Where | None) -> list[Entity]:
    wanted = folded(text)
    return [
        e
        for e in card.entities
        if e.label == label
        and in_place(e, where)
        and wanted in (folded(e.text), folded(e.normalized))
    ]


def mark_corrected(entity: Entity) -> None:
    entity.source, entity.reason, entity.confidence = "correction", "correction", "high"


def drop_entity(card: Card, correction: Correction, _: CorrectionsFile) -> bool:
    params = correction.params
    assert isinstance(params, DropEntity)
    doomed = {id(e) for e in matching(card, params.label, params.text, params.section)}
    card.entities = [e for e in card.entities if id(e) not in doomed]
    return bool(doomed)


def relabel_entity(card: Card, correction: Correction, _: CorrectionsFile) -> bool:
    params = correction.params
    assert isinstance(params, RelabelEntity)
    found = matching(card, params.label, params.text, params.section)
    for entity in found:
        entity.label = params.to
        if params.normalized:
            entity.normalized = params.normalized
        mark_corrected(entity)
    return bool(found)


def add_entity(card: Card, correction: Correction, corrections: CorrectionsFile) -> bool:
    params = correction.params
    assert isinstance(params, AddEntity)
    normalized = params.normalized or " ".join(params.text.split())
    wanted = folded(normalized)
    if any(
        e.label == params.label and in_place(e, params.section) and folded(e.normalized) == wanted
        for e in card.entities
    ):
        return False  # the pipeline finds it now
    place = locate(card, params.text, params.section)
    if place is None:
        where = "the nominee block" if params.section == "nominee" else "its text"
        if isinstance(params.section, int):
            where = f"section {params.section}"
        raise CorrectionsError(
            f"{corrections.where(correction.line)}: add: {params.text!r} is not written in "
            f"{where} of card {correction.card}"
        )
    number, start, page = place
    entity = Entity(
        label=params.label,
        text=params.text,
        normalized=normalized,
        section=number,
        page=page,
        start=start,
        end=start + len(params.text),
        source="correction",
        reason="correction",
        confidence="high",
    )
    card.entities = sorted([*card.entities, entity], key=entity_order)
    return True


def locate(card: Card, text: str, where: Where | None) -> tuple[int | None, int, int] | None:
    """(section number, offset, page) of the first place the card writes `text`."""
    if where in (None, "nominee"):
        start = card.nominee.text.find(text)
        if start >= 0:
            return None, start, card.pages.start
    if where == "nominee":
        return None
    for section in card.sections:
        if where is not None and section.number != section_number(where):
            continue
        start = section.text.find(text)
        if start >= 0:
            return section.number, start, page_at(section, start)
    return None


def page_at(section: Section, offset: int) -> int:
    page, cursor = section.pages.start, 0
    for block in section.blocks:
        position = section.text.find(block.text, cursor)
        if position < 0:
            continue
        if position > offset:
            break
        page, cursor = block.page, position + len(block.text)
    return page


def entity_order(entity: Entity) -> tuple[int, int, str, int, str]:
    section = -1 if entity.section is None else entity.section
    return section, entity.start, entity.label, entity.end, entity.normalized


def set_nominee(card: Card, correction: Correction, corrections: CorrectionsFile) -> bool:
    params = correction.params
    assert isinstance(params, SetNominee)
    nominee = card.nominee
    changed = False
    for name in sorted(params.model_fields_set):
        field: NomineeField = name  # type: ignore[assignment]
        value = nominee_value(field, getattr(params, name), corrections, correction)
        current = getattr(nominee, field)
        if field == "country" and current is not None and value is not None:
            current, value = current.code, value.code  # the source differs by design
        if current == value:
            continue
        setattr(
            nominee, field, nominee_value(field, getattr(params, name), corrections, correction)
        )
        nominee.sources[field] = "correction"
        changed = True
    return changed


def same_value(current: Any, value: Any) -> bool:
    """Equal values; countries by code (a corrected country's source differs by design)."""
    if isinstance(current, Country) and isinstance(value, Country):
        return current.code == value.code
    return bool(current == value)


def nominee_value(
    field: NomineeField, value: Any, corrections: CorrectionsFile, correction: Correction
) -> Any:
    """A field's value as the nominee holds it: a Country, lower-case e-mails, [] for none."""
    if field == "country":
        return None if value is None else country_value(value, corrections, correction)
    if field in ("phones", "faxes", "emails"):
        values = list(value or [])
        return [v.lower() for v in values] if field == "emails" else values
    return value


def country_value(value: str, corrections: CorrectionsFile, c: Correction) -> Country:
    code = value.strip().upper()
    found = (code, display_name(code)) if len(code) == 2 and display_name(code) != code else None
    found = found or lookup_country(value)
    if found is None:
        raise CorrectionsError(f"{corrections.where(c.line)}: nominee.country: unknown {value!r}")
    return Country(code=found[0], name=found[1], source="correction")


def set_section_key(card: Card, correction: Correction, corrections: CorrectionsFile) -> bool:
    params = correction.params
    assert isinstance(params, SetSectionKey)
    sections = [s for s in card.sections if s.number == params.section]
    if not sections:
        raise CorrectionsError(
            f"{corrections.where(correction.line)}: card {correction.card} has no section "
            f"{params.section}"
        )
    changed = False
    for section in sections:
        if section.key != params.key:
            section.key, section.key_source = params.key, "correction"
            changed = True
    return changed


def rename_org(card: Card, correction: Correction, _: CorrectionsFile) -> bool:
    params = correction.params
    assert isinstance(params, RenameOrganisation)
    old = {folded(name) for name in params.names()}
    renamed = False
    for entity in card.entities:
        matches = entity.label == "ORG" and folded(entity.normalized) in old
        if matches and entity.normalized != params.to:
            entity.normalized = params.to
            mark_corrected(entity)
            renamed = True
    for contact in card.contacts:
        if contact.organization and folded(contact.organization) in old:
            contact.organization = params.to
    return renamed


def contacts_named(card: Card, name: str, section: int | None) -> Iterator[Contact]:
    wanted = folded(name)
    for contact in card.contacts:
        if folded(contact.name) == wanted and section in (None, contact.section):
            yield contact


def drop_contact(card: Card, correction: Correction, _: CorrectionsFile) -> bool:
    params = correction.params
    assert isinstance(params, DropContact)
    doomed = {id(c) for c in contacts_named(card, params.name, params.section)}
    card.contacts = [c for c in card.contacts if id(c) not in doomed]
    return bool(doomed)


def add_contact(card: Card, correction: Correction, _: CorrectionsFile) -> bool:
    params = correction.params
    assert isinstance(params, AddContact)
    if any(contacts_named(card, params.name, params.section)):
        return False
    contact = Contact(
        **params.model_dump(exclude={"emails"}),
        emails=[address.lower() for address in params.emails],
        source="correction",
    )
    card.contacts = [*card.contacts, contact]
    return True


APPLY: dict[str, Callable[[Card, Correction, CorrectionsFile], bool]] = {
    "drop": drop_entity,
    "add": add_entity,
    "relabel": relabel_entity,
    "nominee": set_nominee,
    "section_key": set_section_key,
    "rename_org": rename_org,
    "drop_contact": drop_contact,
    "add_contact": add_contact,
}
