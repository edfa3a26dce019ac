"""One voice across commands: every command answers the same situation with the same
message and exit status (a table over commands × situations), accepts what its help shows,
and ends its --help with examples."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline.cli import COMMANDS, build_parser, main

FIXTURE_OUTPUT = Path(__file__).parent / "fixtures" / "review" / "output"
ALLOW = "(give --allow-empty to accept an empty folder)"

# What each command reads, as its "nothing found" message names it.
KIND = {
    "run": "PDF files",
    "validate": "JSON documents",
    "report": "JSON documents",
    "export": "JSON documents",
    "diff": "JSON documents",
}


def arguments(command: str, path: Path, tmp_path: Path) -> list[str]:
    """The command run on `path`, writing (if it writes) inside tmp_path."""
    out = ["-o", str(tmp_path / f"{command}-out")]
    return {
        "run": ["run", str(path), *out],
        "validate": ["validate", str(path)],
        "report": ["report", str(path), *out],
        "export": ["export", str(path), *out],
        "diff": ["diff", str(path), str(path)],
    }[command]


def shown_paths(command: str, path: Path) -> str:
    return f"{path}, {path}" if command == "diff" else str(path)


def missing(tmp_path: Path) -> Path:
    return tmp_path / "nowhere"


def empty_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "empty"
    folder.mkdir()
    (folder / "readme.txt").write_text("nothing to read here", encoding="utf-8")
    return folder


def not_json(tmp_path: Path) -> Path:
    path = tmp_path / "broken.json"
    path.write_text('{"cards": [', encoding="utf-8")
    return path


SITUATIONS: dict[str, tuple[Callable[[Path], Path], Callable[[str, Path], str]]] = {
    "missing path": (missing, lambda command, path: f"no such file or folder: {path}"),
    "empty folder": (
        empty_folder,
        lambda command, path: f"{shown_paths(command, path)}: no {KIND[command]} found {ALLOW}",
    ),
    "not JSON": (
        not_json,
        lambda command, path: (
            f"{path}: not valid JSON: Expecting value: line 1 column 12 (char 11)"
        ),
    ),
}
READERS_OF_JSON = ("validate", "report", "export", "diff")
CASES = [
    (command, situation)
    for situation in SITUATIONS
    for command in KIND
    if not (situation == "not JSON" and command not in READERS_OF_JSON)
]


@pytest.mark.parametrize(("command", "situation"), CASES)
def test_same_situation_same_message_and_status(
    command: str, situation: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make, message = SITUATIONS[situation]
    path = make(tmp_path)
    assert main(arguments(command, path, tmp_path)) == 2
    captured = capsys.readouterr()
    assert captured.err == f"nominations {command}: error: {message(command, path)}\n"
    if situation != "not JSON":  # validate still counts the files it could check
        assert captured.out == ""
    assert not (tmp_path / f"{command}-out").exists()  # nothing written


@pytest.mark.parametrize("command", list(KIND))
def test_allow_empty_makes_an_empty_folder_fine(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = empty_folder(tmp_path)
    assert main([*arguments(command, folder, tmp_path), "--allow-empty", "-q"]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    ("argv", "complaint"),
    [
        (["run", "-j", "two"], "argument -j/--jobs: expected a whole number, not 'two'"),
        (["run", "--jobs", "0"], "argument -j/--jobs: must be 1 or more, not 0"),
        (["run", "--max-bytes", "lots"], "argument --max-bytes: not a size: 'lots'"),
        (["run", "--timeout", "soon"], "argument --timeout: expected a number of seconds"),
    ],
)
def test_bad_option_values_are_named_plainly(
    argv: list[str], complaint: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert f"nominations {argv[0]}: error: {complaint}" in err
    assert "invalid" not in err  # not argparse's "invalid positive_int value"


def test_options_accept_what_people_type() -> None:
    parser = build_parser()
    args = parser.parse_args(
        ["run", "in", "-o", "out", "-j", "2", "-f", "-q", "--max-bytes", "200MB"]
    )
    assert (args.out, args.jobs, args.force, args.quiet) == (Path("out"), 2, True, True)
    assert args.max_bytes == 200 * 1024**2
    assert parser.parse_args(["run", "--max-bytes", "1000"]).max_bytes == 1000
    export = parser.parse_args(["export"])
    assert (export.path, export.format) == (Path("output"), "xlsx")
    assert parser.parse_args(["report"]).path == Path("output")
    assert parser.parse_args(["validate"]).paths == []  # validate's own default: output/


@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_help_ends_with_examples(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([command, "--help"]) == 0
    help_text = capsys.readouterr().out
    examples = help_text[help_text.index("\nExamples:\n") :]
    assert f"  nominations {command}" in examples


def test_the_review_commands_default_to_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(FIXTURE_OUTPUT, tmp_path / "output")
    monkeypatch.chdir(tmp_path)
    assert main(["validate"]) == 0
    assert main(["report", "-q"]) == 0
    assert main(["export", "-q"]) == 0
    assert capsys.readouterr().out == "2 of 2 files valid\n"
    assert (tmp_path / "report" / "index.html").is_file()
    assert (tmp_path / "export" / "nominations.xlsx").is_file()
