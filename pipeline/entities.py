"""Entities: organisations, persons, e-mails, phones, countries and URLs in every card,
normalised and traced to the character span where they were written; contact people.

One spaCy `nlp.pipe` call per document (NER only) proposes ORG and PERSON spans. Rules add
what a pretrained model misses in these forms (organisation lists, contact lines, acronym
definitions, well-known intergovernmental organisations, names after an honorific) and
filter what it gets wrong here (headings, role text, label words, events, spans across lines).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from urllib.parse import unquote

import pycountry
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.acronyms import AcronymDefinition, find_acronym_definitions
from pipeline.countries import CountryMention, find_countries, lookup_country
from pipeline.extract import Link
from pipeline.igos import find_igos, igo_full_name
from pipeline.models import Card, Contact, Entity, EntityLabel, EntitySource, Section, Warning
from pipeline.nominee import field_label
from pipeline.personnames import HONORIFIC, split_honorific
from pipeline.phones import (
    PHONE_LABEL,
    PHONE_LABEL_WORDS,
    WRITTEN_NUMBER,
    country_of_phone,
    find_phones,
    parse_phones,
)
from pipeline.text import CAPITAL, NOT_NAME_WORDS, fold
from pipeline.webaddresses import EMAIL_PATTERN, find_emails, find_urls, normalize_url

CONTACT_SECTION_KEYS = ("contacts", "ilo_contacts")
ORG_LIST_SECTION_KEYS = ("main_partners", "other")
MAX_LIST_LINE_WORDS = 25  # a partners list line
MAX_NAME_LINE_WORDS = 8  # a line elsewhere that is only a name


def word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Head words that make a capitalised name an organisation ("... Council", "Ministry of ...").
ORG_KEYWORDS = word_set(
    """organization organisation organizations organisations organización council association
    asociación associação union foundation fundación fundação fondation yayasan ministry
    ministries ministerio ministère network centre center institute instituto institut
    institution agency fund bank banco bangko banque committee commission coalition
    confederation confédération federation federación society sociedad société cooperative
    co-operative cooperatives cooperativa koperasi university universiti universidad université
    college school polytechnic polytechnique academy académie hospital hôpital clinic
    laboratory observatory radio radiodiffusion television télévision broadcasting
    secretariat office department nations group alliance trust company
    corporation corp inc ltd bhd chamber government assembly court parliament club consortium
    movement board authority bureau unit facility programme gesellschaft ngo league prison
    embassy embassies council red réseau rede sindicato syndicat fédération comité comisión
    consejo conseil agence agencia fondo fonds instituto ministère ministério universidade
    autoridade autoridad autorité fundasaun police broadcaster program programs"""
)
FOLDED_ORG_KEYWORDS = frozenset(fold(word) for word in ORG_KEYWORDS)
# Titles and roles: a span made of these is a job, not a person or an organisation.
ROLE_WORDS = word_set(
    """deputy vice secretary general director chairman chairperson chair head officer
    president minister manager advisor adviser chief coordinator acting executive technical
    regional project member founding founder senior assistant specialist consultant
    representative expert analyst lead principal under-secretary director-general
    secretary-general prime"""
)
# The role words as a regex alternation, longest first ("director-general" before "director").
ROLE_ALTERNATION = "|".join(sorted(ROLE_WORDS, key=len, reverse=True))
# A span ending in one of these is a job title ("National Programme Coordinator"), unless
# it names an office by its holder ("Office of the President").
JOB_TITLE_ENDINGS = word_set(
    """coordinator officer director manager adviser advisor specialist consultant expert
    analyst assistant representative secretary chairman chairperson president minister"""
)
# Abbreviations of things, not bodies, which NER often tags ORG ("by SMS").
COMMON_ABBREVIATIONS = word_set(
    """sms mms ict icts gps gis pdf it hiv aids tb gdp gnp sme smes msme msmes ngo ngos cso
    csos csr kpi kpis id tv iot usd eur ceo cv faq ppe covid covid-19 tvet ai qr url tot
    sdg sdgs mdg mdgs oda ssc sstc sse"""
)
# Messaging and social platforms: channels in these forms, not partners ("on WhatsApp").
PLATFORMS = word_set(
    "whatsapp facebook twitter youtube instagram tiktok telegram zoom skype linkedin viber wechat"
)
# Form labels and headings that NER takes for names ("ILO Contacts", "Telephone").
LABEL_WORDS = word_set(
    "telephone tel phone mobile fax email e-mail contact contacts nominee country address website"
)
# A person's name never holds these ("Traders Union Africa").
NOT_IN_PERSON_NAMES = word_set(
    "africa asia europe america americas pacific caribbean latin "
    "typhoon cyclone hurricane storm earthquake tsunami"
)
# Institutions of a state: the country inside their name still names the country.
STATE_HEADS = word_set(
    "government governments embassy embassies ministry ministries republic kingdom state "
    "parliament consulate president"
)
# Head words of events, projects and documents, which NER often takes for organisations.
EVENT_HEADS = word_set(
    """project projects course courses summit conference forum declaration agenda goals
    strategy journey day week meeting meetings expo initiative initiatives campaign award"""
)
LINKING_WORDS = word_set(
    "and or of for in to with is are was were has have had as at by on from which who that"
)
NAME_PARTICLES = word_set("da de del della di do dos das du la le van von der bin binti al ibn y")
NAME_SUFFIX = re.compile(r",?\s+(?:Jr|Sr|II|III|IV)\b\.?")
YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@dataclass(frozen=True)
class Found:
    """An entity before it becomes a model object: offsets into one annotated text."""

    label: EntityLabel
    start: int
    end: int
    normalized: str
    source: EntitySource
    demonym: bool = False
    fax: bool = False
    possible_only: bool = False


@dataclass
class AnnotatedText:
    """One text of a card (the nominee block or a section) and where its characters sit."""

    section: Section | None
    text: str
    default_page: int
    block_starts: list[tuple[int, int]] = field(default_factory=list)  # (offset, page)
    countries: list[CountryMention] = field(default_factory=list)

    @property
    def number(self) -> int | None:
        return self.section.number if self.section else None

    @property
    def key(self) -> str | None:
        return self.section.key if self.section else None

    @property
    def pages(self) -> range:
        if self.section is None:
            return range(self.default_page, self.default_page + 1)
        return range(self.section.pages.start, self.section.pages.end + 1)

    def page_at(self, offset: int) -> int:
        page = self.default_page
        for start, block_page in self.block_starts:
            if start > offset:
                break
            page = block_page
        return page


@dataclass(frozen=True)
class Acronyms:
    """A card's acronym definitions, split by whether the long form names an organisation."""

    orgs: dict[str, AcronymDefinition]
    others: dict[str, AcronymDefinition]  # "KPI" -> "Key Performance Indicator"
    # Other spellings of an organisation's long form in the same card, as (short, long).
    variants: list[tuple[str, str]] = field(default_factory=list)

    def long_form(self, name: str) -> str | None:
        """The full name an organisation's written name stands for, if the card spells it."""
        if name in self.orgs:
            return self.orgs[name].long
        for definition in self.orgs.values():
            if definition.long in name:
                rest = name.replace(definition.long, "").replace(definition.short, "")
                if not re.search(r"\w", rest):  # "OIF - Organisation ...", "Name (ACR)"
                    return definition.long
        return None


