"""Evaluate a condition against answers: plain comparisons, never code."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from interview.script.conditions import (
    AllCondition,
    AnswerCondition,
    AnyCondition,
    Condition,
    CountCondition,
    NotCondition,
)


@dataclass(frozen=True)
class Absent:
    """No usable answer: never asked, not applicable, or a missing reason such as 'dont_know'."""

    reason: str | None = None


AnswerValue = object
"""A typed answer (bool, int, float, str, list[str]) or an Absent."""

Lookup = Callable[[str], AnswerValue]
Counter = Callable[[str, Condition | None], int]


def evaluate(condition: Condition, lookup: Lookup, count: Counter) -> bool:
    """True when the condition holds for the answers `lookup` returns.

    A comparison with an absent answer is false (so `not` of it is true): a question that
    depends on an unknown answer is asked only if the script says so explicitly.
    """
    match condition:
        case AnswerCondition():
            return _compare_answer(condition, lookup(condition.answer))
        case CountCondition():
            return _compare(count(condition.count, condition.where), condition.op, condition.value)
        case AllCondition():
            return all(evaluate(part, lookup, count) for part in condition.all)
        case AnyCondition():
            return any(evaluate(part, lookup, count) for part in condition.any)
        case NotCondition():
            return not evaluate(condition.not_, lookup, count)
    raise TypeError(f"not a condition: {condition!r}")


def _compare_answer(condition: AnswerCondition, answer: AnswerValue) -> bool:
    if condition.op == "answered":
        return not isinstance(answer, Absent)
    if condition.op == "unanswered":
        return isinstance(answer, Absent)
    if condition.op == "missing":
        return isinstance(answer, Absent) and (condition.value is None or answer.reason == condition.value)
    if isinstance(answer, Absent):
        return False
    return _compare(answer, condition.op, condition.value)


def _compare(answer: object, op: str, value: object) -> bool:
    try:
        match op:
            case "eq":
                return answer == value
            case "ne":
                return answer != value
            case "gt":
                return bool(answer > value)  # type: ignore[operator]
            case "ge":
                return bool(answer >= value)  # type: ignore[operator]
            case "lt":
                return bool(answer < value)  # type: ignore[operator]
            case "le":
                return bool(answer <= value)  # type: ignore[operator]
            case "in":
                return isinstance(value, list) and answer in value
            case "not_in":
                return isinstance(value, list) and answer not in value
            case "contains":
                return isinstance(answer, (list, str)) and value in answer
    except TypeError:
        return False  # the validator rejects mismatched types; stay safe at run time anyway
    raise ValueError(f"unknown operator {op!r}")
