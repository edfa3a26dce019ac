"""Process PDFs (files and/or folders) into one JSON document per PDF, plus a run manifest.

Folders are searched recursively for *.pdf (any case), in sorted order; symbolic links to
folders are not followed (no loops). A PDF whose bytes and pipeline version are unchanged
since its JSON was written is skipped (--force redoes it). Each file runs in a worker
process with a time limit; one file's failure never stops the batch. Outputs are written
atomically as OUT/<stem>.json (two inputs with one stem get '<stem>-<hash>.json'), and
OUT/_manifest.json records every input, rewritten after each finished file.

A zero-byte file or one without a PDF header is rejected before any worker starts. The
summary at the end counts the files by outcome and by warning ("2 files without any
nomination (no_cards)"), names the output folder and the manifest and says what to do next.

Exit status: 0 when every input succeeded or was unchanged, 1 when any input failed (its
error is one line on stderr: file, code, message; with --strict, a file written without
any nomination fails too), 2 for a usage error (a missing input, a folder without PDFs unless
--allow-empty), 130/143 when interrupted by SIGINT/SIGTERM (the manifest then marks
unfinished files 'pending').
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import signal
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any, Protocol

from pipeline import journal, voice
from pipeline.corrections import existing_corrections, file_digest
from pipeline.errors import (
    ModelNotFoundError,
    PipelineError,
    StrictWarningError,
    UsageError,
)
from pipeline.file_work import (
    DoneCallback,
    FileOutcome,
    FileTask,
    StartCallback,
    run_in_process,
)
from pipeline.inputs import (
    InputFile,
    assign_output_names,
    check_input_stat,
    check_pdf_start,
    discover,
    file_sha256,
    output_path,
    printable_path,
)
from pipeline.manifest import (
    FileRecord,
    RunManifest,
    output_stat,
    record_input_stat,
    stat_summary,
    up_to_date_summary,
    utc_now,
)
from pipeline.models import PipelineInfo
from pipeline.nlp import pipeline_info
from pipeline.progress import make_reporter
from pipeline.run_options import DEFAULT_INPUT as DEFAULT_INPUT
from pipeline.run_options import DEFAULT_OUTPUT as DEFAULT_OUTPUT
from pipeline.run_options import BatchOptions as BatchOptions
from pipeline.run_options import add_arguments as add_arguments
from pipeline.run_options import default_jobs as default_jobs
from pipeline.run_options import options_from_args
from pipeline.settings import (
    OcrMode,
)
from pipeline.summary import strict_failure
from pipeline.workers import WorkerPool
from pipeline.write import TEMP_SUFFIX

EXAMPLES = """
  nominations run                          input/ into output/
  nominations run pdfs/ -o json/ -j 2      two worker processes
  nominations run a.pdf b.pdf -f -q        redo both, print only failures
  nominations run pdfs/ --strict           a PDF without any nomination fails (for CI)
  nominations run pdfs/ --corrections fixes/   corrections files fixes/<pdf stem>.yaml
  nominations run pdfs/ --max-bytes 50MB --timeout 120
"""


USAGE_ERROR = voice.EXIT_USAGE


EXIT_ON_SIGNAL = {signal.SIGINT: 130, signal.SIGTERM: 143}


class RunInterrupted(BaseException):
    """SIGINT or SIGTERM arrived: stop dispatching, keep what is finished, exit."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def remove_stale_temp_files(out_dir: Path) -> None:
    """Temporary files left by a killed run ('.<name>.<random>.tmp'). One run per output
    folder at a time: a concurrent run's temporary files would go too."""
    for leftover in out_dir.glob(f".*{TEMP_SUFFIX}"):
        leftover.unlink(missing_ok=True)


def ocr_setup_problem(mode: OcrMode) -> str | None:
    """--ocr force cannot run without the engine; under auto a scan fails by itself with
    no_text_layer and the same advice, and every other file is processed."""
    from pipeline import ocr  # imports pypdfium2 and PIL: not on the warm path otherwise

    if mode == "force" and ocr.find_engine() is None:
        return f"--ocr force: {ocr.missing_engine_message()}"
    return None


