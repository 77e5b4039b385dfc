"""The answer to a summary read back: confirmed ("yes", "ok", "that's right") or not right ("no")."""

from __future__ import annotations

import re

from interview.engine.understanding.results import NotUnderstood, Understanding, Understood
from interview.engine.understanding.text import normalize
from interview.engine.understanding.yes_no import understand_yes_no

CONFIRMED = "Confirmed"
NOT_RIGHT = "Not right: to be corrected"

# Whole answers only, as for yes/no: "not quite right" must never be read as "right".
_CONFIRM = frozenset(
    {
        "ok", "okay", "k", "fine", "all good", "looks good", "looks right", "all correct",
        "all right", "alright", "that's correct", "thats correct", "yes that's right",
        "yes that's correct", "yes correct", "yes all correct", "that is right", "that is correct",
        "confirmed", "confirm", "spot on", "yes ok", "yes okay", "ok thanks", "yes thanks",
        "yes thank you", "that's it", "that's all right", "right",
    }
)  # fmt: skip
_NOT_RIGHT = frozenset(
    {
        "not quite", "not right", "not quite right", "not really right", "that's wrong",
        "thats wrong", "wrong", "that's not right", "thats not right", "that is not right",
        "no that's not right", "no not quite", "no something is wrong", "something is wrong",
        "something's wrong", "not all of it", "no not all of it", "not exactly",
    }
)  # fmt: skip
_FAULT = re.compile(
    r"\b(?:wrong|incorrect|not right|isn't right|not quite|mistakes?|errors?|missing|left out|missed out"
    r"|needs? (?:changing|correcting|fixing)|should be|shouldn't|out of date|not accurate|inaccurate)\b"
)
"""Words saying part of the summary is not right, whatever came first ("mostly, but the dates are wrong")."""
_NO_FAULT = re.compile(
    r"\b(?:nothing(?:'s| is)? (?:wrong|missing|incorrect)|not wrong|no mistakes?|no errors?"
    r"|nothing left out)\b"
)
_MESSAGE = (
    "Please say 'yes' if the summary is right, or 'no' if something is not; "
    "'edit N' changes answer N directly."
)


def understand_confirmation(text: str) -> Understanding:
    """Understand the answer to a read-back summary.

    Args:
        text: What the person typed.

    Returns:
        Understood(True, "Confirmed") for a yes, Understood(False, ...) for a no; otherwise a
        re-prompt naming what is accepted.
    """
    key = " ".join(normalize(text).replace(",", " ").replace("!", " ").split())
    if key in _CONFIRM:
        return Understood(True, CONFIRMED, approximate=False)
    if key in _NOT_RIGHT:
        return Understood(False, NOT_RIGHT, approximate=False)
    if _NO_FAULT.search(key) and not _FAULT.search(_NO_FAULT.sub("", key)):
        return Understood(True, CONFIRMED, approximate=True, notes=(key,))  # "nothing's wrong"
    if _FAULT.search(key):
        return Understood(False, NOT_RIGHT, approximate=True, notes=(key,))
    understood = understand_yes_no(text)
    if isinstance(understood, Understood):
        return Understood(understood.value, CONFIRMED if understood.value else NOT_RIGHT, approximate=False)
    return NotUnderstood(_MESSAGE)
