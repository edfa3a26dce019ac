"""One file's work, wherever it runs: a file task (plain strings, so it pickles) goes in, the
file is read, processed, corrected, validated and written, and a typed outcome comes out
(every failure, a memory error included, becomes the outcome's error code, never an
exception). Also the runner that does this work in this process (--in-process, its time limit
a SIGALRM); the worker processes that do it elsewhere are workers.py's and cluster.py's.
"""

from __future__ import annotations

import signal
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

from pipeline import memory
from pipeline.errors import InternalError, PipelineError, TimeoutExceededError
from pipeline.inputs import read_checked_input
from pipeline.settings import Settings
from pipeline.write import validated_json, write_document

if TYPE_CHECKING:  # importing pipeline.process imports spaCy: only where a file is parsed
    from pipeline.process import ProcessResult


@dataclass(frozen=True)
class FileTask:
    """What a worker needs for one file (picklable: plain strings)."""

    index: int
    path: str
    file_name: str
    out_path: str
    corrections_path: str | None = None  # the document's corrections file, if it has one


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
    payload: bytes | None = None  # the validated JSON, when the caller writes it (cluster)

    @classmethod
    def failure(cls, index: int, error: PipelineError) -> FileOutcome:
        return cls(index=index, error_code=error.code, message=error.message)


def process_bytes(data: bytes, file_name: str, settings: Settings) -> ProcessResult:
    from pipeline.process import process_pdf_timed  # imports spaCy: not on the warm path

    return process_pdf_timed(data, file_name, settings)


def process_file(task: FileTask, settings: Settings, write: bool = True) -> FileOutcome:
    """Read, process, validate and write one file; every failure becomes a typed outcome.
    write=False: the validated bytes come back in `payload` for the caller to write."""
    started = time.perf_counter()
    outcome: FileOutcome | None = None
    try:
        outcome = _process_and_write(task, settings, write)
    except PipelineError as exc:
        outcome = FileOutcome.failure(task.index, exc)
    except MemoryError:
        # An allocation past the worker's address-space cap (--max-memory). Nothing is built
        # here: until this block ends, the traceback still holds all that memory.
        pass
    except Exception as exc:  # a bug, or disk full while writing: that file's error only
        outcome = FileOutcome.failure(task.index, InternalError(f"{type(exc).__name__}: {exc}"))
    if outcome is None:
        outcome = FileOutcome.failure(task.index, memory.memory_error(settings.max_memory))
        outcome.worker_spent = True
    outcome.seconds = time.perf_counter() - started
    outcome.peak_rss_bytes = memory.peak_rss_bytes()
    return outcome


def _process_and_write(task: FileTask, settings: Settings, write: bool) -> FileOutcome:
    from pipeline.corrections.apply import apply_corrections  # not on the warm path
    from pipeline.corrections.parse import parse_corrections

    corrections = None
    if task.corrections_path is not None:  # a malformed file fails before any parsing
        corrections = parse_corrections(Path(task.corrections_path))
    data = read_checked_input(Path(task.path), settings.max_bytes)
    result = process_bytes(data, task.file_name, settings)
    document = result.document
    started = time.perf_counter()
    if corrections is not None:
        document = apply_corrections(document, corrections)
    payload = None
    if write:
        write_document(document, Path(task.out_path))
    else:
        payload = validated_json(document)
    stage_seconds = {**result.stage_seconds, "write": time.perf_counter() - started}
    return FileOutcome(
        payload=payload,
        index=task.index,
        sha256=document.source.sha256,
        pages=document.source.pages,
        cards=len(document.cards),
        stage_seconds={k: round(v, 4) for k, v in sorted(stage_seconds.items())},
        warnings=dict(sorted(Counter(w.code for w in document.warnings).items())),
    )


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
