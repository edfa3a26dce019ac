"""Front matter of a compiled batch: the cover's title, the table of contents, the introduction."""

from __future__ import annotations

import re
from collections import Counter

from pipeline.layout import Layout
from pipeline.lines import Line, join_lines
from pipeline.models import FrontMatter, PageSpan, TocEntry

DOT_LEADER = re.compile(r"(?:\.{3,}|…{2,}|(?:\. ){3,})\s*(\d{1,4})\s*$")
TOC_TITLE = re.compile(
    r"^(table of )?contents?$|^index$|^sommaire$|^índice$|^list of [\w ]+$", re.IGNORECASE
)
TOC_LABEL = re.compile(r"^(?:([A-Z])|(\d{1,2}))\.\s+(.*)$")


def table_of_contents_pages(lines: list[Line]) -> set[int]:
    """Pages where dot-leader entries dominate (`MIN_LEADERS` of them, or most of the page's
    lines), or that hold a contents title ("Contents", "List of Nominations") and a leader.
    A contents page of a two-card batch that lists the cards alone has two entries."""
    leaders: Counter[int] = Counter(line.page for line in lines if DOT_LEADER.search(line.text))
    on_page: Counter[int] = Counter(line.page for line in lines)
    pages = {
        page
        for page, count in leaders.items()
        if count >= MIN_LEADERS or (count >= 2 and 2 * count >= on_page[page])
    }
    pages |= {line.page for line in lines if TOC_TITLE.match(line.text.strip())}
    return {page for page in pages if leaders[page] >= 1}


MIN_LEADERS = 3  # dot-leader lines that make a contents page whatever else it holds


def build_front_matter(
    lines: list[Line], toc_pages: set[int], layout: Layout, metadata_title: str | None
) -> FrontMatter | None:
    if not lines:
        return None
    toc_lines = [line for line in lines if line.page in toc_pages]
    other = [line for line in lines if line.page not in toc_pages]
    return FrontMatter(
        title=cover_title(other, layout) or metadata_title,
        toc=parse_toc(toc_lines),
        text="\n".join(line.text for line in other),
        pages=PageSpan(start=lines[0].page, end=lines[-1].page),
    )


def cover_title(lines: list[Line], layout: Layout) -> str | None:
    """The largest text on the first page: lines of that size joined."""
    if not lines:
        return None
    first_page = [line for line in lines if line.page == lines[0].page]
    largest = max(line.size for line in first_page)
    if largest < layout.body_size + 1.5 and not any(line.bold for line in first_page):
        return None
    title = [line for line in first_page if line.size == largest]
    return join_lines(title) or None


def parse_toc(lines: list[Line]) -> list[TocEntry]:
    entries: list[TocEntry] = []
    pending: list[str] = []
    for line in lines:
        text = line.text.strip()
        if TOC_TITLE.match(text):
            continue
        leader = DOT_LEADER.search(text)
        if leader is None:
            pending.append(text)  # an entry wrapped over lines: its page comes later
            continue
        full = " ".join([*pending, text[: leader.start()].strip()])
        pending = []
        entry = toc_entry(full, int(leader.group(1)))
        if entry is not None:
            entries.append(entry)
    return entries


def toc_entry(text: str, page: int) -> TocEntry | None:
    match = TOC_LABEL.match(text)
    if match is None:
        return TocEntry(label="", title=text, page=page, level=1) if text else None
    letter, number, title = match.groups()
    return TocEntry(
        label=letter or number, title=title.strip(), page=page, level=1 if letter else 2
    )
