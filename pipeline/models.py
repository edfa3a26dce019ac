"""The typed output document. The JSON Schema in schemas/ is generated from these models."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION: Literal["1.0"] = "1.0"

SectionKey = Literal[
    "description",
    "main_partners",
    "horizontal_cooperation",
    "achievements_impact",
    "sustainability",
    "innovation",
    "replicability_scaling_up",
    "areas_of_contribution",
    "awareness",
    "contacts",
    "ilo_contacts",
    "other",
]
BlockType = Literal["paragraph", "list_item", "subheading", "footnote"]
EntityLabel = Literal["ORG", "PERSON", "EMAIL", "PHONE", "COUNTRY", "URL"]
EntitySource = Literal["model", "rule", "link"]
CountrySource = Literal["field", "affiliation", "phone"]


class Model(BaseModel):
    """Base: unknown fields are an error, so a typo never slips into the output."""

    model_config = ConfigDict(extra="forbid")


class PageSpan(Model):
    start: int = Field(ge=1, description="First page (1-based, as printed by a PDF viewer).")
    end: int = Field(ge=1, description="Last page (1-based).")


class Country(Model):
    code: str = Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2 code.")
    name: str
    source: CountrySource = Field(description="Where the country was found.")


class Nominee(Model):
    name: str | None = None
    honorific: str | None = None
    affiliation: str | None = None
    country: Country | None = None
    phones: list[str] = Field(default_factory=list, description="E.164 numbers.")
    faxes: list[str] = Field(default_factory=list, description="E.164 numbers.")
    emails: list[str] = Field(default_factory=list, description="Lower-cased addresses.")
    text: str = Field(
        default="",
        description="The nominee block as clean text, one field per line; entity offsets "
        "with section null index into it.",
    )


class Block(Model):
    type: BlockType
    text: str
    marker: str | None = Field(default=None, description="List marker as written, e.g. '(1)'.")
    page: int = Field(ge=1)
    ocr: bool = Field(
        default=False,
        exclude_if=lambda flag: not flag,
        description="On a page recognised by OCR; omitted when false.",
    )


class Section(Model):
    number: int | None = None
    key: SectionKey
    heading: str
    pages: PageSpan
    text: str = Field(
        description="Blocks joined: paragraphs separated by a blank line, list items one per line."
    )
    blocks: list[Block] = Field(default_factory=list)


class Entity(Model):
    label: EntityLabel
    text: str = Field(description="As written in the source text.")
    normalized: str
    section: int | None = Field(description="Section number; null for the nominee block.")
    page: int = Field(ge=1)
    start: int = Field(ge=0, description="Offset into the section text (or nominee text).")
    end: int = Field(ge=0)
    source: EntitySource
    demonym: bool = Field(
        default=False, description="COUNTRY only: the mention is an adjective ('Filipino')."
    )
    fax: bool = Field(default=False, description="PHONE only: the number is a fax line.")
    possible_only: bool = Field(
        default=False,
        description="PHONE only: possible but not valid under today's numbering plan.",
    )
    ocr: bool = Field(
        default=False,
        exclude_if=lambda flag: not flag,
        description="Found on a page recognised by OCR; omitted when false.",
    )


class Contact(Model):
    name: str
    role: str | None = None
    organization: str | None = None
    emails: list[str] = Field(default_factory=list)
    phones: list[str] = Field(default_factory=list)
    section: int | None = None


class Card(Model):
    letter: str | None = None
    title: str
    pages: PageSpan
    nominee: Nominee
    sections: list[Section] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    contacts: list[Contact] = Field(default_factory=list)


class TocEntry(Model):
    label: str = Field(description="Card letter or section number as printed.")
    title: str
    page: int | None = None
    level: int = Field(default=1, ge=1, description="1 for a card, 2 for a section.")


class FrontMatter(Model):
    title: str | None = None
    toc: list[TocEntry] = Field(default_factory=list)
    text: str = Field(default="", description="Cover and introduction text, one line per line.")
    pages: PageSpan | None = None


# Every code a document's warning can carry (the schema lists them, so a new code is a
# schema change that a reviewer sees).
WarningCode = Literal[
    "card_unstructured",
    "form_fields",
    "layer_unreadable",
    "no_cards",
    "no_text_layer",
    "ocr_failed",
    "ocr_page_too_large",
    "page_over_limit",
    "phone_possible_only",
    "unknown_label",
]


# Not named `Warning`: that is a built-in.
class DocumentWarning(Model):
    """Something a reader of the document should know: a page without text, a label the
    form does not know, a page over a work cap."""

    code: WarningCode
    message: str
    page: int | None = None


class OcrPage(Model):
    """A page whose text was recognised from its image, not read from a text layer."""

    page: int = Field(ge=1)
    engine: str = Field(description="The OCR engine, e.g. 'tesseract'.")
    engine_version: str
    dpi: int = Field(ge=1, description="Resolution the page image was rendered at.")
    confidence: float = Field(
        ge=0, le=100, description="The engine's mean word confidence (0-100), by word length."
    )
    words: int = Field(ge=0)


class Source(Model):
    file: str
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    pages: int = Field(ge=0)


class PipelineInfo(Model):
    version: str
    spacy_model: str
    reader: Literal["pdfplumber", "pdfium"] = Field(
        default="pdfplumber",
        description="The character reader: outputs of one are not taken for the other's "
        "(documents written before it was recorded were read by pdfplumber).",
    )


class Document(Model):
    schema_version: Literal["1.0"] = SCHEMA_VERSION
    source: Source
    pipeline: PipelineInfo
    front_matter: FrontMatter | None = None
    cards: list[Card] = Field(default_factory=list)
    warnings: list[DocumentWarning] = Field(default_factory=list)
    ocr_pages: list[OcrPage] = Field(
        default_factory=list,
        exclude_if=lambda pages: not pages,
        description="Pages recognised by OCR; omitted when every page had a text layer.",
    )
