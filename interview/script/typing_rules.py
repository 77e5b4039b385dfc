"""Which comparisons make sense for which question kind: a yes/no is not compared with 5."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from interview.script.conditions import (
    ORDERING_OPERATORS,
    VALUELESS_OPERATORS,
    AnswerCondition,
    Condition,
    CountCondition,
    answer_ids,
    subconditions,
)
from interview.script.questions import (
    Dose,
    Duration,
    Integer,
    MonthYear,
    MultipleChoice,
    Number,
    QuestionBase,
    Rating,
    Repeat,
    SingleChoice,
    Text,
    YesNo,
)

MISSING_REASONS = ("not_applicable", "skipped", "dont_know", "declined")
MONTH_YEAR = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
NUMERIC_KINDS = (Integer, Number, Rating, Duration, Dose)


def condition_type_problems(condition: Condition, questions: Mapping[str, QuestionBase]) -> list[str]:
    """Messages for comparisons that cannot make sense; unknown ids are reported elsewhere."""
    return list(_walk(condition, questions))


def _walk(condition: Condition, questions: Mapping[str, QuestionBase]) -> Iterator[str]:
    if isinstance(condition, AnswerCondition):
        question = questions.get(condition.answer)
        if question is not None:
            yield from _answer_problems(condition, question)
        return
    if isinstance(condition, CountCondition):
        yield from _count_problems(condition, questions)
        return
    for part in subconditions(condition):
        yield from _walk(part, questions)


def _count_problems(condition: CountCondition, questions: Mapping[str, QuestionBase]) -> Iterator[str]:
    group = questions.get(condition.count)
    if group is None:
        yield f"count reads unknown repeat group '{condition.count}'"
        return
    if not isinstance(group, Repeat):
        yield f"count needs a repeat group, but '{condition.count}' is a {_kind(group)} question"
        return
    if condition.where is not None:
        inner = {q.id: q for q in group.questions}
        for ref in answer_ids(condition.where):
            if ref not in inner:
                yield f"count where reads '{ref}', which is not a question of group '{group.id}'"
        yield from _walk(condition.where, inner)


def _answer_problems(condition: AnswerCondition, question: QuestionBase) -> Iterator[str]:
    op, value, qid = condition.op, condition.value, condition.answer
    if isinstance(question, Repeat):
        yield f"'{qid}' is a repeat group: compare with a count condition"
        return
    if op in VALUELESS_OPERATORS:
        if value is not None:
            yield f"'{op}' takes no value"
        return
    if op == "missing":
        if value is not None and value not in MISSING_REASONS:
            yield f"'missing' takes one of {', '.join(MISSING_REASONS)}, not {value!r}"
        return
    values: list[object] = list(value) if isinstance(value, list) else [value]
    if op in ("in", "not_in") and not isinstance(value, list):
        yield f"'{op}' needs a list of values"
    elif op not in ("in", "not_in") and isinstance(value, list):
        yield f"'{op}' compares with one value, not a list"
    for problem in _kind_rules(question, op, values):
        yield f"'{qid}' ({_kind(question)}): {problem}"


def _kind_rules(question: QuestionBase, op: str, values: list[object]) -> Iterator[str]:
    if isinstance(question, YesNo):
        if op not in ("eq", "ne", "in", "not_in"):
            yield f"a yes/no answer cannot use '{op}'"
        yield from (f"compare with true or false, not {v!r}" for v in values if not isinstance(v, bool))
    elif isinstance(question, SingleChoice | MultipleChoice):
        allowed = {o.value for o in question.options}
        multiple = isinstance(question, MultipleChoice)
        if (multiple and op not in ("contains",)) or (not multiple and op in ORDERING_OPERATORS):
            yield f"a {_kind(question)} answer cannot use '{op}'" + (" (use 'contains')" if multiple else "")
        yield from (
            f"{v!r} is not one of its option values {sorted(allowed)}" for v in values if v not in allowed
        )
    elif isinstance(question, NUMERIC_KINDS):
        if op == "contains":
            yield "a number cannot use 'contains'"
        yield from (
            f"compare with a number, not {v!r}"
            for v in values
            if isinstance(v, bool) or not isinstance(v, int | float)
        )
        if isinstance(question, Rating):
            yield from (
                f"{v} is outside the scale {question.min}-{question.max}"
                for v in values
                if isinstance(v, int | float) and not question.min <= v <= question.max
            )
    elif isinstance(question, MonthYear):
        yield from (
            f"compare with 'YYYY-MM', not {v!r}"
            for v in values
            if not (isinstance(v, str) and MONTH_YEAR.match(v))
        )
    elif isinstance(question, Text):
        if op in ORDERING_OPERATORS:
            yield f"free text cannot use '{op}'"
        yield from (f"compare with text, not {v!r}" for v in values if not isinstance(v, str))


def _kind(question: QuestionBase) -> str:
    return str(getattr(question, "type", "unknown")).replace("_", " ")
