"""Normalizing typed text before it is understood: case, spacing, apostrophes, hedges."""

from __future__ import annotations

import re
import unicodedata

MAX_ANSWER_LENGTH = 300
"""Structured answers (numbers, dates, choices) are short; longer input is refused up front so
that no parser spends time on a pasted paragraph."""

MAX_INPUT_LENGTH = 2000
"""Longest line any question tries to understand (a free-text answer included): longer input is
refused before parsing, so no understanding function ever sees more; the event log keeps it whole."""

TOO_LONG_MESSAGE = f"That answer is too long for this question (at most {MAX_ANSWER_LENGTH} characters)."

_APOSTROPHES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_SPACES = re.compile(r"\s+")
_EDGE_PUNCTUATION = " .!;:\"'()[]{}"
_BARE_DECIMAL = re.compile(r"(?<!\d)\.(?=\d)")

_HEDGE_PREFIXES = (
    "approximately",
    "give or take",
    "just under",
    "just over",
    "probably",
    "possibly",
    "perhaps",
    "roughly",
    "around",
    "nearly",
    "almost",
    "approx.",
    "approx",
    "about",
    "maybe",
    "circa",
    "abt",
    "ca.",
    "c.",
    "~",
)
_HEDGE_SUFFIXES = ("give or take", "or so", "-ish", "ish", "?")


def normalize(text: str) -> str:
    """Lower-case the text, unify apostrophes, drop control characters, collapse spacing.

    Edge punctuation (full stops, quotes, brackets) is removed; question marks are kept because
    "why?" and "?" mean something.

    Args:
        text: Anything the person typed.

    Returns:
        The normalized text, possibly empty.
    """
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    if not text.isprintable():  # the per-character pass only when there is something to replace
        text = "".join(" " if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") else c for c in text)
    # ".5 mg" becomes "0.5 mg" before edge punctuation goes, so its point is kept.
    text = _BARE_DECIMAL.sub("0.", text)
    return _SPACES.sub(" ", text.casefold()).strip(_EDGE_PUNCTUATION)


def strip_hedge(text: str) -> tuple[str, bool]:
    """Remove words that make a value an estimate ("about 12", "two months or so", "12ish").

    Args:
        text: Normalized text.

    Returns:
        The text without its hedges, and whether there were any.
    """
    hedged = False
    changed = True
    while changed:
        changed = False
        for prefix in _HEDGE_PREFIXES:
            if text.startswith(prefix) and (prefix[-1] in ".~" or _word_ends(text, len(prefix))):
                text, hedged, changed = text[len(prefix) :].strip(), True, True
        for suffix in _HEDGE_SUFFIXES:
            if text.endswith(suffix) and len(text) > len(suffix):
                text, hedged, changed = text[: -len(suffix)].strip(" -"), True, True
    return text, hedged


def _word_ends(text: str, index: int) -> bool:
    """Whether position `index` of `text` is the end of a word."""
    return index >= len(text) or not text[index].isalnum()


def format_number(value: float) -> str:
    """Format a number for reading back: no trailing ".0", at most three decimals.

    Args:
        value: A finite number.

    Returns:
        For example "150", "0.5" or "8.667".
    """
    rounded = round(value, 3)
    if rounded == int(rounded):
        return str(int(rounded))
    return f"{rounded:.3f}".rstrip("0").rstrip(".")
