"""The model's ORG and PERSON spans: trimmed, widened to a whole name, and kept only
where they are an organisation or a person in these forms."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pycountry
from spacy.tokens import Doc

from pipeline.countries import find_countries, names_a_subdivision
from pipeline.entities.filters import (
    NUMBER_SIGN,
    a_role_of_a_board,
    has_org_keyword,
    is_acronym,
    names_a_body,
    normalize_org,
    normalize_person,
    plausible_org,
    plausible_person,
    words_of,
)
from pipeline.entities.headed_names import (
    CAPITALISED_WORD,
    enclosing_span,
    with_joined_field,
    with_town_of,
)
from pipeline.entities.places import (
    after_the_demonym,
    before_its_country,
    in_a_list_of_places,
    joined_to_a_place,
    places_in,
)
from pipeline.entities.spans import Acronyms, Found, line_around
from pipeline.entities.vocabulary import (
    ARTICLES,
    COMPOUND_NAME_HEADS,
    EVENT_HEADS,
    HONORIFICS,
    LINKING_WORDS,
    ORG_KEYWORDS,
    PATRONYMIC_PARTICLES,
    ROLE_WORDS,
    SENTENCE_OPENERS,
    THING_NOUNS,
    UNIT_HEADS,
)
from pipeline.igos import igo_full_name
from pipeline.nominee import field_label, label_alone, line_field
from pipeline.personnames import HONORIFIC
from pipeline.text import CAPITAL, NOT_NAME_WORDS


def model_names(
    text: str, doc: Doc, acronyms: Acronyms, enumerations: list[tuple[int, int]]
) -> Iterator[Found]:
    """`enumerations`: the text's enumerated names (`enumerated_spans`)."""
    places = places_in(doc, text)
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "PERSON"):
            continue
        start, end = trim_span(text, ent.start_char, ent.end_char, ent.label_)
        enumerated = enclosing_span(enumerations, ent.start_char, ent.end_char)
        if ent.label_ == "ORG" and enumerated is not None:
            start, end = enumerated  # "the Ministry of Water, Sanitation and" + "Hygiene"
        if ent.label_ == "PERSON":
            start = with_given_name_before(text, start)  # "Mariem mint" + "Ahmed Salem"
            start = with_okina_word_before(text, start)  # "'Ana" + "Vaipulu Motuliki"
            start = with_name_before_a_compound(text, start)  # "Bilal" + "Abdel Rahman K."
        span = text[start:end]
        if start >= end or "\n" in span:
            continue  # a name does not cross a line or a block
        # "Kibera Prison" tagged PERSON is an organisation by its head word, and so is
        # "Weavers Network Kenya": a person's name does not end with a country.
        is_org = ent.label_ == "ORG" or has_org_keyword(span) or ends_with_country(span)
        if is_org and (
            describes_something_else(text, end, span, acronyms)
            or is_currency_amount(text, start, end)
        ):
            continue
        if is_org and a_role_of_a_board(span):
            continue  # "Chair of the Board": a role
        if is_org and names_a_body(span):
            start = with_leading_name_words(text, start)  # "the Yabelo" + "Pastoral Institute"
            start += parent_organisation_start(text[start:end])
            span = text[start:end]
        if is_org:
            end = with_town_of(text, end)  # "Brotherhood of Camel Traders" + "of Galkayo"
            end = with_joined_field(text, start, end)  # "Ministerio de Trabajo" + "y ..."
            span = text[start:end]
        if is_org and re.match(r"\s*:\s*[+(\d]", text[end:]):
            continue  # "Manzini Office: +268 ...": the label of a number
        if re.match(r"[ \t]*:", text[end:]) and label_alone(text[start:end]):
            continue  # "Institución / Institution:": a nominee block's label
        if field_label(rest_of_line(text, start)):
            continue  # "Nom de la" of "Nom de la candidate: Mme ...": a label's words
        if is_org and plausible_org(span, acronyms) and not heading_or_head_word(text, start, end):
            yield Found("ORG", start, end, normalize_org(span, acronyms), "model")
        elif (
            ent.label_ == "PERSON"
            and span.lstrip(_OKINA)[:1].isupper()  # "de" + "Beni": a particle opens no name
            and plausible_person(span)
            and not any(word in acronyms.orgs for word in span.split())  # "IFAP Oiapoque"
            and (" " in span or after_title(text, start))
            and ent not in places
            and not joined_to_a_place(ent, places, text)
            and not in_a_list_of_places(text, start)
            and not names_a_subdivision(span)
            and not names_a_thing(text, start, end)
            and not before_its_country(text, end)
            and not _DOCUMENT_NUMBER_AFTER.match(text, end)
            and line_field(line_around(text, start)) not in _FIELDS_WITHOUT_PERSONS
            and words_of(span)[0] not in NOT_NAME_WORDS | ARTICLES
            and not after_the_demonym(text, start)
        ):
            yield Found("PERSON", start, end, normalize_person(span), "model")


