"""The low rules of the confidence bands: each a property of an entity and of its place in
the card that a reviewer can check by eye (found by the model alone, a span that may be
cut, a bracket, a label or another name run into it, a common word in a name, a country's
name used for something else). `confidence.band` applies them; docs/decisions.md
("Confidence bands") says what each caught on the keyed sets."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from pipeline.countries import find_countries
from pipeline.entities.filters import is_acronym, is_org_keyword, words_of
from pipeline.entities.unknown_titles import first_word_not_in_email, long_layout_name
from pipeline.entities.vocabulary import (
    HONORIFICS,
    LABEL_WORDS,
    LINKING_WORDS,
    NAME_PARTICLES,
    ROLE_WORDS,
)
from pipeline.models import Entity
from pipeline.text import NOT_NAME_WORDS, fold
from pipeline.vocabulary import words

AMBIGUOUS_COUNTRIES = frozenset(fold(name) for name in words("ambiguous_country"))
NAME_JOINERS = words("name_joiner")
NAME_SUFFIXES = words("name_suffix")  # "Jr.": no title


@dataclass(frozen=True)
class Place:
    """Where an entity stands: the text it indexes and what its card says around it."""

    text: str
    common: frozenset[str] = frozenset()  # words the card also writes in lower case
    starts: frozenset[int] = frozenset()  # where the text's entities start
    ends: frozenset[int] = frozenset()  # and where they end
    office_ends: frozenset[int] = frozenset()  # where its names ending in a country end
    countries: dict[int, int] = field(default_factory=dict)  # its countries: end -> start
    homes: frozenset[str] = frozenset()  # countries the card vouches for


# The low rules. Each is a property of the entity and its place that a reviewer can check by
# eye; docs/decisions.md ("Confidence bands") gives what each caught on the keyed sets.


def is_name(entity: Entity) -> bool:
    return entity.label in ("ORG", "PERSON")


def single_acronym(text: str) -> bool:
    found = words_of(text)
    return len(found) == 1 and is_acronym(found[0])


def model_person(entity: Entity, place: Place) -> bool:
    """A person found by the model alone: places, brands and companies are its usual
    mistakes ("Buenos Aires", "Café Marcala")."""
    return entity.label == "PERSON" and entity.reason == "model"


def undefined_acronym(entity: Entity, place: Place) -> bool:
    """A model-only acronym the card never spells out ("MARD", a currency)."""
    return (
        entity.label == "ORG"
        and entity.reason == "model"
        and single_acronym(entity.text)
        and entity.normalized == entity.text
    )


def model_org_without_head(entity: Entity, place: Place) -> bool:
    """An organisation found by the model alone with no organisation word and no acronym:
    a person's name written family name first in capitals ("TOKTOSUNOVA Aizada
    Bekmamatovna") or a place, as often as a company (added after set 11's first run)."""
    found = words_of(entity.text)
    return (
        entity.label == "ORG"
        and entity.reason == "model"
        and not any(is_org_keyword(word) for word in found)
        and not single_acronym(entity.text)
    )


def role_opening(entity: Entity, place: Place) -> bool:
    """An organisation whose first word is a role ("Head of Department")."""
    found = words_of(entity.text)
    return entity.label == "ORG" and bool(found) and found[0].lower() in ROLE_WORDS


def ambiguous_country(entity: Entity, place: Place) -> bool:
    """A country's name that is also a city, a state or a given name elsewhere ("Armenia,
    Quindío"), unless it is one of the card's own countries or stands in a list of them."""
    return (
        entity.label == "COUNTRY"
        and not entity.demonym
        and entity.normalized not in place.homes
        and fold(entity.text) in AMBIGUOUS_COUNTRIES
    )


def country_after_office(entity: Entity, place: Place) -> bool:
    """A country in a comma list that opens right after a name ending in a country ("ILO
    Country Office for Ethiopia, | Djibouti, Somalia"): more of that name, not a place."""
    if entity.label != "COUNTRY" or entity.in_name or entity.demonym:
        return False
    start = entity.start
    while (gap := LIST_GAP.search(place.text[:start])) is not None:
        if gap.start() in place.office_ends:
            return True
        if gap.start() not in place.countries:
            return False
        start = place.countries[gap.start()]
    return False


def lowercase_word(entity: Entity, place: Place) -> bool:
    """A name holding a lower-case word that joins nothing ("Iraqi ministry")."""
    return is_name(entity) and any(
        len(word) >= MIN_LOWERCASE_LETTERS
        and word.isalpha()
        and word.islower()
        and word not in NAME_JOINERS
        for word in words_of(entity.text)
    )


