"""Names a card defines or declares: acronym definitions, "X is an organisation", names it
lists, and well-known intergovernmental organisations."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.acronyms import AcronymDefinition, find_acronym_definitions
from pipeline.country_names import lookup_country
from pipeline.entities.filters import (
    is_org_keyword,
    looks_like_org_name,
    normalize_org,
    without_bracket_after,
)
from pipeline.entities.headed_names import CAPITALISED_WORD
from pipeline.entities.spans import Acronyms, AnnotatedText, Found
from pipeline.entities.vocabulary import EVENT_HEADS, ORG_KINDS, PLACE_NOUNS, SENTENCE_OPENERS
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
        if (
            looks_like_org_name(definition.long)
            or definition.long.casefold() in listed_names
            or headed_in_sentence_case(definition)
        ):
            orgs[definition.short] = definition
            others.pop(definition.short, None)
        elif not definition.spelled:
            continue  # only a guess, and not an organisation's name
        elif igo_full_name(definition.short) is None:
            others.setdefault(definition.short, definition)  # "KPI", "RPL": a concept
    for definition in definitions:  # weaker evidence: only where nothing better was found
        if definition.short not in orgs and definition.long.casefold() in declared_names:
            orgs[definition.short] = definition
            others.pop(definition.short, None)
    variants = {
        (d.short, d.long) for d in definitions if d.short in orgs and d.long != orgs[d.short].long
    }
    return Acronyms(orgs, others, sorted(variants))


def headed_in_sentence_case(definition: AcronymDefinition) -> bool:
    """'Agence française de développement (AFD)': a name in sentence case whose first word
    is an organisation word and whose initials spell the acronym (set 27)."""
    words = definition.long.split()
    return definition.spelled and len(words) > 2 and is_org_keyword(words[0])


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
# Words between "a"/"an" and the kind of body ("a women's processing group"); never a
# function word, so "Koudougou, a town whose cooperative ..." does not declare the town.
_MODIFIER = (
    r"(?!(?:of|for|in|with|whose|where|that|which|and|or|the|to|by|on|at|is|was|who)\b)"
    r"[\w\-'’]+"
)
_KINDS = "|".join(re.escape(kind) for kind in sorted(ORG_KINDS, key=len, reverse=True))
# What may follow the kind when it heads its phrase ("a family company that makes soaps");
# another noun ("a cooperative leader", "a company driver") makes the kind a modifier.
_AFTER_KIND = (
    r"of|in|that|which|who|whose|where|with|from|for|at|on|and|or|to|between|across|since|"
    r"based|owned|run|led|founded|registered|set|created|formed|established|working|active|"
    r"specialised|specialized|dedicated|selling|making|producing|providing|offering"
)
_DECLARED = re.compile(
    # A name does not cross a line: list items are lines ("... of Koudougou" / "Rakeb, a ...").
    rf"(?<![\w+\-])(?P<name>{_NAME_TOKEN}"
    rf"(?:[ \t]+(?:(?:of|for|de|del|da|la|and)[ \t]+)?{_NAME_TOKEN})*)"
    # "X is a ...", "X (a ...", "X (XO), a ...", and the apposition "X, a ...".
    rf"(?:\s+is\s+|\s*\(\s*|\s*\([A-Z][\w&+\-]{{1,11}}\),\s+|(?P<apposition>,[ \t]+))"
    rf"an?\s+(?:{_MODIFIER}\s+){{0,3}}?(?i:{_KINDS})s?\b"
    rf"(?!\s+(?!(?:{_AFTER_KIND})\b)[a-z])"
)


def declared_organisations(texts: list[AnnotatedText]) -> set[str]:
    """Names the card itself calls an organisation: 'The X is an intergovernmental
    organisation', 'X (an international network ...)', 'Zotoé, a cosmetics company'."""
    names = (
        re.sub(r"^(?:The|This|Its)\s+", "", match.group("name"))
        for text in texts
        for match in _DECLARED.finditer(text.text)
        if not (match.group("apposition") and inside_a_phrase(text.text, match.start()))
        and not a_group_of_places(text.text, match.end())
    )
    return {
        name
        for name in names
        if name.split()[0].lower() not in SENTENCE_OPENERS and lookup_country(name) is None
    }


def a_group_of_places(text: str, end: int) -> bool:
    """'Vava'u, a group of islands': the kind is followed by places (PLACE_NOUNS), so the
    name is a place, not a body."""
    following = re.match(r"\s+of\s+([^\W\d_]+)", text[end : end + 40])
    return following is not None and following.group(1).lower() in PLACE_NOUNS


def inside_a_phrase(text: str, start: int) -> bool:
    """'the Caribbean Free of Child Labour, a network ...': after an article or "of", the
    capitalised words are the end of a longer name, not a name in apposition; so are
    words right after a dash that joins them to a word ("Mujeres Dajabón–Ouanaminthe")."""
    before = text[max(0, start - 8) : start]
    return re.search(r"\b(?:the|of|for|a|an)[ \t]+$|\w[-–]$", before) is not None


def listed_org_names(texts: list[AnnotatedText], listed: list[list[Found]]) -> set[str]:
    """Names of two words or more that the card lists as organisations, as written and
    without a bracket: found again in running text, they are the same organisation (where
    the model may stop early: "Ministère des Infrastructures" of "... et des Transports")."""
    names = set()
    for text, found in zip(texts, listed, strict=True):
        for item in found:
            if item.label == "ORG":
                name = without_bracket_after(text.text[item.start : item.end])
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
