"""Link annotations: a page's web and e-mail links with their rectangles, URIs and the text
they cover."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pipeline.lines import RawLine


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


def page_links(hyperlinks: list[dict[str, Any]], number: int, lines: list[RawLine]) -> list[Link]:
    """Links from a page's URI annotations (pdfplumber's `page.hyperlinks` shape)."""
    links: list[Link] = []
    for annotation in hyperlinks:
        uri = annotation.get("uri")
        if not isinstance(uri, str) or not uri.strip():
            continue
        box = (annotation["x0"], annotation["top"], annotation["x1"], annotation["bottom"])
        links.append(Link(number, uri.strip(), text_under(box, lines), *box))
    return sorted(links, key=lambda link: (link.top, link.x0, link.uri))


def text_under(box: tuple[float, float, float, float], lines: list[RawLine]) -> str:
    x0, top, x1, bottom = box
    words: list[str] = []
    for line in lines:
        if line.bottom < top - 1 or line.top > bottom + 1:
            continue
        inside = [c for c in line.chars if c["x0"] >= x0 - 1 and c["x1"] <= x1 + 1]
        words.append("".join(c["text"] for c in sorted(inside, key=lambda c: c["x0"])).strip())
    return " ".join(word for word in words if word)
