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

    fontname: str
    descent: float  # below the baseline, in text space units per point of size (negative)
    size: float
    matrix: tuple[float, float, float, float]  # the char matrix's linear part


def text_object_facts(textpage: Any, index: int, text_object: Any) -> TextObjectFacts:
    font = pdfium_c.FPDFTextObj_GetFont(text_object)
    buffer = ctypes.create_string_buffer(FONT_NAME_BUFFER)
    pdfium_c.FPDFFont_GetBaseFontName(font, buffer, FONT_NAME_BUFFER)
    descent = ctypes.c_float()
    # pdfminer reads /Descent from the font descriptor and forces it negative.
    if not pdfium_c.FPDFFont_GetDescent(font, ctypes.c_float(1000.0), descent):
        descent.value = 0.0
    matrix = pdfium_c.FS_MATRIX()
    pdfium_c.FPDFText_GetMatrix(textpage, index, matrix)
    return TextObjectFacts(
        fontname=buffer.value.decode("utf-8", "replace"),
        descent=-abs(descent.value) / 1000.0,
        size=float(pdfium_c.FPDFText_GetFontSize(textpage, index)),
        matrix=(matrix.a, matrix.b, matrix.c, matrix.d),
    )


def page_chars(textpage: pdfium.PdfTextPage, geometry: PageGeometry) -> list[dict[str, Any]]:
    """The page's chars as drawn; the spaces and line breaks pdfium adds are left out, and
    the letters of one ligature glyph ("ti") are one char, as pdfminer gives them."""
    raw = textpage.raw
    count = textpage.count_chars()
    chars: list[dict[str, Any]] = []
    facts: dict[int, TextObjectFacts] = {}
    box = pdfium_c.FS_RECTF()
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    previous: tuple[int, float, float] | None = None
    for index in range(count):
        if pdfium_c.FPDFText_IsGenerated(raw, index) == 1:
            continue
        text_object = pdfium_c.FPDFText_GetTextObject(raw, index)
        key = ctypes.cast(text_object, ctypes.c_void_p).value or 0
        pdfium_c.FPDFText_GetCharOrigin(raw, index, origin_x, origin_y)
        text = chr(pdfium_c.FPDFText_GetUnicode(raw, index))
        if text == LINE_END_HYPHEN:
            text = "-"  # pdfium's mark for a hyphen that ends a line; the PDF drew "-"
        here = (key, origin_x.value, origin_y.value)
        if here == previous and chars:
            chars[-1]["text"] += text  # one glyph, several letters: a ligature
            continue
        previous = here
        shared = facts.get(key)
        if shared is None:
            shared = facts[key] = text_object_facts(raw, index, text_object)
        pdfium_c.FPDFText_GetLooseCharBox(raw, index, box)
        chars.append(make_char(text, shared, here[1:], box, geometry))
    return chars


def make_char(
    text: str,
    facts: TextObjectFacts,
    origin: tuple[float, float],
    loose: Any,
    geometry: PageGeometry,
) -> dict[str, Any]:
    a, b, c, d = facts.matrix
    ca, cb, cc, cd, _, _ = geometry.ctm
    if b == c == 0 and cb == cc == 0:  # upright text on an upright page: no turning
        return upright_char(text, facts, origin, loose.right - loose.left, geometry)
    scale = max((a * a + b * b) ** 0.5, 1e-9)
    # The loose box spans the advance along the baseline: its width, or its height when
    # the baseline is turned a quarter.
    along = loose.right - loose.left if abs(a) >= abs(b) else loose.top - loose.bottom
    advance = abs(along) / scale
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
    """make_char's box when neither the char nor the page is turned (nearly every char)."""
    a, _, _, d = facts.matrix
    ca, _, _, cd, ce, cf = geometry.ctm
    low = facts.descent * facts.size
    x_a, x_b = origin[0], origin[0] + a * advance / max(abs(a), 1e-9)
    y_a, y_b = origin[1] + d * low, origin[1] + d * (low + facts.size)
    xs = (ca * x_a + ce, ca * x_b + ce)
    ys = (cd * y_a + cf, cd * y_b + cf)
    return char_dict(text, facts.fontname, xs, ys, geometry, a * ca * d * cd > 0)


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
