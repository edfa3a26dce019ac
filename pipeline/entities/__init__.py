"""Entities: organisations, persons, e-mails, phones, countries and URLs in every card,
normalised and traced to the character span where they were written; contact people.

One spaCy `nlp.pipe` call per document (NER only) proposes ORG and PERSON spans. Rules add
what a pretrained model misses in these forms (organisation lists, contact lines, acronym
definitions, well-known intergovernmental organisations, names after an honorific) and
filter what it gets wrong here (headings, role text, label words, events, spans across lines).

Modules, each importing only those listed before it:
- `vocabulary`: the word tables (pipeline/data/vocabulary.tsv);
- `spans`: `Found`, `AnnotatedText`, `Acronyms` and the text helpers they share;
- `filters`: whether a span can be an organisation or a person; names' normal forms;
- `places`: places among the model's names (lists of places, a name before its country);
- `model`: the model's ORG and PERSON spans, trimmed and filtered;
- `contacts`: contact lines and the contacts of a section;
- `honorific_names`: persons named with a form of address before or after the name;
- `listed`: names the layout gives (lists, contact and nominee lines);
- `towns`: towns the card names next to a body, cut from a name that runs into one;
- `definitions`: acronyms, declared and listed organisation names, IGOs;
- `channels`: e-mails, phones, URLs and countries;
- `names`: ORG and PERSON candidates by tier;
- `annotate`: the entry point, `annotate_cards`.
"""

from pipeline.entities.annotate import annotate_cards

__all__ = ["annotate_cards"]
