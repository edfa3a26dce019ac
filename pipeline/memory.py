"""The memory cap of a worker: the operating system's limit, and a watchdog's reading.

A worker's address space is capped (RLIMIT_AS), so an allocation past the cap fails in that
worker only (MemoryError in Python; a C library may end the process instead). The parent
reads the resident memory of each worker's whole process tree, so a child the worker starts
(an OCR engine) counts too, and kills a tree that grows past the cap. No pdfplumber import
here: the parent and the warm path use this module.
"""

from __future__ import annotations

import re
import resource
import sys

import psutil

from pipeline.errors import TooLargeError

GIB = 2**30
MIB = 2**20


def limit_memory(max_bytes: int) -> None:
    """Cap this process's address space: past it, allocations fail (MemoryError) here only."""
    resource.setrlimit(resource.RLIMIT_AS, (max_bytes, max_bytes))


def process_tree_rss(pid: int) -> int:
    """Resident memory of a process and all its descendants, in bytes (0 once it is gone)."""
    try:
        process = psutil.Process(pid)
        members = [process, *process.children(recursive=True)]
    except psutil.Error:
        return 0
    total = 0
    for member in members:
        try:
            total += member.memory_info().rss
        except psutil.Error:  # a child ended between the listing and the reading
            continue
    return total


def memory_error(max_bytes: int) -> TooLargeError:
    return TooLargeError(
        f"needed more memory than the limit of {format_bytes(max_bytes)} (--max-memory)"
    )


def format_bytes(count: int) -> str:
    for unit, size in (("GB", GIB), ("MB", MIB), ("KB", 1024)):
        if count >= size:
            return f"{count / size:.3g} {unit}"
    return f"{count} bytes"


SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?\s*$", re.IGNORECASE)
UNITS = {"": 1, "b": 1, "k": 1024, "m": MIB, "g": GIB}


def parse_size(text: str) -> int:
    """'2G', '512M', '1.5GB', '300000' -> bytes (powers of 1024, as ulimit and docker do)."""
    match = SIZE.match(text)
    if match is None:
        raise ValueError(f"not a size: {text!r} (write e.g. 2G, 512M or a number of bytes)")
    number, unit = match.groups()
    return int(float(number) * UNITS[(unit or "")[:1].lower()])


def peak_rss_bytes() -> int:
    """This process's peak resident memory so far (Linux reports KiB)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def children_of(pid: int) -> list[psutil.Process]:
    try:
        return list(psutil.Process(pid).children(recursive=True))
    except psutil.Error:
        return []


def kill_all(processes: list[psutil.Process]) -> None:
    """Kill processes a killed worker leaves behind (they would run on, unwatched)."""
    for process in processes:
        try:
            process.kill()
        except psutil.Error:  # ended already
            continue


def address_space(pid: int) -> int:
    """A process's virtual memory size (what RLIMIT_AS caps), 0 once it is gone."""
    try:
        return int(psutil.Process(pid).memory_info().vms)
    except psutil.Error:
        return 0
