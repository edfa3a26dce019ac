"""`nominations diff`: changes by meaning, three formats, exit status; and the CI that runs it."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline import diff, diff_render, diff_values
from pipeline.models import Document

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_OUTPUT = Path(__file__).parent / "fixtures" / "review" / "output"
BATCH = "exchange-batch.json"
SINGLE = "auditors-uy.json"
SAMPLE_OUTPUT = ROOT / "output" / "gssd2014.json"
WORKFLOW = ROOT / ".github" / "workflows" / "extraction-diff.yml"
CHECK_SCRIPT = ROOT / "scripts" / "check-output-diff"


def run_diff(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    """Run the command as the CLI does (add_arguments, then command): status, stdout, stderr."""
    parser = argparse.ArgumentParser(prog="nominations diff")
    diff.add_arguments(parser)
    status = diff.command(parser.parse_args([str(arg) for arg in argv]))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def copy_output(tmp_path: Path, name: str) -> Path:
    target = tmp_path / name
    shutil.copytree(FIXTURE_OUTPUT, target)
    return target


def edit_document(path: Path, edit: Callable[[Document], None]) -> None:
    document = Document.model_validate_json(path.read_bytes())
    edit(document)
    path.write_text(document.model_dump_json(indent=2), encoding="utf-8")


def change_first_phone(document: Document) -> tuple[str, str, str]:
    """Change one phone number (a nominee's, else a contact's): (field, old, new)."""
    for card in document.cards:
        if card.nominee.phones:
            old = card.nominee.phones[0]
            card.nominee.phones[0] = _other_number(old)
            return "nominee.phones", old, card.nominee.phones[0]
        for contact in card.contacts:
            if contact.phones:
                old = contact.phones[0]
                contact.phones[0] = _other_number(old)
                return f"contact “{contact.name}”.phones", old, contact.phones[0]
    raise AssertionError("the document has no phone number to change")


def _other_number(number: str) -> str:
    return number[:-1] + ("1" if number[-1] != "1" else "2")


# -- acceptance: identical folders, one phone number changed


def test_identical_folders_exit_0_and_say_no_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = copy_output(tmp_path, "new")
    for fmt in diff.FORMATS:
        status, out, err = run_diff(capsys, FIXTURE_OUTPUT, new, "--format", fmt)
        assert status == 0, err
        assert err == ""
        if fmt == "json":
            assert json.loads(out)["changed"] is False
        else:
            assert "no changes" in out
    assert run_diff(capsys, FIXTURE_OUTPUT, new)[1] == "no changes\n"


def assert_exactly_one_phone_change(
    capsys: pytest.CaptureFixture[str],
    old: Path,
    new: Path,
    file: str,
    change: tuple[str, str, str],
) -> None:
    field, old_number, new_number = change

    status, out, _ = run_diff(capsys, old, new, "--format", "json")
    assert status == 1
    report = json.loads(out)
    changes = [c for entry in report["files"] for c in entry["changes"]]
    assert len(changes) == 1, changes
    assert changes[0]["field"] == field
    assert (changes[0]["old"], changes[0]["new"]) == (old_number, new_number)
    assert [entry["file"] for entry in report["files"] if entry["changes"]] == [file]

    status, out, _ = run_diff(capsys, old, new, "--format", "text")
    assert status == 1
    change_lines = [line for line in out.splitlines() if line.startswith("    ")]
    assert change_lines == [f"    ~ {field}: {old_number} → {new_number}"]
    assert out.splitlines()[-1].endswith("1 change")

    status, out, _ = run_diff(capsys, old, new, "--format", "markdown")
    assert status == 1
    assert out.count("\n- ") == 1
    assert f"{old_number} → {new_number}" in out
    assert "<details>" in out and "</details>" in out
    table_rows = [line for line in out.splitlines() if line.startswith(f"| {file}")]
    assert len(table_rows) == 1 and "| 1 |" in table_rows[0]


def test_one_changed_phone_number_is_the_only_change_in_every_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = copy_output(tmp_path, "new")
    changed: list[tuple[str, str, str]] = []
    edit_document(new / BATCH, lambda document: changed.append(change_first_phone(document)))
    assert_exactly_one_phone_change(capsys, FIXTURE_OUTPUT, new, BATCH, changed[0])


def test_contact_phone_change_is_reported_on_the_contact(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = copy_output(tmp_path, "new")

    def edit(document: Document) -> None:
        document.cards[0].contacts[0].phones = ["+639170000000"]

    edit_document(new / BATCH, edit)
    status, out, _ = run_diff(capsys, FIXTURE_OUTPUT, new)
    assert status == 1
    assert "    ~ contact “Maria Santos”.phones: +639171234567 → +639170000000" in out


@pytest.mark.skipif(
    not SAMPLE_OUTPUT.exists(),
    reason="output/gssd2014.json is not committed yet (it comes from `nominations run input`)",
)
def test_one_changed_phone_number_in_the_sample_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    shutil.copy(SAMPLE_OUTPUT, old / SAMPLE_OUTPUT.name)
    shutil.copy(SAMPLE_OUTPUT, new / SAMPLE_OUTPUT.name)
    assert run_diff(capsys, old, new)[:2] == (0, "no changes\n")
    changed: list[tuple[str, str, str]] = []
    edit_document(new / SAMPLE_OUTPUT.name, lambda d: changed.append(change_first_phone(d)))
    assert_exactly_one_phone_change(capsys, old, new, SAMPLE_OUTPUT.name, changed[0])


# -- what counts as a change


def test_key_order_and_indentation_are_not_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = copy_output(tmp_path, "new")
    data = json.loads((new / BATCH).read_text(encoding="utf-8"))
    reordered = {key: data[key] for key in reversed(list(data))}
    (new / BATCH).write_text(json.dumps(reordered, separators=(",", ":")), encoding="utf-8")
    assert run_diff(capsys, FIXTURE_OUTPUT, new)[0] == 0


def test_entity_offsets_are_not_changes_but_the_multiset_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = copy_output(tmp_path, "new")

    def edit(document: Document) -> None:
        entities = document.cards[0].entities
        entities[0].start += 1  # moved: no change
        entities.reverse()  # reordered: no change
        # One of the four mentions of the alliance goes; a new country appears.
        alliance = next(e for e in entities if e.text == "SACA")
        entities.remove(alliance)
        entities.append(alliance.model_copy(update={"label": "COUNTRY", "normalized": "TH"}))

    edit_document(new / BATCH, edit)
    result = diff.diff_paths(FIXTURE_OUTPUT, new)
    changes = [(c.field, c.action, c.old or c.new, c.count) for c in result.files[1].changes]
    assert changes == [
        ("entity COUNTRY", "added", "TH", 1),
        ("entity ORG", "removed", "Southeast Asian Cooperative Alliance", 1),
    ]


def test_section_text_change_is_a_shortened_word_diff(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = copy_output(tmp_path, "new")

    def edit(document: Document) -> None:
        section = document.cards[0].sections[0]
        section.text = section.text.replace("two weeks", "three weeks")

    edit_document(new / BATCH, edit)
    status, out, _ = run_diff(capsys, FIXTURE_OUTPUT, new)
    assert status == 1
    assert "  card A › §1 description\n    ~ text:\n" in out
    # Six unchanged words either side.
    expected = (
        "… a host network invites delegations for [-two-]{+three+} weeks of site visits, peer "
        "reviews …"
    )
    assert f"        {expected}\n" in out


def test_word_diff_marks_paragraph_breaks_and_shortens_long_runs() -> None:
    hunks = diff_values.word_diff("one two.\n\nthree four", "one two. three four")
    assert [hunk.plain() for hunk in hunks] == ["one two. [-¶-] three four"]
    long_old = " ".join(f"w{i}" for i in range(100))
    (hunk,) = diff_values.word_diff(f"start {long_old} end", "start end")
    assert hunk.plain() == "start [-w0 w1 w2 w3 w4 w5 w6 w7 w8 w9 … (80 more words) … " + (
        "w90 w91 w92 w93 w94 w95 w96 w97 w98 w99-] end"
    )
    assert diff_values.word_diff("same words", "same  words") == ()


def test_a_change_of_line_breaks_only_is_still_reported(tmp_path: Path) -> None:
    new = copy_output(tmp_path, "new")

    def join_list_items(document: Document) -> None:
        section = document.cards[0].sections[1]
        section.text = section.text.replace(";\n(", "; (")

    edit_document(new / BATCH, join_list_items)
    (change,) = diff.diff_paths(FIXTURE_OUTPUT, new).files[1].changes
    assert (change.where, change.field, change.new) == (
        "card A › §2 main_partners",
        "text",
        "new spacing or line breaks",
    )


def test_sections_renamed_rekeyed_renumbered_added_and_removed(tmp_path: Path) -> None:
    new = copy_output(tmp_path, "new")

    def edit(document: Document) -> None:
        card = document.cards[1]  # sections 1 description, 3 horizontal_cooperation, 10 contacts
        card.sections[0].heading = "Description of the initiative"  # renamed
        card.sections[1].number = 2  # renumbered, matched by key
        card.sections[2].key = "other"  # re-keyed, matched by number
        extra = card.sections[0].model_copy(update={"number": 4, "key": "sustainability"})
        card.sections.append(extra)  # added
        document.cards[0].sections.pop(1)  # removed

    edit_document(new / BATCH, edit)
    changes = [
        (c.where, c.field, c.action, c.old, c.new)
        for c in diff.diff_paths(FIXTURE_OUTPUT, new).files[1].changes
    ]
    assert changes == [
        ("card A › §2 main_partners", "section", "removed", "Main partners", None),
        (
            "card B › §1 description",
            "heading",
            "changed",
            "Description and Title of the South-South Initiative, including background and "
            "challenges",
            "Description of the initiative",
        ),
        ("card B › §2 horizontal_cooperation", "number", "changed", "3", "2"),
        ("card B › §10 other", "key", "changed", "contacts", "other"),
        (
            "card B › §4 sustainability",
            "section",
            "added",
            None,
            "Description of the initiative",
        ),
    ]


def test_cards_without_letters_are_matched_by_title(tmp_path: Path) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    shutil.copy(FIXTURE_OUTPUT / SINGLE, old)
    shutil.copy(FIXTURE_OUTPUT / SINGLE, new)

    def retitle(document: Document) -> None:
        document.cards[0].title = "Training cooperative auditors"

    edit_document(new, retitle)
    (file_diff,) = diff.diff_paths(old, new).files
    assert file_diff.name == "old.json → new.json"
    assert [(c.field, c.new) for c in file_diff.changes] == [
        ("title", "Training cooperative auditors")
    ]

    shutil.copy(FIXTURE_OUTPUT / SINGLE, new)

    def add_card_first(document: Document) -> None:
        document.cards.insert(0, document.cards[0].model_copy(update={"title": "A new card"}))

    edit_document(new, add_card_first)
    changes = diff.diff_paths(old, new).files[0].changes
    assert [(c.where, c.action) for c in changes] == [("card “A new card”", "added")]


def test_cards_contacts_and_warnings_added_and_removed(tmp_path: Path) -> None:
    new = copy_output(tmp_path, "new")

    def edit(document: Document) -> None:
        document.cards.pop()  # card B removed
        document.cards[0].contacts.pop()  # Arif Hidayat removed
        document.cards[0].contacts[0].role = "Executive Director"
        document.warnings = []

    edit_document(new / BATCH, edit)
    summary = [
        (c.category, c.where, c.field, c.action)
        for c in diff.diff_paths(FIXTURE_OUTPUT, new).files[1].changes
    ]
    assert summary == [
        ("warning", "document", "warning", "removed"),
        ("contact", "card A", "contact “Maria Santos”.role", "changed"),
        ("contact", "card A", "contact", "removed"),
        ("card", "card B", "card", "removed"),
    ]


def test_version_changes_are_ignored_only_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = copy_output(tmp_path, "new")

    def upgrade(document: Document) -> None:
        document.pipeline.version = "0.2.0"
        document.pipeline.spacy_model = "en_core_web_sm 3.9.0"

    edit_document(new / BATCH, upgrade)
    status, out, _ = run_diff(capsys, FIXTURE_OUTPUT, new)
    assert status == 1
    assert "~ pipeline.version: 0.1.0 → 0.2.0" in out
    assert "~ pipeline.spacy_model: en_core_web_sm 3.8.0 → en_core_web_sm 3.9.0" in out
    assert run_diff(capsys, FIXTURE_OUTPUT, new, "--ignore-version")[:2] == (0, "no changes\n")


def test_code_fingerprint_changes_are_ignored_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = copy_output(tmp_path, "new")

    def new_code(document: Document) -> None:
        document.pipeline.code = "0123456789abcdef"

    edit_document(new / BATCH, new_code)
    status, out, _ = run_diff(capsys, FIXTURE_OUTPUT, new)
    assert status == 1
    assert "~ pipeline.code:" in out and "0123456789abcdef" in out
    assert run_diff(capsys, FIXTURE_OUTPUT, new, "--ignore-code")[:2] == (0, "no changes\n")
    assert run_diff(capsys, FIXTURE_OUTPUT, new, "--ignore-version")[:2] == (0, "no changes\n")


def test_files_added_and_removed_and_the_manifest_ignored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = copy_output(tmp_path, "new")
    (new / SINGLE).rename(new / "auditors-uy-2017.json")
    (new / "_manifest.json").write_text('{"anything": "else"}', encoding="utf-8")
    status, out, _ = run_diff(capsys, FIXTURE_OUTPUT, new, "--format", "json")
    assert status == 1
    statuses = {entry["file"]: entry["status"] for entry in json.loads(out)["files"]}
    assert statuses == {
        "auditors-uy-2017.json": "added",
        "auditors-uy.json": "removed",
        "exchange-batch.json": "unchanged",
    }


def test_markdown_escapes_what_github_would_interpret(tmp_path: Path) -> None:
    new = copy_output(tmp_path, "new")

    def edit(document: Document) -> None:
        document.cards[0].title = "Cooperatives | <b>R&D</b> *now*"

    edit_document(new / BATCH, edit)
    markdown = diff_render.render_markdown(diff.diff_paths(FIXTURE_OUTPUT, new))
    assert "Cooperatives \\| &lt;b&gt;R&amp;D&lt;/b&gt; \\*now\\*" in markdown
    assert "<b>R&D</b>" not in markdown


def test_text_is_plain_off_a_terminal_and_coloured_on_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = copy_output(tmp_path, "new")
    edit_document(new / BATCH, change_first_phone)
    _, out, _ = run_diff(capsys, FIXTURE_OUTPUT, new)
    assert "\x1b[" not in out
    from rich.console import Console

    console = Console(force_terminal=True, color_system="standard", width=200)
    with console.capture() as capture:
        for line in diff_render.text_lines(diff.diff_paths(FIXTURE_OUTPUT, new)):
            console.print(line)
    assert "\x1b[" in capture.get()


@pytest.mark.parametrize(
    ("make_paths", "message"),
    [
        (lambda tmp: (tmp / "missing", FIXTURE_OUTPUT), "no such file or folder: "),
        (lambda tmp: (tmp, tmp), "no JSON documents found (give --allow-empty"),
        (lambda tmp: (FIXTURE_OUTPUT / BATCH, FIXTURE_OUTPUT), "compare two folders or two"),
    ],
)
def test_bad_paths_exit_2_with_one_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    make_paths: Callable[[Path], tuple[Path, Path]],
    message: str,
) -> None:
    status, out, err = run_diff(capsys, *make_paths(tmp_path))
    assert (status, out) == (2, "")
    assert err.count("\n") == 1 and message in err and err.startswith("nominations diff: error:")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"cards": [', "not valid JSON"),
        ('{"cards": []}', "not a nomination document"),
    ],
)
def test_invalid_documents_exit_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    new = copy_output(tmp_path, "new")
    (new / BATCH).write_text(content, encoding="utf-8")
    status, _, err = run_diff(capsys, FIXTURE_OUTPUT, new)
    assert status == 2
    assert err.count("\n") == 1 and f"{BATCH}: {message}" in err


# -- the CI pieces: scripts/check-output-diff and the GitHub workflow


def fake_nominations(bin_dir: Path, regenerated: Path) -> Path:
    """A `nominations` whose `run` copies `regenerated` (the real `run` needs spaCy and PDFs)
    and whose other commands are the real ones, called as pipeline/cli.py calls them."""
    bin_dir.mkdir(parents=True, exist_ok=True)
    dispatch = bin_dir / "dispatch.py"
    dispatch.write_text(
        "import argparse, importlib, sys\n"
        "module = importlib.import_module('pipeline.' + sys.argv[1])\n"
        "parser = argparse.ArgumentParser(prog='nominations ' + sys.argv[1])\n"
        "module.add_arguments(parser)\n"
        "sys.exit(module.command(parser.parse_args(sys.argv[2:])))\n",
        encoding="utf-8",
    )
    program = bin_dir / "nominations"
    program.write_text(
        "#!/usr/bin/env bash\n"
        'if [ "$1" = run ]; then\n'
        "  while [ $# -gt 0 ]; do\n"
        '    if [ "$1" = --out ]; then out=$2; fi\n'
        "    shift\n"
        "  done\n"
        '  mkdir -p "$out" && cp ' + f"'{regenerated}'" + '/*.json "$out"/\n'
        '  exit "${FAKE_RUN_STATUS:-0}"\n'
        "fi\n"
        f"exec '{sys.executable}' '{dispatch}' \"$@\"\n",
        encoding="utf-8",
    )
    program.chmod(0o755)
    return program


def fake_environment(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), **(extra or {})}
    env.pop("FORCE_COLOR", None)
    return env


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """A project folder with the check script, a committed output/ and a fake tool in .venv."""
    project = tmp_path / "project"
    (project / "scripts").mkdir(parents=True)
    (project / "input").mkdir()
    shutil.copy(CHECK_SCRIPT, project / "scripts" / CHECK_SCRIPT.name)
    shutil.copytree(FIXTURE_OUTPUT, project / "output")
    return project


def test_check_script_passes_when_output_is_current(project_copy: Path, tmp_path: Path) -> None:
    fake_nominations(project_copy / ".venv" / "bin", regenerated=FIXTURE_OUTPUT)
    result = subprocess.run(
        [str(project_copy / "scripts" / "check-output-diff")],
        capture_output=True,
        text=True,
        env=fake_environment(),
        check=False,
    )
    assert (result.returncode, result.stdout) == (0, "no changes\n"), result.stderr


def test_check_script_fails_with_the_diff_when_output_is_stale(
    project_copy: Path, tmp_path: Path
) -> None:
    regenerated = copy_output(tmp_path, "regenerated")
    edit_document(regenerated / BATCH, change_first_phone)
    fake_nominations(project_copy / ".venv" / "bin", regenerated=regenerated)
    script = str(project_copy / "scripts" / "check-output-diff")
    result = subprocess.run(
        [script], capture_output=True, text=True, env=fake_environment(), check=False
    )
    assert result.returncode == 1
    assert "~ nominee.phones: +639171234567 → +639171234561" in result.stdout
    assert "output/ is stale" in result.stderr

    result = subprocess.run(
        [script],
        capture_output=True,
        text=True,
        env=fake_environment({"FAKE_RUN_STATUS": "1"}),
        check=False,
    )
    assert result.returncode == 2 and "'nominations run' failed" in result.stderr


def workflow_step(name: str) -> str:
    """The `run:` script of the workflow step called `name` (a small reader: no YAML library)."""
    lines = WORKFLOW.read_text(encoding="utf-8").splitlines()
    start = lines.index(f"      - name: {name}")
    run_line = next(i for i in range(start + 1, len(lines)) if lines[i].strip() == "run: |")
    indent = len(lines[run_line]) - len(lines[run_line].lstrip()) + 2
    script: list[str] = []
    for line in lines[run_line + 1 :]:
        if line.strip() and len(line) - len(line.lstrip()) < indent:
            break
        script.append(line[indent:])
    return "\n".join(script) + "\n"


def run_workflow_step(name: str, env: dict[str, str], cwd: Path) -> int:
    # GitHub runs `shell: bash` steps as `bash --noprofile --norc -eo pipefail {0}`.
    step = subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", workflow_step(name)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    return step.returncode


@pytest.mark.parametrize("stale", [False, True])
def test_workflow_commands_write_the_summary_and_fail_on_stale_output(
    tmp_path: Path, stale: bool
) -> None:
    workflow = WORKFLOW.read_text(encoding="utf-8")
    assert "on:\n  pull_request:" in workflow
    assert 'python-version: "3.11"' in workflow
    assert 'python -m pip install "$NOMINATIONS_PACKAGE"' in workflow
    assert 'NOMINATIONS_PACKAGE: "nominations @ git+https://github.com/' in workflow

    repository = tmp_path / "repository"
    (repository / "input").mkdir(parents=True)
    shutil.copytree(FIXTURE_OUTPUT, repository / "output")
    regenerated = copy_output(tmp_path, "regenerated")
    if stale:
        edit_document(regenerated / BATCH, change_first_phone)
    bin_dir = tmp_path / "bin"
    fake_nominations(bin_dir, regenerated)
    runner_temp = tmp_path / "runner-temp"
    runner_temp.mkdir()
    summary, outputs = tmp_path / "summary.md", tmp_path / "github-output"
    env = fake_environment(
        {
            "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
            "RUNNER_TEMP": str(runner_temp),
            "GITHUB_STEP_SUMMARY": str(summary),
            "GITHUB_OUTPUT": str(outputs),
            "INPUT_DIR": "input",
            "OUTPUT_DIR": "output",
            "DIFF_OPTIONS": "",
        }
    )

    assert run_workflow_step("Regenerate output", env, repository) == 0
    assert run_workflow_step("Compare with the committed output", env, repository) == 0
    step_outputs = outputs.read_text(encoding="utf-8").splitlines()
    assert step_outputs == ["status=0", f"status={int(stale)}"]
    markdown = summary.read_text(encoding="utf-8")
    assert markdown.startswith("## Extraction diff\n")
    if stale:
        assert "| exchange-batch.json | changed |" in markdown
        assert "+639171234567 → +639171234561" in markdown
    else:
        assert "no changes" in markdown

    env.update(RUN_STATUS="0", DIFF_STATUS=str(int(stale)))
    status = run_workflow_step("Fail when the committed output is stale", env, repository)
    assert status == int(stale)
