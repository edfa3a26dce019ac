"""Memory and work caps per file (issue 18): hostile PDFs end as typed errors or page
warnings, a worker's memory is capped, and no file can take the main process down."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import psutil
import pytest
from bombs import BOMBS, million_chars, one_page, stream, write_pdf
from generator import one_page_nomination

from pipeline import extract, limits, memory
from pipeline.errors import TooLargeError
from pipeline.ocr import find_engine
from pipeline.settings import Reader, Settings

REPO = Path(__file__).resolve().parent.parent
READERS = pytest.mark.parametrize("reader", ["pdfplumber", "pdfium"])


def run_cli(*args: str, timeout: float = 300) -> tuple[int, int, str]:
    """Run `nominations run ARGS`; (exit status, peak RSS of its whole process tree, stderr).

    The peak is read every 50 ms from the parent and every descendant (workers, and any
    process a worker starts), so it is the memory the machine actually lent the run.
    """
    process = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "run", *args],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    peak = 0
    deadline = time.monotonic() + timeout
    while process.poll() is None and time.monotonic() < deadline:
        peak = max(peak, memory.process_tree_rss(process.pid))
        time.sleep(0.05)
    if process.poll() is None:
        process.kill()
    _, err = process.communicate()
    return process.wait(), peak, err


def manifest_files(out: Path) -> dict[str, dict[str, Any]]:
    manifest = json.loads((out / "_manifest.json").read_bytes())
    return {Path(f["path"]).name: f for f in manifest["files"]}


# --------------------------------------------------------------------- the bomb suite


@pytest.mark.parametrize("reader", ["pdfplumber", "pdfium"])
def test_bomb_suite_beside_good_files(tmp_path: Path, reader: str) -> None:
    """Every bomb ends as a typed error or a page warning before its time limit, the whole
    process tree stays under twice the memory cap, and every good file is written: with
    either character reader (pdfium runs in the same capped workers)."""
    source = tmp_path / "in"
    source.mkdir()
    for name, make in BOMBS.items():
        (source / name).write_bytes(make())
    (source / "good-a.pdf").write_bytes(one_page_nomination("A", "Seed banks for dry areas"))
    (source / "good-b.pdf").write_bytes(one_page_nomination("B", "Solar kiosks for clinics"))
    out = tmp_path / "out"
    cap = 1024**3
    status, peak, err = run_cli(
        str(source), "--out", str(out), "--jobs", "2", "--timeout", "60",
        "--max-memory", "1G", "--log-format", "json", "--reader", reader,
    )  # fmt: skip

    assert status == 1, err
    files = manifest_files(out)
    assert files["good-a.pdf"]["status"] == files["good-b.pdf"]["status"] == "ok"
    assert (out / "good-a.json").exists() and (out / "good-b.json").exists()
    codes = {name: files[name]["error_code"] for name in BOMBS}
    assert codes["million-chars.pdf"] == "too_large"
    if reader == "pdfplumber":
        assert "200,000 characters" in files["million-chars.pdf"]["message"]
    else:  # pdfium parses a page whole before its chars can be counted: under a 1 GB cap,
        # 5 million chars stop at the memory cap (under the default 2 GB, at the char cap)
        assert any(
            cap in files["million-chars.pdf"]["message"]
            for cap in ("200,000 characters", "--max-memory")
        )
    assert codes["inflating-stream.pdf"] == "too_large"
    assert "inflates past" in files["inflating-stream.pdf"]["message"]
    assert codes["nested-arrays.pdf"] == "damaged"
    assert codes["huge-page-tree.pdf"] == "too_large"
    assert "--max-pages" in files["huge-page-tree.pdf"]["message"]
    # With an OCR engine, its pixel budget refuses the scan before rendering it; without
    # one, the scan simply has no text.
    if find_engine() is not None:
        assert codes["giant-scan.pdf"] == "too_large"
        assert "pixels" in files["giant-scan.pdf"]["message"]
    else:
        assert codes["giant-scan.pdf"] == "no_text_layer"
    assert "timeout" not in codes.values()
    assert peak < 2 * cap, f"process tree peaked at {peak / 2**20:.0f} MB"

    finish = json.loads(err.splitlines()[-1])
    assert finish["event"] == "finish"
    capped = [name for name, code in codes.items() if code == "too_large"]
    assert finish["limits_hit"] == len(capped) >= 3
    assert any("million-chars.pdf (too_large)" in hit for hit in finish["limits"])


def test_a_file_past_the_memory_cap_fails_alone(tmp_path: Path) -> None:
    """With the character cap lifted, a five-million-character page really needs gigabytes:
    the worker's cap stops it, the file fails as too_large, and the next file (in a new
    worker, --jobs 1) is written. The main process never holds the file."""
    source = tmp_path / "in"
    source.mkdir()
    (source / "a-bomb.pdf").write_bytes(million_chars())
    (source / "b-good.pdf").write_bytes(one_page_nomination("B", "Solar kiosks for clinics"))
    out = tmp_path / "out"
    status, peak, err = run_cli(
        str(source), "--out", str(out), "--jobs", "1", "--max-memory", "1G",
        "--max-page-chars", "100000000",
    )  # fmt: skip

    assert status == 1
    files = manifest_files(out)
    assert files["a-bomb.pdf"]["error_code"] == "too_large", files["a-bomb.pdf"]
    assert "--max-memory" in files["a-bomb.pdf"]["message"]
    assert files["b-good.pdf"]["status"] == "ok", files["b-good.pdf"]
    assert peak < 2 * 1024**3
    manifest = json.loads((out / "_manifest.json").read_bytes())
    assert manifest["options"]["max_memory"] == 1024**3
    assert manifest["options"]["max_page_chars"] == 100_000_000
    assert "1 file met a memory or work cap: " in err


def test_jobs_1_runs_files_outside_the_main_process(tmp_path: Path) -> None:
    """A file that kills the process it runs in costs that file only, with --jobs 1 too."""
    from test_batch import MISBEHAVING_CLI

    good = one_page_nomination()
    source = tmp_path / "in"
    source.mkdir()
    (source / "a-crash.pdf").write_bytes(good + b"\n%CRASH\n")
    (source / "b-good.pdf").write_bytes(good)
    script = tmp_path / "misbehaving_cli.py"
    script.write_text(MISBEHAVING_CLI, encoding="utf-8")
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, str(script), "run", str(source), "--out", str(out), "--jobs", "1"],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert result.returncode == 1, result.stderr
    files = manifest_files(out)
    assert files["a-crash.pdf"]["error_code"] == "internal"
    assert "SIGKILL" in files["a-crash.pdf"]["message"]
    assert files["b-good.pdf"]["status"] == "ok"


# --------------------------------------------------------------------- caps, one by one


def two_pages(dense_chars: int) -> bytes:
    """Page 1 says hello; page 2 draws `dense_chars` characters."""
    dense = b"BT /F1 1 Tf 10 10 Td (" + b"A" * dense_chars + b") Tj ET\n"
    return write_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            stream(b"BT /F1 12 Tf 72 720 Td (Hello from the first page) Tj ET\n"),
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 4 0 R >> >> /Contents 7 0 R >>",
            stream(dense),
        ]
    )


@READERS
def test_a_page_over_the_character_cap_is_skipped_with_a_warning(reader: Reader) -> None:
    document = extract.extract_pdf(two_pages(5000), Settings(reader=reader, max_page_chars=1000))
    assert [line.text for line in document.lines] == ["Hello from the first page"]
    [warning] = document.warnings
    assert (warning.code, warning.page) == ("page_over_limit", 2)
    assert "more than 1,000 characters" in warning.message


@READERS
def test_a_page_under_the_cap_is_read_whole(reader: Reader) -> None:
    document = extract.extract_pdf(two_pages(500), Settings(reader=reader, max_page_chars=1000))
    assert document.warnings == []
    assert document.lines[-1].text == "A" * 500


@READERS
def test_the_graphic_object_cap(reader: Reader) -> None:
    paths = b"".join(b"%d 10 1 1 re f\n" % x for x in range(300))
    pdf = write_pdf(one_page(stream(b"BT /F1 12 Tf 72 720 Td (Boxes) Tj ET\n" + paths)))
    with pytest.raises(TooLargeError, match="more than 100 graphic objects"):
        extract.extract_pdf(pdf, Settings(reader=reader, max_page_objects=100))
    assert extract.extract_pdf(pdf, Settings(reader=reader, max_page_objects=1000)).warnings == []


@READERS
def test_a_stream_is_inflated_only_up_to_the_cap(reader: Reader) -> None:
    body = b"BT /F1 12 Tf 72 720 Td (Hi) Tj ET\n" + b" " * 3_000_000
    pdf = write_pdf(one_page(stream(body)))
    with pytest.raises(TooLargeError, match="inflates past 1 MB"):
        extract.extract_pdf(pdf, Settings(reader=reader, max_stream_bytes=2**20))
    assert extract.extract_pdf(pdf, Settings(reader=reader)).lines[0].text == "Hi"


@READERS
def test_a_form_xobject_stream_counts_too(reader: Reader) -> None:
    """A hostile stream may hide in a form the page draws, not in the page's own content."""
    form = stream(
        b"BT /F1 12 Tf 72 720 Td (Hi) Tj ET\n" + b" " * 3_000_000,
        b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>",
    )
    objects = one_page(stream(b"/X1 Do\n"), b"<< /Font << /F1 4 0 R >> /XObject << /X1 6 0 R >> >>")
    pdf = write_pdf([*objects, form])
    with pytest.raises(TooLargeError, match="inflates past"):
        extract.extract_pdf(pdf, Settings(reader=reader, max_stream_bytes=2**20))


