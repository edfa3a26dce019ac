"""Synthetic nomination-like texts with their PERSON, ORG and GPE spans, for scripts/train-ner.

Seeded and deterministic: the same seed, the same Faker version and PYTHONHASHSEED=0 (set by
scripts/train-ner; a few Faker locales pick from sets) give the same texts.
Names come from Faker's locales (given names, family names, towns, companies, forms of
address) and from scripts/ner-training-words.tsv; the sentences imitate the form's sections
(a narrative paragraph, a list of partners, a contact block). Nothing here is read from the
held-out sets (tests/heldout/, tests/fixtures/heldout/, tests/keys/heldout*).
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pycountry
from faker import Faker

WORDS_FILE = Path(__file__).with_name("ner-training-words.tsv")

# Locales whose names are written in Latin script (as they appear in English nominations).
NAME_LOCALES = (
    "en_GB", "en_US", "en_IN", "en_NG", "en_KE", "en_PK", "en_PH", "fr_FR", "es_MX", "es_CO",
    "es_AR", "es_CL", "es_ES", "pt_BR", "pt_PT", "de_DE", "it_IT", "nl_NL", "pl_PL", "ro_RO",
    "tr_TR", "az_AZ", "uz_UZ", "id_ID", "fil_PH", "vi_VN", "sw", "zu_ZA", "yo_NG", "ha_NG",
    "ig_NG", "tw_GH", "cs_CZ", "hr_HR", "sq_AL", "lt_LT", "lv_LV", "fi_FI", "sv_SE", "da_DK",
    "ga_IE", "et_EE", "sl_SI", "sk_SK", "hu_HU",
)  # fmt: skip
# Locales whose names are often written family name first, the family name in capitals.
FAMILY_FIRST_LOCALES = ("vi_VN", "zh_CN", "ja_JP", "hu_HU", "uz_UZ")
# Locales whose Faker towns are real place names (the others build English-looking ones).
TOWN_LOCALES = (
    "vi_VN", "id_ID", "es_MX", "es_CO", "es_ES", "pt_BR", "pt_PT", "fr_FR", "ro_RO", "az_AZ",
    "tr_TR", "en_IN", "de_DE", "it_IT", "pl_PL", "cs_CZ", "hr_HR", "sl_SI", "sv_SE", "fi_FI",
)  # fmt: skip
LATIN = re.compile(r"^[\w .'’\-()ªº]+$")
NOT_A_FORM_OF_ADDRESS = frozenset({"", "de", "del", "Le", "de la", "du", "da", "do", "Ind."})
ENGLISH_TOWN_ENDINGS = re.compile(
    r"(?:furt|mouth|ville|fort|borough|side|town|land|view|haven|port|bury|chester|stad|berg|"
    r"shire|ton|ham|field)$"
)


@dataclass
class Example:
    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)


class Builder:
    """Appends text pieces and remembers the labelled ones' offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[tuple[int, int, str]] = []

    def add(self, piece: str, label: str | None = None) -> Builder:
        if label is not None and piece:
            self.spans.append((self.length, self.length + len(piece), label))
        self.parts.append(piece)
        self.length += len(piece)
        return self

    def example(self) -> Example:
        return Example("".join(self.parts), self.spans)


def read_words() -> dict[str, list[tuple[str, ...]]]:
    table: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for line in WORDS_FILE.read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        kind, value, *rest = line.split("\t")
        table[kind].append((value, *rest))
    return table


