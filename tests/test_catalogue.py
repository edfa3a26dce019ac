"""`nominations catalogue`: organisations and contacts resolved across invented documents,
bad input named and the rest catalogued, deterministic bytes, the committed schema, the
workbook's shape."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from invented import InventedCard, invented_document, write_documents
from jsonschema import Draft202012Validator
from openpyxl import load_workbook

from pipeline.catalogue.command import write_catalogue
from pipeline.catalogue.model import Catalogue, Organisation
from pipeline.catalogue.names import is_generic, name_key
from pipeline.catalogue.organisations import Mention, one_edit_apart, resolve
from pipeline.catalogue.schema import build_catalogue_schema, catalogue_schema_path, main
from pipeline.cli import main as cli
from pipeline.models import Contact
from pipeline.write_schema import render_schema

NHCA = "Northern Harvest Cooperative Alliance"


def invented_batches(root: Path) -> list[Path]:
    """Two folders; the same bodies written differently, and one acronym meaning two."""
    first = {
        "a.json": invented_document(
            "a.pdf",
            [
                InventedCard(
                    "Harvest exchange",
                    orgs=[
                        (NHCA, NHCA),
                        ("NHCA", NHCA),
                        ("Fundación Esperanza", "Fundación Esperanza"),
                        ("Organisation for Highland Weavers", "Organisation for Highland Weavers"),
                        ("PDA", "Pacific Dairy Association"),
                        ("Pacific Dairy Association", "Pacific Dairy Association"),
                        ("Ministry of Finance", "Ministry of Finance"),
                    ],
                    countries=["PH", "KE"],
                    nominee="Ana Ruiz",
                    nominee_country="PH",
                    contacts=[
                        Contact(name="Ana Ruiz", organization=NHCA, emails=["ana@nhca.example"])
                    ],
                )
            ],
        )
    }
    second = {
        "b.json": invented_document(
            "b.pdf",
            [
                InventedCard(
                    "Dairy links",
                    orgs=[
                        (
                            "The Northern Harvest Co-operative Alliance",
                            "The Northern Harvest Co-operative Alliance",
                        ),
                        ("NHCA", "NHCA"),
                        ("Fundacion Esperanza", "Fundacion Esperanza"),
                        ("Organization for Highland Weavers", "Organization for Highland Weavers"),
                        ("Ministry of Finance", "Ministry of Finance"),
                    ],
                    countries=["KE"],
                    nominee_country="KE",
                    contacts=[
                        Contact(
                            name="Ms. Ana Ruiz", organization=NHCA, emails=["ana.ruiz@mail.example"]
                        )
                    ],
                ),
                InventedCard(
                    "Provincial agencies",
                    orgs=[
                        ("PDA", "Provincial Development Agency"),
                        ("Provincial Development Agency", "Provincial Development Agency"),
                    ],
                    contacts=[
                        Contact(
                            name="Ana Ruiz",
                            organization="Provincial Development Agency",
                            emails=["aruiz@pda.example"],
                        )
                    ],
                ),
            ],
        ),
        "c.json": invented_document(
            "c.pdf",
            [
                InventedCard(
                    "Undefined acronyms",
                    orgs=[("PDA", "PDA"), ("NHCA", "NHCA")],
                    contacts=[Contact(name="A. Ruiz", emails=["ana@nhca.example"])],
                )
            ],
        ),
    }
    return [write_documents(root / "2014", first), write_documents(root / "2015", second)]


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> Catalogue:
    root = tmp_path_factory.mktemp("invented")
    found, _ = write_catalogue(invented_batches(root), root / "site")
    return found


def org_named(catalogue: Catalogue, alias: str) -> list[Organisation]:
    return [org for org in catalogue.organisations if any(a.text == alias for a in org.aliases)]


def test_long_form_acronym_variant_spelling_and_the_form_are_one_organisation(
    catalogue: Catalogue,
) -> None:
    [nhca] = [org for org in catalogue.organisations if org.name == NHCA]
    assert {a.text for a in nhca.aliases} == {
        NHCA,
        "NHCA",
        "The Northern Harvest Co-operative Alliance",
    }
    assert [n.nomination for n in nhca.nominations] == ["2014/a#1", "2015/b#1", "2015/c#1"]
    assert {m.rule for m in nhca.merges} == {
        "acronym definition",
        "acronym defined in another document",
        "same normalised name",
    }
    assert nhca.countries == ["KE", "PH"]
    [esperanza] = org_named(catalogue, "Fundacion Esperanza")
    assert {a.text for a in esperanza.aliases} == {"Fundación Esperanza", "Fundacion Esperanza"}
    [weavers] = org_named(catalogue, "Organization for Highland Weavers")
    assert len(weavers.nominations) == 2


def test_one_acronym_with_two_long_forms_merges_neither(catalogue: Catalogue) -> None:
    dairy = org_named(catalogue, "Pacific Dairy Association")
    agency = org_named(catalogue, "Provincial Development Agency")
    assert len(dairy) == len(agency) == 1 and dairy != agency
    assert [n.nomination for n in dairy[0].nominations] == ["2014/a#1"]
    assert [n.nomination for n in agency[0].nominations] == ["2015/b#2"]
    [bare] = [org for org in catalogue.organisations if org.name == "PDA"]
    assert [n.nomination for n in bare.nominations] == ["2015/c#1"]
    assert len(bare.ambiguous) == 2


def test_a_generic_name_is_one_body_per_document(catalogue: Catalogue) -> None:
    ministries = org_named(catalogue, "Ministry of Finance")
    assert len(ministries) == 2
    assert is_generic("Ministry of Finance") and not is_generic("Ministry of Finance of Ghana")


def test_one_person_with_two_emails_and_two_people_of_one_name(catalogue: Catalogue) -> None:
    people = [p for p in catalogue.contacts if "ruiz" in p.name.casefold()]
    assert len(people) == 2
    [ana] = [p for p in people if NHCA in p.organisations]
    assert ana.emails == ["ana.ruiz@mail.example", "ana@nhca.example"]
    assert ana.nominations == ["2014/a#1", "2015/b#1", "2015/c#1"]
    assert ana.merged_by == ["e-mail", "name and affiliation"]
    [other] = [p for p in people if p is not ana]
    assert other.organisations == ["Provincial Development Agency"]
    assert other.emails == ["aruiz@pda.example"]


def test_countries_count_nominations(catalogue: Catalogue) -> None:
    by_code = {c.code: c for c in catalogue.countries}
    assert by_code["KE"].nominations == ["2014/a#1", "2015/b#1"]
    assert by_code["KE"].nominee_of == ["2015/b#1"]
    assert by_code["PH"].nominee_of == ["2014/a#1"]


def test_name_keys() -> None:
    assert name_key("The Organisation for Economic Co-operation & Development") == name_key(
        "Organization for Economic Cooperation and Development"
    )
    assert name_key("APPEND Inc.") == name_key("APPEND")
    assert one_edit_apart("gemilang masyarakat ekonomi", "gemilang masyarakat ekonomic")
    assert not one_edit_apart("g7 secretariat office", "g8 secretariat office")


def test_same_bytes_whatever_the_order_of_the_folders(tmp_path: Path) -> None:
    folders = invented_batches(tmp_path)
    write_catalogue(folders, tmp_path / "one")
    write_catalogue(list(reversed(folders)), tmp_path / "two")
    files = sorted(p.relative_to(tmp_path / "one") for p in (tmp_path / "one").rglob("*.*"))
    assert len(files) > 15
    for name in files:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_bad_input_is_named_and_the_rest_catalogued(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    [good, _] = invented_batches(tmp_path)
    (good / "broken.json").write_text("{", encoding="utf-8")
    (good / "other.json").write_text('{"cards": 3}', encoding="utf-8")
    manifest = {
        "files": [
            {"path": "in/a.pdf", "output": "a.json", "status": "ok"},
            {
                "path": "in/scan.pdf",
                "status": "failed",
                "error_code": "encrypted",
                "message": "the PDF is encrypted",
            },
        ]
    }
    (good / "_manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    site = tmp_path / "site"

    assert cli(["catalogue", str(good), str(empty), "--out", str(site)]) == 1
    err = capsys.readouterr().err
    assert "broken.json: not valid JSON" in err
    assert "other.json: not a nomination document" in err
    assert "empty: no JSON documents" in err
    assert "in/scan.pdf was not processed (encrypted)" in err
    written = json.loads((site / "catalogue.json").read_text(encoding="utf-8"))
    assert [d["json_file"] for d in written["documents"]] == ["a.json"]
    assert written["documents"][0]["source"] == "in/a.pdf"
    assert len(written["summary"]["problems"]) == 3
    assert written["summary"]["failed"][0]["path"] == "in/scan.pdf"
    summary_page = (site / "index.html").read_text(encoding="utf-8")
    assert "broken.json" in summary_page and "the PDF is encrypted" in summary_page
    assert (site / "nominations.html").exists() and (site / "catalogue.xlsx").exists()


def test_a_missing_folder_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(["catalogue", str(tmp_path / "absent"), "--out", str(tmp_path / "site")]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    assert not (tmp_path / "site").exists()


def test_committed_catalogue_schema_is_current() -> None:
    assert catalogue_schema_path().read_text(encoding="utf-8") == render_schema(
        build_catalogue_schema()
    )
    assert main(["--check"]) == 0


def test_catalogue_json_is_valid_against_the_committed_schema(tmp_path: Path) -> None:
    write_catalogue(invented_batches(tmp_path), tmp_path / "site")
    schema = json.loads(catalogue_schema_path().read_text(encoding="utf-8"))
    data = json.loads((tmp_path / "site" / "catalogue.json").read_text(encoding="utf-8"))
    assert list(Draft202012Validator(schema).iter_errors(data)) == []
    data["organisations"][0]["merges"] = [{"alias": "x", "rule": "guess", "evidence": ""}]
    assert list(Draft202012Validator(schema).iter_errors(data))


def test_workbook_has_a_sheet_per_table_with_frozen_headers_filters_widths_links(
    tmp_path: Path,
) -> None:
    write_catalogue(invented_batches(tmp_path), tmp_path / "site")
    book = load_workbook(tmp_path / "site" / "catalogue.xlsx")
    assert book.sheetnames == [
        "nominations",
        "organisations",
        "merges",
        "countries",
        "contacts",
        "documents",
        "failures",
        "problems",
    ]
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref
        assert sheet.column_dimensions["A"].width > 0
    contacts = book["contacts"]
    headers = [cell.value for cell in contacts[1]]
    column = headers.index("E-mails") + 1
    links = [
        c.hyperlink.target
        for c in contacts.iter_rows(min_row=2, min_col=column, max_col=column)
        for c in [c[0]]
        if c.hyperlink
    ]
    assert "mailto:ana.ruiz@mail.example,ana@nhca.example" in links
    reports = [
        c.hyperlink.target
        for row in book["nominations"].iter_rows(min_row=2)
        for c in row
        if c.hyperlink
    ]
    assert reports and all(link.startswith("documents/") for link in reports)
    assert sorted(p.name for p in (tmp_path / "site" / "csv").iterdir()) == sorted(
        f"{name}.csv" for name in book.sheetnames
    )


def test_a_generic_name_joins_the_one_name_of_its_document_that_completes_it() -> None:
    def named(document: str, *names: str) -> list[Mention]:
        return [Mention(document, f"{document}#1", name, name) for name in names]

    mentions = [
        Mention("d1", "d1#1", "MoA", "Ministry of Agriculture"),
        *named("d1", "Ministry of Agriculture", "Ministry of Agriculture of Ethiopia"),
        *named("d2", "Ministry of Agriculture", "Ministry of Agriculture of Eswatini"),
        *named("d3", "Ministry of Commerce", "Ministry of Commerce of Cambodia"),
        *named("d3", "Ministry of Commerce of China"),
    ]
    entries = {entry.name: sorted(entry.aliases) for entry in resolve(mentions)}
    assert entries == {
        "Ministry of Agriculture of Ethiopia": [
            "Ministry of Agriculture",
            "Ministry of Agriculture of Ethiopia",
            "MoA",
        ],
        "Ministry of Agriculture of Eswatini": [
            "Ministry of Agriculture",
            "Ministry of Agriculture of Eswatini",
        ],
        "Ministry of Commerce": ["Ministry of Commerce"],  # which of the two: not known
        "Ministry of Commerce of Cambodia": ["Ministry of Commerce of Cambodia"],
        "Ministry of Commerce of China": ["Ministry of Commerce of China"],
    }
