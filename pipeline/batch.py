"""Process PDFs (files and/or folders) into one JSON document per PDF, plus a run manifest.

Folders are searched recursively for *.pdf (any case), in sorted order; symbolic links to
folders are not followed (no loops). A PDF whose bytes and pipeline version are unchanged
since its JSON was written is skipped (--force redoes it). Each file runs in a worker
process with a time limit; one file's failure never stops the batch. Outputs are written
atomically as OUT/<stem>.json (two inputs with one stem get '<stem>-<hash>.json'), and
OUT/_manifest.json records every input, rewritten after each finished file.

Exit status: 0 when every input succeeded or was unchanged, 1 when any input failed (its
error is one line on stderr: file, code, message), 2 for a usage error, 130/143 when
interrupted by SIGINT/SIGTERM (the manifest then marks unfinished files 'pending').
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import math
import multiprocessing
import os
import signal
import stat
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from multiprocessing.connection import Connection
from multiprocessing.connection import wait as wait_for_ready
from multiprocessing.context import SpawnProcess
from pathlib import Path
from types import FrameType
from typing import IO, TYPE_CHECKING, Any, Literal

from pipeline import memory
from pipeline.errors import (
    InternalError,
    ModelNotFoundError,
    NotPdfError,
    PipelineError,
    TimeoutExceededError,
    TooLargeError,
    UnreadableFileError,
)
from pipeline.models import SCHEMA_VERSION, PipelineInfo
from pipeline.nlp import pipeline_info
from pipeline.settings import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_MEMORY,
    DEFAULT_MAX_PAGE_CHARS,
    DEFAULT_MAX_PAGE_OBJECTS,
    DEFAULT_MAX_PAGES,
    DEFAULT_MAX_STREAM_BYTES,
    DEFAULT_TIMEOUT_SECONDS,
    OCR_MODES,
    OcrMode,
    Settings,
)
from pipeline.write import TEMP_SUFFIX, atomic_write_bytes, serialize_json, write_document

if TYPE_CHECKING:  # importing pipeline.process imports spaCy: only where a file is parsed
    from pipeline.process import ProcessResult

DEFAULT_INPUT = Path("input")
DEFAULT_OUTPUT = Path("output")
MANIFEST_NAME = "_manifest.json"
MANIFEST_VERSION = 1
USAGE_ERROR = 2
EXIT_ON_SIGNAL = {signal.SIGINT: 130, signal.SIGTERM: 143}
# Longest output stem in UTF-8 bytes: leaves room for '-<hash>.json' under the usual
# 255-byte file-name limit.
MAX_STEM_BYTES = 200
PATH_HASH_CHARS = 8
UNSAFE_NAME_CHARS = frozenset('/\\:*?"<>|')
# How often the parent reads each busy worker's memory: a worker growing 50 MB/s overshoots
# the cap by at most 25 MB before it is stopped (the OS limit usually stops it first).
WATCHDOG_SECONDS = 0.5
# A worker that dies with its tree at this share of --max-memory or more died of the cap.
NEAR_THE_CAP = 0.75
# Consecutive worker deaths before they ever became ready: the machine, not a file, is broken.
MAX_WORKER_START_FAILURES = 3

Status = Literal["ok", "skipped", "failed", "pending"]
LogFormat = Literal["text", "json"]


class RunInterrupted(BaseException):
    """SIGINT or SIGTERM arrived: stop dispatching, keep what is finished, exit."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


class UsageError(Exception):
    """Wrong arguments or set-up: exit status 2, nothing processed."""


# ---------------------------------------------------------------------------------------
# Options and records


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
    settings: Settings = field(default_factory=Settings)


@dataclass(frozen=True)
class InputFile:
    """One input as discovered: where it is, how it is shown, where its JSON goes."""

    path: Path
    display: str  # printable, valid UTF-8: used in messages and the manifest
    output_name: str | None  # None for inputs that cannot have a document (a folder)
    name_rule: Literal["stem", "stem-path-hash"] | None
    problem: PipelineError | None = None  # found during discovery: a typed error already


