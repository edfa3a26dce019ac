"""Fuzzing the per-file function: mutated bytes of a real PDF give a document or a typed
error, never an uncaught exception and never a hang."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from types import FrameType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.errors import PipelineError
from pipeline.models import Document
from pipeline.nlp import load_model
from pipeline.process import process_pdf
from pipeline.settings import Settings

# A real two-page PDF from the pdfplumber test suite (MIT), 2.6 kB: small enough that a
# mutation lands in its structure (xref, streams, fonts) more often than not.
SEED_PDF = (Path(__file__).parent / "fixtures" / "thirdparty" / "hello_structure.pdf").read_bytes()
HEADER_BYTES = len(b"%PDF-1.4\n")
# Far above what a 2.6 kB file needs; only a hang reaches it.
HANG_LIMIT_SECONDS = 30


class Hung(Exception):
    pass


@contextmanager
def fails_if_it_hangs(seconds: int) -> Iterator[None]:
    def on_alarm(signum: int, frame: FrameType | None) -> None:
        raise Hung(f"no answer after {seconds} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@st.composite
def mutated_pdfs(draw: st.DrawFn) -> bytes:
    """The seed with a few bytes overwritten, a slice cut out or junk spliced in, after
    the header (a broken header is merely not_pdf, tested elsewhere)."""
    data = bytearray(SEED_PDF)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["overwrite", "delete", "insert", "truncate"]))
        at = draw(st.integers(HEADER_BYTES, max(HEADER_BYTES, len(data) - 1)))
        if kind == "overwrite":
            junk = draw(st.binary(min_size=1, max_size=16))
            data[at : at + len(junk)] = junk
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 256))]
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        else:
            del data[at:]
    return bytes(data)


@pytest.fixture(scope="module", autouse=True)
def model_loaded() -> None:
    """Load spaCy before the examples, so that no example pays for it against its deadline."""
    load_model(Settings().model)


@settings(
    max_examples=30,
    deadline=timedelta(seconds=10),
    derandomize=True,  # the same 30 cases on every run: CI must not be flaky
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(data=mutated_pdfs())
def test_mutated_pdf_gives_a_document_or_a_typed_error(data: bytes) -> None:
    with fails_if_it_hangs(HANG_LIMIT_SECONDS):
        try:
            result = process_pdf(data, "mutated.pdf", Settings())
        except PipelineError as error:
            assert error.code in {
                "encrypted",
                "damaged",
                "not_pdf",
                "empty",
                "no_text_layer",
                "too_large",
            }
            return
    assert isinstance(result, Document)
