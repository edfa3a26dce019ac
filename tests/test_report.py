"""`nominations report`: self-contained HTML pages with entities highlighted at their offsets."""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline import report, report_card, report_document
from pipeline.models import Document, Entity
from pipeline.outputs import read_document

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_OUTPUT = Path(__file__).parent / "fixtures" / "review" / "output"
BATCH = FIXTURE_OUTPUT / "exchange-batch.json"
SAMPLE_OUTPUT = ROOT / "output" / "gssd2014.json"
CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOT_FOR_REVIEW = Path("/tmp/report-screenshot.png")


class PageOutline(HTMLParser):
    """What the tests look for in a page: card headings, entity marks, external resources."""

    def __init__(self) -> None:
        super().__init__()
        self.card_titles: list[str] = []
        self.marks: list[tuple[str, str]] = []  # (data-label, text inside the mark)
        self.external: list[str] = []
        self._in_title = False
        self._in_mark = False
        self._mark_label = ""
        self._mark_text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        classes = (attributes.get("class") or "").split()
        if tag == "h2" and "card-title" in classes:
            self._in_title = True
            self.card_titles.append("")
        elif tag == "mark" and "entity" in classes:
            self._in_mark, self._mark_label, self._mark_text = (
                True,
                attributes["data-label"] or "",
                "",
            )
        elif tag == "span" and self._in_mark:
            self._in_mark = False  # the label chip after the entity text
            self.marks.append((self._mark_label, self._mark_text))
        # An inline script (the copy buttons) loads nothing; one with a src would.
        if tag in ("link", "img", "iframe") or "src" in attributes:
            self.external.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "h2":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.card_titles[-1] += data
        if self._in_mark:
            self._mark_text += data


def outline(html_text: str) -> PageOutline:
    parser = PageOutline()
    parser.feed(html_text)
    return parser


def expected_marks(document: Document) -> list[tuple[str, str]]:
    """(label, text) of each highlight, in page order: nominee block, then sections."""
    marks: list[tuple[str, str]] = []
    for card in document.cards:
        places: list[tuple[str, list[Entity]]] = [
            (card.nominee.text, [e for e in card.entities if e.section is None])
        ]
        places += [
            (section.text, [e for e in card.entities if e.section == section.number])
            for section in card.sections
        ]
        for text, entities in places:
            marks += [
                (e.label, text[e.start : e.end])
                for e in report_card.select_highlights(text, entities)
            ]
    return marks


def card_heading(letter: str | None, title: str) -> str:
    return f"{letter}{title}" if letter else title


# -- the HTML


def test_every_card_and_entity_is_on_the_page() -> None:
    document = read_document(BATCH)
    page = outline(report_document.render_document(document, BATCH.name))
    assert page.card_titles == [card_heading(c.letter, c.title) for c in document.cards]
    # 37 entities; two lie inside longer ones ("Indonesian" in the Indonesian Cooperative
    # Council, "Ghana" in the Ministry of Health of Ghana) and are not highlighted.
    assert len(page.marks) == 35
    assert page.marks == expected_marks(document)
    assert ("ORG", "Ministry of Health of Ghana") in page.marks
    assert ("COUNTRY", "Ghana") in page.marks  # the one on the Country: line
    assert page.external == []


def test_overlapping_and_out_of_range_spans_keep_the_longest_inside_the_text() -> None:
    def entity(label: str, start: int, end: int) -> Entity:
        return Entity(
            label=label,  # type: ignore[arg-type]
            text="x",
            normalized="x",
            section=1,
            page=1,
            start=start,
            end=end,
            source="rule",
        )

    text = "Ministry of Health of Ghana, Accra"
    chosen = report_card.select_highlights(
        text,
        [
            entity("COUNTRY", 22, 27),
            entity("ORG", 0, 27),
            entity("URL", 29, 80),
            entity("PERSON", 29, 34),
        ],
    )
    assert [(e.label, e.start) for e in chosen] == [("ORG", 0), ("PERSON", 29)]
    html_text = report_card.highlight(text, chosen)
    assert html_text.startswith('<mark class="entity ent-ORG" data-label="ORG"')
    assert html_text.count("<mark") == 2


def test_text_is_escaped() -> None:
    page = report_document.render_document(read_document(BATCH), BATCH.name)
    assert "R&amp;D workshops" in page
    assert "&lt;<mark" in page  # "<www.saca-network.org>": the URL marked inside escaped brackets
    assert "<www." not in page


def test_warnings_come_first_and_side_tables_list_organisations_countries_contacts() -> None:
    page = report_document.render_document(read_document(BATCH), BATCH.name)
    assert page.index("unknown_label") < page.index('class="card"')
    card_a = page[page.index('id="card-1"') : page.index('id="card-2"')]
    side = card_a[card_a.index('<aside class="card-side">') :]
    assert 'Southeast Asian Cooperative Alliance<span class="also">also: SACA</span>' in side
    assert '<td class="count">×4</td>' in side
    assert "<td>PH</td><td>Philippines</td>" in side
    assert "<td>ID</td><td>Indonesia</td>" in side  # the name, not the adjective
    assert "Arif Hidayat" in side and "Maria Santos" in side


