"""What a run shows while it works: plain log lines, JSON events, or a progress bar."""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from pipeline.manifest import FileRecord, limits_hit

if TYPE_CHECKING:
    from pipeline.batch import BatchOptions


class Reporter:
    """Plain one-line logs on stderr (the non-terminal default); subclasses change the face.

    Failed files are always reported, --quiet or not: one line each, 'file: code: message'.
    """

    def __init__(self, quiet: bool, stream: IO[str] | None = None) -> None:
        self.quiet = quiet
        self.stream = stream or sys.stderr
        self.total = 0
        self.done = 0

    def emit(self, line: str) -> None:
        print(line, file=self.stream, flush=True)

    def run_started(self, records: Sequence[FileRecord], to_process: int) -> None:
        self.total = to_process
        skipped = sum(r.status == "skipped" for r in records)
        failed = sum(r.status == "failed" for r in records)
        for record in records:
            if record.status == "failed":
                self.file_failed(record)
        if not self.quiet:
            self.emit(
                f"{len(records)} input(s): {to_process} to process, {skipped} unchanged, "
                f"{failed} rejected before parsing"
            )

    def file_started(self, record: FileRecord) -> None:
        """Plain logs say nothing until a file is finished: one line per file."""

    def file_finished(self, record: FileRecord) -> None:
        self.done += 1
        if record.status == "failed":
            self.file_failed(record)
        elif not self.quiet:
            self.emit(
                f"[{self.done}/{self.total}] ok: {record.path} -> {record.output} "
                f"({record.pages} pages, {record.cards} cards, {record.seconds:.1f} s)"
            )

    def file_failed(self, record: FileRecord) -> None:
        self.emit(f"{record.path}: {record.error_code}: {record.message}")

    def run_finished(
        self, totals: dict[str, Any], state: str, records: Sequence[FileRecord] = ()
    ) -> None:
        if self.quiet:
            return
        if hits := limits_hit(records):
            self.emit(f"{len(hits)} file(s) met a memory or work cap: " + "; ".join(hits))
        seconds = totals["seconds"]
        rate = totals["pages_processed"] / seconds if seconds else 0.0
        self.emit(
            f"{state}: {totals['ok']} ok, {totals['skipped']} unchanged, {totals['failed']} "
            f"failed, {totals['pending']} not done; {totals['pages_processed']} pages in "
            f"{seconds:.1f} s ({rate:.1f} pages/s)"
        )

    def close(self) -> None:
        """Nothing to release for plain logs."""


class JsonReporter(Reporter):
    """--log-format json: one JSON object per event line on stderr."""

    def emit_event(self, event: str, **fields: Any) -> None:
        self.emit(json.dumps({"event": event, **fields}, ensure_ascii=False, sort_keys=True))

    def run_started(self, records: Sequence[FileRecord], to_process: int) -> None:
        self.total = to_process
        for record in records:
            if record.status in ("failed", "skipped"):
                self.file_finished(record)
        if not self.quiet:
            self.emit_event("start", inputs=len(records), to_process=to_process)

    def file_started(self, record: FileRecord) -> None:
        if not self.quiet:
            self.emit_event("file_started", path=record.path)

    def file_finished(self, record: FileRecord) -> None:
        if record.status == "failed" or not self.quiet:
            self.emit_event("file", **dataclasses.asdict(record))

    def run_finished(
        self, totals: dict[str, Any], state: str, records: Sequence[FileRecord] = ()
    ) -> None:
        if not self.quiet:
            self.emit_event("finish", state=state, limits=limits_hit(records), **totals)


class ProgressReporter(Reporter):
    """On a terminal: a rich progress bar (files, pages, the file in hand); errors above it."""

    def __init__(self, quiet: bool) -> None:
        super().__init__(quiet)
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.progress = Progress(
            SpinnerColumn(),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("files · {task.fields[pages]} pages"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            TextColumn("{task.description}"),
            console=Console(stderr=True),
            transient=False,
        )
        self.task_id = self.progress.add_task("", total=None, pages=0)
        self.in_hand: list[str] = []
        self.pages = 0

    def emit(self, line: str) -> None:
        self.progress.console.print(line, markup=False, highlight=False, soft_wrap=True)

    def run_started(self, records: Sequence[FileRecord], to_process: int) -> None:
        super().run_started(records, to_process)
        self.progress.update(self.task_id, total=to_process)
        self.progress.start()

    def file_started(self, record: FileRecord) -> None:
        self.in_hand.append(record.path)
        self.show_in_hand()

    def file_finished(self, record: FileRecord) -> None:
        self.done += 1
        if record.path in self.in_hand:
            self.in_hand.remove(record.path)
        if record.status == "failed":
            self.file_failed(record)
        self.pages += record.pages or 0
        self.progress.update(self.task_id, advance=1, pages=self.pages)
        self.show_in_hand()

    def show_in_hand(self) -> None:
        """The names (not whole paths: the bar must fit a line) of the files being worked on."""
        names = ", ".join(Path(path).name for path in self.in_hand)
        self.progress.update(self.task_id, description=names)

    def close(self) -> None:
        self.progress.stop()


def make_reporter(options: BatchOptions) -> Reporter:
    if options.log_format == "json":
        return JsonReporter(options.quiet)
    if not options.quiet and sys.stderr.isatty():
        return ProgressReporter(options.quiet)
    return Reporter(options.quiet)
