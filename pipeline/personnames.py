"""Person names: honorifics and titles written before a name."""

from __future__ import annotations

import re

# One honorific or title as written before a name ("Dr.", "Dato' Sri", "H.E.").
HONORIFIC = (
    r"(?:(?:(?:Datuk|Dato|Tan)(?:'|’)?\s+(?:Seri|Sri)"
    r"|Mr|Mrs|Ms|Miss|Mx|Dr|Dra|Prof|Professor|Sir|Dame|Datuk|Datin|Dato|Hon|Rev|Lic|Lcda|Lcdo|Ing|Arq"
    r"|Fr|Sr|Sra|Srta|Mme|Mlle|Eng|Engr|Atty|Amb|Ambassador|H\.\s?E|S\.\s?E"
    r"|MR|MRS|MS|DR|PROF)(?:\.|'|’)?)"
)
_HONORIFICS_AT_START = re.compile(rf"^(?:{HONORIFIC}(?:\s+|$))+")


def split_honorific(name: str) -> tuple[str | None, str]:
    """('Datuk Dr.', 'Denison J.') from 'Datuk Dr. Denison J.'; (None, name) without one."""
    stripped = name.strip()
    match = _HONORIFICS_AT_START.match(stripped)
    if match is None:
        return None, stripped
    honorific = match.group().strip()
    return honorific, stripped[match.end() :].strip()
