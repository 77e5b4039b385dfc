"""Answers that say the value is missing: "don't know" and "prefer not to say"."""

from __future__ import annotations

from interview.engine.understanding.text import normalize
from interview.record.missing import MissingReason

# Keys are compared with apostrophes removed, so "don't know" and "dont know" are one entry.
_DONT_KNOW = frozenset(
    {
        "dont know", "do not know", "i dont know", "i do not know", "idk", "dk", "dunno",
        "not sure", "im not sure", "i am not sure", "unsure", "no idea", "i have no idea",
        "cant remember", "can not remember", "cannot remember", "i cant remember",
        "i cannot remember", "dont remember", "i dont remember", "cant recall", "i cant recall",
        "cannot recall", "dont recall", "i dont recall", "unknown", "not known", "no clue",
    }
)  # fmt: skip
_DECLINED = frozenset(
    {
        "prefer not to say", "id prefer not to say", "i prefer not to say", "rather not say",
        "id rather not say", "id rather not", "i would rather not", "i would rather not say",
        "rather not", "prefer not to answer", "id prefer not to answer", "rather not answer",
        "id rather not answer", "pass", "decline", "declined", "i decline", "decline to answer",
        "no comment", "not saying", "prefer not", "i prefer not to answer",
    }
)  # fmt: skip

# Words pointing back at the question, said after a refusal or a not-knowing.
_POINTERS = (" that one", " that question", " this question", " the question", " that", " this")


def recognize_missing(text: str) -> MissingReason | None:
    """Recognise a whole answer saying the value is not known or will not be given.

    Whether such an answer is allowed for the question is for the caller to decide.

    Args:
        text: What the person typed.

    Returns:
        MissingReason.DONT_KNOW, MissingReason.DECLINED, or None for any other answer.
    """
    key = normalize(text).replace("'", "").replace(",", " ").rstrip("?. ")
    key = " ".join(key.split())
    for tail in _POINTERS:  # "I'd rather not answer that" is "rather not answer"
        key = key.removesuffix(tail)
    if key in _DONT_KNOW:
        return MissingReason.DONT_KNOW
    if key in _DECLINED:
        return MissingReason.DECLINED
    return None
