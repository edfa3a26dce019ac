"""Contact people: a contact line's name, roles and organisations, and the contacts of a
section assembled from its lines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.country_names import lookup_country
from pipeline.entities.filters import (
    a_role_of_a_board,
    is_acronym,
    is_job_title,
    looks_like_org_name,
    names_a_body,
    names_a_kind,
    normalize_person,
    plausible_person,
    words_of,
)
from pipeline.entities.headed_names import enumerated_names
from pipeline.entities.spans import (
    AnnotatedText,
    Found,
    block_offsets,
    comma_parts,
    lines_with_offsets,
)
from pipeline.entities.vocabulary import (
    COMMON_ABBREVIATIONS,
    NAME_PARTICLES,
    ROLE_ALTERNATION,
    ROLE_FIELDS,
    ROLE_START,
    ROLE_WORDS,
)
from pipeline.models import Contact
from pipeline.personnames import (
    HONORIFIC,
    NAME_SUFFIX,
    NAME_SUFFIX_WORDS,
    holds_words,
    middle_left_out,
)
from pipeline.phones import (
    PHONE_LABEL,
    PHONE_LABEL_WORDS,
    WRITTEN_NUMBER,
)
from pipeline.text import CAPITAL
from pipeline.webaddresses import EMAIL_PATTERN

PARTICLE_ALTERNATION = "|".join(sorted(NAME_PARTICLES))
# A word of a name: capitalised ("Rose", "St."), a particle ("van", "de"), or a particle
# joined to the name ("al-Hashimi", "el-Sayed").
NAME_WORD = (
    rf"(?:{CAPITAL}[\w'’\-]*\.?"
    rf"|(?:{PARTICLE_ALTERNATION})-{CAPITAL}[\w'’\-]*|(?:{PARTICLE_ALTERNATION}))"
)


@dataclass(frozen=True)
class LinePart:
    start: int
    end: int
    text: str
    kind: str  # "name" | "role" | "org" | "other"


@dataclass(frozen=True)
class ContactLine:
    parts: tuple[LinePart, ...]  # a tuple: parsed lines are cached and shared

    @property
    def name(self) -> LinePart | None:
        return next((p for p in self.parts if p.kind == "name"), None)


# A bracket after a contact's name that holds words, not an acronym or a number: a nickname
# or a form of address ("(Khun Noi)", "(Ms.)").
_NICKNAME_AFTER = re.compile(
    rf"[ \t]*(?:\({CAPITAL}[a-zà-ÿ'’\-]+\.?(?:[ \t]+{CAPITAL}[a-zà-ÿ'’\-]+)?\)"
    rf"|[ \t]n[ée]e[ \t]+{CAPITAL}[\w'’\-]+)"  # or a maiden name: "née Bationo"
)

_ROLE_WORD = rf"(?i:{ROLE_START})"
_PERSON_START = re.compile(
    rf"^\s*(?P<honorific>(?:(?:{HONORIFIC}|\({HONORIFIC}\))\s+)+)?"
    # The first word may be one letter (the Ede "Y" of "Y Phon Knul", an initial).
    rf"(?P<name>{CAPITAL}(?:[\w'’\-]+\.?|\.|(?=\s+{CAPITAL}[\w'’\-]+\s+{CAPITAL}))"
    rf"(?:\s+(?!{_ROLE_WORD}){NAME_WORD}){{1,5}}?)"
    rf"(?P<suffix>,?\s+(?:{NAME_SUFFIX_WORDS})\b\.?)?"
    # The name ends at a comma, the line's end or an e-mail, or (after an honorific)
    # where a role starts without a comma: "Ms. X Y Chairperson, ...".
    # A nickname in brackets may come first: "Mrs. X Y (Khun Noi) Chairperson".
    rf"(?=(?:{_NICKNAME_AFTER.pattern})?"
    rf"(?:\s*(?:,|$|\s[\w.%+\-]+@)|(?(honorific)\s+(?:[A-Z]{{2,6}}\s+)?{_ROLE_WORD}|(?!))))"
)
# Values that are not role or organisation text: e-mails, labels, numbers.
_CONTACT_VALUES = re.compile(
    rf"{EMAIL_PATTERN.pattern}|\b(?:e-?mail|{PHONE_LABEL_WORDS})\b\.?\s*:?|{WRITTEN_NUMBER}",
    re.IGNORECASE,
)
_AND_BEFORE_ROLE = re.compile(rf",?\s+and\s+(?=(?:{ROLE_ALTERNATION})\b)", re.IGNORECASE)


@lru_cache(maxsize=4096)  # a contacts section is read by holds_contacts, listed and assemble
def parse_contact_line(line: str) -> ContactLine:
    """A contact line's name (if it opens with one), roles and organisations, with offsets.

    'Dr. X Y, Jr., Chairman, ORG x@y.org' -> name 'X Y, Jr.', role 'Chairman', org 'ORG'.
    """
    parts: list[LinePart] = []
    name = contact_name_span(line)
    rest_start = 0
    if name is None and (inner := name_after_organisation(line)) is not None:
        # "Ministry of X, Y and Z Mr. A B, Engineer": the organisation line ran into the name.
        organisation_end, *span = inner
        organisation = line[:organisation_end].strip(" ,;")
        if organisation:
            parts.append(LinePart(0, len(organisation), organisation, "org"))
        name = (span[0], span[1])
    if name is not None:
        parts.append(LinePart(name[0], name[1], line[name[0] : name[1]], "name"))
        rest_start = name[1]
    masked = _CONTACT_VALUES.sub(lambda m: " " * len(m.group()), line)
    masked = _AND_BEFORE_ROLE.sub(lambda m: "," + " " * (len(m.group()) - 1), masked)
    rest = masked[rest_start:]
    for start, part in comma_parts(rest, enumerated_names(rest)):
        stripped = part.strip(" .;:/–-|")
        if not stripped or NAME_SUFFIX.fullmatch(" " + stripped) or _EMPTY_LABEL.fullmatch(part):
            continue
        offset = rest_start + start + part.index(stripped)
        parts.append(LinePart(offset, offset + len(stripped), stripped, part_kind(stripped)))
    return ContactLine(tuple(parts))


def part_kind(part: str) -> str:
    if " / " in part:
        # "Голова правління / Chair of the Board": one field in two languages (set 28).
        kinds = {part_kind(half) for half in part.split(" / ") if half.strip()}
        return next((kind for kind in ("role", "org") if kind in kinds), "other")
    # "Programme Officer (Pacific)": the bracket says where, the words before it what.
    words = [w.lower() for w in re.findall(r"[\w\-]+", re.sub(r"\s*\([^()]*\)$", "", part))]
    if not words or lookup_country(part) is not None:
        return "other"
    if part.replace(".", "").strip().lower() in COMMON_ABBREVIATIONS:
        return "other"  # "Capt. Vernon Nisbett, BEM": a post-nominal, no organisation
    if is_job_title(words):
        return "role"  # "Programme Manager for Vocational Education"
    if words[-1] in ROLE_WORDS or (words[0] in ROLE_WORDS and not names_a_body(part)):
        return "role"  # "Executive Committee Member", "Coordinator of the youth network"
    if a_role_of_a_board(part):
        return "role"  # "Chairwoman of the Board" (set 26)
    return "org"


# A label whose value was a number or an address, masked: "Manzini Office: +268 ..." leaves
# "Manzini Office:" (and perhaps "ext. 12"), which names a telephone, not an organisation.
_EMPTY_LABEL = re.compile(r"[^:]+:[\s|]*(?:ext\.?\s*\d*)?[\s|]*")
_HONORIFIC_INSIDE = re.compile(rf"\s(?=(?:{HONORIFIC})\s+{CAPITAL})")


def name_after_organisation(line: str) -> tuple[int, int, int] | None:
    """(end of the organisation, start and end of the name) when an organisation opens the
    line and a person's name with an honorific follows it."""
    for match in _HONORIFIC_INSIDE.finditer(line):
        found = contact_name_span(line[match.end() :])
        if found is not None:
            return match.start(), found[0] + match.end(), found[1] + match.end()
    return None


