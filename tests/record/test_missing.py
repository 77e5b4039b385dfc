"""A Missing value reads as words wherever a report puts it into a sentence."""

import pytest

from interview.record.missing import DECLINED, DONT_KNOW, NOT_APPLICABLE, SKIPPED, Missing


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (NOT_APPLICABLE, "unknown (not applicable)"),
        (SKIPPED, "unknown (skipped)"),
        (DONT_KNOW, "unknown (don't know)"),
        (DECLINED, "unknown (declined)"),
    ],
)
def test_a_missing_value_reads_as_its_reason_in_words(value: Missing, words: str) -> None:
    assert f"{value}" == words
