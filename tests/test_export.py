"""`nominations export`: contacts, entities and nominations as CSV files or one XLSX workbook."""

from __future__ import annotations

import argparse
import csv
import json
import shutil
from pathlib import Path

import openpyxl
import pytest

from pipeline import export, export_tables, export_xlsx
from pipeline.models import Contact
from pipeline.outputs import read_documents
from pipeline.people import card_people

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_OUTPUT = Path(__file__).parent / "fixtures" / "review" / "output"
SAMPLE_OUTPUT = ROOT / "output" / "gssd2014.json"

CONTACT_COLUMNS = (
    "document",
    "json",
    "card",
    "kind",
    "name",
    "role",
    "organization",
    "country_code",
    "emails",
    "phones",
    "faxes",
)
CONTACT_ROWS = [
    dict(zip(CONTACT_COLUMNS, row, strict=True))
    for row in (
        ("auditors-uy.pdf", "auditors-uy.json",
         "Training cooperative auditors across the Río de la Plata", "nominee", "Lucía Pérez", "",
         "Head of Unit, Instituto Nacional de Cooperativas", "UY", "", "+59829161234", ""),
        # The nominee, also listed among the contacts: one row with what both say.
        ("exchange-batch.pdf", "exchange-batch.json", "A", "nominee", "Maria Santos",
         "Director", "Director, Southeast Asian Cooperative Alliance (SACA) – NGO", "PH",
         "m.santos@saca-network.org", "+639171234567", "+6321234567"),
        ("exchange-batch.pdf", "exchange-batch.json", "A", "contact", "Arif Hidayat",
         "Programme Officer", "Indonesian Cooperative Council", "",
         "arif.hidayat@dekopin.example.org", "", ""),
        ("exchange-batch.pdf", "exchange-batch.json", "B", "nominee", "Kwame Mensah",
         "Coordinator", "Coordinator, Ministry of Health of Ghana", "GH",
         "k.mensah@health.example.gov.gh", "+233302684271", ""),
    )
]  # fmt: skip


def run_export(*argv: str | Path) -> int:
    parser = argparse.ArgumentParser(prog="nominations export")
    export.add_arguments(parser)
    return export.command(parser.parse_args([str(arg) for arg in argv]))


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def test_csv_tables_read_back_with_the_csv_module(tmp_path: Path) -> None:
    assert run_export(FIXTURE_OUTPUT, "--format", "csv", "--out", tmp_path) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "contacts.csv",
        "entities.csv",
        "failures.csv",
        "nominations.csv",
    ]
    assert read_csv(tmp_path / "contacts.csv") == CONTACT_ROWS

    nominations = read_csv(tmp_path / "nominations.csv")
    assert [(row["document"], row["letter"], row["country_code"]) for row in nominations] == [
        ("auditors-uy.pdf", "", "UY"),
        ("exchange-batch.pdf", "A", "PH"),
        ("exchange-batch.pdf", "B", "GH"),
    ]
    assert nominations[0]["nominee"] == "Lucía Pérez"  # UTF-8 survives
    assert nominations[1]["nominee_emails"] == "m.santos@saca-network.org"
    assert nominations[1]["nominee_affiliation"].startswith("Director, Southeast Asian")
    assert nominations[2]["nominee_phones"] == "+233302684271"
    assert (nominations[1]["page_start"], nominations[1]["page_end"]) == ("3", "4")
    assert nominations[1]["section_count"] == "3"

    entities = read_csv(tmp_path / "entities.csv")
    keys = [(row["document"], row["card"], row["label"], row["normalized"]) for row in entities]
    assert len(keys) == len(set(keys))  # one row per distinct entity per card
    alliance = next(
        row for row in entities if row["normalized"] == "Southeast Asian Cooperative Alliance"
    )
    assert (alliance["count"], alliance["first_text"]) == (
        "4",
        "Southeast Asian Cooperative Alliance",
    )
    indonesia = next(row for row in entities if row["card"] == "A" and row["normalized"] == "ID")
    assert (indonesia["count"], indonesia["first_text"]) == ("2", "Indonesia")
    untitled = [row for row in entities if row["document"] == "auditors-uy.pdf"]
    assert {row["card"] for row in untitled} == {
        "Training cooperative auditors across the Río de la Plata"  # no letter: the title
    }


