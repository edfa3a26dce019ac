"""What a corrections file holds: per card, a list of operations, each checked by a model
(unknown fields are an error, as in the output models)."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from pipeline.models import CorrectionOperation, CorrectionRef, EntityLabel, SectionKey

# Where an entity is: a section number, or "nominee" for the nominee block.
Where = int | Literal["nominee"]


class Operation(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class DropEntity(Operation):
    """Drop every entity with this label written (or normalised) as `text`."""

    label: EntityLabel
    text: str = Field(min_length=1)
    section: Where | None = None


class AddEntity(Operation):
    """Add an entity where `text` is written in the card (the first place, or in `section`)."""

    label: EntityLabel
    text: str = Field(min_length=1)
    normalized: str | None = None
    section: Where | None = None


class RelabelEntity(Operation):
    label: EntityLabel
    text: str = Field(min_length=1)
    to: EntityLabel
    section: Where | None = None
    normalized: str | None = None


class SetNominee(Operation):
    """Nominee fields to set; the country as an ISO code or a name."""

    name: str | None = None
    honorific: str | None = None
    affiliation: str | None = None
    country: str | None = None
    phones: list[str] | None = None
    faxes: list[str] | None = None
    emails: list[str] | None = None

    @field_validator("phones", "faxes")
    @classmethod
    def e164(cls, numbers: list[str] | None) -> list[str] | None:
        for number in numbers or []:
            if not re.fullmatch(r"\+[1-9]\d{5,14}", number):
                raise ValueError(f"{number!r} is not an E.164 number such as +639177197498")
        return numbers

    @model_validator(mode="after")
    def some_field(self) -> SetNominee:
        if not self.model_fields_set:
            raise ValueError("names no field to set (name, honorific, affiliation, country, ...)")
        return self


class SetSectionKey(Operation):
    section: int
    key: SectionKey


class RenameOrganisation(Operation):
    """Give every organisation normalised as one of `from` the name `to` (a merge when
    `from` lists several)."""

    from_: str | list[str] = Field(alias="from")
    to: str = Field(min_length=1)

    def names(self) -> list[str]:
        return [self.from_] if isinstance(self.from_, str) else list(self.from_)


class DropContact(Operation):
    name: str = Field(min_length=1)
    section: int | None = None


class AddContact(Operation):
    name: str = Field(min_length=1)
    role: str | None = None
    organization: str | None = None
    emails: list[str] = Field(default_factory=list)
    phones: list[str] = Field(default_factory=list)
    section: int | None = None


OPERATIONS: dict[str, type[Operation]] = {
    "drop": DropEntity,
    "add": AddEntity,
    "relabel": RelabelEntity,
    "nominee": SetNominee,
    "section_key": SetSectionKey,
    "rename_org": RenameOrganisation,
    "drop_contact": DropContact,
    "add_contact": AddContact,
}


@dataclass(frozen=True)
class Correction:
    """One operation on one card, and where the file writes it."""

    id: str
    card: str
    operation: CorrectionOperation
    params: Operation
    line: int  # 1-based

    def ref(self) -> CorrectionRef:
        return CorrectionRef(
            id=self.id,
            card=self.card,
            operation=self.operation,
            what=describe(self.operation, self.params),
            line=self.line,
        )


@dataclass(frozen=True)
class CorrectionsFile:
    """A parsed corrections file."""

    path: str  # as shown in messages
    name: str  # the file's own name, as the output records it
    sha256: str  # of the file's bytes
    source_file: str
    source_sha256: str
    source_line: int
    corrections: tuple[Correction, ...]

    def where(self, line: int) -> str:
        return f"{self.path}:{line}"


def describe(operation: str, params: Operation) -> str:
    """The correction in words, for the output, the report and `diff`."""
    fields = params.model_dump(mode="json", by_alias=True, exclude_unset=True)
    place = fields.get("section")
    where = (
        ""
        if place is None
        else f" in {'the nominee block' if place == 'nominee' else f'section {place}'}"
    )
    if operation in ("drop", "add", "relabel"):
        to = f" as {fields['to']}" if operation == "relabel" else ""
        return f"{operation} {fields['label']} “{fields['text']}”{where}{to}"
    if operation == "nominee":
        return "set nominee " + ", ".join(
            f"{key}: {value}" for key, value in sorted(fields.items())
        )
    if operation == "section_key":
        return f"set the key of section {fields['section']} to {fields['key']}"
    if operation == "rename_org":
        names = fields["from"] if isinstance(fields["from"], list) else [fields["from"]]
        return f"rename organisation {', '.join(f'“{n}”' for n in names)} to “{fields['to']}”"
    verb = "drop" if operation == "drop_contact" else "add"
    return f"{verb} contact “{fields['name']}”{where}"


def derived_id(card: str, operation: str, params: Operation) -> str:
    """A stable id from the content: '<card>-<operation>-<8 hex>'; reordering the file or
    adding other corrections keeps it."""
    content = json.dumps(
        params.model_dump(mode="json", by_alias=True, exclude_unset=True), sort_keys=True
    )
    digest = hashlib.sha256(f"{card}\n{operation}\n{content}".encode()).hexdigest()[:8]
    return f"{card}-{operation}-{digest}"
