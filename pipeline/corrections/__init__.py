"""Human corrections that survive regeneration: one YAML file per source document, applied
as the last stage before validation and writing.

- `model`: the operations and their fields;
- `parse`: YAML -> checked operations, errors naming file and line;
- `apply`: operations -> corrected document (stale ones recorded and warned about);
- `check`: `nominations corrections check OUTPUT_DIR`.

Where a PDF's corrections live: `<folder>/<pdf stem>.yaml`, where the folder is the one given
by `run --corrections PATH`, else `corrections/` beside the PDF.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

FOLDER_NAME = "corrections"
SUFFIX = ".yaml"


def corrections_path(pdf: Path, folder: Path | None) -> Path:
    """Where the corrections of `pdf` are written, whether or not the file exists."""
    base = folder if folder is not None else pdf.parent / FOLDER_NAME
    return base / f"{pdf.stem}{SUFFIX}"


def existing_corrections(pdf: Path, folder: Path | None) -> Path | None:
    path = corrections_path(pdf, folder)
    return path if path.is_file() else None


def file_digest(path: Path | None) -> str | None:
    """sha256 of a corrections file's bytes (None without one): part of what makes an output
    current. An unreadable file gets a digest no output has, so its document is redone and
    fails with the reason."""
    if path is None:
        return None
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "unreadable"
