"""Three-valued logic for unknown inputs: True, False, or None for unknown."""

from __future__ import annotations

from collections.abc import Iterable

from interview.record.missing import Missing
from interview.record.values import YesNo
from interview.staging.results import Status

Tri = bool | None


def yes(value: YesNo | Missing) -> Tri:
    """yes -> True, no -> False, unknown -> None."""
    if value is YesNo.YES:
        return True
    return False if value is YesNo.NO else None


def reaches(value: float | Missing, needed: float) -> Tri:
    """Whether a recorded amount (weeks, sessions) reaches `needed`; unknown when it is Missing."""
    return None if isinstance(value, Missing) else value >= needed


def all_of(values: Iterable[Tri]) -> Tri:
    """Three-valued AND: False wins, then unknown."""
    result: Tri = True
    for value in values:
        if value is False:
            return False
        if value is None:
            result = None
    return result


def any_of(values: Iterable[Tri]) -> Tri:
    """Three-valued OR: True wins, then unknown."""
    result: Tri = False
    for value in values:
        if value is True:
            return True
        if value is None:
            result = None
    return result


_STATUS: dict[Tri, Status] = {True: Status.MET, False: Status.NOT_MET, None: Status.UNKNOWN}


_WORD: dict[Tri, str] = {True: "yes", False: "no", None: "unknown"}


def status(value: Tri) -> Status:
    """The report status of a three-valued truth."""
    return _STATUS[value]


def word(value: Tri) -> str:
    """yes, no or unknown."""
    return _WORD[value]


def count_range(values: Iterable[Tri]) -> tuple[int, int]:
    """(how many are surely true, how many could be true)."""
    low = high = 0
    for value in values:
        low += value is True
        high += value is not False
    return low, high


def at_least(count: tuple[int, int], needed: int) -> Tri:
    """Whether a count range reaches a threshold."""
    if count[0] >= needed:
        return True
    if count[1] < needed:
        return False
    return None