# ---------------------------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------------------------


def annotate_cards(
    cards: list[Card], links: list[Link], nlp: Language
) -> tuple[list[Card], list[Warning]]:
    """Cards with `entities` and `contacts` filled, and warnings about doubtful values."""
    texts_per_card = [card_texts(card) for card in cards]
    docs = iter(run_ner(nlp, [t.text for texts in texts_per_card for t in texts]))
    annotated: list[Card] = []
    warnings: list[Warning] = []
    for card, texts in zip(cards, texts_per_card, strict=True):
        card_docs = [next(docs) for _ in texts]
        entities, contacts, card_warnings = annotate_card(card, texts, card_docs, links)
        annotated.append(card.model_copy(update={"entities": entities, "contacts": contacts}))
        warnings.extend(card_warnings)
    return annotated, warnings


def run_ner(nlp: Language, texts: Sequence[str]) -> list[Doc]:
    """One batched pass over all texts of a document, with only what NER needs."""
    return list(nlp.pipe(texts, disable=unused_components(nlp), batch_size=64))


def unused_components(nlp: Language) -> list[str]:
    """Every component but ner, and tok2vec too unless ner listens to it (en_core_web_sm's ner
    embeds its own tok2vec, so the shared one only feeds the tagger and parser)."""
    unused = [name for name in nlp.pipe_names if name != "ner"]
    if "tok2vec" in unused:
        listeners = getattr(nlp.get_pipe("tok2vec"), "listening_components", [])
        if "ner" in listeners:
            unused.remove("tok2vec")
    return unused


def card_texts(card: Card) -> list[AnnotatedText]:
    texts = [AnnotatedText(None, card.nominee.text, card.pages.start)]
    for section in card.sections:
        texts.append(
            AnnotatedText(section, section.text, section.pages.start, block_starts(section))
        )
    for text in texts:
        text.countries = find_countries(text.text)
    return texts


def block_offsets(section: Section) -> Iterator[tuple[int, int, int]]:
    """(start, end, index) of each block in the section text (blocks are joined in order)."""
    cursor = 0
    for index, block in enumerate(section.blocks):
        position = section.text.find(block.text, cursor)
        if position < 0:
            continue
        cursor = position + len(block.text)
        yield position, cursor, index


def block_starts(section: Section) -> list[tuple[int, int]]:
    return [(start, section.blocks[i].page) for start, _, i in block_offsets(section)]


def annotate_card(
    card: Card, texts: list[AnnotatedText], docs: list[Doc], links: list[Link]
) -> tuple[list[Entity], list[Contact], list[Warning]]:
    region = card.nominee.country.code if card.nominee.country else None
    listed = [list(listed_names(text, card)) for text in texts]
    declared = declared_organisations(texts)
    acronyms = card_acronyms(texts, [f for found in listed for f in found], declared)
    listed = [
        [expand_listed(text, f, acronyms) for f in found]
        for text, found in zip(texts, listed, strict=True)
    ]
    known = listed_org_names(texts, listed)
    names = [
        names_in(text, doc, acronyms, text_listed, declared, known)
        for text, doc, text_listed in zip(texts, docs, listed, strict=True)
    ]
    names = drop_persons_named_like_orgs(texts, names)
    entities: list[Entity] = []
    warnings: list[Warning] = []
    contacts: list[Contact] = []
    for text, text_names in zip(texts, names, strict=True):
        page_links = [link for link in links if link.page in text.pages]
        found = [
            *emails_in(text.text, page_links),
            *phones_in(text.text, region),
            *urls_in(text.text, page_links),
            *countries_in(text, [n for n in text_names if n.label == "ORG"]),
            *text_names,
        ]
        entities.extend(to_entity(text, item) for item in found)
        warnings.extend(phone_warnings(card, text, found))
        if text.key in CONTACT_SECTION_KEYS:
            contacts.extend(assemble_contacts(text, found))
    entities.sort(key=entity_order)
    return entities, contacts, warnings


def entity_order(entity: Entity) -> tuple[int, int, str, int, str]:
    section = -1 if entity.section is None else entity.section
    return section, entity.start, entity.label, entity.end, entity.normalized


