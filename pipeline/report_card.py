"""One card of a document's review page: the nominee block and the sections with the entities
highlighted in the text at the offsets the pipeline recorded (a <mark> per entity, the longest
of overlapping spans kept), and a side table of the card's organisations, countries and
contacts, long tables folded away. What a correction set is marked as such.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape

from pipeline.models import Card, Contact, Entity, EntityLabel, Nominee, Section
from pipeline.report_page import counted, mail_link, page_range
from pipeline.report_review import CORRECTED_NOTE, review_marks

SIDE_ROWS = 12  # rows of a side table shown before the rest folds away


def select_highlights(text: str, entities: Iterable[Entity]) -> list[Entity]:
    """The entities to mark in `text`, in text order.

    Spans outside the text are skipped; of overlapping spans the longest is kept (the ORG
    "Ministry of Health of Ghana" rather than the COUNTRY inside it), ties going to the first.
    """
    inside = [entity for entity in entities if 0 <= entity.start < entity.end <= len(text)]
    chosen: list[Entity] = []
    for entity in sorted(inside, key=lambda e: (e.start - e.end, e.start, e.label)):
        if all(entity.end <= kept.start or entity.start >= kept.end for kept in chosen):
            chosen.append(entity)
    return sorted(chosen, key=lambda entity: entity.start)


def highlight(text: str, entities: Iterable[Entity]) -> str:
    """`text` as escaped HTML with displaCy-like <mark> elements around the entities."""
    parts: list[str] = []
    cursor = 0
    for entity in select_highlights(text, entities):
        parts.append(escape(text[cursor : entity.start]))
        parts.append(_mark(text[entity.start : entity.end], entity))
        cursor = entity.end
    parts.append(escape(text[cursor:]))
    return "".join(parts)


def _mark(shown: str, entity: Entity) -> str:
    flags = (
        (entity.demonym, "adjective"),
        (entity.in_name, "in a name"),
        (entity.fax, "fax"),
        (entity.ocr, "OCR"),
    )
    extra, notes = review_marks(entity, [note for flag, note in flags if flag])
    tooltip = f"{entity.label}: {entity.normalized}" + (f" ({', '.join(notes)})" if notes else "")
    return (
        f'<mark class="entity ent-{entity.label}{extra}" data-label="{entity.label}" '
        f'title="{escape(tooltip)}">{escape(shown)}<span>{entity.label}</span></mark>'
    )


def card_html(card: Card, index: int) -> str:
    letter = f'<span class="letter">{escape(card.letter)}</span>' if card.letter else ""
    pages = page_range(card.pages.start, card.pages.end)
    sections_count = counted(len(card.sections), "section")
    meta = f"{pages} · {sections_count} · {counted(len(card.entities), 'entity', 'entities')}"
    sections = "".join(
        _section_html(section, card.entities, f"card-{index}-s{position}")
        for position, section in enumerate(card.sections, start=1)
    )
    return (
        f'<article class="card" id="card-{index}">'
        f'<h2 class="card-title">{letter}{escape(card.title)}</h2>'
        f'<p class="card-meta">{meta}</p>'
        f'<div class="card-body"><div class="card-main">{_nominee_html(card)}{sections}</div>'
        f'<aside class="card-side">{_side_tables(card)}</aside></div></article>'
    )


def _nominee_html(card: Card) -> str:
    rows = "".join(
        f"<dt>{term}</dt><dd>{value}</dd>" for term, value in _nominee_fields(card.nominee)
    )
    nominee_entities = [entity for entity in card.entities if entity.section is None]
    written = (
        f'<div class="text as-written">{highlight(card.nominee.text, nominee_entities)}</div>'
        if card.nominee.text
        else ""
    )
    empty = "" if rows or written else '<p class="empty">No nominee block found.</p>'
    return f'<section class="nominee"><h3>Nominee</h3><dl>{rows}</dl>{written}{empty}</section>'


def _nominee_fields(nominee: Nominee) -> list[tuple[str, str]]:
    name = " ".join(part for part in (nominee.honorific, nominee.name) if part)
    country = (
        f"{escape(nominee.country.name)} ({nominee.country.code}, from {nominee.country.source})"
        if nominee.country
        else ""
    )
    fields = [
        ("Name", escape(name), ("name", "honorific")),
        ("Affiliation", escape(nominee.affiliation or ""), ("affiliation",)),
        ("Country", country, ("country",)),
        ("Telephone", escape(", ".join(nominee.phones)), ("phones",)),
        ("Fax", escape(", ".join(nominee.faxes)), ("faxes",)),
        ("E-mail", ", ".join(mail_link(address) for address in nominee.emails), ("emails",)),
    ]
    return [
        (term, value + (CORRECTED_NOTE if set(keys) & set(nominee.sources) else ""))
        for term, value, keys in fields
        if value
    ]


def _section_html(section: Section, entities: Sequence[Entity], anchor: str) -> str:
    # Entity offsets index the text of the section with the same number.
    own = [e for e in entities if section.number is not None and e.section == section.number]
    number = f'<span class="number">{section.number}.</span>' if section.number is not None else ""
    text = highlight(section.text, own) if section.text else '<span class="empty">(empty)</span>'
    return (
        f'<section class="section" id="{anchor}">'
        f"<h3>{number}{escape(section.heading)}</h3>"
        f'<p class="section-meta"><span class="key">{section.key}</span>'
        f"{CORRECTED_NOTE if section.key_source else ''}"
        f"{page_range(section.pages.start, section.pages.end)}</p>"
        f'<div class="text">{text}</div></section>'
    )


def _side_tables(card: Card) -> str:
    return _organisations_table(card) + _countries_table(card) + _contacts_table(card.contacts)


def _organisations_table(card: Card) -> str:
    rows = []
    for normalized, mentions in _grouped(card.entities, "ORG"):
        other_spellings = sorted({m.text for m in mentions if m.text != normalized})
        also = (
            f'<span class="also">also: {escape(", ".join(other_spellings))}</span>'
            if other_spellings
            else ""
        )
        rows.append(
            f'<tr><td>{escape(normalized)}{also}</td><td class="count">×{len(mentions)}</td></tr>'
        )
    return _side_table("Organisations", ("Name", ""), rows)


def _countries_table(card: Card) -> str:
    rows = []
    for code, mentions in _grouped(card.entities, "COUNTRY"):
        # A name reads better than an adjective ("Philippines", not "Filipino").
        names = [m.text for m in mentions if not m.demonym] or [m.text for m in mentions]
        rows.append(
            f"<tr><td>{escape(code)}</td><td>{escape(names[0])}</td>"
            f'<td class="count">×{len(mentions)}</td></tr>'
        )
    return _side_table("Countries", ("Code", "As written", ""), rows)


def _contacts_table(contacts: Sequence[Contact]) -> str:
    rows = []
    for contact in contacts:
        details = [escape(part) for part in (contact.role, contact.organization) if part]
        details += [mail_link(address) for address in contact.emails]
        details += [escape(phone) for phone in contact.phones]
        note = CORRECTED_NOTE if contact.source == "correction" else ""
        rows.append(
            f'<tr><td><span class="contact-name">{escape(contact.name)}</span>{note}'
            + "".join(f"<br>{detail}" for detail in details)
            + "</td></tr>"
        )
    return _side_table("Contacts", ("Name and details",), rows)


def _side_table(title: str, columns: Sequence[str], rows: Sequence[str]) -> str:
    if not rows:
        return f'<section><h3>{title}</h3><p class="empty">None found.</p></section>'
    head = "".join(f"<th>{column}</th>" for column in columns)
    shown = (
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows[:SIDE_ROWS])}</tbody></table>"
    )
    # A long list folds away (a real card names a hundred organisations); no script needed.
    folded = (
        f"<details><summary>{len(rows) - SIDE_ROWS} more</summary>"
        f"<table><tbody>{''.join(rows[SIDE_ROWS:])}</tbody></table></details>"
        if len(rows) > SIDE_ROWS
        else ""
    )
    return f"<section><h3>{title} ({len(rows)})</h3>{shown}{folded}</section>"


def _grouped(entities: Iterable[Entity], label: EntityLabel) -> list[tuple[str, list[Entity]]]:
    """Entities of one label by normalised value, most mentioned first, then by name."""
    groups: dict[str, list[Entity]] = {}
    for entity in entities:
        if entity.label == label:
            groups.setdefault(entity.normalized, []).append(entity)
    return sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))
