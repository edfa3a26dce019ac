"""OCR benchmark: pages per second per core and a worker's peak memory on scanned PDFs.

    .venv/bin/python tests/bench_ocr.py [--style gray|bitonal] [--dpi N] [--long-pages N]

The sample (input/gssd2014.pdf) is scanned with tests/scans.py; its pages are recognised in
this process (extract stage, OCR included), and the figures printed: wall seconds, CPU
seconds (the engine runs in this process; the time of `ocr.recognise`, which holds it, is
shown apart), and pages per CPU second (the per-core throughput, which other work on a
shared machine inflates less than wall time). Then
`nominations run --jobs 1` processes the scan and a long scan made by repeating its pages
(--long-pages, default 300; 0 skips it), and the manifest gives the worker's peak memory.
Figures only: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from pypdf import PdfReader, PdfWriter

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
sys.path.insert(0, str(TESTS))
sys.path.insert(0, str(ROOT))

import scans  # noqa: E402

from pipeline import ocr  # noqa: E402
from pipeline.extract import extract_pdf  # noqa: E402
from pipeline.lines import known_words  # noqa: E402
from pipeline.settings import DEFAULT_OCR_DPI, Settings  # noqa: E402

SAMPLE = ROOT / "input" / "gssd2014.pdf"


def cpu_seconds() -> tuple[float, float]:
    """(this process, its finished children) user + system CPU seconds."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def throughput(scan: bytes, dpi: int) -> None:
    recognising = [0.0]
    recognise = ocr.recognise

    def timed(*args: Any) -> Any:
        started = time.process_time()
        try:
            return recognise(*args)
        finally:
            recognising[0] += time.process_time() - started

    # Loaded once per worker, before its first file: not a page's cost.
    known_words(Settings().model)
    engine = ocr.find_engine()
    if engine is not None:
        ocr._api(engine.models)
    ocr.recognise = timed  # type: ignore[assignment]
    own_before, children_before = cpu_seconds()
    started = time.perf_counter()
    try:
        document = extract_pdf(scan, Settings(ocr_dpi=dpi))
    finally:
        ocr.recognise = recognise  # type: ignore[assignment]
    wall = time.perf_counter() - started
    own_after, children_after = cpu_seconds()
    pages = len(document.ocr)
    cpu = own_after - own_before + children_after - children_before
    resolutions = sorted({page.dpi for page in document.ocr})
    print(f"pages recognised: {pages} at {resolutions} dpi (at most {dpi})")
    print(f"wall: {wall:.1f} s ({pages / wall:.2f} pages/s), OCR {document.ocr_seconds:.1f} s")
    print(
        f"CPU: {cpu:.1f} s, {cpu / pages:.2f} s a page, of which {recognising[0] / pages:.2f} s "
        "in ocr.recognise (dot leaders, engine, hOCR)"
    )
    print(f"per core: {pages / cpu:.2f} pages per CPU second")
    confidence = sum(page.confidence for page in document.ocr) / max(pages, 1)
    print(f"mean page confidence: {confidence:.1f}")


def repeated(scan: bytes, pages: int) -> bytes:
    reader = PdfReader(io.BytesIO(scan))
    writer = PdfWriter()
    for index in range(pages):
        writer.add_page(reader.pages[index % len(reader.pages)])
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def worker_memory(path: Path) -> None:
    """One file in one worker at the default settings (a long scan needs a longer timeout)."""
    out = path.parent / f"out-{path.stem}"
    command = [sys.executable, "-m", "pipeline", "run", str(path), "--out", str(out)]
    options = ["--jobs", "1", "--force", "--quiet", "--timeout", "7200"]
    started = time.perf_counter()
    subprocess.run([*command, *options], check=False, cwd=ROOT)
    wall = time.perf_counter() - started
    manifest = json.loads((out / "_manifest.json").read_text(encoding="utf-8"))
    entry = manifest["files"][0]
    print(
        f"{path.name}: {entry['status']}, {entry['pages']} pages in {wall:.0f} s, "
        f"worker peak RSS {manifest['totals']['worker_peak_rss_mb']} MB "
        f"(stages {entry['stage_seconds']})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--style", choices=sorted(scans.STYLES), default="gray")
    parser.add_argument("--dpi", type=int, default=DEFAULT_OCR_DPI)
    parser.add_argument("--long-pages", type=int, default=300)
    args = parser.parse_args()
    scan = scans.scanned_pdf(SAMPLE.read_bytes(), 1, scans.STYLES[args.style])
    print(f"scan of {SAMPLE.name} ({args.style}, {len(scan) // 1024} KB)")
    throughput(scan, args.dpi)
    with tempfile.TemporaryDirectory(prefix="nominations-bench-ocr-") as scratch:
        short = Path(scratch) / "scan.pdf"
        short.write_bytes(scan)
        worker_memory(short)
        if args.long_pages:
            long = Path(scratch) / f"scan-{args.long_pages}.pdf"
            long.write_bytes(repeated(scan, args.long_pages))
            worker_memory(long)
    return 0


if __name__ == "__main__":
    sys.exit(main())