def prepare_records(
    inputs: Sequence[InputFile], options: BatchOptions, info: PipelineInfo
) -> tuple[list[FileRecord], list[FileTask]]:
    """A manifest record per input and a task per input that needs work. Inputs that fail
    the checks needing no parsing, or whose JSON is up to date, get no task."""
    records: list[FileRecord] = []
    tasks: list[FileTask] = []
    info_json = info.model_dump(mode="json")
    last_run = previous_records(options.out_dir)
    for index, item in enumerate(inputs):
        record = FileRecord(path=item.display, output=item.output_name, name_rule=item.name_rule)
        record.pipeline = info_json
        records.append(record)
        try:
            if item.problem is not None:
                raise item.problem
            assert item.output_name is not None  # only problem inputs have no name
            target = output_path(options.out_dir, item.output_name)
            input_stat = check_input_stat(item.path, options.settings.max_bytes)
            record.bytes = input_stat.st_size
            previous = last_run.get(item.display)
            corrections = existing_corrections(item.path, options.corrections)
            record.corrections = file_digest(corrections)
            known = stat_summary(previous, input_stat, target, info_json, options)
            if previous is not None and previous.get("corrections") != record.corrections:
                known = None  # a corrections file added, edited or removed since
            if known is None:
                record.sha256 = file_sha256(item.path)
                check_pdf_start(item.path)  # an empty file or a text file costs no worker
        except PipelineError as exc:
            record.status, record.error_code, record.message = "failed", exc.code, exc.message
            continue
        record_input_stat(record, input_stat)
        file_name = printable_path(item.path.name)
        summary = None
        if known is not None:
            record.sha256, summary = known
        elif not options.force and record.sha256 is not None:
            summary = up_to_date_summary(
                target, record.sha256, file_name, info, options, record.corrections
            )
        if summary is not None:
            record.output_stat = output_stat(target)
            record.status, record.pages, record.cards = "skipped", summary.pages, summary.cards
            record.warnings = summary.warnings
            record.message = "unchanged since its JSON was written"
            if options.strict:
                apply_strict(record)
            continue
        tasks.append(
            FileTask(
                index,
                os.fsdecode(item.path),
                file_name,
                os.fsdecode(target),
                os.fsdecode(corrections) if corrections is not None else None,
            )
        )
    return records, tasks


def apply_outcome(record: FileRecord, outcome: FileOutcome) -> None:
    record.status = "failed" if outcome.error_code else "ok"
    record.error_code, record.message = outcome.error_code, outcome.message
    record.sha256 = outcome.sha256 or record.sha256
    record.pages, record.cards = outcome.pages, outcome.cards
    record.seconds = round(outcome.seconds, 3)
    record.stage_seconds = outcome.stage_seconds
    record.warnings = outcome.warnings


def previous_records(out_dir: Path) -> dict[str, dict[str, Any]]:
    """The last run's manifest entries by input path (its journal folded in first)."""
    manifest = journal.fold(out_dir)
    if manifest is None:
        return {}
    files = [f for f in manifest["files"] if isinstance(f, dict)]
    return {f["path"]: f for f in files if isinstance(f.get("path"), str)}


def apply_strict(record: FileRecord) -> None:
    """--strict: a written document missing a nomination or text fails the file; the JSON
    stays (it is a valid document of these bytes), so a re-run skips it and fails it again."""
    if problem := strict_failure(record):
        record.status, record.error_code, record.message = "failed", problem.code, problem.message


def remove_failed_output(out_dir: Path, record: FileRecord) -> None:
    """A failed input has no document: a JSON left by an earlier run (of other bytes, or
    another pipeline version) would no longer describe it, so it goes."""
    strict = record.error_code == StrictWarningError.code  # its document is current
    if record.status == "failed" and record.output is not None and not strict:
        (out_dir / record.output).unlink(missing_ok=True)


@contextmanager
def interrupts_raise() -> Iterator[None]:
    """SIGINT and SIGTERM raise RunInterrupted in the main thread, so that the run stops
    where it is, kills its workers and leaves a valid manifest behind."""

    def on_signal(signum: int, frame: FrameType | None) -> None:
        raise RunInterrupted(signum)

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.signal(sig, on_signal) for sig in EXIT_ON_SIGNAL}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


class Runner(Protocol):
    """What the batch needs of an engine: run the tasks, calling back per file."""

    peak_rss_bytes: int

    def run(self, tasks: Sequence[FileTask]) -> None: ...


