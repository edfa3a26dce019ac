"""A page's characters read through pdfium, in the shape pdfplumber gives them.

Each char is a dict with the keys the extract stage reads (text, x0, x1, top, bottom, size,
fontname, upright), in pdfplumber's coordinates: points from the top-left corner of the
(rotated) MediaBox. The box is pdfminer's: the advance width along the baseline and the font
size across it, from the font's descent, turned by the char's matrix and the page's
rotation; docs/decisions.md ("The pdfium reader") says how close it comes and why.
"""

from __future__ import annotations

import ctypes
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

Matrix = tuple[float, float, float, float, float, float]
FONT_NAME_BUFFER = 256
LINE_END_HYPHEN = "\x02"


@dataclass(frozen=True)
class PageGeometry:
    """From pdfium's user space to pdfplumber's top-left coordinates (as pdfminer's
    interpreter turns a rotated page, then pdfplumber flips it)."""

    ctm: Matrix
    height: float  # pdfplumber's page.height (the MediaBox's, rotated)
    x_offset: float  # pdfplumber adds the MediaBox's left edge back
    top_offset: float

    def point(self, x: float, y: float) -> tuple[float, float]:
        a, b, c, d, e, f = self.ctm
        return a * x + c * y + e, b * x + d * y + f


def mediabox(page: pdfium.PdfPage) -> tuple[float, float, float, float]:
    """The page's MediaBox. pdfium reads it from the page's own dictionary only; an
    inherited one (from the page tree) is taken from the page's bounding box instead, which
    is the same unless a CropBox is inherited too."""
    box = page.get_mediabox(fallback_ok=False)
    return tuple(box) if box is not None else page.get_bbox()


def page_geometry(page: pdfium.PdfPage) -> PageGeometry:
    left, bottom, right, top = mediabox(page)
    x0, x1 = sorted((left, right))
    y0, y1 = sorted((bottom, top))
    rotation = page.get_rotation() % 360
    if rotation == 90:
        ctm: Matrix = (0, -1, 1, 0, -y0, x1)
        box = (y0, x0, y1, x1)
    elif rotation == 180:
        ctm, box = (-1, 0, 0, -1, x1, y1), (x0, y0, x1, y1)
    elif rotation == 270:
        ctm, box = (0, 1, -1, 0, y1, -x0), (y0, x0, y1, x1)
    else:
        ctm, box = (1, 0, 0, 1, -x0, -y0), (x0, y0, x1, y1)
    height = box[3] - box[1]
    return PageGeometry(ctm, height, box[0], -box[1])


def page_size(page: pdfium.PdfPage) -> tuple[float, float]:
    """pdfplumber's page.width and page.height: the MediaBox, sides swapped when turned."""
    left, bottom, right, top = mediabox(page)
    width, height = abs(right - left), abs(top - bottom)
    return (height, width) if page.get_rotation() % 180 == 90 else (width, height)


@dataclass(frozen=True)
class TextObjectFacts:
    """What every char drawn by one text object shares."""

    font: Any  # pdfium's FPDF_FONT handle, for the width table
    font_key: int  # its address: widths are kept per font
    fontname: str
    descent: float  # below the baseline, in text space units per point of size (negative)
    size: float
    matrix: tuple[float, float, float, float]  # the char matrix's linear part


@dataclass(frozen=True)
class FontFacts:
    """What is read once per font: its name and descent, and the widths looked up so far."""

    name: str
    descent: float  # as TextObjectFacts.descent
    widths: dict[int, float]  # by Unicode value


def font_facts(font: Any) -> FontFacts:
    buffer = ctypes.create_string_buffer(FONT_NAME_BUFFER)
    pdfium_c.FPDFFont_GetBaseFontName(font, buffer, FONT_NAME_BUFFER)
    descent = ctypes.c_float()
    # pdfminer reads /Descent from the font descriptor and forces it negative.
    if not pdfium_c.FPDFFont_GetDescent(font, ctypes.c_float(1000.0), descent):
        descent.value = 0.0
    return FontFacts(buffer.value.decode("utf-8", "replace"), -abs(descent.value) / 1000.0, {})


