"""The words of a text, each with its place and whether it starts a sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"[^\W_](?:[\w'’&]*[^\W_])?(?:[-/][^\W_]+)*", re.UNICODE)
"""A word: letters and digits, inner apostrophes and ampersands ("don't", "A&E"), hyphenated parts."""
_SENTENCE_MARKS = frozenset('!?:;"“”([•*-')
TITLES = frozenset({"dr", "mr", "mrs", "ms", "miss", "prof", "sir", "dame", "rev", "st"})


@dataclass(frozen=True)
class Token:
    """A word of the text with its place."""

    start: int
    end: int
    text: str
    sentence_initial: bool

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


def tokens(text: str) -> list[Token]:
    """The words of a text, each knowing whether it starts a sentence."""
    found: list[Token] = []
    for match in _TOKEN.finditer(text):
        found.append(Token(match.start(), match.end(), match.group(), _starts_sentence(text, match.start())))
    return found


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
    word = re.search(r"[^\W_]{1,4}$", text[max(0, i - 6) : i - 1])  # at most "prof": titles are short
    return word is None or word.group().casefold() not in TITLES
