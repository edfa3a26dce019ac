"""Render the held-out nominations from their data files (see tests/heldout/README.md).

Each file in tests/heldout/data/ holds the text and layout of one held-out PDF as TOML: the
set it belongs to, the set's description, the `Nomination` options of tests/generator.py
(only those that differ from the defaults), an optional `[cover]`, and `[[cards]]` with
their `[[cards.nominee]]` lines (label, value) and `[[cards.sections]]`, each with its
`[[cards.sections.blocks]]`. A block is one of

    para = "..."                   item = "..." (marker, indent, bold)
    subheading = "..." (bold)      footnote = "..." (mark)
    page_break = true              column_break = true
    image_page = true (width, height)

This module reads a file into the generator's objects and writes the PDF with the generator's
`render`, so the data files are the only place the held-out text lives.

Usage (from the repository root):
    .venv/bin/python tests/heldout/render_heldout.py [--set N] [OUTDIR]
renders every set (or set N) to OUTDIR (default tests/fixtures/heldout). The output bytes
are deterministic.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from heldout_common import (
    OUTDIR,
    ROOT,
    Block,
    Card,
    ColumnBreak,
    Cover,
    Field,
    Footnote,
    ImagePage,
    Item,
    Nomination,
    PageBreak,
    Para,
    Section,
    Subheading,
    render,
)

DATA_DIR = Path(__file__).resolve().parent / "data"

# A block's kind is the key that holds its text (or `true` for the breaks and image pages).
BLOCK_KINDS: dict[str, tuple[type[Any], str | None]] = {
    "para": (Para, "text"),
    "item": (Item, "text"),
    "subheading": (Subheading, "text"),
    "footnote": (Footnote, "text"),
    "page_break": (PageBreak, None),
    "column_break": (ColumnBreak, None),
    "image_page": (ImagePage, None),
}


class DataFileError(ValueError):
    """A data file that does not describe a nomination; the message names the file and place."""


@dataclass
class HeldoutFile:
    """One data file: which set it belongs to, the set's description, and the nomination."""

    set_number: int
    case: str
    description: str
    nomination: Nomination


def data_files(set_number: int | None = None, data_dir: Path = DATA_DIR) -> list[Path]:
    """The data files, sorted; only set `set_number`'s when given."""
    paths = sorted(data_dir.glob("*.toml"))
    if set_number is None:
        return paths
    return [path for path in paths if read(path).set_number == set_number]


def read(path: Path) -> HeldoutFile:
    with path.open("rb") as handle:
        table = tomllib.load(handle)
    return parse(table, str(path))


def load(path: Path) -> Nomination:
    return read(path).nomination


def parse(table: dict[str, Any], where: str) -> HeldoutFile:
    table = dict(table)
    set_number = _pop(table, "set", int, where)
    case = _pop(table, "case", str, where)
    description = _pop(table, "description", str, where, default="")
    cover = table.pop("cover", None)
    cards = table.pop("cards", None)
    if not isinstance(cards, list) or not cards:
        raise DataFileError(f"{where}: no [[cards]]")
    nomination = _build(
        Nomination,
        table,
        where,
        cards=[_card(card, f"{where}: card {n}") for n, card in enumerate(cards, start=1)],
        cover=None if cover is None else _build(Cover, cover, f"{where}: [cover]"),
    )
    return HeldoutFile(set_number, case, description, nomination)


def _card(table: dict[str, Any], where: str) -> Card:
    table = dict(table)
    nominee = [_build(Field, line, f"{where} nominee") for line in table.pop("nominee", [])]
    sections = [
        _section(section, f"{where} section {n}")
        for n, section in enumerate(table.pop("sections", []), start=1)
    ]
    return _build(Card, table, where, nominee=nominee, sections=sections)


def _section(table: dict[str, Any], where: str) -> Section:
    table = dict(table)
    blocks = [
        _block(block, f"{where} block {n}")
        for n, block in enumerate(table.pop("blocks", []), start=1)
    ]
    return _build(Section, table, where, blocks=blocks)


def _block(table: dict[str, Any], where: str) -> Block:
    kinds = [kind for kind in BLOCK_KINDS if kind in table]
    if len(kinds) != 1:
        raise DataFileError(f"{where}: a block needs exactly one of {', '.join(BLOCK_KINDS)}")
    kind = kinds[0]
    cls, text_field = BLOCK_KINDS[kind]
    options = {key: value for key, value in table.items() if key != kind}
    if text_field is None:
        if table[kind] is not True:
            raise DataFileError(f"{where}: write `{kind} = true`")
        built: Block = _build(cls, options, where)
    else:
        built = _build(cls, options, where, **{text_field: table[kind]})
    return built


def _build(cls: type[Any], table: dict[str, Any], where: str, **given: Any) -> Any:
    """`cls(**table, **given)`, with absent optional fields (TOML has no null) set to None and
    unknown keys refused, so that a misspelt option is an error, not a silent default."""
    names = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(table) - names)
    if unknown:
        raise DataFileError(f"{where}: unknown key(s) {', '.join(unknown)} for {cls.__name__}")
    values = {**table, **given}
    for f in dataclasses.fields(cls):
        no_default = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        if f.name not in values and no_default:
            values[f.name] = None  # Section.number, Section.heading, Card.title
    try:
        return cls(**values)
    except TypeError as error:
        raise DataFileError(f"{where}: {error}") from error


def _pop(table: dict[str, Any], key: str, kind: type, where: str, default: Any = None) -> Any:
    value = table.pop(key, default)
    if not isinstance(value, kind):
        raise DataFileError(f"{where}: `{key}` must be a {kind.__name__}")
    return value


def write(paths: list[Path], outdir: Path) -> list[Path]:
    """Render each data file to outdir/<its file_name>; returns the PDFs written."""
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    for path in paths:
        nomination = load(path)
        target = outdir / nomination.file_name
        target.write_bytes(render(nomination).data)
        written.append(target)
    return written


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", type=int, metavar="N", help="render set N only (1 to ...)")
    parser.add_argument("outdir", nargs="?", type=Path, default=OUTDIR)
    args = parser.parse_args(argv)
    paths = data_files(args.set)
    if not paths:
        print(f"no data files for set {args.set} in {DATA_DIR}", file=sys.stderr)
        return 2
    for target in write(paths, args.outdir):
        print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
