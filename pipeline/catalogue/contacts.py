"""Contacts across documents: the nominee and contact people of every card (as the export's
contacts table reads them), one entry per person. Two card entries are one person when they
share an e-mail address, else when their names (honorific, accents and case aside) and
affiliations (organisation keys) are the same. A shared name alone merges nothing: two
people of one name at two organisations stay two entries."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pipeline.catalogue.model import Contact
from pipeline.catalogue.names import name_key
from pipeline.models import Card
from pipeline.people import Person, card_people, person_key

BY_EMAIL = "e-mail"
BY_NAME = "name and affiliation"


@dataclass(frozen=True)
class Sighting:
    nomination: str
    person: Person


def sightings(cards: Sequence[tuple[str, Card]]) -> list[Sighting]:
    """Every person of every card, (nomination id, card) in catalogue order."""
    return [
        Sighting(nomination, person) for nomination, card in cards for person in card_people(card)
    ]


class _Groups:
    """Union-find over sightings, remembering which rule joined two groups."""

    def __init__(self, count: int) -> None:
        self.parent = list(range(count))
        self.rules: dict[int, set[str]] = {}

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, first: int, second: int, rule: str) -> None:
        a, b = self.find(first), self.find(second)
        if a == b:
            return
        a, b = min(a, b), max(a, b)
        self.parent[b] = a
        self.rules.setdefault(a, set()).update({rule, *self.rules.pop(b, set())})


def merge_contacts(found: Sequence[Sighting]) -> list[Contact]:
    groups = _Groups(len(found))
    first_by: dict[tuple[str, str], int] = {}
    for index, sighting in enumerate(found):
        for address in sighting.person.emails:
            groups.join(first_by.setdefault(("email", address.casefold()), index), index, BY_EMAIL)
    for index, sighting in enumerate(found):
        person = sighting.person
        name, affiliation = person_key(person.name), name_key(person.organization or "")
        if name and affiliation:
            key = ("name", f"{name}|{affiliation}")
            groups.join(first_by.setdefault(key, index), index, BY_NAME)
    members: dict[int, list[Sighting]] = {}
    for index, sighting in enumerate(found):
        members.setdefault(groups.find(index), []).append(sighting)
    contacts = [_contact(group, groups.rules.get(root, set())) for root, group in members.items()]
    contacts.sort(key=lambda c: (person_key(c.name), c.name, c.nominations))
    return [c.model_copy(update={"id": f"person-{n:04d}"}) for n, c in enumerate(contacts, 1)]


def _contact(group: list[Sighting], rules: set[str]) -> Contact:
    people = [sighting.person for sighting in group]
    names = _unique(person.name for person in people if person.name)
    return Contact(
        id="",
        name=max(names, key=lambda name: (len(name), name)) if names else "",
        names=sorted(names),
        kinds=sorted({person.kind for person in people}),
        roles=sorted(_unique(p.role for p in people if p.role)),
        organisations=sorted(_unique(p.organization for p in people if p.organization)),
        emails=sorted(_unique(e for p in people for e in p.emails)),
        phones=sorted(_unique(n for p in people for n in p.phones)),
        faxes=sorted(_unique(n for p in people for n in p.faxes)),
        nominations=sorted(_unique(sighting.nomination for sighting in group)),
        merged_by=sorted(rules),
    )


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