@dataclass
class FileRecord:
    """One manifest entry."""

    path: str
    output: str | None
    name_rule: str | None
    status: Status = "pending"
    error_code: str | None = None
    message: str | None = None
    sha256: str | None = None
    pages: int | None = None
    cards: int | None = None
    seconds: float | None = None
    stage_seconds: dict[str, float] = field(default_factory=dict)
    pipeline: dict[str, str] | None = None
    warnings: dict[str, int] = field(default_factory=dict)  # warning code -> how many


@dataclass(frozen=True)
class FileTask:
    """What a worker needs for one file (picklable: plain strings)."""

    index: int
    path: str
    file_name: str
    out_path: str


@dataclass
class FileOutcome:
    """What a worker reports back for one file."""

    index: int
    error_code: str | None = None
    message: str | None = None
    sha256: str | None = None
    pages: int | None = None
    cards: int | None = None
    seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    peak_rss_bytes: int = 0
    warnings: dict[str, int] = field(default_factory=dict)
    worker_spent: bool = False  # the worker ran out of memory: replace it before reuse

    @classmethod
    def failure(cls, index: int, error: PipelineError) -> FileOutcome:
        return cls(index=index, error_code=error.code, message=error.message)


# ---------------------------------------------------------------------------------------
# Pipeline identity


# ---------------------------------------------------------------------------------------
# Discovery and output names