def text_object_facts(
    textpage: Any, index: int, text_object: Any, fonts: dict[int, FontFacts]
) -> tuple[TextObjectFacts, dict[int, float]]:
    """The text object's facts and its font's widths (fonts are read once per page)."""
    font = pdfium_c.FPDFTextObj_GetFont(text_object)
    font_key = ctypes.cast(font, ctypes.c_void_p).value or 0
    known = fonts.get(font_key)
    if known is None:
        known = fonts[font_key] = font_facts(font)
    matrix = pdfium_c.FS_MATRIX()
    pdfium_c.FPDFText_GetMatrix(textpage, index, matrix)
    facts = TextObjectFacts(
        font=font,
        font_key=font_key,
        fontname=known.name,
        descent=known.descent,
        size=float(pdfium_c.FPDFText_GetFontSize(textpage, index)),
        matrix=(matrix.a, matrix.b, matrix.c, matrix.d),
    )
    return facts, known.widths


class DrawnBy:
    """One text object's chars: its facts, its font's widths, and the parts of upright_char's
    arithmetic that are the same for all of its chars (computed with the same operations,
    so the boxes are the same to the last bit)."""

    __slots__ = ("constants", "facts", "upright", "widths")

    def __init__(
        self, facts: TextObjectFacts, widths: dict[int, float], geometry: PageGeometry
    ) -> None:
        self.facts, self.widths = facts, widths
        a, b, c, d = facts.matrix
        ca, cb, cc, cd, ce, cf = geometry.ctm
        self.upright = b == c == 0 and cb == cc == 0
        low = facts.descent * facts.size
        self.constants = (
            a,
            ca,
            ce,
            cd,
            cf,
            d * low,
            d * (low + facts.size),
            geometry.x_offset,
            geometry.height,
            geometry.top_offset,
            facts.fontname,
            a * ca * d * cd > 0,
        )

    def char(
        self, text: str, x: float, y: float, advance: float, geometry: PageGeometry
    ) -> dict[str, Any]:
        if not self.upright:
            return make_char(text, self.facts, (x, y), advance, geometry)
        a, ca, ce, cd, cf, d_low, d_high, x_offset, height, top_offset, name, upright = (
            self.constants
        )
        x_a = ca * x + ce
        x_b = ca * (x + a * advance) + ce
        y_a = cd * (y + d_low) + cf
        y_b = cd * (y + d_high) + cf
        # min() and max() written out, with their answers on ties and NaN: the first argument.
        x0, x1 = (x_b if x_b < x_a else x_a), (x_b if x_b > x_a else x_a)
        y0, y1 = (y_b if y_b < y_a else y_a), (y_b if y_b > y_a else y_a)
        return {
            "text": text,
            "x0": x0 + x_offset,
            "x1": x1 + x_offset,
            "top": height - y1 + top_offset,
            "bottom": height - y0 + top_offset,
            "size": y1 - y0,
            "fontname": name,
            "upright": upright,
        }


def _address_prototype(function: Any, restype: Any, *argtypes: Any) -> Any:
    """A pdfium function called with plain addresses (ints) rather than typed pointers:
    these are asked once per char, and ctypes converts plain arguments fastest."""
    return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(function, ctypes.c_void_p).value or 0)


_text_object_address = _address_prototype(
    pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int
)
_unicode_at = _address_prototype(
    pdfium_c.FPDFText_GetUnicode, ctypes.c_uint, ctypes.c_void_p, ctypes.c_int
)
_origin_at = _address_prototype(
    pdfium_c.FPDFText_GetCharOrigin,
    ctypes.c_int,
    ctypes.c_void_p,
    ctypes.c_int,
    ctypes.c_void_p,
    ctypes.c_void_p,
)
GENERATED = frozenset(map(ord, " \r\n"))  # the only chars pdfium generates
LINE_END_HYPHEN_CODE = ord(LINE_END_HYPHEN)


