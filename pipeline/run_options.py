"""The options of `nominations run`: its command-line arguments and what they become
(BatchOptions, with the Settings each file needs). pipeline.batch runs them."""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pipeline import memory, voice
from pipeline.settings import (
    DEFAULT_MAX_BYTES,
    DEFAULT_MAX_MEMORY,
    DEFAULT_MAX_PAGE_CHARS,
    DEFAULT_MAX_PAGE_OBJECTS,
    DEFAULT_MAX_PAGES,
    DEFAULT_MAX_STREAM_BYTES,
    DEFAULT_READER,
    DEFAULT_TIMEOUT_SECONDS,
    OCR_MODES,
    READERS,
    Settings,
)

DEFAULT_INPUT = Path("input")
DEFAULT_OUTPUT = Path("output")


LogFormat = Literal["text", "json"]


Engine = Literal["pool", "dask"]


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
    strict: bool = False  # a file written without a nomination (or text) counts as failed
    allow_empty: bool = False  # no PDF in the inputs is fine: exit 0 with an empty manifest
    verify: bool = False  # hash every input and read every JSON: no trust in recorded stats
    engine: Engine = "pool"
    cluster: str | None = None  # a Dask scheduler's address (engine dask); None: a local one
    corrections: Path | None = None  # --corrections; None: corrections/ beside each PDF
    settings: Settings = field(default_factory=Settings)


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "inputs",
        nargs="*",
        type=Path,
        metavar="INPUT",
        help="PDF files and/or folders (searched recursively for *.pdf); default: input/",
    )
    parser.add_argument(
        "-o",
        "--out",
        type=Path,
        default=DEFAULT_OUTPUT,
        metavar="DIR",
        help="output folder (default: output/)",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=voice.positive_int,
        default=None,
        metavar="N",
        help="worker processes (default: the number of CPUs); each file runs in a worker",
    )
    parser.add_argument(
        "--in-process",
        action="store_true",
        help="run every file in this process, one at a time, without a worker or a memory "
        "cap (for a debugger or a profiler; --timeout still applies)",
    )
    parser.add_argument(
        "--engine",
        choices=("pool", "dask"),
        default=None,
        help="pool: this machine's worker processes (default); dask: a Dask cluster, local "
        "(--jobs workers) or --cluster (needs the cluster extra: pip install "
        "'nominations[cluster]')",
    )
    parser.add_argument(
        "--cluster",
        default=os.environ.get("DASK_SCHEDULER_ADDRESS"),
        metavar="ADDRESS",
        help="a running Dask scheduler, e.g. tcp://10.0.0.5:8786 (default: "
        "$DASK_SCHEDULER_ADDRESS); implies --engine dask",
    )
    parser.add_argument(
        "--verify",
        action="store_true",
        help="hash every input and read every existing JSON, instead of trusting an input "
        "whose size, modification time and inode are what the last run recorded",
    )
    parser.add_argument(
        "-f",
        "--force",
        action="store_true",
        help="redo every file, even those whose JSON is current",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="a file whose document misses a nomination or text (warnings no_cards, "
        "card_unstructured, no_text_layer, page_over_limit) counts as failed: exit status 1, "
        "for CI; its JSON is still written",
    )
    parser.add_argument(
        "--corrections",
        type=Path,
        default=None,
        metavar="DIR",
        help="folder of corrections files, <pdf stem>.yaml each (default: corrections/ "
        "beside each PDF); editing one redoes only its document",
    )
    voice.add_allow_empty(parser, "PDF files")
    voice.add_quiet(parser, "no progress, log lines or summary; failed files still go to stderr")
    parser.add_argument(
        "--log-format",
        choices=("text", "json"),
        default="text",
        help="text: a progress bar on a terminal, plain lines otherwise; json: one JSON "
        "object per event line on stderr",
    )
    parser.add_argument(
        "--timeout",
        type=voice.positive_float,
        default=DEFAULT_TIMEOUT_SECONDS,
        help=f"seconds allowed per file (default: {DEFAULT_TIMEOUT_SECONDS:g})",
    )
    parser.add_argument(
        "--max-pages",
        type=voice.positive_int,
        default=DEFAULT_MAX_PAGES,
        help=f"files with more pages fail as too_large (default: {DEFAULT_MAX_PAGES})",
    )
    parser.add_argument(
        "--max-bytes",
        type=voice.size,
        default=DEFAULT_MAX_BYTES,
        metavar="SIZE",
        help="larger files fail as too_large, unread (default: "
        f"{memory.format_bytes(DEFAULT_MAX_BYTES)}; e.g. 200MB, 1G)",
    )
    parser.add_argument(
        "--max-memory",
        type=voice.size,
        default=DEFAULT_MAX_MEMORY,
        metavar="SIZE",
        help="memory per worker (its address space, and the resident memory of its process "
        "tree); a file that needs more fails as too_large (default: "
        f"{memory.format_bytes(DEFAULT_MAX_MEMORY)}; e.g. 4G, 1500M)",
    )
    parser.add_argument(
        "--max-page-chars",
        type=voice.positive_int,
        default=DEFAULT_MAX_PAGE_CHARS,
        help="a page drawing more characters is skipped with a page_over_limit warning "
        f"(default: {DEFAULT_MAX_PAGE_CHARS})",
    )
    parser.add_argument(
        "--max-page-objects",
        type=voice.positive_int,
        default=DEFAULT_MAX_PAGE_OBJECTS,
        help="the same for graphic objects (paths, images) drawn on one page "
        f"(default: {DEFAULT_MAX_PAGE_OBJECTS})",
    )
    parser.add_argument(
        "--max-stream-bytes",
        type=voice.size,
        default=DEFAULT_MAX_STREAM_BYTES,
        metavar="SIZE",
        help="the same for a page content stream that inflates past this size "
        f"(default: {memory.format_bytes(DEFAULT_MAX_STREAM_BYTES)})",
    )
    parser.add_argument(
        "--model",
        default=None,
        help="spaCy pipeline package (default: en_core_web_sm if installed)",
    )
    parser.add_argument(
        "--reader",
        choices=READERS,
        default=DEFAULT_READER,
        help="the character reader: pdfplumber (the reference) or pdfium (faster; "
        f"docs/decisions.md lists where the two differ) (default: {DEFAULT_READER})",
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
        reader=args.reader,
    )
    return BatchOptions(
        inputs=tuple(args.inputs) or (DEFAULT_INPUT,),
        out_dir=args.out,
        jobs=args.jobs or default_jobs(),
        force=args.force,
        quiet=args.quiet,
        log_format=args.log_format,
        in_process=args.in_process,
        strict=args.strict,
        allow_empty=args.allow_empty,
        verify=args.verify,
        engine=args.engine or ("dask" if args.cluster else "pool"),
        cluster=args.cluster,
        corrections=args.corrections,
        settings=settings,
    )
