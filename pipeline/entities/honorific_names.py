"""Persons named with a form of address: an honorific before the name ("Mr. Kwame Asante",
"Pak Sutrisno,"), one after a given name ("Rauf müəllim"), or a nickname in quotes inside it
('Néstor "Chango" Aguirre')."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.entities.contacts import NAME_WORD, PARTICLE_ALTERNATION
from pipeline.entities.filters import normalize_person, plausible_person
from pipeline.entities.spans import Found
from pipeline.personnames import HONORIFIC, HONORIFIC_AFTER, NAME_SUFFIX, NAME_SUFFIX_WORDS
from pipeline.text import CAPITAL

_HONORIFIC_NAME = re.compile(
    rf"\b{HONORIFIC}[ \t]+(?P<name>{CAPITAL}[\w'’\-]+(?:[ \t]+{NAME_WORD}){{0,4}}?"
    rf"(?:[ \t]+{CAPITAL}[\w'’\-]+)(?:,?[ \t]+(?:{NAME_SUFFIX_WORDS})\.?)?)"
    # The shortest name that is not followed by another capitalised word: three-word names
    # ("Ms. Fatou Bintou Mbaye") stay whole, a sentence after the name stays out.
    # A short abbreviation before a full stop goes on: "Ms. Grace St. Clair".
    # A particle and a capitalised word go on too: "Dra. Inês Vasconcelos de Sá".
    rf"(?![\w'’\-]|[ \t]+{CAPITAL}[\w'’\-.]|(?<=\b[A-Z][a-z])\.[ \t]+{CAPITAL}"
    rf"|(?:[ \t]+(?:{PARTICLE_ALTERNATION})){{1,2}}[ \t]+{CAPITAL})"
)


# "Pak Sutrisno, a farmer": one name after an honorific, then a comma (a person known by
# one name, or by the family name only; complete_person_names finds a fuller form).
_HONORIFIC_ONE_NAME = re.compile(rf"\b{HONORIFIC}[ \t]+(?P<name>{CAPITAL}[\w'’\-]+)(?=[ \t]*,)")


# A form of address after a given name ("Rauf müəllim", "Ayşe Hanım"), or between it and
# the family name ("Leyla xanım Aliyeva"): the person is the words around it.
_NAME_THEN_HONORIFIC = re.compile(
    rf"(?<![\w'’\-])(?P<given>{CAPITAL}[\w'’\-]+)[ \t]+(?:{HONORIFIC_AFTER})(?![\w'’\-])"
    rf"(?:[ \t]+(?P<family>{CAPITAL}[\w'’\-]+))?"
)


# A nickname in quotes between the given and the family name: 'Néstor "Chango" Aguirre'.
_NAME_WITH_NICKNAME = re.compile(
    rf"(?<![\w'’\-])(?P<given>{CAPITAL}[\w'’\-]+(?:[ \t]+{CAPITAL}[\w'’\-]+)?)"
    rf"[ \t]+[\"“]{CAPITAL}[\w'’\-]*(?:[ \t]+{CAPITAL}[\w'’\-]*)?[\"”]"
    rf"[ \t]+(?P<family>{CAPITAL}[\w'’\-]+(?:[ \t]+{CAPITAL}[\w'’\-]+)?)(?![\w'’\-])"
)


def honorific_persons(text: str) -> Iterator[Found]:
    """'Mr. Kwame Asante', 'Ms. Lindiwe Dlamini', 'Pak Sutrisno,': an honorific before
    capitalised words; 'Rauf müəllim', 'Leyla xanım Aliyeva': one after a given name;
    'Néstor "Chango" Aguirre': a nickname in quotes inside the name."""
    for match in [*_HONORIFIC_NAME.finditer(text), *_HONORIFIC_ONE_NAME.finditer(text)]:
        start, end = match.span("name")
        name = text[start:end]
        if plausible_person(NAME_SUFFIX.sub("", name)):
            yield Found("PERSON", start, end, normalize_person(name), "rule")
    for match in _NAME_THEN_HONORIFIC.finditer(text):
        given, family = match.group("given"), match.group("family")
        if not plausible_person(given):
            continue
        if family is None:
            yield Found("PERSON", match.start("given"), match.end("given"), given, "rule")
        else:
            name = f"{given} {family}"
            yield Found("PERSON", match.start(), match.end(), normalize_person(name), "rule")
    for match in _NAME_WITH_NICKNAME.finditer(text):
        name = f"{match.group('given')} {match.group('family')}"
        if plausible_person(name):
            yield Found("PERSON", match.start(), match.end(), normalize_person(name), "rule")