def two_heads(entity: Entity, place: Place) -> bool:
    """An organisation whose comma-separated parts each hold an organisation word: two
    names run together ("National Engineering Research Centre of Juncao Technology, Fujian
    Agriculture and Forestry University"); not "Ministry of Agriculture, Forestry and
    Fisheries", whose fields after the comma hold none."""
    if entity.label != "ORG" or "," not in entity.text:
        return False
    parts = [part for part in entity.text.split(",") if part.strip()]
    return sum(any(is_org_keyword(w) for w in words_of(part)) for part in parts) >= 2


def in_brackets(entity: Entity, place: Place) -> bool:
    """A name with a bracket it does not close, or holding a bracket of several words (a
    translation kept in the name); or a model-only name inside a bracket that follows a
    name, a translation ("Conseil du Coton (Cotton and | Cashew Council)"). "Name
    (ACRONYM)" is a name as written."""
    if not is_name(entity):
        return False
    if entity.text.count("(") != entity.text.count(")"):
        return True
    if any(len(words_of(inner)) > 1 for inner in BRACKETED.findall(entity.text)):
        return True
    if entity.reason != "model" or single_acronym(entity.text):
        return False
    line_start = place.text.rfind("\n", 0, entity.start) + 1
    before = place.text[line_start : entity.start]
    opened = before.rfind("(")
    return opened > before.rfind(")") and TRANSLATED.search(before[:opened]) is not None


def holds_honorific(entity: Entity, place: Place) -> bool:
    """A name with an honorific after its first word: two names run together ("Ministry of
    Labour Ms. Manizha Davlatova")."""
    return is_name(entity) and any(
        word.endswith(".") and word.rstrip(".") in HONORIFICS for word in words_of(entity.text)[1:]
    )


def runs_into_label(entity: Entity, place: Place) -> bool:
    """A name holding a colon, a bar or a number, or followed on its line by a lower-case
    word and a colon: it ran into the next field ("Philippines Office | phone:")."""
    if not is_name(entity):
        return False
    if any(mark in entity.text for mark in ":|") or re.search(r"\d{3}", entity.text):
        return True
    return LABEL_AFTER.match(place.text, entity.end) is not None


def runs_on(entity: Entity, place: Place) -> bool:
    """A capitalised word follows the name on its line, for an organisation maybe after
    "of", "and", "de" ..., for a person after a particle ("Brotherhood of Camel Traders |
    of Galkayo", "Jamaica | Plain", "María Fernanda | de la Hoz"). Not when that word is
    another entity, an acronym, an honorific or a label, nor after an acronym (a modifier:
    "the ILO Governing Body")."""
    if entity.label == "COUNTRY":
        if entity.in_name or entity.demonym:
            return False
    elif not is_name(entity) or single_acronym(entity.text):
        return False
    joiners = {"ORG": ORG_RUN_JOINERS, "PERSON": NAME_PARTICLES}.get(entity.label, frozenset())
    after = next_word(place.text, entity.end, joiners)
    if after is None and entity.label == "PERSON":
        after = after_short_word(place.text, entity.end)
    if after is None or after[0] in place.starts:
        return False
    word = after[1].rstrip(".:,;")
    return not (
        word in NOT_NAME_WORDS
        or word.lower() in LABEL_WORDS
        or word in HONORIFICS
        or is_acronym(word)
    )


def runs_back(entity: Entity, place: Place) -> bool:
    """A capitalised word stands just before the name on its line, and it is no common
    word, honorific, demonym or other entity ("the Yabelo | Pastoral Training Institute",
    "M. Kodjo | Mawuli Adjamagbo", "Lake | Chad")."""
    if not (is_name(entity) or (entity.label == "COUNTRY" and not entity.in_name)):
        return False
    line_start = place.text.rfind("\n", 0, entity.start) + 1
    before = WORD_BEFORE.search(place.text[line_start : entity.start])
    if before is None or line_start + before.end("word") in place.ends:
        return False
    word = before.group("word")
    return (
        word[0].isupper()
        and word[-1].isalnum()
        and word not in NOT_NAME_WORDS
        and word.lower() not in place.common
        and word not in HONORIFICS
        and not is_demonym(word)
    )


