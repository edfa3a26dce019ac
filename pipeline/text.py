"""Text helpers shared by the normalisers and the entities stage: capital letters, folding."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from pipeline.vocabulary import words

# A capital letter, accented ones included ("É" of "Étienne"): `re` has no \p{Lu}.
CAPITAL = "[A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper()) + "]"


@lru_cache(maxsize=1 << 16)  # the entities stage folds the same few thousand words again and again
def fold(word: str) -> str:
    """Case- and accent-insensitive form of a word ("Côte" -> "cote")."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


# Capitalised words that do not start a name: articles, prepositions and pronouns that open
# a sentence ("The", "In", "Between"); pipeline/data/vocabulary.tsv, list not_name_word.
NOT_NAME_WORDS = words("not_name_word")


ROMAN = {"I": 1, "V": 5, "X": 10}


def roman_value(text: str) -> int | None:
    values = [ROMAN[c] for c in text.upper()]
    total = sum(
        -value if i + 1 < len(values) and value < values[i + 1] else value
        for i, value in enumerate(values)
    )
    return total if 0 < total <= 39 else None