def page_chars(textpage: pdfium.PdfTextPage, geometry: PageGeometry) -> list[dict[str, Any]]:
    """The page's chars as drawn; the spaces and line breaks pdfium adds are left out, and
    the letters of one ligature glyph ("ti") are one char, as pdfminer gives them."""
    raw = textpage.raw
    address = ctypes.cast(raw, ctypes.c_void_p).value
    count = textpage.count_chars()
    chars: list[dict[str, Any]] = []
    drawn_by: dict[int, DrawnBy] = {}
    fonts: dict[int, FontFacts] = {}
    box = pdfium_c.FS_RECTF()
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    x_at, y_at = ctypes.addressof(origin_x), ctypes.addressof(origin_y)
    is_generated = pdfium_c.FPDFText_IsGenerated
    unicode_at, origin_at, object_at = _unicode_at, _origin_at, _text_object_address
    previous_key, previous_x, previous_y = -1, 0.0, 0.0  # the glyph last read
    first_index = 0  # the first of the chars pdfium gives for that glyph
    for index in range(count):
        code = unicode_at(address, index)
        if code in GENERATED and is_generated(raw, index) == 1:
            continue
        key = object_at(address, index) or 0
        origin_at(address, index, x_at, y_at)
        x, y = origin_x.value, origin_y.value
        # pdfium's mark for a hyphen that ends a line; the PDF drew "-"
        text = "-" if code == LINE_END_HYPHEN_CODE else chr(code)
        if (
            key == previous_key
            and x == previous_x
            and y == previous_y
            and same_glyph(raw, first_index, index)
        ):
            # One glyph, several letters: a ligature, as wide as pdfium's box for it (the
            # width table is looked up by one letter, not by the ligature's glyph).
            glyph = drawn_by[key].facts
            pdfium_c.FPDFText_GetLooseCharBox(raw, first_index, box)
            text = chars[-1]["text"] + text
            chars[-1] = make_char(text, glyph, (x, y), loose_advance(box, glyph), geometry)
            continue
        previous_key, previous_x, previous_y, first_index = key, x, y, index
        drawn = drawn_by.get(key)
        if drawn is None:
            text_object = pdfium_c.FPDFText_GetTextObject(raw, index)
            facts, widths = text_object_facts(raw, index, text_object, fonts)
            drawn = drawn_by[key] = DrawnBy(facts, widths, geometry)
        width = drawn.widths.get(code)
        if width is None:
            width = drawn.widths[code] = glyph_width(drawn.facts.font, code)
        if width > 0:
            advance = width * drawn.facts.size
        else:  # no width for it in the font: the loose box's
            pdfium_c.FPDFText_GetLooseCharBox(raw, index, box)
            advance = loose_advance(box, drawn.facts)
        chars.append(drawn.char(text, x, y, advance, geometry))
    return chars


def same_glyph(raw: Any, first: int, other: int) -> bool:
    """Whether two chars at one origin are the letters of one glyph (pdfium gives each the
    glyph's box) rather than two glyphs drawn there (a space, then a kerned-back "T")."""
    boxes = []
    for index in (first, other):
        left, right = ctypes.c_double(), ctypes.c_double()
        bottom, top = ctypes.c_double(), ctypes.c_double()
        pdfium_c.FPDFText_GetCharBox(raw, index, left, right, bottom, top)
        boxes.append((left.value, right.value, bottom.value, top.value))
    return boxes[0] == boxes[1]


