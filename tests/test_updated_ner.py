"""`--model DIR`: ner weights written by scripts/train-ner, loaded over the installed small
model in place of its own. Tested with weights written here (the installed model's own ner,
and a copy with one layer changed), so no trained weights need to ship."""

from __future__ import annotations

import json
from pathlib import Path

import numpy
import pytest

from pipeline.nlp import load_model, model_identity, updated_ner_dir
from pipeline.process import process_pdf
from pipeline.settings import Settings

GENERATED = Path(__file__).parent / "fixtures" / "generated" / "generated_single_nepal.pdf"


@pytest.fixture(scope="module")
def same_weights(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The installed model's own ner weights, written as scripts/train-ner writes its own."""
    folder = tmp_path_factory.mktemp("ner-same")
    load_model(None).get_pipe("ner").to_disk(folder, exclude=["vocab"])
    return folder


def test_a_folder_of_ner_weights_is_a_model_setting(same_weights: Path) -> None:
    assert updated_ner_dir(str(same_weights)) == same_weights
    assert updated_ner_dir(str(same_weights / "missing")) is None
    assert updated_ner_dir("en_core_web_sm") is None
    assert updated_ner_dir(None) is None


def test_the_output_names_the_weights(same_weights: Path, tmp_path: Path) -> None:
    identity = model_identity(str(same_weights))
    assert identity.startswith(model_identity(None) + "+ner-")
    other = tmp_path / "other"
    other.mkdir()
    for name in ("cfg", "moves"):
        (other / name).write_bytes((same_weights / name).read_bytes())
    (other / "model").write_bytes((same_weights / "model").read_bytes() + b"\0")
    assert model_identity(str(other)) != identity  # other weights: other outputs are stale


def test_the_folder_s_weights_replace_only_the_ner(tmp_path: Path) -> None:
    base = load_model(None)
    ner = base.get_pipe("ner")
    upper = ner.model.get_ref("upper")
    changed_bias = upper.get_param("b") + 1.0
    saved_bias = upper.get_param("b").copy()
    upper.set_param("b", changed_bias)
    try:
        ner.to_disk(tmp_path, exclude=["vocab"])
    finally:
        upper.set_param("b", saved_bias)  # the cached default model stays as it was
    updated = load_model(str(tmp_path))
    assert updated is not base
    assert updated.pipe_names == base.pipe_names
    loaded_bias = updated.get_pipe("ner").model.get_ref("upper").get_param("b")
    assert numpy.array_equal(loaded_bias, changed_bias)
    assert not numpy.array_equal(
        loaded_bias, base.get_pipe("ner").model.get_ref("upper").get_param("b")
    )


def test_the_same_weights_from_a_folder_give_the_same_entities(same_weights: Path) -> None:
    data = GENERATED.read_bytes()
    default = json.loads(process_pdf(data, GENERATED.name, Settings()).model_dump_json())
    first = process_pdf(data, GENERATED.name, Settings(model=str(same_weights))).model_dump_json()
    second = process_pdf(data, GENERATED.name, Settings(model=str(same_weights))).model_dump_json()
    assert first == second  # deterministic: the same bytes twice
    loaded = json.loads(first)
    assert loaded["pipeline"]["spacy_model"] == model_identity(str(same_weights))
    assert [c["entities"] for c in loaded["cards"]] == [c["entities"] for c in default["cards"]]