def test_write_reports_writes_a_page_per_document_and_an_index(tmp_path: Path) -> None:
    parser = argparse.ArgumentParser()
    report.add_arguments(parser)
    status = report.command(parser.parse_args([str(FIXTURE_OUTPUT), "--out", str(tmp_path)]))
    assert status == 0
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "auditors-uy.html",
        "exchange-batch.html",
        "index.html",
    ]
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert 'href="exchange-batch.html"' in index and 'href="auditors-uy.html"' in index
    first = (tmp_path / "exchange-batch.html").read_bytes()
    report.write_reports(FIXTURE_OUTPUT, tmp_path)
    assert (tmp_path / "exchange-batch.html").read_bytes() == first  # deterministic


def test_missing_path_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    parser = argparse.ArgumentParser()
    report.add_arguments(parser)
    assert report.command(parser.parse_args([str(tmp_path / "nothing")])) == 2
    assert capsys.readouterr().err == (
        f"nominations report: error: no such file or folder: {tmp_path / 'nothing'}\n"
    )


def test_the_title_comes_from_the_content_not_the_pdf_metadata() -> None:
    document = read_document(BATCH)
    assert document.front_matter is not None
    document.front_matter.title = "10811.exe"  # what a PDF's metadata title can hold
    assert report_document.document_title(document) == document.cards[0].title
    document.front_matter.title = "Exchange Batch"
    document.front_matter.text = "Exchange\nbatch\nNominations received"  # on the cover
    assert report_document.document_title(document) == "Exchange Batch"
    document.cards = []
    document.front_matter.title = None
    assert report_document.document_title(document) == document.source.file
    assert "<h1>10811.exe</h1>" not in report_document.render_document(document, BATCH.name)


def test_a_document_without_cards_says_so_and_shows_its_text() -> None:
    document = read_document(BATCH)
    assert document.front_matter is not None
    document.cards = []
    document.front_matter.text = "Minutes of the meeting <draft>"
    page = report_document.render_document(document, BATCH.name)
    assert "<h2>No nomination found</h2>" in page
    assert "Minutes of the meeting &lt;draft&gt;" in page


def test_the_index_tells_same_named_pdfs_apart_and_lists_failures(tmp_path: Path) -> None:
    folder = tmp_path / "output"
    folder.mkdir()
    shutil.copy(BATCH, folder / "exchange-batch.json")
    shutil.copy(BATCH, folder / "exchange-batch-1a2b3c4d.json")
    files = [
        {"path": "in/exchange-batch.pdf", "output": "exchange-batch.json", "status": "ok"},
        {"path": "in/old/exchange-batch.pdf", "output": "exchange-batch-1a2b3c4d.json",
         "status": "ok"},
        {"path": "in/empty.pdf", "output": "empty.json", "status": "failed",
         "error_code": "empty", "message": "the file is empty (0 bytes)"},
    ]  # fmt: skip
    (folder / "_manifest.json").write_text(json.dumps({"files": files}), encoding="utf-8")
    report.write_reports(folder, tmp_path / "report")
    index = (tmp_path / "report" / "index.html").read_text(encoding="utf-8")
    assert "<td>in/exchange-batch.pdf</td>" in index
    assert "<td>in/old/exchange-batch.pdf</td>" in index
    assert "2 documents, 1 failed input" in index
    assert "<td>in/empty.pdf</td><td><code>empty</code></td>" in index
    page = (tmp_path / "report" / "exchange-batch-1a2b3c4d.html").read_text(encoding="utf-8")
    assert '<p class="meta">in/old/exchange-batch.pdf · ' in page


def test_a_document_named_index_does_not_replace_the_index_page() -> None:
    assert report.page_name("index.json") == "index-document.html"
    assert report.page_name("gssd2014.json") == "gssd2014.html"


# -- in a real browser


def chromium(*options: str, profile: Path) -> subprocess.CompletedProcess[str]:
    command = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        *options,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=True)


def check_in_browser(document_json: Path, tmp_path: Path, screenshot_copy: Path) -> None:
    pages = report.write_reports(document_json, tmp_path / "report")
    page = pages[0]
    document = read_document(document_json)

    dom = chromium("--dump-dom", page.as_uri(), profile=tmp_path / "profile").stdout
    rendered = outline(dom)
    assert rendered.card_titles == [card_heading(c.letter, c.title) for c in document.cards]
    assert len(rendered.marks) == len(expected_marks(document)) > 0
    assert rendered.marks == expected_marks(document)

    screenshot = tmp_path / "report.png"
    chromium(
        f"--screenshot={screenshot}",
        "--window-size=1280,2000",
        "--hide-scrollbars",
        page.as_uri(),
        profile=tmp_path / "profile",
    )
    assert screenshot.read_bytes().startswith(b"\x89PNG")
    shutil.copy(screenshot, screenshot_copy)


needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="Chromium is not installed (/usr/bin/chromium; apt-get install chromium)",
)


@needs_chromium
@pytest.mark.slow
def test_report_renders_in_headless_chromium(tmp_path: Path) -> None:
    check_in_browser(BATCH, tmp_path, SCREENSHOT_FOR_REVIEW)


@needs_chromium
@pytest.mark.slow
@pytest.mark.skipif(
    not SAMPLE_OUTPUT.exists(),
    reason="output/gssd2014.json is not committed yet (it comes from `nominations run input`)",
)
def test_sample_report_renders_in_headless_chromium(tmp_path: Path) -> None:
    check_in_browser(SAMPLE_OUTPUT, tmp_path, Path("/tmp/report-screenshot-gssd2014.png"))
