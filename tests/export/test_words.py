"""The safe-list layer: proper nouns and rare words are masked, ordinary and clinical words kept."""

from __future__ import annotations

import pytest

from interview.export.spans import Span
from interview.export.tokens import tokens
from interview.export.words import word_spans


def _masked(text: str) -> list[str]:
    return [text[s.start : s.end] for s in word_spans(text, [])]


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("I moved to Bethview with Aarav", ["Bethview", "Aarav"]),
        ("Jessica left me.", ["Jessica"]),  # a name starting a sentence
        ("Yesterday was hard.", []),  # an ordinary word starting a sentence
        ("my brother david rang", ["david"]),  # a lower-case name after a kin word
        ("the flurbington was closed", ["flurbington"]),  # rare: not known to be safe
        ("I was at Oakwood Psychiatric Center", ["Oakwood", "Psychiatric", "Center"]),  # masked whole
        ("Zoloft and Wellbutrin and CBT", []),  # clinical vocabulary, capitalised
        ("When Mark Jones called", ["Mark", "Jones"]),
    ],
)
def test_what_the_safe_list_masks(text: str, masked: list[str]) -> None:
    assert _masked(text) == masked


def test_a_house_number_before_a_masked_street_goes_with_it() -> None:
    text = "We moved to 904 Deanna Orchard last year"
    spans = list(word_spans(text, []))
    assert any(text[s.start : s.end] == "904" and s.kind == "ADDRESS" for s in spans)


def test_characters_already_covered_are_skipped() -> None:
    text = "Bethview is far"
    assert list(word_spans(text, [Span(0, 8, "KNOWN")])) == []


def test_a_word_after_a_title_does_not_start_a_sentence() -> None:
    first, second = tokens("Dr. Smith")
    assert first.sentence_initial and not second.sentence_initial
