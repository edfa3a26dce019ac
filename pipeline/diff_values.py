"""How one value, one list or one text differs, the building blocks of `nominations diff`.

A value is compared as the readable line `show_value` gives it, so that equal lines mean no
change; a list of lines as a multiset; a text word by word (a blank line is a word of its
own, long runs are shortened in the middle); and two lists of items are paired by a series of
keys before their pairs are compared. The document's structure (cards, sections, contacts) is
diff_document.py's; the changes these return are the model of diff_model.py.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import TypeVar

from pipeline.diff_model import Category, Change, Hunk, SegmentKind
from pipeline.models import Country, PageSpan

CONTEXT_WORDS = 6  # unchanged words shown either side of a text change


LONG_RUN_WORDS = 24  # a removed/added run longer than this is shortened in the middle


PARAGRAPH_BREAK = "¶"


T = TypeVar("T")


def match_items(
    old: Sequence[T], new: Sequence[T], keys: Sequence[Callable[[T], Hashable | None]]
) -> tuple[list[tuple[T, T]], list[T], list[T]]:
    """Pair old and new items by each key in turn (None: no key); returns pairs and leftovers.

    Items with equal keys are paired in document order, so duplicates stay stable.
    """
    pairs: list[tuple[T, T]] = []
    old_left, new_left = list(old), list(new)
    for key in keys:
        waiting: dict[Hashable, list[T]] = {}
        for item in new_left:
            item_key = key(item)
            if item_key is not None:
                waiting.setdefault(item_key, []).append(item)
        still_old: list[T] = []
        for item in old_left:
            item_key = key(item)
            candidates = waiting.get(item_key) if item_key is not None else None
            if candidates:
                pairs.append((item, candidates.pop(0)))
            else:
                still_old.append(item)
        # By identity: two equal items (the same contact listed twice) are still two items.
        paired = {id(partner) for _, partner in pairs}
        old_left, new_left = still_old, [item for item in new_left if id(item) not in paired]
    return pairs, old_left, new_left


def in_new_order(pairs: list[tuple[T, T]], new: Sequence[T]) -> list[tuple[T, T]]:
    position = {id(item): index for index, item in enumerate(new)}
    return sorted(pairs, key=lambda pair: position[id(pair[1])])


def presence_change(
    category: Category,
    where: str,
    name: str,
    old: T | None,
    new: T | None,
    describe: Callable[[T], str],
) -> Change:
    """Something that exists on one side only; exactly one of old and new is None."""
    if old is None:
        assert new is not None
        return Change(category, where, name, "added", new=describe(new))
    return Change(category, where, name, "removed", old=describe(old))


def value_change(
    category: Category, where: str, name: str, old: object, new: object
) -> list[Change]:
    old_shown, new_shown = show_value(old), show_value(new)
    if old_shown == new_shown:
        return []
    return [Change(category, where, name, "changed", old=old_shown, new=new_shown)]


def show_value(value: object) -> str:
    """One readable line for a field value; equal lines mean equal values."""
    if value is None:
        return "(none)"
    if isinstance(value, list):
        return "; ".join(show_value(item) for item in value) if value else "(none)"
    if isinstance(value, Country):
        return f"{value.code} {value.name} (from {value.source})"
    if isinstance(value, PageSpan):
        return (
            f"page {value.start}"
            if value.start == value.end
            else f"pages {value.start}–{value.end}"
        )
    return str(value)


def multiset_changes(
    category: Category, where: str, name: str, old: Iterable[str], new: Iterable[str]
) -> list[Change]:
    before, after = Counter(old), Counter(new)
    changes: list[Change] = []
    for value in sorted((before - after).elements()):
        changes.append(Change(category, where, name, "removed", old=value))
    for value in sorted((after - before).elements()):
        changes.append(Change(category, where, name, "added", new=value))
    return changes


def text_change(category: Category, where: str, name: str, old: str, new: str) -> list[Change]:
    if old == new:
        return []
    hunks = word_diff(old, new)
    if not hunks:  # same words: only spacing or single line breaks moved
        return [
            Change(
                category, where, name, "changed", old="same words", new="new spacing or line breaks"
            )
        ]
    return [Change(category, where, name, "changed", hunks=hunks)]


def _words(text: str) -> list[str]:
    # A blank line is a token of its own, so a paragraph split or join shows as a change.
    return [
        PARAGRAPH_BREAK if token.count("\n") >= 2 else token
        for token in re.findall(r"\n\s*\n\s*|\S+", text)
    ]


def word_diff(old: str, new: str, context: int = CONTEXT_WORDS) -> tuple[Hunk, ...]:
    """The changed passages of a text, each shortened to `context` words either side."""
    old_words, new_words = _words(old), _words(new)
    if old_words == new_words:
        return ()
    # autojunk would treat frequent words ("the") as noise in long texts and misalign them.
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    hunks: list[Hunk] = []
    for group in matcher.get_grouped_opcodes(context):
        segments: list[tuple[SegmentKind, str]] = []
        for tag, old_start, old_end, new_start, new_end in group:
            if tag == "equal":
                segments.append(("context", " ".join(old_words[old_start:old_end])))
                continue
            if old_end > old_start:
                segments.append(("removed", _shorten(old_words[old_start:old_end])))
            if new_end > new_start:
                segments.append(("added", _shorten(new_words[new_start:new_end])))
        first, last = group[0], group[-1]
        hunks.append(
            Hunk(
                tuple(segments),
                starts_inside=first[1] > 0 or first[3] > 0,
                ends_inside=last[2] < len(old_words) or last[4] < len(new_words),
            )
        )
    return tuple(hunks)


def _shorten(words: Sequence[str]) -> str:
    if len(words) <= LONG_RUN_WORDS:
        return " ".join(words)
    keep = LONG_RUN_WORDS // 2 - 2
    left_out = len(words) - 2 * keep
    return f"{' '.join(words[:keep])} … ({left_out} more words) … {' '.join(words[-keep:])}"


def normalised(text: str) -> str:
    return " ".join(text.split()).casefold()


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
