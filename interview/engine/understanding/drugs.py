"""Drug names typed with slips: "zolfot" is Zoloft, "sertaline" is sertraline."""

from __future__ import annotations

import re
from collections.abc import Sequence

from interview.engine.understanding.matching import Ambiguous, match_name
from interview.engine.understanding.results import NotUnderstood, Understanding, Understood
from interview.engine.understanding.text import MAX_ANSWER_LENGTH, TOO_LONG_MESSAGE, normalize

MIN_DRUG_PREFIX = 4
"""Shortest beginning of a name taken as that name: "sert" is sertraline, "ser" could be many."""

_NOTHING = frozenset({"none", "no", "nothing", "none of them", "no other", "nothing else", "n/a"})
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


def understand_drug_answer(text: str, names: Sequence[str], several: bool = False) -> Understanding:
    """A free-text answer naming a drug (or, with `several`, drugs separated by commas or 'and').

    A known name, brand or slip is understood as the catalogue spells it ("zolfot" -> "Zoloft");
    a name the catalogue does not know is kept as typed, and the read-back says so; a name that
    could be several drugs is asked again.
    """
    if len(text) > MAX_ANSWER_LENGTH:
        return NotUnderstood(TOO_LONG_MESSAGE + " " + _MESSAGE)
    if several and normalize(text) in _NOTHING:  # the record keeps "none" as an empty list
        return Understood(text.strip(), "None", approximate=False)
    pieces = [p.strip() for p in re.split(r",|;|\band\b|\+", text)] if several else [text.strip()]
    values: list[str] = []
    shown: list[str] = []
    approximate = False
    for piece in (p for p in pieces if p):
        found = understand_drug_name(piece, names)
        if isinstance(found, Understood):
            values.append(str(found.value))
            shown.append(found.display)
            approximate = approximate or found.approximate
        elif found.message.startswith("Did you mean"):
            return found
        else:
            values.append(piece)
            shown.append(f"{piece} (not in the drug catalogue)")
            approximate = True
    if not values:
        return NotUnderstood("Please name the medicine (generic or brand name).")
    if several:
        return Understood(", ".join(values), ", ".join(shown), approximate=approximate)
    return Understood(values[0], shown[0], approximate=approximate)