def printable_path(path: Path | str) -> str:
    """The path as valid UTF-8 text: undecodable bytes in a name become '\\xNN'."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def stable_relative(path: Path) -> str:
    """The path relative to the working folder when inside it, else absolute: the string
    hashed to tell same-stem inputs apart, so it must not depend on how it was typed."""
    absolute = os.path.abspath(path)
    relative = os.path.relpath(absolute)
    return absolute if relative.startswith(os.pardir) else relative


def is_pdf_name(name: str) -> bool:
    return name.lower().endswith(".pdf")


def scan_folder(folder: Path) -> Iterator[tuple[Path, PipelineError | None]]:
    """Every *.pdf below `folder`, sorted; folders named *.pdf and unlistable folders come
    back as typed errors. Symlinked folders are not entered, so a link loop cannot recur."""
    found: list[tuple[Path, PipelineError | None]] = []

    def unlistable(error: OSError) -> None:
        where = Path(error.filename) if error.filename else folder
        reason = error.strerror or str(error)
        found.append((where, UnreadableFileError(f"cannot list folder: {reason}")))

    for root, dirs, files in os.walk(folder, onerror=unlistable, followlinks=False):
        dirs.sort()
        for name in dirs:
            if is_pdf_name(name):
                found.append((Path(root, name), NotPdfError("is a folder, not a PDF file")))
        found.extend((Path(root, name), None) for name in files if is_pdf_name(name))
    yield from sorted(found, key=lambda item: os.fsencode(item[0]))


def discover(arguments: Sequence[Path]) -> list[tuple[Path, PipelineError | None]]:
    """Inputs in argument order (each folder's content sorted), duplicates dropped."""
    seen: set[str] = set()
    found: list[tuple[Path, PipelineError | None]] = []
    for argument in arguments:
        if not os.path.lexists(argument):
            raise UsageError(f"no such file or folder: {printable_path(argument)}")
        entries = scan_folder(argument) if argument.is_dir() else iter([(argument, None)])
        for path, problem in entries:
            key = os.path.abspath(path)
            if key not in seen:
                seen.add(key)
                found.append((path, problem))
    return found


def safe_stem(file_name: str) -> str:
    """A file-name stem that cannot escape the output folder, hide itself, or be taken for
    the manifest: separators and control characters become '_', leading '.'/'_' go."""
    stem = file_name[: -len(".pdf")] if is_pdf_name(file_name) else Path(file_name).stem
    cleaned = "".join("_" if ch in UNSAFE_NAME_CHARS or not ch.isprintable() else ch for ch in stem)
    cleaned = cleaned.lstrip("._ ") or "document"
    encoded = cleaned.encode("utf-8")[:MAX_STEM_BYTES]
    return encoded.decode("utf-8", "ignore")


def path_hash(path: Path, length: int) -> str:
    digest = hashlib.sha256(stable_relative(path).encode("utf-8", "surrogateescape"))
    return digest.hexdigest()[:length]


def assign_output_names(found: Sequence[tuple[Path, PipelineError | None]]) -> list[InputFile]:
    """'<stem>.json' per input; when several inputs share a stem (compared case-blind, for
    case-insensitive file systems), the first in order keeps it and each other one gets
    '<stem>-<first 8 hex of sha256 of its relative path>.json'."""
    stems = [safe_stem(printable_path(path.name)) for path, _ in found]
    taken = {
        stem.casefold() for stem, (_, problem) in zip(stems, found, strict=True) if not problem
    }
    first_owner: dict[str, int] = {}
    inputs: list[InputFile] = []
    for index, ((path, problem), stem) in enumerate(zip(found, stems, strict=True)):
        display = printable_path(path)
        if problem is not None:
            inputs.append(InputFile(path, display, None, None, problem))
            continue
        owner = first_owner.setdefault(stem.casefold(), index)
        if owner == index:
            inputs.append(InputFile(path, display, f"{stem}.json", "stem"))
            continue
        length = PATH_HASH_CHARS
        candidate = f"{stem}-{path_hash(path, length)}"
        while candidate.casefold() in taken:  # astronomically rare; still never overwrite
            length += 4
            candidate = f"{stem}-{path_hash(path, length)}"
        taken.add(candidate.casefold())
        inputs.append(InputFile(path, display, f"{candidate}.json", "stem-path-hash"))
    return inputs


def output_path(out_dir: Path, output_name: str) -> Path:
    """OUT/name, refusing anything that would land elsewhere (defence in depth: safe_stem
    already removed separators)."""
    target = out_dir / output_name
    if target.resolve().parent != out_dir.resolve() or output_name == MANIFEST_NAME:
        raise InternalError(f"refusing output name outside the output folder: {output_name!r}")
    return target


# ---------------------------------------------------------------------------------------
# Incremental skip


def check_input_file(path: Path, max_bytes: int) -> None:
    """The checks that need no parsing: a regular file, there, within the size limit."""
    try:
        info = path.stat()
    except OSError as exc:
        raise UnreadableFileError(f"cannot read: {exc.strerror or exc}") from exc
    if stat.S_ISDIR(info.st_mode):
        raise NotPdfError("is a folder, not a PDF file")
    if not stat.S_ISREG(info.st_mode):  # a FIFO would block the read forever
        raise NotPdfError("not a regular file")
    if info.st_size > max_bytes:
        raise TooLargeError(f"{info.st_size} bytes is over the limit of {max_bytes} (--max-bytes)")


def read_checked_input(path: Path, max_bytes: int) -> bytes:
    check_input_file(path, max_bytes)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UnreadableFileError(f"cannot read: {exc.strerror or exc}") from exc


def file_sha256(path: Path) -> str:
    """Streamed: the parent hashes every input and need not hold any of them in memory."""
    try:
        with path.open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError as exc:
        raise UnreadableFileError(f"cannot read: {exc.strerror or exc}") from exc


def load_existing_output(target: Path) -> dict[str, Any] | None:
    """The JSON document at `target`, or None when there is none (or not a readable one).
    Only the written JSON is trusted for skipping: it exists complete or not at all,
    whereas a manifest may be from an interrupted run."""
    try:
        data = json.loads(target.read_bytes())
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def unchanged_summary(
    data: dict[str, Any], sha256: str, file_name: str, info: PipelineInfo
) -> tuple[int, int] | None:
    """(pages, cards) of an existing document made from these very bytes, under this
    name, by this pipeline version and schema; None when anything differs."""
    source = data.get("source")
    if not isinstance(source, dict):
        return None
    unchanged = (
        data.get("schema_version") == SCHEMA_VERSION
        and data.get("pipeline") == info.model_dump(mode="json")
        and source.get("sha256") == sha256
        and source.get("file") == file_name
    )
    pages, cards = source.get("pages"), data.get("cards")
    if not unchanged or not isinstance(pages, int) or not isinstance(cards, list):
        return None
    return pages, len(cards)


def up_to_date_summary(
    target: Path, sha256: str, file_name: str, info: PipelineInfo, options: BatchOptions
) -> tuple[int, int] | None:
    """(pages, cards) when the input need not be processed again, else None."""
    existing = load_existing_output(target)
    if existing is None:
        return None
    if options.settings.ocr == "force":
        return None  # every page is to be recognised again
    if options.settings.ocr == "auto" and warns_no_text_layer(existing):
        return None  # pages left without text (no engine then): OCR may now recover them
    return unchanged_summary(existing, sha256, file_name, info)


def warns_no_text_layer(data: dict[str, Any]) -> bool:
    warnings = data.get("warnings")
    if not isinstance(warnings, list):
        return False
    return any(isinstance(w, dict) and w.get("code") == "no_text_layer" for w in warnings)


# ---------------------------------------------------------------------------------------
# One file (runs in a worker process, or in-process with --jobs 1)


def process_bytes(data: bytes, file_name: str, settings: Settings) -> ProcessResult:
    from pipeline.process import process_pdf_timed  # imports spaCy: not on the warm path

    return process_pdf_timed(data, file_name, settings)


def process_file(task: FileTask, settings: Settings) -> FileOutcome:
    """Read, process, validate and write one file; every failure becomes a typed outcome."""
    started = time.perf_counter()
    try:
        outcome = _process_and_write(task, settings)
    except PipelineError as exc:
        outcome = FileOutcome.failure(task.index, exc)
    except MemoryError:  # an allocation past the worker's address-space cap (--max-memory)
        outcome = FileOutcome.failure(task.index, memory.memory_error(settings.max_memory))
        outcome.worker_spent = True
    except Exception as exc:  # a bug, or disk full while writing: that file's error only
        outcome = FileOutcome.failure(task.index, InternalError(f"{type(exc).__name__}: {exc}"))
    outcome.seconds = time.perf_counter() - started
    outcome.peak_rss_bytes = memory.peak_rss_bytes()
    return outcome


def _process_and_write(task: FileTask, settings: Settings) -> FileOutcome:
    data = read_checked_input(Path(task.path), settings.max_bytes)
    result = process_bytes(data, task.file_name, settings)
    document = result.document
    started = time.perf_counter()
    write_document(document, Path(task.out_path))
    stage_seconds = {**result.stage_seconds, "write": time.perf_counter() - started}
    return FileOutcome(
        index=task.index,
        sha256=document.source.sha256,
        pages=document.source.pages,
        cards=len(document.cards),
        stage_seconds={k: round(v, 4) for k, v in sorted(stage_seconds.items())},
        warnings=dict(sorted(Counter(w.code for w in document.warnings).items())),
    )


# ---------------------------------------------------------------------------------------
# Runners: in-process (--jobs 1) and worker processes

StartCallback = Callable[[FileTask], None]
DoneCallback = Callable[[FileOutcome], None]


def timeout_outcome(task: FileTask, timeout: float) -> FileOutcome:
    error = TimeoutExceededError(f"not finished after {timeout:g} s (--timeout)")
    outcome = FileOutcome.failure(task.index, error)
    outcome.seconds = timeout
    return outcome


def run_in_process(
    tasks: Sequence[FileTask], settings: Settings, on_start: StartCallback, on_done: DoneCallback
) -> None:
    """--in-process: no worker process, so no memory cap (for debuggers and profilers).
    The time limit is a SIGALRM that raises in the running code: enough for the pure-Python
    parser, though a C call stuck for ever could only be stopped by a worker process."""
    if tasks:  # load the model up front, as a worker does, so no file's time includes it
        from pipeline.nlp import load_model

        load_model(settings.model)
    for task in tasks:
        on_start(task)
        on_done(_process_with_alarm(task, settings))


def _process_with_alarm(task: FileTask, settings: Settings) -> FileOutcome:
    if threading.current_thread() is not threading.main_thread():
        return process_file(task, settings)  # signals reach only the main thread
    fired = False

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        nonlocal fired
        fired = True
        raise TimeoutExceededError("time limit")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, settings.timeout)
    try:
        outcome = process_file(task, settings)
    except TimeoutExceededError:
        outcome = timeout_outcome(task, settings.timeout)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    # A stage may have caught the alarm's exception and reported it as, say, damaged.
    return timeout_outcome(task, settings.timeout) if fired else outcome


