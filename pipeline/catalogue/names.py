"""How the catalogue compares names of organisations: one key per spelling of a body
("The Organisation for X, Inc." and "Organization for X" share one), and whether a name is
generic ("Ministry of Finance"), naming a different body in each document."""

from __future__ import annotations

import re
from functools import cache

from pipeline.acronyms import is_short_form
from pipeline.countries import find_countries
from pipeline.text import fold
from pipeline.vocabulary import words

_LINKING = frozenset({"of", "for", "and", "the", "on", "in", "de", "des", "du", "la", "le", "et"})


@cache
def _spellings() -> dict[str, str]:
    return dict(row.split("=", 1) for row in words("spelling_variant"))


def name_words(name: str) -> list[str]:
    """The folded words of a name: no accents, case, apostrophes or "&"; hyphenated and
    dotted words joined ("Co-operation" = "Cooperation", "U.N." = "UN"); spelling variants
    made one ("Labour" = "Labor"); no leading "the", no trailing legal form ("Inc")."""
    text = fold(name).replace("&", " and ")
    text = re.sub(r"(?<=\w)['’.\-](?=\w)", "", text)
    found = [_spellings().get(word, word) for word in re.findall(r"\w+", text)]
    while found and found[0] == "the":
        found.pop(0)
    while len(found) > 1 and found[-1] in words("legal_suffix"):
        found.pop()
    return found


def name_key(name: str) -> str:
    """The key two spellings of one name share."""
    return " ".join(name_words(name))


def is_acronym(name: str) -> bool:
    """'NHCA', 'UN-Habitat': a short form, not a written-out name."""
    return " " not in name.strip() and is_short_form(name.strip())


@cache
def _generic_words() -> frozenset[str]:
    lists = ("generic_org_word", "org_keyword", "state_head", "unit_head")
    return frozenset(fold(word) for name in lists for word in words(name)) | _LINKING


def is_generic(name: str) -> bool:
    """'Ministry of Finance', 'Central Bank', 'Executive Committee': only words that name a
    kind of body, no proper name and no country, so each document's is its own body."""
    found = name_words(name)
    if not found or find_countries(name):
        return False
    generic = _generic_words()
    return all(word in generic or word.rstrip("s") in generic for word in found)
