"""Scanned pages: recognised with Tesseract, and the same document as the digital original.

The scanned fixtures are made by tests/scans.py from the generated nominations (a flat-bed
scan: turned a little, noisy, stored black and white). Tests that run the engine skip only
when it is not installed; .ci/run installs it, so CI runs them.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy
import pypdfium2 as pdfium
import pytest

from pipeline import ocr, ocr_addresses, ocr_chars, ocr_reread, ocr_words
from pipeline.cli import main
from pipeline.errors import NoTextLayerError, TooLargeError
from pipeline.extract import page_lines
from pipeline.lines import RawLine
from pipeline.models import Document
from pipeline.process import process_pdf
from pipeline.report_document import render_document
from pipeline.settings import Settings
from pipeline.write import document_to_json

TESTS = Path(__file__).parent
SCANNED = TESTS / "fixtures" / "scanned"
GENERATED = TESTS / "fixtures" / "generated"
SCANNED_SINGLE = SCANNED / "scanned_single_nepal.pdf"
DIGITAL_SINGLE = GENERATED / "generated_single_nepal.pdf"
MIXED = SCANNED / "mixed_batch_kml_page5.pdf"
DIGITAL_BATCH = GENERATED / "generated_batch_kml.pdf"
INSTALL = "apt-get install tesseract-ocr tesseract-ocr-eng"

needs_engine = pytest.mark.skipif(
    ocr.find_engine() is None,
    reason=f"Tesseract's English model is not installed ({INSTALL}; .ci/run installs it)",
)


def test_ci_has_the_engine() -> None:
    """.ci/run installs the engine and sets NOMINATIONS_REQUIRE_OCR: there, no OCR test may
    be skipped for want of it."""
    if os.environ.get("NOMINATIONS_REQUIRE_OCR") != "1":
        pytest.skip("only where NOMINATIONS_REQUIRE_OCR=1 (.ci/run)")
    assert ocr.find_engine() is not None, f"the OCR engine is missing: {INSTALL}"


def process(path: Path, settings: Settings | None = None) -> Document:
    return process_pdf(path.read_bytes(), path.name, settings or Settings())


@pytest.fixture(scope="module")
def scanned_single() -> Document:
    return process(SCANNED_SINGLE)


@pytest.fixture(scope="module")
def mixed() -> Document:
    return process(MIXED)


@pytest.fixture
def no_engine(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """No English model where TESSDATA_PREFIX points (the only place then looked at), as on
    a machine without it (worker processes inherit the variable)."""
    empty = tmp_path / "no-models"
    empty.mkdir()
    monkeypatch.setenv("TESSDATA_PREFIX", str(empty))
    ocr.find_engine.cache_clear()
    yield
    ocr.find_engine.cache_clear()


# ------------------------------------------------------------------ a scanned nomination


@needs_engine
def test_scanned_one_card_nomination_gives_its_card_sections_and_contacts(
    scanned_single: Document,
) -> None:
    digital = process(DIGITAL_SINGLE)
    assert len(scanned_single.cards) == len(digital.cards) == 1
    card, original = scanned_single.cards[0], digital.cards[0]
    assert card.title == original.title
    assert [(s.number, s.key) for s in card.sections] == [
        (s.number, s.key) for s in original.sections
    ]
    assert card.nominee.emails == original.nominee.emails == ["sushila@fecofe.org.np"]
    assert card.nominee.phones == original.nominee.phones
    assert card.nominee.phones  # the form's numbers, in E.164
    assert card.nominee.country == original.nominee.country


@needs_engine
def test_recognised_pages_are_marked_with_engine_and_confidence(
    scanned_single: Document,
) -> None:
    engine = ocr.find_engine()
    assert engine is not None
    assert [record.page for record in scanned_single.ocr_pages] == [1, 2]
    for record in scanned_single.ocr_pages:
        assert (record.engine, record.engine_version) == ("tesseract", engine.version)
        assert record.dpi == Settings().ocr_dpi
        assert 80 <= record.confidence <= 100
        assert record.words > 0
    card = scanned_single.cards[0]
    assert card.entities and all(entity.ocr for entity in card.entities)
    assert all(block.ocr for section in card.sections for block in section.blocks)
    written = json.loads(document_to_json(scanned_single))
    assert written["ocr_pages"][0]["engine"] == "tesseract"
    assert written["cards"][0]["entities"][0]["ocr"] is True


@needs_engine
def test_the_report_shows_which_pages_were_recognised(scanned_single: Document) -> None:
    page = render_document(scanned_single, "scanned_single_nepal.json")
    assert "2 pages recognised by OCR" in page
    assert "page 1: tesseract" in page
    assert "(OCR)" in page  # an entity's tooltip says where it was found


@needs_engine
def test_same_scan_gives_the_same_bytes(scanned_single: Document) -> None:
    assert document_to_json(process(SCANNED_SINGLE)) == document_to_json(scanned_single)


@needs_engine
def test_mixed_pdf_ocrs_only_its_image_page(mixed: Document) -> None:
    digital = process(DIGITAL_BATCH)
    assert [record.page for record in mixed.ocr_pages] == [5]
    assert [card.letter for card in mixed.cards] == [card.letter for card in digital.cards]
    entities = [entity for card in mixed.cards for entity in card.entities]
    assert {entity.page for entity in entities if entity.ocr} == {5}
    assert all(not entity.ocr for entity in entities if entity.page != 5)
    # The scanned page's own e-mails are found as on the digital page.
    on_page = {e.normalized for e in entities if e.page == 5 and e.label == "EMAIL"}
    digital_on_page = {
        e.normalized
        for card in digital.cards
        for e in card.entities
        if e.page == 5 and e.label == "EMAIL"
    }
    assert on_page == digital_on_page


def test_pages_with_text_are_never_recognised(
    monkeypatch: pytest.MonkeyPatch, sample_pdf: bytes
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a page with a text layer was sent to OCR")

    monkeypatch.setattr(ocr, "recognise_document", refuse)
    document = process_pdf(sample_pdf, "gssd2014.pdf", Settings())
    assert document.ocr_pages == []
    assert "ocr_pages" not in json.loads(document_to_json(document))


# ------------------------------------------------------------------ off, missing, too large


def test_ocr_off_gives_no_text_layer() -> None:
    with pytest.raises(NoTextLayerError) as caught:
        process(SCANNED_SINGLE, Settings(ocr="off"))
    assert caught.value.code == "no_text_layer"
    assert "--ocr off" in caught.value.message


def test_ocr_off_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    argv = ["run", str(SCANNED_SINGLE), "--out", str(out), "--jobs", "1", "--ocr", "off"]
    assert main([*argv, "--quiet"]) == 1
    assert "no_text_layer" in capsys.readouterr().err
    manifest = json.loads((out / "_manifest.json").read_text(encoding="utf-8"))
    assert manifest["options"]["ocr"] == "off"
    assert manifest["files"][0]["error_code"] == "no_text_layer"


@pytest.mark.usefixtures("no_engine")
def test_missing_engine_says_exactly_what_to_install() -> None:
    with pytest.raises(NoTextLayerError) as caught:
        process(SCANNED_SINGLE)
    assert INSTALL in caught.value.message


@pytest.mark.usefixtures("no_engine")
def test_missing_engine_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["run", str(SCANNED_SINGLE), "--out", str(tmp_path / "out"), "--jobs", "1"]
    assert main([*argv, "--quiet"]) == 1  # auto: that file fails, the run goes on
    assert INSTALL in capsys.readouterr().err
    assert main([*argv, "--ocr", "force"]) == 2  # asked for OCR explicitly: a set-up error
    assert INSTALL in capsys.readouterr().err


@needs_engine
def test_page_over_the_pixel_budget_is_not_rendered() -> None:
    tiny_budget = Settings(max_ocr_pixels=1_000_000)
    mixed = process(MIXED, tiny_budget)
    assert mixed.ocr_pages == []
    assert [(w.code, w.page) for w in mixed.warnings if w.code.startswith("ocr")] == [
        ("ocr_page_too_large", 5)
    ]
    with pytest.raises(TooLargeError) as caught:
        process(SCANNED_SINGLE, tiny_budget)
    assert "million pixels" in caught.value.message


# ------------------------------------------------------------------ normalisation


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Tel.: +63 9l7 7I9 7498", "Tel.: +63 917 719 7498"),
        ("Phone: +977 1 44l2733", "Phone: +977 1 4412733"),
        ("Email: benquinonesjr@gmai1.c0m", "Email: benquinonesjr@gmail.com"),
        ("see www.ilo.0rg/ssc", "see www.ilo.org/ssc"),
        ("Lot 10 in Block 1O", "Lot 10 in Block 1O"),  # not a phone number: left alone
        ("Model l0l of 2014", "Model l0l of 2014"),
        ("user@host10.org", "user@host10.org"),  # a valid address is not touched
    ],
)
def test_lookalikes_are_fixed_only_where_the_result_validates(written: str, expected: str) -> None:
    assert ocr_words.fix_lookalikes(written) == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("MFls/insurers", "MFIs/insurers"),  # a capital I read as "l" in an acronym
        ("(AKS!)", "(AKSI)"),  # ... as "!" before the closing bracket
        ("USAlD", "USAID"),
        ("STOP!", "STOP!"),  # a shout ending a sentence stays
        ("Als", "Als"),  # one capital: a word, not an acronym
        ("Allan", "Allan"),
        ("i'anacarde", "l'anacarde"),  # an elided l'
        ("I'anacarde", "l'anacarde"),
        ("I'm", "I'm"),  # English keeps its capital I
        ("I've", "I've"),
        ("taxi's", "taxi's"),
    ],
)
def test_a_capital_i_misread_in_an_acronym_is_restored(written: str, expected: str) -> None:
    assert ocr_words.normalise_word(written) == expected


def test_words_lose_ligatures_and_curly_quotes() -> None:
    assert ocr_words.normalise_word("ﬁnancial") == "financial"
    assert ocr_words.normalise_word("members’") == "members'"
    assert ocr_words.normalise_word("“Solidarity”") == '"Solidarity"'


# ------------------------------------------------------------------ words -> extract's lines

GEOMETRY = ocr_chars.PageGeometry(dpi=300, width_px=2480, height_px=3508)
X_SIZE = 46.0  # 11 pt at 300 dpi


def line_text(words: list[tuple[str, tuple[float, float, float, float]]]) -> RawLine:
    """What extract's line builder makes of one recognised line (baseline at y=146)."""
    line = ocr_words.OcrLine(
        words=tuple(ocr_words.Word(text, box, 95.0) for text, box in words),
        x_size=X_SIZE,
        slope=0.0,
        offset=-10.0,
        box=(words[0][1][0], 100.0, words[-1][1][2], 156.0),
    )
    boxes = [word.box for word in line.words]
    chars = ocr_chars.line_chars(line, boxes, GEOMETRY, [False] * len(boxes))
    (raw,) = page_lines(chars, 1, 595.0)
    return raw


