"""Risk cues in free text: the phrases start the screener, ordinary words that look alike do not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interview.safety.cues import PhraseList, default_phrases, find_cues, words_of


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Honestly I'd be better off dead", "better off dead"),
        ("BETTER OFF DEAD.", "better off dead"),
        ("sometimes I think I should kill myself", "kill myself"),
        ("I want to kill my self", "kill myself"),
        ("I just want to end it all", "end it all"),
        ("there's no reason to live any more", "no reason to live"),
        ("I want to die", "want to die"),
        ("I wanna die", "wanna die"),
        ("I'd like to go to sleep and not wake up", "sleep and not wake up"),
        ("I don’t want to wake up", "dont want to wake up"),
        ("I've been feeling suicidal", "suicidal"),
        ("no reasn to live", "no reason to live"),  # one typo in a long word
        ("I wnat to die", "want to die"),  # two letters swapped
        ("i cant go on like this", "cant go on"),
        ("I never wanted to kill myself", "kill myself"),  # negation is for the screener to explore
    ],
)
def test_a_risk_phrase_is_found_whatever_the_case_punctuation_or_apostrophes(text: str, phrase: str) -> None:
    assert phrase in [cue.phrase for cue in find_cues(text)]


@pytest.mark.parametrize(
    "text",
    [
        "I'm dead tired all the time",
        "I was just killing time in the waiting room",
        "the side effects of the drug died down after a week",
        "in the end it all worked out",
        "I did not wake up until ten",
        "I want to diet",
        "I could kill myself laughing at that show",
        "I fill myself up with coffee",
        "my dad died last year",
        "we cannot go on holiday this year",
        "",
        "sertraline 100 mg",
    ],
)
def test_ordinary_phrases_are_not_risk_cues(text: str) -> None:
    assert find_cues(text) == []


def test_the_words_as_typed_are_kept_for_the_record_without_punctuation() -> None:
    (cue,) = find_cues("Sometimes I'd be Better-off dead, really")
    assert cue.matched == "Better off dead"


def test_normalising_drops_apostrophes_and_punctuation() -> None:
    assert words_of("Don’t  WANT—to... live!") == ["dont", "want", "to", "live"]


def test_exceptions_in_the_data_only_cover_their_own_words() -> None:
    phrases = PhraseList.parse("end it all\n!in the end it all\n# a comment\n")
    assert find_cues("in the end it all worked", phrases) == []
    assert [
        c.phrase for c in find_cues("in the end it all worked, but now I want to end it all", phrases)
    ] == ["end it all"]


def test_the_shipped_list_has_the_phrases_the_rules_name() -> None:
    phrases = {" ".join(p) for p in default_phrases().cues}
    assert {"better off dead", "kill myself", "end it all", "no reason to live", "want to die"} <= phrases


@given(st.text(max_size=200))
def test_any_text_is_scanned_without_error(text: str) -> None:
    for cue in find_cues(text):
        assert cue.phrase and cue.matched
