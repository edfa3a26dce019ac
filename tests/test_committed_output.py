"""output/gssd2014.json is committed: every change to the extraction shows up as its diff.

When this test fails, regenerate with `make run`, review `git diff output/` (or
`nominations diff`), and commit the new output together with the change that caused it.
"""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.process import process_pdf
from pipeline.settings import Settings
from pipeline.write import document_to_json, validate_json

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "input" / "gssd2014.pdf"
COMMITTED = ROOT / "output" / "gssd2014.json"


def test_committed_output_is_valid() -> None:
    validate_json(json.loads(COMMITTED.read_text(encoding="utf-8")))


def test_regenerating_the_sample_gives_the_committed_bytes() -> None:
    fresh = document_to_json(process_pdf(SAMPLE.read_bytes(), SAMPLE.name, Settings()))
    committed = COMMITTED.read_bytes()
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
