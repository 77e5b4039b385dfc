"""What a record field can hold, as facts the validator checks `record:` mappings against.

The script package never imports the record: the caller (interview.mapping.record_fields) derives
these facts from the ClinicalRecord and passes them in, as it passes field descriptions.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class FieldKind(StrEnum):
    """The kinds of value a record field holds, as far as a question can fill it."""

    YES_NO = "yes/no"
    CHOICE = "one of a closed list"
    CHOICE_LIST = "a list from a closed list"
    INTEGER = "whole number"
    NUMBER = "number"
    TEXT = "text"
    TEXT_LIST = "list of text"
    DATE = "date"
    SCORE_ITEM = "questionnaire item score"
    """Not a record field itself: item scores summed into a total field (e.g. the PHQ-9 items)."""
    LINK_DECISIONS = "macro-analysis link decisions"


@dataclass(frozen=True)
class FieldShape:
    """The facts about one fillable record path that decide which questions may fill it.

    Attributes:
        description: A short human description (shown in messages).
        kind: What the field holds.
        values: The allowed values of a closed list (CHOICE, CHOICE_LIST).
        low: The least allowed number, if bounded.
        high: The greatest allowed number, if bounded.
        unit: The unit a number is kept in ("weeks", "mg/day", "year"), if it has one.
        can_be_missing: Whether the field can hold "unknown" (a Missing with its reason).
    """

    description: str
    kind: FieldKind
    values: tuple[str, ...] = ()
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    can_be_missing: bool = True

    def __str__(self) -> str:
        return self.description