def to_entity(text: AnnotatedText, item: Found) -> Entity:
    return Entity(
        label=item.label,
        text=text.text[item.start : item.end],
        normalized=item.normalized,
        section=text.number,
        page=text.page_at(item.start),
        start=item.start,
        end=item.end,
        source=item.source,
        demonym=item.demonym,
        fax=item.fax,
        possible_only=item.possible_only,
    )


def phone_warnings(card: Card, text: AnnotatedText, found: list[Found]) -> Iterator[Warning]:
    where = f"card {card.letter}" if card.letter else "card"
    place = "nominee block" if text.section is None else f"section {text.number}"
    for item in found:
        if item.label == "PHONE" and item.possible_only:
            written = text.text[item.start : item.end]
            yield Warning(
                code="phone_possible_only",
                message=f"{where}, {place}: {written!r} is not a valid number under today's "
                f"numbering plan; kept as {item.normalized}",
                page=text.page_at(item.start),
            )


def lines_with_offsets(text: str) -> Iterator[tuple[int, str]]:
    offset = 0
    for line in text.split("\n"):
        yield offset, line
        offset += len(line) + 1


def overlaps(start: int, end: int, other_start: int, other_end: int) -> bool:
    return start < other_end and other_start < end


# ---------------------------------------------------------------------------------------------
# E-mails, phones, URLs, countries
# ---------------------------------------------------------------------------------------------


def link_addresses(links: Iterable[Link]) -> set[str]:
    return {
        unquote(link.uri[len("mailto:") :]).split("?")[0].strip().lower()
        for link in links
        if link.uri.lower().startswith("mailto:")
    }


def emails_in(text: str, links: list[Link]) -> list[Found]:
    """Pattern matches, rejoined across a line break, and mailto: targets written in the text."""
    linked = link_addresses(links)
    found: list[Found] = []
    for start, end, address in find_emails(text):
        start, address = rejoin_broken_email(text, start, address, linked)
        found.append(Found("EMAIL", start, end, address, "link" if address in linked else "rule"))
    for address in sorted(linked - {f.normalized for f in found}):
        for start, end in spread_matches(text, address):
            found.append(Found("EMAIL", start, end, address, "link"))
    return found


def rejoin_broken_email(text: str, start: int, address: str, linked: set[str]) -> tuple[int, str]:
    """'tavares-' at a line end and 'martins@iloguest.org' below it are one address."""
    before = re.search(r"([A-Za-z0-9._%+\-]+)\n$", text[:start])
    if before is None:
        return start, address
    head = before.group(1).lower()
    if head + address in linked or head.endswith((".", "-", "_")):
        return before.start(1), head + address
    return start, address


def spread_matches(text: str, address: str) -> Iterator[tuple[int, int]]:
    """Where a linked address is written with line breaks inside it."""
    pattern = r"\s?".join(re.escape(ch) for ch in address)
    for match in re.finditer(pattern, text, re.IGNORECASE):
        yield match.start(), match.end()


def phones_in(text: str, region: str | None) -> list[Found]:
    """Labelled values ("Fax: ...") parsed directly; the rest with the running-text matcher."""
    found = list(labelled_phones(text, region))
    for match in find_phones(text, region):
        if not any(overlaps(match.start, match.end, f.start, f.end) for f in found):
            found.append(
                Found(
                    "PHONE",
                    match.start,
                    match.end,
                    match.e164,
                    "rule",
                    possible_only=match.possible_only,
                )
            )
    return found


def labelled_phones(text: str, region: str | None) -> Iterator[Found]:
    """Each label on a line governs the value up to the next label: 'Tel: ... Fax: ...'."""
    for line_start, line in lines_with_offsets(text):
        labels = [m for m in PHONE_LABEL.finditer(line) if value_has_digits(line, m.end())]
        line_region = region_written_on(line) or region
        for label, following in itertools.zip_longest(labels, labels[1:]):
            if label is None:
                continue
            value = line[label.end() : following.start() if following else len(line)]
            fax = label.group("label").lower().endswith("fax") and "/" not in label.group()
            for phone in parse_phones(value, line_region):
                start = line_start + label.end() + phone.start
                end = start + len(phone.text)
                yield Found(
                    "PHONE",
                    start,
                    end,
                    phone.e164,
                    "rule",
                    fax=fax,
                    possible_only=phone.possible_only,
                )


def region_written_on(line: str) -> str | None:
    """The country of the first number with a country code on the line: a national-form
    number beside it ("+595 21 729 014; cell 0971 338 205") is from the same country."""
    phones = parse_phones(line, None)  # without a region only "+NN" numbers parse
    return country_of_phone(phones[0].e164) if phones else None


def value_has_digits(line: str, position: int) -> bool:
    return re.match(r"\s*[+(]?\s*\d", line[position:]) is not None


def urls_in(text: str, links: list[Link]) -> list[Found]:
    linked = {normalize_url(link.uri).rstrip("/") for link in links if "://" in link.uri}
    return [
        Found("URL", start, end, url, "link" if url.rstrip("/") in linked else "rule")
        for start, end, url in find_urls(text)
    ]


def countries_in(text: AnnotatedText, orgs: list[Found]) -> list[Found]:
    """Country names and demonyms, except inside an organisation's name ("Weavers Network Kenya")
    unless the organisation is the country's state ("Government of Ghana")."""
    found: list[Found] = []
    for mention in text.countries:
        inside_org = any(
            org.start <= mention.start
            and mention.end <= org.end
            and (org.end - org.start) > (mention.end - mention.start)
            and not names_a_state(text.text[org.start : org.end])
            for org in orgs
        )
        if not inside_org:
            found.append(
                Found(
                    "COUNTRY",
                    mention.start,
                    mention.end,
                    mention.code,
                    "rule",
                    demonym=mention.demonym,
                )
            )
    return found


