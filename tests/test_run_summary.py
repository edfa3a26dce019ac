"""What a run tells its user: failure lines sorted by path, files with warnings counted by
code, --strict, trivial failures rejected before any worker, the summary's wording, and the
progress bar on a real terminal (a pseudo-terminal)."""

from __future__ import annotations

import io
import os
import pty
import re
import select
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from fpdf import FPDF
from generator import one_page_nomination as nomination_pdf

import pipeline.extract
from pipeline import extract, inputs
from pipeline.cli import main
from pipeline.manifest import FileRecord
from pipeline.progress import Reporter, seconds_left
from pipeline.settings import Settings
from pipeline.summary import summary_lines
from pipeline.voice import colour_wanted

REPO = Path(__file__).resolve().parent.parent
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def lorem_pdf() -> bytes:
    """A PDF with text but no nomination in it (a letter, a report)."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "Minutes of the annual meeting. The board approved the budget. " * 8)
    return bytes(pdf.output())


def mixed_folder(root: Path) -> Path:
    """The folder of the issue: a nomination and its copy under the same name in a
    subfolder, an empty file, a text file named .pdf and a PDF that is no nomination."""
    folder = root / "mixed"
    (folder / "sub").mkdir(parents=True)
    good = nomination_pdf()
    (folder / "nomination.pdf").write_bytes(good)
    (folder / "sub" / "nomination.pdf").write_bytes(good)
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "notes.pdf").write_bytes(b"Minutes of the meeting\n")
    (folder / "minutes.pdf").write_bytes(lorem_pdf())
    return folder


def record(path: str, status: Any = "ok", **fields: Any) -> FileRecord:
    return FileRecord(
        path=path, output=Path(path).stem + ".json", name_rule="stem", status=status, **fields
    )


def totals(**counts: Any) -> dict[str, Any]:
    base = {"inputs": 0, "ok": 0, "skipped": 0, "failed": 0, "pending": 0}
    base.update({"pages_processed": 0, "seconds": 2.0, **counts})
    base["inputs"] = base["inputs"] or sum(base[k] for k in ("ok", "skipped", "failed", "pending"))
    return base


# --------------------------------------------------------------------- wording


def test_one_line_when_there_is_nothing_to_do() -> None:
    records = [record(f"in/{i}.pdf", status="skipped") for i in range(10)]
    lines = summary_lines(totals(skipped=10), "finished", records, Path("out"))
    assert [text for text, _ in lines] == ["10 files unchanged, nothing to do"]


def test_summary_counts_warnings_by_code_in_the_singular_too() -> None:
    records = [
        record("in/b.pdf", status="ok", pages=1, warnings={"no_cards": 1}),
        record("in/a.pdf", status="ok", pages=31, warnings={"no_cards": 1, "form_fields": 2}),
        record("in/c.pdf", status="ok", pages=1, warnings={"unknown_label": 1}),
    ]
    lines = [
        text
        for text, _ in summary_lines(
            totals(ok=3, pages_processed=1), "finished", records, Path("out")
        )
    ]
    assert (
        lines[0]
        == "finished: 3 files written, 0 unchanged, 0 failed; 1 page in 2.0 s (0.5 pages/s)"
    )
    assert lines[1] == "2 files without any nomination (no_cards): in/a.pdf, in/b.pdf"
    assert lines[2] == "1 file with an unknown label in a nominee block (unknown_label): in/c.pdf"
    assert not any("form_fields" in line for line in lines)  # where text came from: no problem
    assert lines[3] == "output: out/ (3 documents); manifest: out/_manifest.json"
    assert lines[-1].startswith("next: nominations report out ")


def test_an_interrupted_run_says_how_to_finish() -> None:
    records = [record("in/a.pdf", status="ok", pages=2)]
    records += [record(f"in/{i}.pdf", status="pending") for i in range(10)]
    lines = [
        text
        for text, _ in summary_lines(
            totals(ok=1, pending=10, pages_processed=2), "interrupted", records, Path("out")
        )
    ]
    assert lines[0].startswith("interrupted: 1 file written, 0 unchanged, 0 failed, 10 not done;")
    assert "10 not done: run the same command again to finish" in lines
    assert not any(line.startswith("next:") for line in lines)  # finish first


def test_seconds_left_waits_for_a_finished_file_and_weighs_bytes() -> None:
    assert seconds_left(None, 0, 100, 10.0) is None  # the model is loading
    assert seconds_left(0.0, 0, 100, 10.0) is None  # nothing finished yet
    assert seconds_left(0.0, 25, 100, 10.0) == pytest.approx(30.0)  # a quarter in 10 s


def test_colour_only_on_a_terminal_and_never_with_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert colour_wanted(Terminal()) and not colour_wanted(io.StringIO())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not colour_wanted(Terminal())
    stream = Terminal()
    reporter = Reporter(quiet=False, stream=stream)
    failed = record("in/x.pdf", status="failed", error_code="empty", message="the file is empty")
    reporter.run_finished(totals(failed=1), "finished", [failed])
    assert "\x1b[" not in stream.getvalue()


# --------------------------------------------------------------------- a real run


def test_a_mixed_folder_run_rejects_early_and_sorts_failures(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, out = mixed_folder(tmp_path), tmp_path / "out"
    parsed: list[bytes] = []
    real_extract = pipeline.extract.extract_pdf

    def spy(data: bytes, settings: Settings) -> Any:
        parsed.append(data)
        return real_extract(data, settings)

    monkeypatch.setattr(pipeline.extract, "extract_pdf", spy)
    assert main(["run", str(folder), "-o", str(out), "--in-process"]) == 1
    assert all(data.startswith(b"%PDF-") for data in parsed) and len(parsed) == 3
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "5 inputs: 3 to process, 0 unchanged, 2 rejected before parsing"
    failures = [line for line in err if line.startswith(str(folder))]
    assert failures == [
        f"{folder}/empty.pdf: empty: the file is empty (0 bytes)",
        f"{folder}/notes.pdf: not_pdf: no %PDF- header: the file is not a PDF",
    ]
    summary = err[err.index(failures[-1]) + 1 :]
    assert summary[0].startswith(
        "finished: 3 files written, 0 unchanged, 2 failed (2 rejected before parsing); 3 pages"
    )
    assert summary[1] == f"1 file without any nomination (no_cards): {folder}/minutes.pdf"
    assert summary[2] == f"output: {out}/ (3 documents); manifest: {out}/_manifest.json"

    # Unchanged now; --strict fails the file without a nomination, and keeps its JSON.
    assert main(["run", str(folder), "-o", str(out), "--in-process", "-q", "--strict"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"{folder}/empty.pdf: empty: the file is empty (0 bytes)",
        f"{folder}/minutes.pdf: strict: document without any nomination (no_cards): "
        "written, but failed under --strict",
        f"{folder}/notes.pdf: not_pdf: no %PDF- header: the file is not a PDF",
    ]
    assert (out / "minutes.json").exists()


def test_the_parent_rejects_what_extract_would_in_the_same_words() -> None:
    assert (inputs.PDF_MAGIC, inputs.MAGIC_SEARCH_WINDOW) == (
        extract.PDF_MAGIC,
        extract.MAGIC_SEARCH_WINDOW,
    )
    for data in (b"", b"<html><body>404</body></html>", b"plain text"):
        with pytest.raises(Exception) as in_extract:
            extract.check_pdf_bytes(data, Settings())
        path = Path(f"/tmp/{os.getpid()}-check.pdf")
        path.write_bytes(data)
        try:
            with pytest.raises(type(in_extract.value)) as in_parent:
                inputs.check_pdf_start(path)
        finally:
            path.unlink()
        assert str(in_parent.value) == str(in_extract.value)


def read_terminal(command: list[str], cwd: Path, env: dict[str, str], limit: float) -> str:
    """Run `command` with a pseudo-terminal as its stdin, stdout and stderr; what it drew."""
    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        command, cwd=cwd, env=env, stdin=terminal, stdout=terminal, stderr=terminal
    )
    os.close(terminal)
    chunks: list[bytes] = []
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        ready, _, _ = select.select([controller], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # the terminal closed: the run is over
                break
            if not chunk:
                break
            chunks.append(chunk)
        elif process.poll() is not None:
            break
    process.kill()
    process.wait()
    os.close(controller)
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.slow
def test_terminal_run_shows_progress_and_a_coloured_summary(tmp_path: Path) -> None:
    mixed_folder(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(REPO), "COLUMNS": "200", "TERM": "xterm"}
    env.pop("NO_COLOR", None)
    command = [sys.executable, "-m", "pipeline", "run", "mixed", "-o", "out", "-j", "1"]
    screen = read_terminal(command, tmp_path, env, limit=240)
    plain = ANSI.sub("", screen).replace("\r", "\n")
    assert "loading the language model…" in plain
    assert re.search(r"3/3 files · 3 pages", plain), plain
    # pages move from file one; "(1.1 pages/s)" in the summary is a rate, not a count
    assert "files · 1 page " in plain and not re.search(r"(?<![\d.])1 pages", plain)
    assert "estimating…" in plain  # no figure before a file is finished
    assert re.search(r"mixed/(sub/)?nomination\.pdf", plain)  # the path, not a bare name
    lines = [line.strip() for line in plain.splitlines() if line.strip()]
    failures = [line for line in lines if line.startswith("mixed/") and ": " in line]
    assert failures == [
        "mixed/empty.pdf: empty: the file is empty (0 bytes)",
        "mixed/notes.pdf: not_pdf: no %PDF- header: the file is not a PDF",
    ]
    assert any(
        line.startswith("finished: 3 files written, 0 unchanged, 2 failed") for line in lines
    )
    assert "1 file without any nomination (no_cards): mixed/minutes.pdf" in lines
    assert "output: out/ (3 documents); manifest: out/_manifest.json" in lines
    assert "\x1b[31m" in screen or "\x1b[1;31m" in screen  # failures and the headline in red

    unchanged = [*command[:4], "mixed/nomination.pdf", "mixed/sub", *command[5:]]
    again = ANSI.sub("", read_terminal(unchanged, tmp_path, env, limit=120)).strip()
    assert again == "2 files unchanged, nothing to do"  # one line, no empty bar
