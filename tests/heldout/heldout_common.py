"""What the held-out scripts share: the generator's pieces, the form's long headings, the paths.

Imported by render_heldout.py (which renders the data files in tests/heldout/data/) and by a
held-out generator still written in the old Python style (`generate_heldoutN.py`, building
the objects itself, with `main` as its command line) until convert_generator.py has moved its
text into data files. It puts tests/ on sys.path so that they can import the PDF renderer,
tests/generator.py.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "tests") not in sys.path:
    sys.path.insert(0, str(ROOT / "tests"))

# The renderer's pieces, re-exported so that a generator needs one import only.
from generator import (  # noqa: E402
    PUA_BULLET,
    PUA_SQUARE,
    SYMBOL_BULLET,
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
    write_cases,
)

__all__ = [
    "ACHIEVEMENTS",
    "DESCRIPTION",
    "OUTDIR",
    "PUA_BULLET",
    "PUA_SQUARE",
    "REPLICABILITY",
    "ROOT",
    "SYMBOL_BULLET",
    "Block",
    "Card",
    "Cases",
    "ColumnBreak",
    "Cover",
    "Field",
    "Footnote",
    "ImagePage",
    "Item",
    "Nomination",
    "PageBreak",
    "Para",
    "Section",
    "Subheading",
    "main",
    "render",
    "write_all",
]

OUTDIR = ROOT / "tests" / "fixtures" / "heldout"

DESCRIPTION = (
    "Description and Title of the South-South Initiative, including background and challenges"
)
ACHIEVEMENTS = "Achievements and impact (from a SSTC perspective)"
REPLICABILITY = "Replicability and scaling up (South-South perspective)"

Cases = dict[str, Callable[[], Nomination]]


def write_all(cases: Cases, outdir: Path = OUTDIR) -> list[Path]:
    return write_cases(outdir, cases)


def main(argv: list[str], cases: Cases, script: str) -> int:
    """`script [OUTDIR]`: write the cases and print where they went."""
    if len(argv) > 1 or (argv and argv[0].startswith("-")):
        print(f"usage: {script} [OUTDIR]", file=sys.stderr)
        return 2
    for path in write_all(cases, Path(argv[0]) if argv else OUTDIR):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0
