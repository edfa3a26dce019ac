"""The catalogue's site in headless Chromium: typing filters the nominations, every link
resolves, one bar per country with its count, no request leaves file://."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from invented import write_documents
from test_catalogue import invented_batches
from test_report import CHROMIUM, chromium

from pipeline.catalogue.command import write_catalogue
from pipeline.catalogue.model import Catalogue
from pipeline.outputs import document_paths, read_document

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_OUTPUT = ROOT / "output" / "gssd2014.json"
REVIEW_OUTPUT = Path(__file__).parent / "fixtures" / "review" / "output"

needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium is not installed")

# A page that loads a catalogue page in a frame, types into its search box one key at a
# time (an input event per key, as a keyboard gives), and writes what it saw into its own
# DOM for --dump-dom: rows shown after each key, the counter, and every resource loaded.
HARNESS = """<!DOCTYPE html><html><body><iframe id="frame" src="PAGE"></iframe><script>
var frame = document.getElementById("frame");
frame.onload = function () {
  var doc = frame.contentDocument, seen = [];
  var input = doc.querySelector("input[data-filter-for]");
  var rows = function () {
    return Array.prototype.filter.call(doc.querySelectorAll("table.sortable tbody tr"),
      function (row) { return !row.hidden; }).map(function (row) { return row.id; });
  };
  if (input) {
    TYPED.split("").forEach(function (key) {
      input.value += key;
      input.dispatchEvent(new Event("input", {bubbles: true}));
      seen.push(rows().length);
    });
  }
  var header = doc.querySelectorAll("table.sortable thead button")[CLICK];
  if (header) { header.click(); header.click(); }
  var result = {
    counts: seen, shown: rows(),
    counter: input ? doc.getElementById(input.getAttribute("data-count-in")).textContent : "",
    resources: frame.contentWindow.performance.getEntriesByType("resource").map(
      function (entry) { return entry.name; }),
    bars: Array.prototype.map.call(doc.querySelectorAll("rect.bar"), function (bar) {
      return [bar.getAttribute("data-code"), Number(bar.getAttribute("data-count"))]; })
  };
  var out = document.createElement("pre");
  out.id = "result";
  out.textContent = JSON.stringify(result);
  document.body.appendChild(out);
};
</script></body></html>"""


def in_browser(
    site: Path, page: str, typed: str, profile: Path, click: int = -1
) -> dict[str, object]:
    """What the harness saw; `click` is a column whose header is clicked twice (descending)."""
    harness = site / f"harness-{page}"
    script = HARNESS.replace("PAGE", page).replace("TYPED", json.dumps(typed))
    harness.write_text(script.replace("CLICK", str(click)), encoding="utf-8")
    dom = chromium(
        "--allow-file-access-from-files",
        "--virtual-time-budget=5000",
        "--dump-dom",
        harness.as_uri(),
        profile=profile,
    ).stdout
    harness.unlink()
    found = re.search(r'<pre id="result">(.*?)</pre>', dom, re.S)
    assert found, dom[-2000:]
    result: dict[str, object] = json.loads(found.group(1).replace("&quot;", '"'))
    return result


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Catalogue]:
    root = tmp_path_factory.mktemp("site")
    folders = invented_batches(root)
    if SAMPLE_OUTPUT.exists():
        folders.append(
            write_documents(root / "sample", {"gssd2014.json": read_document(SAMPLE_OUTPUT)})
        )
    folders.append(REVIEW_OUTPUT)
    catalogue, _ = write_catalogue(folders, root / "site")
    (root / "site" / "inputs.txt").write_text("\n".join(map(str, folders)), encoding="utf-8")
    return root / "site", catalogue


@needs_chromium
@pytest.mark.slow
def test_typing_in_the_search_box_filters_the_nominations(
    site: tuple[Path, Catalogue], tmp_path: Path
) -> None:
    folder, catalogue = site
    result = in_browser(folder, "nominations.html", "dairy", tmp_path / "profile")
    total = len(catalogue.nominations)
    counts = result["counts"]
    assert isinstance(counts, list) and len(counts) == 5
    assert counts == sorted(counts, reverse=True) and counts[-1] < total  # each key narrows
    wanted = [
        f"nom-{i}" for i, n in enumerate(catalogue.nominations, 1) if "dairy" in n.title.lower()
    ]
    assert result["shown"] == wanted and len(wanted) == 1
    assert result["counter"] == "1"
    assert result["resources"] == []


@needs_chromium
@pytest.mark.slow
def test_the_chart_has_one_bar_per_country_with_its_count(
    site: tuple[Path, Catalogue], tmp_path: Path
) -> None:
    folder, _ = site
    result = in_browser(folder, "countries.html", "", tmp_path / "profile")
    bars = dict(result["bars"])  # type: ignore[call-overload]
    # Counted here from the documents, independently of the catalogue's own counting.
    expected: dict[str, int] = {}
    inputs = (folder / "inputs.txt").read_text(encoding="utf-8").splitlines()
    for document in map(read_document, document_paths([Path(p) for p in inputs])):
        for card in document.cards:
            codes = {e.normalized for e in card.entities if e.label == "COUNTRY"}
            codes |= {card.nominee.country.code} if card.nominee.country else set()
            for code in codes:
                expected[code] = expected.get(code, 0) + 1
    assert bars == expected
    assert len(result["bars"]) == len(expected) > 10  # type: ignore[arg-type]
    assert result["resources"] == []


@needs_chromium
@pytest.mark.slow
def test_no_page_makes_a_request(site: tuple[Path, Catalogue], tmp_path: Path) -> None:
    folder, _ = site
    for page in ("index.html", "organisations.html", "contacts.html"):
        assert in_browser(folder, page, "ana", tmp_path / "profile")["resources"] == []


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.fetched: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids.add(attributes["id"] or "")
        if tag == "a" and attributes.get("href"):
            self.links.append(attributes["href"] or "")
        if "src" in attributes or tag in ("link", "img", "iframe", "object", "embed"):
            self.fetched.append(tag)


def test_every_link_resolves_to_an_existing_page_and_anchor(site: tuple[Path, Catalogue]) -> None:
    folder, _ = site
    parsed: dict[Path, Links] = {}
    for page in folder.rglob("*.html"):
        parser = Links()
        parser.feed(page.read_text(encoding="utf-8"))
        parsed[page.resolve()] = parser
    checked = 0
    for page, parser in parsed.items():
        assert parser.fetched == [], page
        for link in parser.links:
            if link.startswith("mailto:"):
                continue
            parts = urlsplit(link)
            assert not parts.scheme and not parts.netloc, f"{page}: {link}"
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if target.suffix != ".html":  # the data files the summary links to
                assert target.is_file(), f"{page}: {link}"
                continue
            assert target in parsed, f"{page}: {link}"
            if parts.fragment:
                assert parts.fragment in parsed[target].ids, f"{page}: {link}"
            checked += 1
    assert checked > 200


@needs_chromium
@pytest.mark.slow
def test_a_header_click_sorts_the_table(site: tuple[Path, Catalogue], tmp_path: Path) -> None:
    folder, catalogue = site
    entities_column = 7
    result = in_browser(folder, "nominations.html", "", tmp_path / "profile", entities_column)
    rows = {f"nom-{i}": n.entities for i, n in enumerate(catalogue.nominations, start=1)}
    order = [rows[row] for row in result["shown"]]  # type: ignore[attr-defined]
    assert order == sorted(rows.values(), reverse=True) and order != list(rows.values())
