"""One voice across commands: the wording, exit codes, option types and colour every
command shares, so that the same situation reads the same whichever command met it."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING

from pipeline import memory

if TYPE_CHECKING:
    from rich.console import Console

EXIT_OK = 0
EXIT_FOUND = 1  # the command's finding: a failed file, an invalid document, a change
EXIT_USAGE = 2  # nothing done: a wrong path, option or input


class CommandError(Exception):
    """A situation every command words the same way; exit status 2, one line on stderr."""


def no_such_path(path: Path) -> CommandError:
    return CommandError(f"no such file or folder: {shown(path)}")


def nothing_to_read(paths: Path | Sequence[Path], kind: str) -> CommandError:
    """Folders without a single input of the kind the command reads."""
    where = ", ".join(shown(path) for path in ([paths] if isinstance(paths, Path) else paths))
    return CommandError(f"{where}: no {kind} found (give --allow-empty to accept an empty folder)")


def shown(path: Path | str) -> str:
    """The path as valid UTF-8 text: undecodable bytes in a name become '\\xNN'."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def error_line(command: str, message: str) -> str:
    return f"nominations {command}: error: {message}"


def report_error(command: str, message: str) -> int:
    """The command's one error line on stderr (red on a terminal); the usage exit status."""
    console_for(sys.stderr).print(error_line(command, message), style="red")
    return EXIT_USAGE


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """'1 file', '2 files', '3 entities' (with the plural form given)."""
    return f"{count} {singular if count == 1 else (plural_form or singular + 's')}"


# ---------------------------------------------------------------------------------------------
# Option types: argparse shows an ArgumentTypeError's text as it is ("argument --jobs/-j:
# ..."), where a bare ValueError would read "invalid positive_int value".


def positive_int(text: str) -> int:
    try:
        value = int(text.replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, not {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0, not {text}")
    return value


def size(text: str) -> int:
    """A size in bytes, with or without a unit: 200MB, 512M, 2G, 1.5GiB, 1000000."""
    try:
        value = memory.parse_size(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be more than 0, not {text}")
    return value


def add_output_path(
    parser: argparse.ArgumentParser, what: str = "output folder or one JSON file"
) -> None:
    """The `PATH` every reader of written output takes: `report`, `export`, `review` ..."""
    from pipeline.outputs import DEFAULT_OUTPUT

    parser.add_argument(
        "path",
        nargs="?",
        type=Path,
        default=DEFAULT_OUTPUT,
        metavar="PATH",
        help=f"{what} (default: {DEFAULT_OUTPUT}/)",
    )


def add_allow_empty(parser: argparse.ArgumentParser, kind: str) -> None:
    parser.add_argument(
        "--allow-empty",
        action="store_true",
        help=f"a folder without {kind} is not an error: exit 0 (with an empty result)",
    )


def add_quiet(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("-q", "--quiet", action="store_true", help=what)


# ---------------------------------------------------------------------------------------------
# Colour


def colour_wanted(stream: IO[str]) -> bool:
    """Colour only on a terminal, and never with NO_COLOR set (https://no-color.org)."""
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def console_for(stream: IO[str]) -> Console:
    """A rich console writing plain text off a terminal and colour on one; never wraps."""
    from rich.console import Console

    colour = colour_wanted(stream)
    return Console(
        file=stream,
        highlight=False,
        soft_wrap=True,
        emoji=False,
        markup=False,
        no_color=not colour,
        force_terminal=colour or None,
        color_system="auto" if colour else None,
    )
