"""Words for a change ("a bit better", "didn't help much", "no change") placed on a labelled change scale.

A change phrase is read as a direction (better, worse, or none) and a strength (0 none, 1 a little,
2 plain, 2.5 quite a lot, 3 a lot). The scale's own labels are read the same way and become anchors
("better" is better at 2, "a lot better" better at 3, "no change" is strength 0), so a phrase lands on
the point its strength falls on between two anchors: on Kellner's scale (clinical-rules §9: 1 a lot
better, 3 better, 5 no change) "a bit better" is 4, the unlabelled point between better and no change,
and never the stronger label that a spelling match would pick.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

STRENGTH_NONE = 0.0
STRENGTH_LITTLE = 1.0
STRENGTH_PLAIN = 2.0
STRENGTH_QUITE = 2.5
STRENGTH_LOT = 3.0

_BETTER = ("better", "improved", "improvement", "helped", "helpful")
_WORSE = ("worse", "deteriorated", "worsened")
# Phrases meaning no change at all; checked before the words for a direction.
_NO_CHANGE = (
    "no change", "no changes", "no different", "no difference", "not different", "unchanged",
    "the same", "same", "same as before", "about the same", "no effect", "nothing changed",
    "did nothing", "didn't do anything", "did not do anything", "no better no worse",
    "no better or worse", "neither better nor worse", "didn't help", "did not help",
    "didn't help at all", "did not help at all", "didn't work", "did not work", "no help",
    "not at all", "not better", "no better", "it didn't help", "it did not help",
    "nothing", "it didn't work", "not helpful", "no improvement",
)  # fmt: skip
# "didn't help much": at most a little help (strength 1, better). "Not much change" is not here: it
# does not say in which direction, so it is asked again.
_LITTLE_HELP = (
    "didn't help much", "did not help much", "didn't help a lot", "did not help a lot",
    "not much better", "not a lot better", "not much", "not much help", "not really",
    "didn't really help", "did not really help",
    "barely", "hardly", "hardly better", "barely better", "only a little", "a little help",
    "helped a little", "helped a bit", "helped slightly", "it helped a little", "it helped a bit",
    "didn't help that much", "did not help that much", "not that much",
)  # fmt: skip
_STRENGTHS: tuple[tuple[str, float], ...] = (
    # Longest first, so "a little bit" is not read as "a lot" or "bit" alone.
    ("a great deal", STRENGTH_LOT), ("very much", STRENGTH_LOT), ("so much", STRENGTH_LOT),
    ("a whole lot", STRENGTH_LOT), ("loads", STRENGTH_LOT), ("lots", STRENGTH_LOT),
    ("hugely", STRENGTH_LOT), ("massively", STRENGTH_LOT), ("far", STRENGTH_LOT),
    ("way", STRENGTH_LOT), ("much", STRENGTH_LOT), ("a lot", STRENGTH_LOT), ("extremely", STRENGTH_LOT),
    ("really", STRENGTH_LOT), ("very", STRENGTH_LOT), ("greatly", STRENGTH_LOT),
    ("quite a lot", STRENGTH_QUITE), ("quite a bit", STRENGTH_QUITE), ("quite", STRENGTH_QUITE),
    ("fairly", STRENGTH_QUITE), ("pretty", STRENGTH_QUITE), ("moderately", STRENGTH_PLAIN),
    ("a little bit", STRENGTH_LITTLE), ("a tiny bit", STRENGTH_LITTLE), ("a little", STRENGTH_LITTLE),
    ("a bit", STRENGTH_LITTLE), ("bit", STRENGTH_LITTLE), ("little", STRENGTH_LITTLE),
    ("slightly", STRENGTH_LITTLE), ("somewhat", STRENGTH_LITTLE), ("marginally", STRENGTH_LITTLE),
    ("mildly", STRENGTH_LITTLE), ("a touch", STRENGTH_LITTLE), ("kind of", STRENGTH_LITTLE),
    ("sort of", STRENGTH_LITTLE), ("a tad", STRENGTH_LITTLE), ("mostly", STRENGTH_QUITE),
)  # fmt: skip
_FILLER = re.compile(
    r"\b(?:i was|i felt|i got|it was|it made me|made me|felt|feel|got|it|i|me|just|overall)\b"
)
_NEGATION = re.compile(r"\b(?:not|no|never|didn't|did not|wasn't|was not|hardly|barely)\b")


@dataclass(frozen=True)
class Change:
    """A change read from words.

    Attributes:
        direction: 1 better, -1 worse, 0 no change.
        strength: 0 for no change, else 1 (a little) to 3 (a lot).
    """

    direction: int
    strength: float


def read_change(text: str) -> Change | None:
    """A change from a normalized phrase, or None when the words do not say one clearly.

    A phrase with a negation that is not one of the known ways of saying "no change" or "not much
    help" ("not worse", "not a lot worse") is None: it does not say which point is meant.
    """
    key = " ".join(re.sub(r"[,.!]", " ", text).split())
    if key in _LITTLE_HELP:
        return Change(1, STRENGTH_LITTLE)
    if key in _NO_CHANGE:
        return Change(0, STRENGTH_NONE)
    bare = " ".join(_FILLER.sub(" ", key).split())
    if bare in _LITTLE_HELP:
        return Change(1, STRENGTH_LITTLE)
    if bare in _NO_CHANGE:
        return Change(0, STRENGTH_NONE)
    if _NEGATION.search(bare) or ("better" in bare and "worse" in bare):
        return None
    direction = _direction(bare)
    if direction is None:
        return None
    rest = bare
    for word in (*_BETTER, *_WORSE):
        rest = re.sub(rf"\b{word}\b", " ", rest)
    rest = " ".join(rest.replace("-", " ").split())
    strength = _strength(rest)
    return None if strength is None else Change(direction, strength)


def _direction(bare: str) -> int | None:
    words = set(bare.split())
    better, worse = bool(words & set(_BETTER)), bool(words & set(_WORSE))
    if better == worse:
        return None
    return 1 if better else -1


def _strength(rest: str) -> float | None:
    """The strength the leftover words give; None when words are left that mean nothing known."""
    if not rest:
        return STRENGTH_PLAIN
    found: list[float] = []
    for phrase, strength in _STRENGTHS:
        pattern = rf"\b{re.escape(phrase)}\b"
        if re.search(pattern, rest):
            found.append(strength)
            rest = " ".join(re.sub(pattern, " ", rest).split())
    if rest or len(set(found)) != 1:
        return None  # unknown words, or mixed strengths ("a bit much"): ask rather than guess
    return found[0]


def change_point(change: Change, labelled: Sequence[tuple[int, str]], numbers: Sequence[int]) -> int | None:
    """The scale point a change falls on, from the scale's own labels; None if the labels cannot say.

    Args:
        change: What the person said.
        labelled: The scale's labelled points.
        numbers: Every point of the scale.
    """
    anchors: dict[float, int] = {}
    for point, label in labelled:
        meaning = read_change(label.casefold())
        if meaning is not None and meaning.direction in (0, change.direction):
            anchors.setdefault(meaning.strength if meaning.direction else STRENGTH_NONE, point)
    if change.strength in anchors:
        return anchors[change.strength]
    below = [s for s in anchors if s < change.strength]
    above = [s for s in anchors if s > change.strength]
    if not below or not above:
        return None  # beyond the scale's strongest label in that direction: ask
    low, high = max(below), min(above)
    share = (change.strength - low) / (high - low)
    exact = anchors[low] + (anchors[high] - anchors[low]) * share
    point = round(exact)
    between = min(anchors[low], anchors[high]) < point < max(anchors[low], anchors[high])
    return point if point in numbers and between else None


def modifiers(text: str) -> frozenset[str]:
    """The strength and negation words in a phrase: a spelling match must keep them all."""
    found = {phrase for phrase, _ in _STRENGTHS if re.search(rf"\b{re.escape(phrase)}\b", text)}
    return frozenset(found | set(_NEGATION.findall(text)))


def describe(change: Change) -> str:
    """A short reading of the change for the acknowledgement, e.g. "a little better"."""
    if change.direction == 0:
        return "no change"
    word = "better" if change.direction > 0 else "worse"
    prefix = {STRENGTH_LITTLE: "a little ", STRENGTH_QUITE: "quite a lot ", STRENGTH_LOT: "a lot "}
    return prefix.get(change.strength, "") + word
