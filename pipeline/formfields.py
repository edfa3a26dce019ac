"""Fillable forms (AcroForm): each field's value as text where its widget sits on the page.

Answers typed into a fillable form live in widget annotations, not in the page's content, so
pdfplumber's chars hold only the printed labels and headings. Each field's value is laid out
here as chars inside its widget's box (wrapped at the box's width with an average glyph
width, one line per line of the value, a blank line between paragraphs, a tab as a tab stop)
and handed to the same line builder as the printed text: a single-line field beside its
label joins the label's line, a multi-line field becomes the paragraphs and list items of
the section it sits under. What the widget's appearance stream draws is not read: the value
is the answer, the appearance only one viewer's picture of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pdfminer.pdftypes import resolve1
from pdfminer.psparser import PSLiteral
from pdfminer.utils import decode_text

from pipeline.models import DocumentWarning

# What a broken annotation dictionary raises while it is read.
PARSER_ERRORS = (ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError)

FORM_FONT = "FormField"  # the fontname of chars made from field values
AVERAGE_GLYPH_EMS = 0.5  # the width of an average glyph; the segment stage assumes the same
LINE_PITCH_EMS = 1.2
MIN_PITCH_EMS = 1.05
TAB_STOP = 18.0  # points between tab stops, from the field's text origin
FIELD_PADDING = 2.0  # a widget's border and the space inside it
DEFAULT_SIZE = 10.0  # for auto-sized fields ("/Helv 0 Tf")
MULTILINE_FLAG = 1 << 12
PUSH_BUTTON_FLAG = 1 << 16
TICK = "✓"
MAX_PARENT_DEPTH = 20  # fields inherit along /Parent; a cycle in a broken file stops here
FONT_SIZE = re.compile(rb"(\d+(?:\.\d+)?)\s+Tf")


@dataclass(frozen=True)
class FieldValue:
    """A filled form field: its widget's box (top-down page coordinates) and value."""

    x0: float
    top: float
    x1: float
    bottom: float
    value: str
    size: float
    multiline: bool


def page_field_values(page: Any) -> list[FieldValue]:
    """The page's filled fields (text, choice, check box, radio button); empty ones omitted."""
    try:
        annots = page.annots
    except PARSER_ERRORS:  # a broken annotation array: the page's printed text still counts
        return []
    values = [value for annot in annots if (value := widget_value(annot)) is not None]
    return sorted(values, key=lambda v: (round(v.top), v.x0))


def widget_value(annot: dict[str, Any]) -> FieldValue | None:
    """A widget annotation's filled field; None for other annotations, empty fields and
    broken dictionaries."""
    try:
        data = annot.get("data")
        if not isinstance(data, dict) or name_of(data.get("Subtype")) != "Widget":
            return None
        value = field_text(data)
        if not value.strip():
            return None
        flags = inherited(data, "Ff")
        multiline = isinstance(flags, int) and bool(flags & MULTILINE_FLAG)
        box = (float(annot["x0"]), float(annot["top"]), float(annot["x1"]), float(annot["bottom"]))
        return FieldValue(*box, value, font_size(inherited(data, "DA")), multiline)
    except PARSER_ERRORS:
        return None


def field_text(data: dict[str, Any]) -> str:
    """The value a field shows: text as typed, the chosen options, a check box's state."""
    kind = name_of(inherited(data, "FT"))
    value = inherited(data, "V")
    if kind == "Btn":
        # A ticked check box or chosen radio button means the printed option beside it:
        # it reads as a tick, which the extract stage takes for a list marker ("✓ Food
        # security"), as a flattened copy of the form prints it. A push button holds nothing.
        flags = inherited(data, "Ff")
        if isinstance(flags, int) and flags & PUSH_BUTTON_FLAG:
            return ""
        state = name_of(data.get("AS")) or name_of(value)
        return "" if state in (None, "Off") else TICK
    if isinstance(value, list):  # a list box with several options chosen
        return "; ".join(text_of(item) for item in value if text_of(item))
    return text_of(value)


