"""Real-world PDFs that are not nominations (the pdfplumber test corpus, MIT): one batch,
no crash, no hang, one JSON or one typed error per file, exit status 1."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from pipeline.write import validate_json

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures" / "thirdparty"
FULL_CORPUS = REPO.parent / "shared" / "corpus" / "thirdparty" / "pdfplumber-tests"
KNOWN_CODES = {"encrypted", "damaged", "not_pdf", "empty", "no_text_layer", "too_large", "internal"}
# Files whose outcome the corpus README states.
EXPECTED_FAILURES = {
    "empty.pdf": "empty",
    "password-example.pdf": "encrypted",
}
# Generous: a hang, not a slow page, is what this guards against.
BATCH_OPTIONS = ("--jobs", "2", "--timeout", "300", "--quiet")


def run_corpus(source: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", "run", str(source), "--out", str(out), *BATCH_OPTIONS],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=3600,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )


def check_batch(source: Path, out: Path, result: subprocess.CompletedProcess[str]) -> None:
    pdfs = sorted(p.name for p in source.glob("*.pdf"))
    assert result.returncode == 1, result.stderr  # some files are broken on purpose
    manifest: dict[str, Any] = json.loads((out / "_manifest.json").read_bytes())
    files = {Path(f["path"]).name: f for f in manifest["files"]}
    assert sorted(files) == pdfs
    assert manifest["state"] == "finished"

    error_lines = {}
    for line in result.stderr.splitlines():
        path, code, _message = line.split(": ", 2)
        error_lines[Path(path).name] = code
    failed = {name: f["error_code"] for name, f in files.items() if f["status"] == "failed"}
    assert error_lines == failed, "one stderr line per failed file, none for the others"
    assert set(failed.values()) <= KNOWN_CODES
    for name, code in EXPECTED_FAILURES.items():
        if name in files:
            assert failed.get(name) == code, files[name]["message"]

    written = {p.name for p in out.glob("*.json")} - {"_manifest.json"}
    assert written == {files[name]["output"] for name in files if name not in failed}
    for name in written:
        document = json.loads((out / name).read_bytes())
        validate_json(document)
        # None of them is a nomination: numbered minutes or reports must not become cards.
        assert document["cards"] == [], name


def test_fixture_subset(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_corpus(FIXTURES, out)
    check_batch(FIXTURES, out, result)
    manifest = json.loads((out / "_manifest.json").read_bytes())
    files = {Path(f["path"]).name: f for f in manifest["files"]}
    # A damaged file must be a typed load error, not a crash inside a later stage.
    assert files["malformed-from-issue-932.pdf"]["error_code"] != "internal"


@pytest.mark.slow
def test_full_corpus(tmp_path: Path) -> None:
    if not FULL_CORPUS.is_dir():
        pytest.skip(f"the full corpus is not at {FULL_CORPUS} (only in the shared workspace)")
    out = tmp_path / "out"
    check_batch(FULL_CORPUS, out, run_corpus(FULL_CORPUS, out))
    # Every readable file gives a document: a failure beyond the broken-on-purpose ones is a
    # regression (chelsea_pdta.pdf once failed as `damaged` over a table cell of blanks).
    manifest = json.loads((out / "_manifest.json").read_bytes())
    failed = {Path(f["path"]).name for f in manifest["files"] if f["status"] == "failed"}
    broken = {"empty.pdf", "issue-297-example.pdf", "password-example.pdf"}
    from pipeline.ocr import find_engine

    if find_engine() is None:
        # An image-only page needs the OCR engine (CI installs it; .ci/run): without it the
        # file fails as no_text_layer, with the message saying what to install.
        broken.add("issue-203-decimalize.pdf")
    assert failed == broken