def test_an_address_cut_at_its_at_sign_is_one_word() -> None:
    raw = line_text(
        [
            ("Email:", (100, 100, 250, 146)),
            ("name", (300, 100, 400, 146)),
            ("@host.org", (412, 100, 600, 146)),
        ]
    )
    assert raw.text == "Email: name@host.org"


def test_a_small_glyph_before_a_tab_gap_reads_as_a_bullet() -> None:
    raw = line_text(
        [
            ("=m", (100, 115, 124, 135)),
            ("Solidarity", (180, 100, 400, 146)),
            ("guarantees", (425, 100, 640, 146)),
        ]
    )
    assert raw.text == "• Solidarity guarantees"
    number = line_text([("2.", (100, 100, 130, 146)), ("Partners", (180, 100, 400, 146))])
    assert number.text == "2. Partners"  # a number is never taken for a bullet


def test_a_numbered_heading_read_with_a_comma_gets_its_period() -> None:
    raw = line_text([("4,", (100, 100, 140, 146)), ("Achievements", (170, 100, 420, 146))])
    assert raw.text == "4. Achievements"
    raw = line_text([("12,", (100, 100, 160, 146)), ("and", (190, 100, 260, 146))])
    assert raw.text == "12, and"  # a count in running text is left alone


def test_a_raised_number_is_a_footnote_mark() -> None:
    raw = line_text(
        [
            ("County", (100, 100, 260, 146)),
            ("1", (262, 95, 275, 118)),
            ("and", (300, 100, 370, 146)),
        ]
    )
    assert raw.refs == ("1",)
    assert raw.text == "County and"