def names_a_state(org: str) -> bool:
    first = re.match(r"\W*(\w+)", org)
    return first is not None and first.group(1).lower() in STATE_HEADS


# ---------------------------------------------------------------------------------------------
# Organisations and persons
# ---------------------------------------------------------------------------------------------


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
    tiers: list[list[Found]] = [
        listed,
        [
            *defined_long_forms(text.text, acronyms),
            *name_uses(text.text, known, acronyms),
            *honorific_persons(text.text),
        ],
        list(model_names(text.text, doc, acronyms)),
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
            if not any(overlaps(candidate.start, candidate.end, a.start, a.end) for a in accepted):
                accepted.append(candidate)
    accepted = [f for f in accepted if not place_after_organisation(text.text, f, accepted)]
    return sorted(accepted, key=lambda f: (f.start, f.label))


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
        return any(written in org and written != org for org in org_names)

    return [
        [f for f in found if not (f.label == "PERSON" and named_like_org(text, f))]
        for text, found in zip(texts, names, strict=True)
    ]


def model_names(text: str, doc: Doc, acronyms: Acronyms) -> Iterator[Found]:
    enumerations = enumerated_names(text)
    places = places_in(doc)
    for ent in doc.ents:
        if ent.label_ not in ("ORG", "PERSON"):
            continue
        start, end = trim_span(text, ent.start_char, ent.end_char, ent.label_)
        enumerated = enclosing_span(enumerations, ent.start_char, ent.end_char)
        if ent.label_ == "ORG" and enumerated is not None:
            start, end = enumerated  # "the Ministry of Water, Sanitation and" + "Hygiene"
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
        if is_org and names_a_body(span):
            start = with_leading_name_words(text, start)  # "the Yabelo" + "Pastoral Institute"
            start += parent_organisation_start(text[start:end])
            span = text[start:end]
        if is_org and plausible_org(span, acronyms):
            yield Found("ORG", start, end, normalize_org(span, acronyms), "model")
        elif (
            ent.label_ == "PERSON"
            and plausible_person(span)
            and (" " in span or after_title(text, start))
            and ent not in places
            and not joined_to_a_place(ent, places)
        ):
            yield Found("PERSON", start, end, normalize_person(span), "model")


_CAPITALISED_WORD = rf"(?:[dl]['’])?{CAPITAL}[\w'’\-&]*"
_CAPITALISED_RUN = rf"{_CAPITALISED_WORD}(?:[ \t]+{_CAPITALISED_WORD})*"
# "Ministry of Water, Sanitation and Hygiene", "ILO Office for Kenya, Rwanda and Uganda": a
# head, "of" or "for", then an enumeration with at least one comma.
_ENUMERATED_NAME = re.compile(
    rf"{_CAPITALISED_RUN}[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{_CAPITALISED_RUN}"
    rf"(?:,[ \t]+{_CAPITALISED_RUN})+,?[ \t]+and[ \t]+(?:the[ \t]+)?{_CAPITALISED_RUN}"
    rf"(?P<tail>(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{_CAPITALISED_RUN})*)"
    r"(?![\w'’\-])"
)
_QUALIFIER = re.compile(r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?")


def enumerated_names(text: str) -> list[tuple[int, int]]:
    """Spans of such names, without a country that qualifies them ("... and Sport of
    Armenia", "... of Population of the Republic of Tajikistan")."""
    spans = []
    for match in _ENUMERATED_NAME.finditer(text):
        end = match.end()
        for qualifier in _QUALIFIER.finditer(text, match.start("tail"), match.end()):
            if lookup_country(text[qualifier.end() : match.end()]) is not None:
                end = qualifier.start()
                break
        spans.append((match.start(), end))
    return spans


def enclosing_span(spans: list[tuple[int, int]], start: int, end: int) -> tuple[int, int] | None:
    """The enumerated name that starts inside the model's span [start, end): the model
    stopped at one of its commas, or ran on into the country after it."""
    for span_start, span_end in spans:
        if start <= span_start < end:
            return span_start, span_end
    return None


def is_currency_amount(text: str, start: int, end: int) -> bool:
    """'ETB 3.2 million', '9,500 INR': a currency code next to an amount."""
    code = text[start:end]
    if not re.fullmatch(r"[A-Z]{3}", code) or pycountry.currencies.get(alpha_3=code) is None:
        return False
    before = text[max(0, start - 20) : start]
    amount_before = re.search(r"\d(?:[ \t]+(?:million|billion|thousand|m|bn))?[ \t]?$", before)
    return bool(re.match(r"[ \t]?\d", text[end:]) or amount_before)


def with_leading_name_words(text: str, start: int) -> int:
    """Where a name really starts when the model left out capitalised words before it
    ("the Yabelo" + "Pastoral Training Institute"); not past a sentence opener ("In")."""
    while word := _WORD_BEFORE.search(text, max(0, start - 40), start):
        if word.group(1) in NOT_NAME_WORDS or word.group(1).lower() in SENTENCE_OPENERS:
            break
        start = word.start()
    return start


_WORD_BEFORE = re.compile(rf"(?<![\w'’\-])({_CAPITALISED_WORD})[ \t]+$")
UNIT_HEADS = word_set("faculty department division unit section directorate school")
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


PLACE_LIKE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "ORG"})
_LOCATIVE_BEFORE = re.compile(r"\b(?:from|in|at|near|across|throughout|around)[ \t]+$")


def places_in(doc: Doc) -> list[Span]:
    """What the model calls a place, plus 'PERSON's right after 'from' or 'in' ('a farmer
    from Buôn Hồ', 'taught in Afaan Oromo'): with no honorific, those are places."""
    return [
        ent
        for ent in doc.ents
        if ent.label_ in PLACE_LIKE_LABELS
        or (
            ent.label_ == "PERSON"
            and _LOCATIVE_BEFORE.search(doc.text[max(0, ent.start_char - 12) : ent.start_char])
        )
    ]


