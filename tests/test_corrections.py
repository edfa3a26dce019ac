"""Human corrections (corrections/<pdf stem>.yaml): applied last, kept across re-runs, part of
what makes an output current; stale and malformed ones reported with file and line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fpdf import FPDF
from generator import one_page_nomination

from pipeline.cli import main
from pipeline.corrections.apply import apply_corrections
from pipeline.corrections.parse import parse_corrections
from pipeline.diff_document import diff_documents
from pipeline.diff_model import DiffResult, FileDiff
from pipeline.diff_render import render_markdown, render_text
from pipeline.errors import CorrectionsError, CorrectionsMismatchError
from pipeline.models import Document
from pipeline.outputs import read_document
from pipeline.report_document import render_document
from pipeline.write import validate_json

# A nomination whose description makes the model take a language for an organisation
# ("ChiTonga"; a job, "Head of Department", served until the pipeline learnt better) and
# writes a person in lower case, which nothing finds.
LINES = (
    "Community seed banks in the Andes",
    "Nominee: Ms. Ana Perez, Director, Andean Seed Network",
    "Country: Peru",
    "Email: ana.perez@example.org",
    "1. Description and Title of the South-South Initiative",
    "Farmers in three countries keep local seed varieties in shared banks. The work was "
    "coordinated by rosa quispe mamani of the seed committee. The seed catalogue was "
    "translated into ChiTonga, so that both shores use the same words.",
    "2. Main partners",
    "Andean Seed Network; the ministries of agriculture of Peru and Bolivia.",
    "3. Contacts",
    "Ms. Manizha Davlatova, Head of Department, Dushanbe",
    "Phone: +992 37 221 5804",
)


def nomination_pdf() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in LINES:
        pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@pytest.fixture(scope="module")
def pdf_bytes() -> bytes:
    return nomination_pdf()


@pytest.fixture(scope="module")
def document(pdf_bytes: bytes) -> Document:
    from pipeline.process import process_pdf
    from pipeline.settings import Settings

    return process_pdf(pdf_bytes, "a.pdf", Settings())


def sha256(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def corrections_text(data: bytes, body: str, file: str = "a.pdf") -> str:
    return f"file: {file}\nsha256: {sha256(data)}\ncards:\n  '1':\n{body}"


DROP_AND_ADD = """\
    - drop: {label: ORG, text: ChiTonga, section: 1}
    - add: {label: PERSON, text: rosa quispe mamani, normalized: Rosa Quispe Mamani, section: 1}
