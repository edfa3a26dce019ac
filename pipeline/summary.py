"""The end of a run in words: what happened, which files need a look (failed, with
warnings, at a cap), where the output is and what to do next.

Pure functions of the manifest records, so the plain log, the progress bar and the JSON
events say the same, and a test can read the summary without running anything.
"""

from __future__ import annotations

import shlex
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pipeline.errors import StrictWarningError
from pipeline.inputs import MANIFEST_NAME
from pipeline.manifest import FileRecord, limits_hit
from pipeline.voice import plural, shown

# What a warning says about its file, as "N files <this> (<code>)".
WARNING_NAMES: dict[str, str] = {
    "no_cards": "without any nomination",
    "card_unstructured": "with a nomination whose parts could not be placed",
    "unknown_label": "with an unknown label in a nominee block",
    "no_text_layer": "with pages that have no text layer (scanned?)",
    "page_over_limit": "with pages skipped at a work cap",
    "phone_possible_only": "with a phone number that is not valid today",
    "stale_correction": "with a stale correction, matching nothing",
}
# Warnings that say where text came from, not that anything is wrong: not listed.
INFORMATIONAL_WARNINGS = frozenset({"form_fields"})
# Warnings that mean a nomination, or some of its text, is missing from the document:
# --strict fails their files. An odd label or phone number is a detail for the reviewer.
STRICT_WARNINGS = frozenset({"no_cards", "card_unstructured", "no_text_layer", "page_over_limit"})
MAX_LISTED = 10  # paths named per summary line; the manifest has them all

Line = tuple[str, str | None]  # text, rich style (None: the terminal's own colour)


def warning_name(code: str) -> str:
    return WARNING_NAMES.get(code, "with warnings")


def notable_warnings(record: FileRecord) -> list[str]:
    """The codes of a written or unchanged file's warnings worth a reader's attention."""
    if record.status not in ("ok", "skipped") and record.error_code != StrictWarningError.code:
        return []
    return [code for code in sorted(record.warnings) if code not in INFORMATIONAL_WARNINGS]


def strict_failure(record: FileRecord) -> StrictWarningError | None:
    """--strict: a file whose document misses a nomination or text fails (its JSON stays)."""
    codes = [code for code in notable_warnings(record) if code in STRICT_WARNINGS]
    if not codes:
        return None
    what = "; ".join(f"{warning_name(code)} ({code})" for code in codes)
    return StrictWarningError(f"document {what}: written, but failed under --strict")


def files_by_warning(records: Sequence[FileRecord]) -> dict[str, list[str]]:
    """Warning code -> the paths of the files whose document carries it, both sorted."""
    found: dict[str, list[str]] = {}
    for record in records:
        for code in notable_warnings(record):
            found.setdefault(code, []).append(record.path)
    return {code: sorted(paths) for code, paths in sorted(found.items())}


def failure_lines(records: Sequence[FileRecord]) -> list[str]:
    """'file: code: message' per failed file, sorted by path: the same order on every run,
    whatever order the workers finished in."""
    failed = sorted((r for r in records if r.status == "failed"), key=lambda r: r.path)
    return [failure_line(record) for record in failed]


def failure_line(record: FileRecord) -> str:
    return f"{record.path}: {record.error_code}: {record.message}"


def listed(paths: Sequence[str]) -> str:
    shown_paths = ", ".join(paths[:MAX_LISTED])
    more = len(paths) - MAX_LISTED
    return shown_paths + (f" and {more} more (see the manifest)" if more > 0 else "")


def documents_written(records: Sequence[FileRecord]) -> int:
    """Inputs with a JSON in the output folder now (a --strict failure keeps its JSON)."""
    return sum(
        r.status in ("ok", "skipped") or r.error_code == StrictWarningError.code for r in records
    )


def nothing_to_do(totals: dict[str, Any], state: str) -> bool:
    """Every input unchanged: their warnings were told when they were written."""
    return state == "finished" and 0 < totals["skipped"] == totals["inputs"]


def summary_lines(
    totals: dict[str, Any],
    state: str,
    records: Sequence[FileRecord],
    out_dir: Path,
    rejected: int = 0,
) -> list[Line]:
    """The summary after the failure lines: one line when there was nothing to do."""
    skipped, failed, pending = totals["skipped"], totals["failed"], totals["pending"]
    if nothing_to_do(totals, state):
        return [(f"{plural(skipped, 'file')} unchanged, nothing to do", "green")]
    by_warning = files_by_warning(records)
    lines: list[Line] = [(headline(totals, state, rejected), headline_style(totals, by_warning))]
    for code, paths in by_warning.items():
        files = plural(len(paths), "file")
        lines.append((f"{files} {warning_name(code)} ({code}): {listed(paths)}", "yellow"))
    if hits := limits_hit(records):
        capped = plural(len(hits), "file")
        lines.append((f"{capped} met a memory or work cap: {listed(hits)}", None))
    out = shown(out_dir)
    documents = plural(documents_written(records), "document")
    lines.append((f"output: {out}/ ({documents}); manifest: {out_dir / MANIFEST_NAME}", None))
    lines.extend((text, "bold") for text in next_steps(state, failed, pending, out_dir, records))
    return lines


def headline(totals: dict[str, Any], state: str, rejected: int) -> str:
    written = plural(totals["ok"], "file")
    parts = [f"{written} written", f"{totals['skipped']} unchanged", f"{totals['failed']} failed"]
    if rejected:
        parts[-1] += f" ({rejected} rejected before parsing)"
    if totals["pending"]:
        parts.append(f"{totals['pending']} not done")
    pages, seconds = totals["pages_processed"], totals["seconds"]
    rate = f" ({pages / seconds:.1f} pages/s)" if pages and seconds else ""
    return f"{state}: {', '.join(parts)}; {plural(pages, 'page')} in {seconds:.1f} s{rate}"


def headline_style(totals: dict[str, Any], by_warning: dict[str, list[str]]) -> str:
    if totals["failed"]:
        return "bold red"
    if totals["pending"] or by_warning:
        return "bold yellow"
    return "bold green"


def next_steps(
    state: str, failed: int, pending: int, out_dir: Path, records: Sequence[FileRecord]
) -> list[str]:
    steps: list[str] = []
    if pending:
        steps.append(f"{pending} not done: run the same command again to finish")
    if failed:
        steps.append(
            f"{plural(failed, 'file')} failed (listed above): fix or remove "
            f"{'it' if failed == 1 else 'them'} and run the same command again; "
            "finished files are not redone"
        )
    if state == "finished" and documents_written(records):
        folder = shlex.quote(shown(out_dir))
        steps.append(
            f"next: nominations report {folder} (review pages: report/index.html); "
            f"nominations export {folder} (contacts and nominations: export/nominations.xlsx)"
        )
    return steps
