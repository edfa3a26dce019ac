"""Extract stage rules, each on a small PDF rendered by tests/generator.py, plus the sample.

Issue 2: reading order with columns, running headers/footers and page numbers removed,
bullet glyphs of any font as the "•" marker, enumerations as written, line-end hyphens,
image-only pages, typed load errors, link annotations, bold and font size per line. On the
sample `input/gssd2014.pdf`: the visible text, word for word (ratio >= 0.999), and every
e-mail address.
"""

from __future__ import annotations

import difflib
import io
import re
from pathlib import Path

import pdfplumber
import pytest
from generator import (
    PUA_BULLET,
    PUA_SQUARE,
    SYMBOL_BULLET,
    Block,
    Card,
    ColumnBreak,
    Field,
    Footnote,
    ImagePage,
    Item,
    Nomination,
    PageBreak,
    Para,
    Section,
    render,
    render_image_only,
)

from pipeline.errors import (
    DamagedPdfError,
    EmptyFileError,
    EncryptedPdfError,
    NoTextLayerError,
    NotPdfError,
)
from pipeline.extract import ExtractedDocument, extract_pdf
from pipeline.lines import Line, join_lines
from pipeline.models import Document
from pipeline.settings import READERS, Reader, Settings

FIXTURES = Path(__file__).parent / "fixtures"
VISIBLE_TEXT = FIXTURES / "gssd2014-visible-text.txt"


def body(blocks: list, *, columns: int = 1, **options: object) -> Nomination:
    """A file of bare blocks: no card title, no nominee block, no section heading."""
    card = Card(title=None, sections=[Section(None, None, blocks)], columns=columns)
    return Nomination(file_name="rules.pdf", cards=[card], **options)  # type: ignore[arg-type]


def extract(spec: Nomination) -> ExtractedDocument:
    return extract_pdf(render(spec).data, Settings())