def cut_at_comma(entity: Entity, place: Place) -> bool:
    """An organisation followed by a comma and words that carry its name on: a joining word
    ("Ministère du Développement Industriel, | du Commerce"), single words enumerated up to
    "and" ("Ministry of Power, | Energy and Mineral Resources"), or a country after a name
    ending in one ("ILO Country Office for Ethiopia, | Djibouti, ...")."""
    found = words_of(entity.text)
    if entity.label != "ORG" or single_acronym(entity.text) or is_org_keyword(found[-1]):
        return False  # a name that ends in its head word ("... Unit, Partnerships and ...")
    after = COMMA_CONTINUES.match(place.text, entity.end)
    if after is not None and not is_acronym(after.group("next").split()[0]):
        return True
    if not (place.text.startswith(",", entity.end) and ends_with_country(entity.text)):
        return False
    rest = place.text[entity.end + 1 : entity.end + 1 + LOOKAHEAD_CHARS]
    return any(m.start == len(rest) - len(rest.lstrip()) for m in find_countries(rest))


def person_common_word(entity: Entity, place: Place) -> bool:
    """A person with a capitalised word that the card also writes in lower case, or a role
    ("Danielle Whitcomb-Reyes Owner", "Associate Professor"): a role or a thing."""
    return entity.label == "PERSON" and any(
        word.lower() in place.common or word.lower() in ROLE_WORDS
        for word in words_of(entity.text)
        if word[0].isupper()
    )


def person_title_token(entity: Entity, place: Place) -> bool:
    """A person with an abbreviated word longer than an initial ("Smt. Sarita ...", "Md."):
    a title the honorifics lack, or a name cut at it."""
    return entity.label == "PERSON" and any(
        len(word) > 2 and word.endswith(".") and word[:-1] not in NAME_SUFFIXES
        for word in words_of(entity.text)
    )


def line_join(entity: Entity, place: Place) -> bool:
    """A name cut at a line break: it ends in a joining word, or the next line opens with
    one ("Ministerio de Desarrollo Productivo | y Economía Plural"), or it opens a line
    after one that ends in one ("Work Team for South Asia and | Country Office for
    India")."""
    if not is_name(entity):
        return False
    found = words_of(entity.text)
    if found and found[-1] in NAME_JOINERS:
        return True
    rest = place.text[entity.end :]
    following = rest.split(maxsplit=1)
    if re.match(r"[ \t]*\n", rest) and following and following[0] in ORG_RUN_JOINERS:
        return True
    line_start = place.text.rfind("\n", 0, entity.start) + 1
    previous = place.text[:line_start].split()
    return (
        not place.text[line_start : entity.start].strip()
        and bool(previous)
        and previous[-1] in ORG_RUN_JOINERS
    )


def country_possessive(entity: Entity, place: Place) -> bool:
    """An organisation holding a country's possessive ("Viet Nam's Ministry of ..."): the
    owner run into the body's name."""
    if entity.label != "ORG":
        return False
    owners = (m.group(1) for m in POSSESSIVE.finditer(entity.text))
    return any(find_countries(owner) for owner in owners)


POSSESSIVE = re.compile(r"((?:[A-Z][\w\-]*[ \t]+)?[A-Z][\w\-]*)['’]s\b")


def one_word_declared(entity: Entity, place: Place) -> bool:
    """An organisation of one word, no acronym, that only an apposition calls one ("Ouanaminthe,
    a town ...", "Zotoé, a cosmetics company"): as often a place the apposition describes as
    a body (added after set 19; on the first runs of sets 10-19 half of these mentions were
    places, and a wrong one repeats every time the card names it)."""
    return (
        entity.label == "ORG"
        and entity.reason == "declared_name"
        and re.fullmatch(PLACE_LIKE_WORD, entity.text) is not None  # not "g7+"
        and not single_acronym(entity.text)
    )


PLACE_LIKE_WORD = r"[^\W\d_](?:[^\W\d_]|['’\-])*"  # letters, apostrophes and hyphens only


