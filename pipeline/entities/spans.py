"""What the rules pass around: an entity found at offsets in one text of a card (Found),
the text with its section and pages (AnnotatedText), a card's acronyms (Acronyms), and the
text helpers they share."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from pipeline.acronyms import AcronymDefinition
from pipeline.countries import CountryMention
from pipeline.models import EntityLabel, EntitySource, Section


@dataclass(frozen=True)
class Found:
    """An entity before it becomes a model object: offsets into one annotated text."""

    label: EntityLabel
    start: int
    end: int
    normalized: str
    source: EntitySource
    demonym: bool = False
    in_name: bool = False  # COUNTRY: inside an organisation's name
    fax: bool = False
    possible_only: bool = False


@dataclass
class AnnotatedText:
    """One text of a card (the nominee block or a section) and where its characters sit."""

    section: Section | None
    text: str
    default_page: int
    block_starts: list[tuple[int, int]] = field(default_factory=list)  # (offset, page)
    countries: list[CountryMention] = field(default_factory=list)
    holds_contacts: bool = False  # a contacts section by its key or by the shape of its lines

    @property
    def number(self) -> int | None:
        return self.section.number if self.section else None

    @property
    def key(self) -> str | None:
        return self.section.key if self.section else None

    @property
    def pages(self) -> range:
        if self.section is None:
            return range(self.default_page, self.default_page + 1)
        return range(self.section.pages.start, self.section.pages.end + 1)

    def page_at(self, offset: int) -> int:
        page = self.default_page
        for start, block_page in self.block_starts:
            if start > offset:
                break
            page = block_page
        return page


@dataclass(frozen=True)
class Acronyms:
    """A card's acronym definitions, split by whether the long form names an organisation."""

    orgs: dict[str, AcronymDefinition]
    others: dict[str, AcronymDefinition]  # "KPI" -> "Key Performance Indicator"
    # Other spellings of an organisation's long form in the same card, as (short, long).
    variants: list[tuple[str, str]] = field(default_factory=list)

    def long_form(self, name: str) -> str | None:
        """The full name an organisation's written name stands for, if the card spells it."""
        if name in self.orgs:
            return self.orgs[name].long
        for definition in self.orgs.values():
            if definition.long in name:
                rest = name.replace(definition.long, "").replace(definition.short, "")
                if not re.search(r"\w", rest):  # "OIF - Organisation ...", "Name (ACR)"
                    return definition.long
        return None


def block_offsets(section: Section) -> Iterator[tuple[int, int, int]]:
    """(start, end, index) of each block in the section text (blocks are joined in order)."""
    cursor = 0
    for index, block in enumerate(section.blocks):
        position = section.text.find(block.text, cursor)
        if position < 0:
            continue
        cursor = position + len(block.text)
        yield position, cursor, index


def lines_with_offsets(text: str) -> Iterator[tuple[int, str]]:
    offset = 0
    for line in text.split("\n"):
        yield offset, line
        offset += len(line) + 1


def line_around(text: str, start: int, end: int | None = None) -> str:
    """The whole line (or lines) of `text` that holds [start, end)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start if end is None else end)
    return text[line_start : line_end if line_end >= 0 else len(text)]


def overlaps(start: int, end: int, other_start: int, other_end: int) -> bool:
    return start < other_end and other_start < end


def comma_parts(line: str, keep: Sequence[tuple[int, int]] = ()) -> Iterator[tuple[int, str]]:
    """Parts of a list line split at commas and semicolons that are not inside brackets
    nor inside a `keep` span."""
    depth, start = 0, 0
    for position, ch in enumerate(line + ","):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        at_end = position == len(line)  # an unclosed "(" does not swallow the rest
        if at_end or (ch in ",;" and depth <= 0 and not any(s <= position < e for s, e in keep)):
            yield start, line[start:position]
            start = position + 1