def _worker_main(conn: Connection, settings: Settings) -> None:
    """A worker process: load the model once, then process files until told to stop."""
    # Ctrl-C reaches the whole process group; the parent decides what stops, and when.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from pipeline.nlp import load_model

    load_model(settings.model)
    memory.limit_memory(settings.max_memory)
    try:
        conn.send(("ready", memory.peak_rss_bytes()))
        while True:
            task = conn.recv()
            if task is None:
                return
            outcome = process_file(task, settings)
            conn.send(("done", outcome))
            if outcome.worker_spent:  # a heap that hit the cap is not trusted again
                return
    except (EOFError, OSError):  # the parent is gone (killed): nothing left to report to
        return


class Worker:
    """One worker process and the file it is working on."""

    def __init__(self, context: Any, settings: Settings) -> None:
        parent_end, child_end = context.Pipe()
        self.process: SpawnProcess = context.Process(
            target=_worker_main, args=(child_end, settings), daemon=True
        )
        self.process.start()
        child_end.close()
        self.conn: Connection = parent_end
        self.ready = False
        self.task: FileTask | None = None
        self.deadline = math.inf
        self.peak_rss_bytes = 0
        self.tree_rss_bytes = 0  # the watchdog's last reading while a file was in hand

    def assign(self, task: FileTask, timeout: float) -> None:
        self.conn.send(task)
        self.task = task
        self.deadline = time.monotonic() + timeout
        self.tree_rss_bytes = 0

    def receive(self) -> tuple[str, Any] | None:
        """The next message, or None when the process has died."""
        try:
            message: tuple[str, Any] = self.conn.recv()
        except (EOFError, OSError):
            return None
        return message

    def death_reason(self) -> str:
        self.process.join(timeout=1)
        code = self.process.exitcode
        if code is not None and code < 0:
            how = f"killed by {signal.Signals(-code).name}"
            if -code == signal.SIGKILL:
                how += " (out of memory?)"
        else:
            how = f"exit status {code}"
        return f"the worker process died while processing this file: {how}"

    def read_memory(self) -> int:
        """The process tree's resident memory now; remembered, and kept as a peak."""
        self.tree_rss_bytes = memory.process_tree_rss(self.process.pid or 0)
        self.peak_rss_bytes = max(self.peak_rss_bytes, self.tree_rss_bytes)
        return self.tree_rss_bytes

    def stop(self) -> None:
        children = memory.children_of(self.process.pid or 0)  # an OCR engine it started
        self.process.kill()
        memory.kill_all(children)
        self.process.join(timeout=5)
        self.conn.close()