def parse_contact_lines(lines: list[str]) -> list[ContactLine]:
    """Each line of a contacts section parsed; a line that is only a name without an
    honorific ("TOKTOSUNOVA Aizada Bekmamatovna") opens a contact when the next line opens
    with a role ("General Manager, Jangak Nuru"), as contact blocks are written one field a
    line."""
    parsed = [parse_contact_line(line) for line in lines]
    for index, line in enumerate(lines[:-1]):
        if parsed[index].name is not None or not lines[index + 1].strip():
            continue
        name = _NAME_LINE.fullmatch(line)
        following = lines[index + 1].strip().split(",")[0]
        if name and plausible_person(name.group("name")) and part_kind(following) == "role":
            start, end = name.span("name")
            parsed[index] = ContactLine((LinePart(start, end, line[start:end], "name"),))
    return parsed


# A line that is only a name: two to five name words, nothing else but degrees written in
# dotted abbreviations after a comma ("Ni Luh Gede Sukmawati, S.P.", "…, M.Si.", "…, Ph.D.").
_NAME_LINE = re.compile(
    rf"\s*(?P<name>{CAPITAL}[\w'’\-]+(?:[ \t]+{NAME_WORD}){{1,4}})"
    r"(?:,[ \t]*(?:[A-Z][a-z]{0,2}\.){2,3})*\s*"
)


