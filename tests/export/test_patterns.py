"""Shaped identifiers: each kind found in its common forms, clinical numbers left alone."""

from __future__ import annotations

import pytest

from interview.export.patterns import age_spans, pattern_spans


def _found(text: str) -> set[str]:
    return {text[s.start : s.end] for s in pattern_spans(text)}


@pytest.mark.parametrize(
    ("text", "identifier"),
    [
        ("ring 555-376-2033 now", "555-376-2033"),
        ("ring (555)376-2033x123 now", "(555)376-2033x123"),
        ("ring +44 20 7946 0958 now", "+44 20 7946 0958"),
        ("mail a.b+c@mail.example.co.uk now", "a.b+c@mail.example.co.uk"),
        ("see https://example.com/a?b=1.", "https://example.com/a?b=1"),
        ("ip 10.0.0.12 and", "10.0.0.12"),
        ("ip 2001:db8::8a2e:370:7334 and", "2001:db8::8a2e:370:7334"),
        ("ssn 123-45-6789 and", "123-45-6789"),
        ("on 2008-03-16 and", "2008-03-16"),
        ("on 16 March 2008 and", "16 March 2008"),
        ("on Mar 3, 2020 and", "Mar 3, 2020"),
        ("mrn A799668 and", "A799668"),
        ("licence plate KUT 320 and", "KUT 320"),
        ("zip 94107-1234 and", "94107-1234"),
        ("Apt. 871 and", "Apt. 871"),
        ("reg mk34pnk and", "mk34pnk"),
        ("I'm @bean45 on there", "@bean45"),
        ("see nhs.uk/conditions and", "nhs.uk/conditions"),
        ("admitted on the 14th and", "the 14th"),
        ("since may the 11th and", "may the 11th"),
        ("at Christmas and", "Christmas"),
        ("around new year's eve and", "new year's eve"),
    ],
)
def test_each_kind_is_found(text: str, identifier: str) -> None:
    assert any(identifier in found for found in _found(text)), _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "sertraline 100 mg for 8 weeks",
        "venlafaxine 37.5mg then 1200 mg of lithium",
        "PHQ-9 of 18, HAMD17 score 22",
        "CBT 12 sessions in 2019",
        "May I ask something",
        "on the 3rd attempt, the 2nd time",
        "a 450mg dose and B12",
    ],
)
def test_clinical_numbers_and_years_are_not_identifiers(text: str) -> None:
    assert _found(text) == set()


@pytest.mark.parametrize(("text", "age"), [("she is 94 years old", "94"), ("aged 101", "101")])
def test_ages_over_89_are_capped(text: str, age: str) -> None:
    (span,) = age_spans(text)
    assert text[span.start : span.end] == age and span.label == "90+"


def test_ages_under_90_and_doses_are_not_capped() -> None:
    assert list(age_spans("she is 89 years old, at 90 mg")) == []


def test_a_keyword_before_an_identifier_stays_readable() -> None:
    text = "my NHS number is 943 476 5919"
    assert min(s.start for s in pattern_spans(text)) == text.index("943")
