"""Ratings on a scale of numbered points, some labelled (e.g. Kellner's 1-9 "a lot better")."""

from __future__ import annotations

from collections.abc import Sequence

from interview.engine.understanding.change import change_point, describe, modifiers, read_change
from interview.engine.understanding.matching import Ambiguous, Match, match_exact, match_name
from interview.engine.understanding.numbers import read_number
from interview.engine.understanding.results import NotUnderstood, Understanding, Understood
from interview.engine.understanding.text import (
    MAX_ANSWER_LENGTH,
    TOO_LONG_MESSAGE,
    normalize,
    strip_hedge,
)

Points = Sequence[tuple[int, str | None]]
"""The scale's points as (number, label or None), in order."""


def understand_rating(text: str, points: Points) -> Understanding:
    """Understand a point on a rating scale, by its number (digits or words) or its label.

    Args:
        text: What the person typed.
        points: The scale's points, e.g. [(1, "Extremely better"), (2, None), ...].

    Returns:
        Understood with the point's int and a display such as "2. A lot better"; approximate
        for words, hedges, prefixes and fuzzy label matches. On a change scale, words for a
        change ("a bit better", "didn't help much") land on the point between the labels their
        strength falls between ("4 (a little better)"); a spelling match never changes the
        strength words. Otherwise a re-prompt describing the scale.
    """
    if len(text) > MAX_ANSWER_LENGTH:
        return NotUnderstood(TOO_LONG_MESSAGE + " " + _scale(points))
    if not points:
        return NotUnderstood("There is no scale to rate on.")
    key, hedged = strip_hedge(normalize(text))
    labelled = [(number, label) for number, label in points if label]
    number = read_number(key)
    if number is not None:
        numbers = {n for n, _ in points}
        if number.value.is_integer() and int(number.value) in numbers:
            point = int(number.value)
            return Understood(point, _display(point, points), hedged or number.approximate)
        return NotUnderstood(_scale(points))
    exact = match_exact(key, [[label] for _, label in labelled])
    if isinstance(exact, Match):
        point = labelled[exact.index][0]
        return Understood(point, _display(point, points), approximate=hedged)
    change = read_change(key)
    if change is not None and labelled:
        placed = change_point(change, labelled, [n for n, _ in points])
        if placed is None:
            return NotUnderstood(f"I'm not sure which point '{text.strip()}' is. " + _scale(points))
        label = dict(points).get(placed)
        display = f"{placed}. {label}" if label else f"{placed} ({describe(change)})"
        return Understood(placed, display, approximate=True)
    found = match_name(key, [[label] for _, label in labelled], min_prefix=3)  # "no" is no label
    if isinstance(found, Match) and modifiers(key) != modifiers(labelled[found.index][1].casefold()):
        found = None  # "a bit better" is not a slip for "a lot better": never jump to a stronger label
    if isinstance(found, Ambiguous):
        candidates = " or ".join(f"{labelled[i][0]}. {labelled[i][1]}" for i in found.indices)
        return NotUnderstood(f"Did you mean {candidates}? Please type the number.")
    if found is None:
        return NotUnderstood(_scale(points))
    point = labelled[found.index][0]
    return Understood(point, _display(point, points), approximate=hedged or found.approximate)


def _display(point: int, points: Points) -> str:
    """A point read back with its label when it has one ("2. A lot better", "3")."""
    label = dict(points).get(point)
    return f"{point}. {label}" if label else str(point)


def _scale(points: Points) -> str:
    """The scale described: its range and its labelled points."""
    if not points:
        return "There is no scale to rate on."
    numbers = [n for n, _ in points]
    labels = ", ".join(f"{n} = {label}" for n, label in points if label)
    described = f" ({labels})" if labels else ""
    return f"Please give a number from {min(numbers)} to {max(numbers)}{described}."
