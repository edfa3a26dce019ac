"""Reading output folders into the catalogue: every document that reads, every problem named,
nothing depending on the order the folders were given in."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.catalogue import model
from pipeline.catalogue.contacts import merge_contacts, sightings
from pipeline.catalogue.organisations import Mention, resolve
from pipeline.country_names import display_name
from pipeline.inputs import MANIFEST_NAME
from pipeline.models import Card, Document
from pipeline.outputs import (
    OutputReadError,
    document_paths,
    failed_entries,
    read_document,
    source_paths,
)
from pipeline.redact import phone_digits, redact_strings
from pipeline.report import page_name
from pipeline.report_document import document_title
from pipeline.voice import shown

REPORTS = "documents"  # the site's folder of per-document review pages


@dataclass(frozen=True)
class Folder:
    label: str  # unique in the catalogue, from the folder's name
    path: Path


@dataclass
class Read:
    """What the folders gave: documents by folder, and what could not be read."""

    documents: list[tuple[Folder, str, Document]] = field(default_factory=list)
    problems: list[model.Problem] = field(default_factory=list)


def folders_of(paths: Sequence[Path]) -> list[Folder]:
    """One folder per distinct path, labelled by its name ("output", "output-2" for a second
    folder of that name), in the order of their full paths, whatever the command's order."""
    unique = sorted({path.resolve(): path for path in paths}.items())
    taken: set[str] = set()
    found: list[Folder] = []
    for resolved, given in unique:
        base = re.sub(r"[^\w.\-]+", "-", resolved.name or "output").strip("-") or "output"
        label, number = base, 1
        while label in taken:
            number += 1
            label = f"{base}-{number}"
        taken.add(label)
        found.append(Folder(label, given))
    return found


def read_folders(folders: Sequence[Folder]) -> Read:
    read = Read()
    for folder in folders:
        files = document_paths([folder.path], allow_empty=True)
        if not files:
            read.problems.append(
                model.Problem(path=shown(folder.path), message="no JSON documents")
            )
        for file in files:
            try:
                read.documents.append((folder, file.name, read_document(file)))
            except OutputReadError as exc:
                read.problems.append(model.Problem(path=shown(file), message=str(exc)))
    return read


def build_catalogue(folders: Sequence[Folder], read: Read, redact: bool = False) -> model.Catalogue:
    sources = {folder.label: source_paths(_directory(folder)) for folder in folders}
    documents: list[model.DocumentEntry] = []
    nominations: list[model.Nomination] = []
    cards: list[tuple[str, Card]] = []
    for folder, json_name, document in read.documents:
        entry = _document_entry(folder, json_name, document, sources[folder.label])
        documents.append(entry)
        for number, card in enumerate(document.cards, start=1):
            nominations.append(_nomination(entry, number, card))
            cards.append((nominations[-1].id, card))
    organisations = _organisations(read.documents, nominations)
    catalogue = model.Catalogue(
        redacted=redact,
        summary=_summary(folders, read),
        documents=documents,
        nominations=nominations,
        organisations=organisations,
        countries=_countries(nominations),
        contacts=merge_contacts(sightings(cards)),
    )
    if not redact:
        return catalogue
    numbers = frozenset().union(*(phone_digits(d) for _, _, d in read.documents))
    return model.Catalogue.model_validate(redact_strings(catalogue.model_dump(), numbers))


def _directory(folder: Folder) -> Path:
    return folder.path if folder.path.is_dir() else folder.path.parent


def _document_entry(
    folder: Folder, json_name: str, document: Document, sources: dict[str, str]
) -> model.DocumentEntry:
    return model.DocumentEntry(
        id=f"{folder.label}/{Path(json_name).stem}",
        folder=folder.label,
        json_file=json_name,
        source=sources.get(json_name, document.source.file),
        sha256=document.source.sha256,
        title=document_title(document),
        pages=document.source.pages,
        cards=len(document.cards),
        warnings=len(document.warnings),
        report=f"{REPORTS}/{folder.label}/{page_name(json_name)}",
    )