def test_xlsx_workbook_reads_back_with_openpyxl(tmp_path: Path) -> None:
    assert run_export(FIXTURE_OUTPUT, "--format", "xlsx", "--out", tmp_path) == 0
    workbook = openpyxl.load_workbook(tmp_path / "nominations.xlsx", read_only=True)
    assert workbook.sheetnames == ["contacts", "entities", "nominations", "failures"]
    header, *rows = workbook["contacts"].iter_rows(values_only=True)
    assert header[:4] == ("Document", "JSON file", "Card", "Kind")
    assert [dict(zip(CONTACT_COLUMNS, row, strict=True)) for row in rows] == [
        {key: value or None for key, value in row.items()} for row in CONTACT_ROWS
    ]
    header, *rows = workbook["nominations"].iter_rows(values_only=True)
    assert "Country code" in header and "Start page" in header  # headers for people
    assert rows[1][header.index("Start page")] == 3  # numbers stay numbers
    csv_export = tmp_path / "csv"
    export.export_tables(FIXTURE_OUTPUT, "csv", csv_export)
    assert len(list(workbook["entities"].iter_rows())) - 1 == len(
        read_csv(csv_export / "entities.csv")
    )


def test_xlsx_is_byte_for_byte_reproducible(tmp_path: Path) -> None:
    first = export.export_tables(FIXTURE_OUTPUT, "xlsx", tmp_path / "a")[0].read_bytes()
    second = export.export_tables(FIXTURE_OUTPUT, "xlsx", tmp_path / "b")[0].read_bytes()
    assert first == second


