"""Validate JSON outputs against the committed schema (schemas/nomination.schema.json).

PATH may be JSON files or folders (their *.json files, not recursive); the default is
output/. Files whose name starts with '_' (the run manifest) or '.' (temporary files) are
not documents and are skipped. One line per invalid file goes to stderr. Exit status: 0
all valid, 1 some file breaks the schema, 2 a missing path, a folder without JSON
documents (unless --allow-empty) or a file that is not JSON at all.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from pipeline import voice
from pipeline.errors import SchemaValidationError
from pipeline.models import Document
from pipeline.write_schema import build_schema, default_schema_path

TEMP_SUFFIX = ".tmp"
# How many schema violations one error message names; the first few locate the bug.
MAX_REPORTED_VIOLATIONS = 3
USAGE_ERROR = voice.EXIT_USAGE


def serialize_json(data: Any) -> bytes:
    """Deterministic bytes: sorted keys, 2-space indent, real UTF-8, trailing newline."""
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    return text.encode("utf-8")


def document_to_json(doc: Document) -> bytes:
    return serialize_json(doc.model_dump(mode="json"))


@lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    """The committed schema, loaded once per process.

    An installed wheel has no schemas/ folder beside the package; there the schema is
    generated from the models, which a test keeps identical to the committed file.
    """
    path = default_schema_path()
    try:
        schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        schema = build_schema()
    Draft202012Validator.check_schema(schema)
    return schema


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    """The reference validator (the `jsonschema` library): it names the violations."""
    return Draft202012Validator(_schema())


@lru_cache(maxsize=1)
def _fast_validator() -> Any:
    """The same schema compiled by jsonschema-rs: a few hundred times faster on a valid
    document (docs/decisions.md, "Validating what is written"); a test keeps the two in
    agreement on valid and on broken documents."""
    import jsonschema_rs  # deferred: only writers and validators need it

    return jsonschema_rs.Draft202012Validator(_schema())


def _location(path: Iterable[Any]) -> str:
    return "/".join(str(part) for part in path) or "(document)"


def validate_json(data: Any) -> None:
    """Raise SchemaValidationError naming the first violations when `data` breaks the schema.

    The compiled validator answers whether it does; only a broken document is checked again
    by the reference validator, whose messages name the violations."""
    if _fast_validator().is_valid(data):
        return
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


def validated_json(doc: Document) -> bytes:
    """The document's bytes, validated against the committed schema (SchemaValidationError)."""
    data = doc.model_dump(mode="json")
    validate_json(data)
    return serialize_json(data)


def write_document(doc: Document, path: Path) -> None:
    """Validate against the committed schema, then write atomically; nothing invalid lands."""
    atomic_write_bytes(path, validated_json(doc))


EXAMPLES = """
  nominations validate                     every document in output/
  nominations validate json/ extra.json    folders and files
  nominations validate -q && echo valid    only the invalid files are printed
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="JSON files and/or folders of them (default: output/)",
    )
    voice.add_allow_empty(parser, "JSON documents")
    voice.add_quiet(parser, "print only the invalid files")


def command(args: argparse.Namespace) -> int:
    from pipeline.outputs import DEFAULT_OUTPUT, OutputReadError, document_paths, read_json

    try:
        paths = document_paths(args.paths or [DEFAULT_OUTPUT], args.allow_empty)
    except voice.CommandError as exc:
        return voice.report_error("validate", str(exc))
    unreadable = invalid = 0
    for path in paths:
        try:
            validate_json(read_json(path))
        except OutputReadError as exc:  # not JSON at all: as every other command says it
            unreadable += 1
            print(voice.error_line("validate", str(exc)), file=sys.stderr)
        except SchemaValidationError as exc:
            invalid += 1
            print(f"{voice.shown(path)}: {exc.code}: {exc.message}", file=sys.stderr)
    if not args.quiet:
        valid = len(paths) - unreadable - invalid
        print(f"{valid} of {voice.plural(len(paths), 'file')} valid")
    if unreadable:
        return voice.EXIT_USAGE
    return voice.EXIT_FOUND if invalid else voice.EXIT_OK
