"""Matching typed text against named candidates: exactly, by unambiguous prefix, or fuzzily."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from interview.engine.understanding.text import normalize

FUZZY_THRESHOLD = 80.0
"""Least rapidfuzz `ratio` (0-100) for a typo to count as a match. Plain ratio, not WRatio:
WRatio scores a part of a name highly ("no" against "not at all" is 90), which picks options the
person never meant. At 80, one slip in a six-letter word ("zolfot" for "zoloft", 83) matches."""

AMBIGUITY_MARGIN = 5.0
"""A fuzzy match wins only when it scores this much above the next candidate; otherwise the
person is asked which one they meant."""


@dataclass(frozen=True)
class Match:
    """One candidate matched.

    Attributes:
        index: The candidate's position.
        approximate: True for a prefix or fuzzy match, False for an exact one.
    """

    index: int
    approximate: bool


@dataclass(frozen=True)
class Ambiguous:
    """Several candidates fit equally well.

    Attributes:
        indices: Their positions, in candidate order.
    """

    indices: tuple[int, ...]


def match_exact(key: str, candidates: Sequence[Sequence[str]]) -> Match | Ambiguous | None:
    """Match a normalized key against any name of each candidate, ignoring case.

    Args:
        key: Normalized text.
        candidates: For each candidate, the names it goes by (e.g. its value and its label).

    Returns:
        The one candidate with that name, Ambiguous when several share it, or None.
    """
    hits = [i for i, names in enumerate(candidates) if key in {normalize(n) for n in names}]
    return _one_of(hits, approximate=False)


def match_name(
    key: str, candidates: Sequence[Sequence[str]], min_prefix: int = 2
) -> Match | Ambiguous | None:
    """Match a normalized key exactly, then as a prefix, then fuzzily.

    Args:
        key: Normalized text.
        candidates: For each candidate, the names it goes by.
        min_prefix: Shortest key tried as a prefix; one stray letter should not pick an option.

    Returns:
        The matched candidate, Ambiguous with the candidates that fit equally, or None.
    """
    if not key:
        return None
    exact = match_exact(key, candidates)
    if exact is not None:
        return exact
    if len(key) >= min_prefix:
        starts = [i for i, names in enumerate(candidates) if any(normalize(n).startswith(key) for n in names)]
        prefix = _one_of(starts, approximate=True)
        if prefix is not None:
            return prefix
    return _fuzzy(key, candidates)


def _fuzzy(key: str, candidates: Sequence[Sequence[str]]) -> Match | Ambiguous | None:
    """The candidate whose best name is closest to the key, when clearly closest."""
    owners = [i for i, names in enumerate(candidates) for _ in names]
    names = [normalize(n) for group in candidates for n in group]
    best: dict[int, float] = {}
    for _, score, position in process.extract(
        key, names, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD, limit=None
    ):
        owner = owners[position]
        best[owner] = max(best.get(owner, 0.0), score)
    if not best:
        return None
    top = max(best.values())
    close = sorted(i for i, score in best.items() if top - score < AMBIGUITY_MARGIN)
    return _one_of(close, approximate=True)


def _one_of(indices: Sequence[int], approximate: bool) -> Match | Ambiguous | None:
    """A Match for one index, Ambiguous for several, None for none."""
    unique = sorted(set(indices))
    if not unique:
        return None
    if len(unique) == 1:
        return Match(unique[0], approximate)
    return Ambiguous(tuple(unique))
