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
        confirm: A short question asked before the value is recorded ("Did you mean sertraline?"),
            for a match that is only close (a slip that is not a known misspelling, a bare number
            that could mean two options); None when the value is recorded at once.
        notes: Words kept beside the value, such as the qualifier of "yes, sometimes".
    """

    value: object
    display: str
    approximate: bool
    confirm: str | None = None
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class NotUnderstood:
    """An answer that could not be understood.

    Attributes:
        message: A re-prompt naming the accepted forms, shown to the person as is.
    """

    message: str


Understanding = Understood | NotUnderstood
