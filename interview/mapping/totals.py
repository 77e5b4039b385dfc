"""Questionnaire totals: record fields computed from several answers, declared by the item questions.

A PHQ-9 item question says `record: totals.phq9`; the record gets the sum of the item scores in
`current_episode.severity_score` and `phq9` in `current_episode.severity_scale`. The total is only
a number when every declared item has a score: otherwise it is unknown with the reason of the first
item that has none (a prorated total would be a different, unvalidated score).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from interview.record.missing import MissingReason


@dataclass(frozen=True)
class Total:
    """A questionnaire whose item scores add up to one record field."""

    name: str
    item_path: str
    """The `record:` path each item question declares."""
    items: int
    """How many items the questionnaire has; a script declaring another number is checked at build."""
    total_path: str
    constants: Mapping[str, str]
    """Fields set alongside a computed total (the scale it was taken on)."""


TOTALS: tuple[Total, ...] = (
    Total(
        name="PHQ-9",
        item_path="totals.phq9",
        items=9,
        total_path="current_episode.severity_score",
        constants={"current_episode.severity_scale": "phq9"},
    ),
)
"""Every questionnaire total the mapping computes (Kroenke, Spitzer & Williams 2001 for the PHQ-9)."""

_REASON_ORDER = (
    MissingReason.DECLINED,
    MissingReason.DONT_KNOW,
    MissingReason.SKIPPED,
    MissingReason.NOT_APPLICABLE,
)


def total_of(scores: list[int | MissingReason]) -> int | MissingReason:
    """The sum of the item scores, or the most telling reason one of them is missing.

    'Declined' outranks 'don't know', which outranks 'skipped' and then 'not applicable': the
    reader learns the strongest reason the total cannot be given.
    """
    reasons = [score for score in scores if isinstance(score, MissingReason)]
    if reasons:
        return min(reasons, key=_REASON_ORDER.index)
    return sum(score for score in scores if not isinstance(score, MissingReason))