def joined_to_a_place(person: Span, places: list[Span]) -> bool:
    """'from Sindh and Khyber Pakhtunkhwa': a name joined by 'and' or a comma to a place
    (or to what the model calls an organisation) is another place."""
    text = person.doc.text
    for other in places:
        if other.end_char <= person.start_char:
            gap = text[other.end_char : person.start_char]
        elif person.end_char <= other.start_char:
            gap = text[person.end_char : other.start_char]
        else:
            continue
        if re.fullmatch(r"\s*(?:,|and|or|&)?\s*", gap) and not gap.isspace():
            return True
        if other.text.endswith((" and", ",")) and (gap == "" or gap.isspace()):
            return True  # "Goiás and" + "Mato Grosso"
    return False


def after_title(text: str, start: int) -> bool:
    """'President Kenyatta': a one-word name is a person only after a title or honorific
    (alone, NER also takes languages and towns for persons: 'Quechua', 'Nakuru')."""
    before = re.search(r"(\S+)\s+$", text[max(0, start - 40) : start])
    if before is None:
        return False
    word = before.group(1).strip(",").lower()
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


def words_of(span: str) -> list[str]:
    return re.findall(r"[^\W_][\w'’\-&+.]*", span)


def has_org_keyword(span: str) -> bool:
    return any(is_org_keyword(w) for w in words_of(span))


def is_org_keyword(word: str) -> bool:
    """'Ministry', 'Rádio', 'Université', 'Radio-Televisão': an organisation word (or one
    half of a hyphenated word), in any case and accents."""
    folded = fold(word.strip("."))
    return folded in FOLDED_ORG_KEYWORDS or any(
        part in FOLDED_ORG_KEYWORDS for part in folded.split("-")
    )


def is_acronym(word: str) -> bool:
    """'ILO', 'UN-Habitat', 'CoopAfrica'; not a hyphenated place such as 'Nord-Est'."""
    return any(sum(ch.isupper() for ch in part) >= 2 for part in word.split("-"))


def plausible_org(span: str, acronyms: Acronyms) -> bool:
    """Whether a model's ORG span can be an organisation in a nomination form."""
    words = words_of(span)
    if len(span) <= 2 or not words or not has_letters(span) or looks_like_address(span):
        return False
    lowered = [w.lower().strip(".") for w in words]
    if any(w in LABEL_WORDS for w in lowered) or YEAR.search(span):
        return False  # "ILO Contacts"; events such as "Expo Nairobi 2009"
    if lowered[0] in ROLE_WORDS and not has_org_keyword(span):
        return False  # "Deputy Secretary", "Secretary General of the Union"
    if not words[0][:1].isupper() or only_countries(span) or names_a_place(span):
        return False
    if is_job_title(lowered):
        return False  # "National Programme Coordinator", "Programme Manager for Education"
    if len(words) == 1 and lowered[0] in COMMON_ABBREVIATIONS | PLATFORMS:
        return False  # "by SMS", "on WhatsApp"
    if span in acronyms.others or any(d.long == span for d in acronyms.others.values()):
        return False  # "KPI", "Key Performance Indicator": a concept, not a body
    if any(w in acronyms.others for w in words):
        return False  # "NHCA KPI Course"
    if lowered[-1] in EVENT_HEADS:
        return False  # "ASEAN Leadership Forum", "Solidarity Projects": not a standing body
    if len(words) == 1:
        return is_acronym(words[0])
    return has_org_keyword(span) or any(is_acronym(w) for w in words)


def is_job_title(lowered: list[str]) -> bool:
    """A title ends in a job word ("... Coordinator"), or has one followed by its field
    ("Programme Manager for Education", "Specialist in Cooperatives"); an office named by
    its holder ("Office of the President") or a job in a named body ("Director of the Rural
    Credit Unit") is not."""
    if lowered[-1] in JOB_TITLE_ENDINGS:
        return "of" not in lowered
    for index, word in enumerate(lowered[:-1]):
        if word in JOB_TITLE_ENDINGS and lowered[index + 1] in ("of", "for", "in", "on"):
            named_body = is_org_keyword(lowered[-1])  # "... of the Rural Credit Unit"
            return not named_body
    return False


def names_a_place(span: str) -> bool:
    """'Bamako (Mali)': a place with its country in brackets."""
    inner = re.search(r"\(([^()]+)\)", span)
    return inner is not None and lookup_country(inner.group(1)) is not None


def plausible_person(span: str) -> bool:
    words = words_of(span)
    if len(words) < 1 or looks_like_address(span) or any(ch.isdigit() for ch in span):
        return False
    lowered = [w.lower().strip(".") for w in words]
    if any(w in LABEL_WORDS or is_org_keyword(w) or w in NOT_IN_PERSON_NAMES for w in lowered):
        return False
    if all(w in ROLE_WORDS or w in NAME_PARTICLES for w in lowered):
        return False
    if lowered[-1] in JOB_TITLE_ENDINGS or lowered[-1] in ROLE_WORDS:
        return False  # "Green Jobs Officer"
    if only_countries(span) or (span.isupper() and len(words) == 1):
        return False  # "MALAYSIA", an acronym
    if len(words[-1].strip(".")) == 1 and not words[-1].endswith("."):
        return False  # "Theory U"
    return all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words)


def has_letters(span: str) -> bool:
    letters = sum(ch.isalpha() for ch in span)
    return letters >= 2 and letters >= sum(ch.isdigit() for ch in span)


def looks_like_address(span: str) -> bool:
    return "@" in span or "://" in span or span.lower().startswith("www.")


