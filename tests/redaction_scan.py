"""Scan every byte of a redacted edition for the personal e-mails and phone numbers of its
inputs, in every form they may be written: as printed in the PDF's text, E.164, digits only,
national and international groupings, with spaces, dashes, dots, brackets or nothing
between the groups, percent-encoded in links, and inside the XML of a spreadsheet."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote, unquote

import phonenumbers

from pipeline.models import Document
from pipeline.redact import is_role_address

SEPARATORS = ("", " ", "-", ".", "/", "\u00a0")


def personal_emails(documents: Iterable[Document]) -> set[str]:
    found: set[str] = set()
    for document in documents:
        for card in document.cards:
            found.update(card.nominee.emails)
            for contact in card.contacts:
                found.update(contact.emails)
            found.update(e.text for e in card.entities if e.label == "EMAIL")
            found.update(e.normalized for e in card.entities if e.label == "EMAIL")
    return {address.casefold() for address in found if not is_role_address(address)}


def phone_forms(documents: Iterable[Document]) -> set[str]:
    """Every written form of every phone and fax number of the documents."""
    printed: set[str] = set()
    numbers: set[str] = set()
    for document in documents:
        for card in document.cards:
            numbers.update(card.nominee.phones + card.nominee.faxes)
            for contact in card.contacts:
                numbers.update(contact.phones)
            for entity in card.entities:
                if entity.label == "PHONE":
                    printed.add(entity.text)
                    numbers.add(entity.normalized)
    forms: set[str] = set(printed)
    for number in numbers:
        forms.update({number, number.lstrip("+")})
        try:
            parsed = phonenumbers.parse(number, None)
        except phonenumbers.NumberParseException:
            continue
        national = str(parsed.national_number)
        forms.update({national, "0" + national, f"00{parsed.country_code}{national}"})
        for style in (
            phonenumbers.PhoneNumberFormat.INTERNATIONAL,
            phonenumbers.PhoneNumberFormat.NATIONAL,
            phonenumbers.PhoneNumberFormat.RFC3966,
        ):
            forms.add(phonenumbers.format_number(parsed, style))
    regrouped: set[str] = set()
    for form in forms:
        groups = [group for group in re.split(r"[\s\-.()/]+", form) if group]
        for separator in SEPARATORS:
            regrouped.add(separator.join(groups))
            if len(groups) > 1 and groups[0].startswith("+"):
                regrouped.add(separator.join([groups[0], f"({groups[1]})", *groups[2:]]))
    return {form for form in forms | regrouped if sum(ch.isdigit() for ch in form) >= 6}


def texts_of(folder: Path) -> Iterable[tuple[str, str]]:
    """(name, text) of every file of `folder`: each member of a zip (xlsx) on its own, and
    each text also percent-decoded (a link may write '%40' for '@')."""
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        members = [(str(path), data)]
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                members = [(f"{path}!{n}", archive.read(n)) for n in archive.namelist()]
        for name, raw in members:
            text = raw.decode("utf-8", "replace")
            yield name, text
            yield f"{name} (percent-decoded)", unquote(text)


def leaks(folder: Path, documents: Iterable[Document]) -> list[str]:
    """'file: form' for every personal e-mail or phone form found in the folder."""
    documents = list(documents)
    needles = {address: address for address in personal_emails(documents)}
    needles.update({quote(address, safe=""): address for address in list(needles)})
    needles.update({form.casefold(): form for form in phone_forms(documents)})
    found: list[str] = []
    for name, text in texts_of(folder):
        folded = text.casefold()
        found += [f"{name}: {form}" for needle, form in needles.items() if needle in folded]
    return found
