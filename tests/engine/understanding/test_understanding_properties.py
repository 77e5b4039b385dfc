"""Property tests: no input of any kind makes a parser raise, and literal values round-trip."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from interview.engine.understanding import (
    NotUnderstood,
    Understood,
    recognize_command,
    recognize_missing,
    understand_choice,
    understand_choices,
    understand_dose_mg_per_day,
    understand_drug_name,
    understand_duration_weeks,
    understand_free_text,
    understand_integer,
    understand_month_year,
    understand_number,
    understand_rating,
    understand_yes_no,
)

TODAY = datetime.date(2025, 6, 10)
OPTIONS = [("anx", "Anxiety"), ("ins", "Insomnia"), ("nv", "Nausea and vomiting")]
POINTS = [(1, "Extremely better"), (2, "A lot better"), (3, None), (5, "No change"), (9, "Worse")]
DRUGS = ["sertraline", "Zoloft", "fluoxetine", "Prozac", "lithium"]

# Anything at all: every code point (controls, surrogates, emoji), and long pastes.
any_text = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec=None), max_size=50),
    st.text(alphabet="0123456789 .,-/:'amgdwkyrsince", max_size=40),
    st.sampled_from(["", " ", "\x00", "\u200b", "😀" * 30, "9" * 10_000, "one " * 2_500]),
)

PARSERS = {
    "yes_no": understand_yes_no,
    "integer": lambda t: understand_integer(t, 0, 100, "weeks"),
    "number": lambda t: understand_number(t, None, None, None),
    "duration": lambda t: understand_duration_weeks(t, TODAY),
    "dose": understand_dose_mg_per_day,
    "month_year": lambda t: understand_month_year(t, TODAY),
    "choice": lambda t: understand_choice(t, OPTIONS),
    "choices": lambda t: understand_choices(t, OPTIONS),
    "rating": lambda t: understand_rating(t, POINTS),
    "free_text": lambda t: understand_free_text(t, 500),
    "drug_name": lambda t: understand_drug_name(t, DRUGS),
}


@pytest.mark.parametrize("name", PARSERS)
@settings(max_examples=150, deadline=None)
@given(text=any_text)
def test_every_parser_accepts_any_text_without_raising(name: str, text: str) -> None:
    result = PARSERS[name](text)
    assert isinstance(result, Understood | NotUnderstood)
    if isinstance(result, NotUnderstood):
        assert result.message


@settings(deadline=None)
@given(text=any_text)
def test_recognizers_accept_any_text_without_raising(text: str) -> None:
    recognize_command(text)
    recognize_missing(text)


@given(text=st.text(), limit=st.none() | st.integers(min_value=0, max_value=20))
def test_free_text_is_never_longer_than_its_limit(text: str, limit: int | None) -> None:
    result = understand_free_text(text, limit)
    if isinstance(result, Understood) and limit is not None:
        assert len(str(result.value)) <= limit


@given(n=st.integers(min_value=-1_000_000, max_value=1_000_000))
def test_any_integer_in_range_reads_back_as_itself(n: int) -> None:
    assert understand_integer(str(n), -1_000_000, 1_000_000, None) == Understood(n, str(n), approximate=False)


@given(n=st.integers(min_value=0, max_value=999))
def test_small_numbers_in_words_round_trip(n: int) -> None:
    result = understand_integer(_in_words(n), None, None, None)
    assert isinstance(result, Understood)
    assert result.value == n


@given(n=st.integers(min_value=0, max_value=5_000))
def test_n_weeks_is_n_weeks(n: int) -> None:
    result = understand_duration_weeks(f"{n} weeks", TODAY)
    assert isinstance(result, Understood)
    assert result.value == n
    assert not result.approximate


@given(x=st.floats(min_value=0.001, max_value=9_999, allow_nan=False).map(lambda x: round(x, 3)))
def test_any_dose_in_mg_reads_back_as_itself(x: float) -> None:
    result = understand_dose_mg_per_day(f"{x} mg")
    assert isinstance(result, Understood)
    assert result.value == pytest.approx(x)


@given(day=st.dates(min_value=datetime.date(1900, 1, 1), max_value=TODAY))
def test_any_past_month_in_iso_form_reads_back_as_itself(day: datetime.date) -> None:
    assert understand_month_year(day.strftime("%Y-%m"), TODAY) == Understood(
        day.strftime("%Y-%m"), _month_display(day), approximate=False
    )


@given(chosen=st.lists(st.integers(min_value=1, max_value=len(OPTIONS)), min_size=1))
def test_any_list_of_shown_numbers_chooses_those_options_in_the_order_typed(chosen: list[int]) -> None:
    result = understand_choices(", ".join(map(str, chosen)), OPTIONS)
    assert isinstance(result, Understood)
    assert result.value == [OPTIONS[i - 1][0] for i in dict.fromkeys(chosen)]


_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _in_words(n: int) -> str:
    """English words for 0-999, written out independently of the code under test."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else "")
    rest = n % 100
    return _ONES[n // 100] + " hundred" + (" and " + _in_words(rest) if rest else "")


def _month_display(day: datetime.date) -> str:
    """'March 2023' for a date in March 2023."""
    months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
    return f"{months[day.month - 1]} {day.year}"
