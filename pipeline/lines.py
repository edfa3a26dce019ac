"""Lines of running text: the line types the extract stage builds, the list markers found at
their starts, and hyphenation (a word split at a line end joined again only when it is a
word); join_lines gives the running text the later stages read."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import itemgetter
from typing import Any

BULLET_GLYPHS = frozenset("•‣⁌⁍▪◦●○■□▫◆◇►▸▹➢➤✓✔❖⁃∙·¶§→⇒◘◙")
# Any other symbol (Unicode category "So": "◊", "♦", "★", "✦", "➔") that opens a line is a
# bullet too, but for these, which open ordinary lines ("© 2024 ILO", "№ 12").
NOT_BULLET_SYMBOLS = frozenset("©®°™№℗℠")


SOFT_BULLETS = frozenset("–—-*o»›")  # bullets only when the layout says so


ENUMERATION = re.compile(
    r"^(\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)|(?:\d{1,2}|[a-z]|[ivx]{1,4})\))(?=\s|$)"
)


MARKER_GAP_EMS = 0.45  # a tab-like gap after a marker


SENTENCE_END = (".", ":", ";", "!", "?")


@dataclass(frozen=True)
class Line:
    """One visual line of text, headers/footers/page numbers already removed."""

    page: int  # 1-based
    x0: float
    top: float
    x1: float
    bottom: float
    text: str  # without the list marker, hyphenation already resolved
    size: float  # dominant font size
    bold: bool
    marker: str | None = None  # list marker as written ("•", "(1)", "a)"), None if not a list item
    column: int = 0  # 0 for single-column pages, 0/1 for left/right column
    column_right: float | None = None  # right edge of the line's column on a two-column page
    refs: tuple[str, ...] = ()  # footnote reference marks (superscripts) removed from text
    continues_word: bool = False  # the last word continues on the next line (split word)


@dataclass
class RawLine:
    page: int
    chars: list[dict[str, Any]]
    x0: float
    top: float
    x1: float
    bottom: float
    text: str = ""
    size: float = 0.0
    bold: bool = False
    refs: tuple[str, ...] = ()
    column: int = 0
    column_right: float | None = None
    # (x0, x1) of the first visible chars: enough to see the gap after a list marker once
    # the chars themselves are dropped (they would hold every page in memory).
    lead: tuple[tuple[float, float], ...] = ()


LEAD_CHARS = 8


def group_into_rows(chars: list[dict[str, Any]], page: int) -> list[RawLine]:
    """Cluster chars into visual rows: a char joins the row when they overlap by half the
    smaller height (inlined: this runs for every char of every page)."""
    rows: list[RawLine] = []
    row: RawLine | None = None
    for char in sorted(chars, key=row_order):
        top, bottom = float(char["top"]), float(char["bottom"])
        if row is not None:
            # min() and max() written out, with their answer on ties: the first argument.
            row_top, row_bottom = row.top, row.bottom
            overlap = (bottom if bottom < row_bottom else row_bottom) - (
                top if top > row_top else row_top
            )
            own, rows_own = bottom - top, row_bottom - row_top
            height = rows_own if rows_own < own else own
            if overlap >= 0.5 * (0.1 if height < 0.1 else height):
                row.chars.append(char)
                if char["top"] < row_top:
                    row.top = char["top"]
                if char["bottom"] > row_bottom:
                    row.bottom = char["bottom"]
                continue
        row = RawLine(page, [char], char["x0"], char["top"], char["x1"], char["bottom"])
        rows.append(row)
    for row in rows:  # the sides are not needed while rows grow
        row.x0 = min(map(itemgetter("x0"), row.chars))
        row.x1 = max(map(itemgetter("x1"), row.chars))
    return rows


def row_order(char: dict[str, Any]) -> tuple[float, float]:
    return round(char["bottom"], 1), char["x0"]


def is_bullet_glyph(char: dict[str, Any]) -> bool:
    return is_bullet_text(str(char["text"]))


def is_bullet_text(text: str) -> bool:
    """One character that is a list bullet wherever it opens a line."""
    if len(text) != 1:
        return False
    if text in BULLET_GLYPHS or is_private_use(text) or is_geometric_shape(text):
        return True
    return unicodedata.category(text) == "So" and text not in NOT_BULLET_SYMBOLS


def is_geometric_shape(text: str) -> bool:
    # The Geometric Shapes block (U+25A0-U+25FF): squares, circles and triangles, some of
    # which Unicode files as math symbols ("◾", U+25FE; held-out set 24).
    return 0x25A0 <= ord(text) <= 0x25FF


def is_private_use(text: str) -> bool:
    # Symbol and Wingdings bullets arrive as private-use code points (U+F0B7, U+F0A7 ...).
    return len(text) == 1 and 0xE000 <= ord(text) <= 0xF8FF


def mark_list_items(lines: list[RawLine]) -> list[Line]:
    result: list[Line] = []
    previous: Line | None = None
    for raw in lines:
        line = make_line(raw, list_marker(raw, previous))
        result.append(line)
        previous = line
    return result


def make_line(raw: RawLine, marker: tuple[str, str] | None) -> Line:
    text = raw.text
    marker_text = None
    x0 = raw.x0
    if marker is not None:
        marker_text, text = marker
        x0 = first_char_x(raw, len(raw.text) - len(text))
    return Line(
        page=raw.page,
        x0=round(x0, 2),
        top=round(raw.top, 2),
        x1=round(raw.x1, 2),
        bottom=round(raw.bottom, 2),
        text=text,
        size=raw.size,
        bold=raw.bold,
        marker=marker_text,
        column=raw.column,
        column_right=raw.column_right,
        refs=raw.refs,
    )


def first_char_x(raw: RawLine, skipped: int) -> float:
    """x of the first char after a marker: where the item's text starts."""
    marker_chars = len(raw.text[:skipped].replace(" ", ""))
    return raw.lead[marker_chars][0] if len(raw.lead) > marker_chars else raw.x0


