"""One answer's value turned into the value its record field keeps, by question kind (scripts/README.md)."""

from __future__ import annotations

import re
from typing import Any

from interview.record.catalogue import medicine_names
from interview.script.questions import (
    MonthYear,
    MultipleChoice,
    QuestionBase,
    SingleChoice,
    Text,
    YesNo,
)
from interview.script.record_fields import FieldKind, FieldShape

_LIST_SEPARATORS = re.compile(r"\s*(?:[,;\n]|\band then\b|\bthen\b)\s*")
NOTHING = frozenset(
    {
        "none", "no", "nothing", "nothing much", "not much", "nil", "n/a", "na", "not any", "none at all",
        "none really", "nothing really", "nothing at all", "no none", "no nothing", "not really",
        "none that i know of", "nothing that i know of", "none of them", "no side effects",
        "no side effects at all", "not that i know of", "none known", "nope",
    }
)  # fmt: skip
"""Whole answers to a "name them, or 'none'" list question that name nothing: the list stays empty,
as the record's list fields mean "none named" (e.g. MedicationTrial.side_effects)."""


class ConversionError(ValueError):
    """The answer's value cannot become the field's value; the message says why, in plain words."""


def generic_name(name: str) -> str:
    """The generic name of a medicine named by generic, brand, alias or misspelling (antidepressant
    catalogue or other common medicines); else the name as typed."""
    return medicine_names().get(name.strip().casefold(), name.strip())


def split_list(text: str) -> list[str]:
    """A free-text list ("sleep, work; my marriage") as its items, empty pieces dropped; [] for "none"."""
    if names_nothing(text):
        return []
    return [piece for piece in _LIST_SEPARATORS.split(text.strip()) if piece]


def names_nothing(text: str) -> bool:
    """Whether a free-text list answer says there is nothing to name ("none", "No.", "nothing much")."""
    return " ".join(re.sub(r"[.,!;:]", " ", text).casefold().split()) in NOTHING


def convert(question: QuestionBase, shape: FieldShape, value: object, *, drug_names: bool = False) -> Any:
    """The record value for one understood answer (before the field's own type check).

    Raises:
        ConversionError: the value has a form this question kind never produces, or a choice
            needs an option score that is absent.
    """
    if isinstance(question, YesNo):
        if not isinstance(value, bool):
            raise ConversionError(f"expected true or false, got {value!r}")
        return "yes" if value else "no"
    if isinstance(question, SingleChoice):
        return _choice(question, shape, value)
    if isinstance(question, MultipleChoice):
        chosen = value if isinstance(value, list) else [value]
        if shape.kind is FieldKind.TEXT_LIST:
            labels = {option.value: option.label for option in question.options}
            return [labels.get(str(v), str(v)) for v in chosen]
        return [str(v) for v in chosen]
    if isinstance(question, MonthYear):
        return _month_year(shape, value)
    if isinstance(question, Text):
        return _text(shape, value, drug_names)
    return value  # integer, number, rating, duration (weeks), dose (mg/day): already in the field's unit


def _choice(question: SingleChoice, shape: FieldShape, value: object) -> Any:
    option = next((o for o in question.options if o.value == value), None)
    if option is None:
        raise ConversionError(f"{value!r} is not one of the question's options")
    if shape.kind in (FieldKind.INTEGER, FieldKind.NUMBER, FieldKind.SCORE_ITEM):
        if option.score is None:
            raise ConversionError(f"option '{option.value}' has no score")
        return option.score
    if shape.kind is FieldKind.TEXT:
        return option.label
    return option.value


def _month_year(shape: FieldShape, value: object) -> Any:
    """A month or year answer: "2023-03", "2019", "~" after an estimate, or "ongoing" (understanding.when)."""
    if value == "ongoing":
        return {"ongoing": True}
    match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(~?)", str(value))
    if match is None:
        raise ConversionError(f"expected a month as YYYY-MM or a year as YYYY, got {value!r}")
    year, month = int(match[1]), int(match[2]) if match[2] else None
    if shape.kind is FieldKind.INTEGER:
        return year
    return {"year": year, "month": month, "approximate": bool(match[3])}


def _text(shape: FieldShape, value: object, drug_names: bool) -> Any:
    text = str(value)
    if shape.kind is FieldKind.TEXT_LIST:
        items = split_list(text)
        return [generic_name(item) for item in items] if drug_names else items
    return generic_name(text) if drug_names else text