class WorkerPool:
    """`size` worker processes, one file per worker at a time.

    Own processes rather than a ProcessPoolExecutor: a file over its time limit must be
    stopped by killing its worker, and an executor cannot kill one worker without
    breaking the whole pool (and every other file in flight). Here the killed worker is
    replaced and the others carry on. A worker that dies (a parser crash, the OOM killer)
    costs only the file it held.
    """

    def __init__(
        self, settings: Settings, size: int, on_start: StartCallback, on_done: DoneCallback
    ) -> None:
        # spawn, not fork: the parent may run a progress thread, and fork copies its locks.
        self.context = multiprocessing.get_context("spawn")
        self.settings = settings
        self.on_start = on_start
        self.on_done = on_done
        self.workers = [Worker(self.context, settings) for _ in range(size)]
        self.peak_rss_bytes = 0
        self.start_failures = 0

    def run(self, tasks: Sequence[FileTask]) -> None:
        queue = deque(tasks)
        try:
            while queue or any(w.task is not None for w in self.workers):
                if not self.workers:  # none could start: the machine, not a file, is at fault
                    message = "no worker process could start (see the messages above)"
                    _fail_all(queue, message, self.on_done)
                    break
                self.dispatch(queue)
                self.wait()
                for worker in list(self.workers):
                    self.check(worker)
        finally:
            for worker in self.workers:
                self.retire(worker)

    def dispatch(self, queue: deque[FileTask]) -> None:
        for worker in self.workers:
            if worker.ready and worker.task is None and queue:
                task = queue.popleft()
                self.on_start(task)
                worker.assign(task, self.settings.timeout)

    def wait(self) -> None:
        """Until a worker says something or dies, or the nearest deadline passes."""
        deadlines = [w.deadline for w in self.workers if w.task is not None]
        timeout = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
        if timeout is not None:  # wake up to read the busy workers' memory
            timeout = min(timeout, WATCHDOG_SECONDS)
        waitables: list[Any] = [w.conn for w in self.workers]
        waitables += [w.process.sentinel for w in self.workers]
        wait_for_ready(waitables, timeout=timeout)

    def check(self, worker: Worker) -> None:
        if worker.conn.poll():
            message = worker.receive()
            if message is not None:
                self.handle(worker, message)
                return
        elif worker.process.is_alive():
            if worker.task is not None and time.monotonic() >= worker.deadline:
                self.on_done(timeout_outcome(worker.task, self.settings.timeout))
                worker.task = None
                self.replace(worker)
            elif worker.task is not None and worker.read_memory() > self.settings.max_memory:
                error = memory.memory_error(self.settings.max_memory)
                self.on_done(FileOutcome.failure(worker.task.index, error))
                worker.task = None
                self.replace(worker)
            return
        # The process is gone.
        if worker.task is not None:
            self.on_done(FileOutcome.failure(worker.task.index, self.death_error(worker)))
            worker.task = None
        elif not worker.ready:
            self.start_failures += 1
        self.replace(worker)

    def handle(self, worker: Worker, message: tuple[str, Any]) -> None:
        kind, payload = message
        if kind == "ready":
            worker.ready, worker.peak_rss_bytes = True, int(payload)
            self.start_failures = 0
        elif kind == "done" and worker.task is not None:
            outcome: FileOutcome = payload
            worker.peak_rss_bytes = max(worker.peak_rss_bytes, outcome.peak_rss_bytes)
            worker.task, worker.deadline = None, math.inf
            self.on_done(outcome)

    def death_error(self, worker: Worker) -> PipelineError:
        """Why a busy worker died: the memory cap when the watchdog last saw it near the cap
        (a C library that cannot allocate ends the process rather than raise)."""
        reason = worker.death_reason()
        if worker.tree_rss_bytes >= NEAR_THE_CAP * self.settings.max_memory:
            limit = memory.format_bytes(self.settings.max_memory)
            used = memory.format_bytes(worker.tree_rss_bytes)
            return TooLargeError(f"{reason}, last seen using {used} of {limit} (--max-memory)")
        return InternalError(reason)

    def replace(self, worker: Worker) -> None:
        self.retire(worker)
        self.workers.remove(worker)
        if self.start_failures < MAX_WORKER_START_FAILURES:
            self.workers.append(Worker(self.context, self.settings))

    def retire(self, worker: Worker) -> None:
        self.peak_rss_bytes = max(self.peak_rss_bytes, worker.peak_rss_bytes)
        worker.stop()


