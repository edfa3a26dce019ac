"""The entry point: one spaCy pass per document, then each card's entities, contacts and
warnings."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.countries import find_countries, towns_named_like_countries
from pipeline.entities.channels import countries_in, emails_in, phones_in, urls_in
from pipeline.entities.confidence import rate_card
from pipeline.entities.contacts import assemble_contacts, holds_contacts
from pipeline.entities.definitions import card_acronyms, declared_organisations, listed_org_names
from pipeline.entities.listed import expand_listed, listed_names
from pipeline.entities.names import (
    complete_person_names,
    drop_persons_named_like_orgs,
    drop_persons_named_like_places,
    names_in,
)
from pipeline.entities.places import in_a_list_of_places
from pipeline.entities.reasons import NameEvidence, reason_of, with_reason
from pipeline.entities.spans import AnnotatedText, Found, block_offsets
from pipeline.entities.towns import address_places, towns_after_bodies, without_place_after
from pipeline.links import Link
from pipeline.models import Card, Contact, DocumentWarning, Entity, Section
from pipeline.text import fold


def annotate_cards(
    cards: list[Card], links: list[Link], nlp: Language
) -> tuple[list[Card], list[DocumentWarning]]:
    """Cards with `entities` and `contacts` filled, and warnings about doubtful values."""
    texts_per_card = [card_texts(card) for card in cards]
    docs = iter(run_ner(nlp, [t.text for texts in texts_per_card for t in texts]))
    annotated: list[Card] = []
    warnings: list[DocumentWarning] = []
    for card, texts in zip(cards, texts_per_card, strict=True):
        card_docs = [next(docs) for _ in texts]
        entities, contacts, card_warnings = annotate_card(card, texts, card_docs, links)
        annotated.append(card.model_copy(update={"entities": entities, "contacts": contacts}))
        warnings.extend(card_warnings)
    return annotated, warnings


def run_ner(nlp: Language, texts: Sequence[str]) -> list[Doc]:
    """One batched pass over all texts of a document, with only what NER needs."""
    return list(nlp.pipe(texts, disable=unused_components(nlp), batch_size=64))


def unused_components(nlp: Language) -> list[str]:
    """Every component but ner, and tok2vec too unless ner listens to it (en_core_web_sm's ner
    embeds its own tok2vec, so the shared one only feeds the tagger and parser)."""
    unused = [name for name in nlp.pipe_names if name != "ner"]
    if "tok2vec" in unused:
        listeners = getattr(nlp.get_pipe("tok2vec"), "listening_components", [])
        if "ner" in listeners:
            unused.remove("tok2vec")
    return unused


def card_texts(card: Card) -> list[AnnotatedText]:
    texts = [AnnotatedText(None, card.nominee.text, card.pages.start)]
    for section in card.sections:
        texts.append(
            AnnotatedText(section, section.text, section.pages.start, block_starts(section))
        )
    home = card.nominee.country.code if card.nominee.country else None
    towns = {town for text in texts for town in towns_named_like_countries(text.text, home)}
    for text in texts:
        text.countries = [
            m
            for m in find_countries(text.text)
            if fold(m.text) not in towns
            and not (not m.demonym and in_a_list_of_places(text.text, m.start, countries=True))
        ]
        text.holds_contacts = text.section is not None and holds_contacts(text.key, text.text)
    return texts


def block_starts(section: Section) -> list[tuple[int, int]]:
    return [(start, section.blocks[i].page) for start, _, i in block_offsets(section)]


def annotate_card(
    card: Card, texts: list[AnnotatedText], docs: list[Doc], links: list[Link]
) -> tuple[list[Entity], list[Contact], list[DocumentWarning]]:
    region = card.nominee.country.code if card.nominee.country else None
    places = address_places(texts[0].text) | towns_after_bodies(text.text for text in texts)
    listed = [
        [without_place_after(text.text, f, places) for f in listed_names(text, card)]
        for text in texts
    ]
    declared = declared_organisations(texts)
    acronyms = card_acronyms(texts, [f for found in listed for f in found], declared)
    listed = [
        [expand_listed(text, f, acronyms) for f in found]
        for text, found in zip(texts, listed, strict=True)
    ]
    known = listed_org_names(texts, listed)
    names = [
        names_in(text, doc, acronyms, text_listed, declared, known)
        for text, doc, text_listed in zip(texts, docs, listed, strict=True)
    ]
    names = drop_persons_named_like_places(texts, docs, names)
    names = complete_person_names(texts, drop_persons_named_like_orgs(texts, names))
    evidence = NameEvidence(acronyms, declared, known)
    entities: list[Entity] = []
    warnings: list[DocumentWarning] = []
    contacts: list[Contact] = []
    for text, text_names, text_listed in zip(texts, names, listed, strict=True):
        page_links = [link for link in links if link.page in text.pages]
        found = [
            *emails_in(text.text, page_links),
            *phones_in(text.text, region),
            *urls_in(text.text, page_links),
            *countries_in(text, [n for n in text_names if n.label == "ORG"]),
            *text_names,
        ]
        ruled = evidence.reasons(text, text_listed)
        entities.extend(
            with_reason(to_entity(text, item), reason_of(item, ruled)) for item in found
        )
        warnings.extend(phone_warnings(card, text, found))
        if text.holds_contacts:
            contacts.extend(assemble_contacts(text, found))
    rate_card(entities, texts, region)
    entities.sort(key=entity_order)
    return entities, contacts, warnings


def entity_order(entity: Entity) -> tuple[int, int, str, int, str]:
    section = -1 if entity.section is None else entity.section
    return section, entity.start, entity.label, entity.end, entity.normalized


def to_entity(text: AnnotatedText, item: Found) -> Entity:
    return Entity(
        label=item.label,
        text=text.text[item.start : item.end],
        normalized=item.normalized,
        section=text.number,
        page=text.page_at(item.start),
        start=item.start,
        end=item.end,
        source=item.source,
        demonym=item.demonym,
        in_name=item.in_name,
        fax=item.fax,
        possible_only=item.possible_only,
    )


def phone_warnings(
    card: Card, text: AnnotatedText, found: list[Found]
) -> Iterator[DocumentWarning]:
    where = f"card {card.letter}" if card.letter else "card"
    place = "nominee block" if text.section is None else f"section {text.number}"
    for item in found:
        if item.label == "PHONE" and item.possible_only:
            written = text.text[item.start : item.end]
            yield DocumentWarning(
                code="phone_possible_only",
                message=f"{where}, {place}: {written!r} is not a valid number under today's "
                f"numbering plan; kept as {item.normalized}",
                page=text.page_at(item.start),
            )
