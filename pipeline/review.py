"""The review queue: the low-confidence entities of written documents, each with its context
and a ready-to-paste correction that would drop it (or, commented out, relabel it).

`nominations review OUTPUT_DIR` prints, per document, a draft corrections file: its header
(file name and sha256) and, per card, one `drop` per queued entity. Paste it into
`corrections/<pdf stem>.yaml`, delete the lines of the entities that are right, and run
again. The report's review section shows the same items with a copy button.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass

from pipeline import voice
from pipeline.entities.confidence import low_rules, placed
from pipeline.entities.low_rules import LOW_RULES, Place
from pipeline.models import Card, Document, Entity
from pipeline.outputs import read_documents

CONTEXT_CHARS = 60

# What each reason means, in a reviewer's words (the bands: docs/decisions.md); shown when
# no low rule holds (an older output, or `--band medium`).
REASON_WORDS: dict[str, str] = {
    "model": "found by the language model alone",
    "phone_number": "a number valid only under an old numbering plan",
    "card_name": "a name the card lists, used again",
    "declared_name": "a name the card calls an organisation, used again",
    "demonym": "an adjective of a country",
    "country_name": "a country's name that is also a city, a state or a given name",
}

EXAMPLES = """
  nominations review                       low-confidence entities of output/
  nominations review output/x.json > draft.yaml   a draft corrections file
  nominations review json/ --band medium   medium and low
"""


@dataclass(frozen=True)
class ReviewItem:
    card: str  # the key of the card in a corrections file
    entity: Entity
    context: tuple[str, str, str]  # before, the entity as written, after
    rules: tuple[str, ...] = ()  # the low rules that hold (confidence.LOW_RULES)

    @property
    def where(self) -> str:
        place = "nominee block" if self.entity.section is None else f"section {self.entity.section}"
        return f"card {self.card}, {place}, page {self.entity.page}"

    @property
    def why(self) -> str:
        if self.rules:
            return "; ".join(LOW_RULES[name][1] for name in self.rules)
        reason = self.entity.reason or "unknown"
        return REASON_WORDS.get(reason, reason)


def card_key(card: Card, position: int) -> str:
    return card.letter or str(position)


def context_of(text: str, entity: Entity) -> tuple[str, str, str]:
    before = text[max(0, entity.start - CONTEXT_CHARS) : entity.start]
    after = text[entity.end : entity.end + CONTEXT_CHARS]
    return squeeze(before), text[entity.start : entity.end], squeeze(after)


def squeeze(text: str) -> str:
    """Runs of white space as one space (kept at the ends: they show where words break)."""
    return re.sub(r"\s+", " ", text)


def queued(entity: Entity, bands: tuple[str, ...]) -> bool:
    return entity.confidence in bands and entity.source != "correction"


def review_items(document: Document, bands: tuple[str, ...] = ("low",)) -> list[ReviewItem]:
    """The queued entities of a document, in card and text order."""
    items: list[ReviewItem] = []
    for position, card in enumerate(document.cards, start=1):
        for entity, place in card_places(card):
            if queued(entity, bands):
                context = context_of(place.text, entity)
                rules = tuple(low_rules(entity, place))
                items.append(ReviewItem(card_key(card, position), entity, context, rules))
    return items


def card_places(card: Card) -> Iterator[tuple[Entity, Place]]:
    """The card's entities, each with its place as the band rules saw it."""
    text_of: dict[int | None, str] = {None: card.nominee.text}
    text_of.update((section.number, section.text) for section in card.sections)
    home = card.nominee.country.code if card.nominee.country else None
    return placed(card.entities, text_of, home)


def quoted(text: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is a subset of it)."""
    return json.dumps(" ".join(text.split()), ensure_ascii=False)


def drop_snippet(item: ReviewItem) -> str:
    """The correction that drops the item, and a commented relabel beside it."""
    entity = item.entity
    section = "nominee" if entity.section is None else str(entity.section)
    fields = f"label: {entity.label}, text: {quoted(entity.text)}, section: {section}"
    other = {"ORG": "PERSON", "PERSON": "ORG"}.get(entity.label)
    relabel = f"\n# - relabel: {{{fields}, to: {other}}}" if other else ""
    return f"- drop: {{{fields}}}{relabel}"


def document_queue(document: Document, items: list[ReviewItem]) -> str:
    """A draft corrections file: every queued item as a drop, each with its context."""
    lines = [
        f"# review queue of {document.source.file}: delete the drops of entities that are right",
        f"file: {document.source.file}",
        f"sha256: {document.source.sha256}",
        "cards:",
    ]
    card = None
    written: set[tuple[str, str]] = set()  # one drop removes every mention it names
    for item in items:
        if item.card != card:
            card = item.card
            lines.append(f"  {quoted(card)}:")
        before, shown, after = item.context
        lines.append(f"    # {item.where}: {item.entity.label} ({item.why})")
        lines.append(f"    #   ...{before}«{squeeze(shown)}»{after}...")
        snippet = drop_snippet(item)
        if (item.card, snippet) not in written:
            written.add((item.card, snippet))
            lines.extend(f"    {line}" for line in snippet.split("\n"))
    return "\n".join(lines) + "\n"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    voice.add_output_path(parser)
    parser.add_argument(
        "--band",
        choices=("low", "medium"),
        default="low",
        help="low: the queue; medium: medium and low (default: low)",
    )
    voice.add_allow_empty(parser, "JSON documents")


def command(args: argparse.Namespace) -> int:
    bands = ("low",) if args.band == "low" else ("low", "medium")
    try:
        documents = read_documents(args.path, args.allow_empty)
    except voice.CommandError as exc:
        return voice.report_error("review", str(exc))
    total = 0
    for name, document in documents:
        items = review_items(document, bands)
        entities = sum(len(card.entities) for card in document.cards)
        total += len(items)
        print(f"# {name}: {voice.plural(len(items), 'entity', 'entities')} to review of {entities}")
        if items:
            print(document_queue(document, items))
    print(
        f"{voice.plural(total, 'entity', 'entities')} to review in "
        f"{voice.plural(len(documents), 'document')}",
        file=sys.stderr,
    )
    return voice.EXIT_OK