# Nominee-block fields that name a body or a place, never a person: "Organización: Mabuiga –
# Red de Posadas Comunitarias Garífunas de la Bahía de Trujillo" (set 27), "Country:
# Republic of Lithuania (Lietuvos Respublika)" (set 26).
_FIELDS_WITHOUT_PERSONS = ("organization", "country", "address", "website")


# "Resolución Suprema N.º 045-2022": a law's or a document's name, then its number.
_DOCUMENT_NUMBER_AFTER = re.compile(rf"[ \t]*{NUMBER_SIGN}[ \t]*\d")


# A currency's ISO 4217 code and its amount in one span: "ZMW 85", "USD 2.5 million".
_CODE_AND_AMOUNT = re.compile(
    r"(?P<code>[A-Z]{3})[ \t\u00a0]?\d[\d,.]*(?:[ \t]+(?:million|billion|thousand))?"
)


def heading_or_head_word(text: str, start: int, end: int) -> bool:
    """Not the model's organisation: a line that is all one Title Case span without an
    organisation word or an acronym (a subheading: "Build Trust First"), or a head word
    alone ("the Department")."""
    span = text[start:end]
    words = words_of(span)
    if len(words) == 1 and words[0].lower() in ORG_KEYWORDS:
        return True
    whole_line = line_around(text, start, end).strip(" \t.:") == span
    return whole_line and not has_org_keyword(span) and not any(is_acronym(w) for w in words)


def is_currency_amount(text: str, start: int, end: int) -> bool:
    """'ETB 3.2 million', '9,500 INR': a currency code next to an amount; 'ZMW 85': a span
    that holds its amount too."""
    holds_amount = _CODE_AND_AMOUNT.fullmatch(text, start, end)
    code = holds_amount.group("code") if holds_amount else text[start:end]
    if not re.fullmatch(r"[A-Z]{3}", code) or pycountry.currencies.get(alpha_3=code) is None:
        return False
    if holds_amount:
        return True
    before = text[max(0, start - 20) : start]
    amount_before = re.search(r"\d(?:[ \t]+(?:million|billion|thousand|m|bn))?[ \t]?$", before)
    return bool(re.match(r"[ \t]?\d", text[end:]) or amount_before)


_GIVEN_NAME_AND_PARTICLE = re.compile(
    rf"(?<![\w'’\-])(?P<given>{CAPITALISED_WORD})[ \t]+(?P<particle>[a-z]+)[ \t]+$"
)


def with_given_name_before(text: str, start: int) -> int:
    """Where a person's name starts when the model began it after a patronymic particle
    (PATRONYMIC_PARTICLES): "Mariem mint" + "Ahmed Salem"."""
    found = _GIVEN_NAME_AND_PARTICLE.search(text, max(0, start - 40), start)
    if found is None or found.group("particle") not in PATRONYMIC_PARTICLES:
        return start
    given = found.group("given")
    if given in NOT_NAME_WORDS or given.lower() in _NOT_GIVEN_NAMES:
        return start
    return found.start("given")


