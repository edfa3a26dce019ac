"""The word lists of pipeline/data/vocabulary.tsv: one loader for every vocabulary.

Each row is `list<TAB>word<TAB>language`; the file's header describes the columns and each
list names the constant that reads it. `words(list)` is the set the rules test membership
in; `ordered(list)` keeps the file's order, for a regular expression that tries its
alternatives in that order.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources


@dataclass(frozen=True)
class Entry:
    list: str
    word: str
    language: str  # ISO 639-1 (or 639-3) codes joined by commas, or "-"


@lru_cache(maxsize=1)
def entries() -> tuple[Entry, ...]:
    """Every row of the file, in order; a malformed row or a word listed twice is an error."""
    table = resources.files("pipeline").joinpath("data", "vocabulary.tsv")
    rows: list[Entry] = []
    seen: set[tuple[str, str]] = set()
    for number, line in enumerate(table.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        columns = line.split("\t")
        if len(columns) != 3 or not all(columns):
            raise ValueError(f"vocabulary.tsv line {number}: expected list<TAB>word<TAB>language")
        entry = Entry(*columns)
        if (entry.list, entry.word) in seen:
            raise ValueError(f"vocabulary.tsv line {number}: {entry.word!r} twice in {entry.list}")
        seen.add((entry.list, entry.word))
        rows.append(entry)
    return tuple(rows)


@cache
def ordered(list_name: str) -> tuple[str, ...]:
    """The words of one list in the file's order; an unknown list is an error (a typo)."""
    found = tuple(entry.word for entry in entries() if entry.list == list_name)
    if not found:
        raise KeyError(f"no vocabulary list {list_name!r} in pipeline/data/vocabulary.tsv")
    return found


@cache
def words(list_name: str) -> frozenset[str]:
    """The words of one list."""
    return frozenset(ordered(list_name))
