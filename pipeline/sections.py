"""Mapping a section heading to the form's canonical key by meaning, never by number."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from pipeline.models import SectionKey

# The form's questions and the wordings submitters use for them.
HEADING_VARIANTS: dict[SectionKey, tuple[str, ...]] = {
    "description": (
        "Description and Title of the South-South Initiative, including background and challenges",
        "Description and title of the initiative",
        "Background and description of the practice",
        "Description of the practice",
        "Background and challenges",
        "Title and description",
        "Summary of the initiative",
    ),
    "main_partners": (
        "Main partners",
        "Partners",
        "Key partners and stakeholders",
        "Partner institutions",
        "Implementing partners",
    ),
    "horizontal_cooperation": (
        "Horizontal dimension of cooperation",
        "Horizontal cooperation",
        "South-South dimension of the cooperation",
        "Peer-to-peer exchange",
    ),
    "achievements_impact": (
        "Achievements and impact (from a SSTC perspective)",
        "Impact and results achieved",
        "Results and impact",
        "Achievements",
        "Outcomes and results",
    ),
    "sustainability": (
        "Sustainability",
        "Sustainability of the initiative",
        "Financial sustainability",
    ),
    "innovation": ("Innovation", "Innovative aspects", "What is innovative"),
    "replicability_scaling_up": (
        "Replicability and scaling up (South-South perspective)",
        "Potential for replication",
        "Replication and scaling up",
        "Scalability and replicability",
        "Lessons for replication",
    ),
    "areas_of_contribution": (
        "Areas of contribution",
        "Areas of contribution of the initiative",
        "Thematic areas",
        "Contribution to decent work",
    ),
    "awareness": (
        "Awareness of the initiative",
        "Dissemination and visibility",
        "Visibility and communication",
        "Awareness raising",
        "Publications and media",
    ),
    "contacts": (
        "Contacts",
        "Contact details",
        "Contact information",
        "Contact persons",
        "Contact",
    ),
    "ilo_contacts": ("ILO Contacts", "ILO contact persons", "ILO focal points", "ILO focal point"),
}
MIN_SCORE = 0.6
STOPWORDS = frozenset(
    {
        "a",
        "an",
        "and",
        "the",
        "of",
        "in",
        "on",
        "for",
        "from",
        "to",
        "with",
        "its",
        "their",
        "this",
        "by",
        "as",
        "at",
        "or",
        "perspective",
    }
)


# "Sustainability: how will the work continue when funding ends?": the question after the
# colon may use another section's words (partners, results), so the name before it decides.
QUESTION_AFTER_NAME = re.compile(
    r"^(?P<name>[^:?]{3,60}?)\s*[:\u2013\u2014]\s+(?P<question>.+\?|"
    r"(?:how|what|which|who|whom|why|when|where|to what|in what|is|are|does|do|did|has|have|"
    r"can|could|will|would)\b.*)$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)
def section_key(heading: str) -> SectionKey:
    """The canonical key whose wordings the heading is closest to; 'other' when none is close."""
    question = QUESTION_AFTER_NAME.match(heading.strip())
    if question:
        key = closest_key(question["name"])
        if key != "other":
            return key
    return closest_key(heading)


def closest_key(heading: str) -> SectionKey:
    words = content_words(heading)
    if not words:
        return "other"
    if "ilo" in words and words & {"contact", "contacts", "focal"}:
        return "ilo_contacts"
    best_key: SectionKey = "other"
    best_score = 0.0
    for key, variants in HEADING_VARIANTS.items():
        for variant in variants:
            score = similarity(words, heading, variant)
            if score > best_score:
                best_key, best_score = key, score
    return best_key if best_score >= MIN_SCORE else "other"


def similarity(words: frozenset[str], heading: str, variant: str) -> float:
    """Word overlap (stems), softened by character similarity for reworded headings."""
    variant_words = content_words(variant)
    stems = {stem(w) for w in words}
    variant_stems = {stem(w) for w in variant_words}
    shared = len(stems & variant_stems)
    if not shared:
        return 0.0
    # Coverage of the variant matters most: "Contacts" is fully present in "Asia Contacts".
    coverage = shared / len(variant_stems)
    precision = shared / len(stems)
    chars = SequenceMatcher(None, normalise(heading), normalise(variant)).ratio()
    return 0.55 * coverage + 0.25 * precision + 0.2 * chars


def content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z]+", text.lower()) if w not in STOPWORDS)


def stem(word: str) -> str:
    for suffix in ("ability", "ation", "ility", "ments", "ment", "ness", "ing", "ies", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def normalise(text: str) -> str:
    return " ".join(re.findall(r"[a-z]+", text.lower()))