# ------------------------------------------------------------------ addresses, document-wide


def raw_lines(*texts: str) -> list[RawLine]:
    return [RawLine(page=1, chars=[], x0=0, top=0, x1=0, bottom=0, text=t) for t in texts]


def test_an_address_misread_by_one_letter_takes_the_documents_spelling() -> None:
    lines = raw_lines(
        "Ms. Noura Qandil, Programme Officer",
        "gandil@ilo.org / +961 1 752 418",  # "q" read as "g": valid, but no such name
        "E-mail: mehuanca@sumagq-qaytu.org.bo",
        "mehuanca@sumaq-qaytu.org.bo",  # the same address read right on another page
        "see https://www.sumaq-gaytu.org.bo/guia",
    )
    ocr_addresses.fix_addresses(lines, lines)
    assert [line.text for line in lines[1:]] == [
        "qandil@ilo.org / +961 1 752 418",
        "E-mail: mehuanca@sumaq-qaytu.org.bo",
        "mehuanca@sumaq-qaytu.org.bo",
        "see https://www.sumaq-qaytu.org.bo/guia",
    ]


def test_an_address_the_document_cannot_vouch_for_is_left_alone() -> None:
    lines = raw_lines(
        "Mr. Tarek Bensalah, tbensalah@isdb.org",  # an initial before the name: kept
        "Ms. Maldonado, maldonadoc@iloguest.org",  # a letter after it: kept
        "Mr. Godirov, godirov@ilo.org",  # the document writes it so: kept
        "contact: jgomez@unknown.org",  # no variant in the document: kept
        "wdorsainvil@mspp.gouv.ht, malabiche@sec.sc",  # short parts lose no letter
        "see www.mspp.gov.ht and ministry@gov.sc",
    )
    before = [line.text for line in lines]
    digital = raw_lines("Qodirov")  # a digital page's words vouch too, but "godirov" is seen
    ocr_addresses.fix_addresses(lines, [*lines, *digital])
    assert [line.text for line in lines] == before


