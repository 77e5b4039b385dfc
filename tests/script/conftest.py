"""Helpers for table-driven script tests: a tiny YAML inline, and the problems it must produce."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Mapping

import pytest

from interview.script import FieldKind, FieldShape, ScriptError, ScriptProblem, load_script_text, validate
from interview.script.safety import SCREENER_FIELDS

RECORD_FIELDS: Mapping[str, str | FieldShape] = {
    "person.age": "age in years",
    "episode.start": "month the current episode began",
    "medication_trials[].drug": "the drug of one trial",
    "medication_trials[].dose": "the highest daily dose of one trial, mg/day",
    **dict.fromkeys(SCREENER_FIELDS, "a C-SSRS screener item"),
    "lifestyle.poor_sleep": FieldShape("yes/no", FieldKind.YES_NO),
    "episode.severity": FieldShape(
        "one of: mild, moderate, severe", FieldKind.CHOICE, ("mild", "moderate", "severe")
    ),
    "episode.weeks": FieldShape("number (>= 0), weeks", FieldKind.NUMBER, low=0, unit="weeks"),
    "episode.score": FieldShape("int (>= 0)", FieldKind.INTEGER, low=0),
    "treatments[].name": FieldShape("text, never unknown", FieldKind.TEXT, can_be_missing=False),
    "treatments[].kellner": FieldShape("int (1 to 9)", FieldKind.INTEGER, low=1, high=9),
    "treatments[].side_effects": FieldShape("list of text", FieldKind.TEXT_LIST),
    "areas": FieldShape("list of: grief, dispute", FieldKind.CHOICE_LIST, ("grief", "dispute")),
    "macro_decisions": FieldShape("macro-analysis link decisions", FieldKind.LINK_DECISIONS),
}
"""A small stand-in for the ClinicalRecord's fields (a description, or a FieldShape where the type is
checked too): the script package must not import the record."""

HEADER = """\
id: inline
version: "1"
title: Inline
sections:
  - id: main
    title: Main
    questions:
"""


def problems_of(
    yaml_text: str, record_fields: Mapping[str, str | FieldShape] | None = RECORD_FIELDS
) -> list[str]:
    """`LINE: CODE message` for every problem in the script, loader and validator alike.

    A text that starts with `- ` is a list of questions, put inside a one-section script; line
    numbers always count from the first line of the text given.
    """
    text = textwrap.dedent(yaml_text).lstrip("\n")
    offset = 0
    if text.startswith("- "):
        offset = HEADER.count("\n")
        text = HEADER + textwrap.indent(text, "      ")
    try:
        found: list[ScriptProblem] = validate(load_script_text(text), record_fields)
    except ScriptError as error:
        found = error.problems
    return [f"{p.line - offset}: {p.code.value} {p.message}" for p in found]


def _assert_problems(yaml_text: str, expected: list[str]) -> None:
    """Each expected `LINE: CODE fragment` matches one problem, in order, and nothing else is reported."""
    found = problems_of(yaml_text)
    assert len(found) == len(expected), "\n".join(found)
    for actual, wanted in zip(found, expected, strict=True):
        line, code, *words = wanted.split(" ")
        where_and_code, fragment = f"{line} {code}", " ".join(words)
        assert actual.startswith(where_and_code), f"{actual!r} is not at {where_and_code!r}"
        assert fragment in actual, f"{actual!r} does not mention {fragment!r}"


@pytest.fixture
def assert_problems() -> Callable[[str, list[str]], None]:
    """`assert_problems(yaml, ["9: SCRIPT_006 asked later"])`; `[]` asserts the script is sound."""
    return _assert_problems


@pytest.fixture
def record_fields() -> Mapping[str, str | FieldShape]:
    """The stand-in ClinicalRecord fields the corpus is validated against."""
    return RECORD_FIELDS
