"""Names the form's layout gives: organisation lists, contact lines, the nominee line, and
names after an honorific."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from pipeline.acronyms import find_acronym_definitions, spelled_whole
from pipeline.countries import find_countries
from pipeline.country_names import lookup_country
from pipeline.entities.contacts import (
    ContactLine,
    names_an_employer,
    parse_contact_line,
    parse_contact_lines,
)
from pipeline.entities.filters import (
    ROLE_OF,
    a_role_of_a_board,
    is_acronym,
    is_org_keyword,
    looks_like_org_name,
    names_a_kind,
    normalize_person,
    plain_org_name,
    plausible_person,
    without_bracket_after,
    words_of,
)
from pipeline.entities.headed_names import enumerated_names, without_town_after_countries
from pipeline.entities.spans import Acronyms, AnnotatedText, Found, comma_parts, lines_with_offsets
from pipeline.entities.vocabulary import (
    EVENT_HEADS,
    LINKING_WORDS,
    NAME_PARTICLES,
    PLACE_NOUNS,
    ROLE_WORDS,
    STATE_HEADS,
)
from pipeline.models import Card
from pipeline.nominee import field_label
from pipeline.personnames import HONORIFIC

ORG_LIST_SECTION_KEYS = ("main_partners", "other")
# Nominee-block fields whose line holds names: "Nominee:", "Organisation:", "Represented by:".
NAMED_FIELDS = ("nominee", "organization", "representative")
MAX_LIST_LINE_WORDS = 25  # a partners list line
MAX_NAME_LINE_WORDS = 8  # a line elsewhere that is only a name


def listed_names(text: AnnotatedText, card: Card) -> Iterator[Found]:
    """Names the layout gives: list entries, and the name and organisations of a contact line
    or of the nominee line ('Nominee: Ms. X, Director, Some Council (SC) – NGO')."""
    yield from org_list_entries(text)
    if text.holds_contacts:
        lines = [(start, line) for start, line in lines_with_offsets(text.text) if line.strip()]
        parsed = parse_contact_lines([line for _, line in lines])
        for index, (line_start, line) in enumerate(lines):
            yield from contact_line_names(line_start, parsed[index])
            if index + 1 < len(lines) and names_the_organisation_of(
                line, parsed[index], lines[index + 1][1], parsed[index + 1]
            ):
                yield from org_entry(text.text, line_start, line)
    if text.section is None:
        for line_start, line in lines_with_offsets(text.text):
            # The nominee's line, and an organisation on a line of its own, in any wording.
            labelled = field_label(line)
            if labelled and labelled[0] in NAMED_FIELDS and labelled[1]:
                value_start = line_start + len(line.rstrip()) - len(labelled[1])
                yield from contact_line_names(value_start, parse_contact_line(labelled[1]))
        if card.nominee.name:
            name = card.nominee.name
            position = text.text.find(name)
            end = position + len(name)
            if position >= 0 and an_organisation_nominee(name):
                # "Nominee: Bačovia spod Kriváňa, občianske združenie": the nominee's body.
                yield Found("ORG", position, end, plain_org_name(name), "rule")
            elif position >= 0:
                yield Found("PERSON", position, end, normalize_person(name), "rule")


def an_organisation_nominee(name: str) -> bool:
    """'Nominee: Small-Small – Maryland Rubber Tappers' Cooperative' or 'Bačovia spod
    Kriváňa': the nominee is a body (sets 26 and 27), whose name the line's own reading
    gives as an organisation when it looks like one."""
    return looks_like_org_name(name) or not plausible_person(name)


def contact_line_names(line_start: int, contact: ContactLine) -> Iterator[Found]:
    previous_kind = None
    for part in contact.parts:
        after_role, previous_kind = previous_kind == "role", part.kind
        start = line_start + part.start
        if part.kind == "name":
            yield Found(
                "PERSON", start, start + len(part.text), normalize_person(part.text), "rule"
            )
        elif part.kind == "org":
            # "Some Council (SC, Philippines) – NGO": the name ends before a remark.
            name = re.split(r"\s+[-–]\s+|\s*\((?![A-Z][\w&+\-]{1,11}\))", part.text)[0]
            name = name[: without_town_after_countries(name, 0, len(name))]
            name = without_street_after(name)
            if a_role_of_a_board(name):
                continue  # "Chairwoman of the Board": a role (set 26)
            # "Head of the Informal Trade Unit": the unit is the organisation.
            if role := ROLE_OF.match(name):
                start, name = start + role.end(), name[role.end() :]
            if names_a_kind(name):
                continue  # "Specialist, Enterprises and Cooperatives": the role's field
            if looks_like_org_name(name) or (after_role and names_an_employer(name)):
                yield Found("ORG", start, start + len(name), plain_org_name(name), "rule")


def without_street_after(name: str) -> str:
    """'Vytautas Magnus University Studentų g. 11': a street and its house number run into
    the name on a contact line (set 26); the name ends with its last organisation word."""
    number = _HOUSE_NUMBER_AT_END.search(name)
    if number is None:
        return name
    words = list(re.finditer(r"\S+", name[: number.start()]))
    heads = [index for index, word in enumerate(words) if is_org_keyword(word.group())]
    if not heads or heads[-1] == len(words) - 1:
        return name  # "Centre 2000": the number is the name's own
    return name[: words[heads[-1]].end()]


_HOUSE_NUMBER_AT_END = re.compile(r"\s\d+[A-Za-z]?(?:/\d+[A-Za-z]?)?$")


def org_list_entries(text: AnnotatedText) -> Iterator[Found]:
    """Organisation lists: lines under country subheadings (an annex of participants); the
    names in a partners list ('KMTU International, KMTU Africa, TAMWA'); short lines elsewhere
    that are just a name ('KMTU Nairobi'); and '... partner organizations (KFA, BDA, ...)'."""
    if text.section is None or text.holds_contacts:
        return
    yield from enumerated_members(text.text)
    lines = [(start, line) for start, line in lines_with_offsets(text.text) if line.strip()]
    by_country = text.key in ORG_LIST_SECTION_KEYS and (
        sum(lookup_country(line.strip()) is not None for _, line in lines) >= 2
    )
    longest = MAX_LIST_LINE_WORDS if text.key == "main_partners" else MAX_NAME_LINE_WORDS
    for line_start, line in lines:
        if typed := TYPED_ITEM_NUMBER.match(line):
            line_start, line = line_start + typed.end(), line[typed.end() :]  # "4. Ministry ..."
        if lookup_country(line.strip()) is not None:
            continue
        if by_country and len(line.split()) <= 15:
            yield from org_entry(text.text, line_start, line)
            continue
        if len(line.split()) > longest:
            continue  # a paragraph, not a list
        parts = comma_parts(line, defined_spans(line) + enumerated_names(line))
        for index, (part_start, part) in enumerate(split_at_and_its(parts)):
            partner = text.key == "main_partners" and index == 0 and looks_like_partner(part)
            if partner or looks_like_list_name(part):
                yield from org_entry(text.text, line_start + part_start, part)


# "MTESS and its Servicio Nacional de Promoción Profesional": a body and one of its own;
# "INACOOP and the Secretariado Uruguayo de la Lana (SUL)": two bodies on one line.
_AND_ITS = re.compile(r"\s+(?:and\s+(?:its|their)|y\s+sus?|et\s+(?:son|sa|ses)|e\s+(?:seu|sua))\s+")
_AND_THE = re.compile(r"\s+and\s+the\s+")
# A name closed by its acronym, then "and" and another name: two bodies.
_AND_AFTER_ACRONYM = re.compile(r"(?<=[A-Z]\))\s+(?:and|et|y|e)\s+(?=[A-Z])")


def two_names(left: str, right: str) -> bool:
    """Whether 'left and the right' names two bodies: each a name of its own, the right one
    whole without its bracket (not "Ministry of Trade and the Economy", nor "Department of
    Forestry, Fisheries and the Environment (DFFE)", whose acronym spells the whole)."""
    if "," in left or not looks_like_list_name(left):
        return False
    core = without_bracket_after(right)
    acronym = re.search(r"\(([^()]+)\)$", right)
    spelled = acronym is not None and spelled_whole(acronym.group(1), core)
    return spelled or looks_like_list_name(core)


def split_at_and_its(parts: Iterable[tuple[int, str]]) -> list[tuple[int, str]]:
    """Each (offset, part) of a list line, a part naming a body 'and its' unit cut in two,
    two names joined by 'and the' when each is a name on its own, and a name closed by its
    acronym and the name after its 'and'."""
    result = []
    for start, part in parts:
        joined = _AND_ITS.search(part)
        both = _AND_THE.search(part) if joined is None else None
        if both is not None and two_names(part[: both.start()], part[both.end() :]):
            joined = both
        after_acronym = _AND_AFTER_ACRONYM.search(part) if joined is None else None
        if after_acronym is not None and all(
            w[:1].isupper() for w in words_of(part[after_acronym.end() :])
        ):
            joined = after_acronym  # "... Development (DARD) and Biosecurity Vanuatu"
        if joined is None:
            result.append((start, part))
            continue
        result.append((start, part[: joined.start()]))
        result.append((start + joined.end(), part[joined.end() :]))
    return result


# A list item's number typed as text ("4. ", "(4) "): the partner's name comes after it.
# "4. Ministry ...", "(2) ...", "IV. Social Security Board ..." (set 29), "iv) ...".
TYPED_ITEM_NUMBER = re.compile(r"^\s*\(?(?:\d{1,2}|[IVX]{1,4}|[ivx]{1,4})[.)]\s+")


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
    # A translation in brackets does not make a name too long: "... Bakanlığı (Ministry of
    # Labour and Social Security)".
    core = without_bracket_after(entry)
    too_long = len(words_of(core)) > MAX_LIST_NAME_WORDS
    if not words or too_long or ":" in entry or lookup_country(core) is not None:
        return False  # "Belize (Apiculture Unit)": a country, then a unit of the line's body
    if len(words) == 1:
        return is_acronym(words[0]) and words[0].isupper()
    if names_a_kind(entry):
        return False
    if words[-1].lower() in EVENT_HEADS:
        return False  # "NHCA KPI Course"
    bare = [re.sub(r"^[dl]['’]", "", w) for w in words]  # "l'Eau" counts as capitalised
    capitalised = bare[0][:1].isupper() and all(w[:1].isupper() or len(w) <= 3 for w in bare)
    return capitalised and (
        keyword_as_head(words) or any(is_acronym(w) for w in words) or named_for_its_country(core)
    )


def named_for_its_country(name: str) -> bool:
    """'Biosecurity Vanuatu', 'Radio Kiribati': a body named by one or two capitalised words
    and its country; not a region, a town or the state itself ("Northern Ghana", "Ciudad de
    México", "República Moldova"), nor a list of countries."""
    countries = [m for m in find_countries(name) if not m.demonym]
    if len(countries) != 1 or countries[0].end != len(name):
        return False
    before = name[: countries[0].start].split()
    return (
        1 <= len(before) <= 2
        and all(w[:1].isupper() and w.isalpha() for w in before)
        and not any(
            w.lower() in PLACE_NOUNS | STATE_HEADS | REPUBLIC_WORDS | TOWN_OPENERS for w in before
        )
        and before[0].lower().removesuffix("ern") not in COMPASS_WORDS
    )


REPUBLIC_WORDS = frozenset({"republic", "república", "republica", "république", "republika"})
TOWN_OPENERS = frozenset(
    {"port", "puerto", "porto", "fort", "saint", "san", "santa"}
)  # "Port Sudan"
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "central", "upper", "lower"})


