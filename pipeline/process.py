"""The work for one file: PDF bytes and settings in, a document or a typed error out.

This is the unit a batch runner (ours, or Ray/Dask) maps over files. It touches no
folders and keeps no state but the per-process model cache.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field

from pipeline import entities, extract, nlp, segment
from pipeline.errors import InternalError, PipelineError
from pipeline.models import Document, PipelineInfo, Source
from pipeline.settings import Settings


@dataclass
class ProcessResult:
    document: Document
    stage_seconds: dict[str, float] = field(default_factory=dict)


def pipeline_info(settings: Settings) -> PipelineInfo:
    return nlp.pipeline_info(settings.model, settings.reader)


def process_pdf(data: bytes, file_name: str, settings: Settings) -> Document:
    return process_pdf_timed(data, file_name, settings).document


def process_pdf_timed(data: bytes, file_name: str, settings: Settings) -> ProcessResult:
    """Run extract, segment and entities on one PDF; raise a PipelineError on bad input."""
    try:
        return _run_stages(data, file_name, settings)
    except (PipelineError, MemoryError):
        raise  # MemoryError: the worker's memory cap; the runner, not this file, reports it
    except Exception as exc:  # a bug or an unexpected parser failure: still one typed error
        raise InternalError(f"{type(exc).__name__}: {exc}") from exc


def _run_stages(data: bytes, file_name: str, settings: Settings) -> ProcessResult:
    seconds: dict[str, float] = {}
    model = nlp.load_model(settings.model)  # once per process; not part of any stage's figure
    started = time.perf_counter()
    extracted = extract.extract_pdf(data, settings)
    seconds["extract"] = time.perf_counter() - started - extracted.ocr_seconds
    if extracted.ocr:
        seconds["ocr"] = extracted.ocr_seconds

    started = time.perf_counter()
    tree = segment.segment_document(extracted)
    seconds["segment"] = time.perf_counter() - started

    started = time.perf_counter()
    cards, entity_warnings = entities.annotate_cards(tree.cards, extracted.links, model)
    seconds["entities"] = time.perf_counter() - started

    document = Document(
        source=Source(
            file=file_name, sha256=hashlib.sha256(data).hexdigest(), pages=extracted.page_count
        ),
        pipeline=pipeline_info(settings),
        front_matter=tree.front_matter,
        cards=cards,
        warnings=sorted(
            [*extracted.warnings, *tree.warnings, *entity_warnings],
            key=lambda w: (w.page or 0, w.code, w.message),
        ),
        ocr_pages=extracted.ocr,
    )
    mark_ocr_provenance(document)
    return ProcessResult(document=document, stage_seconds=seconds)


def mark_ocr_provenance(document: Document) -> None:
    """Blocks and entities on recognised pages say so, for a reviewer to filter them."""
    pages = {record.page for record in document.ocr_pages}
    if not pages:
        return
    for card in document.cards:
        for section in card.sections:
            for block in section.blocks:
                block.ocr = block.page in pages
        for entity in card.entities:
            entity.ocr = entity.page in pages
