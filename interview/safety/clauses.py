"""Typed text as clauses of normalised words, each word keeping where it was typed (for spans)."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass

MAX_SCAN_CHARS = 4000
"""Only this many characters of a line are scanned (the whole line is still stored): bounded cost."""

_APOSTROPHES = "'’‘`´ʼ"
_TOKEN = re.compile(
    r"(?P<word>\b[hc]/o\b|[+-] ?ve\b|\+(?=\s*\w)|[^\W_]+(?:[" + _APOSTROPHES + r"][^\W_]+)*)"
    r"|(?P<comma>,)|(?P<stop>[.;!?\n]+)"
)
_SPECIAL = {"+": "positive", "+ve": "positive", "+ ve": "positive", "-ve": "negative", "- ve": "negative"}
_KEEP_APART = frozenset({"harm", "harming", "harmed", "injury", "injuring", "inflicted", "delete"})
"""After "my self", these keep "self" a word of its own ("my self harm" is self-harm, not "myself")."""


@dataclass(frozen=True)
class Word:
    """One word of a clause: its normalised form and where it was typed."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Clause:
    """A sentence or clause of typed text: its words and their normalised forms joined by spaces."""

    words: tuple[Word, ...]
    joined: str
    offsets: tuple[int, ...]
    """Where each word starts in `joined`."""

    def word_span(self, start: int, end: int) -> tuple[int, int]:
        """The words [i, j) that the characters [start, end) of `joined` cover."""
        return bisect_right(self.offsets, start) - 1, bisect_left(self.offsets, end)


def normalise(word: str) -> str:
    """Lower case, accents folded, apostrophes dropped ("Don’t" is "dont")."""
    folded = unicodedata.normalize("NFKD", word)
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch) and ch not in _APOSTROPHES)
    lowered = plain.lower().replace("/", "")
    if lowered in ("odd", "oded", "odded") and plain != folded:  # "od'd" is overdosed, "odd" is not
        return "overdosed"
    return _SPECIAL.get(lowered, lowered)


def clauses(text: str, canonical: Callable[[str], str]) -> Iterator[Clause]:
    """The clauses of `text` (split at . ; ! ? and line ends); `canonical` corrects a word's typos."""
    words: list[Word] = []
    for match in _TOKEN.finditer(text[:MAX_SCAN_CHARS]):
        if match.lastgroup == "stop":
            if words:
                yield _clause(words)
            words = []
        elif match.lastgroup == "comma":
            words.append(Word(",", match.start(), match.end()))
        else:
            word = normalise(match.group())
            if word == "self" and words and words[-1].text == "my":
                words[-1] = Word("myself", words[-1].start, match.end())
            else:
                words.append(Word(canonical(word), match.start(), match.end()))
    if words:
        yield _clause(words)


def _regroup(words: list[Word]) -> list[Word]:
    """Undo "my self" -> "myself" where the next word shows it was "my self-harm"."""
    out: list[Word] = []
    for i, word in enumerate(words):
        following = words[i + 1].text if i + 1 < len(words) else ""
        if word.text == "myself" and following in _KEEP_APART:
            out += [Word("my", word.start, word.start + 2), Word("self", word.end - 4, word.end)]
        else:
            out.append(word)
    return out


def _clause(words: list[Word]) -> Clause:
    words = _regroup(words)
    offsets: list[int] = []
    position = 0
    for word in words:
        offsets.append(position)
        position += len(word.text) + 1
    return Clause(tuple(words), " ".join(w.text for w in words), tuple(offsets))