def _fail_all(queue: deque[FileTask], message: str, on_done: DoneCallback) -> None:
    while queue:
        on_done(FileOutcome.failure(queue.popleft().index, InternalError(message)))


# ---------------------------------------------------------------------------------------
# Manifest


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
    """OUT/_manifest.json: every input and what became of it, rewritten atomically after
    each finished file so that it is valid JSON whenever the run stops."""

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
            },
            "totals": self.totals(),
            "files": [dataclasses.asdict(record) for record in self.records],
        }

    def save(self) -> None:
        atomic_write_bytes(self.path, serialize_json(self.to_json()))


# ---------------------------------------------------------------------------------------
# Progress and logs


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


# ---------------------------------------------------------------------------------------
# The run


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
            check_input_file(item.path, options.settings.max_bytes)
            record.sha256 = file_sha256(item.path)
        except PipelineError as exc:
            record.status, record.error_code, record.message = "failed", exc.code, exc.message
            continue
        file_name = printable_path(item.path.name)
        summary = None
        if not options.force:
            summary = up_to_date_summary(target, record.sha256, file_name, info, options)
        if summary is not None:
            record.status, (record.pages, record.cards) = "skipped", summary
            record.message = "unchanged since its JSON was written"
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


def remove_failed_output(out_dir: Path, record: FileRecord) -> None:
    """A failed input has no document: a JSON left by an earlier run (of other bytes, or
    another pipeline version) would no longer describe it, so it goes."""
    if record.status == "failed" and record.output is not None:
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
    try:
        info = pipeline_info(options.settings.model)
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