"""


def make_folder(tmp_path: Path, pdf_bytes: bytes, body: str | None) -> tuple[Path, Path]:
    source = tmp_path / "in"
    source.mkdir()
    (source / "a.pdf").write_bytes(pdf_bytes)
    (source / "b.pdf").write_bytes(one_page_nomination())
    if body is not None:
        (source / "corrections").mkdir()
        (source / "corrections" / "a.yaml").write_text(corrections_text(pdf_bytes, body))
    return source, tmp_path / "out"


def run(source: Path, out: Path, *extra: str) -> int:
    return main(["run", str(source), "--out", str(out), "--in-process", "--quiet", *extra])


def manifest_files(out: Path) -> dict[str, dict[str, Any]]:
    data = json.loads((out / "_manifest.json").read_bytes())
    return {Path(f["path"]).name: f for f in data["files"]}


def entity_texts(document: Document, label: str) -> list[str]:
    return [e.text for card in document.cards for e in card.entities if e.label == label]


# ------------------------------------------------------------------ applied and kept


def test_a_false_organisation_dropped_and_a_missed_person_added_survive_a_forced_rerun(
    tmp_path: Path, pdf_bytes: bytes, document: Document
) -> None:
    # What the pipeline does without a correction: both mistakes are there.
    assert "ChiTonga" in entity_texts(document, "ORG")
    assert "rosa quispe mamani" not in entity_texts(document, "PERSON")

    source, out = make_folder(tmp_path, pdf_bytes, DROP_AND_ADD)
    assert run(source, out) == 0
    for _ in range(2):  # and again with --force, as after a pipeline change
        corrected = read_document(out / "a.json")
        assert "ChiTonga" not in entity_texts(corrected, "ORG")
        card = corrected.cards[0]
        added = next(e for e in card.entities if e.normalized == "Rosa Quispe Mamani")
        section_1 = next(s for s in card.sections if s.number == 1)
        assert section_1.text[added.start : added.end] == "rosa quispe mamani"
        assert (added.label, added.section, added.page) == ("PERSON", 1, 1)
        assert (added.source, added.reason, added.confidence) == ("correction",) * 2 + ("high",)
        assert corrected.corrections is not None
        assert [ref.operation for ref in corrected.corrections.applied] == ["drop", "add"]
        assert [ref.line for ref in corrected.corrections.applied] == [5, 6]
        assert corrected.corrections.stale == []
        validate_json(json.loads((out / "a.json").read_bytes()))
        assert run(source, out, "--force") == 0

    page = render_document(corrected, "a.json")
    assert "entity ent-PERSON corrected" in page and "2 applied" in page
    assert "ChiTonga<span>ORG" not in page  # in the text, no longer marked


def test_editing_a_correction_redoes_only_its_document(tmp_path: Path, pdf_bytes: bytes) -> None:
    source, out = make_folder(tmp_path, pdf_bytes, DROP_AND_ADD)
    assert run(source, out) == 0
    assert run(source, out) == 0
    assert {n: f["status"] for n, f in manifest_files(out).items()} == {
        "a.pdf": "skipped",
        "b.pdf": "skipped",
    }
    corrections = source / "corrections" / "a.yaml"
    corrections.write_text(
        corrections.read_text() + "    - drop: {label: COUNTRY, text: Bolivia}\n"
    )
    assert run(source, out) == 0
    assert {n: f["status"] for n, f in manifest_files(out).items()} == {
        "a.pdf": "ok",
        "b.pdf": "skipped",
    }
    assert "Bolivia" not in entity_texts(read_document(out / "a.json"), "COUNTRY")

    corrections.unlink()  # no corrections any more: the pipeline's own output again
    assert run(source, out) == 0
    assert manifest_files(out)["a.pdf"]["status"] == "ok"
    assert read_document(out / "a.json").corrections is None
    assert "ChiTonga" in entity_texts(read_document(out / "a.json"), "ORG")


# ------------------------------------------------------------------ stale and refused


def test_a_stale_correction_is_reported_by_the_run_and_by_corrections_check(
    tmp_path: Path, pdf_bytes: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    body = DROP_AND_ADD + "    - drop: {label: ORG, text: Andes Seed Council}\n"
    source, out = make_folder(tmp_path, pdf_bytes, body)
    assert main(["run", str(source), "--out", str(out), "--in-process"]) == 0
    summary = capsys.readouterr().err
    assert "1 file with a stale correction, matching nothing (stale_correction)" in summary
    written = read_document(out / "a.json")
    assert [w.code for w in written.warnings] == ["stale_correction"]
    assert "a.yaml:7: correction 1-drop-" in written.warnings[0].message
    assert written.corrections is not None and len(written.corrections.applied) == 2
    assert [ref.line for ref in written.corrections.stale] == [7]

    assert main(["corrections", "check", str(out)]) == 1
    captured = capsys.readouterr()
    assert "a.json: stale: a.yaml:7: 1-drop-" in captured.err
    assert "drop ORG “Andes Seed Council”" in captured.err
    assert "1 correction to fix or remove" in captured.out


def test_corrections_for_other_bytes_are_refused_and_fail_only_their_document(
    tmp_path: Path, pdf_bytes: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    source, out = make_folder(tmp_path, pdf_bytes, None)
    (source / "corrections").mkdir()
    other = one_page_nomination()  # b.pdf's bytes
    (source / "corrections" / "a.yaml").write_text(corrections_text(other, DROP_AND_ADD))
    assert run(source, out) == 1
    files = manifest_files(out)
    assert files["b.pdf"]["status"] == "ok"
    assert files["a.pdf"]["error_code"] == "corrections_mismatch"
    message = files["a.pdf"]["message"]
    assert "corrections/a.yaml:2: written for another version of a.pdf" in message
    assert f"set sha256: {sha256(pdf_bytes)}" in message
    assert not (out / "a.json").exists()
    capsys.readouterr()
    assert main(["corrections", "check", str(out)]) == 1
    assert "invalid: corrections_mismatch" in capsys.readouterr().err


def test_corrections_for_another_file_name_are_refused(document: Document, tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(
        f"file: other.pdf\nsha256: {document.source.sha256}\ncards:\n  '1':\n{DROP_AND_ADD}"
    )
    with pytest.raises(CorrectionsMismatchError, match=r"a\.yaml:2: written for 'other\.pdf'"):
        apply_corrections(document, parse_corrections(path))


# ------------------------------------------------------------------ malformed files


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        ("    - drop: {label: ORG, text: [unclosed\n", 6, "flow sequence, from line 5)"),
        ("    - erase: {label: ORG, text: X}\n", 5, "unknown operation 'erase'"),
        ("    - drop: {label: GROUP, text: X}\n", 5, "drop.label: Input should be"),
        (
            "    - drop: {label: ORG, txt: X}\n",
            5,
            "drop.txt: unknown field (fields: label, text, section)",
        ),
        ("    - nominee: {}\n", 5, "names no field to set"),
        ("    - drop: {label: ORG, text: X}\n      add: {label: ORG, text: Y}\n", 5, "exactly one"),
    ],
)
def test_a_malformed_file_names_file_and_line(
    tmp_path: Path, pdf_bytes: bytes, body: str, line: int, message: str
) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(corrections_text(pdf_bytes, body))
    with pytest.raises(CorrectionsError) as caught:
        parse_corrections(path)
    assert caught.value.code == "bad_corrections"
    assert f"a.yaml:{line}: " in caught.value.message
    assert message in caught.value.message


def test_an_unknown_card_and_an_added_text_not_in_the_card_name_file_and_line(
    tmp_path: Path, document: Document
) -> None:
    path = tmp_path / "a.yaml"
    sha = document.source.sha256
    path.write_text(
        f"file: a.pdf\nsha256: {sha}\ncards:\n  Q:\n    - drop: {{label: ORG, text: X}}\n"
    )
    with pytest.raises(CorrectionsError, match=r"a\.yaml:5: no card 'Q' in a\.pdf \(cards: 1\)"):
        apply_corrections(document, parse_corrections(path))
    path.write_text(
        f"file: a.pdf\nsha256: {sha}\ncards:\n  1:\n    - drop: {{label: ORG, text: X}}\n"
        "    - add: {label: PERSON, text: Juana Mamani, section: 1}\n"
    )
    with pytest.raises(CorrectionsError) as caught:
        apply_corrections(document, parse_corrections(path))
    assert caught.value.message.endswith(
        "a.yaml:6: add: 'Juana Mamani' is not written in section 1 of card 1"
    )


def test_a_malformed_file_fails_only_its_document_in_a_run(
    tmp_path: Path, pdf_bytes: bytes
) -> None:
    source, out = make_folder(tmp_path, pdf_bytes, "    - erase: {label: ORG, text: X}\n")
    assert run(source, out) == 1
    files = manifest_files(out)
    assert files["b.pdf"]["status"] == "ok"
    assert files["a.pdf"]["error_code"] == "bad_corrections"
    assert "corrections/a.yaml:5: unknown operation 'erase'" in files["a.pdf"]["message"]


# ------------------------------------------------------------------ other operations


def test_nominee_section_key_organisation_and_contact_corrections(
    tmp_path: Path, document: Document
) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(
        f"file: a.pdf\nsha256: {document.source.sha256}\ncards:\n  1:\n"
        "    - nominee: {country: Bolivia, phones: ['+59122000000']}\n"
        "    - section_key: {section: 3, key: ilo_contacts}\n"
        "    - rename_org: {from: Andean Seed Network, to: Red Andina de Semillas}\n"
        "    - relabel: {label: ORG, text: ChiTonga, to: PERSON}\n"
        "    - id: add-rosa\n"
        "      add_contact: {name: Rosa Quispe Mamani, emails: [Rosa@Example.org], section: 3}\n"
        "    - drop_contact: {name: Manizha Davlatova}\n"
    )
    corrected = apply_corrections(document, parse_corrections(path))
    card = corrected.cards[0]
    assert card.nominee.country is not None and card.nominee.country.code == "BO"
    assert card.nominee.country.source == "correction"
    assert card.nominee.phones == ["+59122000000"]
    assert card.nominee.sources == {"country": "correction", "phones": "correction"}
    section = next(s for s in card.sections if s.number == 3)
    assert (section.key, section.key_source) == ("ilo_contacts", "correction")
    renamed = [e for e in card.entities if e.normalized == "Red Andina de Semillas"]
    assert len(renamed) == 2 and all(e.source == "correction" for e in renamed)
    assert [c.name for c in card.contacts] == ["Rosa Quispe Mamani"]
    assert card.contacts[0].emails == ["rosa@example.org"]
    assert card.contacts[0].source == "correction"
    relabelled = next(e for e in card.entities if e.text == "ChiTonga")
    assert relabelled.label == "PERSON"
    assert corrected.corrections is not None
    assert corrected.corrections.stale == []
    assert "add-rosa" in [ref.id for ref in corrected.corrections.applied]
    validate_json(corrected.model_dump(mode="json"))
    assert document.cards[0].nominee.country is not None  # the input is left as it was
    assert document.cards[0].nominee.country.code == "PE"


def test_diff_shows_corrections_apart_from_pipeline_changes(
    tmp_path: Path, document: Document
) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(
        f"file: a.pdf\nsha256: {document.source.sha256}\ncards:\n  1:\n{DROP_AND_ADD}"
        "    - nominee: {country: BO}\n"
    )
    corrected = apply_corrections(document, parse_corrections(path))
    changes = diff_documents(document, corrected)
    by_category: dict[str, list[str]] = {}
    for change in changes:
        by_category.setdefault(change.category, []).append(
            f"{change.action} {change.field}: {change.old or ''}->{change.new or ''}"
        )
    corrections = by_category.pop("correction")
    assert "added entity PERSON: ->Rosa Quispe Mamani" in corrections
    assert any(line.startswith("changed nominee.country: PE") for line in corrections)
    assert sum(line.startswith("added correction applied") for line in corrections) == 3
    # The drop shows as the pipeline's entity going, and nothing else changed.
    assert by_category.pop("entity") == ["removed entity ORG: ChiTonga->"]
    assert by_category == {}
    shown = render_text(DiffResult((FileDiff("a.json", tuple(changes)),)))
    assert "+ entity PERSON [correction]: Rosa Quispe Mamani" in shown
    assert "- entity ORG: ChiTonga" in shown  # the pipeline's, untagged
    assert "| a.json | changed |" in render_markdown(
        DiffResult((FileDiff("a.json", tuple(changes)),))
    )


def test_nominee_values_are_checked_and_a_correction_already_true_is_stale(
    tmp_path: Path, document: Document
) -> None:
    path = tmp_path / "a.yaml"
    head = f"file: a.pdf\nsha256: {document.source.sha256}\ncards:\n  1:\n"
    path.write_text(head + "    - nominee: {phones: ['0912 448 305']}\n")
    with pytest.raises(CorrectionsError, match=r"a\.yaml:5: nominee\.phones: .*not an E\.164"):
        parse_corrections(path)
    path.write_text(head + "    - nominee: {country: Atlantis}\n")
    with pytest.raises(CorrectionsError, match=r"a\.yaml:5: nominee\.country: unknown 'Atlantis'"):
        apply_corrections(document, parse_corrections(path))

    # Peru is already the country (by code, whatever its source): stale, nothing set.
    path.write_text(head + "    - nominee: {country: pe}\n    - nominee: {country: null}\n")
    corrected = apply_corrections(document, parse_corrections(path))
    assert corrected.corrections is not None
    assert [ref.line for ref in corrected.corrections.stale] == [5]
    assert [ref.line for ref in corrected.corrections.applied] == [6]
    assert corrected.cards[0].nominee.country is None
    assert corrected.cards[0].nominee.sources == {"country": "correction"}
    validate_json(corrected.model_dump(mode="json"))
