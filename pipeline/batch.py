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
import os
import signal
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Literal

from pipeline import memory, voice
from pipeline.errors import (
    ModelNotFoundError,
    PipelineError,
    StrictWarningError,
    UsageError,
)
from pipeline.inputs import (
    InputFile,
    assign_output_names,
    check_input_file,
    check_pdf_start,
    discover,
    file_sha256,
    output_path,
    printable_path,
)
from pipeline.manifest import FileRecord, RunManifest, up_to_date_summary, utc_now
from pipeline.models import PipelineInfo
from pipeline.nlp import pipeline_info
from pipeline.progress import make_reporter
from pipeline.settings import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_MEMORY,
    DEFAULT_MAX_PAGE_CHARS,
    DEFAULT_MAX_PAGE_OBJECTS,
    DEFAULT_MAX_PAGES,
    DEFAULT_MAX_STREAM_BYTES,
    DEFAULT_READER,
    DEFAULT_TIMEOUT_SECONDS,
    OCR_MODES,
    READERS,
    OcrMode,
    Settings,
)
from pipeline.summary import strict_failure
from pipeline.workers import FileOutcome, FileTask, WorkerPool, run_in_process
from pipeline.write import TEMP_SUFFIX

DEFAULT_INPUT = Path("input")
EXAMPLES = """
  nominations run                          input/ into output/
  nominations run pdfs/ -o json/ -j 2      two worker processes
  nominations run a.pdf b.pdf -f -q        redo both, print only failures
  nominations run pdfs/ --strict           a PDF without any nomination fails (for CI)
  nominations run pdfs/ --max-bytes 50MB --timeout 120
"""


DEFAULT_OUTPUT = Path("output")


USAGE_ERROR = voice.EXIT_USAGE


EXIT_ON_SIGNAL = {signal.SIGINT: 130, signal.SIGTERM: 143}


LogFormat = Literal["text", "json"]


