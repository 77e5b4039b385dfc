"""The words of a text, each with its place and whether it starts a sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"[^\W_](?:[\w'’&]*[^\W_])?(?:[-/][^\W_]+)*", re.UNICODE)
"""A word: letters and digits, inner apostrophes and ampersands ("don't", "A&E"), hyphenated parts."""
_SENTENCE_MARKS = frozenset('!?:;"“”([•*-')
_LAST_SHORT_WORD = re.compile(r"[^\W_]{1,4}$")
TITLES = frozenset({"dr", "mr", "mrs", "ms", "miss", "prof", "sir", "dame", "rev", "st"})


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the text with its place."""

    start: int
    end: int
    text: str
    sentence_initial: bool
    folded: str = ""
    """The text case-folded (computed once: every layer compares folded words)."""
    capitalised: bool = False


def tokens(text: str) -> list[Token]:
    """The words of a text, each knowing whether it starts a sentence."""
    return [
        Token(
            m.start(),
            m.end(),
            m.group(),
            _starts_sentence(text, m.start()),
            m.group().casefold(),
            m.group()[:1].isupper(),
        )
        for m in _TOKEN.finditer(text)
    ]


def _starts_sentence(text: str, start: int) -> bool:
    """After the text's start, a line break, or sentence punctuation (not the dot of "Dr."); it looks
    back over the spaces only, so tokenizing stays linear in the text."""
    i = start
    while i > 0 and text[i - 1].isspace():
        if text[i - 1] == "\n":
            return True
        i -= 1
    if i == 0 or text[i - 1] in _SENTENCE_MARKS:
        return True
    if text[i - 1] != ".":
        return False
    word = _LAST_SHORT_WORD.search(text[max(0, i - 6) : i - 1])  # at most "prof": titles are short
    return word is None or word.group().casefold() not in TITLES
