"""--redact on report, export and catalogue: no personal e-mail or phone number, in any written
form, anywhere in the files of a redacted edition; organisation-wide addresses stay."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from invented import InventedCard, invented_document, write_documents
from redaction_scan import leaks, personal_emails, phone_forms

from pipeline.cli import main
from pipeline.models import Contact, Document
from pipeline.outputs import read_document
from pipeline.redact import EMAIL_MARKER, PHONE_MARKER, redact_document, redact_text
from pipeline.write import document_to_json

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_OUTPUT = ROOT / "output" / "gssd2014.json"


def write_every_edition(folder: Path, out: Path, redact: bool = True) -> Path:
    flag = ["--redact"] if redact else []
    commands = [
        ["catalogue", str(folder), "--out", str(out / "catalogue")],
        ["report", str(folder), "--out", str(out / "report")],
        ["export", str(folder), "--out", str(out / "xlsx")],
        ["export", str(folder), "--format", "csv", "--out", str(out / "csv")],
    ]
    for command in commands:
        assert main([*command, *flag, "-q"]) == 0
    return out


def check_nothing_personal_survives(folder: Path, documents: Sequence[Document], tmp: Path) -> None:
    assert personal_emails(documents) and phone_forms(documents)
    # The scan can fail: the plain edition holds every address and number.
    plain = write_every_edition(folder, tmp / "plain", redact=False)
    found = leaks(plain, documents)
    assert {hit.split(": ", 1)[1] for hit in found} >= personal_emails(documents)
    redacted = write_every_edition(folder, tmp / "redacted")
    assert leaks(redacted, documents) == []
    page = next((redacted / "report").glob("[!i]*.html")).read_text(encoding="utf-8")
    assert PHONE_MARKER in page or EMAIL_MARKER in page


@pytest.mark.skipif(not SAMPLE_OUTPUT.exists(), reason="output/gssd2014.json is not committed")
def test_nothing_personal_survives_in_the_redacted_sample(tmp_path: Path) -> None:
    folder = tmp_path / "output"
    folder.mkdir()
    (folder / SAMPLE_OUTPUT.name).write_bytes(SAMPLE_OUTPUT.read_bytes())
    check_nothing_personal_survives(folder, [read_document(SAMPLE_OUTPUT)], tmp_path)


@pytest.mark.slow
def test_nothing_personal_survives_in_redacted_generated_batches(
    tmp_path: Path, generated_case: Callable[[str], tuple[bytes, Document]]
) -> None:
    folder = tmp_path / "output"
    folder.mkdir()
    documents = []
    for name in ("batch_kml", "single_nepal", "single_twocolumn"):
        _, document = generated_case(name)
        (folder / f"{name}.json").write_bytes(document_to_json(document))
        documents.append(document)
    check_nothing_personal_survives(folder, documents, tmp_path)


@pytest.mark.skipif(not SAMPLE_OUTPUT.exists(), reason="output/gssd2014.json is not committed")
def test_entity_offsets_index_the_redacted_text() -> None:
    document = redact_document(read_document(SAMPLE_OUTPUT))
    marked = 0
    for card in document.cards:
        texts = {s.number: s.text for s in card.sections} | {None: card.nominee.text}
        for entity in card.entities:
            assert texts[entity.section][entity.start : entity.end] == entity.text
            marked += entity.text in (EMAIL_MARKER, PHONE_MARKER)
    assert marked > 20


def test_organisation_wide_addresses_stay_and_every_grouping_of_a_number_goes(
    tmp_path: Path,
) -> None:
    text = (
        "Write to info@harvest.example or ana.ruiz@mail.example; call +63 (2) 912-3456, "
        "02 912 3456, 0063.2.912.3456 or 6329123456. Founded 2010-2014."
    )
    document = invented_document(
        "x.pdf",
        [
            InventedCard(
                "Harvest",
                contacts=[Contact(name="Ana Ruiz", phones=["+6329123456"])],
                text=text,
            )
        ],
    )
    redacted = redact_document(document)
    section = redacted.cards[0].sections[0].text
    assert "info@harvest.example" in section
    assert "ana.ruiz" not in section and "912" not in section
    assert section.count(PHONE_MARKER) == 4 and "Founded 2010-2014." in section
    assert redacted.cards[0].contacts[0].phones == [PHONE_MARKER]
    assert redact_text("Mail INFO@Harvest.example", frozenset()) == "Mail INFO@Harvest.example"
    write_documents(tmp_path / "in", {"x.json": document})
    assert leaks(write_every_edition(tmp_path / "in", tmp_path / "out"), [document]) == []
