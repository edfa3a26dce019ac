"""The compiled validator (jsonschema-rs) that guards every write agrees with the reference
(`jsonschema`) on real documents and on many deliberately broken ones: it must never pass a
document the reference rejects, nor reject one the reference accepts."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pipeline.errors import SchemaValidationError
from pipeline.write import _fast_validator, _validator, validate_json

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_OUTPUT = ROOT / "output" / "gssd2014.json"

# Values that break most fields one way or another: wrong types, a wrong enum member, a
# string the two patterns refuse, a negative count.
WRONG_VALUES: list[Any] = [None, "x", -1, 1.5, True, [], {}, "ZZZ", "0" * 63]


def reference_accepts(data: Any) -> bool:
    return not any(True for _ in _validator().iter_errors(data))


def small_document() -> dict[str, Any]:
    """The sample's output cut down (one of every list), so that every field of every kind
    of node is still there but the reference validator runs in milliseconds."""
    data = json.loads(SAMPLE_OUTPUT.read_text(encoding="utf-8"))

    def trim(node: Any) -> Any:
        if isinstance(node, list):
            return [trim(item) for item in node[:1]]
        if isinstance(node, dict):
            return {key: trim(value) for key, value in node.items()}
        return node

    return trim(data)  # type: ignore[no-any-return]


def mutations(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], str, Any]]:
    """(where, how, value) for every key of every object: a wrong value, the key removed,
    an unknown key added."""
    if isinstance(node, dict):
        yield path, "add", "unexpected"
        for key, value in node.items():
            yield (*path, key), "remove", None
            for wrong in WRONG_VALUES:
                yield (*path, key), "set", wrong
            yield from mutations(value, (*path, key))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from mutations(item, (*path, index))


def mutated(data: dict[str, Any], path: tuple[Any, ...], how: str, value: Any) -> Any:
    copy_ = copy.deepcopy(data)
    parent: Any = copy_
    for step in path[:-1] if how != "add" else path:
        parent = parent[step]
    if how == "add":
        parent["not_in_the_schema"] = value
    elif how == "remove":
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return copy_


def test_both_validators_accept_the_committed_documents() -> None:
    for path in [SAMPLE_OUTPUT]:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert reference_accepts(data)
        assert _fast_validator().is_valid(data)


def test_both_validators_agree_on_every_broken_variant() -> None:
    data = small_document()
    cases = list(mutations(data))
    assert len(cases) > 300  # every field of every kind of node is tried
    disagreements = []
    rejected = 0
    for path, how, value in cases:
        candidate = mutated(data, path, how, value)
        expected = reference_accepts(candidate)
        rejected += not expected
        if _fast_validator().is_valid(candidate) != expected:
            disagreements.append(
                f"{'/'.join(map(str, path))} {how} {value!r}: reference {expected}"
            )
    assert not disagreements, "\n".join(disagreements[:20])
    assert rejected > len(cases) // 2  # most variants are really broken


def test_a_broken_document_is_refused_with_the_reference_message() -> None:
    data = small_document()
    data["source"]["sha256"] = "not a hash"
    with pytest.raises(SchemaValidationError, match=r"source/sha256: 'not a hash' does not match"):
        validate_json(data)
