"""E-mails, phones, URLs and countries in a card's text, with their link annotations."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from urllib.parse import unquote

from pipeline.entities.spans import AnnotatedText, Found, lines_with_offsets, overlaps
from pipeline.entities.vocabulary import STATE_HEADS
from pipeline.links import Link
from pipeline.phones import (
    PHONE_LABEL,
    country_of_phone,
    find_phones,
    parse_phones,
)
from pipeline.webaddresses import find_emails, find_urls, normalize_url


def link_addresses(links: Iterable[Link]) -> set[str]:
    return {
        unquote(link.uri[len("mailto:") :]).split("?")[0].strip().lower()
        for link in links
        if link.uri.lower().startswith("mailto:")
    }


def emails_in(text: str, links: list[Link]) -> list[Found]:
    """Pattern matches, rejoined across a line break, and mailto: targets written in the text."""
    linked = link_addresses(links)
    found: list[Found] = []
    for start, end, address in find_emails(text):
        start, address = rejoin_broken_email(text, start, address, linked)
        found.append(Found("EMAIL", start, end, address, "link" if address in linked else "rule"))
    for address in sorted(linked - {f.normalized for f in found}):
        for start, end in spread_matches(text, address):
            found.append(Found("EMAIL", start, end, address, "link"))
    return found


def rejoin_broken_email(text: str, start: int, address: str, linked: set[str]) -> tuple[int, str]:
    """'tavares-' at a line end and 'martins@iloguest.org' below it are one address."""
    before = re.search(r"([A-Za-z0-9._%+\-]+)\n$", text[:start])
    if before is None:
        return start, address
    head = before.group(1).lower()
    if head + address in linked or head.endswith((".", "-", "_")):
        return before.start(1), head + address
    return start, address


def spread_matches(text: str, address: str) -> Iterator[tuple[int, int]]:
    """Where a linked address is written with line breaks inside it."""
    pattern = r"\s?".join(re.escape(ch) for ch in address)
    for match in re.finditer(pattern, text, re.IGNORECASE):
        yield match.start(), match.end()


def phones_in(text: str, region: str | None) -> list[Found]:
    """Labelled values ("Fax: ...") parsed directly; the rest with the running-text matcher."""
    found = list(labelled_phones(text, region))
    for match in find_phones(text, region):
        if not any(overlaps(match.start, match.end, f.start, f.end) for f in found):
            found.append(
                Found(
                    "PHONE",
                    match.start,
                    match.end,
                    match.e164,
                    "rule",
                    possible_only=match.possible_only,
                )
            )
    return found


def labelled_phones(text: str, region: str | None) -> Iterator[Found]:
    """Each label on a line governs the value up to the next label: 'Tel: ... Fax: ...'."""
    for line_start, line in lines_with_offsets(text):
        labels = [m for m in PHONE_LABEL.finditer(line) if value_has_digits(line, m.end())]
        line_region = region_written_on(line) or region
        for label, following in itertools.zip_longest(labels, labels[1:]):
            if label is None:
                continue
            value = line[label.end() : following.start() if following else len(line)]
            fax = label.group("label").lower().endswith("fax") and "/" not in label.group()
            for phone in parse_phones(value, line_region):
                start = line_start + label.end() + phone.start
                end = start + len(phone.text)
                yield Found(
                    "PHONE",
                    start,
                    end,
                    phone.e164,
                    "rule",
                    fax=fax,
                    possible_only=phone.possible_only,
                )


def region_written_on(line: str) -> str | None:
    """The country of the first number with a country code on the line: a national-form
    number beside it ("+595 21 729 014; cell 0971 338 205") is from the same country."""
    phones = parse_phones(line, None)  # without a region only "+NN" numbers parse
    return country_of_phone(phones[0].e164) if phones else None


def value_has_digits(line: str, position: int) -> bool:
    return re.match(r"\s*[+(]?\s*\d", line[position:]) is not None


def urls_in(text: str, links: list[Link]) -> list[Found]:
    linked = {normalize_url(link.uri).rstrip("/") for link in links if "://" in link.uri}
    return [
        Found("URL", start, end, url, "link" if url.rstrip("/") in linked else "rule")
        for start, end, url in find_urls(text)
    ]


def countries_in(text: AnnotatedText, orgs: list[Found]) -> list[Found]:
    """Country names and demonyms. One inside an organisation's name ("Weavers Network Kenya")
    is a country of the card too, flagged `in_name`, unless the organisation is the country's
    state ("Government of Ghana"), which names the country plainly. A demonym inside a name
    ("Brazilian Cooperation Agency") is left out."""
    found: list[Found] = []
    for mention in text.countries:
        inside_org = any(
            org.start <= mention.start
            and mention.end <= org.end
            and (org.end - org.start) > (mention.end - mention.start)
            and not names_a_state(text.text[org.start : org.end])
            for org in orgs
        )
        if inside_org and mention.demonym:
            continue  # "Brazilian Cooperation Agency": an adjective of the name, no mention
        found.append(
            Found(
                "COUNTRY",
                mention.start,
                mention.end,
                mention.code,
                "rule",
                demonym=mention.demonym,
                in_name=inside_org,
            )
        )
    return found


def names_a_state(org: str) -> bool:
    first = re.match(r"\W*(\w+)", org)
    return first is not None and first.group(1).lower() in STATE_HEADS