def inherited(data: dict[str, Any], key: str) -> Any:
    """A field attribute, from the widget or the field it belongs to (/Parent chain)."""
    node: Any = data
    for _ in range(MAX_PARENT_DEPTH):
        if not isinstance(node, dict):
            return None
        if key in node:
            return resolve1(node[key])
        node = resolve1(node.get("Parent"))
    return None


def name_of(value: Any) -> str | None:
    value = resolve1(value)
    if isinstance(value, PSLiteral):
        name = value.name
        return name.decode("latin-1") if isinstance(name, bytes) else str(name)
    return None


def text_of(value: Any) -> str:
    value = resolve1(value)
    if isinstance(value, bytes):
        return decode_text(value).replace("\r\n", "\n").replace("\r", "\n")
    if isinstance(value, str):
        return value
    return name_of(value) or ""


def font_size(appearance: Any) -> float:
    """The font size of a field's default appearance ('/Helv 11 Tf 0 g')."""
    if isinstance(appearance, str):
        appearance = appearance.encode("latin-1", "replace")
    match = FONT_SIZE.search(appearance) if isinstance(appearance, bytes) else None
    size = float(match.group(1)) if match else 0.0
    return size if size > 0 else DEFAULT_SIZE


# ---------------------------------------------------------------------------
# A value laid out as chars.


def field_chars(values: list[FieldValue]) -> list[dict[str, Any]]:
    """Chars for a page's filled fields, as if the values were printed."""
    return [char for value in values for char in value_chars(value)]


def value_chars(field: FieldValue) -> list[dict[str, Any]]:
    left = field.x0 + FIELD_PADDING
    right = max(field.x1 - FIELD_PADDING, left + field.size)
    rows = [row for line in field.value.split("\n") for row in wrap(line, left, right, field.size)]
    while rows and not rows[-1]:
        rows.pop()
    pitch = field.size * LINE_PITCH_EMS
    room = field.bottom - field.top - 2 * FIELD_PADDING
    if len(rows) > 1 and len(rows) * pitch > room:
        # More text than the box shows: closer lines, but never so close that two lines
        # would be read as one row.
        pitch = max(room / len(rows), field.size * MIN_PITCH_EMS)
    if room < 2 * pitch:  # a one-line box: the text centred in it, beside a printed label
        first_top = (field.top + field.bottom - field.size) / 2
    else:
        first_top = field.top + FIELD_PADDING
    chars: list[dict[str, Any]] = []
    for number, row in enumerate(rows):
        top = first_top + number * pitch
        chars.extend(make_char(text, x, top, field.size) for text, x in row)
    return chars


Placed = list[tuple[str, float]]  # (char, x0) along one visual line


def wrap(line: str, left: float, right: float, size: float) -> list[Placed]:
    """One line of a value, wrapped at `right`: whole words move to the next row, which
    starts where the text after a leading tab starts (a hanging indent, as word processors
    set list items)."""
    advance = AVERAGE_GLYPH_EMS * size
    rows: list[Placed] = [[]]
    x = left
    indent = left
    for word in re.split(r"( +|\t)", line):
        if not word:
            continue
        if word == "\t":
            stop = left + (int((x - left) / TAB_STOP) + 1) * TAB_STOP
            x = stop if stop - x >= advance else stop + TAB_STOP  # never narrower than a space
            if len(rows) == 1:
                indent = x
            continue
        if word.startswith(" "):
            x += advance * len(word)
            continue
        if rows[-1] and x + advance * len(word) > right:
            rows.append([])
            x = indent
        for char in word:
            rows[-1].append((char, x))
            x += advance
    return rows if any(rows) else [[]]


def make_char(text: str, x0: float, top: float, size: float) -> dict[str, Any]:
    return {
        "text": text,
        "x0": x0,
        "x1": x0 + AVERAGE_GLYPH_EMS * size,
        "top": top,
        "bottom": top + size,
        "size": size,
        "fontname": FORM_FONT,
        "upright": True,
    }


def fields_note(number: int, count: int) -> DocumentWarning:
    """The note for a page whose text includes filled form fields: where the text came from."""
    return DocumentWarning(
        code="form_fields",
        message=f"page {number}: {count} answer(s) read from the form's fillable "
        "fields (AcroForm), not from the page's printed text",
        page=number,
    )
