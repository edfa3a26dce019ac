"""Names a card defines or declares: acronym definitions, "X is an organisation", names it
lists, and well-known intergovernmental organisations."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.acronyms import AcronymDefinition, find_acronym_definitions
from pipeline.countries import lookup_country
from pipeline.entities.filters import looks_like_org_name, normalize_org
from pipeline.entities.model import CAPITALISED_WORD
from pipeline.entities.spans import Acronyms, AnnotatedText, Found
from pipeline.entities.vocabulary import EVENT_HEADS, SENTENCE_OPENERS
from pipeline.igos import find_igos, igo_full_name
from pipeline.text import CAPITAL


def card_acronyms(texts: list[AnnotatedText], listed: list[Found], declared: set[str]) -> Acronyms:
    """The card's definitions; a long form names an organisation when it has an organisation
    word, or when the card lists it as an organisation ('Kilimo Mazao ... Tanzania'), or
    else when it calls it one ('X (XO), a farmers' NGO')."""
    listed_names = {f.normalized.casefold() for f in listed if f.label == "ORG"}
    declared_names = {name.casefold() for name in declared}
    definitions = [d for text in texts for d in find_acronym_definitions(text.text)]
    orgs: dict[str, AcronymDefinition] = {}
    others: dict[str, AcronymDefinition] = {}
    for definition in definitions:
        if definition.short in orgs:
            continue
        if looks_like_org_name(definition.long) or definition.long.casefold() in listed_names:
            orgs[definition.short] = definition
            others.pop(definition.short, None)
        elif not definition.spelled:
            continue  # only a guess, and not an organisation's name
        elif definition.long[:1].isupper() and igo_full_name(definition.short) is None:
            others.setdefault(definition.short, definition)
    for definition in definitions:  # weaker evidence: only where nothing better was found
        if definition.short not in orgs and definition.long.casefold() in declared_names:
            orgs[definition.short] = definition
            others.pop(definition.short, None)
    variants = {
        (d.short, d.long) for d in definitions if d.short in orgs and d.long != orgs[d.short].long
    }
    return Acronyms(orgs, others, sorted(variants))


def defined_long_forms(text: str, acronyms: Acronyms) -> Iterator[Found]:
    """Every place this text spells out an organisation the card defines an acronym for,
    in any of the card's spellings of it."""
    spellings = [(d.long, d.long) for d in acronyms.orgs.values()]
    spellings += [(long, acronyms.orgs[short].long) for short, long in acronyms.variants]
    for written, name in spellings:
        for match in re.finditer(re.escape(written), text):
            yield Found("ORG", match.start(), match.end(), name, "rule")


def acronym_uses(text: str, acronyms: Acronyms) -> Iterator[Found]:
    for definition in acronyms.orgs.values():
        pattern = rf"(?<![\w\-/]){re.escape(definition.short)}(?![\w\-])"
        for match in re.finditer(pattern, text):
            yield Found("ORG", match.start(), match.end(), definition.long, "rule")


_NAME_TOKEN = rf"(?:{CAPITAL}[\w&+\-’']*|[a-z]+\d[\w\-]*\+?)"
_DECLARED = re.compile(
    rf"(?<![\w+\-])(?P<name>{_NAME_TOKEN}(?:\s+(?:(?:of|for|de|del|da|la|and)\s+)?{_NAME_TOKEN})*)"
    r"(?:\s+is\s+|\s*\(\s*|\s*\([A-Z][\w&+\-]{1,11}\),\s+)an?\s+(?:[\w\-]+\s+){0,3}?"
    r"(?:organi[sz]ation|network|association|confederation|federation|union|agency|"
    r"foundation|NGO|cooperative|coalition|alliance|council|institute|company|bank)\b"
)


def declared_organisations(texts: list[AnnotatedText]) -> set[str]:
    """Names the card itself calls an organisation: 'The X is an intergovernmental
    organisation', 'X (an international network ...)'."""
    names = (
        re.sub(r"^(?:The|This|Its)\s+", "", match.group("name"))
        for text in texts
        for match in _DECLARED.finditer(text.text)
    )
    return {
        name
        for name in names
        if name.split()[0].lower() not in SENTENCE_OPENERS and lookup_country(name) is None
    }


def listed_org_names(texts: list[AnnotatedText], listed: list[list[Found]]) -> set[str]:
    """Names of two words or more that the card lists as organisations, as written and
    without a bracket: found again in running text, they are the same organisation (where
    the model may stop early: "Ministère des Infrastructures" of "... et des Transports")."""
    names = set()
    for text, found in zip(texts, listed, strict=True):
        for item in found:
            if item.label == "ORG":
                name = re.sub(r"\s*\([^()]*\)$", "", text.text[item.start : item.end])
                if len(name.split()) >= 2 and "\n" not in name:
                    names.add(name)
    return names


def name_uses(text: str, names: set[str], acronyms: Acronyms) -> Iterator[Found]:
    """Every place the text writes one of these organisation names, whole."""
    for name in sorted(names):
        for match in re.finditer(rf"(?<![\w\-/+]){re.escape(name)}(?![\w\-+])", text):
            yield Found("ORG", match.start(), match.end(), normalize_org(name, acronyms), "rule")


def igo_mentions(text: str) -> Iterator[Found]:
    for mention in find_igos(text):
        if not opens_an_event_name(text, mention.end):
            yield Found("ORG", mention.start, mention.end, mention.name, "rule")


_CAPITALISED_WORDS = re.compile(rf"(?:[ \t]+{CAPITALISED_WORD}){{1,4}}")


def opens_an_event_name(text: str, end: int) -> bool:
    """'UN Ocean Conference', 'ILO Youth Forum': the organisation qualifies an event."""
    following = _CAPITALISED_WORDS.match(text, end)
    return following is not None and following.group().split()[-1].lower() in EVENT_HEADS
