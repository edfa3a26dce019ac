"""The code fingerprint: a hash of the pipeline's own code and data files.

Part of the pipeline identity (`PipelineInfo.code`), so that an output written by other code
is not current even when the package version did not change. Every `*.py` file and every
file in `data/` of the package counts, wherever it is installed (a source tree or a wheel):
the paths relative to the package and their bytes, in sorted order. Computed once per
process (about 60 files, 1 MB: a few milliseconds).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
FINGERPRINT_HEX_CHARS = 16


def code_files(package_dir: Path) -> list[Path]:
    """The files whose bytes make the fingerprint, sorted by their path in the package."""
    found = [*package_dir.rglob("*.py"), *(package_dir / "data").rglob("*")]
    files = {p for p in found if p.is_file() and "__pycache__" not in p.parts}
    return sorted(files, key=lambda p: p.relative_to(package_dir).as_posix())


def fingerprint_of(package_dir: Path) -> str:
    """sha256 over each file's relative path and bytes, cut to 16 hex digits."""
    digest = hashlib.sha256()
    for path in code_files(package_dir):
        data = path.read_bytes()
        name = path.relative_to(package_dir).as_posix().encode("utf-8")
        digest.update(b"%s\0%d\0" % (name, len(data)))
        digest.update(data)
    return digest.hexdigest()[:FINGERPRINT_HEX_CHARS]


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """This process's pipeline code (read once: a later edit to a file does not count)."""
    return fingerprint_of(PACKAGE_DIR)
