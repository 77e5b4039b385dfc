"""Free-text answers: kept as typed, without control characters or surrounding space."""

from __future__ import annotations

import unicodedata

from interview.engine.understanding.results import NotUnderstood, Understanding, Understood

_KEPT_CONTROLS = "\n\t"


def understand_free_text(text: str, max_length: int | None) -> Understanding:
    """Understand a free-text answer.

    Control characters other than newlines and tabs are dropped (they come from pasting and
    break transcripts); the text is otherwise kept as typed.

    Args:
        text: What the person typed.
        max_length: Most characters allowed, or None.

    Returns:
        Understood with the cleaned text as value and display; a re-prompt when it is empty or
        longer than `max_length`.
    """
    cleaned = "".join(
        c for c in text.replace("\r\n", "\n") if c in _KEPT_CONTROLS or not _is_control(c)
    ).strip()
    if not cleaned:
        return NotUnderstood("Please type an answer (or 'skip').")
    if max_length is not None and len(cleaned) > max_length:
        return NotUnderstood(f"Please keep it to {max_length} characters; this answer has {len(cleaned)}.")
    return Understood(cleaned, cleaned, approximate=False)


def _is_control(character: str) -> bool:
    """Whether a character is a control, format or surrogate code point."""
    return unicodedata.category(character) in ("Cc", "Cf", "Cs")
