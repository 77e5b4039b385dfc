"""Text from users shown on a terminal with its control characters escaped, never acted on.

An answer or a patient label can hold ESC sequences (an OSC sequence retitles the terminal, others
move the cursor or rewrite what is on screen) or bidirectional overrides that reorder a line. Shown
escaped (`\\x1b`, `\\u202e`) they are visible and inert; the stored text is never changed.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ud800-\udfff\ufeff]"
)
"""C0 and C1 controls but tab and newline, zero-width and directional marks, line separators, and
lone surrogates (undecodable bytes)."""


def _escaped(match: re.Match[str]) -> str:
    character = match.group()
    code = ord(character)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` with every control character but newline and tab written as an escape."""
    return _CONTROL.sub(_escaped, text)


def printable_line(text: str) -> str:
    """One line of `text`: newlines and tabs escaped too (a table cell, a session id)."""
    return printable(text).replace("\n", "\\n").replace("\t", "\\t")
