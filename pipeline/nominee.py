"""The nominee block: labelled lines between a card's title and its first section."""

from __future__ import annotations

import re

from pipeline.extract import Line, join_lines
from pipeline.models import Country, Nominee
from pipeline.normalize import (
    country_from_text,
    country_of_phone,
    display_name,
    find_emails,
    lookup_country,
    parse_phones,
    split_honorific,
)

# Label wordings seen on nomination forms, mapped to the field they fill. Longest first, so
# "Telephone number" wins over "Telephone".
LABELS: tuple[tuple[str, str], ...] = (
    (r"nominee(?:'s)?\s+name(?:\s+and\s+(?:title|position|designation))?", "nominee"),
    (
        r"(?:full\s+)?name(?:\s+and\s+(?:title|position|designation))?\s+of\s+(?:the\s+)?nominee",
        "nominee",
    ),
    (r"nominee", "nominee"),
    (r"nominated\s+by", "nominated_by"),
    (r"nominating\s+(?:organi[sz]ation|institution|body|agency)", "nominated_by"),
    (r"country(?:\s*/\s*territory|\s+of\s+origin)?", "country"),
    # "Telephone / WhatsApp", "Phone/Mobile": one field, however many channels it names.
    (r"(?:tele)?phone\s*/\s*(?:whatsapp|mobile|cell|fax)", "phone"),
    (r"tel\.?\s*/\s*fax", "phone"),
    (r"(?:office|work|direct|home)\s+(?:tele)?phone", "phone"),
    (r"whatsapp", "phone"),
    (r"(?:tele)?phone\s+(?:number|no\.?)", "phone"),
    (r"telephone", "phone"),
    (r"tel\.?", "phone"),
    (r"phone", "phone"),
    (r"mobile(?:\s+(?:phone|number))?", "phone"),
    (r"cell(?:\s*phone)?", "phone"),
    (r"fax\s+(?:number|no\.?)", "fax"),
    (r"fax", "fax"),
    (r"e-?mail(?:\s+address)?(?:es)?", "email"),
    (r"organi[sz]ation|institution|agency", "organization"),
    (r"position|designation|job\s+title|title", "position"),
    (r"address", "address"),
    (r"web\s*site|website|web", "website"),
)
LABEL_PATTERN = re.compile(
    r"^\s*(?P<label>" + "|".join(f"(?:{p})" for p, _ in LABELS) + r")"
    # A note in brackets after the label: "Nominee (name and position):".
    r"(?:\s*\([A-Za-z][^()]*\))?\s*(?::|\s(?=[+(\d]))\s*",
    re.IGNORECASE,
)
NAME_SUFFIXES = re.compile(r"^(?:jr|sr|ii|iii|iv|phd|ph\.d)\.?$", re.IGNORECASE)


def field_label(text: str) -> tuple[str, str] | None:
    """(field, value) when the line opens with a nominee-block label such as 'Tel.:'."""
    match = LABEL_PATTERN.match(text)
    if match is None:
        return None
    label = match.group("label")
    for pattern, name in LABELS:
        if re.fullmatch(pattern, label, re.IGNORECASE):
            return name, text[match.end() :].strip()
    return None


def field_lines(lines: list[Line]) -> list[str]:
    """One string per field: a line without a label continues the field above it."""
    fields: list[list[Line]] = []
    for line in lines:
        if field_label(line.text) is not None or not fields:
            fields.append([line])
        else:
            fields[-1].append(line)
    return [join_lines(group) for group in fields]


def parse_nominee(lines: list[Line]) -> Nominee:
    texts = field_lines(lines)
    values: dict[str, list[str]] = {}
    for text in texts:
        labelled = field_label(text)
        if labelled is not None:
            values.setdefault(labelled[0], []).append(labelled[1])
    honorific, name, affiliation = split_nominee(" ".join(values.get("nominee", [])))
    country = field_country(values) or affiliation_country(affiliation)
    region = country.code if country else None
    phones = numbers(values.get("phone", []), region)
    faxes = numbers(values.get("fax", []), region)
    if country is None:
        country = phone_country([*phones, *faxes])
    return Nominee(
        name=name,
        honorific=honorific,
        affiliation=affiliation,
        country=country,
        phones=phones,
        faxes=faxes,
        emails=unique(e for v in values.get("email", []) for _, _, e in find_emails(v)),
        text="\n".join(texts),
    )


def split_nominee(value: str) -> tuple[str | None, str | None, str | None]:
    """'Mr. Ana Ruiz, Jr., Director, Agency X' -> ('Mr.', 'Ana Ruiz, Jr.', 'Director, Agency X')."""
    value = value.strip().rstrip(",;")
    if not value:
        return None, None, None
    honorific, rest = split_honorific(value)
    parts = [part.strip() for part in rest.split(",")]
    name_parts = [parts[0]]
    while len(parts) > len(name_parts) and NAME_SUFFIXES.match(parts[len(name_parts)]):
        name_parts.append(parts[len(name_parts)])
    affiliation = ", ".join(parts[len(name_parts) :]).strip() or None
    return honorific, ", ".join(name_parts) or None, affiliation


def field_country(values: dict[str, list[str]]) -> Country | None:
    for value in values.get("country", []):
        found = lookup_country(value.strip().rstrip(".")) or country_from_text(value)
        if found is not None:
            return Country(code=found[0], name=found[1], source="field")
    return None


def affiliation_country(affiliation: str | None) -> Country | None:
    found = country_from_text(affiliation) if affiliation else None
    return Country(code=found[0], name=found[1], source="affiliation") if found else None


def phone_country(numbers_e164: list[str]) -> Country | None:
    for number in numbers_e164:
        code = country_of_phone(number)
        if code is not None:
            return Country(code=code, name=display_name(code), source="phone")
    return None


def numbers(values: list[str], region: str | None) -> list[str]:
    return unique(match.e164 for value in values for match in parse_phones(value, region))


def unique(items: object) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:  # type: ignore[attr-defined]
        seen.setdefault(str(item), None)
    return list(seen)
