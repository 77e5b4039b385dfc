"""What counts as an ordinary word: word frequencies (wordfreq) and a list of given names and surnames.

Philter's idea: a word is masked unless it is known to be safe. Known-safe means common in English
(wordfreq's Zipf scale: 3 is about once per million words) and not a person's name.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from wordfreq import zipf_frequency

COMMON = 3.5
"""A capitalised word starting a sentence is ordinary from this Zipf frequency up."""
RARE = 2.0
"""A lower-case word below this Zipf frequency is masked (rare words, misspelt names, made-up places)."""
NAME_AS_WORD = 5.8
"""A name this frequent as an English word ("will", "may") is read as the word when it starts a sentence."""
SENTENCE_WORD = 5.0
"""A first word this common ("When", "After") is not part of the proper noun that follows it."""
LOWERCASE_NAME = 4.5
"""A lower-case name below this frequency ("jessica") is masked; above it ("grace", "hope") it is a word."""

COMPOUND_PART = 4.0
"""A rare lower-case word made of two words this common ("key" + "worker") is an ordinary compound."""


@cache
def frequency(word: str) -> float:
    """The word's Zipf frequency in English (0 when unknown)."""
    return float(zipf_frequency(word.casefold(), "en"))


@cache
def names() -> frozenset[str]:
    """Given names and surnames, case-folded (interview/export/data/names.txt)."""
    text = resources.files("interview.export").joinpath("data/names.txt").read_text("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def is_name(word: str) -> bool:
    """Whether the word is a listed given name or surname."""
    return word.casefold() in names()
