"""Misread letters in recognised e-mail addresses and web hosts, checked against the
document's own words.

An address the engine misreads by one letter ("gandil@ilo.org" for "qandil@ilo.org",
"sumagq-qaytu.org.bo" for "sumaq-qaytu.org.bo") still validates, so the word-level
normalisation (ocr_words.fix_lookalikes) cannot tell it from a real one. The document can:
the part of an address is mostly a name written elsewhere in it ("Ms. Noura Qandil"), or
the same address read right on another page. A part of a recognised address that occurs
nowhere else in the document is replaced by its one variant that does, made by one of the
engine's confusions: "g" for "q" (or back), or one letter too many inside a part of
MIN_TRIMMED letters or more ("sumagq"). A part the document has elsewhere is never
touched, nor the first or last letter of a part removed ("tbensalah" stays though
"Bensalah" is written beside it).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

from pipeline.lines import RawLine

ADDRESS = re.compile(
    r"[\w.+'-]+@(?:[a-z0-9-]+\.)+[a-z]{2,}|(?:https?://|www\.)(?:[a-z0-9-]+\.)+[a-z]{2,}",
    re.IGNORECASE,
)
PART = re.compile(r"[^\W\d_]{3,}")  # a part of an address checked: three letters or more
WORD = re.compile(r"[^\W\d_]+")
SWAPS = {"g": "q", "q": "g"}
# A letter too many is looked for only in parts this long: in a short part, dropping one
# letter makes another common label ("gouv" -> "gov", "sec" -> "sc", the country code).
MIN_TRIMMED = 5


def fix_addresses(recognised: list[RawLine], every_line: Iterable[RawLine]) -> None:
    """Fix the addresses of the recognised lines in place, against every line's words."""
    known = Counter(word.lower() for line in every_line for word in WORD.findall(line.text))
    for line in recognised:
        if "@" in line.text or "www." in line.text.lower() or "://" in line.text:
            line.text = _fixed_line(line.text, known)


def _fixed_line(text: str, known: Counter[str]) -> str:
    pieces: list[str] = []
    last = 0
    for match in ADDRESS.finditer(text):
        pieces += [text[last : match.start()], _fixed_address(match.group(0), known)]
        last = match.end()
    return "".join([*pieces, text[last:]])


def _fixed_address(address: str, known: Counter[str]) -> str:
    own = Counter(word.lower() for word in WORD.findall(address))
    pieces: list[str] = []
    last = 0
    for match in PART.finditer(address):
        part = match.group(0)
        elsewhere = known[part.lower()] - own[part.lower()]
        fixed = part if elsewhere > 0 else _known_variant(part, known)
        pieces += [address[last : match.start()], fixed]
        last = match.end()
    return "".join([*pieces, address[last:]])


def _known_variant(part: str, known: Counter[str]) -> str:
    """The variant of `part` the document has most often (the first in order on a tie),
    or `part` itself when it has none."""
    found = [(known[variant.lower()], variant) for variant in _variants(part)]
    found = [entry for entry in found if entry[0] > 0]
    if not found:
        return part
    return max(found, key=lambda entry: (entry[0], [-ord(ch) for ch in entry[1]]))[1]


def _variants(part: str) -> Iterator[str]:
    for index, char in enumerate(part):
        swap = SWAPS.get(char.lower())
        if swap is not None:
            yield part[:index] + (swap.upper() if char.isupper() else swap) + part[index + 1 :]
    if len(part) >= MIN_TRIMMED:
        for index in range(1, len(part) - 1):
            yield part[:index] + part[index + 1 :]
