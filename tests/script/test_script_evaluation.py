"""Evaluating conditions: plain comparisons over answers, false when the answer is absent."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import TypeAdapter

from interview.script import Absent, Condition, evaluate

CONDITION: TypeAdapter[Condition] = TypeAdapter(Condition)


def holds(
    condition: dict[str, Any], answers: dict[str, object], items: tuple[dict[str, object], ...] = ()
) -> bool:
    """Evaluate `condition` against `answers`; counts run over `items`, each a dict of answers."""

    def count(_group: str, where: Condition | None) -> int:
        if where is None:
            return len(items)
        return sum(evaluate(where, lambda qid, i=item: i.get(qid, Absent()), count) for item in items)

    return evaluate(CONDITION.validate_python(condition), lambda qid: answers.get(qid, Absent()), count)


@pytest.mark.parametrize(
    ("op", "value", "answer", "expected"),
    [
        ("eq", 3, 3, True),
        ("eq", 3, 4, False),
        ("ne", 3, 4, True),
        ("ne", 3, 3, False),
        ("gt", 3, 4, True),
        ("gt", 3, 3, False),
        ("ge", 3, 3, True),
        ("ge", 3, 2, False),
        ("lt", 3, 2, True),
        ("lt", 3, 3, False),
        ("le", 3, 3, True),
        ("le", 3, 4, False),
        ("in", ["a", "b"], "a", True),
        ("in", ["a", "b"], "c", False),
        ("not_in", ["a", "b"], "c", True),
        ("not_in", ["a", "b"], "a", False),
        ("contains", "sleep", ["sleep", "appetite"], True),
        ("contains", "energy", ["sleep", "appetite"], False),
        ("contains", "nurse", "night nurse", True),
        ("lt", "2021-01", "2020-06", True),
        ("answered", None, False, True),
        ("unanswered", None, False, False),
    ],
)
def test_operator_compares_a_present_answer(op: str, value: object, answer: object, expected: bool) -> None:
    assert holds({"answer": "q", "op": op, "value": value}, {"q": answer}) is expected


@pytest.mark.parametrize("op", ["eq", "ne", "gt", "ge", "lt", "le", "in", "not_in", "contains"])
@pytest.mark.parametrize("absent", [Absent(), Absent("dont_know"), Absent("declined")])
def test_every_comparison_with_an_absent_answer_is_false(op: str, absent: Absent) -> None:
    value: object = ["x"] if op in ("in", "not_in") else "x"
    assert holds({"answer": "q", "op": op, "value": value}, {"q": absent}) is False


def test_not_of_a_comparison_with_an_absent_answer_is_true() -> None:
    assert holds({"not": {"answer": "q", "value": True}}, {}) is True


def test_unanswered_and_answered_tell_absent_from_present() -> None:
    assert holds({"answer": "q", "op": "unanswered"}, {"q": Absent("skipped")}) is True
    assert holds({"answer": "q", "op": "answered"}, {"q": Absent("skipped")}) is False


def test_missing_without_a_reason_is_true_for_any_absent_answer() -> None:
    assert holds({"answer": "q", "op": "missing"}, {"q": Absent("declined")}) is True
    assert holds({"answer": "q", "op": "missing"}, {"q": Absent()}) is True
    assert holds({"answer": "q", "op": "missing"}, {"q": 0}) is False


def test_missing_with_a_reason_is_true_only_for_that_reason() -> None:
    condition = {"answer": "q", "op": "missing", "value": "dont_know"}
    assert holds(condition, {"q": Absent("dont_know")}) is True
    assert holds(condition, {"q": Absent("declined")}) is False
    assert holds(condition, {"q": "dont_know"}) is False


def test_comparing_mismatched_types_is_false_not_an_error() -> None:
    assert holds({"answer": "q", "op": "gt", "value": 3}, {"q": "three"}) is False
    assert holds({"answer": "q", "op": "contains", "value": 3}, {"q": "three"}) is False


def test_all_any_and_not_combine() -> None:
    yes, no = {"answer": "a", "value": True}, {"answer": "a", "value": False}
    assert holds({"all": [yes, {"not": no}]}, {"a": True}) is True
    assert holds({"all": [yes, no]}, {"a": True}) is False
    assert holds({"any": [yes, no]}, {"a": False}) is True
    assert holds({"any": [yes]}, {"a": False}) is False


TRIALS = (
    {"helped": False, "weeks": 8},
    {"helped": False, "weeks": 2},
    {"helped": True, "weeks": 12},
    {"helped": Absent("dont_know"), "weeks": 6},
)


@pytest.mark.parametrize(
    ("condition", "expected"),
    [
        ({"count": "trials"}, True),
        ({"count": "trials", "op": "eq", "value": 4}, True),
        ({"count": "trials", "where": {"answer": "helped", "value": False}, "op": "eq", "value": 2}, True),
        (
            {
                "count": "trials",
                "where": {
                    "all": [{"answer": "helped", "value": False}, {"answer": "weeks", "op": "ge", "value": 6}]
                },
                "op": "eq",
                "value": 1,
            },
            True,
        ),
        ({"count": "trials", "where": {"answer": "helped", "op": "missing"}, "op": "eq", "value": 1}, True),
        ({"count": "trials", "op": "gt", "value": 4}, False),
    ],
)
def test_count_counts_the_items_where_holds(condition: dict[str, Any], expected: bool) -> None:
    assert holds(condition, {}, TRIALS) is expected


def test_count_of_no_items_is_zero() -> None:
    assert holds({"count": "trials", "op": "eq", "value": 0}, {}, ()) is True
