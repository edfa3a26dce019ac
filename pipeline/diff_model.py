"""What `nominations diff` finds: changes by place and category, and word-level hunks."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

Action = Literal["added", "removed", "changed"]


Category = Literal[
    "file",
    "document",
    "card",
    "nominee",
    "section",
    "text",
    "entity",
    "contact",
    "warning",
    "correction",
]


# Columns of the summary table, in this order; "file" is the Status column instead.
COUNTED_CATEGORIES: tuple[Category, ...] = (
    "card",
    "nominee",
    "section",
    "text",
    "entity",
    "contact",
    "warning",
    "correction",
    "document",
)


SegmentKind = Literal["context", "removed", "added"]


@dataclass(frozen=True)
class Hunk:
    """One changed passage: the change with a few unchanged words either side."""

    segments: tuple[tuple[SegmentKind, str], ...]
    starts_inside: bool  # words before it were left out
    ends_inside: bool  # words after it were left out

    def render(self, mark: Callable[[SegmentKind, str], str]) -> str:
        body = "".join(
            separator + mark(kind, words)
            for separator, (kind, words) in zip(
                segment_separators(self.segments), self.segments, strict=True
            )
        )
        return ("… " if self.starts_inside else "") + body + (" …" if self.ends_inside else "")

    def plain(self) -> str:
        """git's --word-diff=plain notation: "… the [-old-]{+new+} words …"."""
        return self.render(lambda kind, words: PLAIN_MARKS[kind].format(words))


PLAIN_MARKS: dict[SegmentKind, str] = {"context": "{}", "removed": "[-{}-]", "added": "{{+{}+}}"}


def segment_separators(segments: Sequence[tuple[SegmentKind, str]]) -> list[str]:
    """What goes before each segment: a space, except inside a replacement ([-old-]{+new+})."""
    kinds = [kind for kind, _ in segments]
    return [
        "" if index == 0 or (kinds[index - 1], kind) == ("removed", "added") else " "
        for index, kind in enumerate(kinds)
    ]


@dataclass(frozen=True)
class Change:
    category: Category
    where: str  # "document", "card A", "card A › §2 main_partners"
    field: str  # what changed there: "nominee.phones", "heading", "entity ORG", ...
    action: Action
    old: str | None = None
    new: str | None = None
    count: int = 1  # how many of the same entity were added/removed
    hunks: tuple[Hunk, ...] = ()

    def as_json(self) -> dict[str, object]:
        return {
            "category": self.category,
            "where": self.where,
            "field": self.field,
            "action": self.action,
            "old": self.old,
            "new": self.new,
            "count": self.count,
            "hunks": [hunk.plain() for hunk in self.hunks],
        }


@dataclass(frozen=True)
class FileDiff:
    name: str
    changes: tuple[Change, ...] = ()

    @property
    def status(self) -> Literal["added", "removed", "changed", "unchanged"]:
        for change in self.changes:
            if change.category == "file" and change.action != "changed":
                return change.action
        return "changed" if self.changes else "unchanged"

    def counts(self) -> dict[Category, int]:
        counted = Counter(change.category for change in self.changes)
        return {category: counted[category] for category in COUNTED_CATEGORIES}


@dataclass(frozen=True)
class DiffResult:
    files: tuple[FileDiff, ...] = field(default_factory=tuple)

    @property
    def changed(self) -> bool:
        return any(file.changes for file in self.files)

    @property
    def changed_files(self) -> list[FileDiff]:
        return [file for file in self.files if file.changes]

    @property
    def change_count(self) -> int:
        return sum(len(file.changes) for file in self.files)


def plural(count: int, singular: str, plural: str | None = None) -> str:
    """'1 file', '2 files', '3 entities' (with `plural` given)."""
    return f"{count} {singular if count == 1 else (plural or singular + 's')}"
