"""Normalisers shared by the segment and entities stages: countries, phones, e-mails, URLs, names.

Pure functions over strings: no spaCy, no document model. Offsets returned are always
offsets into the string passed in, so callers can trace a value back to where it was written.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import phonenumbers
import pycountry

# A capital letter, accented ones included ("É" of "Étienne"): `re` has no \p{Lu}.
CAPITAL = "[A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper()) + "]"


@dataclass(frozen=True)
class CountryMention:
    start: int
    end: int
    text: str
    code: str  # ISO 3166-1 alpha-2
    name: str  # short English name
    demonym: bool  # an adjective ("Filipino"), not the country's name


@dataclass(frozen=True)
class PhoneMatch:
    start: int
    end: int
    text: str
    e164: str
    possible_only: bool  # possible, but not valid under today's numbering plan


# ---------------------------------------------------------------------------------------------
# Countries
# ---------------------------------------------------------------------------------------------

_LETTERS = re.compile(r"[^\W\d_]+")
# What may stand between the words of one country name: "Guinea-Bissau", "Cote d'Ivoire",
# "U.S.A", "Bolivia (Plurinational State of)". Never a line break: a name does not cross lines.
_NAME_GAP = re.compile(r"[ \t\u00a0]*[-–'’.(]?[ \t\u00a0]*")
# A whole field value may also carry commas ("Korea, Republic of").
_FIELD_GAP = re.compile(r"[\s\-–'’.(),]*")
_IGNORED_WORDS = frozenset({"the"})


@dataclass(frozen=True)
class _Alias:
    code: str
    kind: str  # "name" | "abbr" | "demonym"
    # The letters as canonically cased ("eSwatini"); for an abbreviation, the text as
    # written without a final dot ("DRC", "U.S"), so that "US" the word is not "U.S.".
    forms: frozenset[str]


def fold(word: str) -> str:
    """Case- and accent-insensitive form of a word ("Côte" -> "cote")."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _words(text: str) -> list[str]:
    return [w for w in _LETTERS.findall(text) if fold(w) not in _IGNORED_WORDS]


def _key(words: list[str]) -> str:
    return "".join(fold(w) for w in words)


def display_name(code: str) -> str:
    """Short English name: ISO's own, unless that is an inverted 'Korea, Republic of' form."""
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    name: str = country.name
    if "," not in name and "(" not in name:
        return name
    common: str | None = getattr(country, "common_name", None)
    if common:
        return common
    official: str | None = getattr(country, "official_name", None)
    if official and "," not in official and "(" not in official:
        return official
    head, _, tail = name.partition(", ")
    if tail.lower().endswith((" of", " of the")):
        return f"{tail[0].lower()}{tail[1:]} {head}".removeprefix("the ")
    return re.sub(r"\s*\(.*?\)", "", head)


def _pycountry_names(country: object) -> Iterator[str]:
    """The ISO names of one country and the plain variants they imply."""
    for attr in ("name", "common_name", "official_name"):
        name = getattr(country, attr, None)
        if not name:
            continue
        yield name
        without_parens = re.sub(r"\s*\(.*?\)", "", name)
        yield without_parens
        head, _, tail = without_parens.partition(", ")
        if tail.lower().endswith((" of", " of the")):
            yield f"{tail} {head}"  # "Korea, Republic of" -> "Republic of Korea"
        for variant in (name, without_parens):
            if variant.startswith("Saint "):
                yield "St " + variant.removeprefix("Saint ")


def _alias_rows() -> Iterator[tuple[str, str, str]]:
    for country in pycountry.countries:
        for name in _pycountry_names(country):
            yield name, country.alpha_2, "name"
    table = resources.files("pipeline").joinpath("data", "country_aliases.tsv")
    for line in table.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, code, kind = line.split("\t")
        yield text, code, kind


