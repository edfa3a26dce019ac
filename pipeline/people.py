"""The people of a nomination card as one list: the nominee first, then the contact people
(ILO contacts told apart by the section they are listed in). One person written twice, with
and without accents, an honorific or punctuation, is one entry with the details of both. The
export's contacts table has a row per entry, and the catalogue merges people across documents
by the same name key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.models import Card, Contact
from pipeline.personnames import split_honorific
from pipeline.text import fold


@dataclass
class Person:
    """A row of the contacts table: the nominee or a contact person of one card."""

    kind: str  # nominee, contact, ilo_contact
    name: str
    role: str | None = None
    organization: str | None = None
    country_code: str | None = None
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    faxes: list[str] = field(default_factory=list)


def person_key(name: str) -> str:
    """One person however the name is written: no honorific, accents, case or punctuation
    ("Dr. José Núñez, Jr." and "Jose Nunez Jr")."""
    _, bare = split_honorific(name)
    return " ".join(re.sub(r"[^\w]+", " ", fold(bare)).split())


def card_people(card: Card) -> list[Person]:
    """The nominee first, then the contact people; a person named twice is one row with
    the details of both."""
    nominee = card.nominee
    people: list[Person] = []
    if nominee.name or nominee.emails:
        country = nominee.country.code if nominee.country else None
        people.append(
            Person(
                "nominee",
                nominee.name or "",
                organization=nominee.affiliation,
                country_code=country,
                emails=list(nominee.emails),
                phones=list(nominee.phones),
                faxes=list(nominee.faxes),
            )
        )
    for contact in card.contacts:
        person = Person(
            contact_kind(card, contact),
            contact.name,
            role=contact.role,
            organization=contact.organization,
            emails=list(contact.emails),
            phones=list(contact.phones),
        )
        same = next(
            (p for p in people if p.name and person_key(p.name) == person_key(contact.name)), None
        )
        if same is None:
            people.append(person)
        else:
            merge_person(same, person)
    return people


def contact_kind(card: Card, contact: Contact) -> str:
    keys = {section.number: section.key for section in card.sections}
    return "ilo_contact" if keys.get(contact.section) == "ilo_contacts" else "contact"


def merge_person(kept: Person, other: Person) -> None:
    """The first row keeps its kind and name; it gains what only the other one says."""
    kept.role = kept.role or other.role
    kept.organization = kept.organization or other.organization
    kept.country_code = kept.country_code or other.country_code
    for mine, theirs in (
        (kept.emails, other.emails),
        (kept.phones, other.phones),
        (kept.faxes, other.faxes),
    ):
        mine.extend(item for item in theirs if item not in mine)
