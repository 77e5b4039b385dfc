"""Which comparisons make sense for which question kind: a yes/no is not compared with 5."""

from __future__ import annotations

import re
from collections.abc import Iterator

from interview.script.conditions import (
    ORDERING_OPERATORS,
    VALUELESS_OPERATORS,
    AnswerCondition,
)
from interview.script.questions import (
    Dose,
    Duration,
    Integer,
    LinkReview,
    MonthYear,
    MultipleChoice,
    Number,
    QuestionBase,
    Rating,
    ReadBack,
    Repeat,
    SingleChoice,
    Text,
    YesNo,
)

MISSING_REASONS = ("not_applicable", "skipped", "dont_know", "declined")
MONTH_YEAR = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
NUMERIC_KINDS = (Integer, Number, Rating, Duration, Dose)


def answer_type_problems(condition: AnswerCondition, question: QuestionBase) -> Iterator[tuple[str, str]]:
    """(offending key, message) for a comparison that cannot make sense for this kind of question."""
    op, value, qid = condition.op, condition.value, condition.answer
    if isinstance(question, Repeat):
        yield "answer", f"'{qid}' is a repeat group: compare with a count condition"
        return
    if op in VALUELESS_OPERATORS:
        if value is not None:
            yield "value", f"'{op}' takes no value"
        return
    if op == "missing":
        if value is not None and value not in MISSING_REASONS:
            yield "value", f"'missing' takes one of {', '.join(MISSING_REASONS)}, not {value!r}"
        return
    if value is None:
        yield (
            ("op" if "op" in condition.model_fields_set else "answer"),
            f"'{op}' needs a value to compare with",
        )
        return
    values: list[object] = list(value) if isinstance(value, list) else [value]
    if op in ("in", "not_in") and not isinstance(value, list):
        yield "value", f"'{op}' needs a list of values"
    elif op not in ("in", "not_in") and isinstance(value, list):
        yield "value", f"'{op}' compares with one value, not a list"
    for key, problem in _kind_rules(question, op, values):
        yield key, f"'{qid}' ({_kind(question)}): {problem}"


def _kind_rules(question: QuestionBase, op: str, values: list[object]) -> Iterator[tuple[str, str]]:
    allowed_ops = _operators_for(question)
    if op not in allowed_ops:
        hint = " (use 'contains')" if isinstance(question, MultipleChoice) else ""
        yield "op", f"a {_kind(question)} answer cannot use '{op}'{hint}"
    yield from (("value", problem) for value in values if (problem := _value_problem(question, value)))


def _operators_for(question: QuestionBase) -> frozenset[str]:
    """The comparisons that make sense for the answers of this kind of question."""
    equality = frozenset({"eq", "ne", "in", "not_in"})
    if isinstance(question, LinkReview):
        return frozenset()  # its answer is a set of edits: only answered/missing make sense
    if isinstance(question, YesNo | ReadBack | SingleChoice):
        return equality
    if isinstance(question, MultipleChoice):
        return frozenset({"contains"})
    if isinstance(question, Text):
        return equality | {"contains"}
    return equality | ORDERING_OPERATORS  # numbers, ratings, durations, doses, month-year


def _value_problem(question: QuestionBase, value: object) -> str | None:
    """Why `value` can never equal an answer to this question (None if it can)."""
    if isinstance(question, YesNo | ReadBack):  # a read-back answer is true (confirmed) or false
        return None if isinstance(value, bool) else f"compare with true or false, not {value!r}"
    if isinstance(question, SingleChoice | MultipleChoice):
        allowed = sorted(o.value for o in question.options)
        return None if value in allowed else f"{value!r} is not one of its option values {allowed}"
    if isinstance(question, NUMERIC_KINDS):
        if isinstance(value, bool) or not isinstance(value, int | float):
            return f"compare with a number, not {value!r}"
        if isinstance(question, Rating) and not question.min <= value <= question.max:
            return f"{value} is outside the scale {question.min}-{question.max}"
        return None
    if isinstance(question, MonthYear):
        ok = isinstance(value, str) and MONTH_YEAR.match(value)
        return None if ok else f"compare with 'YYYY-MM', not {value!r}"
    if isinstance(question, Text):
        return None if isinstance(value, str) else f"compare with text, not {value!r}"
    return None


def _kind(question: QuestionBase) -> str:
    return str(getattr(question, "type", "unknown")).replace("_", " ")
