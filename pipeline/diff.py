"""What changed between two output folders (or two JSON files), compared by meaning.

Files are matched by name (files starting with "_", such as the run manifest, are skipped);
cards by letter, or by title when they have no letter; sections by number and key; contacts by
name; entities as multisets of (label, normalised value). Key order, entity offsets and other
things that carry no meaning never show up as a change. Exit status: 0 no changes, 1 changes,
2 error.
"""

from __future__ import annotations

import argparse
import dataclasses
import difflib
import re
import sys
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from pathlib import Path
from typing import TypeVar

from rich.console import Console

from pipeline.diff_corrections import (
    contact_category,
    corrected_entity_changes,
    corrections_record_changes,
    nominee_field_corrected,
    pipeline_entities,
    section_key_corrected,
)
from pipeline.diff_model import (
    Action,
    Category,
    Change,
    DiffResult,
    FileDiff,
    Hunk,
    SegmentKind,
    plural,
)
from pipeline.diff_render import render_json, render_markdown, render_text, text_lines
from pipeline.models import (
    Card,
    Contact,
    Country,
    Document,
    DocumentWarning,
    FrontMatter,
    PageSpan,
    Section,
    TocEntry,
)
from pipeline.outputs import (
    DOCUMENTS,
    output_files,
    read_document,
)
from pipeline.voice import CommandError, no_such_path, nothing_to_read, report_error

EXIT_SAME = 0


EXIT_CHANGED = 1


FORMATS = ("text", "markdown", "json")


CONTEXT_WORDS = 6  # unchanged words shown either side of a text change


LONG_RUN_WORDS = 24  # a removed/added run longer than this is shortened in the middle


PARAGRAPH_BREAK = "¶"


T = TypeVar("T")


def diff_paths(
    old: Path,
    new: Path,
    ignore_version: bool = False,
    allow_empty: bool = False,
    ignore_code: bool = False,
) -> DiffResult:
    """Compare two output folders (files matched by name) or two JSON files."""
    for path in (old, new):
        if not path.exists():
            raise no_such_path(path)
    if old.is_dir() and new.is_dir():
        if not (output_files(old) or output_files(new) or allow_empty):
            raise nothing_to_read([old, new], DOCUMENTS)
        return _diff_folders(old, new, ignore_version, ignore_code)
    if old.is_file() and new.is_file():
        name = new.name if old.name == new.name else f"{old.name} → {new.name}"
        changes = diff_documents(
            read_document(old), read_document(new), ignore_version, ignore_code
        )
        return DiffResult((FileDiff(name, tuple(changes)),))
    raise CommandError(f"{old}, {new}: compare two folders or two JSON files, not one of each")


def _diff_folders(old: Path, new: Path, ignore_version: bool, ignore_code: bool) -> DiffResult:
    old_files, new_files = output_files(old), output_files(new)
    files: list[FileDiff] = []
    for name in sorted(old_files.keys() | new_files.keys()):
        if name not in new_files:
            files.append(_whole_file_change(name, read_document(old_files[name]), "removed"))
        elif name not in old_files:
            files.append(_whole_file_change(name, read_document(new_files[name]), "added"))
        else:
            old_document = read_document(old_files[name])
            new_document = read_document(new_files[name])
            changes = diff_documents(old_document, new_document, ignore_version, ignore_code)
            files.append(FileDiff(name, tuple(changes)))
    return DiffResult(tuple(files))


def _whole_file_change(name: str, document: Document, action: Action) -> FileDiff:
    old, new = (document, None) if action == "removed" else (None, document)
    change = _presence_change("file", "document", "file", old, new, _card_count)
    return FileDiff(name, (change,))


def _card_count(document: Document) -> str:
    return plural(len(document.cards), "card")


def diff_documents(
    old: Document, new: Document, ignore_version: bool = False, ignore_code: bool = False
) -> list[Change]:
    changes = _document_field_changes(old, new, ignore_version, ignore_code)
    changes += _front_matter_changes(old.front_matter, new.front_matter)
    changes += _warning_changes(old.warnings, new.warnings)
    changes += _card_list_changes(old.cards, new.cards)
    changes += corrections_record_changes(old, new)
    return changes


def _document_field_changes(
    old: Document, new: Document, ignore_version: bool, ignore_code: bool
) -> list[Change]:
    fields = {
        "schema_version": (old.schema_version, new.schema_version),
        "source.file": (old.source.file, new.source.file),
        "source.sha256": (old.source.sha256, new.source.sha256),
        "source.pages": (old.source.pages, new.source.pages),
    }
    if not ignore_version:
        fields["pipeline.version"] = (old.pipeline.version, new.pipeline.version)
        fields["pipeline.spacy_model"] = (old.pipeline.spacy_model, new.pipeline.spacy_model)
        fields["pipeline.reader"] = (old.pipeline.reader, new.pipeline.reader)
    if not (ignore_version or ignore_code):  # the fingerprint changes with every code change
        fields["pipeline.code"] = (old.pipeline.code, new.pipeline.code)
    return [
        change
        for name, (old_value, new_value) in fields.items()
        for change in _value_change("document", "document", name, old_value, new_value)
    ]