_NOT_GIVEN_NAMES = SENTENCE_OPENERS | ORG_KEYWORDS


# A Polynesian name word opening with an ʻokina, often typed as an apostrophe: "'Ana", "ʻOfa".
_OKINA = "'’ʻ"
_OKINA_WORD_BEFORE = re.compile(rf"(?<![\w{_OKINA}])[{_OKINA}]{CAPITAL}[\w{_OKINA}\-]*[ \t]+$")


def with_name_before_a_compound(text: str, start: int) -> int:
    """Where a person's name starts when the model began it at a compound name's head
    (COMPOUND_NAME_HEADS) and left out the given name before it: "and Bilal" + "Abdel
    Rahman Kabbout" (set 27). Not a sentence opener, a role or a form of address."""
    head = _FIRST_WORD.match(text, start)
    if head is None or head.group().lower() not in COMPOUND_NAME_HEADS:
        return start
    found = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if found is None:
        return start
    word = found.group(1)
    if (
        word in NOT_NAME_WORDS
        or word in HONORIFICS
        or word.lower() in SENTENCE_OPENERS | ROLE_WORDS | ORG_KEYWORDS
    ):
        return start
    return found.start()


_FIRST_WORD = re.compile(r"\S+")


def with_okina_word_before(text: str, start: int) -> int:
    """Where a person's name starts when the model left out a first word that opens with an
    ʻokina ("'Ana" + "Vaipulu Motuliki"): the model's tokens split the mark off."""
    if start >= 1 and text[start - 1] in _OKINA and not text[start - 2 : start - 1].isalnum():
        return start - 1  # the model began the name after its ʻokina: "'" + "Ofa Latu"
    found = _OKINA_WORD_BEFORE.search(text, max(0, start - 20), start)
    return found.start() if found is not None else start


def with_leading_name_words(text: str, start: int) -> int:
    """Where a name really starts when the model left out capitalised words before it
    ("the Yabelo" + "Pastoral Training Institute"); not past a sentence opener ("In")."""
    while word := _WORD_BEFORE.search(text, max(0, start - 40), start):
        if word.group(1) in NOT_NAME_WORDS or word.group(1).lower() in SENTENCE_OPENERS:
            break
        if re.search(r"['’]s$", word.group(1)):
            break  # "Tunisia's" + "Ministère de ...": an owner, not a word of the name
        start = word.start()
    return start


_WORD_BEFORE = re.compile(rf"(?<![\w'’\-])({CAPITALISED_WORD})[ \t]+$")
_PARENT = re.compile(r"\s+of\s+the\s+(?=[A-Z])")


def parent_organisation_start(span: str) -> int:
    """Where the organisation starts in a unit's name: 'Faculty of Agriculture of the
    National University of Laos' names the university (the faculty is a part of it)."""
    words = words_of(span)
    if not words or words[0].lower() not in UNIT_HEADS:
        return 0
    parent = _PARENT.search(span)
    if parent is None or not names_a_body(span[parent.end() :]):
        return 0
    return parent.end()


OPENING_QUOTES = ("“", '"', "‘", "«", "'")
CLOSING_QUOTES = ("”", '"', "’", "»", "'")


def names_a_thing(text: str, start: int, end: int) -> bool:
    """'a radio programme, “Voz da Lavra”', 'the brand Doce de Huambo', 'the Mar Limpio
    label': a name in quotes, right after or before a noun that names a kind of thing
    (THING_NOUNS), or ending with one ('Karadeniz Gazetesi'), is no person's."""
    before = text[:start].rstrip()
    if before.endswith(OPENING_QUOTES) and text[end:].lstrip().startswith(CLOSING_QUOTES):
        return True
    previous = re.search(r"([A-Za-z]+)$", before)
    if previous is not None and previous.group(1).lower() in THING_NOUNS:
        return True
    last = re.search(r"([^\W\d_]+)\W*$", text[start:end])
    if last is not None and last.group(1).lower() in THING_NOUNS:
        return True  # "Karadeniz Gazetesi" (a newspaper), "TRT Haber" (news)
    following = re.match(r"[ \t]+([A-Za-z]+)", text[end:])  # "under the Mar Limpio label"
    return following is not None and following.group(1) in THING_NOUNS


