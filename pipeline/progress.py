"""What a run shows while it works: plain log lines, JSON events, or a progress bar; and at
the end the failure lines (sorted by path) and the summary of pipeline/summary.py."""

from __future__ import annotations

import dataclasses
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from pipeline.errors import StrictWarningError
from pipeline.inputs import MANIFEST_NAME
from pipeline.manifest import FileRecord, limits_hit
from pipeline.summary import (
    failure_lines,
    files_by_warning,
    notable_warnings,
    summary_lines,
    warning_name,
)
from pipeline.voice import console_for, plural, shown

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from rich.progress import Task

    from pipeline.batch import BatchOptions

LOADING_MODEL = "loading the language model…"
SHOWN_PATH_CHARS = 48  # the files in hand must fit the bar's line


class Reporter:
    """Plain one-line logs on stderr (the non-terminal default); subclasses change the face.

    Failed files are always reported, --quiet or not: one line each, 'file: code: message',
    at the end of the run and sorted by path, so that two runs of one batch read the same.
    """

    def __init__(
        self, quiet: bool, stream: IO[str] | None = None, out_dir: Path = Path("output")
    ) -> None:
        self.quiet = quiet
        self.stream = stream or sys.stderr
        self.out_dir = out_dir
        self.total = 0
        self.done = 0
        self.rejected = 0
        self._console: Console | None = None

    @property
    def console(self) -> Console:
        """Made on first use: a quiet run without failures never imports rich."""
        if self._console is None:
            self._console = console_for(self.stream)
        return self._console

    def emit(self, line: str, style: str | None = None) -> None:
        self.console.print(line, style=style)

    def run_started(self, records: Sequence[FileRecord], to_process: int) -> None:
        self.total = to_process
        self.rejected = rejected_count(records)
        skipped = sum(r.status == "skipped" for r in records)
        if self.quiet or to_process + self.rejected == 0:
            return  # nothing to do: the summary's one line says so
        self.emit(
            f"{plural(len(records), 'input')}: {to_process} to process, {skipped} unchanged, "
            f"{self.rejected} rejected before parsing"
        )
        if to_process:
            self.emit(LOADING_MODEL)

    def file_started(self, record: FileRecord) -> None:
        """Plain logs say nothing until a file is finished: one line per file."""

    def file_finished(self, record: FileRecord) -> None:
        self.done += 1
        if self.quiet:
            return
        where = f"[{self.done}/{self.total}]"
        if record.status == "failed":
            self.emit(f"{where} failed: {record.path} ({record.error_code})", "red")
            return
        facts = [plural(record.pages or 0, "page"), plural(record.cards or 0, "card")]
        facts.append(f"{record.seconds or 0:.1f} s")
        facts += [f"{warning_name(code)} ({code})" for code in notable_warnings(record)]
        self.emit(f"{where} ok: {record.path} -> {record.output} ({', '.join(facts)})")

    def run_finished(
        self, totals: dict[str, Any], state: str, records: Sequence[FileRecord] = ()
    ) -> None:
        for line in failure_lines(records):
            self.emit(line, "red")
        if self.quiet:
            return
        for text, style in summary_lines(totals, state, records, self.out_dir, self.rejected):
            self.emit(text, style)

    def close(self) -> None:
        """Nothing to release for plain logs."""


class JsonReporter(Reporter):
    """--log-format json: one JSON object per event line on stderr."""

    def emit(self, line: str, style: str | None = None) -> None:
        print(line, file=self.stream, flush=True)

    def emit_event(self, event: str, **fields: Any) -> None:
        self.emit(json.dumps({"event": event, **fields}, ensure_ascii=False, sort_keys=True))

    def run_started(self, records: Sequence[FileRecord], to_process: int) -> None:
        self.total = to_process
        self.rejected = rejected_count(records)
        for record in records:
            if record.status in ("failed", "skipped"):
                self.file_finished(record)
        if not self.quiet:
            self.emit_event(
                "start", inputs=len(records), to_process=to_process, rejected=self.rejected
            )

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
            self.emit_event(
                "finish",
                state=state,
                limits=limits_hit(records),
                warnings=files_by_warning(records),
                output=shown(self.out_dir),
                manifest=shown(self.out_dir / MANIFEST_NAME),
                **totals,
            )


