"""The safe-list layer: every word not known to be ordinary or clinical is masked, names and places first.

Capitalised words inside a sentence are proper nouns (names, places, institutions) unless they are
clinical vocabulary; a run of capitalised words with one masked word in it is masked whole
("Oakwood Psychiatric Center"). A capitalised first word is masked when it is rare or a name. Lower-case
words are masked when rare (misspelt names, made-up places) or when they are an uncommon given name.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from interview.export import safelist
from interview.export.spans import Span
from interview.export.vocabulary import is_clinical
from interview.record import load_catalogue

_TOKEN = re.compile(r"[^\W_](?:[\w'’]*[^\W_])?(?:[-/][^\W_]+)*", re.UNICODE)
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\"“”(\[\n•*-])\s*$")
_TITLES = frozenset({"dr", "mr", "mrs", "ms", "miss", "prof", "sir", "dame", "rev", "st"})
_CAPITALISED_SAFE = frozenset(
    {"i", "i'm", "i've", "i'd", "i'll", "ok", "okay", "mom", "mum", "dad", "mother", "father", "god"}
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "english"}
)


_RELATIONS = frozenset(
    {"brother", "sister", "husband", "wife", "son", "daughter", "partner", "boyfriend", "girlfriend"}
    | {"friend", "uncle", "aunt", "auntie", "cousin", "niece", "nephew", "grandson", "granddaughter"}
    | {"fiance", "fiancé", "fiancee", "stepson", "stepdaughter", "ex", "colleague", "boss", "neighbour"}
    | {"neighbor", "dr", "doctor", "mr", "mrs", "ms", "called", "named"}
)


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
        before = text[: match.start()]
        initial = bool(_SENTENCE_END.search(before)) and not _after_title(before)
        found.append(Token(match.start(), match.end(), match.group(), initial))
    return found


def _after_title(before: str) -> bool:
    stripped = before.rstrip()
    if not stripped.endswith("."):
        return False
    last = stripped[:-1].rsplit(None, 1)[-1:] or [""]
    return last[0].casefold() in _TITLES


def word_spans(text: str, covered: list[Span]) -> Iterator[Span]:
    """Spans for the words that are not known to be safe (skipping characters already covered)."""
    words = [t for t in tokens(text) if not _overlaps(t, covered)]
    masked = {t.start: _verdict(t) for t in words}
    for before, t in itertools.pairwise(words):
        if before.text.casefold() in _RELATIONS and not masked[t.start] and _may_be_name(t):
            masked[t.start] = "NAME"  # "my brother david": a common word elsewhere, a name here
    for run in _capitalised_runs(words, text):
        if any(masked[t.start] for t in run):
            for t in run:
                if not _keeps_in_run(t):
                    masked[t.start] = "NAME"
    _house_numbers(words, masked, text)
    for t in words:
        kind = masked[t.start]
        if kind:
            yield Span(t.start, t.end, kind)


def _verdict(token: Token) -> str:
    """The kind of identifier the word may be, or "" when it is safe."""
    word = token.text
    if any(c.isdigit() for c in word) or is_clinical(word) or word.casefold() in _TITLES:
        return ""
    folded = word.casefold()
    frequency = safelist.frequency(folded)
    if token.capitalised:
        if folded in _CAPITALISED_SAFE:
            return ""
        if word.isupper() and len(word) > 1:
            return "" if frequency >= safelist.COMMON else "NAME"  # shouting or an acronym
        if not token.sentence_initial:
            return "NAME"
        if frequency < safelist.COMMON or (safelist.is_name(folded) and frequency < safelist.NAME_AS_WORD):
            return "NAME"
        return ""
    if safelist.is_name(folded) and frequency < safelist.LOWERCASE_NAME:
        return "NAME"
    return "WORD" if frequency < safelist.RARE else ""


def _capitalised_runs(words: list[Token], text: str) -> Iterator[list[Token]]:
    """Consecutive capitalised words separated by spaces (or an abbreviation's dot) only."""
    run: list[Token] = []
    for t in words:
        joined = run and re.fullmatch(r"\.?[ \t]+|-", text[run[-1].end : t.start])
        if t.capitalised and (joined or not run):
            run.append(t)
            continue
        if len(run) > 1:
            yield run
        run = [t] if t.capitalised else []
    if len(run) > 1:
        yield run


def _keeps_in_run(token: Token) -> bool:
    """Inside a masked proper-noun run only drug and scale names and titles stay ("Dr. [NAME]")."""
    folded = token.text.casefold()
    if token.sentence_initial and not safelist.is_name(folded):
        return safelist.frequency(folded) >= safelist.SENTENCE_WORD  # "When [NAME] called"
    return folded in _TITLES or folded in _CAPITALISED_SAFE or (is_clinical(token.text) and _strong(token))


def _strong(token: Token) -> bool:
    # acronyms (CBT, PHQ-9) and drug names are clinical whatever surrounds them; ordinary clinical words
    # ("Psychiatric" in "Oakwood Psychiatric Center") are part of the name
    return token.text.isupper() or load_catalogue().find(token.text) is not None


def _overlaps(token: Token, covered: list[Span]) -> bool:
    return any(s.start < token.end and token.start < s.end for s in covered)


def _house_numbers(words: list[Token], masked: dict[int, str], text: str) -> None:
    """A number before two masked proper nouns is a house number ("904 [NAME] [NAME]"); one after a masked
    acronym is a box or unit number ("PSC 8131")."""
    for i, t in enumerate(words):
        if not t.text.isdigit():
            continue
        after = words[i + 1 : i + 3]
        before = words[i - 1] if i else None
        street = len(after) == 2 and all(masked[w.start] == "NAME" and w.capitalised for w in after)
        street = street and text[t.end : after[0].start].isspace()
        boxed = (
            before is not None
            and masked[before.start] == "NAME"
            and before.text.isupper()
            and text[before.end : t.start].isspace()
        )
        if street or boxed:
            masked[t.start] = "ADDRESS"


def _may_be_name(token: Token) -> bool:
    """A word right after "my brother" is a name when it is a listed name or not a very common word."""
    folded = token.text.casefold()
    if is_clinical(token.text) or any(c.isdigit() for c in token.text) or folded in _TITLES:
        return False
    return safelist.is_name(folded) or safelist.frequency(folded) < safelist.SENTENCE_WORD
