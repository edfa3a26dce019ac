"""Thin command-line face: each command lives in the module that does the work.

Every command module exposes `add_arguments(parser)`, `command(args) -> int` and
`EXAMPLES` (shown at the end of its --help), so all the CLI does can also be done from
Python. Exit status, in every command: 0 done, 1 the command's finding (a failed file, an
invalid document, a change), 2 nothing done (a wrong path, option or input).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from pipeline import __version__
from pipeline.voice import EXIT_USAGE

# command name -> (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "run": ("pipeline.batch", "process PDFs (files and/or folders) into one JSON per PDF"),
    "validate": ("pipeline.write", "validate JSON outputs against the committed schema"),
    "schema": ("pipeline.write_schema", "write the JSON Schema, or --check that it is current"),
    "diff": ("pipeline.diff", "what changed between two output folders or files"),
    "report": ("pipeline.report", "write a self-contained HTML review page per document"),
    "export": ("pipeline.export", "write contacts, entities and nominations as CSV or XLSX"),
    "catalogue": (
        "pipeline.catalogue.command",
        "a searchable site and data files of every nomination, organisation and contact",
    ),
    "review": ("pipeline.review", "list low-confidence entities with ready corrections"),
    "corrections": ("pipeline.corrections.check", "check corrections: stale or invalid ones"),
}
USAGE_ERROR = EXIT_USAGE


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nominations",
        description="Turn nomination PDFs into structured, schema-validated JSON.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (module_name, help_text) in COMMANDS.items():
        module = importlib.import_module(module_name)
        sub = commands.add_parser(
            name,
            help=help_text,
            description=module.__doc__,
            epilog="Examples:\n" + module.EXAMPLES.strip("\n"),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        module.add_arguments(sub)
        sub.set_defaults(handler=module.command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    try:
        return int(args.handler(args))
    except KeyboardInterrupt:
        print("nominations: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
