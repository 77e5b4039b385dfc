"""A drug answer that says more: "Zoloft, 100 mg, about two months, didn't help much".

The drug name is the leading words; the rest is cut into pieces, each named by what it looks like:
a dose (a number with a weight unit), a duration (a number of days, weeks, months or years), or words
for a change ("didn't help much"). Each piece is kept as typed; which question it answers, and whether
it is understood there, is decided by the engine (interpret.carried_answers).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from interview.engine.understanding.change import read_change
from interview.engine.understanding.text import normalize

PieceKind = Literal["dose", "duration", "change"]

_DRUG_ENDS = re.compile(
    r"[,;(]|\s-\s|(?<![a-z])\d|\b(?:for|at|about|around|approximately|roughly|over|but|which|it|and|with|taken|took|"
    r"daily|didn't|did|was|made|helped|nearly|almost|maybe|probably|up to|i)\b"
)
_PIECE_SPLIT = re.compile(r"\s*(?:[,;()]|\s-\s|\bbut\b|\band\b|\bthen\b)\s*|\s+(?=\b(?:for|over|at)\b)")
_DOSE = re.compile(r"\d\s*(?:mg|milligrams?|mcg|micrograms?|µg|g|grams?)\b|\b(?:mg|milligrams?)\b")
_DURATION = re.compile(r"\b(?:days?|weeks?|wks?|months?|mths?|years?|yrs?)\b")
_LEAD = re.compile(r"^(?:(?:i\s+)?(?:took\s+it|was\s+on\s+it|taken)\s+)?(?:for|over|at|up\s+to)\s+")


@dataclass(frozen=True)
class Piece:
    """One part of the rest of a drug answer.

    Attributes:
        kind: What it looks like it answers.
        text: The words as typed (trimmed), kept for the answer's stored input.
        key: The words to understand, without a leading "for" or "at".
    """

    kind: PieceKind
    text: str
    key: str


def split_drug_answer(text: str) -> tuple[str, str]:
    """The drug name part and the rest ("" when the answer is only a name).

    Args:
        text: What the person typed.

    Returns:
        The leading words before a comma, a number or a word that starts a detail ("for", "at",
        "didn't"...), and everything after them, both trimmed.
    """
    stripped = " ".join(text.split())  # one space between words keeps every pattern below linear
    found = _DRUG_ENDS.search(stripped.casefold())
    if found is None or found.start() == 0:
        return stripped, ""
    return stripped[: found.start()].strip(" -"), stripped[found.start() :].strip(" ,;-")


def detail_pieces(rest: str) -> list[Piece]:
    """The pieces of the rest that look like a dose, a duration or a change, in the order typed.

    Pieces that look like none of them are left out: the questions they might answer are asked.
    """
    pieces: list[Piece] = []
    rest = " ".join(rest.split())  # a run of spaces made the splitting pattern quadratic
    for part in filter(None, (p.strip(" -") for p in _PIECE_SPLIT.split(rest))):
        key = _LEAD.sub("", normalize(part))
        if _DOSE.search(key):
            pieces.append(Piece("dose", part, key))
        elif _DURATION.search(key):
            pieces.append(Piece("duration", part, key))
        elif read_change(key) is not None:
            pieces.append(Piece("change", part, key))
    return pieces
