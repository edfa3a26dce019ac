"""Reading written output: the JSON documents of an output folder, checked against the
models. Shared by the diff, report and export commands (none of them re-runs the pipeline)."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from pipeline.models import (
    Document,
)

EXIT_ERROR = 2


class OutputReadError(Exception):
    """A path that is missing, or a file that is not a valid nomination document."""


def is_output_file(path: Path) -> bool:
    """Document JSON files; names starting with "_" are run-level files such as the manifest."""
    return path.suffix == ".json" and not path.name.startswith("_") and path.is_file()


def output_files(folder: Path) -> dict[str, Path]:
    """The document files of an output folder, by file name, in name order."""
    return {path.name: path for path in sorted(folder.iterdir()) if is_output_file(path)}


def read_document(path: Path) -> Document:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise OutputReadError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    try:
        return Document.model_validate_json(data)
    except ValidationError as exc:
        raise OutputReadError(f"{path}: {_describe_validation_error(exc)}") from exc


def _describe_validation_error(exc: ValidationError) -> str:
    first = exc.errors()[0]
    if first["type"] == "json_invalid":
        return f"invalid JSON: {first['msg'].removeprefix('Invalid JSON: ')}"
    location = ".".join(str(part) for part in first["loc"]) or "(top level)"
    return (
        f"not a nomination document ({exc.error_count()} problem(s); first: "
        f"{location}: {first['msg']})"
    )


def read_documents(path: Path) -> list[tuple[str, Document]]:
    """(file name, document) for one JSON file or every document file of a folder."""
    if path.is_dir():
        return [(name, read_document(file)) for name, file in output_files(path).items()]
    if path.is_file():
        return [(path.name, read_document(path))]
    raise OutputReadError(f"{path}: no such file or folder")