def make_engine(
    options: BatchOptions, files: int, on_start: StartCallback, on_done: DoneCallback
) -> Runner:
    if options.engine == "dask":
        from pipeline.cluster import DaskEngine  # `distributed`: only when asked for

        jobs = min(options.jobs, files)
        return DaskEngine(options.settings, jobs, options.cluster, on_start, on_done)
    return WorkerPool(options.settings, min(options.jobs, files), on_start, on_done)


def cluster_setup_problem(options: BatchOptions) -> str | None:
    """The dask engine without its extra installed: one line naming the extra."""
    if options.engine != "dask":
        return None
    if options.in_process:
        return "--in-process runs files in this process: it cannot be used with --engine dask"
    if importlib.util.find_spec("distributed") is None:
        return (
            "--engine dask needs Dask distributed: pip install 'nominations[cluster]' "
            "(or run without --engine dask / --cluster)"
        )
    return None


def strict_failed(record: FileRecord) -> bool:
    return record.error_code == StrictWarningError.code


def run_batch(options: BatchOptions) -> int:
    """The whole run; the exit status. Raises UsageError before touching anything."""
    if problem := ocr_setup_problem(options.settings.ocr):
        raise UsageError(problem)
    if problem := cluster_setup_problem(options):
        raise UsageError(problem)
    inputs = assign_output_names(discover(options.inputs))
    if not inputs and not options.allow_empty:
        raise UsageError(str(voice.nothing_to_read(options.inputs, "PDF files")))
    try:
        info = pipeline_info(options.settings.model, options.settings.reader)
    except ModelNotFoundError as exc:
        raise UsageError(str(exc)) from exc
    if options.corrections is not None and not options.corrections.is_dir():
        raise UsageError(f"--corrections {printable_path(options.corrections)} is not a folder")
    if options.out_dir.exists() and not options.out_dir.is_dir():
        raise UsageError(f"--out {printable_path(options.out_dir)} is not a folder")
    options.out_dir.mkdir(parents=True, exist_ok=True)
    remove_stale_temp_files(options.out_dir)

    reporter = make_reporter(options)
    records, tasks = prepare_records(inputs, options, info)
    for record in records:
        remove_failed_output(options.out_dir, record)
    manifest = RunManifest(options, info, records)
    exit_status: int | None = None

    def on_start(task: FileTask) -> None:
        reporter.file_started(records[task.index])

    def on_done(outcome: FileOutcome) -> None:
        record = records[outcome.index]
        apply_outcome(record, outcome)
        remove_failed_output(options.out_dir, record)
        if options.strict:
            apply_strict(record)
        if record.output is not None and (record.status == "ok" or strict_failed(record)):
            record.output_stat = output_stat(output_path(options.out_dir, record.output))
        manifest.worker_peak_rss_bytes = max(manifest.worker_peak_rss_bytes, outcome.peak_rss_bytes)
        manifest.file_finished(outcome.index)
        reporter.file_finished(record)

    try:
        with interrupts_raise():
            manifest.begin()
            reporter.run_started(records, len(tasks))
            if options.in_process or not tasks:
                run_in_process(tasks, options.settings, on_start, on_done)
            else:
                engine = make_engine(options, len(tasks), on_start, on_done)
                try:
                    engine.run(tasks)
                finally:
                    manifest.worker_peak_rss_bytes = max(
                        manifest.worker_peak_rss_bytes, engine.peak_rss_bytes
                    )
            manifest.state = "finished"
    except RunInterrupted as interrupt:
        manifest.state = "interrupted"
        exit_status = EXIT_ON_SIGNAL[signal.Signals(interrupt.signum)]
    finally:
        # A second Ctrl-C while the last manifest is written must not cut it short.
        with signals_ignored():
            manifest.finished_at = utc_now()
            manifest.end()
            reporter.close()  # the progress bar first, so the summary comes after it
            reporter.run_finished(manifest.totals(), manifest.state, records)
    if exit_status is not None:
        return exit_status
    return 1 if any(r.status == "failed" for r in records) else 0


@contextmanager
def signals_ignored() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.signal(sig, signal.SIG_IGN) for sig in EXIT_ON_SIGNAL}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def command(args: argparse.Namespace) -> int:
    try:
        return run_batch(options_from_args(args))
    except UsageError as exc:
        return voice.report_error("run", str(exc))
