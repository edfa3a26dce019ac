"""Validate JSON outputs against the committed schema (schemas/nomination.schema.json).

PATH may be JSON files or folders (their *.json files, not recursive); the default is
output/. Files whose name starts with '_' (the run manifest) or '.' (temporary files) are
not documents and are skipped. One line per invalid file goes to stderr; the exit status
is 1 when any file is invalid.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from pipeline.errors import SchemaValidationError
from pipeline.models import Document
from pipeline.write_schema import build_schema, default_schema_path

TEMP_SUFFIX = ".tmp"
# How many schema violations one error message names; the first few locate the bug.
MAX_REPORTED_VIOLATIONS = 3
USAGE_ERROR = 2


def serialize_json(data: Any) -> bytes:
    """Deterministic bytes: sorted keys, 2-space indent, real UTF-8, trailing newline."""
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    return text.encode("utf-8")


def document_to_json(doc: Document) -> bytes:
    return serialize_json(doc.model_dump(mode="json"))


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    """The committed schema, loaded once per process.

    An installed wheel has no schemas/ folder beside the package; there the schema is
    generated from the models, which a test keeps identical to the committed file.
    """
    path = default_schema_path()
    try:
        schema = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        schema = build_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _location(path: Iterable[Any]) -> str:
    return "/".join(str(part) for part in path) or "(document)"


def validate_json(data: Any) -> None:
    """Raise SchemaValidationError naming the first violations when `data` breaks the schema."""
    violations = sorted(_validator().iter_errors(data), key=lambda e: _location(e.absolute_path))
    if not violations:
        return
    shown = "; ".join(
        f"{_location(v.absolute_path)}: {v.message}" for v in violations[:MAX_REPORTED_VIOLATIONS]
    )
    more = len(violations) - MAX_REPORTED_VIOLATIONS
    suffix = f" (and {more} more)" if more > 0 else ""
    raise SchemaValidationError(f"does not match the schema: {shown}{suffix}")


@lru_cache(maxsize=1)
def _new_file_mode() -> int:
    """The mode open() would give a new file (0o666 less the umask); mkstemp uses 0o600,
    which would make every output private to its writer."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def atomic_write_bytes(path: Path, payload: bytes) -> None:
    """Write `payload` so that `path` is either its old content or the new one, never half.

    The temporary file lives in the same folder (os.replace is atomic only within one file
    system) and is named '.<name>.<random>.tmp', so nothing that globs *.json ever sees it.
    """
    fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMP_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), _new_file_mode())
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def write_document(doc: Document, path: Path) -> None:
    """Validate against the committed schema, then write atomically; nothing invalid lands."""
    data = doc.model_dump(mode="json")
    validate_json(data)
    atomic_write_bytes(path, serialize_json(data))


def is_document_file(path: Path) -> bool:
    """A document JSON, as opposed to the manifest ('_...') or a temporary file ('.…')."""
    return path.suffix == ".json" and not path.name.startswith(("_", "."))


def iter_json_files(paths: Iterable[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.iterdir() if p.is_file() and is_document_file(p))
        else:
            yield path


def validation_problem(path: Path) -> str | None:
    """Why the file is not a valid document, or None when it is."""
    try:
        data = json.loads(path.read_bytes())
    except OSError as exc:
        return f"cannot read: {exc.strerror or exc}"
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return f"not valid JSON: {exc}"
    try:
        validate_json(data)
    except SchemaValidationError as exc:
        return exc.message
    return None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="JSON files and/or folders of them (default: output/)",
    )


def command(args: argparse.Namespace) -> int:
    paths: list[Path] = args.paths or [Path("output")]
    missing = [p for p in paths if not p.exists()]
    if missing:
        for path in missing:
            print(f"nominations validate: no such file or folder: {path}", file=sys.stderr)
        return USAGE_ERROR
    checked = invalid = 0
    for path in iter_json_files(paths):
        checked += 1
        problem = validation_problem(path)
        if problem is not None:
            invalid += 1
            print(f"{path}: invalid_output: {problem}", file=sys.stderr)
    print(f"{checked - invalid} of {checked} file(s) valid")
    return 1 if invalid else 0