def glyph_width(font: Any, code: int) -> float:
    """The glyph's advance in text space units per point of size, from the font's width
    table (/Widths, /W), as pdfminer takes it. pdfium looks the glyph up by its Unicode
    value; 0 when it has none."""
    width = ctypes.c_float()
    if not pdfium_c.FPDFFont_GetGlyphWidth(font, code, ctypes.c_float(1.0), width):
        return 0.0
    return max(float(width.value), 0.0)


def loose_advance(loose: Any, facts: TextObjectFacts) -> float:
    """The advance in text space from pdfium's loose box, which spans it along the
    baseline (its width, or its height when the baseline is turned a quarter) but also the
    glyph's ink where that reaches further (an italic "f")."""
    a, b, _, _ = facts.matrix
    along = loose.right - loose.left if abs(a) >= abs(b) else loose.top - loose.bottom
    scale: float = max((a * a + b * b) ** 0.5, 1e-9)
    return float(abs(along)) / scale


def make_char(
    text: str,
    facts: TextObjectFacts,
    origin: tuple[float, float],
    advance: float,
    geometry: PageGeometry,
) -> dict[str, Any]:
    """`advance` is in text space: the glyph's width times the font size."""
    a, b, c, d = facts.matrix
    ca, cb, cc, cd, _, _ = geometry.ctm
    if b == c == 0 and cb == cc == 0:  # upright text on an upright page: no turning
        return upright_char(text, facts, origin, advance, geometry)
    size = facts.size
    bottom = facts.descent * size
    corners = [(0.0, bottom), (advance, bottom), (0.0, bottom + size), (advance, bottom + size)]
    xs: list[float] = []
    ys: list[float] = []
    for u, v in corners:
        x, y = geometry.point(origin[0] + a * u + c * v, origin[1] + b * u + d * v)
        xs.append(x)
        ys.append(y)
    full = (a * ca + b * cc, a * cb + b * cd, c * ca + d * cc, c * cb + d * cd)
    upright = full[0] * full[3] > 0 and full[1] * full[2] <= 0
    return char_dict(text, facts.fontname, xs, ys, geometry, upright)


def upright_char(
    text: str,
    facts: TextObjectFacts,
    origin: tuple[float, float],
    advance: float,
    geometry: PageGeometry,
) -> dict[str, Any]:
    """make_char's box when neither the char nor the page is turned (nearly every char),
    with char_dict's arithmetic written out: this runs for every char of every page."""
    a, _, _, d = facts.matrix
    ca, _, _, cd, ce, cf = geometry.ctm
    low = facts.descent * facts.size
    x_a = ca * origin[0] + ce
    x_b = ca * (origin[0] + a * advance) + ce
    y_a = cd * (origin[1] + d * low) + cf
    y_b = cd * (origin[1] + d * (low + facts.size)) + cf
    x0, x1 = min(x_a, x_b), max(x_a, x_b)
    y0, y1 = min(y_a, y_b), max(y_a, y_b)
    return {
        "text": text,
        "x0": x0 + geometry.x_offset,
        "x1": x1 + geometry.x_offset,
        "top": geometry.height - y1 + geometry.top_offset,
        "bottom": geometry.height - y0 + geometry.top_offset,
        "size": y1 - y0,
        "fontname": facts.fontname,
        "upright": a * ca * d * cd > 0,
    }


def char_dict(
    text: str,
    fontname: str,
    xs: Sequence[float],
    ys: Sequence[float],
    geometry: PageGeometry,
    upright: bool,
) -> dict[str, Any]:
    """A char as pdfplumber gives it, from the corners of its box in PDF space."""
    x0, x1 = min(xs), max(xs)
    y0, y1 = min(ys), max(ys)
    return {
        "text": text,
        "x0": x0 + geometry.x_offset,
        "x1": x1 + geometry.x_offset,
        "top": geometry.height - y1 + geometry.top_offset,
        "bottom": geometry.height - y0 + geometry.top_offset,
        "size": y1 - y0,
        "fontname": fontname,
        "upright": upright,
    }