def raw_lines(data: bytes) -> list[str]:
    """What pdfplumber itself sees, line by line: to check that a fixture shows what it
    claims to show."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [line["text"] for page in pdf.pages for line in page.extract_text_lines()]


def texts(lines: list[Line]) -> list[str]:
    return [line.text for line in lines]


# ---------------------------------------------------------------- reading order

LEFT_1 = (
    "Cooperatives on the western shore of Lake Victoria pool their catch and sell it "
    "together at the landing beach, so that no fisher has to accept the first price offered."
)
LEFT_2 = (
    "The beach committee keeps a record of every landing and pays members at the end of "
    "each week through a savings account."
)
RIGHT_1 = (
    "Fishers from the Tanzanian shore visited twice in 2029 and copied the weekly payment "
    "system in three of their own beach management units."
)
RIGHT_2 = (
    "A joint cold store is planned for 2031, to be run by a committee elected by both "
    "groups of fishers."
)


@pytest.mark.parametrize("gutter", [36.0, 18.0], ids=["word-default-gutter", "narrow-gutter"])
def test_two_column_page_is_read_column_by_column(gutter: float) -> None:
    blocks = [Para(LEFT_1), Para(LEFT_2), ColumnBreak(), Para(RIGHT_1), Para(RIGHT_2)]
    data = render(body(blocks, columns=2, gutter=gutter)).data
    # the fixture itself: pdfplumber's plain lines run across the gutter
    assert any("Cooperatives" in t and "Fishers" in t for t in raw_lines(data))

    doc = extract_pdf(data, Settings())
    assert join_lines(doc.lines) == " ".join([LEFT_1, LEFT_2, RIGHT_1, RIGHT_2])
    for line in doc.lines:
        assert line.column == (1 if line.x0 > 250 else 0), line


def test_full_width_title_above_two_columns() -> None:
    card = Card(
        title="Fishing Cooperatives around Lake Victoria",
        letter="R",
        columns=2,
        sections=[Section(None, None, [Para(LEFT_1), ColumnBreak(), Para(RIGHT_1)])],
    )
    doc = extract(Nomination(file_name="rules.pdf", cards=[card]))
    assert doc.lines[0].text == "R. Fishing Cooperatives around Lake Victoria"
    assert join_lines(doc.lines[1:]) == f"{LEFT_1} {RIGHT_1}"


LAST_PAGE_CONTACT = (
    "Ms. Ilisapeci Rokotuiloma, Secretary, Nausori Market Vendors Association, Rewa Street, "
    "Nausori, Fiji"
)


NOMINEE_PARTNERS = (
    "Honiara Central Market Vendors Association, Solomon Islands; the Ministry of "
    "Women, Children and Social Protection, Fiji; UN Women Fiji Multi-Country Office"
)


def two_column_card(last_page: list[Block] | None) -> Card:
    """Page 1 fills both columns; `last_page`, if given, is section 3 on a page 2."""
    partners: list[Block] = [Para(RIGHT_1), Para(RIGHT_2)]
    sections = [
        Section(1, "Description", [Para(LEFT_1), Para(LEFT_2), ColumnBreak()]),
        Section(2, "Main partners", [*partners, PageBreak()] if last_page else partners),
    ]
    return Card(
        title="Market vendors learn from each other",
        nominee=[
            Field("Nominee:", "Nausori Market Vendors Association, Fiji"),
            Field("Partners:", NOMINEE_PARTNERS),
        ],
        sections=sections + ([Section(3, "Contacts", last_page)] if last_page else []),
        columns=2,
    )


@pytest.mark.parametrize("reader", READERS)
def test_a_last_page_holding_only_the_left_column_is_read_with_the_gutter(reader: Reader) -> None:
    """Held-out set 20 (the Kiribati–Marshall Islands card): on its last page the contacts
    fill only the left column, so the page shows no gutter of its own; read full width, a
    naturally wrapped line ("..., Chairperson, Jekaro" + "Women's Cooperative, ...") looked
    short against the page's right margin and the organisation was cut in two. The page is
    read with the gutter of the page before it."""
    from pipeline.process import process_pdf

    contacts: list[Block] = [
        Para(LAST_PAGE_CONTACT),
        Para("E-mail: i.rokotuiloma@vendors.example.org"),
    ]
    rendered = render(Nomination(file_name="last-page.pdf", cards=[two_column_card(contacts)]))
    assert rendered.page_count == 2
    settings = Settings(reader=reader)
    doc = extract_pdf(rendered.data, settings)
    edges = {line.column_right for line in doc.lines if line.page == 1 and line.column_right}
    assert len(edges) == 1  # the title and the nominee block run full width: no edge
    edge = edges.pop()
    assert edge is not None and 250 < edge < 300
    last_page = [line for line in doc.lines if line.page == 2]
    # the fixture: the contact line wrapped in the organisation's name, in the left column,
    # far short of the page's right margin
    wrapped = next(line for line in last_page if line.text.endswith("Market Vendors"))
    assert wrapped.x1 < 300
    assert [(line.column, line.column_right) for line in last_page] == [(0, edge)] * len(last_page)

    document = process_pdf(rendered.data, "last-page.pdf", settings)
    assert [block.text for block in document.cards[0].sections[-1].blocks] == [
        LAST_PAGE_CONTACT,
        "E-mail: i.rokotuiloma@vendors.example.org",  # wrapped too: the address did not fit
    ]
    assert document.cards[0].contacts[0].organization == "Nausori Market Vendors Association"


def test_the_last_page_of_a_two_column_held_out_card_is_read_as_its_left_column() -> None:
    """The held-out set 20 card itself: page 3 holds only the left column's contacts."""
    from pipeline.process import process_pdf

    name = "heldout20_single_kiribati_marshall_twocolumn.pdf"
    data = (FIXTURES / "heldout" / name).read_bytes()
    document = process_pdf(data, name, Settings())
    card = document.cards[0]
    contacts = next(section for section in card.sections if section.key == "contacts")
    on_the_last_page = [block.text for block in contacts.blocks if block.page == 3]
    assert on_the_last_page[0].startswith(
        "Ms. Rinemaj Jibon, Chairperson, Jekaro Women's Cooperative, Laura, Majuro,"
    )
    assert on_the_last_page[1].startswith("Mr. Taatu Bauro, Senior Agricultural Officer, MLPID")
    jibon = next(contact for contact in card.contacts if contact.name == "Rinemaj Jibon")
    assert (jibon.role, jibon.organization) == ("Chairperson", "Jekaro Women's Cooperative")


