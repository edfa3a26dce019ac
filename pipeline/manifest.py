"""The run manifest (OUT/_manifest.json: every input and what became of it) and the
incremental skip (an input whose JSON is current is not processed again)."""

from __future__ import annotations

import dataclasses
import json
import os
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pipeline.inputs import MANIFEST_NAME, printable_path
from pipeline.journal import Journal
from pipeline.models import SCHEMA_VERSION, PipelineInfo
from pipeline.write import atomic_write_bytes, serialize_json

if TYPE_CHECKING:
    from pipeline.batch import BatchOptions


Status = Literal["ok", "skipped", "failed", "pending"]


MANIFEST_VERSION = 1


@dataclass
class FileRecord:
    """One manifest entry."""

    path: str
    output: str | None
    name_rule: str | None
    status: Status = "pending"
    bytes: int | None = None  # the input's size: the progress estimate weighs files by it
    error_code: str | None = None
    message: str | None = None
    sha256: str | None = None
    pages: int | None = None
    cards: int | None = None
    seconds: float | None = None
    stage_seconds: dict[str, float] = field(default_factory=dict)
    pipeline: dict[str, str] | None = None
    warnings: dict[str, int] = field(default_factory=dict)  # warning code -> how many
    # The incremental skip's fast path (as git's index): the input's stat when it was hashed,
    # and the output's [size, mtime_ns] when it was written or last checked.
    mtime_ns: int | None = None
    inode: int | None = None
    output_stat: list[int] | None = None
    corrections: str | None = None  # sha256 of the input's corrections file, if it has one


RECORD_FIELDS = tuple(f.name for f in dataclasses.fields(FileRecord))


def record_json(record: FileRecord) -> dict[str, Any]:
    """The entry as JSON data, for serialising at once: no deep copy (dataclasses.asdict
    deep-copies every entry, a third of a warm 10,000-file run)."""
    return {name: getattr(record, name) for name in RECORD_FIELDS}


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


LIMIT_ERRORS = ("too_large", "timeout")


LIMIT_WARNINGS = ("page_over_limit",)


def limits_hit(records: Sequence[FileRecord]) -> list[str]:
    """'path (what)' for each file that met a cap in this run: failed on one, or had pages
    skipped by one. Sorted by path, so the list reads the same on every run."""
    hits = []
    for record in records:
        if record.status == "failed" and record.error_code in LIMIT_ERRORS:
            hits.append(f"{record.path} ({record.error_code})")
        elif record.status == "ok":
            pages = sum(record.warnings.get(code, 0) for code in LIMIT_WARNINGS)
            if pages:
                hits.append(f"{record.path} ({pages} page{'s' if pages > 1 else ''} skipped)")
    return sorted(hits)


class RunManifest:
    """OUT/_manifest.json: every input and what became of it. Written whole (atomically)
    when the run starts and ends; each finished file in between is one line appended to the
    journal (pipeline/journal.py), so the bytes written grow with the number of files."""

    def __init__(
        self, options: BatchOptions, info: PipelineInfo, records: list[FileRecord]
    ) -> None:
        self.path = options.out_dir / MANIFEST_NAME
        self.options = options
        self.info = info
        self.records = records
        self.started_at = utc_now()
        self.started_clock = time.monotonic()
        self.finished_at: str | None = None
        self.state: Literal["running", "finished", "interrupted"] = "running"
        self.worker_peak_rss_bytes = 0
        self.journal = Journal(options.out_dir)

    def totals(self) -> dict[str, Any]:
        counts = {status: 0 for status in ("ok", "skipped", "failed", "pending")}
        for record in self.records:
            counts[record.status] += 1
        return {
            "inputs": len(self.records),
            **counts,
            "pages_processed": sum(r.pages or 0 for r in self.records if r.status == "ok"),
            "limits_hit": len(limits_hit(self.records)),
            "seconds": round(time.monotonic() - self.started_clock, 3),
            "worker_peak_rss_mb": round(self.worker_peak_rss_bytes / 2**20, 1),
        }

    def to_json(self) -> dict[str, Any]:
        settings = self.options.settings
        return {
            "manifest_version": MANIFEST_VERSION,
            "state": self.state,
            "started_at": self.started_at,
            "finished_at": self.finished_at,
            "pipeline": self.info.model_dump(mode="json"),
            "options": {
                "out": printable_path(self.options.out_dir),
                "jobs": self.options.jobs,
                "force": self.options.force,
                "model": settings.model,
                "timeout": settings.timeout,
                "max_pages": settings.max_pages,
                "max_bytes": settings.max_bytes,
                "max_memory": settings.max_memory,
                "max_page_chars": settings.max_page_chars,
                "max_page_objects": settings.max_page_objects,
                "max_stream_bytes": settings.max_stream_bytes,
                "in_process": self.options.in_process,
                "ocr": settings.ocr,
                "corrections": (
                    printable_path(self.options.corrections)
                    if self.options.corrections is not None
                    else None
                ),
            },
            "totals": self.totals(),
            "files": [record_json(record) for record in self.records],
        }

    def save(self) -> None:
        atomic_write_bytes(self.path, serialize_json(self.to_json()))

    def begin(self) -> None:
        """The journal emptied first: a kill between the two writes leaves no line of an
        earlier run to be folded into this run's manifest."""
        self.journal.start()
        self.save()

    def file_finished(self, index: int) -> None:
        self.journal.append(index, record_json(self.records[index]))

    def end(self) -> None:
        self.save()
        self.journal.remove()


