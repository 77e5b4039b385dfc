"""Risk cues in free text ("better off dead"): phrases kept as data, matched on normalised words."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources

from rapidfuzz.distance import OSA

PHRASES_FILE = "risk_phrases.txt"
TYPO_MIN_LENGTH = 5
"""Words this long may differ by one typo (swap, drop, add or change a letter); four-letter words by
one swap of neighbouring letters; shorter words must match exactly."""
_APOSTROPHES = "'’‘`´ʼ"


@dataclass(frozen=True)
class Cue:
    """A risk phrase found in a text: the phrase from the list and the words as typed."""

    phrase: str
    matched: str


@dataclass(frozen=True)
class PhraseList:
    """Cue phrases and exceptions, each as a tuple of normalised words."""

    cues: tuple[tuple[str, ...], ...]
    exceptions: tuple[tuple[str, ...], ...]

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """Every word of every phrase."""
        return frozenset(w for phrase in (*self.cues, *self.exceptions) for w in phrase)

    @cached_property
    def _known(self) -> dict[str, frozenset[str]]:
        return {}

    def matches(self, word: str) -> frozenset[str]:
        """The words of the list that a typed word stands for (itself, or with one typo); remembered."""
        known = self._known.get(word)
        if known is None:
            if len(self._known) > 50_000:  # bounded: free text has no limit on distinct words
                self._known.clear()
            known = self._known[word] = frozenset(w for w in self.vocabulary if _same(word, w))
        return known

    @classmethod
    def parse(cls, text: str) -> PhraseList:
        """Read the data format: one phrase a line, `#` comments, `!` exceptions."""
        cues: list[tuple[str, ...]] = []
        exceptions: list[tuple[str, ...]] = []
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            target = exceptions if line.startswith("!") else cues
            words = tuple(words_of(line.lstrip("!")))
            if words:
                target.append(words)
        return cls(tuple(cues), tuple(exceptions))


def words_of(text: str) -> list[str]:
    """Lower-case words without punctuation; apostrophes vanish so "don't" and "dont" are one word."""
    return [word.lower() for word in _plain(text).split()]


def _plain(text: str) -> str:
    """Accents folded, apostrophes dropped, every other non-letter a space; case kept."""
    folded = unicodedata.normalize("NFKD", text)
    for mark in _APOSTROPHES:
        folded = folded.replace(mark, "")
    folded = "".join(
        ch if ch.isascii() and ch.isalnum() else " " for ch in folded if not unicodedata.combining(ch)
    )
    return folded


@cache
def default_phrases() -> PhraseList:
    """The phrase list shipped in interview/safety/data/."""
    source = resources.files("interview.safety").joinpath("data", PHRASES_FILE)
    return PhraseList.parse(source.read_text(encoding="utf-8"))


def find_cues(text: str, phrases: PhraseList | None = None) -> list[Cue]:
    """Every risk phrase in `text`, in order of appearance (none for empty or ordinary text)."""
    phrases = phrases or default_phrases()
    words = _typed_words(text)
    # which list words each distinct typed word stands for: a long note repeats few distinct words
    meaning = {word: phrases.matches(word) for word in {word for word, _ in words}}
    normal = [meaning[word] for word, _ in words]
    starts: dict[str, list[int]] = {}
    for position, stands_for in enumerate(normal):
        for wanted in stands_for:
            starts.setdefault(wanted, []).append(position)
    excepted = {
        i for exception in phrases.exceptions for span in _spans(normal, starts, exception) for i in span
    }
    found: list[tuple[int, Cue]] = []
    for phrase in phrases.cues:
        span = next((s for s in _spans(normal, starts, phrase) if not set(s) <= excepted), None)
        if span is not None:
            found.append((span.start, Cue(" ".join(phrase), " ".join(words[i][1] for i in span))))
    return [cue for _, cue in sorted(found, key=lambda pair: pair[0])]


def _typed_words(text: str) -> list[tuple[str, str]]:
    """Each normalised word with the word as typed (for showing what matched); "my self" is one word."""
    pairs: list[tuple[str, str]] = []
    for typed in _plain(text).split():
        word = typed.lower()
        if word == "self" and pairs and pairs[-1][0] == "my":
            pairs[-1] = ("myself", f"{pairs[-1][1]} {typed}")
        else:
            pairs.append((word, typed))
    return pairs


def _spans(words: list[frozenset[str]], starts: dict[str, list[int]], phrase: tuple[str, ...]) -> list[range]:
    """Where the phrase occurs, given the list words each typed word stands for and where each starts."""
    size = len(phrase)
    return [
        range(start, start + size)
        for start in starts.get(phrase[0], [])
        if start + size <= len(words) and all(phrase[k] in words[start + k] for k in range(1, size))
    ]


def _same(word: str, wanted: str) -> bool:
    if word == wanted:
        return True
    if len(wanted) >= TYPO_MIN_LENGTH:
        return OSA.distance(word, wanted, score_cutoff=1) <= 1
    # four-letter words forgive only two swapped letters ("wnat"): "fill" is not "kill"
    return len(wanted) == 4 and sorted(word) == sorted(wanted) and OSA.distance(word, wanted) == 1
