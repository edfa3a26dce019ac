"""Batch runs: incremental skip, --force, output names, worker processes, limits, kills."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psutil
import pytest
from generator import one_page_nomination as nomination_pdf

import pipeline.extract
from pipeline import inputs, journal
from pipeline.cli import main
from pipeline.nlp import pipeline_info as info_without_spacy
from pipeline.process import pipeline_info
from pipeline.settings import Settings
from pipeline.write import validate_json

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "input" / "gssd2014.pdf"


@pytest.fixture(scope="module")
def good_pdf() -> bytes:
    return nomination_pdf()


def make_inputs(folder: Path, names: dict[str, bytes]) -> Path:
    for name, data in names.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return folder


def read_manifest(out: Path) -> dict[str, Any]:
    manifest: dict[str, Any] = json.loads((out / "_manifest.json").read_bytes())
    return manifest


def statuses(out: Path) -> dict[str, str]:
    return {f["path"]: f["status"] for f in read_manifest(out)["files"]}


def documents(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.json")) if p.name[0] != "_"}


def run_subprocess(
    *args: str, cwd: Path = REPO, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", "run", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )


# --------------------------------------------------------------------- incremental


def test_warm_rerun_parses_nothing(
    tmp_path: Path, good_pdf: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = make_inputs(tmp_path / "in", {f"n{i}.pdf": good_pdf for i in range(3)})
    out = tmp_path / "out"
    assert main(["run", str(source), "--out", str(out), "--jobs", "1", "--quiet"]) == 0
    first = documents(out)
    assert set(statuses(out).values()) == {"ok"}

    calls: list[int] = []

    def spy(data: bytes, settings: Settings) -> Any:
        calls.append(len(data))
        raise AssertionError("a warm re-run must not parse a PDF")

    monkeypatch.setattr(pipeline.extract, "extract_pdf", spy)  # seen only in this process
    assert main(["run", str(source), "--out", str(out), "--in-process", "--quiet"]) == 0
    assert calls == []
    assert set(statuses(out).values()) == {"skipped"}
    assert documents(out) == first
    manifest = read_manifest(out)
    assert manifest["totals"]["skipped"] == 3
    assert all(f["pages"] == 1 and f["cards"] is not None for f in manifest["files"])


def test_force_and_changed_inputs_are_redone(
    tmp_path: Path, good_pdf: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = make_inputs(tmp_path / "in", {"a.pdf": good_pdf, "b.pdf": good_pdf})
    out = tmp_path / "out"
    args = ["run", str(source), "--out", str(out), "--in-process", "--quiet"]
    assert main(args) == 0

    real_extract = pipeline.extract.extract_pdf
    parsed: list[bytes] = []

    def counting(data: bytes, settings: Settings) -> Any:
        parsed.append(data)
        return real_extract(data, settings)

    monkeypatch.setattr(pipeline.extract, "extract_pdf", counting)
    changed = nomination_pdf("B", "Solar kiosks for rural clinics")
    (source / "b.pdf").write_bytes(changed)
    assert main(args) == 0
    assert parsed == [changed]
    assert statuses(out) == {f"{source}/a.pdf": "skipped", f"{source}/b.pdf": "ok"}

    parsed.clear()
    assert main([*args, "--force"]) == 0
    assert len(parsed) == 2
    assert set(statuses(out).values()) == {"ok"}


def test_an_input_that_now_fails_loses_its_old_json(tmp_path: Path, good_pdf: bytes) -> None:
    source = make_inputs(tmp_path / "in", {"a.pdf": good_pdf, "b.pdf": good_pdf})
    out = tmp_path / "out"
    args = ["run", str(source), "--out", str(out), "--jobs", "1", "--quiet"]
    assert main(args) == 0
    (source / "b.pdf").write_bytes(good_pdf[:200])  # the file got truncated since

    assert main(args) == 1
    assert sorted(documents(out)) == ["a.json"]
    assert statuses(out) == {f"{source}/a.pdf": "skipped", f"{source}/b.pdf": "failed"}


def test_pipeline_identity_without_spacy_matches_the_pipeline() -> None:
    """The batch computes the version without importing spaCy; it must say the same."""
    settings = Settings()
    assert info_without_spacy(settings.model) == pipeline_info(settings)


# --------------------------------------------------------------------- output names


def test_same_stem_inputs_get_distinct_names(
    tmp_path: Path, good_pdf: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = nomination_pdf("C", "Water user associations")
    make_inputs(tmp_path, {"a/report.pdf": good_pdf, "b/report.pdf": other})
    monkeypatch.chdir(tmp_path)
    assert main(["run", "a", "b", "--out", "out", "--jobs", "1", "--quiet"]) == 0

    suffix = hashlib.sha256(b"b/report.pdf").hexdigest()[:8]
    files = {f["path"]: f for f in read_manifest(tmp_path / "out")["files"]}
    assert files["a/report.pdf"]["output"] == "report.json"
    assert files["a/report.pdf"]["name_rule"] == "stem"
    assert files["b/report.pdf"]["output"] == f"report-{suffix}.json"
    assert files["b/report.pdf"]["name_rule"] == "stem-path-hash"
    for name, expected in (("report.json", good_pdf), (f"report-{suffix}.json", other)):
        doc = json.loads((tmp_path / "out" / name).read_bytes())
        assert doc["source"]["sha256"] == hashlib.sha256(expected).hexdigest()
        assert doc["source"]["file"] == "report.pdf"


@pytest.mark.parametrize(
    ("file_name", "stem"),
    [
        ("_manifest.pdf", "manifest"),
        ("..pdf", "document"),
        (".hidden.PDF", "hidden"),
        ("a\\b:c.pdf", "a_b_c"),
        ("São Tomé – résumé.pdf", "São Tomé – résumé"),
        ("tab\there.pdf", "tab_here"),
    ],
)
def test_output_names_stay_inside_the_output_folder(file_name: str, stem: str) -> None:
    assert inputs.safe_stem(file_name) == stem


def test_names_differing_only_in_case_do_not_collide(tmp_path: Path) -> None:
    found: list[tuple[Path, Any]] = [
        (tmp_path / "x" / "Report.pdf", None),
        (tmp_path / "report.pdf", None),
    ]
    names = [item.output_name for item in inputs.assign_output_names(found)]
    assert names[0] == "Report.json"
    assert names[1] is not None and names[1].startswith("report-")


# --------------------------------------------------------------------- workers


def test_in_process_jobs_1_and_jobs_2_write_identical_bytes(
    tmp_path: Path, good_pdf: bytes
) -> None:
    inputs = {"seed.pdf": good_pdf, "kiosks.pdf": nomination_pdf("B", "Solar kiosks")}
    source = make_inputs(tmp_path / "in", inputs)
    shutil.copy(SAMPLE, source / "gssd2014.pdf")
    runs = {
        "here": ("--in-process",),
        "one": ("--jobs", "1"),
        "two": ("--jobs", "2"),
    }
    for out, options in runs.items():
        result = run_subprocess(str(source), "--out", str(tmp_path / out), *options)
        assert result.returncode == 0, result.stderr
    assert documents(tmp_path / "here") == documents(tmp_path / "one")
    assert documents(tmp_path / "one") == documents(tmp_path / "two")
    assert len(documents(tmp_path / "one")) == 3


# A wrapper around the CLI whose top level, which spawned workers run too, makes files
# carrying a marker hang or crash: the only way to give a worker a file that misbehaves.
MISBEHAVING_CLI = textwrap.dedent(
    """
    import os, signal, time
    import pipeline.extract as extract

    real_extract = extract.extract_pdf

    def misbehaving_extract(data, settings):
        if b"%HANG" in data[-16:]:
            time.sleep(3600)
        if b"%CRASH" in data[-16:]:
            os.kill(os.getpid(), signal.SIGKILL)
        return real_extract(data, settings)

    extract.extract_pdf = misbehaving_extract

    if __name__ == "__main__":
        from pipeline.cli import main
        raise SystemExit(main())
    """
)


TIGHT_LIMITS = ("--jobs", "2", "--timeout", "5", "--log-format", "json")


def test_hung_and_crashed_workers_cost_only_their_file(tmp_path: Path, good_pdf: bytes) -> None:
    source = make_inputs(
        tmp_path / "in",
        {
            "a-hang.pdf": good_pdf + b"\n%HANG\n",
            "b-crash.pdf": good_pdf + b"\n%CRASH\n",
            "c-good.pdf": good_pdf,
            "d-good.pdf": nomination_pdf("D", "Mobile veterinary services"),
        },
    )
    script = tmp_path / "misbehaving_cli.py"
    script.write_text(MISBEHAVING_CLI, encoding="utf-8")
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, str(script), "run", str(source), "--out", str(out), *TIGHT_LIMITS],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert result.returncode == 1, result.stderr
    files = {Path(f["path"]).name: f for f in read_manifest(out)["files"]}
    assert files["a-hang.pdf"]["error_code"] == "timeout"
    assert files["b-crash.pdf"]["error_code"] == "internal"
    assert "SIGKILL" in files["b-crash.pdf"]["message"]
    assert files["c-good.pdf"]["status"] == files["d-good.pdf"]["status"] == "ok"
    assert sorted(documents(out)) == ["c-good.json", "d-good.json"]
    events = [json.loads(line) for line in result.stderr.splitlines()]
    failed = [e["path"] for e in events if e["event"] == "file" and e["status"] == "failed"]
    assert sorted(Path(p).name for p in failed) == ["a-hang.pdf", "b-crash.pdf"]
    assert events[-1]["event"] == "finish"


def test_in_process_time_limit(
    tmp_path: Path,
    good_pdf: bytes,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def hang(data: bytes, settings: Settings) -> Any:
        time.sleep(60)

    monkeypatch.setattr(pipeline.extract, "extract_pdf", hang)
    source = make_inputs(tmp_path / "in", {"slow.pdf": good_pdf})
    args = ["run", str(source), "--out", str(tmp_path / "out"), "--in-process", "--timeout", "0.5"]
    assert main([*args, "--quiet"]) == 1
    assert (
        capsys.readouterr().err
        == f"{source / 'slow.pdf'}: timeout: not finished after 0.5 s (--timeout)\n"
    )


# --------------------------------------------------------------------- interruption


def start_run(source: Path, out: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "pipeline", "run", str(source), "--out", str(out), "--jobs", "2"],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group: the test can kill workers too
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )


def wait_until(condition: Callable[[], bool], what: str, limit: float = 240) -> None:
    """Poll for a state of the run under test (not a timing assertion: the limit only
    keeps a broken run from hanging the suite)."""
    deadline = time.monotonic() + limit
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.05)


def finished_count(out: Path) -> int:
    """Files finished so far: during a run they are lines of the manifest's journal."""
    try:
        lines = (out / "_manifest.journal").read_bytes().splitlines()
    except OSError:
        return 0
    return sum(b'"status": "ok"' in line or b'"status": "failed"' in line for line in lines)


