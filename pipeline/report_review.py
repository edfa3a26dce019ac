"""The report's review panels: the corrections applied to a document (and the stale ones),
and the review queue, each item with its context and a correction to copy (one button per
item, and one for the whole draft file). Kept apart from report_document.py and report_card.py,
which draw the page and its cards."""

from __future__ import annotations

from html import escape

from pipeline.models import Document, Entity
from pipeline.review import ReviewItem, document_queue, drop_snippet, review_items

REVIEW_CSS = """
.corrections { background: #f0fdf4; border-color: #86efac; }
.corrections ul, .review ol { margin: 0; padding-left: 20px; }
.corrections .stale { color: #b45309; }
.review { background: #fdf4ff; border-color: #e9d5ff; }
.review li { margin: 0 0 10px; }
.review .context { color: #4b5563; font-size: 13px; }
.review .context b { color: #111827; background: #fef9c3; padding: 0 2px; }
.review pre { display: inline-block; margin: 4px 8px 0 0; padding: 4px 8px; background: #f9fafb;
  border: 1px solid #e5e7eb; border-radius: 6px; font-size: 12px; white-space: pre-wrap; }
.review button, .corrections button { font-size: 12px; cursor: pointer; vertical-align: top;
  margin-top: 4px; }
mark.entity.corrected { outline: 2px solid #16a34a; outline-offset: 1px; }
mark.entity.low { border-bottom: 2px dotted #9333ea; }
.corrected-note { color: #15803d; font-size: 12px; margin-left: 4px; }
"""

# Copies the text of the <pre> just before the button; no network, nothing else.
COPY_SCRIPT = """
<script>
document.addEventListener("click", function (event) {
  var button = event.target.closest("button[data-copy]");
  if (!button) return;
  var text = document.getElementById(button.dataset.copy).textContent;
  navigator.clipboard.writeText(text).then(function () { button.textContent = "copied"; });
});
</script>
"""

CORRECTED_NOTE = '<span class="corrected-note" title="set by a correction">✎ correction</span>'


def review_marks(entity: Entity, notes: list[str]) -> tuple[str, list[str]]:
    """The extra class of an entity's <mark> and its notes: corrected, or low confidence."""
    if entity.source == "correction":
        return " corrected", [*notes, "correction"]
    if entity.confidence == "low":
        return " low", [*notes, "low confidence"]
    return "", notes


def corrections_panel(document: Document) -> str:
    """Which corrections were applied, and which matched nothing (stale)."""
    record = document.corrections
    if record is None:
        return ""
    rows = [
        f"<li><code>{escape(ref.id)}</code> {ref.operation}, card {escape(ref.card)} "
        f"(line {ref.line})</li>"
        for ref in record.applied
    ]
    rows += [
        f'<li class="stale"><code>{escape(ref.id)}</code> {ref.operation}, card '
        f"{escape(ref.card)} (line {ref.line}): stale, matches nothing — remove it</li>"
        for ref in record.stale
    ]
    title = f"Corrections from {escape(record.file)}: {len(record.applied)} applied" + (
        f", {len(record.stale)} stale" if record.stale else ""
    )
    return f'<section class="panel corrections"><h2>{title}</h2><ul>{"".join(rows)}</ul></section>'


def review_panel(document: Document) -> str:
    """The low-confidence entities, each with a drop to copy; the whole draft file too."""
    items = review_items(document)
    if not items:
        return ""
    rows = "".join(_item_html(item, number) for number, item in enumerate(items, start=1))
    draft = escape(document_queue(document, items))
    return (
        f'<section class="panel review" id="review"><h2>Review queue: {len(items)} '
        "low-confidence entities</h2>"
        "<p class='meta'>Paste a correction under its card in corrections/&lt;pdf stem&gt;.yaml "
        "(or copy the whole draft below and delete the drops of entities that are right), "
        "then run again.</p>"
        f"<ol>{rows}</ol>"
        f'<details><summary>Draft corrections file</summary><pre id="review-all">{draft}</pre>'
        '<button type="button" data-copy="review-all">copy</button></details></section>'
        + COPY_SCRIPT
    )


def _item_html(item: ReviewItem, number: int) -> str:
    before, written, after = item.context
    snippet_id = f"review-{number}"
    return (
        f"<li><b>{item.entity.label}</b> {escape(written)} — {escape(item.where)}, "
        f"{escape(item.why)}"
        f'<div class="context">…{escape(before)}<b>{escape(written)}</b>{escape(after)}…</div>'
        f'<pre id="{snippet_id}">{escape(drop_snippet(item))}</pre>'
        f'<button type="button" data-copy="{snippet_id}">copy</button></li>'
    )
