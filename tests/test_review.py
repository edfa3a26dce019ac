"""Confidence bands and the review queue: the rules, `nominations review`, and the report's
review panel. The queue's draft corrections file applies as it is printed."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_report import outline

from pipeline.cli import main
from pipeline.corrections.apply import apply_corrections
from pipeline.corrections.parse import parse_corrections
from pipeline.entities.confidence import band, rate_entities
from pipeline.models import Entity, EntityLabel, EntityReason
from pipeline.outputs import read_document
from pipeline.report import render_document
from pipeline.review import review_items

SAMPLE_OUTPUT = Path(__file__).resolve().parent.parent / "output" / "gssd2014.json"


def entity(
    label: EntityLabel,
    text: str,
    reason: EntityReason,
    normalized: str | None = None,
    start: int = 0,
) -> Entity:
    return Entity(
        label=label,
        text=text,
        normalized=normalized or text,
        section=1,
        page=1,
        start=start,
        end=start + len(text),
        source="model" if reason == "model" else "rule",
        reason=reason,
    )


NO_HOME: frozenset[str] = frozenset()


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (entity("PERSON", "Ana Ruiz", "honorific"), "high"),
        (entity("PERSON", "Ana Ruiz", "layout"), "high"),
        (entity("PERSON", "Buenos Aires", "model"), "low"),
        (entity("ORG", "Ministry of Health", "model"), "medium"),
        (entity("ORG", "Blue Lantern", "model"), "low"),  # no organisation word
        (entity("ORG", "MARD", "model"), "low"),  # an acronym the card never spells out
        (entity("ORG", "FAO", "model", "Food and Agriculture Organization"), "medium"),
        (entity("ORG", "Head of Department", "model"), "low"),  # opens with a role
        (entity("ORG", "Andean Seed Network", "card_name"), "medium"),
        (entity("ORG", "Andean Seed Network", "acronym_definition"), "high"),
        (entity("EMAIL", "a@b.org", "email_pattern"), "high"),
        (entity("COUNTRY", "Peru", "country_name", "PE"), "high"),
        (entity("COUNTRY", "Armenia", "country_name", "AM"), "low"),  # and a Colombian city
    ],
)
def test_band_rules(item: Entity, expected: str) -> None:
    assert band(item, "The partners met. " + item.text + " was there.", NO_HOME) == expected


def test_an_ambiguous_country_is_trusted_at_home_and_in_a_list_of_countries() -> None:
    armenia = entity("COUNTRY", "Armenia", "country_name", "AM")
    assert band(armenia, "Armenia", frozenset({"AM"})) == "high"  # the nominee's, or a phone's

    text = "Guests came from Manizales and Armenia, and from Burundi, Georgia and Chad."
    found = [
        entity("COUNTRY", name, "country_name", code, text.index(name))
        for name, code in (("Armenia", "AM"), ("Burundi", "BI"), ("Georgia", "GE"), ("Chad", "TD"))
    ]
    rate_entities(found, {1: text}, home="CO")
    assert [e.confidence for e in found] == ["low", "high", "high", "high"]


def test_the_review_drafts_apply_to_the_document_and_drop_every_queued_item(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = read_document(SAMPLE_OUTPUT)
    queued = review_items(document)
    entities = sum(len(card.entities) for card in document.cards)
    assert 0 < len(queued) <= 0.15 * entities
    assert all(item.entity.confidence == "low" for item in queued)

    assert main(["review", str(SAMPLE_OUTPUT)]) == 0
    printed = capsys.readouterr().out
    draft = printed.split("\n", 1)[1]  # after the "# gssd2014.json: ..." line
    drops = {
        (item.card, item.entity.label, item.entity.text, item.entity.section) for item in queued
    }
    assert draft.count("- drop: {") == len(drops)  # one per entity, however often it is written
    assert "«Otto Scharmer»" in draft  # context, with the entity marked
    path = tmp_path / "gssd2014.yaml"
    path.write_text(draft, encoding="utf-8")
    corrected = apply_corrections(document, parse_corrections(path))
    assert corrected.corrections is not None
    assert corrected.corrections.stale == []
    assert len(corrected.corrections.applied) == len(drops)
    assert review_items(corrected) == []


def test_the_report_shows_the_queue_with_copy_buttons() -> None:
    document = read_document(SAMPLE_OUTPUT)
    page = render_document(document, "gssd2014.json")
    count = len(review_items(document))
    assert f"Review queue: {count} low-confidence entities" in page
    assert page.count('data-copy="review-') == count + 1  # each item, and the whole draft
    assert "navigator.clipboard.writeText" in page
    assert 'class="entity ent-PERSON low"' in page
    assert outline(page).external == []  # the copy script is inline: nothing is loaded