SHORT_CONTACT_LINES: list[Block] = [
    Para("Ms. Ana Tuilagi, Director"),
    Para("Tel.: +685 22 555"),
    Para("Apia Craft Guild"),
    Para("E-mail: ana@crafts.example.ws"),
]


@pytest.mark.parametrize(
    ("columns", "blocks", "read_as_a_column"),
    [
        (2, [Para(LEFT_1)], True),
        (1, [Para(LEFT_1)], False),  # full-width body text
        (1, SHORT_CONTACT_LINES, False),  # short lines, no column of wrapped text
    ],
    ids=["two-column-card", "one-column-card", "one-column-card-of-short-lines"],
)
def test_a_new_card_after_a_two_column_page_takes_its_gutter_only_when_two_column(
    columns: int, blocks: list[Block], read_as_a_column: bool
) -> None:
    """A page without a gutter of its own after a two-column page that opens a new card
    (a full-width title and nominee block): its text below is read as the left column only
    when it is one, a column of wrapped lines ending before the gutter."""
    second = Card(
        title="Craft guilds share a shop",
        nominee=[Field("Nominee:", "Apia Craft Guild"), Field("Partners:", NOMINEE_PARTNERS)],
        sections=[Section(1, "Description", blocks)],
        columns=columns,
    )
    cards = [two_column_card(None), second]
    rendered = render(Nomination(file_name="two-cards.pdf", cards=cards))
    assert rendered.page_count == 2
    doc = extract_pdf(rendered.data, Settings())
    edge = next(line.column_right for line in doc.lines if line.page == 1 and line.column_right)
    second_page = [line for line in doc.lines if line.page == 2]
    heading = next(n for n, line in enumerate(second_page) if line.text == "1. Description")
    below_the_nominee = second_page[heading:]
    assert len(below_the_nominee) >= 4
    expected = edge if read_as_a_column else None
    assert [line.column_right for line in below_the_nominee] == [expected] * len(below_the_nominee)
    # the title and the nominee block above stay full width
    assert second_page[0].column_right is None


def test_paragraph_flowing_from_the_left_column_into_the_right_one() -> None:
    long_text = " ".join(f"Kiosk number {n} opened in the year {2000 + n}." for n in range(1, 66))
    rendered = render(body([Para(long_text)], columns=2))
    assert rendered.page_count == 1
    doc = extract_pdf(rendered.data, Settings())
    assert {line.column for line in doc.lines} == {0, 1}
    assert join_lines(doc.lines) == long_text


# ---------------------------------------------------------------- headers, footers, numbers

PAGES_TEXT = [
    "The first page describes how the water kiosks of Kisumu are run by resident "
    "committees that collect a small fee for every jerrycan.",
    "The second page lists the twelve kiosks opened since 2027 and the committees that run them.",
    "The third page explains how the fee pays for repairs and for the salary of an "
    "attendant at each kiosk.",
    "The fourth page tells how committees from Mwanza and Jinja came to learn from them.",
]
HEADER = "Kisumu Water Kiosks Review 2031"
FOOTER = "Prepared by the Lake Basin Water Secretariat"


