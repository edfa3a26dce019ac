"""Error codes: one list, read off the error classes, and documented where users look."""

from __future__ import annotations

from pathlib import Path

from pipeline.errors import ERROR_CODES, PipelineError

ROOT = Path(__file__).resolve().parent.parent


def all_error_classes() -> list[type[PipelineError]]:
    found, pending = [], [PipelineError]
    while pending:
        cls = pending.pop()
        found.append(cls)
        pending.extend(cls.__subclasses__())
    return found


def test_every_error_class_code_is_listed_once() -> None:
    assert len(ERROR_CODES) == len(set(ERROR_CODES))
    assert {cls.code for cls in all_error_classes()} == set(ERROR_CODES)


def test_the_user_docs_name_every_code() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    batch_doc = (ROOT / "docs" / "batch.md").read_text(encoding="utf-8")
    for code in ERROR_CODES:
        assert f"`{code}`" in readme or f"`{code}`" in batch_doc, code
