"""Web addresses: e-mail addresses and URLs in text, and the normal form of a URL."""

from __future__ import annotations

import re

import pycountry

EMAIL_PATTERN = re.compile(
    r"(?<![\w.%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]*@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w\-])"
)
_URL_PATTERN = re.compile(r"(?<![\w@./\-])(?:https?://|www\.)[^\s<>\"'\[\]{}|\\^`]+", re.IGNORECASE)
_URL_TRAILING = ".,;:!?'\"’”)"
# A web address written without "http://" or "www." ("clinics.sld.cu/bulletin"): lower-case
# host labels ending in a real top-level domain, and a path or a host of three labels, so
# that "report.pdf", "e.g." and "U.N." stay text.
_GENERIC_TLDS = "com|org|net|int|edu|gov|info|biz|coop|africa|asia"
_BARE_DOMAIN = re.compile(
    r"(?<![\w@./\-])(?P<host>(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+(?P<tld>[a-z]{2,6}))"
    r"(?P<path>/[^\s<>\"'\[\]{}|\\^`]*)?(?![\w@\-])"
)


def find_emails(text: str) -> list[tuple[int, int, str]]:
    """(start, end, lower-cased address) for each e-mail address in the text."""
    return [(m.start(), m.end(), m.group().lower()) for m in EMAIL_PATTERN.finditer(text)]


def find_urls(text: str) -> list[tuple[int, int, str]]:
    """(start, end, URL with a scheme); trailing punctuation and unbalanced ')' left out."""
    urls: list[tuple[int, int, str]] = []
    for match in _URL_PATTERN.finditer(text):
        written = _strip_url_tail(match.group())
        if "." not in written.split("//", 1)[-1]:
            continue
        end = match.start() + len(written)
        urls.append((match.start(), end, normalize_url(written)))
    mail_domains = {address.rsplit("@", 1)[1] for _, _, address in find_emails(text)}
    for match in _BARE_DOMAIN.finditer(text):
        before = _INTRODUCES_AN_ADDRESS.search(text, max(0, match.start() - 12), match.start())
        # The domain of an e-mail address of the same text is a web address too
        # ("keisha@weedstock.vc" ... "social media weedstock.vc").
        introduced = before is not None or match.group("host").lower() in mail_domains
        if not is_bare_web_address(match, introduced):
            continue
        if any(s <= match.start() < e for s, e, _ in urls):
            continue
        written = _strip_url_tail(match.group())
        urls.append((match.start(), match.start() + len(written), normalize_url(written)))
    return sorted(urls)


# Words that put a web address after them: "tells its story on zotoe.tg", "Web: kilimo.ke".
_INTRODUCES_AN_ADDRESS = re.compile(
    r"(?:\b(?:on|at|visit|see|via|website|site|web|portal)[ \t]*:?|\bWeb[ \t]*:)[ \t]+$",
    re.IGNORECASE,
)


def is_bare_web_address(match: re.Match[str], introduced: bool = False) -> bool:
    """A real top-level domain, and a path, a host of three labels, or two labels right
    after a word that introduces an address (a first label of three letters or more)."""
    tld, labels = match.group("tld"), match.group("host").count(".") + 1
    real_tld = re.fullmatch(_GENERIC_TLDS, tld) is not None or (
        len(tld) == 2 and pycountry.countries.get(alpha_2=tld.upper()) is not None
    )
    named = introduced and len(match.group("host").split(".")[0]) >= 3
    return real_tld and (bool(match.group("path")) or labels >= 3 or named)


def _strip_url_tail(url: str) -> str:
    while url and url[-1] in _URL_TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


def normalize_url(url: str) -> str:
    """A URL with a scheme and a lower-cased scheme and host; the path is kept as written."""
    url = url.strip()
    if url.lower().startswith("mailto:"):
        return url
    if not re.match(r"^[a-z][a-z0-9+.\-]*://", url, re.IGNORECASE):
        url = "http://" + url
    scheme, _, rest = url.partition("://")
    host, slash, path = rest.partition("/")
    return f"{scheme.lower()}://{host.lower()}{slash}{path}"