@pytest.mark.parametrize(
    ("style", "same_line"),
    [("plain", False), ("page", False), ("page_of", True), ("dash", False)],
)
def test_running_header_footer_and_page_numbers_are_removed(style: str, same_line: bool) -> None:
    blocks: list = []
    for n, text in enumerate(PAGES_TEXT):
        if n:
            blocks.append(PageBreak())
        blocks.append(Para(text))
    spec = body(
        blocks, header=HEADER, footer=FOOTER, page_numbers=style, footer_with_number=same_line
    )
    data = render(spec).data
    assert sum(HEADER in t for t in raw_lines(data)) == 4  # the fixture has them
    doc = extract_pdf(data, Settings())
    assert doc.page_count == 4
    for line in doc.lines:
        assert HEADER not in line.text and FOOTER not in line.text, line
        assert not re.fullmatch(r"(page\s*)?-?\s*\d+\s*-?(\s*of\s*\d+)?", line.text, re.I), line
    assert join_lines(doc.lines) == " ".join(PAGES_TEXT)
    for page, text in enumerate(PAGES_TEXT, start=1):
        assert join_lines([line for line in doc.lines if line.page == page]) == text


# ---------------------------------------------------------------- list markers

BULLETS = {
    "•": "bullet",
    "▪": "small square",
    "◦": "white bullet",
    "–": "en dash",
    "o": "letter o",
    "¶": "pilcrow",
    PUA_BULLET: "private-use F0B7",
    PUA_SQUARE: "private-use F0A7",
    SYMBOL_BULLET: "Symbol font",
    # Held-out set 14: "»", "◊" and "♦" stayed in the partners' names.
    "»": "guillemet",
    "◊": "lozenge",
    # Held-out set 23: the triangular bullet "‣" (U+2023), a punctuation mark to Unicode.
    "‣": "triangular bullet",
    # Held-out set 24: "◾" (U+25FE), a math symbol to Unicode.
    "◾": "medium small square",
    "♦": "diamond suit",
}


@pytest.fixture(scope="module")
def bullet_doc() -> ExtractedDocument:
    items: list = [Para("The groups agreed on the following points:")]
    items += [Item(f"An item drawn with a {name} glyph", marker=m) for m, name in BULLETS.items()]
    items.append(Para("A plain paragraph after the list."))
    return extract(body(items))


@pytest.mark.parametrize("name", list(BULLETS.values()))
def test_any_bullet_glyph_becomes_the_bullet_marker(
    bullet_doc: ExtractedDocument, name: str
) -> None:
    text = f"An item drawn with a {name} glyph"
    found = [line for line in bullet_doc.lines if text in line.text]
    assert len(found) == 1, texts(bullet_doc.lines)
    assert found[0].text == text
    assert found[0].marker == "•"


def test_paragraphs_around_a_list_have_no_marker(bullet_doc: ExtractedDocument) -> None:
    first, last = bullet_doc.lines[0], bullet_doc.lines[-1]
    assert (first.text, first.marker) == ("The groups agreed on the following points:", None)
    assert (last.text, last.marker) == ("A plain paragraph after the list.", None)


ENUMERATIONS = [
    ("(1)", 18.0),
    ("(2)", 18.0),
    ("1)", 0.0),
    ("2)", 0.0),
    ("a)", 18.0),
    ("(a)", 18.0),
    ("(i)", 18.0),
    ("(iv)", 0.0),
]


@pytest.fixture(scope="module")
def enumeration_doc() -> ExtractedDocument:
    items: list = [Para("The union set itself several goals.")]
    items += [
        Item(f"Goal written with {marker} at indent {indent:.0f}", marker=marker, indent=indent)
        for marker, indent in ENUMERATIONS
    ]
    return extract(body(items))


@pytest.mark.parametrize(("marker", "indent"), ENUMERATIONS)
def test_enumeration_marker_is_kept_as_written(
    enumeration_doc: ExtractedDocument, marker: str, indent: float
) -> None:
    text = f"Goal written with {marker} at indent {indent:.0f}"
    found = [line for line in enumeration_doc.lines if line.text.endswith(text[-30:])]
    assert len(found) == 1, texts(enumeration_doc.lines)
    assert (found[0].marker, found[0].text) == (marker, text)


