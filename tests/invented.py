"""Invented nomination documents for the catalogue tests, built through the output models:
each card names its organisations (as written, and as the pipeline normalised them), its
countries and its contact people."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.models import (
    Card,
    Contact,
    Country,
    Document,
    Entity,
    Nominee,
    PageSpan,
    PipelineInfo,
    Section,
    Source,
)
from pipeline.write import document_to_json


@dataclass
class InventedCard:
    title: str
    orgs: Sequence[tuple[str, str]] = ()  # (as written, normalised)
    countries: Sequence[str] = ()  # ISO codes named in the text
    nominee: str | None = None
    nominee_country: str | None = None
    contacts: Sequence[Contact] = field(default_factory=list)
    text: str = ""  # extra section text (phones, e-mails)


def invented_document(file: str, cards: Sequence[InventedCard]) -> Document:
    built: list[Card] = []
    for number, spec in enumerate(cards, start=1):
        text, entities = "", []
        for written, normalized in spec.orgs:
            entities.append(_entity("ORG", text, written, normalized))
            text += written + ". "
        for code in spec.countries:
            entities.append(_entity("COUNTRY", text, code, code))
            text += code + ". "
        text += spec.text
        country = (
            Country(code=spec.nominee_country, name=spec.nominee_country, source="field")
            if spec.nominee_country
            else None
        )
        built.append(
            Card(
                letter=chr(ord("A") + number - 1),
                title=spec.title,
                pages=PageSpan(start=number, end=number),
                nominee=Nominee(name=spec.nominee, country=country),
                sections=[
                    Section(
                        number=1,
                        key="description",
                        heading="Description",
                        pages=PageSpan(start=number, end=number),
                        text=text,
                    )
                ],
                entities=entities,
                contacts=list(spec.contacts),
            )
        )
    return Document(
        source=Source(
            file=file, sha256=hashlib.sha256(file.encode()).hexdigest(), pages=len(cards)
        ),
        pipeline=PipelineInfo(version="0.0.0", spacy_model="en_core_web_sm-3.8.0"),
        cards=built,
    )


def _entity(label: str, text: str, written: str, normalized: str) -> Entity:
    start = len(text)
    return Entity(
        label=label,  # type: ignore[arg-type]
        text=written,
        normalized=normalized,
        section=1,
        page=1,
        start=start,
        end=start + len(written),
        source="rule",
    )


def write_documents(folder: Path, documents: dict[str, Document]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, document in documents.items():
        (folder / name).write_bytes(document_to_json(document))
    return folder
