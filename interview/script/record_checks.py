"""Whether a question's answers fit the record field its `record:` names (SCRIPT_018-020).

Table-driven: each question kind lists the field kinds it can fill; then option values, scales and
"unknown" answers are checked against the field's facts (FieldShape, passed in by the caller).
"""

from __future__ import annotations

from collections.abc import Iterator

from interview.script.errors import ErrorCode
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
    SingleChoice,
    Text,
    YesNo,
)
from interview.script.record_fields import FieldKind, FieldShape

Finding = tuple[ErrorCode, str, tuple[str | int, ...]]
"""(code, message, the path of the offending key within the question)."""

K = FieldKind
FILLS: dict[type[QuestionBase], frozenset[FieldKind]] = {
    YesNo: frozenset({K.YES_NO}),
    SingleChoice: frozenset({K.CHOICE, K.YES_NO, K.TEXT, K.INTEGER, K.NUMBER, K.SCORE_ITEM}),
    MultipleChoice: frozenset({K.CHOICE_LIST, K.TEXT_LIST}),
    Integer: frozenset({K.INTEGER, K.NUMBER, K.SCORE_ITEM}),
    Number: frozenset({K.NUMBER}),
    Duration: frozenset({K.NUMBER}),
    Dose: frozenset({K.NUMBER}),
    MonthYear: frozenset({K.DATE, K.INTEGER}),
    Rating: frozenset({K.INTEGER, K.NUMBER, K.SCORE_ITEM}),
    Text: frozenset({K.TEXT, K.TEXT_LIST}),
    LinkReview: frozenset({K.LINK_DECISIONS}),
}
"""The field kinds each question kind can fill; anything else is SCRIPT_018."""

UNIT_OF_KIND: dict[type[QuestionBase], str] = {Duration: "weeks", Dose: "mg/day"}
"""Kinds whose answer is a quantity in a unit: the field must keep that unit."""


def record_problems(question: QuestionBase, path: str, shape: FieldShape) -> Iterator[Finding]:
    """Every way the question's answers could fail to fit the field at `path`."""
    kind = str(getattr(question, "type", "?"))
    fillable = FILLS.get(type(question), frozenset())
    if shape.kind not in fillable:
        yield (
            ErrorCode.RECORD_KIND_MISMATCH,
            f"a {kind} answer cannot fill '{path}' ({shape})",
            ("record",),
        )
        return
    yield from _unit(question, kind, path, shape)
    yield from _options(question, path, shape)
    yield from _bounds(question, path, shape)
    if not shape.can_be_missing and _may_be_missing(question):
        yield (
            ErrorCode.RECORD_CANNOT_BE_MISSING,
            f"'{path}' cannot be unknown, so the question must be required, with allow_dont_know: "
            "false, allow_decline: false and no `when`",
            ("record",),
        )


def _unit(question: QuestionBase, kind: str, path: str, shape: FieldShape) -> Iterator[Finding]:
    unit = UNIT_OF_KIND.get(type(question))
    if unit is not None and shape.unit != unit:
        kept = f"kept in {shape.unit}" if shape.unit else "not a quantity in a unit"
        yield (
            ErrorCode.RECORD_KIND_MISMATCH,
            f"a {kind} answer is in {unit}, but '{path}' is {kept}",
            ("record",),
        )
    if isinstance(question, MonthYear) and shape.kind is FieldKind.INTEGER and shape.unit != "year":
        yield (
            ErrorCode.RECORD_KIND_MISMATCH,
            f"a month_year answer can fill a date or a year, not '{path}'",
            ("record",),
        )


def _options(question: QuestionBase, path: str, shape: FieldShape) -> Iterator[Finding]:
    if not isinstance(question, SingleChoice | MultipleChoice):
        return
    if shape.kind in (FieldKind.CHOICE, FieldKind.CHOICE_LIST, FieldKind.YES_NO):
        allowed = shape.values or ("yes", "no")
        for i, option in enumerate(question.options):
            if option.value not in allowed:
                yield (
                    ErrorCode.RECORD_BAD_OPTION,
                    f"option value '{option.value}' is not a value of '{path}' ({', '.join(allowed)})",
                    ("options", i, "value"),
                )
    if shape.kind in (FieldKind.INTEGER, FieldKind.NUMBER, FieldKind.SCORE_ITEM):
        for i, option in enumerate(question.options):
            if option.score is None:
                yield (
                    ErrorCode.RECORD_BAD_OPTION,
                    f"option '{option.value}' has no score, and '{path}' takes the score",
                    ("options", i, "value"),
                )


def _bounds(question: QuestionBase, path: str, shape: FieldShape) -> Iterator[Finding]:
    """A rating's scale, or a number's declared bounds, must lie within the field's bounds."""
    if not isinstance(question, Rating | Integer | Number):
        return
    low, high = question.min, question.max
    if shape.low is not None and (low is None or low < shape.low):
        yield (
            ErrorCode.RECORD_KIND_MISMATCH,
            f"'{path}' takes values from {shape.low:g}: set min to {shape.low:g} or more",
            ("min",) if low is not None else ("record",),
        )
    if shape.high is not None and (high is None or high > shape.high):
        yield (
            ErrorCode.RECORD_KIND_MISMATCH,
            f"'{path}' takes values up to {shape.high:g}: set max to {shape.high:g} or less",
            ("max",) if high is not None else ("record",),
        )


def _may_be_missing(question: QuestionBase) -> bool:
    """Whether an answer to the question can be 'unknown' or 'not applicable'."""
    return (
        question.allow_dont_know
        or question.allow_decline
        or not question.required
        or question.when is not None
    )
