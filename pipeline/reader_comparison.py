"""Both character readers on one PDF: the same document, or what differs (scripts/compare-readers,
tests/test_readers.py). The comparison is `nominations diff`'s, ignoring the pipeline identity
(the reader is part of it); a file that fails must fail with the same error code."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from pipeline import process
from pipeline.diff_document import diff_documents
from pipeline.diff_model import Change, DiffResult, FileDiff
from pipeline.diff_render import render_text
from pipeline.errors import PipelineError
from pipeline.models import Document
from pipeline.settings import Settings

Outcome = Document | str  # a document, or the error code it failed with


@dataclass(frozen=True)
class Comparison:
    name: str
    reference: Outcome  # pdfplumber's
    pdfium: Outcome
    changes: tuple[Change, ...]

    @property
    def same(self) -> bool:
        return not self.changes and outcome_kind(self.reference) == outcome_kind(self.pdfium)

    def report(self) -> str:
        """A readable account of the differences (empty when there are none)."""
        if self.same:
            return ""
        if isinstance(self.reference, str) or isinstance(self.pdfium, str):
            return (
                f"{self.name}: pdfplumber {outcome_kind(self.reference)}, "
                f"pdfium {outcome_kind(self.pdfium)}\n"
            )
        return render_text(DiffResult((FileDiff(self.name, self.changes),)))


def outcome_kind(outcome: Outcome) -> str:
    return f"failed ({outcome})" if isinstance(outcome, str) else "ok"


def run(data: bytes, name: str, settings: Settings) -> Outcome:
    try:
        return process.process_pdf(data, name, settings)
    except PipelineError as exc:
        return exc.code


def compare(data: bytes, name: str, settings: Settings | None = None) -> Comparison:
    base = settings or Settings()
    reference = run(data, name, dataclasses.replace(base, reader="pdfplumber"))
    pdfium = run(data, name, dataclasses.replace(base, reader="pdfium"))
    changes: tuple[Change, ...] = ()
    if isinstance(reference, Document) and isinstance(pdfium, Document):
        changes = tuple(diff_documents(reference, pdfium, ignore_version=True))
    return Comparison(name, reference, pdfium, changes)