def contact_name_span(line: str) -> tuple[int, int] | None:
    """(start, end) when a contact line opens with a person's name: after an honorific, or
    two to six capitalised words followed by a role or an e-mail address."""
    match = _PERSON_START.match(line)
    if match is None:
        return None
    start = match.start("name")
    end = match.end("suffix") if match.group("suffix") else match.end("name")
    if not plausible_person(NAME_SUFFIX.sub("", line[start:end])):
        return None
    if nickname := _NICKNAME_AFTER.match(line, end):
        end = nickname.end()  # "Kanokwan Srisuwan (Khun Noi), Director": part of the name
    if match.group("honorific") is None and not followed_by_role_or_email(line, end):
        return None
    return start, end


def followed_by_role_or_email(line: str, name_end: int) -> bool:
    rest = line[name_end:].lstrip(" ,")
    if EMAIL_PATTERN.search(rest):
        return True
    return part_kind(rest.split(",")[0]) == "role"


MAX_EMPLOYER_WORDS = 6


def names_an_employer(part: str) -> bool:
    """'Operations Lead, Ndovu Threads, Nairobi': right after a role, a name of two to six
    capitalised words is the employer even without a head word (a town alone is one word;
    a longer place, a country, is told apart by the country lookup)."""
    words = words_of(part)
    return (
        2 <= len(words) <= MAX_EMPLOYER_WORDS
        and lookup_country(part) is None
        and not any(ch.isdigit() for ch in part)
        and all(w[:1].isupper() or (w.islower() and len(w) <= 3) for w in words)
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and not any(w.lower() in ROLE_FIELDS for w in words)  # "Social Protection": a field
        and not names_a_kind(part)  # "Specialist, Enterprises and Cooperatives": a field
        # "ASEC/ RIPESS Asia": acronyms have their own rules (definitions, long forms).
        and not any(is_acronym(w) for w in words)
        and "/" not in part
    )


