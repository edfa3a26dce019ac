"""Organisations resolved across documents: one entry per body, with how each name joined it.

A mention is an ORG entity: its text as written and the pipeline's normalised name (the long
form where the card defines an acronym or the IGO list knows it). Mentions join one entry
when (rules in docs/decisions.md, "Catalogue: organisation resolution"):
- their normalised names have the same key (accents, case, "the", "&", hyphens, legal form
  and British/American spelling aside): rule "same normalised name";
- an acronym is written out in a card ("NHCA" -> "Northern Harvest Cooperative Alliance"):
  rule "acronym definition";
- a bare acronym in a document that does not define it, when every document that does
  defines it the same way: rule "acronym defined in another document". An acronym two
  documents define differently stays its own entry, marked ambiguous, and joins neither;
- two long names differ by one letter: rule "near-identical spelling".
A generic name ("Ministry of Finance") joins only the mentions of its own document, and
the one name of that document that completes it ("Ministry of Finance of Ghana", when the
document names no other "Ministry of Finance of ..."): rule "completed in the same document".
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from pipeline.catalogue.names import is_acronym, is_generic, name_key

SAME_NAME = "same normalised name"
ACRONYM = "acronym definition"
ACRONYM_ELSEWHERE = "acronym defined in another document"
NEAR_SPELLING = "near-identical spelling"
NAMED_IN_DOCUMENT = "normalised by the pipeline"
COMPLETED = "completed in the same document"
_MIN_FUZZY_LENGTH = 16  # keys shorter than this differ by one letter too easily ("G7"/"G8")


@dataclass(frozen=True)
class Mention:
    document: str  # the document's id
    nomination: str  # the nomination's id
    text: str  # as written
    normalized: str  # the pipeline's name for it


@dataclass(frozen=True)
class Merge:
    alias: str
    rule: str
    evidence: str


@dataclass
class Resolved:
    name: str
    key: str
    aliases: Counter[str] = field(default_factory=Counter)
    merges: list[Merge] = field(default_factory=list)
    nominations: Counter[str] = field(default_factory=Counter)
    mentions: list[Mention] = field(default_factory=list)
    ambiguous: list[str] = field(default_factory=list)  # "L1 (doc)" of an unresolved acronym


@dataclass(frozen=True)
class _Definitions:
    """Acronym -> the long names documents define it as, and where first."""

    longs: dict[str, dict[str, str]]  # acronym -> long key -> first "long (nomination)"

    def only_long(self, acronym: str) -> str | None:
        found = self.longs.get(acronym, {})
        return next(iter(found)) if len(found) == 1 else None


def _definitions(mentions: Iterable[Mention]) -> _Definitions:
    longs: dict[str, dict[str, str]] = defaultdict(dict)
    for mention in mentions:
        if is_acronym(mention.text) and name_key(mention.normalized) != name_key(mention.text):
            where = f"{mention.normalized} ({mention.nomination})"
            longs[mention.text].setdefault(name_key(mention.normalized), where)
    return _Definitions(dict(longs))


def _node(mention: Mention, definitions: _Definitions) -> str:
    """The key of the entry a mention joins before near-identical spellings are merged."""
    name, key = mention.normalized, name_key(mention.normalized)
    if is_acronym(name) and key == name_key(mention.text):
        long = definitions.only_long(mention.text)
        if long is None:
            return key
        name, key = long, long
    # Even when an acronym defines it ("Ministry of Agriculture (MoA)"): each document's own.
    return f"{key}@{mention.document}" if is_generic(name) else key


def resolve(mentions: Sequence[Mention]) -> list[Resolved]:
    """The organisations named by `mentions`, in name order."""
    definitions = _definitions(mentions)
    nodes = [_node(mention, definitions) for mention in mentions]
    parent = _near_spellings(sorted(set(nodes)))
    parent.update(_completed_in_document(mentions, nodes))
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mention, node in zip(mentions, nodes, strict=True):
        while node in parent:
            node = parent[node]
        groups[node].append(mention)
    entries = [_entry(key, group, definitions) for key, group in groups.items()]
    return sorted(entries, key=lambda entry: (entry.name.casefold(), entry.key))


def _near_spellings(keys: list[str]) -> dict[str, str]:
    """key -> the key it merges into, for long keys one letter apart (same word count)."""
    parent: dict[str, str] = {}
    by_shape: dict[tuple[int, str], list[str]] = defaultdict(list)
    for key in keys:
        if len(key) >= _MIN_FUZZY_LENGTH and "@" not in key:
            by_shape[(key.count(" "), key[:3])].append(key)
    for group in by_shape.values():
        for index, key in enumerate(group):
            for earlier in group[:index]:
                if one_edit_apart(earlier, key):
                    parent[key] = parent.get(earlier, earlier)
                    break
    return parent


def _completed_in_document(mentions: Sequence[Mention], nodes: Sequence[str]) -> dict[str, str]:
    """A generic node -> the one name of its document that completes it with "of ..."."""
    by_document: dict[str, set[str]] = defaultdict(set)
    for mention, node in zip(mentions, nodes, strict=True):
        by_document[mention.document].add(node)
    parent: dict[str, str] = {}
    for document, found in by_document.items():
        for node in sorted(n for n in found if n.endswith(f"@{document}")):
            prefix = node.removesuffix(f"@{document}") + " of "
            completions = [n for n in found if n.startswith(prefix)]
            if len(completions) == 1:
                parent[node] = completions[0]
    return parent


def one_edit_apart(first: str, second: str) -> bool:
    """One letter replaced, added or removed (and not a digit: "G7" and "G8" differ)."""
    if abs(len(first) - len(second)) > 1 or first == second:
        return False
    start = 0
    while start < min(len(first), len(second)) and first[start] == second[start]:
        start += 1
    end = 0
    while end < min(len(first), len(second)) - start and first[-1 - end] == second[-1 - end]:
        end += 1
    rest = first[start : len(first) - end] + second[start : len(second) - end]
    return len(rest) <= 2 and not any(ch.isdigit() for ch in rest)


def _entry(key: str, mentions: list[Mention], definitions: _Definitions) -> Resolved:
    written = Counter(mention.normalized for mention in mentions)
    # The most written name, a specific one ("... of Ghana") before a generic one.
    names = (
        [name for name in written if not is_acronym(name) and not is_generic(name)]
        or [name for name in written if not is_acronym(name)]
        or list(written)
    )
    name = min(names, key=lambda n: (-written[n], -len(n), n))
    entry = Resolved(name, key, mentions=mentions)
    for mention in mentions:
        entry.aliases[mention.text] += 1
        entry.nominations[mention.nomination] += 1
    seen: set[tuple[str, str]] = set()
    for mention in mentions:
        for alias in dict.fromkeys((mention.text, mention.normalized)):
            merge = _explain(alias, mention, name, definitions) if alias != name else None
            if merge is not None and (alias, merge.rule) not in seen:
                seen.add((alias, merge.rule))
                entry.merges.append(merge)
    if is_acronym(name) and len(definitions.longs.get(name, {})) > 1:
        entry.ambiguous = sorted(definitions.longs[name].values())
    entry.merges.sort(key=lambda merge: (merge.rule, merge.alias))
    return entry


def _explain(alias: str, mention: Mention, name: str, definitions: _Definitions) -> Merge:
    """Why `alias` (a name of `mention`) belongs to the entry called `name`."""
    if name_key(alias) == name_key(name):
        return Merge(alias, SAME_NAME, f"'{alias}' and '{name}' both read '{name_key(name)}'")
    if alias == mention.text and name_key(mention.text) != name_key(mention.normalized):
        rule = ACRONYM if is_acronym(alias) else NAMED_IN_DOCUMENT
        return Merge(
            alias, rule, f"'{alias}' stands for '{mention.normalized}' in {mention.nomination}"
        )
    if name_key(name).startswith(name_key(alias) + " of ") and is_generic(alias):
        return Merge(alias, COMPLETED, f"'{alias}' is the '{name}' that {mention.document} names")
    if is_acronym(alias) and alias in definitions.longs:
        where = next(iter(definitions.longs[alias].values()))
        return Merge(alias, ACRONYM_ELSEWHERE, f"'{alias}' is defined as {where}")
    return Merge(alias, NEAR_SPELLING, f"'{alias}' and '{name}' differ by one letter")
