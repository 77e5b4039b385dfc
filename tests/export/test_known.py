"""Layer 1: identifiers from the structured answers are removed everywhere, misspelt or not."""

from __future__ import annotations

import pytest

from interview.export import Anonymizer


@pytest.mark.parametrize(
    "text",
    [
        "I told Rosalind Featherstone about it.",
        "rosalind featherstone knows",
        "Rosalnd came by",  # a letter missing
        "Featherstnoe again",  # two letters swapped
        "ROSALIND was there",
    ],
)
def test_the_patient_label_and_its_misspellings_are_removed(text: str) -> None:
    out = Anonymizer(known=["Rosalind Featherstone"]).anonymize(text)
    assert "osal" not in out.casefold() and "eather" not in out.casefold()
    assert "[KNOWN]" in out


def test_clinical_words_are_never_taken_for_a_known_identifier() -> None:
    out = Anonymizer(known=["Sertralina Lane"]).anonymize("I took sertraline for weeks")
    assert out == "I took sertraline for weeks"


def test_a_known_place_in_lower_case_is_removed_although_it_is_an_ordinary_word() -> None:
    assert Anonymizer(known=["Reading"]).anonymize("we moved to reading") == "we moved to [KNOWN]"


def test_short_words_must_match_exactly() -> None:
    # "Ann" vs "and": a 3-letter piece allows no typo, or every "and" would vanish
    assert Anonymizer(known=["Ann Lee"]).anonymize("me and him") == "me and him"
