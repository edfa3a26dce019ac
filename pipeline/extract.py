"""Extract: PDF bytes -> lines in reading order, with layout facts and link annotations."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.models import Warning


@dataclass(frozen=True)
class Line:
    """One visual line of text, headers/footers/page numbers already removed."""

    page: int  # 1-based
    x0: float
    top: float
    x1: float
    bottom: float
    text: str  # without the list marker, hyphenation already resolved
    size: float  # dominant font size
    bold: bool
    marker: str | None = None  # list marker as written ("•", "(1)", "a)"), None if not a list item
    column: int = 0  # 0 for single-column pages, 0/1 for left/right column


@dataclass(frozen=True)
class Link:
    """A hyperlink annotation (mailto: or web) and the text it covers."""

    page: int
    uri: str
    text: str
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass
class ExtractedDocument:
    page_count: int
    lines: list[Line] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    warnings: list[Warning] = field(default_factory=list)
    page_width: float = 595.0
    page_height: float = 842.0
    title: str | None = None  # from the PDF metadata, if any