def only_countries(span: str) -> bool:
    """'Malaysia, Philippines and Indonesia' is a list of places, not an organisation."""
    rest = span
    for mention in reversed(find_countries(span)):
        rest = rest[: mention.start] + rest[mention.end :]
    return rest != span and re.fullmatch(r"(?:[\s,;/&\-–.]|and|the)*", rest) is not None


def normalize_person(span: str) -> str:
    _, name = split_honorific(" ".join(span.split()))
    return name.strip(" ,;")


def normalize_org(span: str, acronyms: Acronyms) -> str:
    """The organisation's full name: an acronym expanded, a trailing '(ACR)' dropped."""
    name = " ".join(span.split())
    return acronyms.long_form(name) or plain_org_name(name)


def plain_org_name(written: str) -> str:
    """An IGO's full name, or the name without its acronym: 'Development Wheel (DEW)',
    'RAL - Regional Labour Network' and 'Regional Labour Network - RAL' lose 'DEW', 'RAL'."""
    name = " ".join(written.split())
    known = igo_full_name(name)
    if known:
        return known
    name = re.sub(r"\s*\((?:[^()]*,\s*)?[A-Z][\w&+\-]{1,11}(?:,[^()]*)?\)", "", name)
    name = re.sub(r"^[A-Z][A-Z0-9&]{1,11}\s+[-–]\s+|\s+[-–]\s+[A-Z][A-Z0-9&]{1,11}$", "", name)
    return name.strip(" ,;.") or written


def looks_like_org_name(name: str) -> bool:
    """A capitalised name with an organisation word ("... Council"), or a known IGO."""
    words = words_of(name)
    if not words or not words[0][:1].isupper():
        return False
    long_words = [w for w in words if len(w) > 3]
    if sum(w[:1].isupper() for w in long_words) < len(long_words) / 2:
        return False
    return igo_full_name(name) is not None or has_org_keyword(name)


# ---------------------------------------------------------------------------------------------
# Names the form's layout gives: organisation lists, contact lines, the nominee
# ---------------------------------------------------------------------------------------------


def listed_names(text: AnnotatedText, card: Card) -> Iterator[Found]:
    """Names the layout gives: list entries, and the name and organisations of a contact line
    or of the nominee line ('Nominee: Ms. X, Director, Some Council (SC) – NGO')."""
    yield from org_list_entries(text)
    if text.key in CONTACT_SECTION_KEYS:
        for line_start, line in lines_with_offsets(text.text):
            yield from contact_line_names(line_start, line)
    if text.section is None:
        for line_start, line in lines_with_offsets(text.text):
            # The nominee's line, and an organisation on a line of its own, in any wording.
            labelled = field_label(line)
            if labelled and labelled[0] in ("nominee", "organization") and labelled[1]:
                value_start = line_start + len(line.rstrip()) - len(labelled[1])
                yield from contact_line_names(value_start, labelled[1])
        if card.nominee.name:
            position = text.text.find(card.nominee.name)
            if position >= 0:
                end = position + len(card.nominee.name)
                yield Found("PERSON", position, end, normalize_person(card.nominee.name), "rule")


def contact_line_names(line_start: int, line: str) -> Iterator[Found]:
    for part in parse_contact_line(line).parts:
        start = line_start + part.start
        if part.kind == "name":
            yield Found(
                "PERSON", start, start + len(part.text), normalize_person(part.text), "rule"
            )
        elif part.kind == "org":
            # "Some Council (SC, Philippines) – NGO": the name ends before a remark.
            name = re.split(r"\s+[-–]\s+|\s*\((?![A-Z][\w&+\-]{1,11}\))", part.text)[0]
            # "Head of the Informal Trade Unit": the unit is the organisation.
            role = ROLE_OF.match(name)
            if role and looks_like_org_name(name[role.end() :]):
                start, name = start + role.end(), name[role.end() :]
            if looks_like_org_name(name):
                yield Found("ORG", start, start + len(name), plain_org_name(name), "rule")


ROLE_OF = re.compile(rf"^(?:(?:{ROLE_ALTERNATION})\s+)+(?:of|for)\s+(?:the\s+)?", re.IGNORECASE)


def org_list_entries(text: AnnotatedText) -> Iterator[Found]:
    """Organisation lists: lines under country subheadings (an annex of participants); the
    names in a partners list ('KMTU International, KMTU Africa, TAMWA'); short lines elsewhere
    that are just a name ('KMTU Nairobi'); and '... partner organizations (KFA, BDA, ...)'."""
    if text.section is None or text.key in CONTACT_SECTION_KEYS:
        return
    yield from enumerated_members(text.text)
    lines = [(start, line) for start, line in lines_with_offsets(text.text) if line.strip()]
    by_country = text.key in ORG_LIST_SECTION_KEYS and (
        sum(lookup_country(line.strip()) is not None for _, line in lines) >= 2
    )
    longest = MAX_LIST_LINE_WORDS if text.key == "main_partners" else MAX_NAME_LINE_WORDS
    for line_start, line in lines:
        if lookup_country(line.strip()) is not None:
            continue
        if by_country and len(line.split()) <= 15:
            yield from org_entry(text.text, line_start, line)
            continue
        if len(line.split()) > longest:
            continue  # a paragraph, not a list
        for part_start, part in comma_parts(line, defined_spans(line) + enumerated_names(line)):
            if looks_like_list_name(part):
                yield from org_entry(text.text, line_start + part_start, part)


def defined_spans(line: str) -> list[tuple[int, int]]:
    """Where a line spells out an acronym ("Ministry of Labour, Crafts and Trade (MLCT)"):
    a comma there is part of the name."""
    return [(d.long_start, d.long_end) for d in find_acronym_definitions(line)]


_MEMBER_LIST = re.compile(
    r"\b(?:organi[sz]ations|partners|members|institutions|NGOs|networks|agencies)"
    r"(?:\s+of\s+[^()\n]{1,60}?)?\s*\((?P<items>[^()\n]{3,300})\)"
)