# ------------------------------------------------------------------ accents: the Latin model

HELDOUT_LATIN = TESTS / "fixtures" / "heldout" / "heldout5_batch_latin_america.pdf"
needs_script_model = pytest.mark.skipif(
    ocr.find_engine() is None or not ocr_reread.script_model_present(ocr.find_engine().models),
    reason="Tesseract's Latin-script model is not installed "
    "(apt-get install tesseract-ocr-script-latn; .ci/run installs it)",
)


def test_ci_has_the_script_model() -> None:
    if os.environ.get("NOMINATIONS_REQUIRE_OCR") != "1":
        pytest.skip("only where NOMINATIONS_REQUIRE_OCR=1 (.ci/run)")
    engine = ocr.find_engine()
    assert engine is not None and ocr_reread.script_model_present(engine.models)


@needs_script_model
def test_accented_words_the_english_model_doubts_are_read_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Page 3 of a held-out batch names "Instituto Nacional de Educación Tecnológica" and
    "Agencia ... de Cooperación": the English model has no accents, the second reading does."""
    sys.path.insert(0, str(TESTS))
    import scans

    pdf = pdfium.PdfDocument(HELDOUT_LATIN.read_bytes())
    try:
        page = pdf[2].render(scale=scans.GRAY.dpi / 72, grayscale=True).to_pil().convert("L")
    finally:
        pdf.close()
    image = scans.scan_page(page, numpy.random.default_rng(3))
    engine = ocr.find_engine()
    assert engine is not None
    words = [w.text for line in ocr.recognise(image, engine, scans.GRAY.dpi) for w in line.words]
    assert "Educación" in words and "Cooperación" in words
    monkeypatch.setattr(ocr_reread, "_script_api", lambda models: None)
    english = [w.text for line in ocr.recognise(image, engine, scans.GRAY.dpi) for w in line.words]
    assert "Educación" not in english and "Cooperación" not in english
    assert len(english) == len(words)  # word for word, only the doubtful ones read again


def test_the_script_model_is_loaded_without_its_word_list(tmp_path: Path) -> None:
    """A traineddata file as Tesseract writes it: entry count, offsets (-1: absent), entries."""
    import struct

    entries = {0: b"config", 17: b"network" * 3, 19: b"words" * 100, 23: b"4.00"}
    count = 24
    offsets, body = [-1] * count, b""
    for index, data in entries.items():
        offsets[index] = 4 + 8 * count + len(body)
        body += data
    model = tmp_path / "Latin.traineddata"
    model.write_bytes(struct.pack("<i", count) + struct.pack(f"<{count}q", *offsets) + body)

    stripped = ocr_reread.network_only(model)
    (kept,) = struct.unpack_from("<i", stripped)
    new_offsets = struct.unpack_from(f"<{count}q", stripped, 4)
    assert kept == count and new_offsets[19] == -1
    present = sorted((o, i) for i, o in enumerate(new_offsets) if o >= 0)
    ends = [o for o, _ in present[1:]] + [len(stripped)]
    assert {i: stripped[o:end] for (o, i), end in zip(present, ends, strict=True)} == {
        i: data for i, data in entries.items() if i != 19
    }
