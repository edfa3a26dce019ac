"""The word lists of pipeline/data/vocabulary.tsv and their one loader."""

from __future__ import annotations

import re
from importlib import resources

import pycountry
import pytest

from pipeline.entities import vocabulary as entity_words
from pipeline.personnames import HONORIFIC, NAME_SUFFIX, NAME_SUFFIX_PART, split_honorific
from pipeline.text import NOT_NAME_WORDS
from pipeline.vocabulary import entries, ordered, words

LISTS = {
    "org_keyword": "ORG_KEYWORDS",
    "role_word": "ROLE_WORDS",
    "job_title_ending": "JOB_TITLE_ENDINGS",
    "role_field": "ROLE_FIELDS",
    "action_verb": "ACTION_VERBS",
    "common_abbreviation": "COMMON_ABBREVIATIONS",
    "platform": "PLATFORMS",
    "label_word": "LABEL_WORDS",
    "not_in_person_name": "NOT_IN_PERSON_NAMES",
    "state_head": "STATE_HEADS",
    "event_head": "EVENT_HEADS",
    "thing_noun": "THING_NOUNS",
    "place_noun": "PLACE_NOUNS",
    "credential": "CREDENTIALS",
    "patronymic_particle": "PATRONYMIC_PARTICLES",
    "compound_name_head": "COMPOUND_NAME_HEADS",
    "org_kind": "ORG_KINDS",
    "linking_word": "LINKING_WORDS",
    "name_particle": "NAME_PARTICLES",
    "unit_head": "UNIT_HEADS",
    "sentence_opener": "SENTENCE_OPENERS",
}
AS_WRITTEN = {
    "not_name_word",
    "honorific",
    "honorific_after",
    "ambiguous_honorific",
    "name_suffix",
    "academic_degree",
    "article",
}
# Read by the catalogue and the redacted edition, not the entities stage.
CATALOGUE_LISTS = {"role_mailbox", "spelling_variant", "legal_suffix", "generic_org_word"}
# Lists read by one module each, not by the entity rules' tables.
READ_ELSEWHERE = {"ambiguous_country", "name_joiner", "org_run_joiner"}


def test_every_row_has_a_list_a_word_and_known_languages() -> None:
    assert entries()
    for entry in entries():
        assert re.fullmatch(r"[a-z_]+", entry.list)
        assert entry.word == entry.word.strip() and "\t" not in entry.word
        if entry.list not in AS_WRITTEN:
            # org_keyword may hold an abbreviation in capitals, matched only in capitals.
            capitals = entry.list == "org_keyword" and entry.word.isupper()
            assert entry.word == entry.word.lower() or capitals, entry
        if entry.language != "-":
            for code in entry.language.split(","):
                language = pycountry.languages.get(alpha_2=code) or pycountry.languages.get(
                    alpha_3=code
                )
                assert language is not None, entry


def test_the_file_lists_exactly_the_lists_the_code_reads() -> None:
    lists = set(LISTS) | AS_WRITTEN | CATALOGUE_LISTS | READ_ELSEWHERE
    assert {entry.list for entry in entries()} == lists


def test_the_entity_tables_are_the_file_lists() -> None:
    for name, constant in LISTS.items():
        if name == "org_keyword":  # split by case: head words, and capitals-only abbreviations
            both = entity_words.ORG_KEYWORDS | entity_words.CAPITALS_ONLY_ORG_KEYWORDS
            assert both == words(name) and "NGO" in entity_words.CAPITALS_ONLY_ORG_KEYWORDS
            continue
        assert getattr(entity_words, constant) == words(name)
    assert words("not_name_word") == NOT_NAME_WORDS


def test_each_word_is_listed_once_per_list() -> None:
    table = resources.files("pipeline").joinpath("data", "vocabulary.tsv").read_text("utf-8")
    rows = [row for row in table.splitlines() if row and not row.startswith("#")]
    assert len(rows) == len(set(rows)) == len({tuple(row.split("\t")[:2]) for row in rows})


def test_an_unknown_list_is_an_error() -> None:
    with pytest.raises(KeyError):
        ordered("org_keywords")


def test_honorifics_and_suffixes_from_the_lists() -> None:
    assert split_honorific("H. E. Dr. Ana Ruiz") == ("H. E. Dr.", "Ana Ruiz")
    assert split_honorific("Dato' Sri Ali Hassan") == ("Dato' Sri", "Ali Hassan")
    assert re.fullmatch(HONORIFIC, "Mme")
    assert NAME_SUFFIX.sub("", "Ana Ruiz, Jr.") == "Ana Ruiz"
    assert NAME_SUFFIX_PART.match("PhD") and NAME_SUFFIX_PART.match("iv.")
    assert not NAME_SUFFIX_PART.match("Director")


def test_spelling_variants_are_pairs_of_different_words() -> None:
    for row in words("spelling_variant"):
        variant, canonical = row.split("=")
        assert variant and canonical and variant != canonical