def enumerated_members(text: str) -> Iterator[Found]:
    """'The partner organizations of X (KFA, BDA, TAMWA, and others)': each named item."""
    for match in _MEMBER_LIST.finditer(text):
        items = match.group("items")
        if items.count(",") < 2:
            continue
        for part_start, part in comma_parts(items):
            name = re.sub(r"^\s*and\s+", "", part)
            words = words_of(name)
            if words and all(w[:1].isupper() for w in words) and len(words) <= 6:
                yield from org_entry(text, match.start("items") + part_start, part)


def comma_parts(line: str, keep: Sequence[tuple[int, int]] = ()) -> Iterator[tuple[int, str]]:
    """Parts of a list line split at commas and semicolons that are not inside brackets
    nor inside a `keep` span."""
    depth, start = 0, 0
    for position, ch in enumerate(line + ","):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        at_end = position == len(line)  # an unclosed "(" does not swallow the rest
        if at_end or (ch in ",;" and depth <= 0 and not any(s <= position < e for s, e in keep)):
            yield start, line[start:position]
            start = position + 1


def org_entry(text: str, start: int, entry: str) -> Iterator[Found]:
    stripped = re.sub(r"^(?:and|the|The)\s+", "", entry.strip()).rstrip(" .;,")
    if not stripped:
        return
    offset = start + entry.index(stripped)
    written = text[offset : offset + len(stripped)]
    yield Found("ORG", offset, offset + len(written), plain_org_name(written), "rule")


def expand_listed(text: AnnotatedText, item: Found, acronyms: Acronyms) -> Found:
    """A listed organisation's full name once the card's acronyms are known."""
    if item.label != "ORG":
        return item
    written = " ".join(text.text[item.start : item.end].split())
    long = acronyms.long_form(written)
    return replace(item, normalized=long) if long else item


def looks_like_list_name(part: str) -> bool:
    """'European Union', 'ECOWAS', 'Federation of Growers in East Africa (FGEA)'; not
    'Farmers' or 'Women’s Enterprises' (a kind of partner, not a name)."""
    entry = part.strip().rstrip(" .;")
    words = words_of(entry)
    if not words or len(words) > 10 or ":" in entry or lookup_country(entry) is not None:
        return False
    if len(words) == 1:
        return is_acronym(words[0]) and words[0].isupper()
    if re.search(r"(?:organi[sz]ations|enterprises|institutions|partners)$", entry, re.I):
        return False
    if words[-1].lower() in EVENT_HEADS:
        return False  # "NHCA KPI Course"
    bare = [re.sub(r"^[dl]['’]", "", w) for w in words]  # "l'Eau" counts as capitalised
    capitalised = bare[0][:1].isupper() and all(w[:1].isupper() or len(w) <= 3 for w in bare)
    return capitalised and (has_org_keyword(entry) or any(is_acronym(w) for w in words))


_NAME_WORD = rf"(?:{CAPITAL}[\w'’\-]*\.?|(?:" + "|".join(sorted(NAME_PARTICLES)) + r"))"
_HONORIFIC_NAME = re.compile(
    rf"\b{HONORIFIC}[ \t]+(?P<name>{CAPITAL}[\w'’\-]+(?:[ \t]+{_NAME_WORD}){{0,4}}?"
    rf"(?:[ \t]+{CAPITAL}[\w'’\-]+)(?:,?[ \t]+(?:Jr|Sr)\.?)?)"
    # The shortest name that is not followed by another capitalised word: three-word names
    # ("Ms. Fatou Bintou Mbaye") stay whole, a sentence after the name stays out.
    rf"(?![\w'’\-]|[ \t]+{CAPITAL}[\w'’\-.])"
)


def honorific_persons(text: str) -> Iterator[Found]:
    """'Mr. Kwame Asante', 'Ms. Lindiwe Dlamini': an honorific before capitalised words."""
    for match in _HONORIFIC_NAME.finditer(text):
        start, end = match.span("name")
        name = text[start:end]
        if plausible_person(NAME_SUFFIX.sub("", name)):
            yield Found("PERSON", start, end, normalize_person(name), "rule")


# ---------------------------------------------------------------------------------------------
# Acronyms and intergovernmental organisations
# ---------------------------------------------------------------------------------------------


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
# Capitalised words that open a sentence rather than a name ("Today, a network of ...").
SENTENCE_OPENERS = word_set(
    "in on at by for with from during after since today also however moreover thus then now "
    "here there it this these that the its their our"
)
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


_CAPITALISED_WORDS = re.compile(rf"(?:[ \t]+{_CAPITALISED_WORD}){{1,4}}")


def opens_an_event_name(text: str, end: int) -> bool:
    """'UN Ocean Conference', 'ILO Youth Forum': the organisation qualifies an event."""
    following = _CAPITALISED_WORDS.match(text, end)
    return following is not None and following.group().split()[-1].lower() in EVENT_HEADS


# ---------------------------------------------------------------------------------------------
# Contacts
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LinePart:
    start: int
    end: int
    text: str
    kind: str  # "name" | "role" | "org" | "other"


@dataclass(frozen=True)
class ContactLine:
    parts: list[LinePart]

    @property
    def name(self) -> LinePart | None:
        return next((p for p in self.parts if p.kind == "name"), None)


