"""The record's paths: every fillable dotted path and its type (from the model), and which hold drugs."""

from __future__ import annotations

import types
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Annotated, Any, Protocol, Union, get_args, get_origin

from pydantic import BaseModel

from interview.record.missing import Missing
from interview.record.model import ClinicalRecord
from interview.record.values import YesNo

DRUG_NAME_PATHS = frozenset(
    {
        "medication_trials[].drug",
        "medication_trials[].add_on_drugs",
        "earlier_episodes[].drugs_that_helped",
        "comorbidity.concurrent_drugs[].name",
    }
)
"""Fields holding drug names: understood through the catalogue (brands, slips) and kept as generic names."""


class RecordedQuestion(Protocol):
    """A script question as far as the record cares: the field it fills (and its kind, `type`)."""

    @property
    def record(self) -> str | None: ...


def is_drug_question(question: RecordedQuestion | None) -> bool:
    """Whether a question is answered with drug names: free text filling a drug-name field.

    The engine understands its answer through the catalogue, the TUI completes names from it, and
    the mapping keeps the generic names.
    """
    kind = getattr(question, "type", None)  # the script's discriminator; the record never imports scripts
    return question is not None and kind == "text" and question.record in DRUG_NAME_PATHS


_SCALAR_NAMES: dict[type, str] = {
    int: "int",
    float: "number",
    str: "text",
    bool: "true/false",
    date: "date (YYYY-MM-DD)",
    datetime: "date-time (ISO 8601)",
}


def _members(annotation: Any) -> list[Any]:
    """The members of a union (or the annotation itself), with Annotated unwrapped."""
    if get_origin(annotation) is Annotated and get_origin(get_args(annotation)[0]) in (
        Union,
        types.UnionType,
    ):
        return _members(get_args(annotation)[0])
    if get_origin(annotation) in (Union, types.UnionType):
        return [m for arg in get_args(annotation) for m in _members(arg)]
    return [annotation]


def _describe(annotation: Any) -> str:
    """A short human description of one member type."""
    if annotation is Missing:
        return "Missing"
    if get_origin(annotation) is Annotated:
        base, *metadata = get_args(annotation)
        return _describe(base) + _bounds(metadata)
    if annotation is YesNo:
        return "yes/no"
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return "one of: " + ", ".join(str(m.value) for m in annotation)
    if get_origin(annotation) is list:
        return "list of " + " | ".join(_describe(m) for m in _members(get_args(annotation)[0]))
    if annotation is type(None):
        return "none"
    return _SCALAR_NAMES.get(annotation, getattr(annotation, "__name__", str(annotation)))


def _bounds(metadata: list[Any]) -> str:
    """' (1 to 9)' style bounds taken from annotated-types constraints."""
    metadata = [m for item in metadata for m in getattr(item, "metadata", [item])]
    low = next((m.ge for m in metadata if hasattr(m, "ge")), None)
    high = next((m.le for m in metadata if hasattr(m, "le")), None)
    if low is None and high is None:
        return ""
    if high is None:
        return f" (>= {low})"
    return f" ({low} to {high})"


def _model_list_item(annotation: Any) -> type[BaseModel] | None:
    """The model class if the annotation is list[SomeModel]."""
    if get_origin(annotation) is list:
        (item,) = get_args(annotation)
        if isinstance(item, type) and issubclass(item, BaseModel):
            return item
    return None


def _walk(model: type[BaseModel], prefix: str, out: dict[str, str]) -> None:
    """Add every leaf path of a model to out."""
    for name, info in model.model_fields.items():
        path = f"{prefix}{name}"
        annotation = info.annotation
        item_model = _model_list_item(annotation)
        if item_model is not None:
            _walk(item_model, f"{path}[].", out)
        elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
            _walk(annotation, f"{path}.", out)
        else:
            out[path] = " | ".join(_describe(m) for m in _members(annotation))


@cache
def _all_paths() -> dict[str, str]:
    out: dict[str, str] = {}
    _walk(ClinicalRecord, "", out)
    return out


def field_paths() -> dict[str, str]:
    """Map every fillable dotted path (lists as `name[]`) to a short type description."""
    return dict(_all_paths())
