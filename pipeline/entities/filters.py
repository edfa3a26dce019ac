"""Whether a span can be an organisation or a person, and the normal form of its name."""

from __future__ import annotations

import re

from pipeline.countries import find_countries
from pipeline.country_names import lookup_country
from pipeline.entities.spans import Acronyms
from pipeline.entities.vocabulary import (
    ACTION_VERBS,
    CAPITALS_ONLY_ORG_KEYWORDS,
    COMMON_ABBREVIATIONS,
    CREDENTIALS,
    EVENT_HEADS,
    FOLDED_ORG_KEYWORDS,
    JOB_TITLE_ENDINGS,
    LABEL_WORDS,
    LINKING_WORDS,
    NAME_PARTICLES,
    NOT_IN_PERSON_NAMES,
    PLATFORMS,
    ROLE_ALTERNATION,
    ROLE_WORDS,
)
from pipeline.igos import igo_full_name
from pipeline.personnames import split_honorific
from pipeline.text import CAPITAL, fold
from pipeline.vocabulary import words

YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def words_of(span: str) -> list[str]:
    return re.findall(r"[^\W_][\w'’\-&+.]*", span)


def has_org_keyword(span: str) -> bool:
    return any(is_org_keyword(w) for w in words_of(span))


def is_org_keyword(word: str) -> bool:
    """'Ministry', 'Rádio', 'Université', 'Radio-Televisão': an organisation word (or one
    half of a hyphenated word), in any case and accents."""
    folded = fold(word.strip("."))
    if re.sub(r"s$", "", word.strip(".")) in CAPITALS_ONLY_ORG_KEYWORDS:
        return True  # "NGO", "NGOs"
    return folded in FOLDED_ORG_KEYWORDS or any(
        part in FOLDED_ORG_KEYWORDS for part in folded.split("-")
    )


def is_acronym(word: str) -> bool:
    """'ILO', 'UN-Habitat', 'CoopAfrica'; not a hyphenated place such as 'Nord-Est', nor a
    dotted legal form after a name ("Instituto ..., I.P.", "S.A.")."""
    if "." in word and word.replace(".", "").lower() in LEGAL_SUFFIXES:
        return False
    return any(sum(ch.isupper() for ch in part) >= 2 for part in word.split("-"))


LEGAL_SUFFIXES = words("legal_suffix")


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
    if len(words) == 1 and lowered[0].replace(".", "") in COMMON_ABBREVIATIONS | PLATFORMS:
        return False  # "by SMS", "on WhatsApp", "Iona Tyson, J.P." (a post-nominal)
    if span in acronyms.others or any(d.long == span for d in acronyms.others.values()):
        return False  # "KPI", "Key Performance Indicator": a concept, not a body
    if any(w in acronyms.others for w in words):
        return False  # "NHCA KPI Course"
    if lowered[-1] in EVENT_HEADS:
        return False  # "ASEAN Leadership Forum", "Solidarity Projects": not a standing body
    if lowered[-1] in CREDENTIALS or lowered[0] in CREDENTIALS:
        return False  # "NITA Government Trade Test", "Certificate of Competence"
    if len(words) == 1:
        return is_acronym(words[0])
    if is_org_keyword(words[-1]) and words[-1].islower():
        return False  # "the Iraqi ministry": a head word in lower case names no one body
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
    """'Bamako (Mali)': a place with its country in brackets; 'the North Bank of the
    Gambia', 'the West Bank': a river's or a region's bank, not a bank."""
    if _COMPASS_BANK.match(span):
        return True
    inner = re.search(r"\(([^()]+)\)", span)
    return inner is not None and lookup_country(inner.group(1)) is not None


_COMPASS_BANK = re.compile(r"(?:the[ \t]+)?(?:North|South|East|West)(?:ern)?[ \t]+Bank\b(?!s)")


def plausible_person(span: str) -> bool:
    words = words_of(span)
    if len(words) < 1 or looks_like_address(span) or any(ch.isdigit() for ch in span):
        return False
    lowered = [w.lower().strip(".") for w in words]
    if any(w in LABEL_WORDS or is_org_keyword(w) or w in NOT_IN_PERSON_NAMES for w in lowered):
        return False
    if all(w in ROLE_WORDS or w in NAME_PARTICLES for w in lowered):
        return False
    if lowered[0] in ACTION_VERBS:
        return False  # "Strengthen Capacity": a list item in Title Case
    if lowered[-1] in JOB_TITLE_ENDINGS or lowered[-1] in ROLE_WORDS:
        return False  # "Green Jobs Officer"
    if only_countries(span) or (span.isupper() and len(words) == 1):
        return False  # "MALAYSIA", an acronym
    if len(words[-1].strip(".")) == 1 and not words[-1].endswith("."):
        return False  # "Theory U"
    if len(words) < 3 and re.fullmatch(r"[IVX]+", words[-1]):
        return False  # "Grade III": a level; a generational suffix follows a whole name
    if any(_NUMBER_SIGN.fullmatch(w) for w in span.split()):
        return False  # "Resolución Ministerial N.º": a document's number follows
    if re.search(r"\w['’]s\s+\S", span):
        return False  # "Toña's Kitchen": an owner and a thing (set 27)
    return all(w[:1].isupper() or is_particle(w) for w in words)


# "No.", "N.º", "Nº", "N°", "Nr.", "Núm.": the sign before a document's or a law's number.
NUMBER_SIGN = r"(?:N\.?[º°]|N\.o\.?|No\.|Nr\.|Núm\.?)"
_NUMBER_SIGN = re.compile(NUMBER_SIGN, re.IGNORECASE)