# Words after a head word that keep the name going: "Trust for ...", "Fondo de ...".
HEAD_FOLLOWERS = LINKING_WORDS | NAME_PARTICLES


MAX_LIST_NAME_WORDS = 10


def keyword_as_head(words: list[str]) -> bool:
    """An organisation word that heads the name: first ("Fundación Paraguaya"), last
    ("Sahel Growers Federation"), or before "of"/"for" or another name word; not inside a
    phrase ("Build Trust First" is a heading)."""
    for index, word in enumerate(words):
        if not is_org_keyword(word):
            continue
        if index in (0, len(words) - 1):
            return True
        following = words[index + 1]
        if following.lower() in HEAD_FOLLOWERS or is_org_keyword(following):
            return True
        if is_acronym(following) or lookup_country(following) is not None:
            return True
    return False


def names_the_organisation_of(
    line: str, contact: ContactLine, following: str, following_contact: ContactLine
) -> bool:
    """A line of one to four capitalised words above a line that opens with an honorific and
    a name: the organisation the contact belongs to ("Kilimanjaro Beans" / "Mr. Daudi
    Mollel, Managing Director")."""
    words = words_of(line)
    if not 1 <= len(words) <= 4 or re.search(r"[\d@:,()]", line):
        return False
    if not all(w[:1].isupper() for w in words) or lookup_country(line.strip()) is not None:
        return False
    if re.match(rf"\s*{HONORIFIC}\b", line) or contact.name is not None:
        return False
    if any(w.lower() in ROLE_WORDS for w in words):
        return False
    opens_with_name = following_contact.name is not None
    return opens_with_name and re.match(rf"\s*{HONORIFIC}\b", following) is not None


