"""How `nominations diff` shows its result: text (styled on a terminal), markdown for a pull
request or CI job summary, and JSON for machines."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Sequence

from rich.text import Text

from pipeline.diff_model import (
    PLAIN_MARKS,
    Action,
    Category,
    Change,
    DiffResult,
    FileDiff,
    Hunk,
    SegmentKind,
    plural,
    segment_separators,
)

JSON_FORMAT_VERSION = 1


MAX_HUNKS_SHOWN = 8  # per text change, in the text and markdown formats (json has all)


MARKDOWN_BUDGET = 900_000  # GitHub job summaries hold 1 MiB; stay below it


ACTION_SIGNS: dict[Action, str] = {"added": "+", "removed": "-", "changed": "~"}


ACTION_STYLES: dict[Action, str] = {"added": "green", "removed": "red", "changed": "yellow"}


SEGMENT_STYLES: dict[SegmentKind, str] = {
    "context": "",
    "removed": "bold red strike",
    "added": "bold green",
}


def summary_line(result: DiffResult) -> str:
    changed = len(result.changed_files)
    return (
        f"{changed} of {plural(len(result.files), 'file')} changed, "
        f"{plural(result.change_count, 'change')}"
    )


def text_lines(result: DiffResult) -> list[Text]:
    """The text format as rich Text lines: styled on a terminal, `.plain` otherwise."""
    if not result.changed:
        return [Text("no changes")]
    lines: list[Text] = []
    for file in result.changed_files:
        lines.append(
            Text(f"{file.name} ({file.status}, {plural(len(file.changes), 'change')})", "bold")
        )
        for where, changes in _grouped_by_place(file.changes):
            lines.append(Text(f"  {where}", "bold cyan"))
            for change in changes:
                lines.extend(_change_lines(change))
        lines.append(Text(""))
    lines.append(Text(summary_line(result)))
    return lines


def _grouped_by_place(changes: Sequence[Change]) -> list[tuple[str, list[Change]]]:
    groups: list[tuple[str, list[Change]]] = []
    for change in changes:
        if groups and groups[-1][0] == change.where:
            groups[-1][1].append(change)
        else:
            groups.append((change.where, [change]))
    return groups


def _change_lines(change: Change) -> list[Text]:
    line = Text("    ")
    line.append(f"{ACTION_SIGNS[change.action]} {change.field}", ACTION_STYLES[change.action])
    if change.category == "correction":  # a human's value, not the pipeline's
        line.append(" [correction]", "bold magenta")
    if not change.hunks:
        line.append(": " + _change_value(change))
        return [line]
    line.append(":")
    shown = [_hunk_text(hunk, indent="        ") for hunk in change.hunks[:MAX_HUNKS_SHOWN]]
    return [line, *shown, *_more_hunks_note(change, "        ")]


def _hunk_text(hunk: Hunk, indent: str) -> Text:
    text = Text(indent + ("… " if hunk.starts_inside else ""))
    for separator, (kind, words) in zip(
        segment_separators(hunk.segments), hunk.segments, strict=True
    ):
        text.append(separator)
        text.append(PLAIN_MARKS[kind].format(words), SEGMENT_STYLES[kind])
    if hunk.ends_inside:
        text.append(" …")
    return text


def _more_hunks_note(change: Change, indent: str) -> list[Text]:
    hidden = len(change.hunks) - MAX_HUNKS_SHOWN
    if hidden <= 0:
        return []
    return [
        Text(f"{indent}… and {plural(hidden, 'more changed passage')} (see --format json)", "dim")
    ]


def _change_value(change: Change) -> str:
    times = f" (×{change.count})" if change.count > 1 else ""
    if change.action == "added":
        return f"{change.new}{times}"
    if change.action == "removed":
        return f"{change.old}{times}"
    return f"{change.old} → {change.new}"


def render_text(result: DiffResult) -> str:
    return "\n".join(line.plain for line in text_lines(result)) + "\n"


def render_json(result: DiffResult) -> str:
    data = {
        "format_version": JSON_FORMAT_VERSION,
        "changed": result.changed,
        "summary": {
            "files": len(result.files),
            "changed_files": len(result.changed_files),
            "changes": result.change_count,
        },
        "files": [
            {
                "file": file.name,
                "status": file.status,
                "counts": file.counts(),
                "changes": [change.as_json() for change in file.changes],
            }
            for file in result.files
        ],
    }
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


MARKDOWN_COLUMNS: dict[Category, str] = {
    "card": "Cards",
    "nominee": "Nominee",
    "section": "Sections",
    "text": "Text",
    "entity": "Entities",
    "contact": "Contacts",
    "warning": "Warnings",
    "correction": "Corrections",
    "document": "Document",
}


def render_markdown(result: DiffResult) -> str:
    """A summary table of counts per file, then a collapsible block of details per file."""
    lines = ["## Extraction diff", ""]
    if not result.changed:
        return "\n".join([*lines, f"no changes ({plural(len(result.files), 'file')} compared)", ""])
    lines += [summary_line(result) + ".", ""]
    lines.append("| File | Status | " + " | ".join(MARKDOWN_COLUMNS.values()) + " |")
    lines.append("|---|---|" + "--:|" * len(MARKDOWN_COLUMNS))
    for file in result.changed_files:
        counts = file.counts()
        cells = [str(counts[category] or "") for category in MARKDOWN_COLUMNS]
        lines.append(f"| {_md(file.name)} | {file.status} | " + " | ".join(cells) + " |")
    lines.append("")
    head = "\n".join(lines)
    details = [_markdown_details(file) for file in result.changed_files]
    return head + _within_budget(details, MARKDOWN_BUDGET - len(head))


def _within_budget(blocks: Sequence[str], budget: int) -> str:
    kept: list[str] = []
    used = 0
    for block in blocks:
        if used + len(block) > budget:
            left_out = len(blocks) - len(kept)
            kept.append(
                f"\n_Details of {plural(left_out, 'more file')} left out to fit the page; "
                "run `nominations diff` locally to see them._\n"
            )
            break
        kept.append(block)
        used += len(block)
    return "".join(kept)


def _markdown_details(file: FileDiff) -> str:
    lines = [
        "",
        f"<details><summary><b>{html.escape(file.name)}</b>: {file.status}, "
        f"{plural(len(file.changes), 'change')}</summary>",
        "",
    ]
    for where, changes in _grouped_by_place(file.changes):
        lines += [f"**{_md(where)}**", ""]
        for change in changes:
            # Words, not +/- signs: "- - x" would be a nested list in markdown.
            if change.hunks:
                lines.append(f"- {change.action} `{change.field}`:")
                lines += [f"  - {_markdown_hunk(hunk)}" for hunk in change.hunks[:MAX_HUNKS_SHOWN]]
                hidden = len(change.hunks) - MAX_HUNKS_SHOWN
                if hidden > 0:
                    lines.append(f"  - … and {plural(hidden, 'more changed passage')}")
            else:
                tag = " (correction)" if change.category == "correction" else ""
                value = _md(_change_value(change))
                lines.append(f"- {change.action} `{change.field}`{tag}: {value}")
        lines.append("")
    lines += ["</details>", ""]
    return "\n".join(lines)


def _markdown_hunk(hunk: Hunk) -> str:
    tags = {"context": "{}", "removed": "<del>{}</del>", "added": "<ins>{}</ins>"}
    return hunk.render(lambda kind, words: tags[kind].format(_md(words)))


def _md(text: str) -> str:
    """Text shown as itself in GitHub markdown: HTML-escaped, markdown punctuation escaped."""
    return re.sub(r"([\\`*_\[\]|~#])", r"\\\1", html.escape(text, quote=False))
