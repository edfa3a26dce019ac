"""Towns the card names next to a body: on the nominee's address line, or after a body's
name and a comma. A name that runs on into one of them without a comma ("... Weavers'
Cooperative Torbat-e Jam") is the body's name, and the town says where it is."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from itertools import pairwise

from pipeline.country_names import lookup_country
from pipeline.entities.filters import (
    has_org_keyword,
    is_acronym,
    is_org_keyword,
    names_a_body,
    plain_org_name,
    words_of,
)
from pipeline.entities.spans import Found
from pipeline.nominee import field_label
from pipeline.text import NOT_NAME_WORDS


def address_places(nominee_text: str) -> set[str]:
    """The places the nominee's address line names: its comma-separated parts of
    capitalised words without a digit ("..., Torbat-e Jam, Khorasan Razavi, ...")."""
    places = set()
    for line in nominee_text.splitlines():
        labelled = field_label(line)
        if labelled is None or labelled[0] != "address":
            continue
        for part in labelled[1].split(","):
            words = part.split()
            if words and not any(c.isdigit() for c in part) and all(w[:1].isupper() for w in words):
                places.add(" ".join(words))
    return places


def towns_after_bodies(texts: Iterable[str]) -> set[str]:
    """Towns the card writes after a body's name and a comma ("Université Marien Ngouabi,
    Brazzaville"): one or two capitalised words, no organisation word, digit or acronym,
    right after a comma part that holds an organisation word."""
    towns = set()
    for text in texts:
        for line in text.splitlines():
            parts = [part.strip() for part in line.split(",")]
            for previous, part in pairwise(parts):
                words = part.split()
                if (
                    1 <= len(words) <= MAX_TOWN_WORDS
                    and all(w[:1].isupper() and w.isalpha() for w in words)
                    and not any(is_org_keyword(w) or is_acronym(w) for w in words)
                    and lookup_country(part) is None  # "Weavers Network Kenya" keeps it
                    and a_body_before(previous)
                ):
                    towns.add(part)
    return towns


MAX_TOWN_WORDS = 2


def a_body_before(part: str) -> bool:
    """'Université Marien Ngouabi': a body's name that ends capitalised and opens with no
    common word ("Their association, Witral Ñimin" is an apposition)."""
    words = words_of(part)
    return names_a_body(part) and words[-1][:1].isupper() and words[0] not in NOT_NAME_WORDS


def without_place_after(text: str, item: Found, places: set[str]) -> Found:
    """'Runas Carpet Weavers' Cooperative Torbat-e Jam': an organisation that ends in its
    head word, or in a name after its head word ("Université Marien Ngouabi"), and then a
    place the card names elsewhere (the nominee's address, a town after a body's name and a
    comma), with no comma between, is the organisation; the place says where it is."""
    if item.label != "ORG":
        return item
    written = text[item.start : item.end]
    for place in sorted(places, key=len, reverse=True):
        name = written[: -len(place)].rstrip()
        last = name.split()[-1] if name else ""
        if written.endswith(" " + place) and last[:1].isupper() and has_org_keyword(name):
            return replace(item, end=item.start + len(name), normalized=plain_org_name(name))
    return item