class ProgressReporter(Reporter):
    """On a terminal: a rich progress bar (files, pages, failures, the files in hand)."""

    def __init__(self, quiet: bool, out_dir: Path = Path("output")) -> None:
        super().__init__(quiet, out_dir=out_dir)
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
        )

        self.progress = Progress(
            SpinnerColumn(),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("files · {task.fields[pages]}"),
            TextColumn("{task.fields[failed]}", style="red"),
            TimeElapsedColumn(),
            estimate_column(),
            TextColumn("{task.description}"),
            console=self.console,
            transient=False,
        )
        self.task_id = self.progress.add_task(
            "",
            total=None,
            pages=plural(0, "page"),
            failed="",
            work_started=None,
            bytes_total=0,
            bytes_done=0,
        )
        self.in_hand: list[str] = []
        self.pages = 0
        self.failed = 0
        self.bytes_done = 0
        self.started = False

    def emit(self, line: str, style: str | None = None) -> None:
        self.progress.console.print(line, style=style)

    def run_started(self, records: Sequence[FileRecord], to_process: int) -> None:
        super().run_started(records, to_process)
        if not to_process:
            return  # no bar for a run with nothing to process
        to_do = sum(r.bytes or 0 for r in records if r.status == "pending")
        self.progress.update(
            self.task_id, total=to_process, description=LOADING_MODEL, bytes_total=to_do
        )
        self.progress.start()
        self.started = True

    def file_started(self, record: FileRecord) -> None:
        task = self.progress.tasks[0]
        if task.fields["work_started"] is None:  # the model is loaded: the clock starts now
            self.progress.update(self.task_id, work_started=time.monotonic())
        self.in_hand.append(record.path)
        self.show_in_hand()
        self.progress.refresh()  # the file in hand is shown, however soon it is done

    def file_finished(self, record: FileRecord) -> None:
        self.done += 1
        if record.path in self.in_hand:
            self.in_hand.remove(record.path)
        self.pages += record.pages or 0
        self.failed += record.status == "failed"
        self.bytes_done += record.bytes or 0
        self.progress.update(
            self.task_id,
            advance=1,
            pages=plural(self.pages, "page"),
            failed=f"{self.failed} failed" if self.failed else "",
            bytes_done=self.bytes_done,
        )
        self.show_in_hand()
        # Drawn now, not at the next tick: two files finishing within one tick would
        # otherwise skip a count, and every finished file should be seen once.
        self.progress.refresh()

    def show_in_hand(self) -> None:
        """The paths of the files being worked on (two inputs may share a name), cut short
        from the left so that the bar fits a line."""
        names = ", ".join(short_path(path) for path in self.in_hand)
        self.progress.update(self.task_id, description=names)

    def close(self) -> None:
        if self.started:
            self.progress.stop()


def rejected_count(records: Sequence[FileRecord]) -> int:
    """Inputs failed before any work (a --strict failure of an unchanged file is not one)."""
    return sum(r.status == "failed" and r.error_code != StrictWarningError.code for r in records)


def short_path(path: str, limit: int = SHOWN_PATH_CHARS) -> str:
    """The path relative to the working folder when inside it; its tail when too long."""
    relative = os.path.relpath(path) if os.path.isabs(path) else path
    if not relative.startswith(os.pardir):
        path = relative
    return path if len(path) <= limit else "…" + path[-(limit - 1) :]


def estimate_column() -> Any:
    """Time left from the bytes finished since the first file was handed out (model loading
    excluded): files differ in size a hundredfold, and rich's recent-speed window reads
    '0:00:01' for as long as the files in hand take when two small ones finish together."""
    from rich.progress import ProgressColumn
    from rich.text import Text

    class EstimateColumn(ProgressColumn):
        max_refresh = 1.0  # a figure that changes ten times a second cannot be read

        def render(self, task: Task) -> RenderableType:
            if task.finished:
                return Text("")
            fields = task.fields
            left = seconds_left(
                fields["work_started"],
                fields["bytes_done"],
                fields["bytes_total"],
                time.monotonic(),
            )
            shown_left = "estimating…" if left is None else f"about {format_seconds(left)} left"
            return Text(shown_left, style="progress.remaining")

    return EstimateColumn()


def seconds_left(work_started: float | None, done: int, total: int, now: float) -> float | None:
    """Seconds left at the rate so far (bytes per second); None until a file is finished:
    before that there is nothing to go by."""
    if work_started is None or not done:
        return None
    return (now - work_started) / done * max(total - done, 0)


def format_seconds(seconds: float) -> str:
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


def make_reporter(options: BatchOptions) -> Reporter:
    if options.log_format == "json":
        return JsonReporter(options.quiet, out_dir=options.out_dir)
    if not options.quiet and sys.stderr.isatty():
        return ProgressReporter(options.quiet, out_dir=options.out_dir)
    return Reporter(options.quiet, out_dir=options.out_dir)