def _nomination(entry: model.DocumentEntry, number: int, card: Card) -> model.Nomination:
    nominee = card.nominee
    countries = {e.normalized for e in card.entities if e.label == "COUNTRY"}
    if nominee.country:
        countries.add(nominee.country.code)
    return model.Nomination(
        id=f"{entry.id}#{number}",
        document=entry.id,
        card=number,
        letter=card.letter,
        title=card.title,
        source=entry.source,
        nominee=nominee.name,
        nominee_country=nominee.country.code if nominee.country else None,
        organisation=nominee.affiliation,
        sections=list(dict.fromkeys(section.key for section in card.sections)),
        entities=len(card.entities),
        countries=sorted(code for code in countries if re.fullmatch(r"[A-Z]{2}", code)),
        report=f"{entry.report}#card-{number}",
    )


def _organisations(
    documents: Sequence[tuple[Folder, str, Document]], nominations: list[model.Nomination]
) -> list[model.Organisation]:
    mentions: list[Mention] = []
    cards = iter(nominations)
    for folder, json_name, document in documents:
        document_id = f"{folder.label}/{Path(json_name).stem}"
        for card in document.cards:
            nomination = next(cards).id
            mentions.extend(
                Mention(document_id, nomination, e.text, e.normalized)
                for e in card.entities
                if e.label == "ORG"
            )
    by_id = {nomination.id: nomination for nomination in nominations}
    found: list[model.Organisation] = []
    for number, entry in enumerate(resolve(mentions), start=1):
        org_id = f"org-{number:04d}"
        named_in = sorted(entry.nominations)
        for nomination in named_in:
            by_id[nomination].organisations.append(org_id)
        countries = {by_id[n].nominee_country for n in named_in} - {None}
        found.append(
            model.Organisation(
                id=org_id,
                name=entry.name,
                aliases=[model.Alias(text=t, mentions=c) for t, c in sorted(entry.aliases.items())],
                merges=[model.Merge.model_validate(vars(merge)) for merge in entry.merges],
                nominations=[
                    model.NominationCount(nomination=n, mentions=entry.nominations[n])
                    for n in named_in
                ],
                mentions=sum(entry.nominations.values()),
                countries=sorted(code for code in countries if code),
                ambiguous=entry.ambiguous,
            )
        )
    return found


def _countries(nominations: Sequence[model.Nomination]) -> list[model.CountryEntry]:
    named: dict[str, list[str]] = defaultdict(list)
    nominee_of: dict[str, list[str]] = defaultdict(list)
    for nomination in nominations:
        for code in nomination.countries:
            named[code].append(nomination.id)
        if nomination.nominee_country:
            nominee_of[nomination.nominee_country].append(nomination.id)
    return [
        model.CountryEntry(
            code=code, name=display_name(code), nominations=named[code], nominee_of=nominee_of[code]
        )
        for code in sorted(named)
    ]


def _summary(folders: Sequence[Folder], read: Read) -> model.Summary:
    per_folder: list[model.FolderSummary] = []
    failed: list[model.FailedInput] = []
    for folder in folders:
        own = [document for f, _, document in read.documents if f == folder]
        failures = failed_entries(_directory(folder))
        failed += [
            model.FailedInput(
                folder=folder.label, path=e.path, error_code=e.error_code, message=e.message
            )
            for e in failures
        ]
        per_folder.append(
            model.FolderSummary(
                folder=folder.label,
                path=shown(folder.path),
                documents=len(own),
                cards=sum(len(d.cards) for d in own),
                pages=sum(d.source.pages for d in own),
                warnings=sum(len(d.warnings) for d in own),
                failed=len(failures),
                manifest=(_directory(folder) / MANIFEST_NAME).is_file(),
            )
        )
    return model.Summary(
        documents=sum(f.documents for f in per_folder),
        cards=sum(f.cards for f in per_folder),
        pages=sum(f.pages for f in per_folder),
        warnings=sum(f.warnings for f in per_folder),
        folders=per_folder,
        failed=failed,
        problems=read.problems,
    )
