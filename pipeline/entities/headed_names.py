"""Organisation names built from a head word and its fields, which the language model
reads in pieces: enumerated names ("Ministère du Développement, du Commerce et de
l'Artisanat"), a field joined by "y" ("Ministerio de Trabajo y Previsión Social"), a name
after an elided article ("Université d'Antsiranana"), and a town after "of". `model` uses
them to widen its spans; `names` also finds them on their own."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from pipeline.countries import find_countries
from pipeline.country_names import lookup_country
from pipeline.entities.filters import (
    has_org_keyword,
    is_acronym,
    is_org_keyword,
    normalize_org,
    words_of,
)
from pipeline.entities.spans import Acronyms, Found
from pipeline.entities.vocabulary import SENTENCE_OPENERS
from pipeline.personnames import HONORIFIC
from pipeline.text import CAPITAL, NOT_NAME_WORDS

CAPITALISED_WORD = rf"(?:[dl]['’])?{CAPITAL}[\w'’\-&]*"
_CAPITALISED_RUN = rf"{CAPITALISED_WORD}(?:[ \t]+{CAPITALISED_WORD})*"
# French, Spanish and Portuguese names write adjectives in lower case ("Ministère du
# Développement industriel"): a lower-case word with an adjective's ending goes on a name.
_ROMANCE_ADJECTIVE = (
    r"[a-zà-ÿ]+(?:el|elle|elles|els|al|ale|ales|aux|ique|iques|ien|ienne|aire|aires|if|ive|"
    r"ives|ifs|ais|aise|ero|era|eros|eras|ico|ica|icos|icas|ivo|iva|ivos|ivas|ário|ária|"
    r"ano|ana|anos|anas|ola|olas|ícola|ícolas)"
)
_NAME_RUN = rf"{CAPITALISED_WORD}(?:[ \t]+(?:{CAPITALISED_WORD}|{_ROMANCE_ADJECTIVE}(?![\w'’\-])))*"
# What joins a head to its field and the fields to each other, in the form's languages
# (English, French, Spanish, Portuguese, Dutch, German, Indonesian).
_OF = r"(?:of|for|de|du|des|del|do|da|dos|das|de[ \t]+la|van|voor|für|pour|para)"
# Articles before a field: not "the" after a comma, where a list of other bodies goes on
# ("Ministry of Finance, the Central Bank and the Insurance Regulator").
_FIELD_ARTICLE = (
    r"(?:(?:du|de|des|del|do|da|dos|das|de[ \t]+la|le|la|les|el|los|las)[ \t]+"
    r"|(?:de[ \t]+)?[ld]['’])"
)
_LAST_FIELD_ARTICLE = rf"(?:(?:the[ \t]+)|{_FIELD_ARTICLE})"
_AND = r"(?:and|et|y|e|en|und|dan)"
# "Ministry of Water, Sanitation and Hygiene", "ILO Office for Kenya, Rwanda and Uganda",
# "Ministère du Développement, du Commerce et de l'Artisanat": a head, "of" or "for", then
# an enumeration with at least one comma.
# An office's head: "Bureau de pays de l'OIT" (a lower-case noun, then the body it is of).
# Or "Oficina de la OIT", "Escritório da OIT": the head, then the body it is of.
_OFFICE_HEAD = (
    rf"{_CAPITALISED_RUN}"
    rf"(?:[ \t]+(?:de|du)[ \t]+[a-zà-ÿ]+[ \t]+(?:de[ \t]+)?[ld]['’]{CAPITALISED_WORD}"
    rf"|[ \t]+(?:de[ \t]+la|de|del|da|do)[ \t]+{CAPITALISED_WORD})?"
)
_ENUMERATED_NAME = re.compile(
    rf"{_OFFICE_HEAD}[ \t]+{_OF}[ \t]+(?:the[ \t]+|l['’]|(?:la|le|les|el)[ \t]+)?{_NAME_RUN}"
    # The first field may pair two words ("Ministry of Agriculture and Lands, Fisheries and
    # Cooperatives").
    rf"(?:[ \t]+{_AND}[ \t]+{_NAME_RUN}(?=,))?"
    rf"(?:,[ \t]+{_FIELD_ARTICLE}?{_NAME_RUN})+"
    rf",?[ \t]+{_AND}[ \t]+{_LAST_FIELD_ARTICLE}?{_NAME_RUN}"
    # A last field joined in French, Spanish or Portuguese ("des Eaux et Forêts"); in
    # English the model reads "Small and Medium Enterprises" (widened_by_the_model).
    rf"(?:[ \t]+(?:et|y|e|en|und|dan)[ \t]+{_NAME_RUN})?"
    rf"(?P<tail>(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{_CAPITALISED_RUN})*)"
    r"(?![\w'’\-])"
)
_QUALIFIER = re.compile(r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?")
_OPENING_ARTICLE = re.compile(r"(?:(?:The|This|Its|Their|Our)[ \t]+)?")
_POSSESSIVE_OPENING = re.compile(
    rf"(?P<owner>(?:{CAPITALISED_WORD}[ \t]+)?{CAPITALISED_WORD}?)['’]s[ \t]+"
)


# "Université d'Antsiranana", "Institut d'Économie Rurale": a head word, then a name after
# an elided article, which the English model reads as one unknown word and leaves out.
_ELIDED_NAME = re.compile(
    rf"(?<![\w'’\-])(?P<head>{CAPITALISED_WORD})[ \t]+(?:de[ \t]+)?[dl]['’]{_NAME_RUN}"
)


def elided_organisations(text: str, acronyms: Acronyms) -> Iterator[Found]:
    """Names headed by an organisation word whose name follows an elided article."""
    for match in _ELIDED_NAME.finditer(text):
        if has_org_keyword(match.group("head")):
            span = match.group()
            yield Found("ORG", match.start(), match.end(), normalize_org(span, acronyms), "rule")


# " y Previsión Social", " y el Caribe": a second field joined to a head's first one in
# Spanish, Portuguese, French or German, up to a word that is not capitalised. (The English
# model reads English names whole, and "and" joins persons and bodies to a name too often.)
_JOINED_FIELD = re.compile(
    rf"[ \t]+(?P<joiner>y|e|et|und|and)[ \t]+(?:(?:el|la|los|las|le|les|o|a|os|as)[ \t]+)?"
    rf"(?P<field>{CAPITALISED_WORD}(?:[ \t]+{CAPITALISED_WORD})*)"
    r"(?![\w'’\-]|[ \t]+(?:de|of|del|da|do)\b)"
)


def with_joined_field(text: str, start: int, end: int) -> int:
    """Where a name "Head of X" ends when the model stopped before "y Y" ("Ministerio de
    Trabajo" + "y Previsión Social"): Y joins it when it is one or two capitalised words
    that are no acronym, honorific or organisation of their own ("... y OPS", "... y la
    Universidad ..." stay apart). After "and", only words the text also writes in lower
    case ("Ministry of Labour" + "and Skills")."""
    words = words_of(text[start:end])
    if len(words) < 3 or not is_org_keyword(words[0]) or words[1].lower() not in _FIELD_JOINERS:
        return end
    joined = _JOINED_FIELD.match(text, end)
    if joined is None:
        return end
    field = joined.group("field").split()
    if len(field) > MAX_JOINED_FIELD_WORDS or any(
        is_acronym(w) or w in NOT_NAME_WORDS for w in field
    ):
        return end
    if has_org_keyword(joined.group("field")) or re.fullmatch(HONORIFIC, field[0].rstrip(".")):
        return end
    if joined.group("joiner") == "and" and not all(written_in_lower_case(text, w) for w in field):
        return end  # "and" joins persons and other bodies too; "and Skills" names a field
    return joined.end()


def written_in_lower_case(text: str, word: str) -> bool:
    """Whether the text also writes the word as a common noun ("skills")."""
    return re.search(rf"(?<![\w'’\-]){re.escape(word.lower())}(?![\w'’\-])", text) is not None


_FIELD_JOINERS = frozenset({"of", "for", "de", "du", "des", "del", "do", "da"})
MAX_JOINED_FIELD_WORDS = 2


def enumerated_names(text: str) -> list[tuple[int, int]]:
    """Spans of such names, without a country that qualifies them ("... and Sport of
    Armenia", "... of Population of the Republic of Tajikistan")."""
    spans = []
    for match in _ENUMERATED_NAME.finditer(country_articles_masked(text)):
        start = match.start() + len(_OPENING_ARTICLE.match(match.group()).group())  # type: ignore[union-attr]
        owner = _POSSESSIVE_OPENING.match(text, start)
        if owner and lookup_country(owner.group("owner")) is not None:
            start = owner.end()  # "Tunisia's Ministère de ...": the country owns the name
        end = without_town_after_countries(text, match.start(), match.end())
        for qualifier in _QUALIFIER.finditer(text, match.start("tail"), match.end()):
            if names_a_country_first(text, qualifier.end(), match.end()):
                end = qualifier.start()
                break
        spans.append((start, end))
    return spans


def without_town_after_countries(text: str, start: int, end: int) -> int:
    """'Oficina de la OIT para América Central, Haití, Panamá y República Dominicana San
    José': an office's list of countries ends with its last country; a town written after
    it without a comma is where the office sits."""
    countries = [m for m in find_countries(text[start:end]) if not m.demonym]
    if len(countries) < 2:
        return end
    last = countries[-1]
    rest = text[start + last.end : end]
    if rest.strip() and re.fullmatch(rf"(?:[ \t]+{CAPITALISED_WORD}){{1,3}}", rest):
        return start + last.end
    return end


def country_articles_masked(text: str) -> str:
    """The text with "the" blanked (same offsets) before a country listed after another
    ("... for Senegal, Cabo Verde, the Gambia, Guinea ..."), so that an office's list of
    countries reads as one enumeration; "the" after a comma otherwise starts another body."""
    masked = list(text)
    mentions = [m for m in find_countries(text) if not m.demonym]
    ends = {m.end for m in mentions}
    for mention in mentions:
        before = _LISTED_WITH_ARTICLE.search(text, max(0, mention.start - 8), mention.start)
        if before is not None and before.start() in ends:
            masked[before.end() - 4 : before.end() - 1] = "   "
    return "".join(masked)


_LISTED_WITH_ARTICLE = re.compile(r",[ \t]+the[ \t]$")


def names_a_country_first(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a country, or opens with one whose name goes on past
    `end` in lower-case words ("of the Union | des Comores")."""
    if lookup_country(text[start:end]) is not None:
        return True
    line_end = text.find("\n", start)
    rest = text[start : line_end if line_end >= 0 else len(text)]
    return any(
        m.start == 0 and m.end >= end - start and not m.demonym for m in find_countries(rest)
    )


def widened_by_the_model(
    spans: list[tuple[int, int]], doc: Doc, text: str
) -> list[tuple[int, int]]:
    """An enumerated name whose last field the model reads further on the same line ("...
    Crafts and" + "Small and Medium Enterprises", "... et des Petites" + "et" + "Moyennes
    Entreprises"): the name goes on to the model's end."""
    widened = []
    for start, end in spans:
        for ent in doc.ents:
            if ent.label_ != "ORG" or ent.end_char <= end or "\n" in text[end : ent.end_char]:
                continue
            joined = _AND_GAP.fullmatch(text, end, ent.start_char) is not None
            if start < ent.start_char < end or joined:
                end = ent.end_char
        widened.append((start, end))
    return widened


_AND_GAP = re.compile(rf"[ \t]+{_AND}[ \t]+")


def enclosing_span(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The enumerated name that starts inside the model's span [start, end): the model
    stopped at one of its commas, or ran on into the country after it."""
    for span_start, span_end in spans:
        if start <= span_start < end:
            return span_start, span_end
    return None


# " of Galkayo": one capitalised word after "of" that ends the name (no capitalised word
# follows it).
_OF_TOWN = re.compile(rf"[ \t]+of[ \t]+(?P<town>{CAPITAL}[\w'’\-]+)(?![\w'’\-]|\s+{CAPITAL})")


def with_town_of(text: str, end: int) -> int:
    """Where an organisation's name ends when the model stopped before "of" and the town it
    belongs to ("Brotherhood of Camel Traders" + "of Galkayo"). A country after "of" stays
    out (the card's country qualifies the name: the keys' convention), and so do an
    acronym and an organisation word ("of ECOWAS", "of Government")."""
    of = _OF_TOWN.match(text, end)
    if of is None:
        return end
    town = of.group("town")
    if lookup_country(town) is not None or has_org_keyword(town) or is_acronym(town):
        return end
    if town.lower() in SENTENCE_OPENERS or town in NOT_NAME_WORDS:
        return end
    return of.end()


def enumerated_spans(text: str, doc: Doc) -> list[tuple[int, int]]:
    """The text's enumerated names, as far as the model reads their last field."""
    return widened_by_the_model(enumerated_names(text), doc, text)


def enumerated_organisations(
    text: str, enumerations: list[tuple[int, int]], acronyms: Acronyms
) -> Iterator[Found]:
    """Enumerated names headed by an organisation word, whether or not the model saw them
    (it often reads "Ministère du Développement, du Commerce ..." as separate pieces)."""
    for start, end in enumerations:
        span = text[start:end]
        head = re.split(rf"[ \t]+{_OF}[ \t]", span, maxsplit=1)[0]
        if has_org_keyword(head):
            yield Found("ORG", start, end, normalize_org(span, acronyms), "rule")