def mixed_batch(folder: Path, good_pdf: bytes) -> Path:
    """Two quick files first, then copies of the 31-page sample: a kill after the quick
    ones lands while the sample copies are in flight."""
    source = make_inputs(folder, {"a1.pdf": good_pdf, "a2.pdf": nomination_pdf("B", "Kiosks")})
    for i in range(3):
        shutil.copy(SAMPLE, source / f"b{i}-gssd2014.pdf")
    return source


def assert_only_complete_documents(out: Path) -> None:
    for path in out.glob("*.json"):
        data = json.loads(path.read_bytes())  # complete JSON: parses
        if path.name != "_manifest.json":
            validate_json(data)


def test_sigkill_mid_run_leaves_only_complete_files(tmp_path: Path, good_pdf: bytes) -> None:
    source, out = mixed_batch(tmp_path / "in", good_pdf), tmp_path / "out"
    run = start_run(source, out)
    wait_until(lambda: finished_count(out) >= 2 or run.poll() is not None, "the first files")
    assert run.poll() is None, "the run ended before it could be killed"
    os.killpg(run.pid, signal.SIGKILL)
    run.wait()

    assert_only_complete_documents(out)
    assert read_manifest(out)["state"] == "running"  # killed: never got to say otherwise
    assert (out / "_manifest.journal").exists()
    folded = journal.fold(out)  # what the next run does first: the journal's lines go in
    assert folded is not None and folded == read_manifest(out)
    assert not (out / "_manifest.journal").exists()
    done = [f for f in folded["files"] if f["status"] == "ok"]
    assert len(done) >= 2 and folded["totals"]["ok"] == len(done)
    assert {f["path"] for f in done} >= {f"{source}/a1.pdf", f"{source}/a2.pdf"}

    rerun = run_subprocess(str(source), "--out", str(out), "--jobs", "2")
    assert rerun.returncode == 0, rerun.stderr
    assert_only_complete_documents(out)
    assert not list(out.glob(".*.tmp"))
    final = statuses(out)
    assert final[f"{source}/a1.pdf"] == final[f"{source}/a2.pdf"] == "skipped"
    assert len(documents(out)) == 5