def test_text_starting_with_equals_is_not_a_formula(tmp_path: Path) -> None:
    sources = export_tables.read_sources(FIXTURE_OUTPUT / "exchange-batch.json")
    sources[0].content.cards[0].contacts[1].role = "=HYPERLINK(1)"
    export_xlsx.write_xlsx(export_tables.build_tables(sources), tmp_path / "t.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "t.xlsx")["contacts"]
    assert sheet["F3"].value == "=HYPERLINK(1)" and sheet["F3"].data_type == "s"


def test_xlsx_links_e_mail_and_web_addresses(tmp_path: Path) -> None:
    assert run_export(FIXTURE_OUTPUT, "--out", tmp_path) == 0  # XLSX is the default
    workbook = openpyxl.load_workbook(tmp_path / "nominations.xlsx")
    contacts = workbook["contacts"]
    emails = contacts.cell(row=3, column=CONTACT_COLUMNS.index("emails") + 1)
    assert emails.hyperlink.target == "mailto:m.santos@saca-network.org"
    name = contacts.cell(row=3, column=CONTACT_COLUMNS.index("name") + 1)
    assert name.hyperlink is None
    entities = workbook["entities"]
    header = [cell.value for cell in entities[1]]
    links = {
        row[header.index("Label")].value: row[header.index("Normalized")].hyperlink
        for row in entities.iter_rows(min_row=2)
    }
    assert links["URL"] is not None and links["URL"].target.startswith("http")
    assert links["ORG"] is None


def test_nominee_is_the_first_contact_of_every_card() -> None:
    sources = export_tables.read_sources(FIXTURE_OUTPUT)
    contacts = export_tables.contacts_table(sources)
    kind, name = contacts.columns.index("kind"), contacts.columns.index("name")
    for source in sources:
        for card in source.content.cards:
            rows = [
                r
                for r in contacts.rows
                if r[1] == source.json and r[2] == export_tables.card_name(card)
            ]
            assert (rows[0][kind], rows[0][name]) == ("nominee", card.nominee.name)
            assert [r[kind] for r in rows[1:]] == ["contact"] * (len(rows) - 1)


def test_one_person_written_with_and_without_accents_or_honorific_is_one_contact() -> None:
    ((_, document),) = read_documents(FIXTURE_OUTPUT / "exchange-batch.json")
    card = document.cards[0]
    card.contacts.append(
        Contact(name="Ms. MARÍA SANTOS", role="Chair", emails=["maria@saca.example.org"])
    )
    card.contacts.append(Contact(name="Arif  Hidayat.", phones=["+62215551234"]))
    people = card_people(card)
    assert [(p.kind, p.name) for p in people] == [
        ("nominee", "Maria Santos"),
        ("contact", "Arif Hidayat"),
    ]
    assert people[0].emails == ["m.santos@saca-network.org", "maria@saca.example.org"]
    assert people[1].phones == ["+62215551234"]


def write_manifest(folder: Path, files: list[dict[str, str | None]]) -> None:
    (folder / "_manifest.json").write_text(json.dumps({"files": files}), encoding="utf-8")


def test_same_named_pdfs_are_told_apart_and_failures_listed(tmp_path: Path) -> None:
    folder = tmp_path / "output"
    folder.mkdir()
    shutil.copy(FIXTURE_OUTPUT / "exchange-batch.json", folder / "exchange-batch.json")
    shutil.copy(FIXTURE_OUTPUT / "exchange-batch.json", folder / "exchange-batch-1a2b3c4d.json")
    write_manifest(
        folder,
        [
            {"path": "in/exchange-batch.pdf", "output": "exchange-batch.json", "status": "ok"},
            {"path": "in/old/exchange-batch.pdf", "output": "exchange-batch-1a2b3c4d.json",
             "status": "skipped"},
            {"path": "in/scan.pdf", "output": "scan.json", "status": "failed",
             "error_code": "encrypted", "message": "the PDF is encrypted"},
        ],
    )  # fmt: skip
    run_export(folder, "--format", "csv", "--out", tmp_path / "csv")
    documents = {
        (row["document"], row["json"]) for row in read_csv(tmp_path / "csv" / "nominations.csv")
    }
    assert documents == {
        ("in/exchange-batch.pdf", "exchange-batch.json"),
        ("in/old/exchange-batch.pdf", "exchange-batch-1a2b3c4d.json"),
    }
    assert read_csv(tmp_path / "csv" / "failures.csv") == [
        {"document": "in/scan.pdf", "code": "encrypted", "message": "the PDF is encrypted"}
    ]


def test_defaults_read_output_and_write_a_workbook(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(FIXTURE_OUTPUT, tmp_path / "output")
    monkeypatch.chdir(tmp_path)
    assert run_export() == 0
    assert capsys.readouterr().out == "wrote export/nominations.xlsx\n"
    assert (tmp_path / "export" / "nominations.xlsx").is_file()


def test_missing_path_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_export(tmp_path / "nothing", "--format", "csv") == 2
    assert capsys.readouterr().err == (
        f"nominations export: error: no such file or folder: {tmp_path / 'nothing'}\n"
    )


@pytest.mark.skipif(
    not SAMPLE_OUTPUT.exists(),
    reason="output/gssd2014.json is not committed yet (it comes from `nominations run input`)",
)
def test_sample_exports_one_row_per_person(tmp_path: Path) -> None:
    ((_, document),) = read_documents(SAMPLE_OUTPUT)
    people = sum(len(card_people(card)) for card in document.cards)
    contacts = sum(len(card.contacts) for card in document.cards)
    assert contacts < people <= contacts + len(document.cards)  # a nominee each, merged or not
    export.export_tables(SAMPLE_OUTPUT, "csv", tmp_path)
    export.export_tables(SAMPLE_OUTPUT, "xlsx", tmp_path)
    rows = read_csv(tmp_path / "contacts.csv")
    assert len(rows) == people
    assert sum(row["kind"] == "nominee" for row in rows) == len(document.cards)
    sheet = openpyxl.load_workbook(tmp_path / "nominations.xlsx", read_only=True)["contacts"]
    assert len(list(sheet.iter_rows())) - 1 == people