@lru_cache(maxsize=1)
def _alias_index() -> tuple[dict[str, _Alias], dict[str, int]]:
    """Key (folded letters) -> alias, and first folded word -> longest alias in words."""
    collected: dict[str, tuple[str, str, set[str]]] = {}
    for text, code, kind in _alias_rows():
        words = _words(text)
        if not words:
            continue
        key = _key(words)
        form = text.rstrip(".") if kind == "abbr" else "".join(words)
        previous = collected.get(key)
        if previous is not None and previous[:2] == (code, kind):
            previous[2].add(form)
            continue
        # A later row (the alias table) overrides pycountry; a name beats a demonym.
        if previous is not None and previous[1] == "name" and kind != "name":
            continue
        collected[key] = (code, kind, {form})
    index = {
        key: _Alias(code, kind, frozenset(forms)) for key, (code, kind, forms) in collected.items()
    }
    longest: dict[str, int] = {}
    for text, _code, _kind in _alias_rows():
        words = _words(text)
        if words:
            first = fold(words[0])
            longest[first] = max(longest.get(first, 0), len(_LETTERS.findall(text)))
    return index, longest


def _case_fits(written: str, words: list[str], alias: _Alias) -> bool:
    """Whether the casing as written can be this country: 'Chad' and 'CHAD', never 'chad'."""
    if alias.kind == "abbr":
        return written in alias.forms  # "DRC", "PNG", "UK" only as written
    letters = "".join(words)
    if letters in alias.forms:
        return True
    if letters.isupper():
        return len(letters) >= 4  # all-caps headings ("HONGKONG"), but not two-letter words
    if not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or (len(w) <= 3 and w.islower()) for w in words)


def _lookup_key(key: str) -> _Alias | None:
    index, _ = _alias_index()
    alias = index.get(key)
    if alias is None and key.endswith("s"):
        plural_of = index.get(key[:-1])  # "Filipinos", "Malaysians"
        if plural_of is not None and plural_of.kind == "demonym":
            return plural_of
    return alias


def lookup_country(name: str) -> tuple[str, str] | None:
    """The country a whole string names, as (alpha-2, short name); None if it names none.

    Exact matching on a case- and accent-folded key plus an alias table; never fuzzy
    matching, which turns "Niger" into Nigeria.
    """
    words = _words(name)
    stripped = name.strip()
    if not words or not _only_words_and_gaps(stripped):
        return None
    alias = _alias_index()[0].get(_key(words))
    if alias is None or alias.kind in ("demonym", "city"):
        return None
    return alias.code, display_name(alias.code)


def _only_words_and_gaps(text: str) -> bool:
    return _FIELD_GAP.fullmatch(_LETTERS.sub("", text)) is not None


def find_countries(text: str) -> list[CountryMention]:
    """Every country name or demonym in running text; the longest name wins at each place."""
    tokens = list(_LETTERS.finditer(text))
    _, longest = _alias_index()
    mentions: list[CountryMention] = []
    i = 0
    while i < len(tokens):
        first = fold(tokens[i].group())
        # "Filipinos": a plural demonym starts with a word the index knows without its "s".
        max_words = longest.get(first, 0) or longest.get(first.removesuffix("s"), 0)
        match = _country_at(text, tokens, i, max_words)
        if match is None:
            i += 1
            continue
        mention, used = match
        if mention is not None:
            mentions.append(mention)
        i += used
    return mentions


def _country_at(
    text: str, tokens: list[re.Match[str]], i: int, max_words: int
) -> tuple[CountryMention | None, int] | None:
    """The country named at token i and how many tokens it takes; (None, n) for a city
    named after its country ("Port of Spain"), whose words are then skipped."""
    if max_words == 0 or fold(tokens[i].group()) in _IGNORED_WORDS:
        return None
    for n in range(min(max_words, len(tokens) - i), 0, -1):
        window = tokens[i : i + n]
        if fold(window[-1].group()) in _IGNORED_WORDS or not _joined_by_gaps(text, window):
            continue
        words = [t.group() for t in window if fold(t.group()) not in _IGNORED_WORDS]
        alias = _lookup_key(_key(words))
        start, end = window[0].start(), _close_paren(text, window[0].start(), window[-1].end())
        if alias is None or not _case_fits(text[start:end], words, alias):
            continue
        if _is_continental(text, window[0]) or _names_water(text, start, end):
            continue
        if alias.kind == "city":
            return None, n
        mention = CountryMention(
            start=start,
            end=end,
            text=text[start:end],
            code=alias.code,
            name=display_name(alias.code),
            demonym=alias.kind == "demonym",
        )
        return mention, n
    return None


