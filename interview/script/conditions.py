"""Declarative conditions ("ask this only when ..."): data to be checked and evaluated, never code."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag

Operator = Literal[
    "eq",
    "ne",
    "gt",
    "ge",
    "lt",
    "le",
    "in",
    "not_in",
    "contains",
    "answered",
    "unanswered",
    "missing",
]
"""Comparison operators; `answered`/`unanswered`/`missing` take no value (missing may name a reason)."""

Scalar = bool | int | float | str
ORDERING_OPERATORS = frozenset({"gt", "ge", "lt", "le"})
VALUELESS_OPERATORS = frozenset({"answered", "unanswered"})


class _ConditionBase(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class AnswerCondition(_ConditionBase):
    """Compare the answer to an earlier question (in a repeat group: the same item's answer)."""

    answer: str
    """The id of the question whose answer is compared."""
    op: Operator = "eq"
    value: Scalar | list[Scalar] | None = None
    """What to compare with; a list for `in`/`not_in`; a missing reason (or none) for `missing`."""


class CountCondition(_ConditionBase):
    """Count the items of a repeat group (optionally only those matching `where`) and compare."""

    count: str
    """The id of a repeat group."""
    where: Condition | None = None
    """Which items to count; evaluated inside each item."""
    op: Literal["eq", "ne", "gt", "ge", "lt", "le"] = "ge"
    value: int = 1


class AllCondition(_ConditionBase):
    """True when every listed condition is true."""

    all: list[Condition] = Field(min_length=1)


class AnyCondition(_ConditionBase):
    """True when at least one listed condition is true."""

    any: list[Condition] = Field(min_length=1)


class NotCondition(_ConditionBase):
    """True when the inner condition is false."""

    not_: Condition = Field(alias="not")


def _condition_tag(data: Any) -> str | None:
    """Tell the condition kinds apart by their one distinguishing key."""
    if isinstance(data, BaseModel):
        return type(data).__name__
    if not isinstance(data, dict):
        return None
    for key, tag in (
        ("answer", "AnswerCondition"),
        ("count", "CountCondition"),
        ("all", "AllCondition"),
        ("any", "AnyCondition"),
        ("not", "NotCondition"),
        ("not_", "NotCondition"),
    ):
        if key in data:
            return tag
    return None


Condition = Annotated[
    Annotated[AnswerCondition, Tag("AnswerCondition")]
    | Annotated[CountCondition, Tag("CountCondition")]
    | Annotated[AllCondition, Tag("AllCondition")]
    | Annotated[AnyCondition, Tag("AnyCondition")]
    | Annotated[NotCondition, Tag("NotCondition")],
    Discriminator(
        _condition_tag,
        custom_error_type="invalid_condition",
        custom_error_message="a condition needs one of the keys: answer, count, all, any, not",
    ),
]

for _model in (CountCondition, AllCondition, AnyCondition, NotCondition):
    _model.model_rebuild()


def referenced_questions(condition: Condition) -> list[str]:
    """Every question or repeat-group id a condition reads, in order of appearance."""
    found: list[str] = []
    for part in walk(condition):
        if isinstance(part, AnswerCondition):
            found.append(part.answer)
        elif isinstance(part, CountCondition):
            found.append(part.count)
    return found


def subconditions(condition: Condition) -> list[Condition]:
    """The direct parts of an all/any/not condition (none for answer and count conditions)."""
    match condition:
        case AllCondition(all=parts) | AnyCondition(any=parts):
            return list(parts)
        case NotCondition(not_=inner):
            return [inner]
    return []


def walk(condition: Condition) -> Iterator[Condition]:
    """The condition and every condition inside it, including a count's `where`."""
    yield condition
    if isinstance(condition, CountCondition):
        if condition.where is not None:
            yield from walk(condition.where)
        return
    for part in subconditions(condition):
        yield from walk(part)


def answer_ids(condition: Condition) -> list[str]:
    """Ids read by answer comparisons outside any count's `where` (which reads inside the group)."""
    if isinstance(condition, AnswerCondition):
        return [condition.answer]
    return [qid for part in subconditions(condition) for qid in answer_ids(part)]


def count_ids(condition: Condition) -> list[str]:
    """Repeat groups counted by the condition (top level, not nested in a `where`)."""
    if isinstance(condition, CountCondition):
        return [condition.count]
    return [gid for part in subconditions(condition) for gid in count_ids(part)]
