"""Low rules for a form of address the vocabulary lacks: no property of a name tells "Lok
Kru" or "Old Ma" from given names, but the contact's e-mail address and the name's length
sometimes do (see pipeline.entities.low_rules for the table of every rule)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.entities.filters import words_of
from pipeline.entities.vocabulary import HONORIFICS
from pipeline.models import Entity
from pipeline.text import fold
from pipeline.webaddresses import EMAIL_PATTERN

if TYPE_CHECKING:
    from pipeline.entities.low_rules import Place

MIN_SPELLED_LETTERS = 4  # a shorter word of the name may be a particle, not looked for


def first_word_not_in_email(entity: Entity, place: Place) -> bool:
    """A name whose e-mail address, just after it, starts with the second (or third) word or
    its initial and holds a later word, but not the words before it: they may be a form of
    address the vocabulary lacks ("Fundi Abdallah Houmadi Mmadi", a.houmadi@...; "Lok Kru
    Sok Vanna", sokvanna@...). Added after set 13's first run, two-word forms after set
    15's; it also lists names whose e-mail is the family name alone ("Lucía Carbajal Ríos",
    carbajal@...), about one contact in ten."""
    if entity.label != "PERSON":
        return False
    found = [fold(word) for word in words_of(entity.text)]
    if len(found) < MIN_TITLED_WORDS or words_of(entity.text)[0] in HONORIFICS:
        return False
    email = EMAIL_PATTERN.search(place.text, entity.end, entity.end + EMAIL_WINDOW)
    if email is None:
        return False
    local = re.sub(r"[^a-z]", "", fold(email.group().split("@")[0]))
    return bool(local) and any(
        _title_before(found[:title_words], found[title_words:], local)
        for title_words in (1, 2)
        if len(found) - title_words >= 2
    )


def _title_before(title: list[str], name: list[str], local: str) -> bool:
    """Whether an e-mail's local part spells `name` (its first letter, and a later word) but
    nothing of the `title` words before it."""
    if any(word[:3] in local for word in title) or title[0][0] == name[0][0]:
        return False
    later = [word[:4] for word in name if len(word) >= MIN_SPELLED_LETTERS]
    return local[0] == name[0][0] and any(part in local for part in later)


MIN_TITLED_WORDS = 3  # a form of address and a name of two words
EMAIL_WINDOW = 300  # how far after a contact's name its e-mail address is looked for


def long_layout_name(entity: Entity, place: Place) -> bool:
    """A person of `MIN_LONG_NAME_WORDS` capitalised words or more read from the layout
    (particles not counted: "María del Carmen Velasco" has three): a form of
    address of one or two words the vocabulary lacks stays in front of such a name ("Old
    Ma Siatta Kollie"), or the next field runs into it (added after set 15's first run)."""
    return (
        entity.label == "PERSON"
        and entity.reason == "layout"
        and sum(word[:1].isupper() for word in words_of(entity.text)) >= MIN_LONG_NAME_WORDS
    )


MIN_LONG_NAME_WORDS = 4
