"""Counting failed trials and distinct classes when some inputs are unknown."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence

from interview.record.missing import Missing
from interview.staging.results import Criterion, Outcome, Status
from interview.staging.tristate import Tri

Item = tuple[Tri, Hashable | None]
"""(does this trial count as a failure, its class or None when the class is unknown)."""


def distinct_range(items: Sequence[Item]) -> tuple[int, int]:
    """(fewest, most) distinct classes among the failures consistent with the unknowns.

    Fewest: surely-failed trials of known class; an unknown class may repeat a known one.
    Most: every possibly-failed trial, each unknown class taken as a new one.
    """
    sure = {cls for counts, cls in items if counts is True and cls is not None}
    sure_unknown = any(counts is True and cls is None for counts, cls in items)
    low = len(sure) or int(sure_unknown)
    possible = {cls for counts, cls in items if counts is not False and cls is not None}
    wildcards = sum(counts is not False and cls is None for counts, cls in items)
    return low, len(possible) + wildcards


def unique_paths(groups: Iterable[Iterable[str]]) -> list[str]:
    """Concatenate path lists, dropping repeats, keeping order."""
    seen: dict[str, None] = {}
    for group in groups:
        for path in group:
            seen.setdefault(path, None)
    return list(seen)


def text_or_unknown(value: object) -> str:
    """A record value as text (a StrEnum prints its value), or 'unknown' when it is Missing."""
    return "unknown" if isinstance(value, Missing) else str(value)


def range_status(low: float, high: float, needed: float) -> Status:
    """Met if even the low end reaches `needed`, not met if the high end does not."""
    if low >= needed:
        return Status.MET
    if high < needed:
        return Status.NOT_MET
    return Status.UNKNOWN


def span(low: float, high: float, name: str = "") -> str:
    """'3' or '3-5' with an optional prefix."""
    text = f"{low:g}" if low == high else f"{low:g}-{high:g}"
    return f"{name}{text}"


def outcome_of(low: float, high: float, labels: Sequence[str], keys: Sequence[str]) -> Outcome:
    """A category outcome: labels[int(value)] for people, keys[int(value)] for programs."""
    text = labels[int(low)] if low == high else f"{labels[int(low)]} to {labels[int(high)]}"
    return Outcome(
        value_min=None,
        value_max=None,
        label=text,
        category_min=keys[int(low)],
        category_max=keys[int(high)],
    )


criterion = Criterion
"""Shorthand for a Criterion: criterion(label, status, reason, source, derived=False)."""
