"""Move a held-out generator's text into data files (one TOML file per PDF) for render_heldout.py.

The held-out sets were first written as Python generators (`generate_heldoutN.py`, building
tests/generator.py objects through heldout_common.py). This script runs such a generator,
takes the `Nomination` each of its CASES builds, and writes it to tests/heldout/data/ as
TOML, with the generator's docstring as the set's description. Nothing is copied by hand:
each file is checked by reading it back with render_heldout.py, which must give an equal
`Nomination` (and so the same PDF bytes), before it is written.

Usage (from the repository root):
    .venv/bin/python tests/heldout/convert_generator.py tests/heldout/generate_heldout8.py
then render (`render_heldout.py --set 8`), compare the PDFs with the committed ones, and
delete the generator.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import re
import sys
import tomllib
import unicodedata
from importlib.machinery import SourceFileLoader
from pathlib import Path
from types import ModuleType
from typing import Any

import render_heldout
from render_heldout import BLOCK_KINDS, DATA_DIR, Card, Nomination

WIDTH = 92  # where long text is folded in the data file (the folds are not in the text)
SET_NAME = re.compile(r"generate_heldout(\d*)\.py$")


def load_generator(path: Path) -> ModuleType:
    loader = SourceFileLoader(path.stem, str(path))
    spec = importlib.util.spec_from_loader(path.stem, loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module  # dataclasses look their module up while it is executed
    loader.exec_module(module)
    return module


def set_number(path: Path) -> int:
    match = SET_NAME.search(path.name)
    if match is None:
        raise SystemExit(f"{path}: not named generate_heldoutN.py")
    return int(match.group(1) or 1)


def description(docstring: str) -> str:
    """The generator's docstring without its first line (which says what the script renders)
    and its usage paragraph (which names the script)."""
    paragraphs = docstring.strip().split("\n\n")[1:]
    return "\n\n".join(p for p in paragraphs if not p.startswith("Usage")).strip() + "\n"


# ---------------------------------------------------------------- writing TOML


def _visible(char: str) -> bool:
    """Whether a character can stand as itself in the file (not a control, format, private-use
    or odd space character, which an editor would hide)."""
    return char == " " or unicodedata.category(char)[0] not in "CZ"


def _escape(text: str, quote_runs: bool) -> str:
    out = []
    for n, char in enumerate(text):
        if char == "\\":
            out.append("\\\\")
        elif char == '"' and (not quote_runs or _in_quote_run(text, n)):
            out.append('\\"')
        elif not _visible(char):
            out.append(f"\\u{ord(char):04X}" if ord(char) < 0x10000 else f"\\U{ord(char):08X}")
        else:
            out.append(char)
    return "".join(out)


def _in_quote_run(text: str, n: int) -> bool:
    """A `"` that could end a multi-line string: next to another one, or last."""
    return n == len(text) - 1 or text[n + 1] == '"' or (n > 0 and text[n - 1] == '"')


def string(text: str) -> str:
    """A TOML string: one line when short, else a multi-line string folded at spaces with
    line-ending backslashes; a newline in the text is a real line break in the file."""
    if "\n" not in text and len(text) <= WIDTH + 8:
        return '"' + _escape(text, quote_runs=False) + '"'
    lines = []
    for segment in text.split("\n"):
        pieces = _fold(segment)
        lines += [_escape(piece, quote_runs=True) + "\\" for piece in pieces[:-1]]
        lines.append(_escape(pieces[-1], quote_runs=True))
    return '"""\n' + "\n".join(lines) + '\\\n"""'


def _fold(segment: str) -> list[str]:
    """Cut at single spaces (each piece keeps its space; the fold eats only the newline and
    the next line's leading whitespace, of which there is none)."""
    breaks = [
        n
        for n in range(1, len(segment) - 1)
        if segment[n] == " " and segment[n - 1] != " " and segment[n + 1] != " "
    ]
    pieces, start = [], 0
    while True:
        fitting = [n for n in breaks if start < n <= start + WIDTH]
        later = [n for n in breaks if n > start]
        if len(segment) - start <= WIDTH or not later:
            pieces.append(segment[start:])
            return pieces
        cut = fitting[-1] if fitting else later[0]
        pieces.append(segment[start : cut + 1])
        start = cut + 1


def value(item: Any) -> str:
    if isinstance(item, bool):
        return "true" if item else "false"
    if isinstance(item, int | float):
        return repr(item)
    if isinstance(item, str):
        return string(item)
    if isinstance(item, list) and all(isinstance(x, str) for x in item):
        return "[\n" + "".join(f"  {string(x)},\n" for x in item) + "]"
    raise TypeError(f"cannot write {item!r}")


def options(obj: Any, skip: tuple[str, ...] = ()) -> list[str]:
    """`key = value` for each field that differs from its default (None: left out)."""
    lines = []
    for f in dataclasses.fields(obj):
        current = getattr(obj, f.name)
        if f.name in skip or current is None:
            continue
        if f.default is not dataclasses.MISSING and current == f.default:
            continue
        if f.default_factory is not dataclasses.MISSING and current == f.default_factory():
            continue
        lines.append(f"{f.name} = {value(current)}")
    return lines


def block_lines(block: Any) -> list[str]:
    for kind, (cls, text_field) in BLOCK_KINDS.items():
        if type(block) is cls:
            head = f"{kind} = {value(getattr(block, text_field)) if text_field else 'true'}"
            rest = options(block, skip=(text_field or "",))
            if kind == "footnote":  # its mark reads better above its text
                return ["[[cards.sections.blocks]]", *rest, head]
            return ["[[cards.sections.blocks]]", head, *rest]
    raise TypeError(f"no block kind for {block!r}")


def card_lines(card: Card) -> list[str]:
    lines = ["[[cards]]", *options(card, skip=("nominee", "sections"))]
    for line in card.nominee:
        lines += ["", "[[cards.nominee]]", *options(line)]
    for section in card.sections:
        lines += ["", "[[cards.sections]]", *options(section, skip=("blocks",))]
        for block in section.blocks:
            lines += ["", *block_lines(block)]
    return lines


def dumps(set_no: int, case: str, about: str, nomination: Nomination) -> str:
    lines = [
        f"# Held-out set {set_no}: the text and layout of {nomination.file_name}.",
        "# Render: .venv/bin/python tests/heldout/render_heldout.py"
        f" --set {set_no}  (tests/heldout/README.md)",
        "",
        f"set = {set_no}",
        f"case = {value(case)}",
        "description = '''\n" + about + "'''"
        if "'''" not in about and all(_visible(c) or c == "\n" for c in about)
        else f"description = {string(about)}",
        *options(nomination, skip=("cards", "cover")),
    ]
    if nomination.cover is not None:
        lines += ["", "[cover]", *options(nomination.cover)]
    for card in nomination.cards:
        lines += ["", "", *card_lines(card)]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- the command line


def convert(generator: Path, data_dir: Path) -> list[Path]:
    module = load_generator(generator)
    set_no = set_number(generator)
    about = description(module.__doc__ or "")
    written = []
    for case, make in module.CASES.items():
        nomination = make()
        text = dumps(set_no, case, about, nomination)
        back = render_heldout.parse(tomllib.loads(text), f"{case} as written")
        if back.nomination != nomination or (back.set_number, back.case) != (set_no, case):
            raise SystemExit(f"{generator} {case}: the data file does not read back the same")
        target = data_dir / f"{Path(nomination.file_name).stem}.toml"
        target.write_text(text, encoding="utf-8")
        written.append(target)
    return written


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("generators", nargs="+", type=Path, metavar="GENERATOR")
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR)
    args = parser.parse_args(argv)
    args.data_dir.mkdir(parents=True, exist_ok=True)
    for generator in args.generators:
        for target in convert(generator, args.data_dir):
            print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