def is_particle(word: str) -> bool:
    """'van', 'de', and a particle joined to the name: 'al-Hashimi', 'el-Sayed'."""
    head, _, rest = word.partition("-")
    return word.lower() in NAME_PARTICLES or (head in NAME_PARTICLES and rest[:1].isupper())


def has_letters(span: str) -> bool:
    letters = sum(ch.isalpha() for ch in span)
    return letters >= 2 and letters >= sum(ch.isdigit() for ch in span)


def looks_like_address(span: str) -> bool:
    """An e-mail or web address, or a post-office box ("P.O. Box", "PO Box")."""
    return (
        "@" in span
        or "://" in span
        or span.lower().startswith("www.")
        or _PO_BOX.search(span) is not None
    )


_PO_BOX = re.compile(r"\bP\.?[ \t]?O\.?[ \t]+Box\b", re.IGNORECASE)


def only_countries(span: str) -> bool:
    """'Malaysia, Philippines and Indonesia' is a list of places, not an organisation."""
    rest = span
    for mention in reversed(find_countries(span)):
        rest = rest[: mention.start] + rest[mention.end :]
    return rest != span and re.fullmatch(r"(?:[\s,;/&\-–.]|and|the)*", rest) is not None


def normalize_person(span: str) -> str:
    """The name without its honorific, without a bracket after it ("Kanokwan Srisuwan
    (Khun Noi)": a nickname, a title or an affiliation) and without a maiden name after
    "née"."""
    _, name = split_honorific(" ".join(span.split()))
    name = without_bracket_after(name)
    first = name.split()[0] if name.split() else ""
    if first.isupper():
        return name.strip(" ,;")  # "ATANGANA née ESSOMBA Rose-Marie": family names first
    return _MAIDEN_NAME_AFTER.sub("", name).strip(" ,;")


def without_bracket_after(name: str) -> str:
    """A name without the bracket that closes it (an acronym, a translation, a nickname)."""
    return _BRACKET_AFTER.sub("", name)


_BRACKET_AFTER = re.compile(r"\s*\([^()]*\)$")
# "Zalissa Nignan née Bationo": the maiden name after "née" is not the name in use.
_MAIDEN_NAME_AFTER = re.compile(r"\s+n[ée]e\s+\S+(?:\s+\S+)?$")


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
    # Any capital opens an acronym: "(İTSO)", "(ÉCOLE)".
    name = re.sub(rf"\s*\((?:[^()]*,\s*)?{CAPITAL}[\w&+\-]{{1,11}}(?:,[^()]*)?\)", "", name)
    name = _SHORT_NAME_AFTER.sub("", name)  # "(Indonesian AID)": a short name with an acronym
    name = re.sub(r"^[A-Z][A-Z0-9&]{1,11}\s+[-–]\s+|\s+[-–]\s+[A-Z][A-Z0-9&]{1,11}$", "", name)
    return name.strip(" ,;.") or written


# A closing bracket of two or three words, one of them an acronym: the body's short name.
_SHORT_NAME_AFTER = re.compile(
    r"\s*\((?=[^()]*\b[A-Z][A-Z0-9&]{1,11}\b)[^()\s]+(?:[ \t]+[^()\s]+){1,2}\)$"
)


def looks_like_org_name(name: str) -> bool:
    """A capitalised name with an organisation word ("... Council"), or a known IGO."""
    words = words_of(name)
    if not words or not words[0][:1].isupper():
        return False
    head_first = is_org_keyword(words[0]) and len(words) > 2
    if head_first and words[1].lower() in LINKING_WORDS | NAME_PARTICLES:
        # "Associação de mulheres produtoras de cacau": sentence case, head first, "de".
        return not any(c.isdigit() for c in name)
    long_words = [w for w in words if len(w) > 3]
    if sum(w[:1].isupper() for w in long_words) < len(long_words) / 2:
        return False
    return igo_full_name(name) is not None or has_org_keyword(name)


# A role of a body opening a span: "Head of the ", "Chairwoman of the ".
ROLE_OF = re.compile(rf"^(?:(?:{ROLE_ALTERNATION})\s+)+(?:of|for)\s+(?:the\s+)?", re.IGNORECASE)


def a_role_of_a_board(span: str) -> bool:
    """'Chairwoman of the Board', 'Secretary of the Committee': a role, named by the body it
    serves, whose own name is not given (set 26); 'Head of the Rural Credit Unit' names
    the unit."""
    role = ROLE_OF.match(span)
    if role is None:
        return False
    body = span[role.end() :]
    generic = all(is_org_keyword(word) or word.lower() in LINKING_WORDS for word in words_of(body))
    return generic or not looks_like_org_name(body)  # "the Board": no name of its own


def names_a_body(part: str) -> bool:
    """'Head of the Rural Credit Unit' names a body; 'Coordinator of the youth network' and
    'Deputy Secretary of Evaluation' do not (no capitalised organisation word)."""
    return any(w[:1].isupper() and is_org_keyword(w) for w in words_of(part))


_PLURAL_KIND = re.compile(
    r"(?:organi[sz]ations|enterprises|institutions|partners|co-?operatives|associations)$",
    re.IGNORECASE,
)


def names_a_kind(entry: str) -> bool:
    """'Women’s Enterprises', 'Enterprises and Cooperatives': a kind of partner or a field
    of work, not a name; 'Federation of Cooperatives' is a name (a singular head word)."""
    if _PLURAL_KIND.search(entry.strip()) is None:
        return False
    return not any(is_org_keyword(w) and not w.lower().endswith("s") for w in words_of(entry))
