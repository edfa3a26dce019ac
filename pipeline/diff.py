"""What changed between two output folders (or two JSON files), compared by meaning.

Files are matched by name (files starting with "_", such as the run manifest, are skipped);
cards by letter, or by title when they have no letter; sections by number and key; contacts by
name; entities as multisets of (label, normalised value). Key order, entity offsets and other
things that carry no meaning never show up as a change. Exit status: 0 no changes, 1 changes,
2 error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rich.console import Console

from pipeline.diff_document import diff_documents
from pipeline.diff_model import Action, DiffResult, FileDiff, plural
from pipeline.diff_render import render_json, render_markdown, render_text, text_lines
from pipeline.diff_values import presence_change
from pipeline.models import Document
from pipeline.outputs import (
    DOCUMENTS,
    output_files,
    read_document,
)
from pipeline.voice import CommandError, no_such_path, nothing_to_read, report_error

EXIT_SAME = 0


EXIT_CHANGED = 1


FORMATS = ("text", "markdown", "json")


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
    change = presence_change("file", "document", "file", old, new, _card_count)
    return FileDiff(name, (change,))


def _card_count(document: Document) -> str:
    return plural(len(document.cards), "card")


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
