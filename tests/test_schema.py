"""The committed JSON Schema matches the models, and nothing invalid is ever written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from generator import one_page_nomination as nomination_pdf
from jsonschema import Draft202012Validator

from pipeline.cli import main
from pipeline.errors import SchemaValidationError
from pipeline.models import Document, PipelineInfo, Source
from pipeline.write import document_to_json, validate_json, write_document
from pipeline.write_schema import build_schema, default_schema_path, render_schema


def minimal_document(**source: object) -> Document:
    fields = {"file": "nomination.pdf", "sha256": "0" * 64, "pages": 1, **source}
    return Document(
        source=Source.model_validate(fields),
        pipeline=PipelineInfo(version="0.0.0", spacy_model="en_core_web_sm-3.8.0", code="0" * 16),
    )


def test_committed_schema_is_current(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "--check"]) == 0, capsys.readouterr().err


def test_check_fails_on_a_stale_copy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stale = json.loads(default_schema_path().read_text(encoding="utf-8"))
    del stale["$defs"]["Source"]["properties"]["sha256"]
    path = tmp_path / "nomination.schema.json"
    path.write_text(render_schema(stale), encoding="utf-8")

    assert main(["schema", "--check", "--path", str(path)]) == 1
    assert "differs from the models" in capsys.readouterr().err


def test_check_fails_when_the_file_is_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["schema", "--check", "--path", str(tmp_path / "absent.json")]) == 1
    assert "is missing" in capsys.readouterr().err


def test_schema_command_writes_the_committed_bytes(tmp_path: Path) -> None:
    path = tmp_path / "schemas" / "nomination.schema.json"
    assert main(["schema", "--path", str(path)]) == 0
    assert path.read_bytes() == default_schema_path().read_bytes()


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    schema = build_schema()
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] and schema["title"]
    assert render_schema(schema) == render_schema(build_schema())  # deterministic


def test_document_json_is_deterministic_utf8() -> None:
    doc = minimal_document(file="São Tomé – résumé.pdf")
    data = document_to_json(doc)
    assert data == document_to_json(doc)
    assert data.endswith(b"}\n")
    assert "São Tomé – résumé.pdf".encode() in data  # real UTF-8, not \\u escapes
    keys = list(json.loads(data))
    assert keys == sorted(keys)


def test_validate_names_the_failing_field() -> None:
    data = json.loads(document_to_json(minimal_document()))
    data["source"]["sha256"] = "not a hash"
    with pytest.raises(SchemaValidationError, match=r"source/sha256"):
        validate_json(data)


def test_invalid_document_is_never_written(tmp_path: Path) -> None:
    # model_construct skips pydantic's checks, as a buggy stage could.
    bad = Document.model_construct(
        source=Source.model_construct(file="x.pdf", sha256="nope", pages=-1),
        pipeline=PipelineInfo(version="0", spacy_model="m", code="c"),
        front_matter=None,
        cards=[],
        warnings=[],
    )
    target = tmp_path / "x.json"
    with pytest.raises(SchemaValidationError):
        write_document(bad, target)
    assert list(tmp_path.iterdir()) == []  # no file, no temporary file


def test_every_written_json_validates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in"
    source.mkdir()
    (source / "seed-banks.pdf").write_bytes(nomination_pdf())
    out = tmp_path / "out"

    assert main(["run", str(source), "--out", str(out), "--jobs", "1", "--quiet"]) == 0
    written = sorted(out.glob("*.json"))
    assert [p.name for p in written] == ["_manifest.json", "seed-banks.json"]
    assert main(["validate", str(out)]) == 0
    assert "1 of 1 file valid" in capsys.readouterr().out


def test_validate_reports_each_invalid_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.json"
    write_document(minimal_document(), good)
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    wrong = json.loads(good.read_bytes())
    wrong["cards"] = "none"
    (tmp_path / "wrong.json").write_text(json.dumps(wrong), encoding="utf-8")
    (tmp_path / "_manifest.json").write_text("{}", encoding="utf-8")  # not a document

    # Not JSON at all: the error every command gives it (exit 2); the other files are still
    # checked, each invalid one named (exit 1 without the broken file).
    assert main(["validate", str(tmp_path)]) == 2
    captured = capsys.readouterr()
    err_lines = captured.err.splitlines()
    assert len(err_lines) == 2
    assert err_lines[0].startswith(
        f"nominations validate: error: {tmp_path / 'broken.json'}: not valid JSON"
    )
    assert err_lines[1].startswith(f"{tmp_path / 'wrong.json'}: invalid_output:")
    assert "cards" in err_lines[1]
    assert captured.out == "1 of 3 files valid\n"
    (tmp_path / "broken.json").unlink()
    assert main(["validate", str(tmp_path)]) == 1


def test_validate_usage_error_for_a_missing_path(tmp_path: Path) -> None:
    assert main(["validate", str(tmp_path / "nowhere")]) == 2