@READERS
def test_the_page_tree_is_counted_before_pages_are_built(reader: Reader) -> None:
    from bombs import huge_page_tree

    with pytest.raises(TooLargeError, match="more than 1500 pages"):
        extract.extract_pdf(huge_page_tree(5000), Settings(reader=reader))
    document = extract.extract_pdf(huge_page_tree(20), Settings(reader=reader))
    assert document.page_count == 20


def test_inflated_size_over_reads_no_further_than_the_cap() -> None:
    import zlib

    from pdfminer.pdftypes import PDFStream
    from pdfminer.psparser import LIT

    data = zlib.compress(b"x" * 10_000)
    over = PDFStream({"Filter": LIT("FlateDecode")}, data)
    assert limits.inflated_size_over(over, 9_999)
    assert not limits.inflated_size_over(PDFStream({"Filter": LIT("FlateDecode")}, data), 10_000)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2G", 2 * 1024**3), ("512M", 512 * 1024**2), ("1.5GB", 3 * 1024**3 // 2),
     ("300000", 300_000), ("64 MiB", 64 * 1024**2), ("10k", 10_240)],
)  # fmt: skip
def test_sizes_on_the_command_line(text: str, expected: int) -> None:
    assert memory.parse_size(text) == expected


def test_a_size_that_is_not_one_is_refused() -> None:
    with pytest.raises(ValueError, match="not a size"):
        memory.parse_size("two gigs")


def test_the_tree_memory_reading_includes_children() -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", "import time; x = bytearray(200 << 20); time.sleep(30)"]
    )
    try:
        deadline = time.monotonic() + 20
        own = psutil.Process().memory_info().rss
        while time.monotonic() < deadline:
            if memory.process_tree_rss(os.getpid()) > own + 150 * 2**20:
                break
            time.sleep(0.1)
        assert memory.process_tree_rss(os.getpid()) > own + 150 * 2**20
    finally:
        child.kill()
        child.wait()
