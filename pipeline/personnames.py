"""Person names: honorifics and titles written before a name, and one name as part of
another ("Hyacinth McKenzie-Grant" of "Hyacinth Lorraine McKenzie-Grant")."""

from __future__ import annotations

import re

from pipeline.vocabulary import ordered


def _alternation(written: tuple[str, ...], spaced_dots: bool = False) -> str:
    """Words as a regex alternation in the given order; with `spaced_dots`, a "." inside a
    word ("H.E") may be followed by a space."""
    escaped = (re.escape(word) for word in written)
    if spaced_dots:
        escaped = (word.replace(r"\.", r"\.\s?") for word in escaped)
    return "|".join(escaped)


# One honorific or title as written before a name ("Dr.", "Dato' Sri", "H.E."): the Malay
# title pairs, then the words of pipeline/data/vocabulary.tsv (list honorific).
HONORIFIC = (
    r"(?:(?:(?:Datuk|Dato|Tan)(?:'|’)?\s+(?:Seri|Sri)"
    rf"|{_alternation(ordered('honorific'), spaced_dots=True)})(?:\.|'|’)?)"
)
# One after another, one maybe in brackets: "Alhaja (Mrs.) Adunni ...".
_HONORIFICS_AT_START = re.compile(rf"^(?:(?:{HONORIFIC}|\({HONORIFIC}\))(?:\s+|$))+")


def split_honorific(name: str) -> tuple[str | None, str]:
    """('Datuk Dr.', 'Denison J.') from 'Datuk Dr. Denison J.'; (None, name) without one."""
    stripped = name.strip()
    match = _HONORIFICS_AT_START.match(stripped) or _AMBIGUOUS_BEFORE_FULL_NAME.match(stripped)
    if match is None:
        return None, stripped
    honorific = match.group().strip()
    return honorific, stripped[match.end() :].strip()


# A word that is a form of address as often as a given name ("Ato", "Don": list
# ambiguous_honorific) is one only before a full name of `MIN_FULL_NAME_WORDS` words or more
# ("Ato Biniyam Amsalu Gebremariam", "Don Fausto Antonio Polanco Frías"): a given name of
# its own leaves fewer ("Ato Kwamena Dadzie", "Don Smith").
MIN_FULL_NAME_WORDS = 3
_AMBIGUOUS_BEFORE_FULL_NAME = re.compile(
    rf"^(?:{_alternation(ordered('ambiguous_honorific'))})\.?\s+"
    rf"(?=[^\W\d_][\w'’\-]*(?:\s+[^\W\d_][\w'’.\-]*){{{MIN_FULL_NAME_WORDS - 1},}}\s*$)"
)


# Forms of address written after a given name ("Rauf müəllim", "Ayşe Hanım") or between
# the given and the family name ("Leyla xanım Aliyeva"), as an alternation (list
# honorific_after).
HONORIFIC_AFTER = _alternation(ordered("honorific_after"))

# Generational suffixes after a name ("Ana Ruiz, Jr."), as an alternation (list name_suffix).
NAME_SUFFIX_WORDS = _alternation(ordered("name_suffix"))
# A suffix after a name, with its comma: ", Jr.", " III".
NAME_SUFFIX = re.compile(rf",?\s+(?:{NAME_SUFFIX_WORDS})\b\.?")
# A comma-separated part after a name that still belongs to the name: a suffix or an
# academic degree ("Ana Ruiz, PhD"; list academic_degree), in any case.
NAME_SUFFIX_PART = re.compile(
    rf"^(?:{NAME_SUFFIX_WORDS}|{_alternation(ordered('academic_degree'))})\.?$", re.IGNORECASE
)


def middle_left_out(name: str, part: str) -> bool:
    """The same first and last word, the part's other words in order among the name's."""
    words, part_words = name.split(), part.split()
    if len(part_words) < 2 or len(part_words) >= len(words):
        return False
    if (words[0], words[-1]) != (part_words[0], part_words[-1]):
        return False
    remaining = iter(words[1:-1])
    return all(word in remaining for word in part_words[1:-1])


def holds_words(name: str, part: str) -> bool:
    """The part's words, in a row, among the name's ("Santos Lopes")."""
    words, part_words = name.split(), part.split()
    n = len(part_words)
    return any(words[i : i + n] == part_words for i in range(len(words) - n + 1))
