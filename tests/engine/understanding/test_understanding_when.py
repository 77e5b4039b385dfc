"""When a trial or an episode began or ended, in everyday words, against a fixed interview date."""

from __future__ import annotations

import datetime

import pytest

from interview.engine.understanding.results import NotUnderstood, Understood
from interview.engine.understanding.when import understand_when

TODAY = datetime.date(2026, 12, 3)


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("March 2023", "2023-03"),
        ("03/2023", "2023-03"),
        ("3/23", "2023-03"),
        ("2019", "2019"),
        ("in 2019", "2019"),
        ("spring 2021", "2021-04~"),
        ("last summer", "2026-07~"),
        ("about 8 months ago", "2026-04~"),
        ("a year ago", "2025-12~"),
        ("two years ago", "2024-12~"),
        ("since Christmas", "2025-12"),
        ("last March", "2026-03~"),
        ("around 2019", "2019~"),
        ("still on it", "ongoing"),
        ("I'm still taking it", "ongoing"),
    ],
)
def test_everyday_dates_are_resolved_against_the_interview_date(said: str, value: str) -> None:
    understood = understand_when(said, TODAY, ongoing_allowed=True)
    assert isinstance(understood, Understood) and understood.value == value


def test_still_going_is_refused_where_only_a_date_fits() -> None:
    assert isinstance(understand_when("still on it", TODAY), NotUnderstood)


def test_a_future_year_is_refused_with_the_reason() -> None:
    refused = understand_when("2030", TODAY)
    assert isinstance(refused, NotUnderstood) and "future" in refused.message


def test_dont_know_is_left_to_the_missing_answer_reader() -> None:
    assert isinstance(understand_when("don't know", TODAY), NotUnderstood)
