"""A number followed by what the question counts ("12 sessions") is understood; "none" is 0 if allowed."""

from __future__ import annotations

import datetime

import pytest

from interview.engine.interpret import interpret
from interview.engine.understanding import NotUnderstood, Understood
from interview.script import load_script_text

TODAY = datetime.date(2026, 11, 21)
SCRIPT = """\
id: counted
version: "1"
title: Counted
sections:
  - id: main
    title: Main
    questions:
      - {id: sessions, type: integer, min: 0, max: 500, text: About how many sessions did you go to?}
      - {id: units, type: number, min: 0, max: 400, unit: units a week,
         text: "In a typical week, about how many units of alcohol do you drink?"}
      - {id: score, type: integer, min: 1, max: 27, text: What was the score?}
"""
QUESTIONS = {q.id: q for q in load_script_text(SCRIPT).script.sections[0].questions}


@pytest.mark.parametrize(
    ("qid", "text", "value"),
    [
        ("sessions", "12 sessions", 12),
        ("sessions", "about twelve sessions", 12),
        ("units", "about 10 units", 10),
        ("units", "none", 0),
        ("sessions", "none", 0),
    ],
)
def test_a_count_with_the_questions_own_noun_or_none_is_understood(qid: str, text: str, value: float) -> None:
    result = interpret(QUESTIONS[qid], text, TODAY)
    assert isinstance(result, Understood) and result.value == value and result.approximate


@pytest.mark.parametrize(
    ("qid", "text"), [("units", "10 pints"), ("sessions", "12 apples"), ("score", "none")]
)
def test_other_words_after_a_number_or_none_out_of_range_are_asked_again(qid: str, text: str) -> None:
    assert isinstance(interpret(QUESTIONS[qid], text, TODAY), NotUnderstood)
