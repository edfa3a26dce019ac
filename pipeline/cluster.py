# distributed's client API is not annotated throughout:
# mypy: disable-error-code="no-untyped-call"
"""The Dask cluster engine (`nominations run --engine dask`, `--cluster tcp://HOST:8786`).

Dask distributed's futures API hands files to the workers of a local or an existing
cluster; this process (the client) stays the only writer. Each Dask worker runs a
`FileSlots` plugin: per worker thread, one child process (pipeline.workers.Worker) that
loads the spaCy model once, caps its own memory (memory.limit_memory, RLIMIT_AS) and
processes one file at a time. The Dask task waits for its child under the file's time
limit and memory cap and kills and replaces it past either, so the Dask worker survives a
`timeout` (Dask has no task timeout). The child returns the document validated and
serialised; the client writes it atomically, then releases the future.

A Dask worker that dies holding a file is replaced by its nanny and the scheduler runs the
file once more (`allowed-failures` = 1 on a local cluster); a second death fails the file as
`worker_lost` and the batch goes on. Imported only for the dask engine: `distributed` is
the optional `cluster` extra.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import queue
import time
import uuid
from collections import deque
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import dask
from distributed import Client, Future, KilledWorker, LocalCluster, as_completed, get_worker
from distributed.diagnostics.plugin import WorkerPlugin

from pipeline import memory
from pipeline.errors import InternalError, UsageError, WorkerLostError
from pipeline.file_work import DoneCallback, FileOutcome, FileTask, StartCallback, timeout_outcome
from pipeline.nlp import pipeline_info
from pipeline.settings import Settings
from pipeline.workers import WATCHDOG_SECONDS, Worker, death_error
from pipeline.write import atomic_write_bytes

PLUGIN_NAME = "nominations-file-slots"
# A local cluster: one retry of a file whose worker died; workers that may start the child
# processes files run in; no sampling profiler and no memory manager in the Dask workers
# (each file's child has its own memory cap and watchdog).
LOCAL_CLUSTER_CONFIG = {
    "distributed.scheduler.allowed-failures": 1,
    "distributed.worker.daemon": False,
    "distributed.worker.profile.enabled": False,
    "distributed.worker.memory.target": False,
    "distributed.worker.memory.spill": False,
    "distributed.worker.memory.pause": False,
    "distributed.worker.memory.terminate": False,
    # Idle ticks of every process (defaults: 20 ms, 500 ms): a batch run has no use for
    # them, and they took 3 % of a core in the client and 1.6 % in each worker.
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
}
# Files in flight per worker thread: one. A file queued on a worker counts as that worker's
# when it dies, so with more in flight an innocent file queued behind one that kills its
# worker twice could be declared lost too. The client never holds more results than this
# (a 100,000-file batch included).
IN_FLIGHT_PER_THREAD = 1
WORKERS_WAIT_SECONDS = 120
# A test-only fault switch: unset in normal use, read only by the two hooks below.
FAULTS_VARIABLE = "NOMINATIONS_TEST_FAULTS"
MAX_CHILD_START_FAILURES = 3


def identity(settings: Settings) -> dict[str, str]:
    """Package version, model, code fingerprint and reader: a worker must match the client's."""
    return pipeline_info(settings.model, settings.reader).model_dump(mode="json")


def mismatch_message(worker: dict[str, str], client: dict[str, str]) -> str:
    differ = ", ".join(
        f"{key} {worker.get(key)!r} (client: {client.get(key)!r})"
        for key in sorted(client)
        if worker.get(key) != client.get(key)
    )
    return f"refused: this worker runs other pipeline code than the client: {differ}"


def faults_enabled() -> bool:
    return os.environ.get(FAULTS_VARIABLE) == "1"


def crash_worker_hook(task: FileTask) -> None:
    """Tests only: a file named '*crash-worker*' ends its Dask worker process."""
    if faults_enabled() and "crash-worker" in task.file_name:
        os._exit(70)


def hang_hook(task: FileTask) -> None:
    """Tests only (runs in the child): a file named '*hang-worker*' never finishes."""
    if faults_enabled() and "hang-worker" in task.file_name:
        time.sleep(3600)


