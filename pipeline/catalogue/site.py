"""The catalogue's static site: summary, nominations, organisations, countries and contacts
pages, self-contained (inline CSS and one small script, nothing from the network; a
Content-Security-Policy forbids any request), working from file://."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from html import escape
from importlib import resources

from pipeline.catalogue.build import REPORTS
from pipeline.catalogue.files import CSV_FOLDER, JSON_NAME, TABLE_NAMES, WORKBOOK_NAME
from pipeline.catalogue.model import Catalogue, Nomination
from pipeline.redact import MARKERS

PAGES = {
    "index.html": "Summary",
    "nominations.html": "Nominations",
    "organisations.html": "Organisations",
    "countries.html": "Countries",
    "contacts.html": "Contacts",
}
CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"
CURRENT = ' aria-current="page"'
NUMBER = ' class="number"'
BAR_HEIGHT = 22
CHART_WIDTH = 860
LABEL_WIDTH = 280


@cache
def _asset(name: str) -> str:
    return resources.files("pipeline").joinpath("data", name).read_text(encoding="utf-8")


def render_site(catalogue: Catalogue) -> dict[str, str]:
    """Page file name -> HTML."""
    titles = {n.id: n for n in catalogue.nominations}
    return {
        "index.html": _page("index.html", _summary(catalogue)),
        "nominations.html": _page("nominations.html", _nominations(catalogue.nominations)),
        "organisations.html": _page("organisations.html", _organisations(catalogue, titles)),
        "countries.html": _page("countries.html", _countries(catalogue, titles)),
        "contacts.html": _page("contacts.html", _contacts(catalogue, titles)),
    }


def _page(name: str, body: str) -> str:
    links = "".join(
        f'<a href="{page}"{CURRENT if page == name else ""}>{title}</a>'
        for page, title in PAGES.items()
    )
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{PAGES[name]} — nomination catalogue</title>",
            f"<style>{_asset('catalogue.css')}</style>",
            "</head>",
            f'<body><div class="page"><nav class="site" aria-label="Catalogue">{links}</nav>',
            body,
            f"</div><script>{_asset('catalogue.js')}</script></body>",
            "</html>",
            "",
        ]
    )


def _link(href: str, text: str) -> str:
    return f'<a href="{escape(href)}">{escape(text)}</a>'


def _nomination_link(nomination: Nomination) -> str:
    label = f"{nomination.letter}. " if nomination.letter else ""
    return _link(nomination.report, label + nomination.title)


def _search(table: str, what: str, count: int) -> str:
    return (
        f'<div class="search"><label for="{table}-search">Search {what}</label>'
        f'<input id="{table}-search" type="search" data-filter-for="{table}" '
        f'data-count-in="{table}-shown" autocomplete="off">'
        f'<span><span id="{table}-shown">{count}</span> of {count} shown</span></div>'
    )


def _table(table_id: str, columns: Sequence[tuple[str, bool]], rows: Sequence[str]) -> str:
    """A sortable table; columns are (header, numeric)."""
    head = "".join(
        f'<th scope="col"{NUMBER if numeric else ""}>'
        f'<button type="button">{escape(header)}</button></th>'
        for header, numeric in columns
    )
    return (
        f'<table class="data sortable" id="{table_id}"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _cell(value: object, numeric: bool = False) -> str:
    text = "" if value is None else str(value)
    return f'<td class="number">{text}</td>' if numeric else f"<td>{escape(text)}</td>"


def _summary(catalogue: Catalogue) -> str:
    summary = catalogue.summary
    facts = [
        ("Documents", summary.documents),
        ("Nominations (cards)", summary.cards),
        ("Pages", summary.pages),
        ("Warnings", summary.warnings),
        ("Failed inputs", len(summary.failed)),
        ("Organisations", len(catalogue.organisations)),
        ("Countries", len(catalogue.countries)),
        ("Contacts", len(catalogue.contacts)),
    ]
    rows = "".join(f"<tr><th scope='row'>{k}</th>{_cell(v, True)}</tr>" for k, v in facts)
    folders = [
        f"<tr><td>{_link(f'{REPORTS}/{f.folder}/index.html', f.folder)}</td>{_cell(f.path)}"
        f"{_cell(f.documents, True)}{_cell(f.cards, True)}"
        f"{_cell(f.pages, True)}{_cell(f.warnings, True)}{_cell(f.failed, True)}"
        f"{_cell('yes' if f.manifest else 'no')}</tr>"
        for f in summary.folders
    ]
    failed = [
        f"<tr>{_cell(e.folder)}{_cell(e.path)}{_cell(e.error_code)}{_cell(e.message)}</tr>"
        for e in summary.failed
    ]
    problems = [f"<tr>{_cell(p.path)}{_cell(p.message)}</tr>" for p in summary.problems]
    edition = " · redacted edition (no personal e-mails or phone numbers)" * catalogue.redacted
    parts = [
        f"<h1>Nomination catalogue</h1><p class='meta'>{summary.documents} documents{edition}</p>",
        f'<table class="data" id="totals"><tbody>{rows}</tbody></table>',
        "<h2>Folders</h2>",
        _table(
            "folders",
            [(h, n) for h, n in _FOLDER_COLUMNS],
            folders,
        ),
    ]
    csvs = ", ".join(_link(f"{CSV_FOLDER}/{name}.csv", name) for name in TABLE_NAMES)
    parts.append(
        f"<h2>Data files</h2><p>{_link(JSON_NAME, JSON_NAME)} · "
        f"{_link(WORKBOOK_NAME, WORKBOOK_NAME)} · CSV: {csvs}</p>"
    )
    if failed:
        parts += ["<h2>Inputs the runs could not process</h2>", _table("failed", _FAILED, failed)]
    if problems:
        parts += [
            '<h2>Files the catalogue could not read</h2><div class="panel problems">',
            _table("problems", [("File", False), ("Problem", False)], problems),
            "</div>",
        ]
    return "".join(parts)


_FOLDER_COLUMNS = [
    ("Folder", False),
    ("Path", False),
    ("Documents", True),
    ("Cards", True),
    ("Pages", True),
    ("Warnings", True),
    ("Failed", True),
    ("Run manifest", False),
]
_FAILED = [("Folder", False), ("Input", False), ("Error", False), ("Message", False)]


def _nominations(nominations: Sequence[Nomination]) -> str:
    rows = [
        f'<tr id="nom-{index}"><td>{_nomination_link(n)}</td>{_cell(n.letter)}'
        f'<td class="path">{escape(n.source)}</td>'
        f"{_cell(n.nominee)}{_cell(n.nominee_country)}{_cell(n.organisation)}"
        f"{_cell(', '.join(key.replace('_', ' ') for key in n.sections))}"
        f"{_cell(n.entities, True)}</tr>"
        for index, n in enumerate(nominations, start=1)
    ]
    columns = [
        ("Title", False),
        ("Letter", False),
        ("Source file", False),
        ("Nominee", False),
        ("Nominee country", False),
        ("Organisation", False),
        ("Sections", False),
        ("Entities", True),
    ]
    return (
        f"<h1>Nominations</h1><p class='meta'>{len(nominations)} nominations</p>"
        + _search("nominations", "nominations", len(nominations))
        + _table("nominations", columns, rows)
    )


def _organisations(catalogue: Catalogue, titles: dict[str, Nomination]) -> str:
    rows = []
    for org in catalogue.organisations:
        aliases = ", ".join(f"{a.text} ×{a.mentions}" for a in org.aliases)
        merges = "".join(
            f'<li><span class="rule">{escape(m.rule)}</span> {escape(m.evidence)}</li>'
            for m in org.merges
        )
        meanings = escape("; ".join(org.ambiguous))
        ambiguous = (
            f'<p class="ambiguous">Ambiguous acronym, not merged: {meanings}</p>'
            if org.ambiguous
            else ""
        )
        named = ", ".join(
            f"{_nomination_link(titles[c.nomination])} ×{c.mentions}" for c in org.nominations
        )
        rows.append(
            f'<tr id="{org.id}"><td><b>{escape(org.name)}</b>'
            f"{f'<ul class=merges>{merges}</ul>' if merges else ''}{ambiguous}</td>"
            f"{_cell(aliases)}<td>{named}</td>{_cell(org.mentions, True)}"
            f"{_cell(', '.join(org.countries))}</tr>"
        )
    columns = [
        ("Organisation and how its names were merged", False),
        ("Aliases", False),
        ("Nominations", False),
        ("Mentions", True),
        ("Countries", False),
    ]
    count = len(catalogue.organisations)
    return (
        f"<h1>Organisations</h1><p class='meta'>{count} organisations, resolved across "
        "documents</p>"
        + _search("organisations", "organisations", count)
        + _table("organisations", columns, rows)
    )


def _countries(catalogue: Catalogue, titles: dict[str, Nomination]) -> str:
    ordered = sorted(catalogue.countries, key=lambda c: (-len(c.nominations), c.code))
    most = max((len(c.nominations) for c in ordered), default=1)
    bars = []
    for row, country in enumerate(ordered):
        y, count = row * BAR_HEIGHT, len(country.nominations)
        width = round((CHART_WIDTH - LABEL_WIDTH - 40) * count / most, 1)
        bars.append(
            f'<a href="#country-{country.code}"><g transform="translate(0,{y})">'
            f'<text x="{LABEL_WIDTH - 6}" y="15" text-anchor="end">'
            f"{escape(country.name)} ({country.code})</text>"
            f'<rect class="bar" data-code="{country.code}" data-count="{count}" '
            f'x="{LABEL_WIDTH}" y="3" width="{width}" height="{BAR_HEIGHT - 6}">'
            f"<title>{escape(country.name)}: {count} nominations</title></rect>"
            f'<text x="{LABEL_WIDTH + width + 4}" y="15">{count}</text></g></a>'
        )
    height = max(len(ordered), 1) * BAR_HEIGHT
    chart = (
        f'<figure class="chart"><svg xmlns="http://www.w3.org/2000/svg" width="{CHART_WIDTH}" '
        f'height="{height}" viewBox="0 0 {CHART_WIDTH} {height}" aria-hidden="true">'
        f"{''.join(bars)}</svg><figcaption class='meta'>Nominations naming each country "
        "(the table below gives the same figures)</figcaption></figure>"
    )
    rows = [
        f'<tr id="country-{c.code}">{_cell(c.code)}{_cell(c.name)}'
        f"{_cell(len(c.nominations), True)}{_cell(len(c.nominee_of), True)}"
        f"<td>{', '.join(_nomination_link(titles[n]) for n in c.nominations)}</td></tr>"
        for c in catalogue.countries
    ]
    columns = [
        ("Code", False),
        ("Country", False),
        ("Nominations naming it", True),
        ("As nominee country", True),
        ("Nominations", False),
    ]
    return (
        f"<h1>Countries</h1><p class='meta'>{len(ordered)} countries</p>"
        + chart
        + _table("countries", columns, rows)
    )


def _contacts(catalogue: Catalogue, titles: dict[str, Nomination]) -> str:
    rows = []
    for person in catalogue.contacts:
        emails = ", ".join(_mail(address) for address in person.emails)
        rows.append(
            f'<tr id="{person.id}"><td><b>{escape(person.name)}</b>'
            + (
                f"<br><span class='meta'>also: {escape(', '.join(person.names))}</span>"
                if len(person.names) > 1
                else ""
            )
            + f"</td>{_cell(', '.join(person.kinds))}{_cell('; '.join(person.roles))}"
            f"{_cell('; '.join(person.organisations))}<td>{emails}</td>"
            f"{_cell(', '.join(person.phones + person.faxes))}"
            f"<td>{', '.join(_nomination_link(titles[n]) for n in person.nominations)}</td>"
            f"{_cell(', '.join(person.merged_by))}</tr>"
        )
    columns = [
        ("Name", False),
        ("As", False),
        ("Roles", False),
        ("Organisations", False),
        ("E-mails", False),
        ("Phones and faxes", False),
        ("Nominations", False),
        ("Merged by", False),
    ]
    count = len(catalogue.contacts)
    return (
        f"<h1>Contacts</h1><p class='meta'>{count} people</p>"
        + _search("contacts", "contacts", count)
        + _table("contacts", columns, rows)
    )


def _mail(address: str) -> str:
    if address in MARKERS:
        return escape(address)
    return f'<a href="mailto:{escape(address)}">{escape(address)}</a>'
