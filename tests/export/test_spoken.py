"""Spoken identifiers in written shape: what is rewritten, what is left alone, and spans mapped back."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview.export import Anonymizer
from interview.export.normalizer import normalize
from interview.export.spans import Span


@pytest.mark.parametrize(
    ("spoken", "written"),
    [
        ("she was ninety-seven", "she was 97"),
        ("ring oh seven seven double four one two", "ring 0774412"),
        ("triple nine", "999"),
        ("one hundred and two", "102"),
        ("nineteen ninety", "1990"),
        ("december eleventh", "december 11th"),
        ("the twenty-first of may twenty twenty", "the 21st of may 2020"),
        ("the car was m t five eight t k l", "the car was MT58TKL"),
        ("reg c r eight nine j e p i think", "reg CR89JEP i think"),
        ("email lil deborah at hotmail dot co dot uk", "email lildeborah@hotmail.co.uk"),
        ("it is jo dot baker forty two at gmail dot com", "it is jo.baker42@gmail.com"),
        ("see nhs dot uk", "see nhs.uk"),
        ("she is ninety years old", "she is 90 years old"),
    ],
)
def test_spoken_identifiers_are_written_out(spoken: str, written: str) -> None:
    assert normalize(spoken).text == written


@pytest.mark.parametrize(
    "text",
    [
        "fifty milligrams at night",
        "twelve sessions of CBT",
        "two or three times a week",
        "wait a second",
        "oh well, I am at home",
        "call 555-376-2033",
        "it was at the clinic",
    ],
)
def test_quantities_and_ordinary_words_stay_as_they_are(text: str) -> None:
    assert normalize(text).text == text


def test_a_span_of_the_written_shape_covers_the_words_it_came_from() -> None:
    text = "my number is oh seven seven nine one if you need me"
    written = normalize(text)
    start = written.text.index("07791")
    span = written.original(Span(start, start + 5, "PHONE"))
    assert text[span.start : span.end] == "oh seven seven nine one"


def test_a_text_with_nothing_spoken_maps_onto_itself() -> None:
    written = normalize("Sertraline 100 mg since 2019")
    assert written.original(Span(0, 10, "X")) == Span(0, 10, "X")


_PIECES = ["oh", "seven", "double", "ninety", "-", "first", " ", ", ", "at", "dot", "com", "a", "i", "mg"]


@settings(deadline=None)  # the first call loads the word data; speed is measured in benchmarks/
@given(st.lists(st.sampled_from([*_PIECES, "x", "Jo", "5", "."]), max_size=30).map(" ".join))
def test_spans_mapped_back_stay_inside_the_text_and_in_order(text: str) -> None:
    spans = Anonymizer().spans(text)
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
    written = normalize(text)
    assert len(written.starts) in (0, len(written.text))
