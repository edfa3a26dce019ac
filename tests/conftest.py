"""Shared fixtures: run settings, the sample PDF, and generated nominations processed once."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
ROOT = TESTS.parent
if str(TESTS) not in sys.path:  # tests import the generator as a plain module
    sys.path.insert(0, str(TESTS))

from generator import CASES, render  # noqa: E402

from pipeline.models import Document  # noqa: E402
from pipeline.settings import Settings  # noqa: E402

SAMPLE_PDF = ROOT / "input" / "gssd2014.pdf"


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings()


@pytest.fixture(scope="session")
def sample_pdf() -> bytes:
    return SAMPLE_PDF.read_bytes()


@pytest.fixture(scope="session")
def generated_case() -> Callable[[str], tuple[bytes, Document]]:
    """Render a generator case and run process_pdf on it, once per test session."""
    from pipeline.process import process_pdf

    cache: dict[str, tuple[bytes, Document]] = {}

    def get(name: str) -> tuple[bytes, Document]:
        if name not in cache:
            spec = CASES[name]()
            data = render(spec).data
            cache[name] = (data, process_pdf(data, spec.file_name, Settings()))
        return cache[name]

    return get
