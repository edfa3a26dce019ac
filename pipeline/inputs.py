"""The inputs of a run: folders searched for PDFs, odd entries as typed errors, safe and
unique output names, and the checks that need no parsing (size, readability, sha256)."""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pipeline.errors import (
    EmptyFileError,
    InternalError,
    NotPdfError,
    PipelineError,
    TooLargeError,
    UnreadableFileError,
    UsageError,
)

# 255-byte file-name limit.
# The manifest's name in the output folder: no document may take it.
MANIFEST_NAME = "_manifest.json"
MAX_STEM_BYTES = 200


PATH_HASH_CHARS = 8


UNSAFE_NAME_CHARS = frozenset('/\\:*?"<>|')


@dataclass(frozen=True)
class InputFile:
    """One input as discovered: where it is, how it is shown, where its JSON goes."""

    path: Path
    display: str  # printable, valid UTF-8: used in messages and the manifest
    output_name: str | None  # None for inputs that cannot have a document (a folder)
    name_rule: Literal["stem", "stem-path-hash"] | None
    problem: PipelineError | None = None  # found during discovery: a typed error already


def printable_path(path: Path | str) -> str:
    """The path as valid UTF-8 text: undecodable bytes in a name become '\\xNN'."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def stable_relative(path: Path) -> str:
    """The path relative to the working folder when inside it, else absolute: the string
    hashed to tell same-stem inputs apart, so it must not depend on how it was typed."""
    absolute = os.path.abspath(path)
    relative = os.path.relpath(absolute)
    return absolute if relative.startswith(os.pardir) else relative


def is_pdf_name(name: str) -> bool:
    return name.lower().endswith(".pdf")


def scan_folder(folder: Path) -> Iterator[tuple[Path, PipelineError | None]]:
    """Every *.pdf below `folder`, sorted; folders named *.pdf and unlistable folders come
    back as typed errors. Symlinked folders are not entered, so a link loop cannot recur."""
    found: list[tuple[Path, PipelineError | None]] = []

    def unlistable(error: OSError) -> None:
        where = Path(error.filename) if error.filename else folder
        reason = error.strerror or str(error)
        found.append((where, UnreadableFileError(f"cannot list folder: {reason}")))

    for root, dirs, files in os.walk(folder, onerror=unlistable, followlinks=False):
        dirs.sort()
        for name in dirs:
            if is_pdf_name(name):
                found.append((Path(root, name), NotPdfError("is a folder, not a PDF file")))
        found.extend((Path(root, name), None) for name in files if is_pdf_name(name))
    yield from sorted(found, key=lambda item: os.fsencode(item[0]))


def discover(arguments: Sequence[Path]) -> list[tuple[Path, PipelineError | None]]:
    """Inputs in argument order (each folder's content sorted), duplicates dropped."""
    seen: set[str] = set()
    found: list[tuple[Path, PipelineError | None]] = []
    for argument in arguments:
        if not os.path.lexists(argument):
            raise UsageError(f"no such file or folder: {printable_path(argument)}")
        entries = scan_folder(argument) if argument.is_dir() else iter([(argument, None)])
        for path, problem in entries:
            key = os.path.abspath(path)
            if key not in seen:
                seen.add(key)
                found.append((path, problem))
    return found


def safe_stem(file_name: str) -> str:
    """A file-name stem that cannot escape the output folder, hide itself, or be taken for
    the manifest: separators and control characters become '_', leading '.'/'_' go."""
    stem = file_name[: -len(".pdf")] if is_pdf_name(file_name) else Path(file_name).stem
    cleaned = "".join("_" if ch in UNSAFE_NAME_CHARS or not ch.isprintable() else ch for ch in stem)
    cleaned = cleaned.lstrip("._ ") or "document"
    encoded = cleaned.encode("utf-8")[:MAX_STEM_BYTES]
    return encoded.decode("utf-8", "ignore")


def path_hash(path: Path, length: int) -> str:
    digest = hashlib.sha256(stable_relative(path).encode("utf-8", "surrogateescape"))
    return digest.hexdigest()[:length]


def assign_output_names(found: Sequence[tuple[Path, PipelineError | None]]) -> list[InputFile]:
    """'<stem>.json' per input; when several inputs share a stem (compared case-blind, for
    case-insensitive file systems), the first in order keeps it and each other one gets
    '<stem>-<first 8 hex of sha256 of its relative path>.json'."""
    stems = [safe_stem(printable_path(path.name)) for path, _ in found]
    taken = {
        stem.casefold() for stem, (_, problem) in zip(stems, found, strict=True) if not problem
    }
    first_owner: dict[str, int] = {}
    inputs: list[InputFile] = []
    for index, ((path, problem), stem) in enumerate(zip(found, stems, strict=True)):
        display = printable_path(path)
        if problem is not None:
            inputs.append(InputFile(path, display, None, None, problem))
            continue
        owner = first_owner.setdefault(stem.casefold(), index)
        if owner == index:
            inputs.append(InputFile(path, display, f"{stem}.json", "stem"))
            continue
        length = PATH_HASH_CHARS
        candidate = f"{stem}-{path_hash(path, length)}"
        while candidate.casefold() in taken:  # astronomically rare; still never overwrite
            length += 4
            candidate = f"{stem}-{path_hash(path, length)}"
        taken.add(candidate.casefold())
        inputs.append(InputFile(path, display, f"{candidate}.json", "stem-path-hash"))
    return inputs


@lru_cache(maxsize=8)
def resolved(folder: Path) -> Path:
    """The output folder's real path, once per run rather than once per input."""
    return folder.resolve()


def output_path(out_dir: Path, output_name: str) -> Path:
    """OUT/name, refusing anything that would land elsewhere (defence in depth: safe_stem
    already removed separators)."""
    target = out_dir / output_name
    if target.resolve().parent != resolved(out_dir) or output_name == MANIFEST_NAME:
        raise InternalError(f"refusing output name outside the output folder: {output_name!r}")
    return target


def check_input_file(path: Path, max_bytes: int) -> int:
    """The checks that need no parsing: a regular file, there, within the size limit.
    Returns its size."""
    return check_input_stat(path, max_bytes).st_size


def check_input_stat(path: Path, max_bytes: int) -> os.stat_result:
    """check_input_file, returning the whole stat (the incremental skip's fast path)."""
    try:
        info = path.stat()
    except OSError as exc:
        raise UnreadableFileError(f"cannot read: {exc.strerror or exc}") from exc
    if stat.S_ISDIR(info.st_mode):
        raise NotPdfError("is a folder, not a PDF file")
    if not stat.S_ISREG(info.st_mode):  # a FIFO would block the read forever
        raise NotPdfError("not a regular file")
    if info.st_size > max_bytes:
        raise TooLargeError(f"{info.st_size} bytes is over the limit of {max_bytes} (--max-bytes)")
    return info


# What extract.check_pdf_bytes looks for (a test keeps the two equal); repeated here so that
# the parent need not import the parser to reject a file that is plainly not a PDF.
PDF_MAGIC = b"%PDF-"
MAGIC_SEARCH_WINDOW = 1024


def check_pdf_start(path: Path) -> None:
    """Reject, before any worker starts, what the extract stage would reject from its first
    bytes: an empty file (`empty`), a file without a PDF header (`not_pdf`), in its words."""
    try:
        with path.open("rb") as handle:
            head = handle.read(MAGIC_SEARCH_WINDOW)
    except OSError as exc:
        raise UnreadableFileError(f"cannot read: {exc.strerror or exc}") from exc
    if not head:
        raise EmptyFileError("the file is empty (0 bytes)")
    if PDF_MAGIC not in head:
        kind = "an HTML page" if b"<html" in head.lower() else "not a PDF"
        raise NotPdfError(f"no %PDF- header: the file is {kind}")


def read_checked_input(path: Path, max_bytes: int) -> bytes:
    check_input_file(path, max_bytes)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UnreadableFileError(f"cannot read: {exc.strerror or exc}") from exc


def file_sha256(path: Path) -> str:
    """Streamed: the parent hashes every input and need not hold any of them in memory."""
    try:
        with path.open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError as exc:
        raise UnreadableFileError(f"cannot read: {exc.strerror or exc}") from exc
