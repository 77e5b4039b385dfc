"""Drug names typed with slips: "zolfot" is Zoloft, "sertaline" is sertraline."""

from __future__ import annotations

from collections.abc import Sequence

from interview.engine.understanding.matching import Ambiguous, match_name
from interview.engine.understanding.results import NotUnderstood, Understanding, Understood
from interview.engine.understanding.text import MAX_ANSWER_LENGTH, TOO_LONG_MESSAGE, normalize

MIN_DRUG_PREFIX = 4
"""Shortest beginning of a name taken as that name: "sert" is sertraline, "ser" could be many."""

_MESSAGE = "I don't recognise that medicine; please check the spelling (generic or brand name)."


def understand_drug_name(text: str, names: Sequence[str]) -> Understanding:
    """Match a typed drug name against the known generic and brand names.

    Args:
        text: What the person typed.
        names: The known names, as they should be recorded.

    Returns:
        Understood with the name as given in `names`; approximate unless it matched exactly
        ignoring case; a re-prompt listing the candidates when several fit equally.
    """
    if len(text) > MAX_ANSWER_LENGTH:
        return NotUnderstood(TOO_LONG_MESSAGE + " " + _MESSAGE)
    known = list(dict.fromkeys(names))
    found = match_name(normalize(text), [[name] for name in known], min_prefix=MIN_DRUG_PREFIX)
    if isinstance(found, Ambiguous):
        candidates = ", ".join(known[i] for i in found.indices)
        return NotUnderstood(f"Did you mean one of: {candidates}? Please type the full name.")
    if found is None:
        return NotUnderstood(_MESSAGE)
    return Understood(known[found.index], known[found.index], approximate=found.approximate)
