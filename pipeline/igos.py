"""Well-known intergovernmental organisations (pipeline/data/igos.tsv): acronyms and full
names in text, and the full name a written name stands for."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Acronyms that are also English words: not an organisation inside an all-caps heading.
_WORDLIKE_ACRONYMS = frozenset({"WHO", "AU", "UN", "EU", "WB", "ITC", "OAS", "IDB", "BIT"})


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
