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

from interview.export import safelist
from interview.export.context import kept_by_context, names_by_context
from interview.export.places import place_runs
from interview.export.spans import Span, covers
from interview.export.tokens import TITLES, Token, tokens
from interview.export.vocabulary import is_clinical
from interview.record import load_catalogue

_RUN_GAP = re.compile(r"\.?[ \t]+|-")
"""What may join two capitalised words of one name: spaces (after an abbreviation's dot), a hyphen."""
_PREDICATE_WORDS = frozenset(
    {"the", "a", "an", "very", "so", "too", "quite", "really", "still", "more", "most", "less", "least"}
    | {"feel", "feels", "felt", "feeling", "pretty", "rather", "fairly", "extremely", "bit", "always"}
)
"""Words after which a lower-case word is an adjective or a noun, not a name."""
_DETERMINERS = frozenset({"my", "your", "his", "her", "our", "their", "the", "a", "an", "new", "old"})
_POSSESSIVE = re.compile(r"['’]s$")
_CAPITALISED_SAFE = frozenset(
    {"i", "i'm", "i've", "i'd", "i'll", "ok", "okay", "mom", "mum", "dad", "mother", "father", "god"}
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "english"}
    | {"grandad", "granddad", "grandma", "grandpa", "granny", "nan", "nana", "gran", "mummy", "daddy", "mam"}
    | {"ssn", "dob", "mrn", "nhs", "gp", "id", "ids", "vin", "pin", "dvla", "a&e", "nino", "zip", "ip", "url"}
    | {"ni", "hmrc", "dwp", "pip", "esa", "ssi", "ssdi", "medicaid", "medicare", "po"}
)
"""Capitalised words that are never identifiers: "I", family words, weekdays, and the names of the
identifiers themselves ("my SSN", "my NHS number", "the DVLA")."""


def word_spans(text: str, covered: list[Span]) -> Iterator[Span]:
    """Spans for the words that are not known to be safe (skipping characters already covered)."""
    words = tokens(text)
    if covered:
        words = [t for t in words if not covers(covered, Span(t.start, t.end, ""))]
    masked = {t.start: _verdict(t) for t in words}
    _predicates(words, masked)
    kept = kept_by_context(words)
    for start in kept:
        masked[start] = ""
    names_by_context(words, masked)
    for i, j in place_runs(words, text):
        for t in words[i:j]:
            masked[t.start] = "PLACE"
    for run in _capitalised_runs(words, text):
        if any(masked[t.start] for t in run):
            for t in run:
                if not _keeps_in_run(t) and t.start not in kept:
                    masked[t.start] = masked[t.start] or "NAME"
    _house_numbers(words, masked, text)
    for t in words:
        kind = masked[t.start]
        if kind and t.start not in kept:
            # "[WORD]'s phone": the possessive is grammar, not part of the identifier
            end = t.end - 2 if _POSSESSIVE.search(t.text) and len(t.text) > 2 else t.end
            yield Span(t.start, end, kind)


def _verdict(token: Token) -> str:
    """The kind of identifier the word may be, or "" when it is safe."""
    word = _POSSESSIVE.sub("", token.text) if "s" in token.text[-1:] else token.text  # "GP's" as "GP"
    if any(c.isdigit() for c in word) or is_clinical(word) or word.casefold() in TITLES:
        return ""
    if "-" in word and word.split("-")[0].isupper() and all(_ordinary_part(p) for p in word.split("-")):
        return ""  # "NHS-style", "CBT-based": an acronym's compound, not a proper noun
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


def _compound(word: str) -> bool:
    """A lower-case word made of two common words ("keyworker", "childminder", "flatmate"): ordinary."""
    if len(word) < 7 or not word.isalpha():
        return False
    return any(
        safelist.frequency(word[:i]) >= safelist.COMPOUND_PART
        and safelist.frequency(word[i:]) >= safelist.COMPOUND_PART
        for i in range(3, len(word) - 2)
    )


def _predicates(words: list[Token], masked: dict[int, str]) -> None:
    """A lower-case listed name after "still", "very" or "the" is the word ("he is still sharp", "a
    sharp pain"), not a person; a rare compound after "my" or "the" is a common noun ("my keyworker"),
    not a surname. The context rules that follow may still mark either."""
    for before, word in itertools.pairwise(words):
        if word.capitalised:
            continue
        if (masked[word.start] == "NAME" and before.folded in _PREDICATE_WORDS) or (
            masked[word.start] == "WORD"
            and before.folded in _DETERMINERS
            and _compound(_POSSESSIVE.sub("", word.folded))
        ):
            masked[word.start] = ""


def _capitalised_runs(words: list[Token], text: str) -> Iterator[list[Token]]:
    """Consecutive capitalised words separated by spaces (or an abbreviation's dot) only."""
    run: list[Token] = []
    for t in words:
        joined = run and _RUN_GAP.fullmatch(text[run[-1].end : t.start])
        if t.capitalised and (joined or not run):
            run.append(t)
            continue
        if len(run) > 1:
            yield run
        run = [t] if t.capitalised else []
    if len(run) > 1:
        yield run


def _ordinary_part(part: str) -> bool:
    if part.isupper():
        return is_clinical(part) or safelist.frequency(part) >= safelist.COMMON
    return part.islower() and safelist.frequency(part) >= safelist.RARE


def _keeps_in_run(token: Token) -> bool:
    """Inside a masked proper-noun run only drug and scale names and titles stay ("Dr. [NAME]")."""
    folded = token.text.casefold()
    if token.sentence_initial and not safelist.is_name(folded):
        # "When [NAME] called", "Honestly [NAME] was": a sentence's first word, not part of the name
        common = safelist.frequency(folded) >= safelist.SENTENCE_WORD
        return common or (folded.endswith("ly") and safelist.frequency(folded) >= safelist.COMMON)
    return folded in TITLES or folded in _CAPITALISED_SAFE or (is_clinical(token.text) and _strong(token))


def _strong(token: Token) -> bool:
    # acronyms (CBT, PHQ-9) and drug names are clinical whatever surrounds them; ordinary clinical words
    # ("Psychiatric" in "Oakwood Psychiatric Center") are part of the name
    return token.text.isupper() or load_catalogue().find(token.text) is not None


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
