"""How record values read in a report: unknowns keep their reason, lists and choices read as words."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

from interview.record import Missing
from interview.staging.results import Status

_REASON = {
    "not_applicable": "not applicable",
    "skipped": "not asked",
    "dont_know": "unknown (the person did not know)",
    "declined": "unknown (the person preferred not to say)",
}

STATUS_WORDS = {Status.MET: "present", Status.NOT_MET: "absent", Status.UNKNOWN: "unknown"}
"""A staging flag's status as the clinician report words it (Markdown and HTML alike)."""
CRITERION_WORDS = {Status.MET: "met", Status.NOT_MET: "not met", Status.UNKNOWN: "unknown"}
"""A criterion's status (and, so far, a flag's) as the staging report (`interview stage`) words it."""


def words(name: str) -> str:
    """A field or choice name as words: 'role_dispute' -> 'role dispute'."""
    return name.replace("_", " ")


def lower_first(label: str) -> str:
    """Lower-case the first letter for use inside a sentence, unless the first word is an acronym."""
    first = label.split(" ", 1)[0]
    return label if first.isupper() else label[:1].lower() + label[1:]


def upper_first(text: str) -> str:
    """Upper-case the first letter only (str.capitalize would lower-case acronyms further on)."""
    return text[:1].upper() + text[1:]


def shown(value: object) -> str:
    """A record value as a reader sees it; unknown values say why they are unknown."""
    if isinstance(value, Missing):
        return _REASON[value.missing.value]
    if isinstance(value, Enum):
        return words(str(value.value))
    if isinstance(value, list):
        return ", ".join(shown(item) for item in value) if value else "none"
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def is_known(value: object) -> bool:
    """False for a Missing value."""
    return not isinstance(value, Missing)
