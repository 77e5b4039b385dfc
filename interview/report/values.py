"""How record values read in a report: unknowns keep their reason, lists and choices read as words."""

from __future__ import annotations

import re
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
        return rounded(value)
    return str(value)


def rounded(value: float) -> str:
    """A number as people say it: whole from 10 up (17, not 17.3333), else one decimal (2.5)."""
    return f"{round(value):d}" if abs(value) >= 10 else f"{round(value, 1):g}"


def is_known(value: object) -> bool:
    """False for a Missing value."""
    return not isinstance(value, Missing)


_SECTIONS = {
    "safety": "safety screen",
    "current_episode": "current episode",
    "earlier_episodes": "earlier episode",
    "medication_trials": "medication trial",
    "psychotherapy_trials": "psychotherapy",
    "somatic_treatments": "somatic course",
    "lifestyle": "lifestyle",
    "interpersonal": "relationships",
    "illness_behaviour": "illness behaviour",
    "stress_load": "stress load",
    "well_being": "well-being",
    "comorbidity": "comorbidity",
    "preferences": "preferences",
    "appraisal": "appraisal",
}
_PATH = re.compile(r"\b(" + "|".join(_SECTIONS) + r")(?:\[(\d+)\])?((?:\.[a-z0-9_]+)+)")


def plain_paths(text: str) -> str:
    """Record paths in a sentence as words: "comorbidity.bipolar_features" -> "bipolar features
    (comorbidity)", "medication_trials[1].dose_mg_per_day" -> "dose mg per day (medication trial 2)"."""

    def spoken(match: re.Match[str]) -> str:
        section, index, rest = match.group(1), match.group(2), match.group(3)
        where = _SECTIONS[section] + (f" {int(index) + 1}" if index is not None else "")
        return f"{words(rest.rsplit('.', 1)[-1])} ({where})"

    return _PATH.sub(spoken, text)