# ---------------------------------------------------------------- hyphenation

HYPHENATED = (
    "Forest user groups in the hills of Nepal run small enterprises that turn low-\n"
    "income families into entrepreneurs, and the exchanges support the develop-\n"
    "ment of fair trade between the districts on both sides of the long Nepal-\n"
    "Bhutan border and the plains of the Terai."
)
DEHYPHENATED = (
    "Forest user groups in the hills of Nepal run small enterprises that turn low-income "
    "families into entrepreneurs, and the exchanges support the development of fair trade "
    "between the districts on both sides of the long Nepal-Bhutan border and the plains of "
    "the Terai."
)


def test_line_end_hyphens_are_resolved_only_inside_real_words() -> None:
    data = render(body([Para(HYPHENATED)])).data
    assert [t.split()[-1] for t in raw_lines(data)][:3] == ["low-", "develop-", "Nepal-"]
    doc = extract_pdf(data, Settings())
    joined = join_lines(doc.lines)
    assert joined == DEHYPHENATED
    assert "develop- ment" not in joined and "lowincome" not in joined


# ---------------------------------------------------------------- pages without text


def test_image_only_page_among_text_pages_gives_a_warning() -> None:
    spec = body(
        [Para("A page of text before the scanned annex."), ImagePage(), Para("Text after it.")]
    )
    rendered = render(spec)
    assert rendered.page_count == 3
    doc = extract_pdf(rendered.data, Settings())
    assert [(w.code, w.page) for w in doc.warnings if w.code == "no_text_layer"] == [
        ("no_text_layer", 2)
    ]
    assert [(line.page, line.text) for line in doc.lines] == [
        (1, "A page of text before the scanned annex."),
        (3, "Text after it."),
    ]


def test_all_image_pdf_raises_no_text_layer() -> None:
    with pytest.raises(NoTextLayerError) as caught:
        extract_pdf(render_image_only(2), Settings())
    assert caught.value.code == "no_text_layer"


# ---------------------------------------------------------------- typed load errors


def test_empty_file_raises_empty() -> None:
    with pytest.raises(EmptyFileError) as caught:
        extract_pdf(b"", Settings())
    assert caught.value.code == "empty"


def test_not_a_pdf_raises_not_pdf() -> None:
    with pytest.raises(NotPdfError) as caught:
        extract_pdf(b"Nominee: this is a text file, not a PDF\n" * 20, Settings())
    assert caught.value.code == "not_pdf"


