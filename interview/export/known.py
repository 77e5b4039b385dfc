"""Layer 1: identifiers known from the structured answers, found everywhere in free text, misspelt or not."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from rapidfuzz.distance import OSA

from interview.export import safelist
from interview.export.spans import Span
from interview.export.tokens import tokens
from interview.export.vocabulary import is_clinical

_MIN_WORD = 3
"""Shorter pieces of an identifier ("Jo", "St") are matched only as part of the whole identifier."""


class KnownIdentifiers:
    """The patient label and the answers to identifying questions of one session."""

    def __init__(self, values: Iterable[str]) -> None:
        phrases = {v.strip() for v in values if v and v.strip()}
        self.phrases = sorted(phrases, key=len, reverse=True)
        self.words = sorted(
            {
                w.casefold()
                for phrase in phrases
                for w in re.findall(r"[^\W_]+", phrase)
                if len(w) >= _MIN_WORD and not is_clinical(w) and not w.isdigit() and _distinctive(w)
            }
        )

    def __bool__(self) -> bool:
        return bool(self.phrases)

    def spans(self, text: str) -> Iterator[Span]:
        """Whole identifiers (any case) and their words, allowing a typo or two in longer words."""
        folded = text.casefold()
        for phrase in self.phrases:
            for match in re.finditer(re.escape(phrase.casefold()), folded):
                yield Span(match.start(), match.end(), "KNOWN")
        if not self.words:
            return
        for token in tokens(text):
            word = token.text.casefold()
            if any(_similar(word, known) for known in self.words):
                yield Span(token.start, token.end, "KNOWN")


def _distinctive(word: str) -> bool:
    """Words matched on their own: names and uncommon words ("Featherstone"), not "case" or "not"."""
    return safelist.is_name(word) or safelist.frequency(word) < safelist.COMMON


def _similar(word: str, known: str) -> bool:
    """Equal, or within a misspelling's edits (a swap of two letters is one): 1 up to 6 letters, 2 beyond."""
    if word == known:
        return True
    if len(word) < 4 or abs(len(word) - len(known)) > 2 or is_clinical(word):
        return False
    allowed = 1 if len(known) <= 6 else 2
    return OSA.distance(word, known, score_cutoff=allowed) <= allowed