def _joined_by_gaps(text: str, window: list[re.Match[str]]) -> bool:
    return all(
        _NAME_GAP.fullmatch(text, left.end(), right.start()) is not None
        for left, right in itertools.pairwise(window)
    )


def _close_paren(text: str, start: int, end: int) -> int:
    """Take in the ')' of "Bolivia (Plurinational State of)"."""
    if text.count("(", start, end) > text.count(")", start, end) and text[end : end + 1] == ")":
        return end + 1
    return end


def _is_continental(text: str, first: re.Match[str]) -> bool:
    """'Latin' before 'American' makes a region, not a country."""
    before = text[max(0, first.start() - 6) : first.start()]
    return re.search(r"Latin\s$", before) is not None


_WATER_BEFORE = re.compile(r"\b(?:Lake|Gulf\s+of|Bay\s+of)\s+$")
_WATER_AFTER = re.compile(r"^\s+(?:River|Basin|Delta)\b")


def _names_water(text: str, start: int, end: int) -> bool:
    """'Lake Chad', 'the Niger River', 'the Gulf of Guinea': water, not the country."""
    return bool(
        _WATER_BEFORE.search(text[max(0, start - 12) : start]) or _WATER_AFTER.match(text[end:])
    )


def country_from_text(text: str) -> tuple[str, str] | None:
    """The first country (not a demonym) named in a free text, e.g. an affiliation."""
    for mention in find_countries(text):
        if not mention.demonym:
            return mention.code, mention.name
    return None


# ---------------------------------------------------------------------------------------------
# Phones
# ---------------------------------------------------------------------------------------------

_PHONE_SEPARATORS = re.compile(r"\s*(?:;|/|,|\bor\b)\s*", re.IGNORECASE)
_EXTENSION = re.compile(r"[\s,]*(?:ext\.?|extn\.?|extension|x)\s*\d+\s*$", re.IGNORECASE)
_NUMBER_SPAN = re.compile(r"[+(\d][\d\s().\-–+]*\d")
_MIN_DIGITS = 6
_E164_DIGITS = range(8, 16)


def parse_phones(value: str, region: str | None) -> list[PhoneMatch]:
    """The numbers of a labelled field value ("+224 664 5 83 50; +224 622 23 45 63").

    National forms use `region`. A number written with '+' that libphonenumber cannot
    place is kept as its digits, marked possible_only: old documents use old plans.
    """
    matches: list[PhoneMatch] = []
    for piece_start, piece in _split_phone_pieces(value):
        found = _NUMBER_SPAN.search(_EXTENSION.sub("", piece))
        if found is None:
            continue
        written = found.group()
        if sum(ch.isdigit() for ch in written) < _MIN_DIGITS:
            continue
        parsed = _parse_number(written, region)
        if parsed is None:
            continue
        e164, possible_only = parsed
        start = piece_start + found.start()
        matches.append(PhoneMatch(start, start + len(written), written, e164, possible_only))
    return matches


def _split_phone_pieces(value: str) -> Iterator[tuple[int, str]]:
    position = 0
    for separator in _PHONE_SEPARATORS.finditer(value):
        yield position, value[position : separator.start()]
        position = separator.end()
    yield position, value[position:]


def _parse_number(written: str, region: str | None) -> tuple[str, bool] | None:
    """(E.164, possible_only) for one written number, or None when it is not a phone number."""
    compact = re.sub(r"^\(?\+\s*", "+", written)
    candidates = [compact]
    if compact.startswith("00"):
        candidates.append("+" + compact[2:])  # international prefix without a region to know it
    for candidate in candidates:
        try:
            number = phonenumbers.parse(candidate, region)
        except phonenumbers.NumberParseException:
            continue
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if phonenumbers.is_valid_number(number):
            return e164, False
        if phonenumbers.is_possible_number(number):
            return e164, True
    digits = re.sub(r"\D", "", compact)
    if compact.startswith("+") and len(digits) in _E164_DIGITS:
        return "+" + digits, True  # the number as written; no plan we know accepts it
    return None