@dataclass
class ContactDraft:
    name: str
    roles: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    closed: bool = False  # a second role starts a second affiliation: stop describing

    def describe(self, line: ContactLine) -> None:
        for part in line.parts:
            if self.closed or part.kind in ("name", "other"):
                continue
            if part.kind == "role":
                if self.organizations:
                    self.closed = True
                else:
                    self.roles.append(part.text)
            elif (
                looks_like_org_name(part.text)
                or any(map(is_acronym, words_of(part.text)))
                or (self.roles and not self.organizations and names_an_employer(part.text))
            ):
                self.organizations.append(part.text)
            elif self.roles and not self.organizations:
                self.roles[-1] += f", {part.text}"  # "Chief Technical Advisor, Insurance"
            elif not self.organizations:
                self.organizations.append(part.text)

    def add(self, item: Found) -> None:
        if item.label == "EMAIL" and item.normalized not in self.emails:
            self.emails.append(item.normalized)
        elif item.label == "PHONE" and item.normalized not in self.phones:  # faxes too
            self.phones.append(item.normalized)


CONTACT_SECTION_KEYS = ("contacts", "ilo_contacts")
MIN_CHANNEL_LINES = 2  # e-mail or phone lines a section needs to be read as contacts
MIN_CONTACT_LINE_SHARE = 0.6  # of its lines: names and channels, not prose
MAX_CONTACT_LINE_WORDS = 16  # a contact line is short; a paragraph is not


def holds_contacts(key: str | None, text: str) -> bool:
    """A contacts section by its key or, whatever its heading was read as, by its lines:
    short lines, most of them a person's name or an e-mail or phone line."""
    if key in CONTACT_SECTION_KEYS:
        return True
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines or any(len(line.split()) > MAX_CONTACT_LINE_WORDS for line in lines):
        return False
    channels = sum(bool(EMAIL_PATTERN.search(line) or PHONE_LABEL.search(line)) for line in lines)
    names = sum(parse_contact_line(line).name is not None for line in lines)
    return (
        channels >= MIN_CHANNEL_LINES
        and names >= 1
        and channels + names >= MIN_CONTACT_LINE_SHARE * len(lines)
    )


def assemble_contacts(text: AnnotatedText, found: list[Found]) -> list[Contact]:
    """One contact per person named in the section; the lines below a name belong to it."""
    drafts: list[ContactDraft] = []
    skipped = footnote_ranges(text)
    lines = [
        (start, line)
        for start, line in lines_with_offsets(text.text)
        if line.strip() and not any(s <= start < e for s, e in skipped)
    ]
    for (line_start, line), parsed in zip(
        lines, parse_contact_lines([line for _, line in lines]), strict=True
    ):
        if parsed.name is not None:
            drafts.append(ContactDraft(name=contact_name(line_start, parsed.name, found)))
        if not drafts:
            continue
        drafts[-1].describe(parsed)
        for item in found:
            if line_start <= item.start < line_start + len(line):
                drafts[-1].add(item)
    return [
        Contact(
            name=d.name,
            role=", ".join(d.roles) or None,
            organization=", ".join(d.organizations) or None,
            emails=d.emails,
            phones=d.phones,
            section=text.number,
        )
        for d in drafts
    ]


def contact_name(line_start: int, name: LinePart, found: list[Found]) -> str:
    """The name as the contact line writes it, or the card's fuller form of it ("Hyacinth
    McKenzie-Grant" is "Hyacinth Lorraine McKenzie-Grant" where the card names her so)."""
    written = normalize_person(name.text)
    at_name = [
        item.normalized
        for item in found
        if item.label == "PERSON" and item.start <= line_start + name.start < item.end
    ]
    for fuller in at_name:
        if holds_words(fuller, written) or middle_left_out(fuller, written):
            return fuller
        if written.endswith(" " + fuller):  # the card left a form of address out of it
            return fuller
    return written


def footnote_ranges(text: AnnotatedText) -> list[tuple[int, int]]:
    if text.section is None:
        return []
    blocks = text.section.blocks
    return [(s, e) for s, e, i in block_offsets(text.section) if blocks[i].type == "footnote"]