def test_truncated_pdf_raises_damaged() -> None:
    data = render(body([Para("A short page.")])).data
    with pytest.raises(DamagedPdfError) as caught:
        extract_pdf(data[: len(data) // 3], Settings())
    assert caught.value.code == "damaged"


def test_password_protected_pdf_raises_encrypted() -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(render(body([Para("Secret page.")])).data)).pages:
        writer.add_page(page)
    writer.encrypt(user_password="open-sesame", owner_password="owner", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(EncryptedPdfError) as caught:
        extract_pdf(buffer.getvalue(), Settings())
    assert caught.value.code == "encrypted"


# ---------------------------------------------------------------- links, bold, size


def test_mailto_and_web_link_annotations_are_found() -> None:
    card = Card(
        title="Water Kiosks Run by Residents",
        letter="W",
        nominee=[
            Field("Nominee:", "Mr. Otieno Ouma, Chair, Kisumu Kiosk Committees"),
            Field("E-mail:", "otieno.ouma@kiosks.or.ke; info@kiosks.or.ke"),
        ],
        sections=[
            Section(
                1, "Contacts", [Para("Write to a.wekesa@lakebasin.org or see www.kiosks.or.ke")]
            )
        ],
    )
    doc = extract(Nomination(file_name="links.pdf", cards=[card]))
    links = {(link.page, link.uri) for link in doc.links}
    assert links == {
        (1, "mailto:otieno.ouma@kiosks.or.ke"),
        (1, "mailto:info@kiosks.or.ke"),
        (1, "mailto:a.wekesa@lakebasin.org"),
        (1, "http://www.kiosks.or.ke"),
    }
    by_uri = {link.uri: link for link in doc.links}
    assert by_uri["mailto:a.wekesa@lakebasin.org"].text.strip() == "a.wekesa@lakebasin.org"
    assert by_uri["mailto:otieno.ouma@kiosks.or.ke"].text.strip() == "otieno.ouma@kiosks.or.ke"


def test_bold_and_font_size_are_recorded() -> None:
    card = Card(
        title="Water Kiosks Run by Residents",
        letter="W",
        nominee=[Field("Nominee:", "Mr. Otieno Ouma, Chair, Kisumu Kiosk Committees")],
        sections=[
            Section(
                1,
                "Description of the initiative",
                [
                    Para("Residents run the kiosks[^1] themselves."),
                    Footnote("1", "Twelve kiosks in 2030."),
                ],
            )
        ],
    )
    doc = extract(Nomination(file_name="style.pdf", cards=[card]))
    by_text = {line.text: line for line in doc.lines}
    title = by_text["W. Water Kiosks Run by Residents"]
    assert title.bold and title.size == pytest.approx(14, abs=0.5)
    heading = by_text["1. Description of the initiative"]
    assert heading.bold and heading.size == pytest.approx(11, abs=0.5)
    nominee = by_text["Nominee: Mr. Otieno Ouma, Chair, Kisumu Kiosk Committees"]
    assert not nominee.bold and nominee.size == pytest.approx(11, abs=0.5)
    paragraph = by_text["Residents run the kiosks themselves."]  # the reference mark is not text
    assert not paragraph.bold and paragraph.size == pytest.approx(11, abs=0.5)
    footnote = [line for line in doc.lines if "Twelve kiosks in 2030." in line.text]
    assert len(footnote) == 1 and footnote[0].size < 10 and footnote[0].top > 700


# ---------------------------------------------------------------- the sample batch

MARKER_AT_START = re.compile(
    r"^(?:[•▪◦–¶\uf0b7\uf0a7]|\(?[0-9]{1,2}\)|\(?[a-z]\)|\(?[ivx]{1,4}\))\s+"
)


def words_of(lines: list[str]) -> list[str]:
    """Whitespace-split words, a list marker at the start of a line removed."""
    return [word for line in lines for word in MARKER_AT_START.sub("", line.strip()).split()]


def document_lines(document: Document) -> list[str]:
    """The processed document as visible-text lines: card title, nominee lines, then per
    section its heading and its blocks one per line, in the document's order (the visible
    text puts a footnote right after the block holding its reference, as the pipeline
    attaches it; a footnote's mark is part of its line there)."""
    out: list[str] = []
    for card in document.cards:
        out.append(f"{card.letter}. {card.title}" if card.letter else card.title)
        out += card.nominee.text.splitlines()
        for section in card.sections:
            out.append(f"{section.number}. {section.heading}")
            for block in section.blocks:
                text = block.text
                if block.type == "footnote" and block.marker and not text.startswith(block.marker):
                    text = f"{block.marker} {text}"
                out.append(text)
    return out


def test_sample_visible_text_matches(sample_pdf: bytes, settings: Settings) -> None:
    from pipeline.process import process_pdf

    document = process_pdf(sample_pdf, "gssd2014.pdf", settings)
    got = words_of(document_lines(document))
    want = words_of(VISIBLE_TEXT.read_text(encoding="utf-8").splitlines())
    matcher = difflib.SequenceMatcher(None, want, got, autojunk=False)
    ratio = matcher.ratio()
    if ratio < 0.999:
        diffs = [
            f"{tag}: expected {' '.join(want[i1:i2])!r} got {' '.join(got[j1:j2])!r}"
            for tag, i1, i2, j1, j2 in matcher.get_opcodes()
            if tag != "equal"
        ]
        print(f"ratio {ratio:.5f}; {len(diffs)} differences:")
        print("\n".join(diffs[:200]))
    assert ratio >= 0.999


EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


def test_every_sample_email_is_found(sample_pdf: bytes, settings: Settings) -> None:
    expected = {m.lower() for m in EMAIL.findall(VISIBLE_TEXT.read_text(encoding="utf-8"))}
    assert len(expected) == 13  # distinct addresses in the visible text
    doc = extract_pdf(sample_pdf, settings)
    linked = {link.uri[7:].lower() for link in doc.links if link.uri.lower().startswith("mailto:")}
    in_text = {m.lower() for line in doc.lines for m in EMAIL.findall(line.text)}
    assert expected - (linked | in_text) == set()


def test_footer_split_by_the_gutter_on_some_pages_is_still_a_footer(settings: Settings) -> None:
    # Held-out set 2, card F: on its two-column pages the footer "Nomination F – ... Page 1 of
    # 3" was cut into two lines at the gutter; on the one-column last page it was one line,
    # so it repeated nowhere else and stayed in the ILO Contacts text.
    pdf = Path(__file__).parent / "fixtures/heldout/heldout2_single_bangladesh_india.pdf"
    document = extract_pdf(pdf.read_bytes(), settings)
    assert document.lines
    assert not [line.text for line in document.lines if "Nomination F" in line.text]


def test_ligature_glyphs_are_spelled_out() -> None:
    """Issue 12, class 10: Chromium-made and many other PDFs draw "ff", "fi", "ffi" as one
    glyph; a name, an e-mail and a web address must read with plain letters."""
    spec = body([Para("Mr Aseﬀa of the ﬁnance oﬃce wrote to aseﬀa@ilo.org on ﬂows.")])
    data = render(spec).data
    with pdfplumber.open(io.BytesIO(data)) as pdf:  # the fixture really draws the glyphs
        assert {"ﬀ", "ﬁ", "ﬃ", "ﬂ"} <= {char["text"] for char in pdf.pages[0].chars}
    lines = texts(extract(spec).lines)
    assert lines == ["Mr Aseffa of the finance office wrote to aseffa@ilo.org on flows."]


def test_a_dash_between_words_at_a_line_end_joins_without_a_space() -> None:
    """Issue 12, class 6: "Ghana–Kenya–" / "Uganda" is one run of names, not "Kenya– Uganda";
    a dash set off by spaces stays a pause."""
    spec = body(
        [
            Para("Partners of the Ghana–Kenya–\nUganda corridor met in 2015–\n2019 each year."),
            Para("They trained farmers –\nand their children."),
        ]
    )
    lines = extract(spec).lines
    assert texts(lines) == [
        "Partners of the Ghana–Kenya–",
        "Uganda corridor met in 2015–",
        "2019 each year.",
        "They trained farmers –",
        "and their children.",
    ]
    assert join_lines(lines[:3]) == (
        "Partners of the Ghana–Kenya–Uganda corridor met in 2015–2019 each year."
    )
    assert join_lines(lines[3:]) == "They trained farmers – and their children."


def test_a_web_address_cut_at_a_line_end_is_joined_whole() -> None:
    """Issue 12, class 10: a narrow column wraps a long address after a separator; the
    address must come out whole, its own hyphen kept."""
    spec = body(
        [
            Para("Guides are online at https://www.example.org/green-\njobs/toolkit and at"),
            Para("www.example.net/resources/\nrural-finance.html for all."),
        ]
    )
    lines = extract(spec).lines
    assert join_lines(lines[:2]) == (
        "Guides are online at https://www.example.org/green-jobs/toolkit and at"
    )
    assert join_lines(lines[2:]) == "www.example.net/resources/rural-finance.html for all."


def test_a_web_address_ending_a_sentence_at_a_line_end_stays_apart() -> None:
    """Seen on the sample: "(www.childlabourdialogues.org)." closed its sentence."""
    spec = body([Para("See the platform (www.example.org).\nAll themes were discussed.")])
    lines = extract(spec).lines
    assert join_lines(lines) == "See the platform (www.example.org). All themes were discussed."


def test_a_centred_page_number_does_not_widen_the_left_column() -> None:
    """Held-out set 8: the page number "- 1 -", centred in the gutter's band, was taken as
    the left column's widest line; every ragged line then looked short, and a paragraph was
    cut wherever the next word "would have fitted". (Building this fixture showed a second
    bug: a column whose headings shift its lines off the other column's baseline grid was
    not seen as a column at all, and rows were read across both columns.)"""
    from pipeline.process import process_pdf

    paragraph = (
        "Herders of the high plateau sell most of their fibre raw, unsorted and at a low "
        "price, while the yarn made from it is spun and dyed abroad by firms that buy it in "
        "bulk. A network of weaving groups wanted its members to sort, spin and dye fibre "
        "themselves, and in 2022 the regional ministry asked two neighbouring institutes to "
        "share their methods with the network, with a foundation as the third partner."
    )
    card = Card(
        title="Fibre skills shared",
        nominee=[Field("Nominee:", "Ms. Ana Quispe, Director, Altiplano Weavers Network")],
        sections=[
            Section(1, "Description", [Para(paragraph)]),
            Section(2, "Main partners", [Item(f"Partner organisation {n}") for n in "ABCDEF"]),
            Section(3, "Horizontal dimension of cooperation", [Para(paragraph)] * 3),
        ],
        columns=2,
    )
    spec = Nomination(file_name="columns.pdf", cards=[card], page_numbers="dash", body_size=10.0)
    data = render(spec).data
    assert any(line == "- 1 -" for line in raw_lines(data))  # the fixture has the number
    document = process_pdf(data, spec.file_name, Settings())
    description = document.cards[0].sections[0]
    assert [block.type for block in description.blocks] == ["paragraph"]
    assert description.text == paragraph


def test_fields_above_two_columns_do_not_widen_the_left_column() -> None:
    """Held-out set 13 (the Sri Lanka–Maldives card): the nominee block's short fields above
    the columns ("E-mail: ...") ended right of the left column's own lines and were taken
    for its widest lines; its ragged lines then looked short, and section 1 was cut into
    five paragraphs mid-sentence ("the Sri Lanka Institute of Tourism | and Hotel
    Management"). The left column's edge is read from the lines beside the right column."""
    from pipeline.process import process_pdf

    path = Path(__file__).parent / "fixtures" / "heldout"
    name = "heldout13_single_srilanka_maldives_twocolumn.pdf"
    document = process_pdf((path / name).read_bytes(), name, Settings())
    description = document.cards[0].sections[0]
    assert [block.type for block in description.blocks] == ["paragraph"]
    assert "the Sri Lanka Institute of Tourism and Hotel Management (SLITHM)" in description.text
    assert "Labour and Skills Development of the Republic of Maldives" in description.text


def test_partner_lines_without_a_drawn_bullet_stay_apart() -> None:
    """Held-out set 13 (the Madagascar–Comoros card): the partners' bullet glyph is one the
    font cannot draw, so the list has no markers; a partner line filling most of its line
    ("Ministère de l'Agriculture et de l'Élevage, Antananarivo") ran into the next one
    ("Centre National de la Recherche ..."). In the partners section a line carries on only
    when it wrapped."""
    from pipeline.process import process_pdf

    path = Path(__file__).parent / "fixtures" / "heldout"
    name = "heldout13_single_madagascar_comoros.pdf"
    document = process_pdf((path / name).read_bytes(), name, Settings())
    partners = document.cards[0].sections[1]
    assert partners.key == "main_partners"
    texts = [block.text for block in partners.blocks]
    assert "Ministère de l'Agriculture et de l'Élevage, Antananarivo" in texts
    assert "Centre National de la Recherche Appliquée au Développement Rural (FOFIFA)" in texts
