"""Benchmark of batch runs: throughput per stage and end to end for each character reader,
against bare pdfplumber and bare pypdfium2 text extraction, worker memory, the warm re-run,
and memory on a long PDF.

    python -m pipeline.bench [FOLDER ...] [--copies N] [--jobs N] [--readers R,R] [--json PATH]

Default folders: input/, the third-party corpus at ../shared/corpus/thirdparty/ when it is
there, and a batch built in a temporary folder from N copies of input/gssd2014.pdf. Every
pipeline figure comes from `nominations run` itself (a subprocess, as a user runs it);
the per-stage seconds are the workers' own timings from the run manifest.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from pipeline.batch import default_jobs
from pipeline.inputs import MANIFEST_NAME, discover
from pipeline.process import process_pdf
from pipeline.settings import READERS, Settings
from pipeline.write import write_document

PROJECT = Path(__file__).resolve().parent.parent
SAMPLE = PROJECT / "input" / "gssd2014.pdf"
THIRD_PARTY = PROJECT.parent / "shared" / "corpus" / "thirdparty"
STAGES = ("extract", "segment", "entities", "write")
WARM_BATCH_SIZE = 100
WARM_REPEATS = 3
LONG_PDF_PAGES = 300
BARE_LABELS = {"pdfplumber": "bare pdfplumber extract_text()", "pdfium": "bare pypdfium2 text"}


@dataclass
class RunFigures:
    """What one `nominations run` did, from the wall clock and its manifest."""

    files: int = 0
    ok: int = 0
    failed: int = 0
    skipped: int = 0
    pages: int = 0
    seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    worker_peak_rss_mb: float = 0.0

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0


def run_pipeline(inputs: list[Path], out: Path, jobs: int, *extra: str) -> RunFigures:
    command = [sys.executable, "-m", "pipeline", "run", *map(str, inputs)]
    command += ["--out", str(out), "--jobs", str(jobs), "--quiet", *extra]
    started = time.perf_counter()
    subprocess.run(command, cwd=PROJECT, stderr=subprocess.DEVNULL, check=False)
    seconds = time.perf_counter() - started
    manifest = json.loads((out / MANIFEST_NAME).read_bytes())
    totals = manifest["totals"]
    stage_seconds = dict.fromkeys(STAGES, 0.0)
    for record in manifest["files"]:
        for stage, spent in record["stage_seconds"].items():
            stage_seconds[stage] = stage_seconds.get(stage, 0.0) + spent
    return RunFigures(
        files=totals["inputs"],
        ok=totals["ok"],
        failed=totals["failed"],
        skipped=totals["skipped"],
        pages=totals["pages_processed"],
        seconds=seconds,
        stage_seconds=stage_seconds,
        worker_peak_rss_mb=totals["worker_peak_rss_mb"],
    )


def bare_pdfplumber(pdfs: list[Path]) -> tuple[int, float]:
    """Pages and seconds of plain `page.extract_text()`, one process, same files; files
    pdfplumber cannot open are skipped, as the pipeline fails them early."""
    import pdfplumber

    pages = 0
    started = time.perf_counter()
    for path in pdfs:
        try:
            with pdfplumber.open(path) as pdf:
                for page in pdf.pages:
                    page.extract_text()
                    page.close()  # flush pdfplumber's per-page cache, as extract does
                    pages += 1
        except Exception:  # broken corpus files: their failure is not what is measured
            continue
    return pages, time.perf_counter() - started


def bare_pdfium(pdfs: list[Path]) -> tuple[int, float]:
    """Pages and seconds of plain pypdfium2 `get_text_range()` on the same files: the floor
    of text extraction."""
    import pypdfium2 as pdfium

    pages = 0
    started = time.perf_counter()
    for path in pdfs:
        try:
            pdf = pdfium.PdfDocument(path)
        except Exception:  # broken or encrypted corpus files, as above
            continue
        try:
            for index in range(len(pdf)):
                page = pdf[index]
                textpage = page.get_textpage()
                textpage.get_text_range()
                textpage.close()
                page.close()
                pages += 1
        finally:
            pdf.close()
    return pages, time.perf_counter() - started


def pdfs_of(inputs: list[Path]) -> list[Path]:
    return [path for path, problem in discover(inputs) if problem is None and path.is_file()]


def build_copies(target: Path, count: int) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        shutil.copy(SAMPLE, target / f"copy-{index:03d}.pdf")
    return target


def build_warm_batch(folder: Path, out: Path, settings: Settings) -> None:
    """100 copies of the sample and, for each, the JSON `nominations run` writes for it.

    Processing the sample once and writing each copy's document (which differs only in
    source.file) gives the same files a cold run would, without parsing it 100 times.
    """
    build_copies(folder, WARM_BATCH_SIZE)
    out.mkdir(parents=True, exist_ok=True)
    document = process_pdf(SAMPLE.read_bytes(), SAMPLE.name, settings)
    for pdf in sorted(folder.glob("*.pdf")):
        source = document.source.model_copy(update={"file": pdf.name})
        write_document(document.model_copy(update={"source": source}), out / f"{pdf.stem}.json")


def build_long_pdf(target: Path, pages: int) -> Path:
    """A `pages`-page PDF made of the sample's pages over and over."""
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(SAMPLE)
    writer = PdfWriter()
    while len(writer.pages) < pages:
        for page in reader.pages[: pages - len(writer.pages)]:
            writer.add_page(page)
    with target.open("wb") as handle:
        writer.write(handle)
    return target


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        import psutil

        memory = f", {psutil.virtual_memory().total / 2**30:.0f} GiB RAM"
    except ImportError:
        pass
    return (
        f"{default_jobs()} cores ({model}){memory}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )


def stage_rate(run: RunFigures, stage: str) -> float:
    spent = run.stage_seconds.get(stage, 0.0)
    return run.pages / spent if spent else 0.0


def report(figures: dict[str, Any]) -> str:
    runs: dict[str, RunFigures] = figures["pipeline"]
    first = next(iter(runs.values()))
    readers = list(runs)
    lines = [
        f"machine: {figures['machine']}; load average {figures.get('load', '?')}",
        f"batch: {first.files} files ({first.ok} ok, {first.failed} failed), {first.pages} "
        f"pages, --jobs {figures['jobs']}",
        "",
        f"{'pages/s':<30}" + "".join(f"{reader:>12}" for reader in readers),
    ]
    for stage in STAGES:
        rates = "".join(f"{stage_rate(runs[r], stage):>12.1f}" for r in readers)
        lines.append(f"{stage + ' (per core)':<30}{rates}")
    ends = "".join(f"{runs[r].pages_per_second:>12.1f}" for r in readers)
    lines.append(f"{'end to end (--jobs ' + str(figures['jobs']) + ')':<30}{ends}")
    peaks = "".join(f"{runs[r].worker_peak_rss_mb:>12.0f}" for r in readers)
    lines.append(f"{'peak RSS per worker (MB)':<30}{peaks}")
    bare_rates = {}
    for name in ("pdfplumber", "pdfium"):
        pages, seconds = figures[f"bare_{name}"]
        bare_rates[name] = pages / seconds if seconds else 0.0
        label = BARE_LABELS[name]
        lines.append(f"{label:<30}{bare_rates[name]:>12.1f}  (1 process, {pages} pages)")
    lines.append("")
    if {"pdfplumber", "pdfium"} <= set(runs):
        plumber, pdfium = runs["pdfplumber"], runs["pdfium"]
        extract_ratio = stage_rate(pdfium, "extract") / (stage_rate(plumber, "extract") or 1)
        lines.append(f"extract pdfium / pdfplumber: {extract_ratio:.1f} x (target >= 8)")
    bare = bare_rates["pdfplumber"] or 1.0
    for reader in readers:
        per_core = runs[reader].pages_per_second / figures["jobs"]
        lines.append(
            f"end to end per core, {reader} / bare pdfplumber extract_text(): "
            f"{per_core / bare:.2f} x (target >= 2 with the default reader)"
        )
    writes = ", ".join(f"{r} {stage_rate(runs[r], 'write'):.0f}" for r in readers)
    lines.append(
        f"bare pypdfium2 / bare pdfplumber: {bare_rates['pdfium'] / bare:.1f} x; "
        f"write stage: {writes} pages/s/core (target >= 1500)"
    )
    lines.append("")
    warm: RunFigures = figures["warm"]
    lines.append(
        f"warm re-run of {warm.files} unchanged files: {warm.seconds:.2f} s "
        f"(median of {WARM_REPEATS}; {warm.skipped} skipped; target < 2 s)"
    )
    for reader, (short, long) in figures.get("long", {}).items():
        lines.append(
            f"peak RSS of one worker ({reader}): {short.worker_peak_rss_mb:.0f} MB on the "
            f"{short.pages}-page sample, {long.worker_peak_rss_mb:.0f} MB on a "
            f"{long.pages}-page PDF ({long.seconds:.0f} s; target < 400 MB, flat)"
        )
    return "\n".join(lines)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="scripts/bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="*", type=Path, help="PDF folders or files")
    parser.add_argument("--copies", type=int, default=20, help="copies of the sample (20)")
    parser.add_argument("--jobs", type=int, default=default_jobs(), help="default: the cores")
    parser.add_argument("--no-long", action="store_true", help="skip the 300-page PDF")
    parser.add_argument(
        "--readers",
        default=",".join(READERS),
        help="character readers to run, comma-separated (default: both)",
    )
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    settings = Settings()
    with tempfile.TemporaryDirectory(prefix="nominations-bench-") as scratch:
        work = Path(scratch)
        inputs: list[Path] = list(args.folders)
        if not inputs:
            inputs = [PROJECT / "input"]
            if THIRD_PARTY.is_dir():
                inputs.append(THIRD_PARTY)
            if args.copies > 0:
                inputs.append(build_copies(work / "copies", args.copies))
        figures: dict[str, Any] = {"machine": machine(), "jobs": args.jobs}
        print(f"machine: {figures['machine']}", flush=True)

        readers = [reader.strip() for reader in args.readers.split(",") if reader.strip()]
        figures["pipeline"] = {}
        for reader in readers:
            print(f"pipeline, end to end, {reader} reader ...", flush=True)
            figures["pipeline"][reader] = run_pipeline(
                inputs, work / f"out-{reader}", args.jobs, "--force", "--reader", reader
            )
        print("bare pdfplumber and bare pypdfium2 ...", flush=True)
        figures["bare_pdfplumber"] = bare_pdfplumber(pdfs_of(inputs))
        figures["bare_pdfium"] = bare_pdfium(pdfs_of(inputs))

        print(f"warm re-run of {WARM_BATCH_SIZE} unchanged files ...", flush=True)
        build_warm_batch(work / "warm", work / "warm-out", settings)
        # The median of three: one figure of about a second is at the mercy of the machine.
        warm_runs = [
            run_pipeline([work / "warm"], work / "warm-out", args.jobs) for _ in range(WARM_REPEATS)
        ]
        figures["warm"] = sorted(warm_runs, key=lambda run: run.seconds)[WARM_REPEATS // 2]

        if not args.no_long:
            long_pdf = build_long_pdf(work / f"long-{LONG_PDF_PAGES}.pdf", LONG_PDF_PAGES)
            figures["long"] = {}
            for reader in readers:
                print(f"memory, {reader}: the sample, then a {LONG_PDF_PAGES}-page PDF ...")
                options = ("--force", "--reader", reader)
                figures["long"][reader] = (
                    run_pipeline([SAMPLE], work / f"short-{reader}", 2, *options),
                    run_pipeline([long_pdf], work / f"long-{reader}", 2, *options),
                )
        figures["load"] = " ".join(f"{value:.1f}" for value in os.getloadavg())

    print()
    print(report(figures))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, sort_keys=True, default=asdict) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