def list_marker(raw: RawLine, previous: Line | None) -> tuple[str, str] | None:
    """(marker, text after it) when the line opens a list item."""
    text = raw.text
    first = text[:1]
    if is_bullet_text(first):
        rest = text[1:].strip()
        return ("•", rest) if rest else None
    tab_gap = gap_after_first_token(raw) >= MARKER_GAP_EMS * raw.size
    if first in SOFT_BULLETS and text[1:2] == " " and (tab_gap or starts_block(raw, previous)):
        return "•", text[2:].strip()
    # An enumeration is a marker only when set off like a word processor's numbering;
    # "(1) Broader knowledge ..." typed as text stays text.
    match = ENUMERATION.match(text)
    if match and tab_gap and text[match.end() :].strip():
        return match.group(1), text[match.end() :].strip()
    return None


def gap_after_first_token(raw: RawLine) -> float:
    """Horizontal space between the line's first word and the next: a tab after a marker."""
    token_length = len(raw.text.split(" ", 1)[0])
    if len(raw.lead) <= token_length:
        return 0.0
    return raw.lead[token_length][0] - raw.lead[token_length - 1][1]


def starts_block(raw: RawLine, previous: Line | None) -> bool:
    """The previous line closed a sentence, was a heading or a list item, or is far above."""
    if previous is None or previous.page != raw.page or previous.column != raw.column:
        return True
    if previous.bold or previous.marker is not None:
        return True
    if raw.top - previous.bottom > 0.8 * raw.size:
        return True
    return previous.text.rstrip().endswith(SENTENCE_END)


WORD_END_HYPHEN = re.compile(r"(\w+)-$")


WORD_START = re.compile(r"^(\w+)")


# A dash that joins two words ("Ghana–Kenya–Uganda", "2015–2019"), cut at a line end: the
# words go on without a space. A dash set off by spaces ("training – and") is left alone.
WORD_END_DASH = re.compile(r"\w[–—]$")


# A web address cut after one of its separators ("https://www.ilo.org/global/" + "topics"):
# it goes on without a space, and a hyphen there is the address's own. Not after a full
# stop or a bracket: "(www.example.org)." ends a sentence.
URL_END = re.compile(r"(?:https?://|www\.)[^\s()]*[/\-_=?&#]$", re.IGNORECASE)


URL_GOES_ON = re.compile(r"^[\w%~/#?=&\-.]+(?:\s|$)")


def resolve_hyphenation(lines: list[Line], model: str | None = None) -> list[Line]:
    """Mark lines that end in a split word; drop the hyphen only where the joined word is a word."""
    vocabulary = document_vocabulary(lines)
    resolved: list[Line] = []
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else None
        resolved.append(join_decision(line, following, vocabulary, model))
    return resolved


def document_vocabulary(lines: list[Line]) -> Counter[str]:
    words: Counter[str] = Counter()
    for line in lines:
        words.update(word.lower() for word in re.findall(r"\w+(?:-\w+)*", line.text))
    return words


def join_decision(
    line: Line, following: Line | None, vocabulary: Counter[str], model: str | None
) -> Line:
    if following is None or following.marker is not None:
        return line
    if WORD_END_DASH.search(line.text) and WORD_START.match(following.text):
        return replace(line, continues_word=True)
    if URL_END.search(line.text) and URL_GOES_ON.match(following.text):
        return replace(line, continues_word=True)
    left = WORD_END_HYPHEN.search(line.text)
    if left is None:
        return line
    right = WORD_START.match(following.text)
    if right is None:
        return line
    head, tail = left.group(1), right.group(1)
    if head.isdigit() or tail.isdigit() or not tail[0].islower():
        return replace(line, continues_word=True)  # "Timor-" + "Leste", "post-" + "2015"
    if should_drop_hyphen(head, tail, vocabulary, model):
        return replace(line, text=line.text[:-1], continues_word=True)
    return replace(line, continues_word=True)


def should_drop_hyphen(head: str, tail: str, vocabulary: Counter[str], model: str | None) -> bool:
    joined = (head + tail).lower()
    hyphenated = f"{head}-{tail}".lower()
    if vocabulary[hyphenated] > 0:  # the document writes it with a hyphen elsewhere
        return False
    if vocabulary[joined] > 0:
        return True
    words = known_words(model)
    if joined in words:
        return True
    # Not a known word: join only when the tail cannot stand alone ("neighbour-" + "ing").
    return tail.lower() not in words and head.lower() in words and len(tail) <= 4


def join_lines(lines: list[Line]) -> str:
    """Join lines into running text, honouring split words."""
    parts: list[str] = []
    for line in lines:
        parts.append(line.text)
        parts.append("" if line.continues_word else " ")
    return "".join(parts).strip()


@lru_cache(maxsize=1)
def known_words(model: str | None) -> frozenset[str]:
    """English words the spaCy model knows (its vocabulary's strings), lower-cased."""
    from pipeline.nlp import load_model  # deferred: only documents with split words need it

    strings = load_model(model).vocab.strings
    return frozenset(s.lower() for s in strings if s.isalpha())