# name -> (rule, what it tells a reviewer); `nominations review` prints the words.
LOW_RULES: dict[str, tuple[Callable[[Entity, Place], bool], str]] = {
    "model_person": (model_person, "a person found by the language model alone"),
    "undefined_acronym": (undefined_acronym, "an acronym the card never spells out"),
    "model_org_without_head": (
        model_org_without_head,
        "an organisation found by the language model alone, without an organisation word",
    ),
    "role_opening": (role_opening, "an organisation that opens with a role"),
    "ambiguous_country": (
        ambiguous_country,
        "a country's name that is also a city, a state or a given name",
    ),
    "country_after_office": (
        country_after_office,
        "a country listed after a name ending in a country",
    ),
    "lowercase_word": (lowercase_word, "a name holding a lower-case word"),
    "in_brackets": (in_brackets, "a name inside or holding brackets"),
    "holds_honorific": (holds_honorific, "an honorific inside the name"),
    "runs_into_label": (runs_into_label, "a name that runs into the next field"),
    "runs_on": (runs_on, "a capitalised word follows: the name may be cut"),
    "runs_back": (runs_back, "a capitalised word precedes: the name may be cut"),
    "cut_at_comma": (cut_at_comma, "the name goes on after a comma"),
    "person_common_word": (person_common_word, "a person with a common word or a role"),
    "person_title_token": (person_title_token, "a person with an abbreviated word"),
    "line_join": (line_join, "the name may be cut at a line break"),
    "country_possessive": (country_possessive, "a country's possessive inside the name"),
    "two_heads": (two_heads, "two organisation words in two parts: two names run together?"),
    "first_word_not_in_email": (
        first_word_not_in_email,
        "the e-mail address leaves out the name's first word: a form of address?",
    ),
    "one_word_declared": (
        one_word_declared,
        "one word that only an apposition calls an organisation: a place?",
    ),
    "long_layout_name": (
        long_layout_name,
        "a name of four words or more: a form of address or another field inside?",
    ),
}

MIN_LOWERCASE_LETTERS = 4  # shorter lower-case words are particles ("al", "ng", "și")
LOOKAHEAD_CHARS = 60  # how far after a comma a country is looked for
# Words over which an organisation's name goes on ("Traders of Galkayo", "Small and Medium").
ORG_RUN_JOINERS = words("org_run_joiner")
WORD = r"[^\W\d_][\w'’.\-]*"
WORD_AFTER = re.compile(rf"[ \t]+(?P<word>{WORD})")
WORD_BEFORE = re.compile(rf"(?P<word>{WORD})[ \t]+$")
BRACKETED = re.compile(r"\(([^()]*)\)")
TRANSLATED = re.compile(r"[A-Z][\w'’\-]*[ \t]*$")  # a bracket right after a name
LABEL_AFTER = re.compile(r"[ \t]+[a-z][^\W\d_]*:")
LIST_GAP = re.compile(r"(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:the[ \t]+)?$")
COMMA_CONTINUES = re.compile(
    r",[ \t]*(?P<next>(?:du|de|des|del|of)[ \t]"
    r"|[A-Z][\w'’\-]*(?:,[ \t]*[A-Z][\w'’\-]*)*[ \t]+(?:and|et|y|e|&)[ \t]+[A-Z])"
)


def next_word(text: str, end: int, joiners: frozenset[str]) -> tuple[int, str] | None:
    """The capitalised word after `end` on the same line, maybe over two of `joiners`
    ("of", "de la"): its offset and the word."""
    found = WORD_AFTER.match(text, end)
    for _ in range(2):
        if found is not None and found.group("word") in joiners:
            found = WORD_AFTER.match(text, found.end())
    if found is None or not found.group("word")[0].isupper():
        return None
    return found.start("word"), found.group("word")


def after_short_word(text: str, end: int) -> tuple[int, str] | None:
    """The capitalised word after one short lower-case word that may be a particle the
    vocabulary lacks ("Elvin Rasul | oglu Mammadli", "Rosa Portillo | vda. de ...")."""
    short = WORD_AFTER.match(text, end)
    if short is None or not short.group("word").islower():
        return None
    word = short.group("word").rstrip(".")
    if len(word) > MAX_PARTICLE_LETTERS or word in NAME_JOINERS or word in LINKING_WORDS:
        return None  # "Ana Ruiz of Lima", "Ana Ruiz and Tomas Berg"
    return next_word(text, short.end(), NAME_PARTICLES)


MAX_PARTICLE_LETTERS = 4  # "oglu", "qizi", "vda.": longer lower-case words go on a sentence


def is_demonym(word: str) -> bool:
    """'Brazilian': an adjective of a country, which may stand before a name."""
    return any(mention.demonym for mention in find_countries(word))


def ends_with_country(name: str) -> bool:
    """'ILO Country Office for Ethiopia': a name that ends with a country's name."""
    return any(m.end == len(name) and not m.demonym for m in find_countries(name))