class Slot:
    """One child process of a Dask worker, replaced when it dies or overruns."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.context = multiprocessing.get_context("spawn")
        self.child = self.start()

    def start(self) -> Worker:
        return Worker(self.context, self.settings, write=False, before_file=hang_hook)

    def replace(self) -> None:
        self.child.stop()
        self.child = self.start()

    def ready_child(self) -> Worker:
        """The child once it has loaded the model (the file's clock starts after)."""
        failures = 0
        while not self.child.ready:
            message = self.child.receive()
            if message is not None and message[0] == "ready":
                self.child.ready = True
                continue
            failures += 1
            if failures >= MAX_CHILD_START_FAILURES:
                raise InternalError("the worker's child process could not start")
            self.replace()
        return self.child

    def run(self, task: FileTask) -> FileOutcome:
        child = self.ready_child()
        child.assign(task, self.settings.timeout)
        while True:
            remaining = child.deadline - time.monotonic()
            if remaining <= 0:
                self.replace()
                return timeout_outcome(task, self.settings.timeout)
            if child.conn.poll(min(remaining, WATCHDOG_SECONDS)):
                message = child.receive()
                if message is None:
                    return self.died(task)
                outcome: FileOutcome = message[1]
                if outcome.worker_spent:  # a heap that hit the cap is not trusted again
                    self.replace()
                return outcome
            if not child.process.is_alive():
                return self.died(task)
            if child.read_memory() > self.settings.max_memory:
                self.replace()
                return FileOutcome.failure(
                    task.index, memory.memory_error(self.settings.max_memory)
                )

    def died(self, task: FileTask) -> FileOutcome:
        outcome = FileOutcome.failure(task.index, death_error(self.child, self.settings.max_memory))
        self.replace()
        return outcome


class FileSlots(WorkerPlugin):
    """Set up on every Dask worker, now and as workers join: refuses a worker whose
    pipeline differs from the client's, then starts one child process per thread."""

    name = PLUGIN_NAME

    def __init__(self, settings: Settings, client_identity: dict[str, str]) -> None:
        self.settings = settings
        self.client_identity = client_identity
        self.slots: queue.Queue[Slot] | None = None  # made on the worker (not picklable)

    def setup(self, worker: Any) -> None:
        mine = identity(self.settings)
        if mine != self.client_identity:
            raise RuntimeError(mismatch_message(mine, self.client_identity))
        if multiprocessing.current_process().daemon:
            raise RuntimeError(
                "the Dask worker is a daemonic process and cannot start the child process "
                "each file runs in: start workers with DASK_DISTRIBUTED__WORKER__DAEMON=False"
            )
        self.slots = queue.Queue()
        for _ in range(worker.state.nthreads):
            self.slots.put(Slot(self.settings))

    def teardown(self, worker: Any) -> None:
        while self.slots is not None and not self.slots.empty():
            self.slots.get_nowait().child.stop()


def run_file(task: FileTask, client_identity: dict[str, str]) -> FileOutcome:
    """The Dask task: one file in a free slot of this worker."""
    plugin = get_worker().plugins.get(PLUGIN_NAME)
    if not isinstance(plugin, FileSlots) or plugin.slots is None:
        return FileOutcome.failure(task.index, InternalError("refused: worker not set up"))
    if plugin.client_identity != client_identity:
        message = mismatch_message(plugin.client_identity, client_identity)
        return FileOutcome.failure(task.index, InternalError(message))
    crash_worker_hook(task)
    slot = plugin.slots.get()
    try:
        return slot.run(task)
    finally:
        plugin.slots.put(slot)


class DaskEngine:
    """The client's side: connect (or start a local cluster), check the workers, keep a
    bounded number of files in flight, write each result, report it."""

    def __init__(
        self,
        settings: Settings,
        jobs: int,
        address: str | None,
        on_start: StartCallback,
        on_done: DoneCallback,
    ) -> None:
        self.settings = settings
        self.jobs = jobs
        self.address = address
        self.on_start = on_start
        self.on_done = on_done
        self.peak_rss_bytes = 0
        self.identity = identity(settings)

    def run(self, tasks: Sequence[FileTask]) -> None:
        logging.getLogger("distributed").setLevel(logging.CRITICAL)  # our own lines only
        with dask.config.set(LOCAL_CLUSTER_CONFIG):
            cluster = None
            if self.address is None:
                cluster = LocalCluster(
                    n_workers=self.jobs,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    silence_logs=logging.CRITICAL,
                )
            try:
                with Client(self.address or cluster) as client:
                    self.set_up(client, tasks)
                    self.submit_all(client, [absolute(task) for task in tasks])
            finally:
                if cluster is not None:
                    cluster.close()

    def set_up(self, client: Client, tasks: Sequence[FileTask]) -> None:
        if not client.nthreads():
            try:
                client.wait_for_workers(1, timeout=WORKERS_WAIT_SECONDS)
            except TimeoutError as exc:
                message = f"no Dask worker joined the scheduler in {WORKERS_WAIT_SECONDS} s"
                raise UsageError(message) from exc
        try:
            client.register_plugin(FileSlots(self.settings, self.identity), name=PLUGIN_NAME)
        except RuntimeError as exc:
            raise UsageError(f"dask engine: {exc}") from exc
        if tasks:
            path = os.path.abspath(tasks[0].path)
            readable = client.run(os.access, path, os.R_OK)
            for address, ok in sorted(readable.items()):
                if not ok:
                    raise UsageError(
                        f"worker {address} cannot read {path}: inputs must be on storage every "
                        "worker reads at the same path (docs/batch.md, 'Running on a cluster')"
                    )

    def submit_all(self, client: Client, tasks: Sequence[FileTask]) -> None:
        queued = deque(tasks)
        in_flight: dict[Future[FileOutcome], FileTask] = {}
        limit = IN_FLIGHT_PER_THREAD * max(1, sum(client.nthreads().values()))
        finished = as_completed()

        def submit_next() -> None:
            task = queued.popleft()
            self.on_start(task)
            key = f"nominations-{task.index}-{uuid.uuid4().hex}"
            future = client.submit(run_file, task, self.identity, key=key, pure=False)
            in_flight[future] = task
            finished.add(future)

        try:
            while queued and len(in_flight) < limit:
                submit_next()
            for future in finished:
                task = in_flight.pop(future)
                if queued:  # the worker's next file first: it need not wait for the write
                    submit_next()
                outcome = self.outcome_of(future, task)
                self.write(outcome, task)  # written before its future is released
                future.release()
                self.peak_rss_bytes = max(self.peak_rss_bytes, outcome.peak_rss_bytes)
                self.on_done(outcome)
        finally:
            for future in in_flight:
                future.cancel()

    def outcome_of(self, future: Future[FileOutcome], task: FileTask) -> FileOutcome:
        if future.status == "finished":
            outcome: FileOutcome = future.result()
            return outcome
        error = future.exception() if future.status == "error" else None
        if isinstance(error, KilledWorker):
            message = "the worker process died twice while processing this file"
            return FileOutcome.failure(task.index, WorkerLostError(message))
        reason = f"{type(error).__name__}: {error}" if error else f"task {future.status}"
        return FileOutcome.failure(task.index, InternalError(f"on the cluster: {reason}"))

    def write(self, outcome: FileOutcome, task: FileTask) -> None:
        if outcome.payload is None:
            return
        started = time.perf_counter()
        try:
            atomic_write_bytes(Path(task.out_path), outcome.payload)
        except OSError as exc:  # disk full: that file's error only, as in a pool worker
            failed = FileOutcome.failure(task.index, InternalError(f"{type(exc).__name__}: {exc}"))
            outcome.error_code, outcome.message = failed.error_code, failed.message
        outcome.payload = None
        spent = outcome.stage_seconds.get("write", 0.0) + time.perf_counter() - started
        outcome.stage_seconds["write"] = round(spent, 4)


def absolute(task: FileTask) -> FileTask:
    """Workers may run in another folder: they get the input's absolute path."""
    return FileTask(task.index, os.path.abspath(task.path), task.file_name, task.out_path)