class RunInterrupted(BaseException):
    """SIGINT or SIGTERM arrived: stop dispatching, keep what is finished, exit."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


@dataclass(frozen=True)
class BatchOptions:
    """Everything `nominations run` was asked to do; Settings is what each file needs."""

    inputs: tuple[Path, ...] = (DEFAULT_INPUT,)
    out_dir: Path = DEFAULT_OUTPUT
    jobs: int = 1
    force: bool = False
    quiet: bool = False
    log_format: LogFormat = "text"
    in_process: bool = False  # no worker process, no memory cap: for debuggers and profilers
    strict: bool = False  # a file written without a nomination (or text) counts as failed
    allow_empty: bool = False  # no PDF in the inputs is fine: exit 0 with an empty manifest
    settings: Settings = field(default_factory=Settings)


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
    for index, item in enumerate(inputs):
        record = FileRecord(path=item.display, output=item.output_name, name_rule=item.name_rule)
        record.pipeline = info_json
        records.append(record)
        try:
            if item.problem is not None:
                raise item.problem
            assert item.output_name is not None  # only problem inputs have no name
            target = output_path(options.out_dir, item.output_name)
            record.bytes = check_input_file(item.path, options.settings.max_bytes)
            record.sha256 = file_sha256(item.path)
            check_pdf_start(item.path)  # an empty file or a text file costs no worker
        except PipelineError as exc:
            record.status, record.error_code, record.message = "failed", exc.code, exc.message
            continue
        file_name = printable_path(item.path.name)
        summary = None
        if not options.force:
            summary = up_to_date_summary(target, record.sha256, file_name, info, options)
        if summary is not None:
            record.status, record.pages, record.cards = "skipped", summary.pages, summary.cards
            record.warnings = summary.warnings
            record.message = "unchanged since its JSON was written"
            if options.strict:
                apply_strict(record)
            continue
        tasks.append(FileTask(index, os.fsdecode(item.path), file_name, os.fsdecode(target)))
    return records, tasks


def apply_outcome(record: FileRecord, outcome: FileOutcome) -> None:
    record.status = "failed" if outcome.error_code else "ok"
    record.error_code, record.message = outcome.error_code, outcome.message
    record.sha256 = outcome.sha256 or record.sha256
    record.pages, record.cards = outcome.pages, outcome.cards
    record.seconds = round(outcome.seconds, 3)
    record.stage_seconds = outcome.stage_seconds
    record.warnings = outcome.warnings


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


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def run_batch(options: BatchOptions) -> int:
    """The whole run; the exit status. Raises UsageError before touching anything."""
    if problem := ocr_setup_problem(options.settings.ocr):
        raise UsageError(problem)
    inputs = assign_output_names(discover(options.inputs))
    if not inputs and not options.allow_empty:
        raise UsageError(str(voice.nothing_to_read(options.inputs, "PDF files")))
    try:
        info = pipeline_info(options.settings.model, options.settings.reader)
    except ModelNotFoundError as exc:
        raise UsageError(str(exc)) from exc
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
        manifest.worker_peak_rss_bytes = max(manifest.worker_peak_rss_bytes, outcome.peak_rss_bytes)
        manifest.save()
        reporter.file_finished(record)

    try:
        with interrupts_raise():
            manifest.save()
            reporter.run_started(records, len(tasks))
            if options.in_process or not tasks:
                run_in_process(tasks, options.settings, on_start, on_done)
            else:
                pool = WorkerPool(
                    options.settings, min(options.jobs, len(tasks)), on_start, on_done
                )
                try:
                    pool.run(tasks)
                finally:
                    manifest.worker_peak_rss_bytes = max(
                        manifest.worker_peak_rss_bytes, pool.peak_rss_bytes
                    )
            manifest.state = "finished"
    except RunInterrupted as interrupt:
        manifest.state = "interrupted"
        exit_status = EXIT_ON_SIGNAL[signal.Signals(interrupt.signum)]
    finally:
        # A second Ctrl-C while the last manifest is written must not cut it short.
        with signals_ignored():
            manifest.finished_at = utc_now()
            manifest.save()
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


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "inputs",
        nargs="*",
        type=Path,
        metavar="INPUT",
        help="PDF files and/or folders (searched recursively for *.pdf); default: input/",
    )
    parser.add_argument(
        "-o",
        "--out",
        type=Path,
        default=DEFAULT_OUTPUT,
        metavar="DIR",
        help="output folder (default: output/)",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=voice.positive_int,
        default=None,
        metavar="N",
        help="worker processes (default: the number of CPUs); each file runs in a worker",
    )
    parser.add_argument(
        "--in-process",
        action="store_true",
        help="run every file in this process, one at a time, without a worker or a memory "
        "cap (for a debugger or a profiler; --timeout still applies)",
    )
    parser.add_argument(
        "-f",
        "--force",
        action="store_true",
        help="redo every file, even those whose JSON is current",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="a file whose document misses a nomination or text (warnings no_cards, "
        "card_unstructured, no_text_layer, page_over_limit) counts as failed: exit status 1, "
        "for CI; its JSON is still written",
    )
    voice.add_allow_empty(parser, "PDF files")
    voice.add_quiet(parser, "no progress, log lines or summary; failed files still go to stderr")
    parser.add_argument(
        "--log-format",
        choices=("text", "json"),
        default="text",
        help="text: a progress bar on a terminal, plain lines otherwise; json: one JSON "
        "object per event line on stderr",
    )
    parser.add_argument(
        "--timeout",
        type=voice.positive_float,
        default=DEFAULT_TIMEOUT_SECONDS,
        help=f"seconds allowed per file (default: {DEFAULT_TIMEOUT_SECONDS:g})",
    )
    parser.add_argument(
        "--max-pages",
        type=voice.positive_int,
        default=DEFAULT_MAX_PAGES,
        help=f"files with more pages fail as too_large (default: {DEFAULT_MAX_PAGES})",
    )
    parser.add_argument(
        "--max-bytes",
        type=voice.size,
        default=DEFAULT_MAX_BYTES,
        metavar="SIZE",
        help="larger files fail as too_large, unread (default: "
        f"{memory.format_bytes(DEFAULT_MAX_BYTES)}; e.g. 200MB, 1G)",
    )
    parser.add_argument(
        "--max-memory",
        type=voice.size,
        default=DEFAULT_MAX_MEMORY,
        metavar="SIZE",
        help="memory per worker (its address space, and the resident memory of its process "
        "tree); a file that needs more fails as too_large (default: "
        f"{memory.format_bytes(DEFAULT_MAX_MEMORY)}; e.g. 4G, 1500M)",
    )
    parser.add_argument(
        "--max-page-chars",
        type=voice.positive_int,
        default=DEFAULT_MAX_PAGE_CHARS,
        help="a page drawing more characters is skipped with a page_over_limit warning "
        f"(default: {DEFAULT_MAX_PAGE_CHARS})",
    )
    parser.add_argument(
        "--max-page-objects",
        type=voice.positive_int,
        default=DEFAULT_MAX_PAGE_OBJECTS,
        help="the same for graphic objects (paths, images) drawn on one page "
        f"(default: {DEFAULT_MAX_PAGE_OBJECTS})",
    )
    parser.add_argument(
        "--max-stream-bytes",
        type=voice.size,
        default=DEFAULT_MAX_STREAM_BYTES,
        metavar="SIZE",
        help="the same for a page content stream that inflates past this size "
        f"(default: {memory.format_bytes(DEFAULT_MAX_STREAM_BYTES)})",
    )
    parser.add_argument(
        "--model",
        default=None,
        help="spaCy pipeline package (default: en_core_web_sm if installed)",
    )
    parser.add_argument(
        "--reader",
        choices=READERS,
        default=DEFAULT_READER,
        help="the character reader: pdfplumber (the reference) or pdfium (faster; "
        f"docs/decisions.md lists where the two differ) (default: {DEFAULT_READER})",
    )
    parser.add_argument(
        "--ocr",
        choices=OCR_MODES,
        default="auto",
        help="auto: recognise pages without a text layer when tesseract is installed; "
        "off: never (such files fail as no_text_layer); force: recognise every page "
        "(default: auto)",
    )


def options_from_args(args: argparse.Namespace) -> BatchOptions:
    settings = Settings(
        model=args.model,
        max_pages=args.max_pages,
        max_bytes=args.max_bytes,
        timeout=args.timeout,
        max_memory=args.max_memory,
        max_page_chars=args.max_page_chars,
        max_page_objects=args.max_page_objects,
        max_stream_bytes=args.max_stream_bytes,
        ocr=args.ocr,
        reader=args.reader,
    )
    return BatchOptions(
        inputs=tuple(args.inputs) or (DEFAULT_INPUT,),
        out_dir=args.out,
        jobs=args.jobs or default_jobs(),
        force=args.force,
        quiet=args.quiet,
        log_format=args.log_format,
        in_process=args.in_process,
        strict=args.strict,
        allow_empty=args.allow_empty,
        settings=settings,
    )


def command(args: argparse.Namespace) -> int:
    try:
        return run_batch(options_from_args(args))
    except UsageError as exc:
        return voice.report_error("run", str(exc))