def rest_of_line(text: str, start: int) -> str:
    line_end = text.find("\n", start)
    return text[start : line_end if line_end >= 0 else len(text)]


def after_title(text: str, start: int) -> bool:
    """'President Kenyatta': a one-word name is a person only after a title or honorific
    (alone, NER also takes languages and towns for persons: 'Quechua', 'Nakuru')."""
    before = re.search(r"(\S+)\s+$", text[max(0, start - 40) : start])
    if before is None or before.group(1).endswith(","):
        return False  # "Manager, Javorina": the employer after a role, not a title
    word = before.group(1).lower()
    return word in ROLE_WORDS or re.fullmatch(HONORIFIC, before.group(1)) is not None


def ends_with_country(span: str) -> bool:
    mentions = find_countries(span)
    return bool(mentions) and mentions[-1].end == len(span) and mentions[-1].start > 0


def describes_something_else(text: str, end: int, span: str, acronyms: Acronyms) -> bool:
    """'the NHCA Market project', 'CSR programs': a name used to qualify a noun."""
    following = re.match(r"[ \t]+([a-z][a-z\-]+)", text[end : end + 30])
    if following is None:
        return False
    noun = following.group(1)
    if noun in EVENT_HEADS:
        return True
    undefined_acronym = is_acronym(span) and " " not in span and span not in acronyms.orgs
    return undefined_acronym and noun not in LINKING_WORDS and igo_full_name(span) is None


_LEADING_NOISE = re.compile(
    r"^(?:(?:the|The|THE|this|This|these|These|its|Its|their|Their|our|Our)\s+"
    r"|[\s\"“‘'(,;:.\-–])*"
)
_TRAILING_NOISE = re.compile(
    r"(?:['’]s|[\s\"”’',;:\-–(]|(?<=\s)(?:of|for|and|the|in|at|de|du|des)(?=\s|$))*$"
)
# "Radio Sur Andina in Arequipa": a name without "of"/"for" does not go on with "in Place"
# ("Federation of Growers in East Africa" does).
_PLACE_AFTER_IN = re.compile(
    rf"^(?!.*\b(?:of|for)\b)(?P<name>.+?)\s+in\s+{CAPITAL}[\w'’\-]*(?:\s+{CAPITAL}[\w'’\-]*)*$"
)


def trim_span(text: str, start: int, end: int, label: str) -> tuple[int, int]:
    """Without a leading article, a possessive 's, a dangling '(', or a comma-joined head."""
    start += len(_LEADING_NOISE.match(text[start:end]).group())  # type: ignore[union-attr]
    span = text[start:end]
    possessive = re.search(r"['’]s\b", span)
    if label == "PERSON" and possessive:
        end = start + possessive.start()  # "Jane Doe’s Theory X"
    elif label == "ORG" and possessive and span[: possessive.start()].isupper():
        end = start + possessive.start()  # "VMI’s Alytus office": the body, not its office
    if label == "ORG" and ", " in span:
        start += span.rindex(", ") + 2  # "Insurance, ILO Regional Office": the last part
    if label == "ORG":
        end = start + len(_PLACE_AFTER_IN.sub(r"\g<name>", text[start:end]))  # "X in Lima"
    span = text[start:end]
    if span.count("(") > span.count(")"):
        if text[end : end + 1] == ")":
            end += 1
        else:
            end = start + span.index("(")  # "Organization of ... Unity (Organisation de l'"
    end -= len(_TRAILING_NOISE.search(text[start:end]).group())  # type: ignore[union-attr]
    return start, max(start, end)