def _front_matter_changes(old: FrontMatter | None, new: FrontMatter | None) -> list[Change]:
    if old is None and new is None:
        return []
    if old is None or new is None:
        return [
            _presence_change("document", "document", "front_matter", old, new, _front_matter_line)
        ]
    changes = _value_change("document", "front matter", "title", old.title, new.title)
    changes += _value_change("document", "front matter", "pages", old.pages, new.pages)
    changes += _multiset_changes(
        "document", "front matter", "contents", map(_toc_line, old.toc), map(_toc_line, new.toc)
    )
    changes += _text_change("text", "front matter", "text", old.text, new.text)
    return changes


def _front_matter_line(front_matter: FrontMatter) -> str:
    contents = plural(len(front_matter.toc), "contents entry", "contents entries")
    return f"{front_matter.title} ({contents})" if front_matter.title else contents


def _toc_line(entry: TocEntry) -> str:
    page = f" (page {entry.page})" if entry.page is not None else ""
    return f"{entry.label}. {entry.title}{page}"


def _warning_changes(
    old: Sequence[DocumentWarning], new: Sequence[DocumentWarning]
) -> list[Change]:
    return _multiset_changes(
        "warning", "document", "warning", map(_warning_line, old), map(_warning_line, new)
    )


def _warning_line(warning: DocumentWarning) -> str:
    page = f" (page {warning.page})" if warning.page is not None else ""
    return f"{warning.code}: {warning.message}{page}"


def _card_list_changes(old: Sequence[Card], new: Sequence[Card]) -> list[Change]:
    # Letters identify cards in a batch; a card without a letter is known by its title. A lone
    # leftover pair, one without a letter, is the same card retitled (a single-nomination file).
    pairs, removed, added = match_items(
        old, new, [lambda card: card.letter, lambda card: _normalised(card.title)]
    )
    if len(removed) == 1 and len(added) == 1 and not (removed[0].letter and added[0].letter):
        pairs.append((removed.pop(), added.pop()))
    changes: list[Change] = []
    for old_card, new_card in in_new_order(pairs, new):
        changes += _card_changes(old_card, new_card)
    changes += [
        Change("card", card_label(card), "card", "removed", old=card.title) for card in removed
    ]
    changes += [Change("card", card_label(card), "card", "added", new=card.title) for card in added]
    return changes


def card_label(card: Card) -> str:
    return f"card {card.letter}" if card.letter else f"card “{_clip(card.title, 40)}”"


def _card_changes(old: Card, new: Card) -> list[Change]:
    where = card_label(new)
    changes = _value_change("card", where, "letter", old.letter, new.letter)
    changes += _value_change("card", where, "title", old.title, new.title)
    changes += _value_change("card", where, "pages", old.pages, new.pages)
    changes += _nominee_changes(old, new, where)
    changes += _entity_changes(old, new, where)
    changes += _contact_list_changes(old.contacts, new.contacts, where)
    # Last, so that the changes at card level above read as one group.
    changes += _section_list_changes(old.sections, new.sections, where)
    return changes


def _nominee_changes(old: Card, new: Card, where: str) -> list[Change]:
    changes: list[Change] = []
    for name in ("name", "honorific", "affiliation", "country", "phones", "faxes", "emails"):
        old_value, new_value = getattr(old.nominee, name), getattr(new.nominee, name)
        category: Category = "correction" if nominee_field_corrected(old, new, name) else "nominee"
        changes += _value_change(category, where, f"nominee.{name}", old_value, new_value)
    changes += _text_change("nominee", where, "nominee.text", old.nominee.text, new.nominee.text)
    return changes


def section_label(section: Section) -> str:
    number = "–" if section.number is None else str(section.number)
    return f"§{number} {section.key}"


def _section_list_changes(
    old: Sequence[Section], new: Sequence[Section], where: str
) -> list[Change]:
    # Same number and key first; then the same key (the number shifted because a section was
    # added or dropped); then the same number (the heading now maps to another key).
    pairs, removed, added = match_items(
        old,
        new,
        [
            lambda section: (section.number, section.key) if section.number is not None else None,
            lambda section: section.key,
            lambda section: section.number,
        ],
    )
    changes: list[Change] = []
    for old_section, new_section in in_new_order(pairs, new):
        changes += _section_changes(
            old_section, new_section, f"{where} › {section_label(new_section)}"
        )
    for section in removed:
        place = f"{where} › {section_label(section)}"
        changes.append(Change("section", place, "section", "removed", old=section.heading))
    for section in added:
        place = f"{where} › {section_label(section)}"
        changes.append(Change("section", place, "section", "added", new=section.heading))
    return changes


