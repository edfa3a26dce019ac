"""The manifest's journal (OUT/_manifest.journal): one JSON line per finished file.

Rewriting the whole manifest after every file writes bytes that grow with the square of
the number of files. Instead the manifest is written whole when a run starts and when it
ends, and each finished file appends one line here in between; a run stopped by SIGKILL
leaves the manifest (every file `pending`) plus the journal, which the next run folds into
the manifest before it reads it. A torn last line (killed mid-write) is ignored: its file is
simply `pending`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Any

from pipeline.inputs import MANIFEST_NAME
from pipeline.write import atomic_write_bytes, serialize_json

JOURNAL_NAME = "_manifest.journal"
COUNTED = ("ok", "skipped", "failed", "pending")


def journal_path(out_dir: Path) -> Path:
    return out_dir / JOURNAL_NAME


class Journal:
    """Appends finished files' records; the file is truncated when a run starts."""

    def __init__(self, out_dir: Path) -> None:
        self.path = journal_path(out_dir)
        self.handle: IO[bytes] | None = None

    def start(self) -> None:
        self.handle = self.path.open("wb")  # a new run: earlier lines were folded already

    def append(self, index: int, record: dict[str, Any]) -> None:
        if self.handle is None:
            return
        line = json.dumps({"index": index, "file": record}, ensure_ascii=False, sort_keys=True)
        self.handle.write(line.encode("utf-8") + b"\n")
        self.handle.flush()  # in the OS's hands: survives the process being killed

    def remove(self) -> None:
        """The manifest now holds every line: the journal goes."""
        if self.handle is not None:
            self.handle.close()
            self.handle = None
        self.path.unlink(missing_ok=True)


def read_lines(path: Path) -> list[tuple[int, dict[str, Any]]]:
    entries: list[tuple[int, dict[str, Any]]] = []
    try:
        raw = path.read_bytes()
    except OSError:
        return entries
    for line in raw.splitlines():
        try:
            entry = json.loads(line)
        except ValueError:  # the line being written when the run was killed
            continue
        if not isinstance(entry, dict):
            continue
        if isinstance(entry.get("index"), int) and isinstance(entry.get("file"), dict):
            entries.append((entry["index"], entry["file"]))
    return entries


def read_manifest(out_dir: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((out_dir / MANIFEST_NAME).read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("files"), list):
        return None
    return data


def fold(out_dir: Path) -> dict[str, Any] | None:
    """The last run's manifest with its journal folded in (and written back, the journal
    removed), or None when there is no readable manifest."""
    manifest = read_manifest(out_dir)
    path = journal_path(out_dir)
    if not path.exists():
        return manifest
    if manifest is not None:
        files: list[Any] = manifest["files"]
        for index, record in read_lines(path):
            if 0 <= index < len(files):
                files[index] = record
        recount(manifest)
        atomic_write_bytes(out_dir / MANIFEST_NAME, serialize_json(manifest))
    path.unlink(missing_ok=True)
    return manifest


def recount(manifest: dict[str, Any]) -> None:
    """The totals that the folded lines change (the others are the killed run's)."""
    totals = manifest.get("totals")
    if not isinstance(totals, dict):
        return
    files = [f for f in manifest["files"] if isinstance(f, dict)]
    for status in COUNTED:
        totals[status] = sum(f.get("status") == status for f in files)
    totals["pages_processed"] = sum(f.get("pages") or 0 for f in files if f.get("status") == "ok")
