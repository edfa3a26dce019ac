"""Word tables of the entities stage, read from pipeline/data/vocabulary.tsv (whose header
describes each list): organisation head words, roles, labels and the rest."""

from __future__ import annotations

from pipeline.text import fold
from pipeline.vocabulary import words

# Head words in any case, and abbreviations that count only in capitals ("NGO", not "Ngo").
ORG_KEYWORDS = frozenset(word for word in words("org_keyword") if not word.isupper())
CAPITALS_ONLY_ORG_KEYWORDS = frozenset(word for word in words("org_keyword") if word.isupper())
FOLDED_ORG_KEYWORDS = frozenset(fold(word) for word in ORG_KEYWORDS)
ROLE_WORDS = words("role_word")
# The role words as a regex alternation, longest first ("director-general" before "director").
ROLE_ALTERNATION = "|".join(sorted(ROLE_WORDS, key=len, reverse=True))
JOB_TITLE_ENDINGS = words("job_title_ending")
ROLE_FIELDS = words("role_field")
ACTION_VERBS = words("action_verb")
# A job title as it starts after a name: field words, then a role word ("Skills Specialist").
ROLE_START = (
    "(?:(?:" + "|".join(sorted(ROLE_FIELDS, key=len, reverse=True)) + r")\s+)*"
    "(?:" + ROLE_ALTERNATION + r")\b"
)
COMMON_ABBREVIATIONS = words("common_abbreviation")
PLATFORMS = words("platform")
LABEL_WORDS = words("label_word")
NOT_IN_PERSON_NAMES = words("not_in_person_name")
STATE_HEADS = words("state_head")
EVENT_HEADS = words("event_head")
THING_NOUNS = words("thing_noun")
PLACE_NOUNS = words("place_noun")
HONORIFICS = words("honorific")  # as written
AMBIGUOUS_HONORIFICS = words("ambiguous_honorific")  # as written
CREDENTIALS = words("credential")
ORG_KINDS = words("org_kind")
LINKING_WORDS = words("linking_word")
NAME_PARTICLES = words("name_particle")
PATRONYMIC_PARTICLES = words("patronymic_particle")
COMPOUND_NAME_HEADS = words("compound_name_head")
ARTICLES = words("article")  # as written
UNIT_HEADS = words("unit_head")
SENTENCE_OPENERS = words("sentence_opener")
