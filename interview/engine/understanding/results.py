"""What understanding an answer produces: a typed value with its read-back, or a re-prompt."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Understood:
    """An answer understood as a typed value.

    Attributes:
        value: The typed value; its type depends on the parser (bool, int, float, str, list[str]).
        display: How the value reads back to a person, e.g. "150 mg/day" or "2. Several days".
        approximate: True when understanding was not literal (a fuzzy match, words turned into
            numbers, a hedge such as "about", a unit conversion, a date turned into weeks); the
            conversation then says what it understood ("Noted: ...").
    """

    value: object
    display: str
    approximate: bool


@dataclass(frozen=True)
class NotUnderstood:
    """An answer that could not be understood.

    Attributes:
        message: A re-prompt naming the accepted forms, shown to the person as is.
    """

    message: str


Understanding = Understood | NotUnderstood
