"""ORG and PERSON candidates by tier: where they overlap, the earlier tier wins."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from pipeline.countries import CountryMention
from pipeline.country_names import lookup_country
from pipeline.entities.definitions import acronym_uses, defined_long_forms, igo_mentions, name_uses
from pipeline.entities.filters import is_acronym, is_org_keyword, plain_org_name, words_of
from pipeline.entities.headed_names import (
    elided_organisations,
    enumerated_organisations,
    enumerated_spans,
)
from pipeline.entities.honorific_names import honorific_persons
from pipeline.entities.model import model_names
from pipeline.entities.places import joined_to_a_place, places_in
from pipeline.entities.spans import Acronyms, AnnotatedText, Found, line_around, overlaps
from pipeline.entities.vocabulary import (
    AMBIGUOUS_HONORIFICS,
    COMPOUND_NAME_HEADS,
    NAME_PARTICLES,
)
from pipeline.nominee import line_field
from pipeline.personnames import holds_words, middle_left_out


def names_in(
    text: AnnotatedText,
    doc: Doc,
    acronyms: Acronyms,
    listed: list[Found],
    declared: set[str],
    known: set[str],
) -> list[Found]:
    """ORG and PERSON spans by tier: lines the form's layout names (lists, contacts), then
    spelled-out definitions, names the card lists and honorifics, then the model, then
    acronyms and the IGO table. Where candidates overlap, the earlier tier wins; within a
    tier, the longer span."""
    enumerations = enumerated_spans(text.text, doc)
    tiers: list[list[Found]] = [
        listed,
        [
            *defined_long_forms(text.text, acronyms),
            *name_uses(text.text, known, acronyms),
            *[
                f
                for f in honorific_persons(text.text)
                if not inside_a_model_name(f, doc, text.text)
            ],
        ],
        [
            *model_names(text.text, doc, acronyms, enumerations),
            *enumerated_organisations(text.text, enumerations, acronyms),
            *elided_organisations(text.text, acronyms),
        ],
        [
            *acronym_uses(text.text, acronyms),
            *igo_mentions(text.text),
            *name_uses(text.text, declared, acronyms),
        ],
    ]
    accepted: list[Found] = []
    for tier in tiers:
        for candidate in sorted(tier, key=lambda f: (f.start - f.end, f.start)):
            if clashes_with_country(candidate, text.countries):
                continue
            if candidate.label == "ORG" and bare_head_word(
                text.text[candidate.start : candidate.end]
            ):
                continue
            if not any(overlaps(candidate.start, candidate.end, a.start, a.end) for a in accepted):
                accepted.append(candidate)
    accepted = [f for f in accepted if not place_after_organisation(text.text, f, accepted)]
    return translations_joined(text.text, sorted(accepted, key=lambda f: (f.start, f.label)))


# "Name (Its Translation)": two or more words in brackets, without a digit, maybe with a
# comma ("(Ministry of Food, Agriculture and Livestock)"; an acronym with its country,
# "(ASEC, Philippines)", is no translation: `is_translation`).
_TRANSLATED = re.compile(r"^(?P<name>.+?)\s*\((?P<other>[^()\d]*\s[^()\d]*)\)$")


def inside_a_model_name(person: Found, doc: Doc, text: str) -> bool:
    """'Zozan Haji Khidir': an "honorific" that the model reads inside a name, after a given
    name, is a part of it (there her father's name), not a form of address before "Khidir".
    A model name that opens with the honorific itself ("Mr. Ana Ruiz") does not count."""
    for ent in doc.ents:
        if ent.label_ != "PERSON" or not (ent.start_char < person.start < ent.end_char):
            continue
        if ent.end_char >= person.end and len(text[ent.start_char : person.start].split()) >= 2:
            return True
    return False


def is_translation(other: str) -> bool:
    words = other.split()
    return any(w[:1].isupper() for w in words[1:]) and not any(
        len(w) > 1 and w.isupper() for w in words
    )


def translations_joined(text: str, found: list[Found]) -> list[Found]:
    """An organisation written with its translation in brackets ("Office National du Bois
    (National Timber Office)") is one organisation under its first name: a span holding
    both is cut in two, and the bracketed name takes the first name's normalised form."""
    result: list[Found] = []
    for item in found:
        written = text[item.start : item.end]
        match = _TRANSLATED.match(written) if item.label == "ORG" else None
        if match and lookup_country(match.group("name")) is not None:
            # "Guyana (Forestry Unit)": a country, then a unit of the body named before it.
            other_start = item.start + match.start("other")
            other_end = item.start + match.end("other")
            other_name = plain_org_name(match.group("other"))
            result.append(replace(item, start=other_start, end=other_end, normalized=other_name))
            continue
        if match and is_translation(match.group("other")):
            name_end = item.start + match.end("name")
            first = replace(item, end=name_end, normalized=plain_org_name(match.group("name")))
            other_start = item.start + match.start("other")
            other = replace(item, start=other_start, end=item.start + match.end("other"))
            result += [first, replace(other, normalized=first.normalized)]
            continue
        previous = result[-1] if result else None
        gap = _GAP_TO_BRACKET.fullmatch(text, previous.end, item.start) if previous else None
        bracket = _BRACKET_FROM.match(text, item.start)
        if (
            previous is not None
            and gap is not None
            and bracket is not None
            and item.label == previous.label == "ORG"
            and item.end <= bracket.end()
            and " " in written
            and is_translation(bracket.group())
        ):
            if gap.group("words"):
                # "Jam'iyyat Al Marsa li-Ummal Al Shahn" + "wal Tafrigh (Al Marsa ...)": the
                # model's span stopped at a lower-case word of the name (set 23).
                whole = text[previous.start : gap.end("words")]
                previous = replace(previous, end=gap.end("words"), normalized=plain_org_name(whole))
                result[-1] = previous
            # "Al Nawras Fishermen's Cooperative Society (Jam'iyyat Al Nawras As-Samakiyya
            # ...)": the model's span of the translation may stop inside the bracket (set 25).
            item = replace(item, normalized=previous.normalized)
        result.append(item)
    return result


# Between a name and the bracket of its translation: nothing, or up to three words of the
# name the model left out ("wal Tafrigh").
_GAP_TO_BRACKET = re.compile(r"(?P<words>(?:[ \t]+[^\W\d_][\w'’\-]*){0,3})[ \t]*\(")
# A bracket's text from where a name starts inside it to its closing bracket, on one line.
_BRACKET_FROM = re.compile(r"[^()\n]+(?=\))")


def bare_head_word(span: str) -> bool:
    """'Department', 'the Ministry': a head word alone names no organisation."""
    words = words_of(span)
    return len(words) == 1 and is_org_keyword(words[0]) and not is_acronym(words[0])


def place_after_organisation(text: str, item: Found, accepted: list[Found]) -> bool:
    """'Nkabom Youth Cooperative, Sefwi Wiawso': the model's PERSON right after an
    organisation and a comma is where the organisation is."""
    if item.label != "PERSON" or item.source != "model":
        return False
    comma = re.search(r",[ \t]*$", text[max(0, item.start - 4) : item.start])
    if comma is None:
        return False
    comma_at = max(0, item.start - 4) + comma.start()
    return any(other.label == "ORG" and other.end == comma_at for other in accepted)


def clashes_with_country(candidate: Found, countries: list[CountryMention]) -> bool:
    """An ORG inside a country's name ('Leone'), a PERSON touching one ('Costa')."""
    for mention in countries:
        if candidate.label == "ORG" and (
            mention.start <= candidate.start and candidate.end <= mention.end
        ):
            return True
        if candidate.label == "ORG" and mention.start < candidate.start < mention.end:
            return True  # "Tobago (MTIT)" out of "Trinidad and Tobago (MTIT)"
        if candidate.label == "PERSON" and overlaps(
            candidate.start, candidate.end, mention.start, mention.end
        ):
            return True
    return False


def drop_persons_named_like_orgs(
    texts: list[AnnotatedText], names: list[list[Found]]
) -> list[list[Found]]:
    """A PERSON whose words the card uses inside an organisation's name is that name's head
    ('Kilimo' of 'Kilimo Mazao Traders Union'), not a person."""
    org_names = {
        text.text[f.start : f.end].casefold()
        for text, found in zip(texts, names, strict=True)
        for f in found
        if f.label == "ORG"
    }

    def named_like_org(text: AnnotatedText, item: Found) -> bool:
        written = text.text[item.start : item.end].casefold()
        if item.source == "model" and written in org_names:
            return True  # "Manager, Javorina": the partner "Javorina" of the card's list
        return any(written in org and written != org for org in org_names)

    return [
        [f for f in found if not (f.label == "PERSON" and named_like_org(text, f))]
        for text, found in zip(texts, names, strict=True)
    ]


def drop_persons_named_like_places(
    texts: list[AnnotatedText], docs: list[Doc], names: list[list[Found]]
) -> list[list[Found]]:
    """A model PERSON whose words the card uses for a place elsewhere ("host families in
    Tháp Mười" ... "visited Tháp Mười in 2024") is that place: one sense per card."""
    places: set[str] = set()
    for text, doc in zip(texts, docs, strict=True):
        sure = [
            place
            for place in places_in(doc, text.text)
            if place.label_ in ("GPE", "LOC", "FAC")
            or after_in(text.text, place.start_char)
            or on_an_address_line(text.text, place.start_char)
        ]
        # A name on the nominee's address line is a place, whatever the model calls it.
        sure += [
            ent
            for ent in doc.ents
            if ent.label_ == "PERSON" and on_an_address_line(text.text, ent.start_char)
        ]
        joined = [
            ent
            for ent in doc.ents
            if ent.label_ == "PERSON" and joined_to_a_place(ent, sure, text.text)
        ]
        places |= {place.text.casefold() for place in [*sure, *joined]}
    return [
        [
            f
            for f in found
            if not (
                f.label == "PERSON"
                and f.source == "model"
                and text.text[f.start : f.end].casefold() in places
            )
        ]
        for text, found in zip(texts, names, strict=True)
    ]


def on_an_address_line(text: str, start: int) -> bool:
    """'Domicilio / Address: ..., C.P. 70000, Juchitán de Zaragoza, Oaxaca': a name on the
    nominee block's address line is a place."""
    return line_field(line_around(text, start)) == "address"


def after_in(text: str, start: int) -> bool:
    """'host families in Tháp Mười': "in" places; "a letter from Ana Silva" does not."""
    return re.search(r"\b[Ii]n[ \t]+$", text[max(0, start - 4) : start]) is not None


def complete_person_names(
    texts: list[AnnotatedText], names: list[list[Found]]
) -> list[list[Found]]:
    """A person written in part ("Edna Patricia", "Santos Lopes") where the card names them
    in full ("Edna Patricia dos Santos Lopes") is that person: the full name, when exactly
    one of the card's persons holds the part as whole words, or writes it with a middle
    name more ("Hyacinth McKenzie-Grant"). A form of address that is also a given name
    ("Ato", AMBIGUOUS_HONORIFICS) and that the card uses as one before a full name ("Ato
    Biniyam Amsalu Gebremariam") is one before a part too ("Ato Biniyam")."""
    titles = {
        text.text[f.start : f.end].split()[0]
        for text, found in zip(texts, names, strict=True)
        for f in found
        if f.label == "PERSON" and titled_by_an_ambiguous_word(text.text[f.start : f.end], f)
    }
    titles |= dropped_leading_words(
        {f.normalized for found in names for f in found if f.label == "PERSON"}
    )

    def untitled(name: str) -> str:
        first, _, rest = name.partition(" ")
        return rest if first in titles and rest else name

    persons = {untitled(f.normalized) for found in names for f in found if f.label == "PERSON"}

    def full_name(part: str) -> str:
        part = untitled(part)
        holders = [name for name in persons if name != part and holds_words(name, part)]
        if not holders:  # "Hyacinth McKenzie-Grant" of "Hyacinth Lorraine McKenzie-Grant"
            holders = [name for name in persons if name != part and middle_left_out(name, part)]
        return holders[0] if len(holders) == 1 else part

    return [
        [
            replace(f, normalized=full_name(f.normalized)) if f.label == "PERSON" else f
            for f in found
        ]
        for found in names
    ]


def dropped_leading_words(persons: set[str]) -> set[str]:
    """Words the card writes before a name and also leaves out of it: "Mma Kebonye
    Ditshwanelo" where the card also names "Kebonye Ditshwanelo". A first given name is not
    left out that way (a second given name or a family name may be), so the word is a form
    of address the vocabulary lacks, in this card (added after set 19: on the first runs of
    sets 10-19, five such pairs, all forms of address: "Mma", "Bà", "Ustoz", "Don",
    "Chef"). Not an abbreviated word: "Ma." and "Md." abbreviate given names (María,
    Muhammad), and the known abbreviated titles are honorifics already."""
    dropped: set[str] = set()
    for name in persons:
        first, _, rest = name.partition(" ")
        if (
            len(rest.split()) >= MIN_NAME_AFTER_TITLE
            and rest in persons
            and first[:1].isupper()
            and not first.endswith(".")
            and not a_particle_first(rest)
        ):
            dropped.add(first)
    return dropped


MIN_NAME_AFTER_TITLE = 2  # the shorter name has a given and a family name at least


def a_particle_first(name: str) -> bool:
    """'Na Fanda' of "Domingas Na Fanda", 'De Souza': the shorter name is a family name
    with its particle, not a given and a family name; 'Mubarak Bin Ghurab' of "Salem
    Mubarak Bin Ghurab": a father's name and a family name after "bin" (set 25); 'Abdel
    Rahman Kabbout' of "Bilal Abdel Rahman Kabbout": a compound name (set 27)."""
    words = name.split()
    return (
        len(words[0]) <= MAX_PARTICLE_LETTERS
        or words[0].lower() in COMPOUND_NAME_HEADS
        or any(word.lower() in NAME_PARTICLES for word in words)
    )


MAX_PARTICLE_LETTERS = 2


def titled_by_an_ambiguous_word(written: str, person: Found) -> bool:
    """'Ato Biniyam Amsalu Gebremariam' normalised without its 'Ato'."""
    first = written.split()[0] if written.split() else ""
    return first in AMBIGUOUS_HONORIFICS and not person.normalized.startswith(first)
