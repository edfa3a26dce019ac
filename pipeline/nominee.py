"""The nominee block: labelled lines between a card's title and its first section."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from pipeline.countries import country_from_text, find_countries
from pipeline.country_names import display_name, lookup_country
from pipeline.lines import Line, join_lines
from pipeline.models import Country, Nominee
from pipeline.personnames import NAME_SUFFIX_PART, split_honorific
from pipeline.phones import country_of_phone, parse_phones
from pipeline.webaddresses import find_emails


def load_labels() -> tuple[tuple[str, str], ...]:
    """The label wordings and the field each fills (pipeline/data/nominee_labels.tsv)."""
    table = resources.files("pipeline").joinpath("data", "nominee_labels.tsv")
    rows = []
    for row in table.read_text(encoding="utf-8").splitlines():
        if row.strip() and not row.startswith("#"):
            pattern, name = row.split("\t")[:2]
            rows.append((pattern, name))
    return tuple(rows)


LABELS = load_labels()
LABEL_WORDS = "|".join(f"(?:{p})" for p, _ in LABELS)
# A note in brackets after the label: "Nominee (name and position):".
LABEL_NOTE = r"(?:\s*\([A-Za-z][^()]*\))?"
# Bilingual forms write a label in two languages, the known one either side of a slash:
# "Pays / Country:", "Nom et prénoms / Surname and first names:".
OTHER_LANGUAGE_BEFORE = r"(?:[^:/()\n]{1,40}?\s*/\s*)??"  # lazy: "Phone / fax" is one label
OTHER_LANGUAGE_AFTER = r"(?:\s*/\s*[^:/()\n]{1,40}?)?"
# A label in any of its written forms, a note and a language's other half around it.
WRITTEN_LABEL = (
    rf"^\s*{OTHER_LANGUAGE_BEFORE}(?P<label>{LABEL_WORDS}){OTHER_LANGUAGE_AFTER}{LABEL_NOTE}"
)
LABEL_PATTERN = re.compile(WRITTEN_LABEL + r"\s*(?::|\s(?=[+(\d]))\s*", re.IGNORECASE)
# A label alone on its line, its value below it (a table's label cell, a typed form).
LABEL_ALONE = re.compile(WRITTEN_LABEL + r"\s*:?\s*$", re.IGNORECASE)
# A label and its value with no colon between them: "Country Kenya".
LABEL_SPACED = re.compile(r"^\s*(?P<label>" + LABEL_WORDS + r")\s+(?=\S)", re.IGNORECASE)
# What an unknown label looks like: a few capitalised words and a colon ("Skype ID:").
UNKNOWN_LABEL = re.compile(r"^(?P<label>[A-Z][\w'’./()-]*(?: [\w'’./()&-]+){0,3})\s*:(?:\s|$)")


def label_field(label: str) -> str | None:
    for pattern, name in LABELS:
        if re.fullmatch(pattern, label, re.IGNORECASE):
            return name
    return None


def field_label(text: str) -> tuple[str, str] | None:
    """(field, value) when the line opens with a nominee-block label such as 'Tel.:'."""
    match = LABEL_PATTERN.match(text)
    if match is None:
        return None
    name = label_field(match.group("label"))
    return (name, text[match.end() :].strip()) if name else None


def label_alone(text: str) -> str | None:
    """The field of a line that holds only a label ('Telephone', 'E-mail address:')."""
    match = LABEL_ALONE.match(text)
    return label_field(match.group("label")) if match else None


def spaced_label(text: str) -> tuple[str, str] | None:
    """(field, value) for 'Country Kenya', 'Tel. +254 ...': a label without its colon, taken
    only when the value has the field's shape."""
    match = LABEL_SPACED.match(text)
    if match is None:
        return None
    name = label_field(match.group("label"))
    value = text[match.end() :].strip()
    if name is None or not value_fits(name, value):
        return None
    return name, value


def value_fits(name: str, value: str) -> bool:
    if name in ("phone", "fax"):
        return value[:1] in "+(" or value[:1].isdigit()
    if name == "email":
        return bool(find_emails(value))
    if name == "country":
        return location_country(value) is not None
    if name == "nominee":
        return value[:1].isupper()
    return False


def line_field(text: str) -> str | None:
    """The field a nominee-block line opens, in any of the label's written forms."""
    labelled = field_label(text) or spaced_label(text)
    return labelled[0] if labelled else label_alone(text)


def unknown_label(text: str) -> str | None:
    """A label the form's vocabulary does not know ('Skype ID:'), or None."""
    match = UNKNOWN_LABEL.match(text)
    if match is None or line_field(text) is not None:
        return None
    return match.group("label")


def wrapped_label(first: str, second: str) -> str | None:
    """The field of a label wrapped over two lines ('Name and title of' / 'nominee:'), as a
    narrow label cell or a typed form breaks it."""
    if label_alone(first) is not None:
        return None  # a whole label already: the next line is its value
    return label_alone(f"{first.strip()} {second.strip()}")


@dataclass
class FieldText:
    """One field of the nominee block: its lines, and how many of them are a label that
    stands alone above its value (0 when the label shares the value's line)."""

    lines: list[Line]
    label_lines: int = 0

    def text(self) -> str:
        if not self.label_lines or len(self.lines) <= self.label_lines:
            return join_lines(self.lines)
        # "Telephone" over "+233 ...": the labelled line it stands for.
        label = join_lines(self.lines[: self.label_lines]).rstrip(":").strip()
        return f"{label}: {join_lines(self.lines[self.label_lines :])}"