def looks_like_partner(part: str) -> bool:
    """The first name on a line of the partners list is a partner even without an
    organisation word: companies and cooperatives go by a proper name ("Kiboko Crafts,
    Arusha", "Swisscontact"). One to five capitalised words, not a country, not a person's
    title, not a kind of partner."""
    entry = part.strip().rstrip(" .;")
    words = words_of(entry)
    if not 1 <= len(words) <= 5 or ":" in entry or any(c.isdigit() for c in entry):
        return False
    if len(words) == 1 and not names_one_body(words[0]):
        return False
    if lookup_country(without_bracket_after(entry)) is not None:
        return False
    if re.match(rf"{HONORIFIC}\b", entry):
        return False
    if names_a_kind(entry) or words[-1].lower() in EVENT_HEADS:
        return False
    return all(word[:1].isupper() for word in words)


def names_one_body(word: str) -> bool:
    """A one-word partner is a proper name ("Swisscontact", "Wend-Panga"), not a plural kind
    ("Cooperatives"), a head word alone ("Government") or a role ("Chair")."""
    lowered = word.lower()
    plural_kind = lowered.endswith("s") and not lowered.endswith("ss")
    return (
        len(word) >= 4
        and word[:1].isupper()
        and not word.isupper()
        and not plural_kind
        and lowered not in ROLE_WORDS
        and not is_org_keyword(word)
    )
