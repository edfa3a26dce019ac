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
EntitySource = Literal["model", "rule", "link", "correction"]
# The rule an entity was found by (docs/decisions.md, "Confidence bands").
EntityReason = Literal[
    "email_pattern",
    "url_pattern",
    "link",
    "phone_number",
    "country_name",
    "demonym",
    "layout",
    "acronym_definition",
    "defined_acronym",
    "igo_table",
    "honorific",
    "card_name",
    "declared_name",
    "model",
    "correction",
]
Confidence = Literal["high", "medium", "low"]
CountrySource = Literal["field", "affiliation", "block", "phone", "correction"]
NomineeField = Literal["name", "honorific", "affiliation", "country", "phones", "faxes", "emails"]


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
    sources: dict[NomineeField, Literal["correction"]] = Field(
        default_factory=dict,
        exclude_if=lambda sources: not sources,
        description="Fields set by a correction (corrections/); omitted when none is.",
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
    key_source: Literal["correction"] | None = Field(
        default=None,
        exclude_if=lambda source: source is None,
        description="'correction' when a correction set the key; omitted otherwise.",
    )


class Entity(Model):
    label: EntityLabel
    text: str = Field(description="As written in the source text.")
    normalized: str
    section: int | None = Field(description="Section number; null for the nominee block.")
    page: int = Field(ge=1)
    start: int = Field(ge=0, description="Offset into the section text (or nominee text).")
    end: int = Field(ge=0)
    source: EntitySource
    reason: EntityReason | None = Field(
        default=None, description="The rule the entity was found by (null in older outputs)."
    )
    confidence: Confidence | None = Field(
        default=None,
        description="How far a reviewer can trust it, from the reason and the written span; "
        "'low' ones make the review queue (null in older outputs).",
    )
    demonym: bool = Field(
        default=False, description="COUNTRY only: the mention is an adjective ('Filipino')."
    )
    in_name: bool = Field(
        default=False,
        exclude_if=lambda flag: not flag,
        description="COUNTRY only: named inside an organisation's name ('Malawi Rural Finance "
        "Trust'), still a country of the card; omitted when false.",
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
    source: Literal["correction"] | None = Field(
        default=None,
        exclude_if=lambda source: source is None,
        description="'correction' for a contact a correction added; omitted otherwise.",
    )


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
    "stale_correction",
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
    code: str = Field(
        default="",
        description="Fingerprint of the pipeline's code and data files "
        "(pipeline/fingerprint.py); empty in documents written before it existed.",
    )
    reader: Literal["pdfplumber", "pdfium"] = Field(
        default="pdfplumber",
        description="The character reader: outputs of one are not taken for the other's "
        "(documents written before it was recorded were read by pdfplumber).",
    )


CorrectionOperation = Literal[
    "drop",
    "add",
    "relabel",
    "nominee",
    "section_key",
    "rename_org",
    "drop_contact",
    "add_contact",
]


class CorrectionRef(Model):
    """One correction of the corrections file, as the output records it."""

    id: str = Field(description="Given in the file, or derived from the card and the content.")
    card: str = Field(description="The card letter, or its position for an unlettered card.")
    operation: CorrectionOperation
    what: str = Field(description="The correction in words: 'drop ORG “X” in section 3'.")
    line: int = Field(ge=1, description="Line of the corrections file where it is written.")


class Corrections(Model):
    """The human corrections applied to this document (corrections/<stem>.yaml)."""

    file: str = Field(description="The corrections file's name.")
    sha256: str = Field(
        pattern=r"^[0-9a-f]{64}$",
        description="Of the corrections file's bytes: an edit makes the output out of date.",
    )
    applied: list[CorrectionRef] = Field(default_factory=list)
    stale: list[CorrectionRef] = Field(
        default_factory=list,
        description="Corrections that matched nothing (each also a stale_correction warning).",
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
    corrections: Corrections | None = Field(
        default=None,
        exclude_if=lambda corrections: corrections is None,
        description="Human corrections applied last; omitted when the document has none.",
    )
