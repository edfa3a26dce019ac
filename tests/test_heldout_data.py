"""The held-out data files (tests/heldout/data/*.toml) and their renderer, render_heldout.py.

The data files are the only source of the held-out PDFs' text, so each must read into a
nomination, and rendering it must give the committed fixture byte for byte (edit a data file,
then re-render the fixtures, as tests/heldout/README.md says).
"""

from __future__ import annotations

import hashlib
import io
import sys
import tomllib
from pathlib import Path

import pdfplumber
import pytest

HELDOUT = Path(__file__).parent / "heldout"
if str(HELDOUT) not in sys.path:  # the renderer and converter are scripts in tests/heldout/
    sys.path.insert(0, str(HELDOUT))

import convert_generator  # noqa: E402
import render_heldout  # noqa: E402
from generator import CASES, render  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures" / "heldout"
KEYS = Path(__file__).parent / "keys"
DATA_FILES = render_heldout.data_files()


def test_there_is_a_data_file_for_every_heldout_fixture() -> None:
    rendered = sorted(render_heldout.load(path).file_name for path in DATA_FILES)
    assert rendered == sorted(path.name for path in FIXTURES.glob("*.pdf"))


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda path: path.stem)
def test_data_file_reads_into_a_keyed_nomination(path: Path) -> None:
    heldout = render_heldout.read(path)
    nomination = heldout.nomination
    assert nomination.file_name == f"{path.stem}.pdf"
    assert (KEYS / f"{path.stem}.json").exists()
    assert heldout.set_number >= 1 and heldout.case in path.stem
    assert heldout.description.strip()
    assert nomination.cards
    for card in nomination.cards:
        assert card.title and card.nominee and card.sections
        for section in card.sections:
            assert (section.number or section.heading) and section.blocks
            assert all(getattr(block, "text", "x").strip() for block in section.blocks)


def test_a_set_is_selected_by_its_number() -> None:
    names = [path.name for path in render_heldout.data_files(3)]
    assert names == [
        "heldout3_batch_eeca.toml",
        "heldout3_single_peru_zimbabwe.toml",
        "heldout3_single_trinidad_ghana.toml",
    ]
    assert render_heldout.data_files(1)[0].name == "heldout_batch_lac.toml"


def test_a_misspelt_option_is_an_error_naming_it() -> None:
    table = tomllib.loads((HELDOUT / "data" / "heldout3_batch_eeca.toml").read_text("utf-8"))
    table["cards"][0]["sections"][1]["blocks"][0]["markr"] = "–"
    with pytest.raises(render_heldout.DataFileError, match=r"card 1 section 2 block 1.*markr"):
        render_heldout.parse(table, "heldout3_batch_eeca.toml")
    del table["cards"][0]["sections"][1]["blocks"][0]["item"]
    with pytest.raises(render_heldout.DataFileError, match="exactly one of para, item"):
        render_heldout.parse(table, "heldout3_batch_eeca.toml")


@pytest.mark.parametrize("name", CASES)
def test_converter_writes_what_the_renderer_reads_back(name: str) -> None:
    """The converter (kept for generators still written in Python) on the generator's own,
    differently built cases: footnotes, soft hyphens, forced breaks, image pages, markers."""
    nomination = CASES[name]()
    text = convert_generator.dumps(9, name, "- " + name + ": a test.\n", nomination)
    assert render_heldout.parse(tomllib.loads(text), name).nomination == nomination


@pytest.mark.slow
@pytest.mark.parametrize("path", DATA_FILES, ids=lambda path: path.stem)
def test_data_file_renders_the_committed_fixture(path: Path) -> None:
    nomination = render_heldout.load(path)
    data = render(nomination).data
    committed = (FIXTURES / nomination.file_name).read_bytes()
    assert hashlib.sha256(data).hexdigest() == hashlib.sha256(committed).hexdigest()


def test_rendered_pdf_shows_the_data_files_titles() -> None:
    nomination = render_heldout.load(HELDOUT / "data" / "heldout3_batch_eeca.toml")
    with pdfplumber.open(io.BytesIO(render(nomination).data)) as pdf:
        text = "".join("".join(page.extract_text().split()) for page in pdf.pages)
    assert nomination.cover is not None
    for title in [nomination.cover.title] + [card.title or "" for card in nomination.cards]:
        assert "".join(title.split()) in text