def field_lines(lines: list[Line]) -> list[str]:
    """One string per field: a line without a label continues the field above it."""
    return [field.text() for field in field_groups(lines)]


def field_groups(lines: list[Line]) -> list[FieldText]:
    fields: list[FieldText] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        following = lines[index + 1].text if index + 1 < len(lines) else ""
        # A label wraps within its own cell or margin: "Hazelnut Growers' Association)" (a
        # value cell's last line) and the next row's "Adres / Address" are no label.
        same_start = following and abs(lines[index + 1].x0 - line.x0) <= WRAPPED_LABEL_SHIFT
        if same_start and wrapped_label(line.text, following) is not None:
            fields.append(FieldText([line, lines[index + 1]], 2))
            index += 2
            continue
        alone = field_label(line.text) is None and label_alone(line.text) is not None
        opens = alone or line_field(line.text) is not None or unknown_label(line.text)
        if opens or not fields or back_in_label_column(fields[-1], line):
            fields.append(FieldText([line], 1 if alone else 0))
        else:
            fields[-1].lines.append(line)
        index += 1
    return fields


LABEL_COLUMN_JUMP = 20.0  # points: a line this far left of the value above is a new row
WRAPPED_LABEL_SHIFT = 3.0  # points: the lines of one wrapped label start together


def back_in_label_column(field: FieldText, line: Line) -> bool:
    """A line that starts well left of the value line above it opens a row of its own: the
    label cell of a table row whose label the vocabulary does not know ('Office line')."""
    previous = field.lines[-1]
    is_value = len(field.lines) > field.label_lines
    return is_value and line.page == previous.page and line.x0 < previous.x0 - LABEL_COLUMN_JUMP


def unknown_labels(lines: list[Line]) -> list[tuple[str, int]]:
    """(label, page) of each nominee-block field opened by a label the form does not know:
    'Skype ID:', or a table row's label cell ('Office line') beside its value cell."""
    found: list[tuple[str, int]] = []
    for index, field in enumerate(field_groups(lines)):
        first = field.lines[0]
        label = unknown_label(first.text)
        if label is None and index and line_field(first.text) is None:
            beside_value = len(field.lines) > 1 and field.lines[1].x0 > first.x0
            short = len(first.text.split()) <= MAX_LABEL_WORDS
            label = first.text.strip() if beside_value and short else None
        if label is not None:
            found.append((label, first.page))
    return found


MAX_LABEL_WORDS = 4


def parse_nominee(lines: list[Line]) -> Nominee:
    texts = field_lines(lines)
    values: dict[str, list[str]] = {}
    for text in texts:
        labelled = field_label(text) or spaced_label(text)
        if labelled is not None:
            values.setdefault(labelled[0], []).append(labelled[1])
    honorific, name, affiliation = split_nominee(" ".join(values.get("nominee", [])))
    if affiliation is None:
        # "Position:" and "Organization:" on lines of their own say what the name's
        # continuation says in "Nominee: Ms. X, Director, Agency Y".
        parts = [
            v.strip().rstrip(",;") for f in ("position", "organization") for v in values.get(f, [])
        ]
        affiliation = ", ".join(part for part in parts if part) or None
    country = field_country(values) or affiliation_country(affiliation) or block_country(texts)
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
    if (after := _TITLE_IN_BRACKETS.search(parts[0])) is not None:
        # "RAZAFINDRAKOTO Voahangy Hanitra (Mme / Mrs)": the title in brackets after it;
        # "Mrs. Kanokwan Srisuwan (Khun Noi)": a title and the nickname she goes by.
        title_in_brackets = split_honorific(after.group("title"))[0]
        if title_in_brackets is not None:
            honorific = honorific or title_in_brackets
            parts[0] = parts[0][: after.start()]
    name_parts = [parts[0]]
    while len(parts) > len(name_parts) and NAME_SUFFIX_PART.match(parts[len(name_parts)]):
        name_parts.append(parts[len(name_parts)])
    affiliation = ", ".join(parts[len(name_parts) :]).strip() or None
    return honorific, ", ".join(name_parts) or None, affiliation


# A bracket closing the name, its first word a title: "(Mme / Mrs)", "(Dr.)".
_TITLE_IN_BRACKETS = re.compile(r"\s*\((?P<title>[^()/]+?)\s*(?:/[^()]*)?\)$")


def field_country(values: dict[str, list[str]]) -> Country | None:
    for value in values.get("country", []):
        found = location_country(value) or country_from_text(value)
        if found is not None:
            return Country(code=found[0], name=found[1], source="field")
    return None


def location_country(value: str) -> tuple[str, str] | None:
    """The country of a country field: the whole value, or the last comma-separated part of
    a place written town first ("Armenia, Quindío, Colombia": the town may share another
    country's name)."""
    for part in [value, *reversed(value.split(","))]:
        found = lookup_country(part.strip().rstrip("."))
        if found is not None:
            return found
    return None


def affiliation_country(affiliation: str | None) -> Country | None:
    found = country_from_text(affiliation) if affiliation else None
    return Country(code=found[0], name=found[1], source="affiliation") if found else None


def block_country(texts: list[str]) -> Country | None:
    """The last country the nominee block names anywhere, when no field says it: an
    address ends with its country ("..., Tawi-Tawi, Republic of the Philippines")."""
    for text in reversed(texts):
        mentions = [m for m in find_countries(text) if not m.demonym]
        if mentions:
            return Country(code=mentions[-1].code, name=mentions[-1].name, source="block")
    return None


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
