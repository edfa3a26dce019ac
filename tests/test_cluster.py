"""The Dask cluster engine: the same bytes as the pool, worker deaths, hangs, a real
scheduler, interruption; and the bookkeeping both engines share (the stat fast path, the
code fingerprint). Cluster runs go through the CLI in a subprocess, on a local cluster of
2 workers x 1 thread unless said otherwise."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from generator import one_page_nomination as nomination_pdf

import pipeline.batch
import pipeline.nlp
from pipeline import cluster
from pipeline.cli import main
from pipeline.fingerprint import code_fingerprint, fingerprint_of
from pipeline.settings import Settings
from pipeline.write import validate_json

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
# Fields that measure the run rather than describe its result.
TIMING_FIELDS = ("seconds", "stage_seconds", "output_stat")
TIMING_RUN_FIELDS = ("started_at", "finished_at")
TIMING_TOTALS = ("seconds", "worker_peak_rss_mb")

DASK_2 = ("--engine", "dask", "--jobs", "2", "--quiet")

pytestmark = pytest.mark.slow


def make_batch(folder: Path, names: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for number, name in enumerate(names):
        pdf = nomination_pdf(chr(ord("A") + number), f"Shared seed banks, part {number}")
        (folder / name).write_bytes(pdf)
    past = time.time() - 3600  # older than the racy window: the stat is recorded
    for path in folder.iterdir():
        os.utime(path, (past, past))
    return folder


def run_cli(
    *args: str, faults: bool = False, timeout: float = 400
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop(cluster.FAULTS_VARIABLE, None)
    if faults:
        env[cluster.FAULTS_VARIABLE] = "1"
    return subprocess.run(
        [sys.executable, "-m", "pipeline", "run", *args, "--log-format", "json"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )


def events(stderr: str, kind: str) -> list[dict[str, Any]]:
    found = []
    for line in stderr.splitlines():
        if line.startswith("{"):
            event = json.loads(line)
            if event.get("event") == kind:
                found.append(event)
    return found


def documents(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.json")) if p.name[0] != "_"}


def manifest(out: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((out / "_manifest.json").read_bytes())
    return data


def without_timing(data: dict[str, Any]) -> dict[str, Any]:
    data = {k: v for k, v in data.items() if k not in TIMING_RUN_FIELDS}
    data["totals"] = {k: v for k, v in data["totals"].items() if k not in TIMING_TOTALS}
    data["options"] = {k: v for k, v in data["options"].items() if k != "out"}
    data["files"] = [{k: v for k, v in f.items() if k not in TIMING_FIELDS} for f in data["files"]]
    return data


def by_path(out: Path) -> dict[str, dict[str, Any]]:
    return {Path(f["path"]).name: f for f in manifest(out)["files"]}


# ------------------------------------------------------------------ the same bytes as the pool


def test_dask_writes_the_pool_s_bytes_and_an_unchanged_rerun_submits_nothing(
    tmp_path: Path,
) -> None:
    source = make_batch(tmp_path / "in", ["a.pdf", "b.pdf", "c.pdf"])
    (source / "broken.pdf").write_bytes(b"%PDF-1.4\nnot really a PDF\n")
    os.utime(source / "broken.pdf", (time.time() - 3600, time.time() - 3600))
    pool, dask = tmp_path / "pool", tmp_path / "dask"
    first = run_cli(str(source), "--out", str(pool), "--jobs", "2")
    second = run_cli(str(source), "--out", str(dask), "--jobs", "2", "--engine", "dask")
    assert (first.returncode, second.returncode) == (1, 1), second.stderr  # broken.pdf fails

    assert documents(pool) == documents(dask)
    assert len(documents(dask)) == 3
    assert without_timing(manifest(pool)) == without_timing(manifest(dask))
    assert by_path(dask)["broken.pdf"]["error_code"] == "damaged"

    again = run_cli(str(source), "--out", str(dask), "--jobs", "2", "--engine", "dask")
    assert events(again.stderr, "start")[0]["to_process"] == 1  # only the failed file
    assert [Path(e["path"]).name for e in events(again.stderr, "file_started")] == ["broken.pdf"]
    (source / "broken.pdf").unlink()
    quiet = run_cli(str(source), "--out", str(dask), "--engine", "dask")
    assert quiet.returncode == 0, quiet.stderr
    assert events(quiet.stderr, "start")[0]["to_process"] == 0
    assert not events(quiet.stderr, "file_started")
    assert {f["status"] for f in manifest(dask)["files"]} == {"skipped"}


# ------------------------------------------------------------------ failures on the cluster


def test_a_worker_killed_twice_is_worker_lost_and_a_hang_is_timeout(tmp_path: Path) -> None:
    names = ["a.pdf", "crash-worker.pdf", "hang-worker.pdf", "d.pdf", "e.pdf"]
    source, out = make_batch(tmp_path / "in", names), tmp_path / "out"
    result = run_cli(
        str(source),
        "--out",
        str(out),
        "--engine",
        "dask",
        "--jobs",
        "2",
        "--timeout",
        "30",
        faults=True,
    )
    assert result.returncode == 1, result.stderr

    files = by_path(out)
    assert files["a.pdf"]["error_code"] is None, files["a.pdf"]["message"]
    assert files["d.pdf"]["error_code"] is None, files["d.pdf"]["message"]
    assert files["e.pdf"]["error_code"] is None, files["e.pdf"]["message"]
    assert files["crash-worker.pdf"]["error_code"] == "worker_lost"
    assert files["hang-worker.pdf"]["error_code"] == "timeout"
    assert {files[n]["status"] for n in ("a.pdf", "d.pdf", "e.pdf")} == {"ok"}
    assert sorted(documents(out)) == ["a.json", "d.json", "e.json"]
    finished = [Path(e["path"]).name for e in events(result.stderr, "file")]
    assert sorted(finished) == sorted(names)  # each file reported, and written, once
    assert manifest(out)["totals"]["failed"] == 2


def test_a_real_scheduler_and_worker_started_apart(tmp_path: Path) -> None:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(REPO), "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
    address = f"tcp://127.0.0.1:{port}"
    scheduler_args = ["scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"]
    worker_args = ["worker", address, "--nthreads", "1", "--no-dashboard"]
    with started(scheduler_args, env, tmp_path), started(worker_args, env, tmp_path):
        source, out = make_batch(tmp_path / "in", ["a.pdf", "b.pdf"]), tmp_path / "out"
        result = run_cli(str(source), "--out", str(out), "--cluster", address)
        assert result.returncode == 0, result.stderr
    assert {f["status"] for f in manifest(out)["files"]} == {"ok"}
    for data in documents(out).values():
        validate_json(json.loads(data))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@contextmanager
def started(args: list[str], env: dict[str, str], cwd: Path) -> Iterator[None]:
    process = subprocess.Popen(
        [str(BIN / "dask"), *args],
        cwd=cwd,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_sigterm_leaves_pending_files_and_the_rerun_submits_only_those(tmp_path: Path) -> None:
    names = ["a.pdf", "b.pdf", "hang-worker.pdf", "d.pdf"]
    source, out = make_batch(tmp_path / "in", names), tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(REPO), cluster.FAULTS_VARIABLE: "1"}
    run = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "run", str(source), "--out", str(out), *DASK_2],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    journal = out / "_manifest.journal"
    deadline = time.monotonic() + 300
    while not (journal.exists() and journal.read_bytes().count(b"\n") >= 2):
        assert run.poll() is None and time.monotonic() < deadline, "the run never got going"
        time.sleep(0.1)
    run.send_signal(signal.SIGTERM)
    assert run.wait(timeout=120) == 143

    first = manifest(out)
    assert first["state"] == "interrupted"
    pending = {Path(f["path"]).name for f in first["files"] if f["status"] == "pending"}
    assert "hang-worker.pdf" in pending
    done = {Path(f["path"]).name for f in first["files"] if f["status"] == "ok"}
    assert len(done) >= 2 and done | pending == set(names)

    rerun = run_cli(str(source), "--out", str(out), "--engine", "dask", "--jobs", "2")
    assert rerun.returncode == 0, rerun.stderr
    submitted = {Path(e["path"]).name for e in events(rerun.stderr, "file_started")}
    assert submitted == pending
    assert sorted(documents(out)) == sorted(n.replace(".pdf", ".json") for n in names)


def test_without_the_extra_the_dask_engine_is_one_line_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = make_batch(tmp_path / "in", ["a.pdf"])
    real_find_spec = pipeline.batch.importlib.util.find_spec

    def without_distributed(name: str, *args: Any) -> Any:
        return None if name == "distributed" else real_find_spec(name, *args)

    monkeypatch.setattr(pipeline.batch.importlib.util, "find_spec", without_distributed)
    out = tmp_path / "out"
    assert main(["run", str(source), "--out", str(out), "--cluster", "tcp://127.0.0.1:1"]) == 2
    assert "pip install 'nominations[cluster]'" in capsys.readouterr().err
    assert not out.exists()  # nothing touched


def test_a_worker_of_other_code_is_refused() -> None:
    client = cluster.identity(Settings())
    other = {**client, "code": "0123456789abcdef"}

    class FakeWorker:
        class state:  # what distributed's Worker has
            nthreads = 1

    plugin = cluster.FileSlots(Settings(), other)
    with pytest.raises(
        RuntimeError, match=r"refused: .*code '.{16}' \(client: '0123456789abcdef'\)"
    ):
        plugin.setup(FakeWorker())


# ------------------------------------------------------------------ bookkeeping of both engines


def test_an_unchanged_stat_skips_without_hashing_and_verify_hashes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, out = make_batch(tmp_path / "in", ["a.pdf"]), tmp_path / "out"
    args = ["run", str(source), "--out", str(out), "--in-process", "--quiet"]
    assert main(args) == 0
    hashed: list[Path] = []
    real_sha256 = pipeline.batch.file_sha256

    def counting_sha256(path: Path) -> str:
        hashed.append(path)
        return real_sha256(path)

    monkeypatch.setattr(pipeline.batch, "file_sha256", counting_sha256)
    assert main(args) == 0
    assert hashed == [] and by_path(out)["a.pdf"]["status"] == "skipped"
    assert main([*args, "--verify"]) == 0
    assert len(hashed) == 1 and by_path(out)["a.pdf"]["status"] == "skipped"

    os.utime(source / "a.pdf", (time.time() - 60, time.time() - 60))  # touched, same bytes
    assert main(args) == 0
    assert len(hashed) == 2 and by_path(out)["a.pdf"]["status"] == "skipped"
    (out / "a.json").write_bytes((out / "a.json").read_bytes().replace(b"Peru", b"Chile"))
    assert main(args) == 0  # the output changed since: read again (and found current)
    assert len(hashed) == 3


def test_a_code_change_makes_a_current_file_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source, out = make_batch(tmp_path / "in", ["a.pdf"]), tmp_path / "out"
    args = ["run", str(source), "--out", str(out), "--in-process", "--quiet"]
    assert main(args) == 0
    assert main(args) == 0
    assert by_path(out)["a.pdf"]["status"] == "skipped"

    copy = tmp_path / "package"
    shutil.copytree(REPO / "pipeline", copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = fingerprint_of(copy)
    assert before == code_fingerprint()
    with (copy / "segment.py").open("a", encoding="utf-8") as handle:
        handle.write("\n# a change to the code\n")
    after = fingerprint_of(copy)
    assert after != before

    monkeypatch.setattr(pipeline.nlp, "code_fingerprint", lambda: after)
    assert main(args) == 0
    assert by_path(out)["a.pdf"]["status"] == "ok"  # redone
    assert json.loads((out / "a.json").read_bytes())["pipeline"]["code"] == after
