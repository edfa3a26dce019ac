"""`nominations corrections check OUTPUT_DIR`: the stale and the invalid corrections of the
last run, for CI to ask for their removal or repair.

Stale corrections are read from each document (`corrections.stale`); invalid ones are the
inputs whose last run failed on their corrections file (codes bad_corrections and
corrections_mismatch in the run manifest). Exit status: 0 none, 1 some, 2 nothing to read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline import voice
from pipeline.errors import CorrectionsError
from pipeline.outputs import failed_entries, read_documents

EXAMPLES = """
  nominations corrections check            stale and invalid corrections of output/
  nominations corrections check json/ -q   only the problems, no summary
"""

CORRECTIONS_CODES = {CorrectionsError.code, *(c.code for c in CorrectionsError.__subclasses__())}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    check = actions.add_parser(
        "check",
        help="list stale and invalid corrections; exit 1 when there are any",
        description=__doc__,
        epilog="Examples:\n" + EXAMPLES.strip("\n"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    voice.add_output_path(check, "the output folder of a run")
    voice.add_allow_empty(check, "JSON documents")
    voice.add_quiet(check, "print only the problems")


def problems(folder: Path, allow_empty: bool) -> list[str]:
    """One line per stale or invalid correction, stale ones by document, then invalid ones."""
    found: list[str] = []
    for name, document in read_documents(folder, allow_empty):
        if document.corrections is None:
            continue
        for ref in document.corrections.stale:
            found.append(
                f"{name}: stale: {document.corrections.file}:{ref.line}: {ref.id} "
                f"({ref.what}, card {ref.card}) matches nothing: remove it"
            )
    for entry in failed_entries(folder if folder.is_dir() else folder.parent):
        if entry.error_code in CORRECTIONS_CODES:
            found.append(f"{entry.path}: invalid: {entry.error_code}: {entry.message}")
    return found


def command(args: argparse.Namespace) -> int:
    try:
        found = problems(args.path, args.allow_empty)
    except voice.CommandError as exc:
        return voice.report_error("corrections", str(exc))
    for line in found:
        print(line, file=sys.stderr)
    if not args.quiet:
        print(
            "no stale or invalid corrections"
            if not found
            else f"{voice.plural(len(found), 'correction')} to fix or remove"
        )
    return voice.EXIT_FOUND if found else voice.EXIT_OK