# ---------------------------------------------------------------------------------------
# Command line


def positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def positive_float(text: str) -> float:
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0, not {text}")
    return value


def memory_size(text: str) -> int:
    try:
        value = memory.parse_size(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be more than 0, not {text}")
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "inputs",
        nargs="*",
        type=Path,
        metavar="INPUT",
        help="PDF files and/or folders (searched recursively for *.pdf); default: input/",
    )
    parser.add_argument(
        "--out", type=Path, default=DEFAULT_OUTPUT, help="output folder (default: output/)"
    )
    parser.add_argument(
        "--jobs",
        type=positive_int,
        default=None,
        help="worker processes (default: the number of CPUs); each file runs in a worker",
    )
    parser.add_argument(
        "--in-process",
        action="store_true",
        help="run every file in this process, one at a time, without a worker or a memory "
        "cap (for a debugger or a profiler; --timeout still applies)",
    )
    parser.add_argument(
        "--force", action="store_true", help="redo every file, even those whose JSON is current"
    )
    parser.add_argument(
        "--quiet", action="store_true", help="no progress or log lines; errors still go to stderr"
    )
    parser.add_argument(
        "--log-format",
        choices=("text", "json"),
        default="text",
        help="text: a progress bar on a terminal, plain lines otherwise; json: one JSON "
        "object per event line on stderr",
    )
    parser.add_argument(
        "--timeout",
        type=positive_float,
        default=DEFAULT_TIMEOUT_SECONDS,
        help=f"seconds allowed per file (default: {DEFAULT_TIMEOUT_SECONDS:g})",
    )
    parser.add_argument(
        "--max-pages",
        type=positive_int,
        default=DEFAULT_MAX_PAGES,
        help=f"files with more pages fail as too_large (default: {DEFAULT_MAX_PAGES})",
    )
    parser.add_argument(
        "--max-bytes",
        type=positive_int,
        default=DEFAULT_MAX_BYTES,
        help=f"larger files fail as too_large, unread (default: {DEFAULT_MAX_BYTES})",
    )
    parser.add_argument(
        "--max-memory",
        type=memory_size,
        default=DEFAULT_MAX_MEMORY,
        help="memory per worker (its address space, and the resident memory of its process "
        "tree); a file that needs more fails as too_large (default: "
        f"{memory.format_bytes(DEFAULT_MAX_MEMORY)}; e.g. 4G, 1500M)",
    )
    parser.add_argument(
        "--max-page-chars",
        type=positive_int,
        default=DEFAULT_MAX_PAGE_CHARS,
        help="a page drawing more characters is skipped with a page_over_limit warning "
        f"(default: {DEFAULT_MAX_PAGE_CHARS})",
    )
    parser.add_argument(
        "--max-page-objects",
        type=positive_int,
        default=DEFAULT_MAX_PAGE_OBJECTS,
        help="the same for graphic objects (paths, images) drawn on one page "
        f"(default: {DEFAULT_MAX_PAGE_OBJECTS})",
    )
    parser.add_argument(
        "--max-stream-bytes",
        type=memory_size,
        default=DEFAULT_MAX_STREAM_BYTES,
        help="the same for a page content stream that inflates past this size "
        f"(default: {memory.format_bytes(DEFAULT_MAX_STREAM_BYTES)})",
    )
    parser.add_argument(
        "--model",
        default=None,
        help="spaCy pipeline package (default: en_core_web_sm if installed)",
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
    )
    return BatchOptions(
        inputs=tuple(args.inputs) or (DEFAULT_INPUT,),
        out_dir=args.out,
        jobs=args.jobs or default_jobs(),
        force=args.force,
        quiet=args.quiet,
        log_format=args.log_format,
        in_process=args.in_process,
        settings=settings,
    )


def command(args: argparse.Namespace) -> int:
    try:
        return run_batch(options_from_args(args))
    except UsageError as exc:
        print(f"nominations run: {exc}", file=sys.stderr)
        return USAGE_ERROR