_ROLE_WORD = rf"(?i:{ROLE_ALTERNATION})\b"
_PERSON_START = re.compile(
    rf"^\s*(?P<honorific>(?:{HONORIFIC}\s+)+)?"
    rf"(?P<name>{CAPITAL}[\w'’\-]+(?:\s+(?!{_ROLE_WORD}){_NAME_WORD}){{1,5}}?)"
    rf"(?P<suffix>,?\s+(?:Jr|Sr|II|III)\b\.?)?"
    # The name ends at a comma, the line's end or an e-mail, or (after an honorific)
    # where a role starts without a comma: "Ms. X Y Chairperson, ...".
    rf"(?=\s*(?:,|$|\s[\w.%+\-]+@)|(?(honorific)\s+{_ROLE_WORD}|(?!)))"
)
# Values that are not role or organisation text: e-mails, labels, numbers.
_CONTACT_VALUES = re.compile(
    rf"{EMAIL_PATTERN.pattern}|\b(?:e-?mail|{PHONE_LABEL_WORDS})\b\.?\s*:?|{WRITTEN_NUMBER}",
    re.IGNORECASE,
)
_AND_BEFORE_ROLE = re.compile(rf",?\s+and\s+(?=(?:{ROLE_ALTERNATION})\b)", re.IGNORECASE)


def parse_contact_line(line: str) -> ContactLine:
    """A contact line's name (if it opens with one), roles and organisations, with offsets.

    'Dr. X Y, Jr., Chairman, ORG x@y.org' -> name 'X Y, Jr.', role 'Chairman', org 'ORG'.
    """
    parts: list[LinePart] = []
    name = contact_name_span(line)
    rest_start = 0
    if name is not None:
        parts.append(LinePart(name[0], name[1], line[name[0] : name[1]], "name"))
        rest_start = name[1]
    masked = _CONTACT_VALUES.sub(lambda m: " " * len(m.group()), line)
    masked = _AND_BEFORE_ROLE.sub(lambda m: "," + " " * (len(m.group()) - 1), masked)
    rest = masked[rest_start:]
    for start, part in comma_parts(rest, enumerated_names(rest)):
        stripped = part.strip(" .;:/–-")
        if not stripped or NAME_SUFFIX.fullmatch(" " + stripped):
            continue
        offset = rest_start + start + part.index(stripped)
        parts.append(LinePart(offset, offset + len(stripped), stripped, part_kind(stripped)))
    return ContactLine(parts)


def part_kind(part: str) -> str:
    words = [w.lower() for w in re.findall(r"[\w\-]+", part)]
    if not words or lookup_country(part) is not None:
        return "other"
    if is_job_title(words):
        return "role"  # "Programme Manager for Vocational Education"
    if words[-1] in ROLE_WORDS or (words[0] in ROLE_WORDS and not names_a_body(part)):
        return "role"  # "Executive Committee Member", "Coordinator of the youth network"
    return "org"


def names_a_body(part: str) -> bool:
    """'Head of the Rural Credit Unit' names a body; 'Coordinator of the youth network' and
    'Deputy Secretary of Evaluation' do not (no capitalised organisation word)."""
    return any(w[:1].isupper() and is_org_keyword(w) for w in words_of(part))


def contact_name_span(line: str) -> tuple[int, int] | None:
    """(start, end) when a contact line opens with a person's name: after an honorific, or
    two to six capitalised words followed by a role or an e-mail address."""
    match = _PERSON_START.match(line)
    if match is None:
        return None
    start = match.start("name")
    end = match.end("suffix") if match.group("suffix") else match.end("name")
    if not plausible_person(NAME_SUFFIX.sub("", line[start:end])):
        return None
    if match.group("honorific") is None and not followed_by_role_or_email(line, end):
        return None
    return start, end


def followed_by_role_or_email(line: str, name_end: int) -> bool:
    rest = line[name_end:].lstrip(" ,")
    if EMAIL_PATTERN.search(rest):
        return True
    return part_kind(rest.split(",")[0]) == "role"


@dataclass
class ContactDraft:
    name: str
    roles: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    closed: bool = False  # a second role starts a second affiliation: stop describing

    def describe(self, line: ContactLine) -> None:
        for part in line.parts:
            if self.closed or part.kind in ("name", "other"):
                continue
            if part.kind == "role":
                if self.organizations:
                    self.closed = True
                else:
                    self.roles.append(part.text)
            elif looks_like_org_name(part.text) or any(map(is_acronym, words_of(part.text))):
                self.organizations.append(part.text)
            elif self.roles and not self.organizations:
                self.roles[-1] += f", {part.text}"  # "Chief Technical Advisor, Insurance"
            elif not self.organizations:
                self.organizations.append(part.text)

    def add(self, item: Found) -> None:
        if item.label == "EMAIL" and item.normalized not in self.emails:
            self.emails.append(item.normalized)
        elif item.label == "PHONE" and item.normalized not in self.phones:  # faxes too
            self.phones.append(item.normalized)


def assemble_contacts(text: AnnotatedText, found: list[Found]) -> list[Contact]:
    """One contact per person named in the section; the lines below a name belong to it."""
    drafts: list[ContactDraft] = []
    skipped = footnote_ranges(text)
    for line_start, line in lines_with_offsets(text.text):
        if not line.strip() or any(s <= line_start < e for s, e in skipped):
            continue
        parsed = parse_contact_line(line)
        if parsed.name is not None:
            drafts.append(ContactDraft(name=normalize_person(parsed.name.text)))
        if not drafts:
            continue
        drafts[-1].describe(parsed)
        for item in found:
            if line_start <= item.start < line_start + len(line):
                drafts[-1].add(item)
    return [
        Contact(
            name=d.name,
            role=", ".join(d.roles) or None,
            organization=", ".join(d.organizations) or None,
            emails=d.emails,
            phones=d.phones,
            section=text.number,
        )
        for d in drafts
    ]


def footnote_ranges(text: AnnotatedText) -> list[tuple[int, int]]:
    if text.section is None:
        return []
    blocks = text.section.blocks
    return [(s, e) for s, e, i in block_offsets(text.section) if blocks[i].type == "footnote"]