def load_existing_output(target: Path) -> dict[str, Any] | None:
    """The JSON document at `target`, or None when there is none (or not a readable one).
    Only the written JSON is trusted for skipping: it exists complete or not at all,
    whereas a manifest may be from an interrupted run."""
    try:
        data = json.loads(target.read_bytes())
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


@dataclass(frozen=True)
class ExistingSummary:
    """What the manifest records of a skipped input, read off its current JSON."""

    pages: int
    cards: int
    warnings: dict[str, int]  # warning code -> how many, as for a file processed now


def unchanged_summary(
    data: dict[str, Any],
    sha256: str,
    file_name: str,
    info: PipelineInfo,
    corrections_sha256: str | None = None,
) -> ExistingSummary | None:
    """Pages, cards and warnings of an existing document made from these very bytes, under
    this name, by this pipeline version and schema, with these corrections (sha256 of the
    corrections file, None for none); None when anything differs."""
    source = data.get("source")
    if not isinstance(source, dict):
        return None
    unchanged = (
        data.get("schema_version") == SCHEMA_VERSION
        and data.get("pipeline") == info.model_dump(mode="json")
        and source.get("sha256") == sha256
        and source.get("file") == file_name
        and applied_corrections_sha256(data) == corrections_sha256
    )
    pages, cards = source.get("pages"), data.get("cards")
    if not unchanged or not isinstance(pages, int) or not isinstance(cards, list):
        return None
    return ExistingSummary(pages, len(cards), warning_counts(data))


def applied_corrections_sha256(data: dict[str, Any]) -> str | None:
    """The sha256 of the corrections file a document was made with; None without one."""
    corrections = data.get("corrections")
    if not isinstance(corrections, dict):
        return None
    digest = corrections.get("sha256")
    return digest if isinstance(digest, str) else None


def warning_counts(data: dict[str, Any]) -> dict[str, int]:
    """Warning code -> how many, sorted by code: a skipped file's summary counts them too."""
    warnings = data.get("warnings")
    codes = Counter(
        w["code"]
        for w in (warnings if isinstance(warnings, list) else [])
        if isinstance(w, dict) and isinstance(w.get("code"), str)
    )
    return dict(sorted(codes.items()))


def up_to_date_summary(
    target: Path,
    sha256: str,
    file_name: str,
    info: PipelineInfo,
    options: BatchOptions,
    corrections_sha256: str | None = None,
) -> ExistingSummary | None:
    """What the current JSON says when the input need not be processed again, else None."""
    existing = load_existing_output(target)
    if existing is None:
        return None
    if options.settings.ocr == "force":
        return None  # every page is to be recognised again
    if options.settings.ocr == "auto" and warns_no_text_layer(existing):
        return None  # pages left without text (no engine then): OCR may now recover them
    return unchanged_summary(existing, sha256, file_name, info, corrections_sha256)


def warns_no_text_layer(data: dict[str, Any]) -> bool:
    warnings = data.get("warnings")
    if not isinstance(warnings, list):
        return False
    return any(isinstance(w, dict) and w.get("code") == "no_text_layer" for w in warnings)


def stat_summary(
    previous: dict[str, Any] | None,
    input_stat: os.stat_result,
    target: Path,
    info_json: dict[str, str],
    options: BatchOptions,
) -> tuple[str, ExistingSummary] | None:
    """The fast path: the last run's record of this input, trusted without hashing the
    input or reading its JSON when the input's size, mtime and inode and the output's size
    and mtime are what that run recorded (git's index does the same). (sha256, summary),
    or None when anything differs: then the input is hashed and its JSON read."""
    if previous is None or options.force or options.verify:
        return None
    if previous.get("status") not in ("ok", "skipped") or previous.get("pipeline") != info_json:
        return None
    recorded = (previous.get("bytes"), previous.get("mtime_ns"), previous.get("inode"))
    if recorded != (input_stat.st_size, input_stat.st_mtime_ns, input_stat.st_ino):
        return None
    if previous.get("output_stat") is None or previous.get("output_stat") != output_stat(target):
        return None
    warnings, sha256 = previous.get("warnings"), previous.get("sha256")
    pages, cards = previous.get("pages"), previous.get("cards")
    if not (isinstance(warnings, dict) and isinstance(sha256, str)):
        return None
    if not (isinstance(pages, int) and isinstance(cards, int)):
        return None
    if options.settings.ocr == "force":
        return None
    if options.settings.ocr == "auto" and "no_text_layer" in warnings:
        return None
    return sha256, ExistingSummary(pages, cards, dict(warnings))


def output_stat(target: Path) -> list[int] | None:
    try:
        info = target.stat()
    except OSError:
        return None
    return [info.st_size, info.st_mtime_ns]


# An input modified within this many seconds of being hashed may change again within the
# file system's timestamp granularity without its mtime moving ("racily clean" in git):
# its stat is not recorded, so the next run hashes it again.
RACY_SECONDS = 2.0


def record_input_stat(record: FileRecord, input_stat: os.stat_result) -> None:
    if time.time_ns() - input_stat.st_mtime_ns > RACY_SECONDS * 1e9:
        record.mtime_ns, record.inode = input_stat.st_mtime_ns, input_stat.st_ino