class Vocabulary:
    """Names, towns, organisations and forms of address to fill the templates with."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        words = read_words()
        self.roles = [w[0] for w in words["role"]]
        self.fields = [w[0] for w in words["field"]]
        self.name_words = [w[0] for w in words["name_word"]]
        self.heads = [(w[0], w[1].split()[1]) for w in words["org_head"]]
        self.fakers = {}
        for index, locale in enumerate(sorted(set(NAME_LOCALES + FAMILY_FIRST_LOCALES))):
            fake = Faker(locale)
            fake.seed_instance(seed * 1000 + index)
            self.fakers[locale] = fake
        honorifics = {w[0] for w in words["honorific"]}
        for locale in NAME_LOCALES:
            honorifics.update(faker_prefixes(self.fakers[locale]))
        self.honorifics = sorted(h for h in honorifics if h not in NOT_A_FORM_OF_ADDRESS)
        self.countries = sorted(
            getattr(c, "common_name", None) or c.name for c in pycountry.countries
        )
        self.countries = [c for c in self.countries if "," not in c]

    def person(self) -> str:
        if self.rng.random() < 0.18:
            locale = self.rng.choice(FAMILY_FIRST_LOCALES)
            fake = self.fakers[locale]
            if locale in ("zh_CN", "ja_JP"):
                given, family = fake.first_romanized_name(), fake.last_romanized_name()
            else:
                given, family = fake.first_name(), fake.last_name()
            if self.rng.random() < 0.6:
                family = family.upper()
            return f"{family} {given}"
        fake = self.fakers[self.rng.choice(NAME_LOCALES)]
        given = fake.first_name()
        if self.rng.random() < 0.25:
            given += " " + fake.first_name()
        family = fake.last_name()
        if self.rng.random() < 0.2:
            family += " " + fake.last_name()
        name = f"{given} {family}"
        return name if LATIN.match(name) else self.person()

    def honorific(self) -> str:
        return self.rng.choice(self.honorifics)

    def town(self) -> str:
        fake = self.fakers[self.rng.choice(TOWN_LOCALES)]
        town = fake.city()
        if not LATIN.match(town) or ENGLISH_TOWN_ENDINGS.search(town):
            return self.town()
        return town

    def country(self) -> str:
        return self.rng.choice(self.countries)

    def organisation(self) -> str:
        roll = self.rng.random()
        if roll < 0.35:  # a name of its own, without a generic head word
            count = self.rng.choice((1, 2, 2, 2, 3))
            words = self.rng.sample(self.name_words, count)
            if count == 3 and self.rng.random() < 0.5:
                words[1] = self.rng.choice(("ya", "na", "de", "wa", "ng", "e"))
            return " ".join(words)
        if roll < 0.55:
            head, order = self.rng.choice(self.heads)
            own = self.rng.choice(
                (self.rng.choice(self.name_words), self.town(), self.family_name())
            )
            return f"{head} {own}" if order == "before" else f"{own} {head}"
        if roll < 0.75:  # a company's name, as Faker writes it in the locale
            company = self.fakers[self.rng.choice(NAME_LOCALES)].company()
            return company if LATIN.match(company) else self.organisation()
        if roll < 0.9:
            country = self.country()
            return f"Ministry of {self.rng.choice(self.fields)} of {country}"
        return f"{self.town()} {self.rng.choice(('Women', 'Fishers', 'Weavers', 'Youth'))}"

    def family_name(self) -> str:
        name = self.fakers[self.rng.choice(NAME_LOCALES)].last_name()
        return name if LATIN.match(name) else self.family_name()

    def acronym(self, name: str) -> str:
        letters = "".join(w[0] for w in name.split() if w[:1].isupper())
        return letters if len(letters) >= 2 else ""


def faker_prefixes(fake: Faker) -> set[str]:
    found: set[str] = set()
    for provider in fake.providers:
        for attribute in ("prefixes_male", "prefixes_female", "prefixes"):
            values = getattr(provider, attribute, None)
            if values:
                found.update(values.keys() if isinstance(values, dict) else values)
    return {p for p in found if LATIN.match(p) and not p.isupper()}


# --- the templates: each writes one section-like text ---


def contact_block(v: Vocabulary) -> Example:
    b = Builder()
    for index in range(v.rng.choice((1, 2, 3))):
        if index:
            b.add("\n\n")
        if v.rng.random() < 0.7:
            b.add(v.honorific() + " ")
        b.add(v.person(), "PERSON")
        separator = v.rng.choice((", ", "\n"))
        b.add(separator + v.rng.choice(v.roles) + separator)
        b.add(v.organisation(), "ORG")
        if v.rng.random() < 0.4:
            b.add(", ").add(v.town(), "GPE")
        b.add("\n")
        b.add(f"Tel: +{v.rng.randint(20, 998)} {v.rng.randint(10, 99)} ")
        b.add(f"{v.rng.randint(100, 999)} {v.rng.randint(1000, 9999)}\n")
        user = "".join(c for c in v.family_name().lower() if c.isascii() and c.isalpha())
        b.add(f"E-mail: {user or 'info'}@example.org")
    return b.example()


def contact_line(v: Vocabulary) -> Example:
    b = Builder().add(v.rng.choice(("Name: ", "Contact person: ", "Nominee: ", "")))
    if v.rng.random() < 0.6:
        b.add(v.honorific() + " ")
    b.add(v.person(), "PERSON")
    b.add(", " + v.rng.choice(v.roles) + ", ")
    b.add(v.organisation(), "ORG")
    b.add(" (").add(v.country(), "GPE").add(")")
    return b.example()


def partner_list(v: Vocabulary) -> Example:
    b = Builder().add(v.rng.choice(("Main partners:", "Partners", "Implementing partners:")))
    marker = v.rng.choice(("• ", "- ", "", "* ", "o "))
    for _ in range(v.rng.randint(2, 6)):
        b.add("\n" + marker)
        name = v.organisation()
        b.add(name, "ORG")
        roll = v.rng.random()
        acronym = v.acronym(name)
        if roll < 0.25 and acronym:
            b.add(" (").add(acronym, "ORG").add(")")
        elif roll < 0.5:
            b.add(", ").add(v.town(), "GPE")
        elif roll < 0.65:
            b.add(" – " + v.rng.choice(("technical support", "funding", "training", "logistics")))
    return b.example()


def narrative(v: Vocabulary) -> Example:
    b = Builder()
    for _ in range(v.rng.randint(1, 3)):
        v.rng.choice(SENTENCES)(v, b)
        b.add(" ")
    return b.example()


def s_led_by(v: Vocabulary, b: Builder) -> None:
    b.add("The initiative was led by ").add(v.organisation(), "ORG").add(" in ")
    b.add(v.town(), "GPE").add(", ").add(v.country(), "GPE")
    b.add(", together with ").add(v.organisation(), "ORG").add(".")


def s_travelled(v: Vocabulary, b: Builder) -> None:
    b.add("Farmers from ").add(v.town(), "GPE").add(" and ").add(v.town(), "GPE")
    b.add(" travelled to ").add(v.town(), "GPE").add(" to learn from ")
    b.add(v.organisation(), "ORG").add(".")


def s_quote(v: Vocabulary, b: Builder) -> None:
    b.add("According to ")
    if v.rng.random() < 0.7:
        b.add(v.honorific() + " ")
    b.add(v.person(), "PERSON").add(", " + v.rng.choice(v.roles).lower() + " of ")
    b.add(v.organisation(), "ORG").add(", the exchange changed how the groups work.")


def s_based_in(v: Vocabulary, b: Builder) -> None:
    kind = v.rng.choice(("a women's cooperative", "a community radio", "a local NGO",
                         "a savings group", "a youth network", "a social enterprise"))  # fmt: skip
    b.add(v.organisation(), "ORG").add(f", {kind} based in ").add(v.town(), "GPE")
    b.add(f", trained {v.rng.randint(20, 900)} people in {v.rng.randint(2015, 2024)}.")


def s_support(v: Vocabulary, b: Builder) -> None:
    b.add("With support from ").add(v.organisation(), "ORG").add(" and ")
    b.add(v.organisation(), "ORG").add(", teams from ").add(v.country(), "GPE")
    b.add(" and ").add(v.country(), "GPE").add(" visited ").add(v.town(), "GPE").add(".")


def s_visit(v: Vocabulary, b: Builder) -> None:
    if v.rng.random() < 0.5:
        b.add(v.honorific() + " ")
    b.add(v.person(), "PERSON").add(" of ").add(v.organisation(), "ORG")
    b.add(" hosted a delegation in ").add(v.town(), "GPE").add(".")


def s_districts(v: Vocabulary, b: Builder) -> None:
    b.add("The project covers the districts of ").add(v.town(), "GPE").add(", ")
    b.add(v.town(), "GPE").add(" and ").add(v.town(), "GPE").add(" in ")
    b.add(v.country(), "GPE").add(".")


SENTENCES = (s_led_by, s_travelled, s_quote, s_based_in, s_support, s_visit, s_districts)
TEMPLATES = (
    (contact_block, 3),
    (contact_line, 2),
    (partner_list, 3),
    (narrative, 4),
)


def synthetic_examples(count: int, seed: int) -> list[Example]:
    vocabulary = Vocabulary(seed)
    templates = [t for t, weight in TEMPLATES for _ in range(weight)]
    return [vocabulary.rng.choice(templates)(vocabulary) for _ in range(count)]


if __name__ == "__main__":
    for example in synthetic_examples(12, seed=1):
        print(example.text)
        print("   ", [(example.text[s:e], label) for s, e, label in example.spans])
        print()
