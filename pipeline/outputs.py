"""Reading written output: the JSON documents of an output folder, checked against the
models. Shared by the diff, report and export commands (none of them re-runs the pipeline)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from pipeline.inputs import MANIFEST_NAME
from pipeline.models import Document
from pipeline.voice import EXIT_USAGE, CommandError, no_such_path, nothing_to_read, shown

EXIT_ERROR = EXIT_USAGE
DEFAULT_OUTPUT = Path("output")  # what `run` writes to, so what the others read by default
DOCUMENTS = "JSON documents"


class OutputReadError(CommandError):
    """A file that is not valid JSON, or not a nomination document: exit 2 in every command."""


def is_output_file(path: Path) -> bool:
    """Document JSON files; names starting with "_" are run-level files such as the manifest,
    names starting with "." temporary files of a run in progress."""
    return path.suffix == ".json" and not path.name.startswith(("_", ".")) and path.is_file()


def output_files(folder: Path) -> dict[str, Path]:
    """The document files of an output folder, by file name, in name order."""
    return {path.name: path for path in sorted(folder.iterdir()) if is_output_file(path)}


def document_paths(paths: Sequence[Path], allow_empty: bool = False) -> list[Path]:
    """The document files named or held by `paths` (folders are not searched recursively).
    A missing path, or no document at all, is the same error in every command."""
    for path in paths:
        if not path.exists():
            raise no_such_path(path)
    found: list[Path] = []
    for path in paths:
        found.extend(output_files(path).values() if path.is_dir() else [path])
    if not found and not allow_empty:
        raise nothing_to_read(list(paths), DOCUMENTS)
    return found


def read_json(path: Path) -> Any:
    """The parsed JSON of `path`, or the one wording every command uses when it is not."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise OutputReadError(f"{shown(path)}: cannot read: {exc.strerror or exc}") from exc
    try:
        return json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise OutputReadError(f"{shown(path)}: not valid JSON: {exc}") from exc


def read_document(path: Path) -> Document:
    data = read_json(path)
    try:
        return Document.model_validate(data)
    except ValidationError as exc:
        raise OutputReadError(f"{shown(path)}: {_describe_validation_error(exc)}") from exc


def _describe_validation_error(exc: ValidationError) -> str:
    first = exc.errors()[0]
    location = ".".join(str(part) for part in first["loc"]) or "(top level)"
    problems = "1 problem" if exc.error_count() == 1 else f"{exc.error_count()} problems"
    return f"not a nomination document ({problems}; first: {location}: {first['msg']})"


def read_documents(path: Path, allow_empty: bool = False) -> list[tuple[str, Document]]:
    """(file name, document) for one JSON file or every document file of a folder."""
    return [(file.name, read_document(file)) for file in document_paths([path], allow_empty)]


@dataclass(frozen=True)
class RunEntry:
    """What the run manifest says of one input: where it came from and how it ended."""

    path: str
    output: str | None
    status: str
    error_code: str | None
    message: str | None


def read_run_entries(folder: Path) -> list[RunEntry]:
    """The inputs listed by the folder's run manifest; none when there is no manifest (a
    folder of JSON copied from elsewhere) or it is not one."""
    manifest = folder / MANIFEST_NAME if folder.is_dir() else folder.parent / MANIFEST_NAME
    try:
        data = json.loads(manifest.read_bytes())
    except (OSError, ValueError):
        return []
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, list):
        return []
    return [entry for item in files if (entry := _run_entry(item)) is not None]


def _run_entry(item: Any) -> RunEntry | None:
    if not isinstance(item, dict) or not isinstance(item.get("path"), str):
        return None
    text = {
        key: item.get(key) if isinstance(item.get(key), str) else None
        for key in ("output", "status", "error_code", "message")
    }
    return RunEntry(
        item["path"], text["output"], text["status"] or "", text["error_code"], text["message"]
    )


def source_paths(folder: Path) -> dict[str, str]:
    """JSON name -> the input path it was made from, as the run was given it: two PDFs of
    one name in different folders are told apart by it."""
    return {entry.output: entry.path for entry in read_run_entries(folder) if entry.output}


def failed_entries(folder: Path) -> list[RunEntry]:
    """The inputs that failed in the last run, sorted by path."""
    return sorted(
        (e for e in read_run_entries(folder) if e.status == "failed"), key=lambda e: e.path
    )
