"""output/gssd2014.json is committed: every change to the extraction shows up as its diff.

When this test fails, regenerate with `make run`, review `git diff output/` (or
`nominations diff`), and commit the new output together with the change that caused it.
The document's `pipeline.code` (the code fingerprint) is left out of the comparison: it
changes with every change to the code, and the committed output keeps the fingerprint of
the commit that last changed what it says (docs/decisions.md, "Code fingerprint").
"""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.process import process_pdf
from pipeline.settings import Settings
from pipeline.write import document_to_json, serialize_json, validate_json

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "input" / "gssd2014.pdf"
COMMITTED = ROOT / "output" / "gssd2014.json"


def test_committed_output_is_valid() -> None:
    validate_json(json.loads(COMMITTED.read_text(encoding="utf-8")))


def with_code(document: bytes, code: str) -> bytes:
    """The document's bytes with another code fingerprint (serialize_json: the same bytes
    as written, a test below checks)."""
    data = json.loads(document)
    data["pipeline"]["code"] = code
    return serialize_json(data)


def test_committed_output_is_in_the_written_form() -> None:
    committed = COMMITTED.read_bytes()
    code = json.loads(committed)["pipeline"]["code"]
    assert len(code) == 16
    assert with_code(committed, code) == committed


def test_regenerating_the_sample_gives_the_committed_bytes() -> None:
    fresh = document_to_json(process_pdf(SAMPLE.read_bytes(), SAMPLE.name, Settings()))
    fresh_code = json.loads(fresh)["pipeline"]["code"]
    committed = with_code(COMMITTED.read_bytes(), fresh_code)
    if fresh != committed:
        fresh_lines = fresh.decode("utf-8").splitlines()
        old_lines = committed.decode("utf-8").splitlines()
        first = next(
            (
                i
                for i, pair in enumerate(zip(old_lines, fresh_lines, strict=False))
                if pair[0] != pair[1]
            ),
            min(len(old_lines), len(fresh_lines)),
        )
        raise AssertionError(
            f"output/gssd2014.json is stale (first difference at line {first + 1}: "
            f"{old_lines[first : first + 1]} -> {fresh_lines[first : first + 1]}); "
            "run `make run`, review the diff and commit it"
        )
