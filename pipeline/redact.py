"""The redacted edition: a document without the personal e-mail addresses and phone and fax
numbers of its nominees and contact people, fit for publishing. Shared by `report`,
`export` and `catalogue` (each renders the redacted document, so no renderer can leak).

The rule (docs/decisions.md): every phone and fax number the document records anywhere (the
nominee's, the contacts', every PHONE entity) is replaced by PHONE_MARKER wherever it is
written, in any grouping (digits compared without separators, trunk prefix or country code).
Every e-mail address is replaced by EMAIL_MARKER unless its local part is an
organisation-wide mailbox (`role_mailbox` in pipeline/data/vocabulary.tsv: info@, office@,
secretariat@, ...). Names, roles and organisations stay. Entity offsets are moved so that
they still index the redacted text.
"""

from __future__ import annotations

import argparse
import re
from bisect import bisect_right
from collections.abc import Iterable
from typing import Any

import phonenumbers

from pipeline.models import Card, Document
from pipeline.vocabulary import words

EMAIL_MARKER = "[e-mail removed]"
PHONE_MARKER = "[phone removed]"
MARKERS = (EMAIL_MARKER, PHONE_MARKER)
ROLE_MAILBOXES = words("role_mailbox")

# An address as text may write it (the pipeline lower-cases its own copies).
EMAIL = re.compile(r"[\w.%+'\-]+@[\w\-]+(?:\.[\w\-]+)+")
# A run of digits with the separators numbers are written with: "+63 (2) 912-34.56".
DIGIT_RUN = re.compile(r"\+?\(?\d[\d \t\u00a0().\-/–]*\d")
_MIN_NUMBER_DIGITS = 5  # shorter national numbers are matched on their full written digits
_NOT_REDACTED_KEYS = frozenset({"sha256"})


def is_role_address(address: str) -> bool:
    """'info@example.org' (an organisation's door) rather than a person's address."""
    local = address.split("@", 1)[0].casefold().split("+", 1)[0]
    return local in ROLE_MAILBOXES


def phone_digits(document: Document) -> frozenset[str]:
    """The digits that identify each phone number of the document: its national number
    (what every written form holds, whatever the grouping, trunk prefix or country code)."""
    numbers: set[str] = set()
    for card in document.cards:
        numbers.update(_card_numbers(card))
    found: set[str] = set()
    for number in numbers:
        digits = re.sub(r"\D", "", number)
        try:
            national = str(phonenumbers.parse(number, None).national_number)
        except phonenumbers.NumberParseException:
            national = digits.lstrip("0")
        found.add(national if len(national) >= _MIN_NUMBER_DIGITS else digits)
    return frozenset(number for number in found if number)


def _card_numbers(card: Card) -> Iterable[str]:
    yield from card.nominee.phones
    yield from card.nominee.faxes
    for contact in card.contacts:
        yield from contact.phones
    for entity in card.entities:
        if entity.label == "PHONE":
            yield entity.normalized if entity.normalized.startswith("+") else entity.text


Replacement = tuple[int, int, str]  # start, end, marker


def replacements(text: str, numbers: frozenset[str]) -> list[Replacement]:
    """Where `text` writes a personal address or number, in order, without overlaps."""
    found: list[Replacement] = [
        (m.start(), m.end(), EMAIL_MARKER)
        for m in EMAIL.finditer(text)
        if not is_role_address(m.group())
    ]
    for match in DIGIT_RUN.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if any(number in digits for number in numbers) and not _inside(found, match.start()):
            found.append((match.start(), match.end(), PHONE_MARKER))
    return sorted(found)


def _inside(found: list[Replacement], position: int) -> bool:
    return any(start <= position < end for start, end, _ in found)


def redact_text(text: str, numbers: frozenset[str]) -> str:
    return _apply(text, replacements(text, numbers))


def _apply(text: str, found: list[Replacement]) -> str:
    parts: list[str] = []
    cursor = 0
    for start, end, marker in found:
        parts += [text[cursor:start], marker]
        cursor = end
    return "".join(parts) + text[cursor:]


class OffsetMap:
    """Moves an offset of the original text to the redacted one; an offset inside a
    replaced span goes to the marker's start (for a start) or end (for an end)."""

    def __init__(self, found: list[Replacement]) -> None:
        self._found = found
        self._starts = [start for start, _, _ in found]

    def __call__(self, offset: int, is_end: bool) -> int:
        shift = 0
        for start, end, marker in self._found[: bisect_right(self._starts, offset)]:
            if offset < end:
                return start + shift + (len(marker) if is_end and offset > start else 0)
            shift += len(marker) - (end - start)
        return offset + shift


def redact_document(document: Document) -> Document:
    """The document with every personal address and number replaced by a marker."""
    numbers = phone_digits(document)
    data = document.model_dump(mode="json")
    for card in data["cards"]:
        _redact_offsets(card, numbers)
    return Document.model_validate(redact_strings(data, numbers))


def _redact_offsets(card: dict[str, Any], numbers: frozenset[str]) -> None:
    """Section and nominee texts redacted, with their entities' offsets moved to match."""
    texts: dict[int | None, str] = {None: card["nominee"]["text"]}
    texts.update({s["number"]: s["text"] for s in card["sections"] if s["number"] is not None})
    maps: dict[int | None, OffsetMap] = {}
    redacted: dict[int | None, str] = {}
    for number, text in texts.items():
        found = replacements(text, numbers)
        maps[number], redacted[number] = OffsetMap(found), _apply(text, found)
    card["nominee"]["text"] = redacted[None]
    for section in card["sections"]:
        if section["number"] is not None:
            section["text"] = redacted[section["number"]]
    for entity in card["entities"]:
        if entity["section"] not in maps:
            continue  # an offset into a text the card does not have: left as it was
        move, text = maps[entity["section"]], redacted[entity["section"]]
        entity["start"], entity["end"] = move(entity["start"], False), move(entity["end"], True)
        entity["text"] = text[entity["start"] : entity["end"]]
        if entity["label"] in ("EMAIL", "PHONE") and entity["text"] in MARKERS:
            entity["normalized"] = entity["text"]


def redact_strings(value: Any, numbers: frozenset[str], key: str = "") -> Any:
    """Every other string of the document (titles, blocks, contacts, warnings, front matter)."""
    if isinstance(value, str):
        return value if key in _NOT_REDACTED_KEYS else redact_text(value, numbers)
    if isinstance(value, list):
        return _unique([redact_strings(item, numbers, key) for item in value])
    if isinstance(value, dict):
        return {name: redact_strings(item, numbers, name) for name, item in value.items()}
    return value


def _unique(items: list[Any]) -> list[Any]:
    """Two redacted addresses of one person are one marker (lists of strings only)."""
    if not all(isinstance(item, str) for item in items):
        return items
    return list(dict.fromkeys(items))


def add_redact(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--redact",
        action="store_true",
        help="an edition for publishing: personal e-mail addresses and phone and fax numbers "
        "replaced by a marker (organisation-wide addresses such as info@... stay)",
    )
