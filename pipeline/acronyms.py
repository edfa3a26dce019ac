"""Acronym definitions: 'Long Name (ACR)', 'ACR (Long Name)', 'ACR - Long Name' and
'Long Name - ACR', with the offsets of the long form in the text searched."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from pipeline.countries import find_countries
from pipeline.country_names import lookup_country
from pipeline.text import CAPITAL, NOT_NAME_WORDS, fold
from pipeline.vocabulary import entries as vocabulary_entries
from pipeline.vocabulary import words as vocabulary_words


@dataclass(frozen=True)
class AcronymDefinition:
    short: str  # "NHCA"
    long: str  # "Northern Harvest Cooperative Alliance"
    long_start: int  # where the long form is written in the text searched
    long_end: int
    # The short form's letters spell the long form (Schwartz & Hearst). When False, the long
    # form is only the capitalised name before "(ACR)", as for an acronym of another language
    # ("National Workers' Confederation (CNT)"): the caller decides whether to trust it.
    spelled: bool = True


_PARENTHESIS = re.compile(r"\(([^()\n]{1,160})\)")
_SHORT_FORM = re.compile(r"^[^\W_](?:[\w&+\-/]|\.(?=\w))*(?: [A-Z][A-Za-z]+)?$")
_DASHED_SHORT_BEFORE = re.compile(
    r"(?m)^[ \t]*(?P<short>[A-Z][A-Za-z0-9&+]{1,11})[ \t]+[-–][ \t]+(?P<long>[^\n]+)$"
)
# What both dashed patterns need somewhere: a dash with a space or tab either side.
_SPACED_DASH = re.compile(r"[ \t][-–][ \t]")
_DASHED_SHORT_AFTER = re.compile(
    r"(?P<left>[^\n()]{3,160}?)[ \t]+[-–][ \t]+(?P<short>[A-Z][A-Z0-9&]{1,11})\b"
)


def is_short_form(candidate: str) -> bool:
    """'NHCA', 'KMTU Africa', 'UN-Habitat': a short token with at least two capitals."""
    if not _SHORT_FORM.match(candidate) or len(candidate) > 16:
        return False
    head = candidate.split(" ")[0]
    return sum(ch.isupper() for ch in head) >= 2 and len(head) >= 2


def long_form_for(short: str, candidate: str) -> str | None:
    """Schwartz & Hearst (2003): the shortest tail of `candidate` whose characters spell
    `short` in order, its first character at a word start; None if there is none."""
    letters = [fold(ch) for ch in short if ch.isalnum()]
    s, position = len(letters) - 1, len(candidate) - 1
    while s >= 0:
        wanted = letters[s]
        while position >= 0 and (
            fold(candidate[position]) != wanted
            or (s == 0 and position > 0 and candidate[position - 1].isalnum())
        ):
            position -= 1
        if position < 0:
            return None
        position -= 1
        s -= 1
    start = candidate.rfind(" ", 0, position + 1) + 1
    # "Federation of Growers in East Africa (FEGEA)": a long form does not start on a
    # lower-case linking word when a capitalised word stands just before it.
    linking = re.match(r"(?:of|for|de|des|du|la|le|and|et|y)\b", candidate[start:])
    before = re.search(rf"({CAPITAL}[\w'’\-]*)\s+$", candidate[:start])
    if linking and before:
        start = before.start(1)
    long = candidate[start:].strip()
    return long if len(long) > len(short) and " " in long else None


def find_acronym_definitions(text: str) -> list[AcronymDefinition]:
    """'Long Name (ACR)', 'ACR (Long Name)', 'ACR - Long Name' and 'Long Name - ACR'."""
    return list(_acronym_definitions(text))


@lru_cache(maxsize=512)  # a section's text is read for definitions more than once
def _acronym_definitions(text: str) -> tuple[AcronymDefinition, ...]:
    found: list[AcronymDefinition] = []
    for match in _PARENTHESIS.finditer(text):
        inner = match.group(1)
        items = re.split(r"\s*[,;]\s*", inner.strip())
        first = items[0]
        if sum(map(is_short_form, items)) >= 2:
            continue  # "(KFA, BDA, TAMWA, ...)": a list of names, not a definition
        if is_short_form(first) and lookup_country(first) is None:
            found.extend(_long_form_before(text, match.start(), first))
        elif len(items) == 2 and is_short_form(items[1]) and first[:1].isupper():
            # "Farmers' Association (Name in another language, FA)"
            found.extend(_long_form_before(text, match.start(), items[1]))
        else:
            found.extend(_short_form_before(text, match, inner))
    # The dashed patterns try every start in the text; most texts have no dash to find.
    if _SPACED_DASH.search(text) is None:
        return tuple(found)
    for match in _DASHED_SHORT_BEFORE.finditer(text):
        long = match.group("long").strip(" .;,")
        if long_form_for(match.group("short"), long) is not None:
            start = match.start("long")
            found.append(AcronymDefinition(match.group("short"), long, start, start + len(long)))
    for match in _DASHED_SHORT_AFTER.finditer(text):
        found.extend(_long_form_before(text, match.end("left"), match.group("short")))
    return tuple(found)


def _long_form_before(text: str, end: int, short: str) -> Iterator[AcronymDefinition]:
    line_start = text.rfind("\n", 0, end) + 1
    window_words = min(len(short) + 5, len(short) * 2)
    words = text[line_start:end].rstrip().split(" ")
    long = long_form_for(short, " ".join(words[-window_words:]))
    if long is not None and long.islower() and spelled_whole(short, long):
        # "recognition of prior learning (RPL)": a concept's name, never an organisation's.
        position = text.rfind(long, line_start, end)
        yield AcronymDefinition(short, long, position, position + len(long))
        return
    if long is None or not spelled_by_initials(short, long):
        yield from _capitalised_name_before(text, line_start, end, short)
        return
    long = re.sub(r"^(?:the|The)\s+", "", long.strip(" ,;:“”\"'‘’"))
    position = text.rfind(long, line_start, end)
    if long and position >= 0:
        long_end = position + len(long)
        if (
            long[:1].isupper()
            and not (spelled_whole(short, long) and _after_a_list_comma(text, line_start, position))
            and not (long[0] == short[0] and _demonym_before(text, line_start, position))
        ):
            position = _capitalised_words_start(text, line_start, position)
        position = _with_head_word_before(text, line_start, position)
        yield AcronymDefinition(short, text[position:long_end], position, long_end)


def _with_head_word_before(text: str, line_start: int, position: int) -> int:
    """Where the name starts when an organisation word and a linking word stand before the
    words that spell the acronym: "Chambre de" + "Commerce, d'Industrie ... (CCIAT)" (set 27)."""
    head = _HEAD_AND_LINK_BEFORE.search(text, line_start, position)
    return head.start() if head is not None and fold(head.group(1)) in _ORG_HEADS else position


_HEAD_AND_LINK_BEFORE = re.compile(
    rf"(?<![\w'’\-])({CAPITAL}[\w'’\-]*)[ \t]+(?:of|for|de|des|du|del|de la)[ \t]+$"
)


_ORG_HEADS = frozenset(fold(word) for word in vocabulary_words("org_keyword"))
_MIN_CONTENT_LETTERS = 4  # shorter lower-case words are linking words ("de", "des", "and")


def spelled_by_initials(short: str, long: str) -> bool:
    """Whether at least half the short form's letters start capitalised words of the long
    form, in order. Schwartz & Hearst also accept letters inside words, which lets
    "MTDSA" spell "Mali and the Ministry of Labour, Social Dialogue and Crafts"."""
    letters = [fold(ch) for ch in short if ch.isalpha()]
    # "d'Industrie", "l'Agriculture": the elided article is not the word's initial (set 27).
    words = [_ELIDED_ARTICLE.sub("", word) for word in long.split()]
    # A name in sentence case, headed by an organisation word, spells its acronym with its
    # lower-case words too: "Associação de mulheres produtoras de cacau de Liquiçá (AMPCL)".
    sentence_case = bool(words) and fold(words[0]) in _ORG_HEADS
    initials = [
        fold(word[0])
        for word in words
        if word[:1].isupper() or (sentence_case and len(word) >= _MIN_CONTENT_LETTERS)
    ]
    return 2 * letters_spelled(letters, initials) >= len(letters)


def letters_spelled(letters: list[str], initials: list[str]) -> int:
    """How many of `letters` the `initials` spell in order (their longest common
    subsequence, one row at a time)."""
    common = [0] * (len(initials) + 1)
    for letter in letters:
        diagonal = 0
        for index, initial in enumerate(initials, start=1):
            diagonal, common[index] = (
                common[index],
                (diagonal + 1 if letter == initial else max(common[index], common[index - 1])),
            )
    return common[-1]


_ELIDED_ARTICLE = re.compile(r"^(?:[ldLD]|qu)['’]")


def spelled_whole(short: str, long: str) -> bool:
    """Whether the initials of the long form's words spell every letter of the short form
    in order ("Commission de l'océan Indien" -> COI, reading "l'océan" as "océan"). Such
    a name does not take the capitalised words of a list's previous item before it; a
    translated acronym that spells only a suffix ("Fund for the Development of Education"
    lacks FNDE's N) goes on to the words before it."""
    letters = [fold(ch) for ch in short if ch.isalpha()]
    initials = [
        fold(word[0])
        for word in (_ELIDED_ARTICLE.sub("", w) for w in long.split())
        if word[:1].isupper() or len(word) >= _MIN_CONTENT_LETTERS
    ]
    return letters_spelled(letters, initials) == len(letters)


def _after_a_list_comma(text: str, line_start: int, position: int) -> bool:
    """Whether the capitalised words before `position` follow a comma: the end of another
    item ("... distillers of Bambao, Ndzuwani | Commission de l'océan Indien (COI)"),
    not part of the name as "the Deutsche | Gesellschaft für ... (GIZ)" is."""
    run = _LEADING_CAPITALISED.search(text, line_start, position)
    return run is not None and text[line_start : run.start()].rstrip(" \t").endswith(",")


_LEADING_CAPITALISED = re.compile(rf"(?:{CAPITAL}[\w'’\-&]*[ \t]+)+$")


def _demonym_before(text: str, line_start: int, position: int) -> bool:
    """'the Cameroonian Ministère des Travaux Publics (MINTP)': an English demonym before a
    name in another language (its head word not English), which the acronym spells from
    its first word, qualifies the name and is not part of it; "Spanish Agency for ...
    (AECID)" is the English name itself."""
    before = re.search(r"(\S+)[ \t]+$", text[line_start:position])
    head = re.match(r"[^\W\d_]+", text[position:])
    if before is None or head is None or fold(head.group()) not in _FOREIGN_ORG_HEADS:
        return False
    return any(
        m.demonym and m.start == 0 and m.end == len(before.group(1))
        for m in find_countries(before.group(1))
    )


# Organisation head words of other languages than English ("Ministère", "Instituto").
_FOREIGN_ORG_HEADS = frozenset(
    fold(entry.word)
    for entry in vocabulary_entries()
    if entry.list == "org_keyword" and "en" not in entry.language.split(",")
)


def _capitalised_words_start(text: str, line_start: int, position: int) -> int:
    """Where the name really starts. A translated acronym ("National Fund for the
    Development of Education (FNDE)") spells only a suffix of its name; the title-cased
    words just before that suffix belong to the name too."""
    run = _LEADING_CAPITALISED.search(text, line_start, position)
    if run is None:
        return position
    start = position
    words = run.group().split()
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        # "Kenya's Ministry of ...", "Viet Nam's ...": a country, or its possessive, is not
        # part of the name.
        owner = re.sub(r"['’]s$", "", word)
        two_word_owner = f"{words[index - 1]} {owner}" if index else owner
        if word in NOT_NAME_WORDS or lookup_country(owner) or lookup_country(two_word_owner):
            break
        start = text.rfind(word, line_start, start)
    return start


_LINK_WORDS = "of|for|and|the|de|des|du|la|le|in|on"  # lower-case words inside a name
_NAME_WORDS = rf"(?:{CAPITAL}[\w'’\-&]*|{_LINK_WORDS})"
_NAME_RUN = re.compile(rf"{_NAME_WORDS}(?:(?:[ \t]+|,[ \t]+){_NAME_WORDS})*[ \t]*$")
_NAME_RUN_LEAD = re.compile(rf"^(?:(?:{_LINK_WORDS})\s+)+")


def _capitalised_name_before(
    text: str, line_start: int, end: int, short: str
) -> Iterator[AcronymDefinition]:
    run = _NAME_RUN.search(text, line_start, end)
    if run is None:
        return
    name = run.group().strip()
    # "(OFP) of Mali and the Ministry of ...": a second name starts after "and the".
    name = re.split(r"\s+and\s+the\s+", name)[-1]
    name = _enumerated_name_tail(name.split(", "))
    words = name.split()
    while words and words[0] in NOT_NAME_WORDS:
        words.pop(0)
    name = _NAME_RUN_LEAD.sub("", " ".join(words))
    if len(name.split()) >= 2 and name[:1].isupper():
        start = text.rfind(name, line_start, end)
        if start >= 0:
            yield AcronymDefinition(short, name, start, start + len(name), spelled=False)


def _enumerated_name_tail(parts: list[str]) -> str:
    """The name at the end of comma-separated parts. A comma belongs to a name only in an
    enumeration after its head ("Ministry of Labour, Youth, Crafts and Trade"); otherwise
    the name is the last part ("Senegal, Ministry of Health"; "Ms. X, Head, Office for Y")."""
    last = parts[-1]
    if len(parts) == 1 or " and " not in last or re.search(r"\b(?:of|for)\b", last):
        return last
    for index in range(len(parts) - 2, -1, -1):
        if re.search(r"\b(?:of|for)\b", parts[index]):
            return ", ".join(parts[index:])
        if re.search(r"\b(?:and|the)\b", parts[index]):
            break
    return last


def _short_form_before(text: str, paren: re.Match[str], inner: str) -> Iterator[AcronymDefinition]:
    before = re.search(r"([A-Z][A-Za-z0-9&+\-]{1,11})\s*$", text[: paren.start()])
    if before is None or not is_short_form(before.group(1)):
        return
    long = re.split(r"\s+[-–]\s+|\s*,\s*", inner.strip())[0].strip()
    if not long[:1].isupper() or long_form_for(before.group(1), long) is None:
        return
    start = paren.start(1) + inner.find(long)
    yield AcronymDefinition(before.group(1), long, start, start + len(long))
