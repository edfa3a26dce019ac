"""`nominations export`: contacts, entities and nominations as CSV files or one XLSX workbook."""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

import openpyxl
import pytest

from pipeline import export
from pipeline.outputs import read_documents

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_OUTPUT = Path(__file__).parent / "fixtures" / "review" / "output"
SAMPLE_OUTPUT = ROOT / "output" / "gssd2014.json"

CONTACT_ROWS = [
    {
        "document": "exchange-batch.pdf",
        "card": "A",
        "name": "Maria Santos",
        "role": "Director",
        "organization": "Southeast Asian Cooperative Alliance",
        "emails": "m.santos@saca-network.org",
        "phones": "+639171234567",
    },
    {
        "document": "exchange-batch.pdf",
        "card": "A",
        "name": "Arif Hidayat",
        "role": "Programme Officer",
        "organization": "Indonesian Cooperative Council",
        "emails": "arif.hidayat@dekopin.example.org",
        "phones": "",
    },
    {
        "document": "exchange-batch.pdf",
        "card": "B",
        "name": "Kwame Mensah",
        "role": "Coordinator",
        "organization": "Ministry of Health of Ghana",
        "emails": "k.mensah@health.example.gov.gh",
        "phones": "+233302684271",
    },
]


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
    assert workbook.sheetnames == ["contacts", "entities", "nominations"]
    header, *rows = workbook["contacts"].iter_rows(values_only=True)
    assert header == tuple(CONTACT_ROWS[0])
    assert [dict(zip(header, row, strict=True)) for row in rows] == [
        {key: value or None for key, value in row.items()} for row in CONTACT_ROWS
    ]
    header, *rows = workbook["nominations"].iter_rows(values_only=True)
    assert rows[1][header.index("page_start")] == 3  # numbers stay numbers
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
    documents = read_documents(FIXTURE_OUTPUT / "exchange-batch.json")
    documents[0][1].cards[0].contacts[0].role = "=HYPERLINK(1)"
    export.write_xlsx(export.build_tables(documents), tmp_path / "t.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "t.xlsx")["contacts"]
    assert sheet["D2"].value == "=HYPERLINK(1)" and sheet["D2"].data_type == "s"


def test_missing_path_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_export(tmp_path / "nothing", "--format", "csv") == 2
    assert capsys.readouterr().err.startswith("nominations export: error: ")


@pytest.mark.skipif(
    not SAMPLE_OUTPUT.exists(),
    reason="output/gssd2014.json is not committed yet (it comes from `nominations run input`)",
)
def test_sample_exports_one_row_per_contact(tmp_path: Path) -> None:
    ((_, document),) = read_documents(SAMPLE_OUTPUT)
    contacts = sum(len(card.contacts) for card in document.cards)
    export.export_tables(SAMPLE_OUTPUT, "csv", tmp_path)
    export.export_tables(SAMPLE_OUTPUT, "xlsx", tmp_path)
    assert len(read_csv(tmp_path / "contacts.csv")) == contacts > 0
    sheet = openpyxl.load_workbook(tmp_path / "nominations.xlsx", read_only=True)["contacts"]
    assert len(list(sheet.iter_rows())) - 1 == contacts
