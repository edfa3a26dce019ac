"""The worker processes files run in: each loads the spaCy model once, caps its own memory
and processes one file at a time (file_work.py), and ends when its parent does. WorkerPool
runs `--jobs` of them with a time limit per file and a watchdog on each busy worker's memory,
and kills and replaces a worker that passes either or dies, so that costs only its file. The
Dask engine (cluster.py) runs the same Worker as the child of each of its worker threads.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from multiprocessing.connection import wait as wait_for_ready
from multiprocessing.context import SpawnProcess
from typing import Any

from pipeline import memory
from pipeline.errors import InternalError, PipelineError, TooLargeError
from pipeline.file_work import (
    DoneCallback,
    FileOutcome,
    FileTask,
    StartCallback,
    process_file,
    timeout_outcome,
)
from pipeline.settings import Settings

# How often the parent reads each busy worker's memory: a worker growing 50 MB/s overshoots
# the cap by at most 25 MB before it is stopped (the OS limit usually stops it first).
WATCHDOG_SECONDS = 0.5


# A worker that dies with its tree at this share of --max-memory or more died of the cap.
NEAR_THE_CAP = 0.75


MAX_WORKER_START_FAILURES = 3


FileHook = Callable[[FileTask], None]


def _worker_main(
    conn: Connection, settings: Settings, write: bool = True, before_file: FileHook | None = None
) -> None:
    """A worker process: load the model once, then process files until told to stop."""
    # Ctrl-C reaches the whole process group; the parent decides what stops, and when.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    exit_with_parent()
    from pipeline.nlp import load_model

    load_model(settings.model)
    memory.limit_memory(settings.max_memory)
    try:
        conn.send(("ready", memory.peak_rss_bytes()))
        while True:
            task = conn.recv()
            if task is None:
                return
            if before_file is not None:
                before_file(task)
            outcome = process_file(task, settings, write)
            conn.send(("done", outcome))
            if outcome.worker_spent:  # a heap that hit the cap is not trusted again
                return
    except (EOFError, OSError):  # the parent is gone (killed): nothing left to report to
        return


PARENT_CHECK_SECONDS = 1.0


def exit_with_parent() -> None:
    """A worker whose parent is killed (SIGKILL, or a Dask worker ended by its nanny) ends
    too, even in the middle of a file that never finishes: nobody would read its result."""
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


class Worker:
    """One worker process and the file it is working on."""

    def __init__(
        self,
        context: Any,
        settings: Settings,
        write: bool = True,
        before_file: FileHook | None = None,
    ) -> None:
        parent_end, child_end = context.Pipe()
        self.process: SpawnProcess = context.Process(
            target=_worker_main, args=(child_end, settings, write, before_file), daemon=True
        )
        self.process.start()
        child_end.close()
        self.conn: Connection = parent_end
        self.ready = False
        self.task: FileTask | None = None
        self.deadline = math.inf
        self.peak_rss_bytes = 0
        self.tree_rss_bytes = 0  # the watchdog's last reading while a file was in hand
        self.address_space_bytes = 0  # and the worker's own address space (what RLIMIT_AS caps)

    def assign(self, task: FileTask, timeout: float) -> None:
        self.conn.send(task)
        self.task = task
        self.deadline = time.monotonic() + timeout
        self.tree_rss_bytes = self.address_space_bytes = 0

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
        resident = memory.process_tree_rss(self.process.pid or 0)
        if resident:  # 0: the process ended between two readings; keep the last real one
            self.tree_rss_bytes = resident
            self.address_space_bytes = memory.address_space(self.process.pid or 0)
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
            died = death_error(worker, self.settings.max_memory)
            self.on_done(FileOutcome.failure(worker.task.index, died))
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
            if outcome.worker_spent:  # it has exited: a heap that hit the cap is not reused
                self.replace(worker)

    def replace(self, worker: Worker) -> None:
        self.retire(worker)
        self.workers.remove(worker)
        if self.start_failures < MAX_WORKER_START_FAILURES:
            self.workers.append(Worker(self.context, self.settings))

    def retire(self, worker: Worker) -> None:
        self.peak_rss_bytes = max(self.peak_rss_bytes, worker.peak_rss_bytes)
        worker.stop()


def death_error(worker: Worker, cap: int) -> PipelineError:
    """Why a busy worker died: the memory cap when the watchdog last saw it near the cap
    (a C library that cannot allocate ends the process rather than raise)."""
    reason = worker.death_reason()
    resident, reserved = worker.tree_rss_bytes, worker.address_space_bytes
    if resident >= NEAR_THE_CAP * cap or reserved >= NEAR_THE_CAP * cap:
        used = memory.format_bytes(max(resident, reserved))
        limit = memory.format_bytes(cap)
        return TooLargeError(f"{reason}, last seen using {used} of {limit} (--max-memory)")
    return InternalError(reason)


def _fail_all(queue: deque[FileTask], message: str, on_done: DoneCallback) -> None:
    while queue:
        on_done(FileOutcome.failure(queue.popleft().index, InternalError(message)))
