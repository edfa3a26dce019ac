"""The typed catalogue (catalogue.json). schemas/catalogue.schema.json is generated from these
models (`python -m pipeline.catalogue.schema`), like the document schema."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from pipeline.models import Model, SectionKey

CATALOGUE_VERSION: Literal["1.0"] = "1.0"


class DocumentEntry(Model):
    id: str = Field(description="Folder label and JSON file stem: 'output/gssd2014'.")
    folder: str = Field(description="The output folder's label in this catalogue.")
    json_file: str
    source: str = Field(description="The input path the run manifest records, else the PDF name.")
    sha256: str
    title: str
    pages: int = Field(ge=0)
    cards: int = Field(ge=0)
    warnings: int = Field(ge=0)
    report: str = Field(description="The document's review page, relative to the site.")


class Nomination(Model):
    id: str = Field(description="Document id and card number: 'output/gssd2014#1'.")
    document: str
    card: int = Field(ge=1)
    letter: str | None = None
    title: str
    source: str
    nominee: str | None = None
    nominee_country: str | None = Field(default=None, description="ISO 3166-1 alpha-2.")
    organisation: str | None = Field(default=None, description="The nominee's affiliation.")
    sections: list[SectionKey] = Field(default_factory=list)
    entities: int = Field(ge=0)
    organisations: list[str] = Field(default_factory=list, description="Organisation ids.")
    countries: list[str] = Field(default_factory=list, description="Codes named in the card.")
    report: str = Field(description="The card on its document's review page.")


class Alias(Model):
    text: str
    mentions: int = Field(ge=1)


class Merge(Model):
    alias: str
    rule: Literal[
        "same normalised name",
        "acronym definition",
        "acronym defined in another document",
        "near-identical spelling",
        "normalised by the pipeline",
        "completed in the same document",
    ]
    evidence: str


class NominationCount(Model):
    nomination: str
    mentions: int = Field(ge=1)


class Organisation(Model):
    id: str
    name: str
    aliases: list[Alias]
    merges: list[Merge] = Field(description="How each other name joined this entry.")
    nominations: list[NominationCount]
    mentions: int = Field(ge=1)
    countries: list[str] = Field(description="Nominee countries of the nominations naming it.")
    ambiguous: list[str] = Field(
        default_factory=list,
        description="An acronym defined differently by several documents: its long forms "
        "(none of which it joined).",
    )


class CountryEntry(Model):
    code: str = Field(pattern=r"^[A-Z]{2}$")
    name: str
    nominations: list[str] = Field(description="Nominations naming the country.")
    nominee_of: list[str] = Field(description="Nominations whose nominee is in the country.")


class Contact(Model):
    id: str
    name: str
    names: list[str] = Field(description="Every spelling of the name met.")
    kinds: list[Literal["nominee", "contact", "ilo_contact"]]
    roles: list[str] = Field(default_factory=list)
    organisations: list[str] = Field(default_factory=list)
    emails: list[str] = Field(default_factory=list)
    phones: list[str] = Field(default_factory=list)
    faxes: list[str] = Field(default_factory=list)
    nominations: list[str]
    merged_by: list[Literal["e-mail", "name and affiliation"]] = Field(
        default_factory=list, description="How the entries of several cards became this one."
    )


class FailedInput(Model):
    folder: str
    path: str
    error_code: str | None = None
    message: str | None = None


class Problem(Model):
    """Something the catalogue could not read; the rest was catalogued."""

    path: str
    message: str


class FolderSummary(Model):
    folder: str
    path: str
    documents: int = Field(ge=0)
    cards: int = Field(ge=0)
    pages: int = Field(ge=0)
    warnings: int = Field(ge=0)
    failed: int = Field(ge=0)
    manifest: bool = Field(description="Whether the folder has a run manifest.")


class Summary(Model):
    documents: int = Field(ge=0)
    cards: int = Field(ge=0)
    pages: int = Field(ge=0)
    warnings: int = Field(ge=0)
    folders: list[FolderSummary]
    failed: list[FailedInput] = Field(default_factory=list)
    problems: list[Problem] = Field(default_factory=list)


class Catalogue(Model):
    catalogue_version: Literal["1.0"] = CATALOGUE_VERSION
    redacted: bool = Field(description="Personal e-mails and phone numbers replaced by markers.")
    summary: Summary
    documents: list[DocumentEntry]
    nominations: list[Nomination]
    organisations: list[Organisation]
    countries: list[CountryEntry]
    contacts: list[Contact]