def country_of_phone(e164: str) -> str | None:
    """ISO alpha-2 of a number's calling code; None when the code is shared or unknown."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return None
    region = phonenumbers.region_code_for_number(number)
    if region and region != phonenumbers.UNKNOWN_REGION:
        return str(region)
    regions = phonenumbers.region_codes_for_country_code(number.country_code or 0)
    if len(regions) == 1 and regions[0] != phonenumbers.UNKNOWN_REGION:
        return str(regions[0])
    return None


_CURRENCY_BEFORE = re.compile(
    r"(?:US\$|\$|€|£|¥|\b(?:USD|EUR|GBP|CHF|PHP|INR|BRL|XOF|GNF|dollars?|euros?))\s*$",
    re.IGNORECASE,
)
_NOT_PHONE_AFTER = re.compile(r"^\s*(?:%|percent|per cent|million|billion|thousand)", re.IGNORECASE)
_RANGE = re.compile(r"^\d{1,4}\s*[-–/]\s*\d{1,4}$")
_WRITTEN_INTERNATIONAL = re.compile(r"(?<![\w+])(?:\(\s*)?\+\s?\d[\d\s().\-–]{5,}\d")


def find_phones(text: str, region: str | None) -> list[PhoneMatch]:
    """Phone numbers in running text: libphonenumber's matcher at leniency VALID, plus
    '+'-written numbers it rejects (old plans, kept as possible_only), minus amounts and ranges.
    """
    found: list[PhoneMatch] = []
    matcher = phonenumbers.PhoneNumberMatcher(
        text, region or phonenumbers.UNKNOWN_REGION, leniency=phonenumbers.Leniency.VALID
    )
    for match in matcher:
        if _looks_like_other_number(text, match.start, match.end, match.raw_string):
            continue
        e164 = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        found.append(PhoneMatch(match.start, match.end, match.raw_string, e164, False))
    for written in _WRITTEN_INTERNATIONAL.finditer(text):
        if any(m.start < written.end() and written.start() < m.end for m in found):
            continue
        for phone in parse_phones(written.group(), region):
            if _looks_like_other_number(text, written.start(), written.end(), phone.text):
                continue
            start = written.start() + phone.start
            found.append(PhoneMatch(start, start + len(phone.text), phone.text, phone.e164, True))
    return sorted(found, key=lambda m: m.start)


def _looks_like_other_number(text: str, start: int, end: int, raw: str) -> bool:
    """Amounts, percentages, year or page ranges, times: numbers that are not phones."""
    if ":" in raw or _RANGE.match(raw):
        return True
    if _CURRENCY_BEFORE.search(text[max(0, start - 10) : start]):
        return True
    return _NOT_PHONE_AFTER.match(text[end : end + 12]) is not None


# ---------------------------------------------------------------------------------------------
# E-mails and URLs
# ---------------------------------------------------------------------------------------------

EMAIL_PATTERN = re.compile(
    r"(?<![\w.%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]*@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w\-])"
)
_URL_PATTERN = re.compile(r"(?<![\w@./\-])(?:https?://|www\.)[^\s<>\"'\[\]{}|\\^`]+", re.IGNORECASE)
_URL_TRAILING = ".,;:!?'\"’”)"
# A web address written without "http://" or "www." ("clinics.sld.cu/bulletin"): lower-case
# host labels ending in a real top-level domain, and a path or a host of three labels, so
# that "report.pdf", "e.g." and "U.N." stay text.
_GENERIC_TLDS = "com|org|net|int|edu|gov|info|biz|coop|africa|asia"
_BARE_DOMAIN = re.compile(
    r"(?<![\w@./\-])(?P<host>(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+(?P<tld>[a-z]{2,6}))"
    r"(?P<path>/[^\s<>\"'\[\]{}|\\^`]*)?(?![\w@\-])"
)


def find_emails(text: str) -> list[tuple[int, int, str]]:
    """(start, end, lower-cased address) for each e-mail address in the text."""
    return [(m.start(), m.end(), m.group().lower()) for m in EMAIL_PATTERN.finditer(text)]


def find_urls(text: str) -> list[tuple[int, int, str]]:
    """(start, end, URL with a scheme); trailing punctuation and unbalanced ')' left out."""
    urls: list[tuple[int, int, str]] = []
    for match in _URL_PATTERN.finditer(text):
        written = _strip_url_tail(match.group())
        if "." not in written.split("//", 1)[-1]:
            continue
        end = match.start() + len(written)
        urls.append((match.start(), end, normalize_url(written)))
    for match in _BARE_DOMAIN.finditer(text):
        if not is_bare_web_address(match) or any(s <= match.start() < e for s, e, _ in urls):
            continue
        written = _strip_url_tail(match.group())
        urls.append((match.start(), match.start() + len(written), normalize_url(written)))
    return sorted(urls)


def is_bare_web_address(match: re.Match[str]) -> bool:
    tld, labels = match.group("tld"), match.group("host").count(".") + 1
    real_tld = re.fullmatch(_GENERIC_TLDS, tld) is not None or (
        len(tld) == 2 and pycountry.countries.get(alpha_2=tld.upper()) is not None
    )
    return real_tld and (bool(match.group("path")) or labels >= 3)


def _strip_url_tail(url: str) -> str:
    while url and url[-1] in _URL_TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


def normalize_url(url: str) -> str:
    """A URL with a scheme and a lower-cased scheme and host; the path is kept as written."""
    url = url.strip()
    if url.lower().startswith("mailto:"):
        return url
    if not re.match(r"^[a-z][a-z0-9+.\-]*://", url, re.IGNORECASE):
        url = "http://" + url
    scheme, _, rest = url.partition("://")
    host, slash, path = rest.partition("/")
    return f"{scheme.lower()}://{host.lower()}{slash}{path}"


# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------

# One honorific or title as written before a name ("Dr.", "Dato' Sri", "H.E.").
HONORIFIC = (
    r"(?:(?:(?:Datuk|Dato|Tan)(?:'|’)?\s+(?:Seri|Sri)"
    r"|Mr|Mrs|Ms|Miss|Mx|Dr|Dra|Prof|Professor|Sir|Dame|Datuk|Datin|Dato|Hon|Rev|Lic|Lcda|Lcdo|Ing|Arq"
    r"|Fr|Sr|Sra|Srta|Mme|Mlle|Eng|Engr|Atty|Amb|Ambassador|H\.\s?E|S\.\s?E"
    r"|MR|MRS|MS|DR|PROF)(?:\.|'|’)?)"
)
_HONORIFICS_AT_START = re.compile(rf"^(?:{HONORIFIC}(?:\s+|$))+")


def split_honorific(name: str) -> tuple[str | None, str]:
    """('Datuk Dr.', 'Denison J.') from 'Datuk Dr. Denison J.'; (None, name) without one."""
    stripped = name.strip()
    match = _HONORIFICS_AT_START.match(stripped)
    if match is None:
        return None, stripped
    honorific = match.group().strip()
    return honorific, stripped[match.end() :].strip()


# ---------------------------------------------------------------------------------------------
# Acronyms
# ---------------------------------------------------------------------------------------------


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
    for match in _DASHED_SHORT_BEFORE.finditer(text):
        long = match.group("long").strip(" .;,")
        if long_form_for(match.group("short"), long) is not None:
            start = match.start("long")
            found.append(AcronymDefinition(match.group("short"), long, start, start + len(long)))
    for match in _DASHED_SHORT_AFTER.finditer(text):
        found.extend(_long_form_before(text, match.end("left"), match.group("short")))
    return found


def _long_form_before(text: str, end: int, short: str) -> Iterator[AcronymDefinition]:
    line_start = text.rfind("\n", 0, end) + 1
    window_words = min(len(short) + 5, len(short) * 2)
    words = text[line_start:end].rstrip().split(" ")
    long = long_form_for(short, " ".join(words[-window_words:]))
    if long is None or not spelled_by_initials(short, long):
        yield from _capitalised_name_before(text, line_start, end, short)
        return
    long = re.sub(r"^(?:the|The)\s+", "", long.strip(" ,;:“”\"'‘’"))
    position = text.rfind(long, line_start, end)
    if long and position >= 0:
        long_end = position + len(long)
        if long[:1].isupper():
            position = _capitalised_words_start(text, line_start, position)
        yield AcronymDefinition(short, text[position:long_end], position, long_end)


def spelled_by_initials(short: str, long: str) -> bool:
    """Whether at least half the short form's letters start capitalised words of the long
    form, in order. Schwartz & Hearst also accept letters inside words, which lets
    "MTDSA" spell "Mali and the Ministry of Labour, Social Dialogue and Crafts"."""
    letters = [fold(ch) for ch in short if ch.isalpha()]
    initials = [fold(word[0]) for word in long.split() if word[:1].isupper()]
    common = [0] * (len(initials) + 1)  # longest common subsequence, one row at a time
    for letter in letters:
        diagonal = 0
        for index, initial in enumerate(initials, start=1):
            diagonal, common[index] = (
                common[index],
                (diagonal + 1 if letter == initial else max(common[index], common[index - 1])),
            )
    return 2 * common[-1] >= len(letters)


_LEADING_CAPITALISED = re.compile(rf"(?:{CAPITAL}[\w'’\-&]*[ \t]+)+$")
# Capitalised words that do not start a name: articles, prepositions and pronouns that open
# a sentence ("The", "In", "Between").
NOT_NAME_WORDS = frozenset(
    {
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "For",
        "Since",
        "By",
        "With",
        "From",
        "And",
        "Of",
        "Its",
        "Their",
        "This",
        "That",
        "These",
        "Both",
        "Under",
        "Through",
        "During",
        "After",
        "Before",
        "Between",
        "Our",
        "We",
    }
)


def _capitalised_words_start(text: str, line_start: int, position: int) -> int:
    """Where the name really starts. A translated acronym ("National Fund for the
    Development of Education (FNDE)") spells only a suffix of its name; the title-cased
    words just before that suffix belong to the name too."""
    run = _LEADING_CAPITALISED.search(text, line_start, position)
    if run is None:
        return position
    start = position
    for word in reversed(run.group().split()):
        if word in NOT_NAME_WORDS or lookup_country(word) is not None:
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


# ---------------------------------------------------------------------------------------------
# Well-known intergovernmental organisations
# ---------------------------------------------------------------------------------------------

# Acronyms that are also English words: not an organisation inside an all-caps heading.
_WORDLIKE_ACRONYMS = frozenset({"WHO", "AU", "UN", "EU", "WB", "ITC", "OAS", "IDB"})


@dataclass(frozen=True)
class IgoMention:
    start: int
    end: int
    text: str
    name: str  # the canonical full name


@dataclass(frozen=True)
class _IgoTable:
    by_acronym: dict[str, str]
    by_name: dict[str, str]  # any spelling, case-folded -> canonical full name
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def _igo_table() -> _IgoTable:
    by_acronym: dict[str, str] = {}
    by_name: dict[str, str] = {}
    source = resources.files("pipeline").joinpath("data", "igos.tsv")
    for line in source.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        acronym, full, *rest = line.split("\t")
        if acronym:
            by_acronym[acronym] = full
        for spelling in [full, *(rest[0].split("|") if rest else [])]:
            by_name[spelling.casefold()] = full
    names = sorted({*by_acronym, *by_name}, key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in names)
    pattern = re.compile(rf"(?<![\w\-/])(?:{alternatives})(?![\w\-])", re.IGNORECASE)
    return _IgoTable(by_acronym, by_name, pattern)


def igo_full_name(name: str) -> str | None:
    """The full name of a well-known intergovernmental organisation named by `name`."""
    table = _igo_table()
    return table.by_acronym.get(name) or table.by_name.get(
        re.sub(r"^the\s+", "", " ".join(name.split()).casefold())
    )


def find_igos(text: str) -> list[IgoMention]:
    """Acronyms (as written: 'ILO', never 'ilo') and full names of well-known IGOs."""
    table = _igo_table()
    mentions: list[IgoMention] = []
    for match in table.pattern.finditer(text):
        written = match.group()
        if written in table.by_acronym:
            if written in _WORDLIKE_ACRONYMS and _in_all_caps_run(text, match):
                continue  # "WHO WE ARE" is a heading, not the WHO
            name = table.by_acronym[written]
        elif written[:1].isupper() and written.casefold() in table.by_name:
            name = table.by_name[written.casefold()]
        else:
            continue
        mentions.append(IgoMention(match.start(), match.end(), written, name))
    return mentions


def _in_all_caps_run(text: str, match: re.Match[str]) -> bool:
    before = re.search(r"([A-Za-z]{2,})\W*$", text[max(0, match.start() - 30) : match.start()])
    after = re.match(r"\W*([A-Za-z]{2,})", text[match.end() : match.end() + 30])
    return any(m is not None and m.group(1).isupper() for m in (before, after))