def _section_changes(old: Section, new: Section, where: str) -> list[Change]:
    changes = _value_change("section", where, "number", old.number, new.number)
    key_category: Category = "correction" if section_key_corrected(old, new) else "section"
    changes += _value_change(key_category, where, "key", old.key, new.key)
    changes += _value_change("section", where, "heading", old.heading, new.heading)
    changes += _value_change("section", where, "pages", old.pages, new.pages)
    changes += _text_change("text", where, "text", old.text, new.text)
    if old.text == new.text:  # otherwise the text change already says it
        changes += _value_change("section", where, "blocks", _block_shape(old), _block_shape(new))
    return changes


def _block_shape(section: Section) -> str:
    """The block structure in brief: "2 paragraph, 3 list_item"."""
    kinds = Counter(block.type for block in section.blocks)
    return ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items()))


def _entity_changes(old: Card, new: Card, where: str) -> list[Change]:
    before = Counter((entity.label, entity.normalized) for entity in pipeline_entities(old))
    after = Counter((entity.label, entity.normalized) for entity in pipeline_entities(new))
    changes: list[Change] = corrected_entity_changes(old, new, where)
    for key in sorted(before.keys() | after.keys()):
        label, normalized = key
        difference = after[key] - before[key]
        if difference > 0:
            change = Change("entity", where, f"entity {label}", "added", new=normalized)
        elif difference < 0:
            change = Change("entity", where, f"entity {label}", "removed", old=normalized)
        else:
            continue
        changes.append(dataclasses.replace(change, count=abs(difference)))
    return changes


def _contact_list_changes(
    old: Sequence[Contact], new: Sequence[Contact], where: str
) -> list[Change]:
    pairs, removed, added = match_items(
        old,
        new,
        [
            lambda contact: _normalised(contact.name),
            lambda contact: tuple(contact.emails) or None,  # the same person, name re-read
        ],
    )
    changes: list[Change] = []
    for old_contact, new_contact in in_new_order(pairs, new):
        label = f"contact “{new_contact.name}”"
        for name in ("name", "role", "organization", "emails", "phones", "section"):
            old_value, new_value = getattr(old_contact, name), getattr(new_contact, name)
            changes += _value_change("contact", where, f"{label}.{name}", old_value, new_value)
    changes += [
        Change(contact_category(contact), where, "contact", "removed", old=_contact_line(contact))
        for contact in removed
    ]
    changes += [
        Change(contact_category(contact), where, "contact", "added", new=_contact_line(contact))
        for contact in added
    ]
    return changes


def _contact_line(contact: Contact) -> str:
    parts = [contact.name, contact.role, contact.organization, *contact.emails, *contact.phones]
    return ", ".join(part for part in parts if part)


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


def _presence_change(
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


def _value_change(
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


def _multiset_changes(
    category: Category, where: str, name: str, old: Iterable[str], new: Iterable[str]
) -> list[Change]:
    before, after = Counter(old), Counter(new)
    changes: list[Change] = []
    for value in sorted((before - after).elements()):
        changes.append(Change(category, where, name, "removed", old=value))
    for value in sorted((after - before).elements()):
        changes.append(Change(category, where, name, "added", new=value))
    return changes


def _text_change(category: Category, where: str, name: str, old: str, new: str) -> list[Change]:
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


def _normalised(text: str) -> str:
    return " ".join(text.split()).casefold()


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


EXAMPLES = """
  nominations diff old-output/ output/     what changed, by meaning (exit 1 when anything did)
  nominations diff a.json b.json --format markdown >> "$GITHUB_STEP_SUMMARY"
  nominations diff old/ new/ -q --ignore-version && echo same
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("old", type=Path, metavar="OLD", help="output folder or JSON file before")
    parser.add_argument("new", type=Path, metavar="NEW", help="output folder or JSON file after")
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="text",
        help="text (coloured on a terminal), markdown (for a pull request or CI job summary) "
        "or json (for machines); default: text",
    )
    parser.add_argument(
        "--ignore-version",
        action="store_true",
        help="do not report changes of pipeline.version, pipeline.spacy_model, pipeline.reader "
        "and pipeline.code",
    )
    parser.add_argument(
        "--ignore-code",
        action="store_true",
        help="do not report changes of pipeline.code (the code fingerprint, which changes "
        "with every change to the pipeline's code)",
    )
    parser.add_argument(
        "--allow-empty",
        action="store_true",
        help="two folders without JSON documents are not an error: no changes, exit 0",
    )
    parser.add_argument(
        "-q", "--quiet", action="store_true", help="print nothing: the exit status says it"
    )


def command(args: argparse.Namespace) -> int:
    try:
        result = diff_paths(
            args.old, args.new, args.ignore_version, args.allow_empty, args.ignore_code
        )
    except CommandError as exc:
        return report_error("diff", str(exc))
    if args.quiet:
        pass
    elif args.format == "json":
        sys.stdout.write(render_json(result))
    elif args.format == "markdown":
        sys.stdout.write(render_markdown(result))
    elif sys.stdout.isatty():
        console = Console(highlight=False, soft_wrap=True)
        for line in text_lines(result):
            console.print(line)
    else:
        sys.stdout.write(render_text(result))
    return EXIT_CHANGED if result.changed else EXIT_SAME
