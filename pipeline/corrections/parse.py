"""Read a corrections file (YAML) into checked operations; every problem names the file and
the line (ruamel.yaml keeps the line of each key and item; docs/decisions.md says why YAML).

    file: report.pdf
    sha256: 12fa8218...                 # of report.pdf: another version is refused
    cards:
      A:
        - drop: {label: ORG, text: Solidarity Economy, section: 3}
        - add: {label: PERSON, text: Maria Santos, section: 11}
        - id: fix-country               # optional; else derived from the content
          nominee: {country: PH}
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from pipeline.corrections.model import (
    OPERATIONS,
    Correction,
    CorrectionsFile,
    derived_id,
)
from pipeline.errors import CorrectionsError
from pipeline.voice import shown

TOP_KEYS = ("file", "sha256", "cards")
MAX_BYTES = 1_000_000  # a corrections file is typed by hand; anything larger is a mistake


def parse_corrections(path: Path) -> CorrectionsFile:
    """The checked corrections of `path`; CorrectionsError naming file and line otherwise."""
    where = shown(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CorrectionsError(f"{where}: cannot read: {exc.strerror or exc}") from exc
    if len(data) > MAX_BYTES:
        raise CorrectionsError(f"{where}: larger than {MAX_BYTES} bytes")
    return parse_corrections_bytes(data, where, path.name)


def parse_corrections_bytes(data: bytes, where: str, name: str) -> CorrectionsFile:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CorrectionsError(f"{where}: not UTF-8 text ({exc.reason})") from exc
    root = load_yaml(text, where)
    if not isinstance(root, CommentedMap):
        raise CorrectionsError(f"{where}:1: expected a mapping with {', '.join(TOP_KEYS)}")
    for key in root:
        if key not in TOP_KEYS:
            raise CorrectionsError(
                f"{where}:{key_line(root, key)}: unknown key {key!r} "
                f"(expected {', '.join(TOP_KEYS)})"
            )
    source_file = required_text(root, "file", where)
    source_sha = required_text(root, "sha256", where)
    if not re.fullmatch(r"[0-9a-f]{64}", source_sha):
        raise CorrectionsError(
            f"{where}:{key_line(root, 'sha256')}: sha256 is not 64 lower-case hex digits"
        )
    cards = root.get("cards")
    if cards is None:
        cards = CommentedMap()
    if not isinstance(cards, CommentedMap):
        raise CorrectionsError(
            f"{where}:{key_line(root, 'cards')}: 'cards' must map card letters to lists"
        )
    corrections = [c for card in cards for c in card_corrections(cards, card, where)]
    seen: dict[str, int] = {}
    for correction in corrections:
        if correction.id in seen:
            raise CorrectionsError(
                f"{where}:{correction.line}: id {correction.id!r} is used twice "
                f"(first at line {seen[correction.id]})"
            )
        seen[correction.id] = correction.line
    return CorrectionsFile(
        path=where,
        name=name,
        sha256=hashlib.sha256(data).hexdigest(),
        source_file=source_file,
        source_sha256=source_sha,
        source_line=key_line(root, "sha256"),
        corrections=tuple(corrections),
    )


def load_yaml(text: str, where: str) -> Any:
    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    try:
        return yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f":{mark.line + 1}" if mark is not None else ""
        problem = exc.problem or exc.context or "not valid YAML"
        started = exc.context_mark
        if exc.context and started is not None and started is not mark:
            problem += f" ({exc.context}, from line {started.line + 1})"
        raise CorrectionsError(f"{where}{line}: not valid YAML: {problem}") from exc
    except YAMLError as exc:
        raise CorrectionsError(f"{where}: not valid YAML: {exc}") from exc


def key_line(mapping: CommentedMap, key: Any) -> int:
    """1-based line of `key` in `mapping`."""
    try:
        return int(mapping.lc.key(key)[0]) + 1
    except (KeyError, TypeError, AttributeError):
        return int(mapping.lc.line) + 1


def required_text(root: CommentedMap, key: str, where: str) -> str:
    value = root.get(key)
    if not isinstance(value, str) or not value.strip():
        line = key_line(root, key) if key in root else 1
        raise CorrectionsError(f"{where}:{line}: '{key}' (a text) is missing")
    return value.strip()


def card_corrections(cards: CommentedMap, card: Any, where: str) -> list[Correction]:
    line = key_line(cards, card)
    items = cards[card]
    if items is None:
        return []
    if not isinstance(items, CommentedSeq):
        raise CorrectionsError(f"{where}:{line}: card {card!r} must hold a list of corrections")
    return [
        one_correction(str(card), item, int(items.lc.item(index)[0]) + 1, where)
        for index, item in enumerate(items)
    ]


def one_correction(card: str, item: Any, line: int, where: str) -> Correction:
    """`{operation: {params}}`, with an optional `id` beside the operation."""
    if not isinstance(item, CommentedMap):
        raise CorrectionsError(
            f"{where}:{line}: a correction is a mapping such as '- drop: {{label: ORG, text: ...}}'"
        )
    names = [key for key in item if key != "id"]
    unknown = [key for key in names if key not in OPERATIONS]
    if unknown:
        raise CorrectionsError(
            f"{where}:{key_line(item, unknown[0])}: unknown operation {unknown[0]!r} "
            f"(known: {', '.join(OPERATIONS)})"
        )
    if len(names) != 1:
        raise CorrectionsError(
            f"{where}:{line}: a correction names exactly one operation, this has {len(names)}"
        )
    operation = names[0]
    params = item[operation]
    op_line = key_line(item, operation)
    if not isinstance(params, CommentedMap):
        raise CorrectionsError(f"{where}:{op_line}: {operation}: expected a mapping of fields")
    try:
        checked = OPERATIONS[operation].model_validate(plain(params))
    except ValidationError as exc:
        # An unknown field first: a misspelt name is also why the right one is "missing".
        first = sorted(exc.errors(), key=lambda e: e["type"] != "extra_forbidden")[0]
        field = str(first["loc"][0]) if first["loc"] else None
        at = key_line(params, field) if field in params else op_line
        label = f"{operation}.{field}" if field else operation
        problem = first["msg"]
        if first["type"] == "extra_forbidden":
            known = ", ".join(OPERATIONS[operation].model_fields)
            problem = f"unknown field (fields: {known})"
        raise CorrectionsError(f"{where}:{at}: {label}: {problem}") from exc
    given_id = item.get("id")
    if given_id is not None and (not isinstance(given_id, str) or not given_id.strip()):
        raise CorrectionsError(f"{where}:{key_line(item, 'id')}: id must be a text")
    correction_id = given_id.strip() if given_id else derived_id(card, operation, checked)
    return Correction(correction_id, card, operation, checked, op_line)


def plain(value: Any) -> Any:
    """ruamel's commented containers as plain dicts and lists, for pydantic."""
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    if isinstance(value, str):
        return str(value)
    return value