def test_sigterm_stops_cleanly(tmp_path: Path, good_pdf: bytes) -> None:
    source, out = mixed_batch(tmp_path / "in", good_pdf), tmp_path / "out"
    run = start_run(source, out)
    wait_until(lambda: finished_count(out) >= 2 or run.poll() is not None, "the first files")
    assert run.poll() is None, "the run ended before it could be stopped"
    workers = psutil.Process(run.pid).children(recursive=True)
    run.send_signal(signal.SIGTERM)
    assert run.wait(timeout=60) == 143

    manifest = read_manifest(out)
    assert manifest["state"] == "interrupted"
    assert manifest["finished_at"]
    assert manifest["totals"]["pending"] >= 1
    assert all(f["status"] in ("ok", "pending") for f in manifest["files"])
    psutil.wait_procs(workers, timeout=10)
    assert not any(w.is_running() and w.status() != psutil.STATUS_ZOMBIE for w in workers)
    assert_only_complete_documents(out)


# --------------------------------------------------------------------- usage errors


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", str(tmp_path / "missing"), "--out", str(tmp_path / "out")]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    assert main(["run", str(tmp_path), "--jobs", "0"]) == 2
    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert main(["run", str(tmp_path), "--out", str(tmp_path / "file")]) == 2


def test_an_empty_folder_is_a_usage_error_unless_allowed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    (tmp_path / "notes.txt").write_text("not a PDF name", encoding="utf-8")
    assert main(["run", str(tmp_path), "--out", str(out), "--quiet"]) == 2
    assert capsys.readouterr().err == (
        f"nominations run: error: {tmp_path}: no PDF files found "
        "(give --allow-empty to accept an empty folder)\n"
    )
    assert not out.exists()  # nothing written, not even a manifest
    assert main(["run", str(tmp_path), "--out", str(out), "--quiet", "--allow-empty"]) == 0
    assert read_manifest(out)["files"] == []
