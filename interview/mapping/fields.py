"""The record's fillable fields as the mapping sees them: a FieldShape for the validator, a type to check.

Derived from the ClinicalRecord model itself, so a new record field can be mapped at once; the
only hand-written facts are the units some numbers are kept in (read from the field names), the
macro-analysis decisions and the questionnaire totals (the drug-name fields are the record's own,
interview.record.paths).
"""

from __future__ import annotations

import types
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel, TypeAdapter

from interview.macro_analysis.rules import load_rules
from interview.mapping.totals import TOTALS
from interview.record import ClinicalRecord, Missing, YesNo, field_paths
from interview.record.dates import Ongoing, PartialDate
from interview.record.macro import Checker
from interview.script.record_fields import FieldKind, FieldShape

MACRO_DECISIONS = "macro_decisions"
"""The field a link_review question fills as a whole."""
PRIORITY_IDS = "macro_decisions.priorities"
"""Area ids in the patient's order, from a multiple_choice whose option values are area ids."""
RATING_PATHS = ("macro_decisions.ratings[].burden", "macro_decisions.ratings[].impairment")
"""The patient's 0-3 ratings of one area, asked once per item of an items_from: problem_areas group."""
LINK_CHECK = "macro_decisions.link_checks[].answer"
"""How one link read back was judged, once per item of an items_from: strongest_links group."""
LINK_ANSWERS = ("confirm", "reverse", "worsens", "causes", "remove")
"""The values a link check takes: right as read, the other way round, it rather makes it worse, it
rather brings it on or keeps it up, or no such link."""
CHECKED_BY = "macro_decisions.checked_by"
"""Who checks the links read back (patient, clinician, both): stored on each link decision."""
PSEUDO_PATHS = (PRIORITY_IDS, CHECKED_BY)
"""Paths the mapping reads into LinkDecisions itself; no such field is set as it is named."""


@dataclass(frozen=True)
class Field:
    """One fillable record path: its shape and the pydantic type a value must fit."""

    shape: FieldShape
    annotation: Any
    holds_missing: bool = True
    """Whether the field can hold a Missing; a list without one stays empty when the answer is unknown."""

    @property
    def adapter(self) -> TypeAdapter[Any]:
        """A validator for one value of this field."""
        return _adapter(self.annotation)


@cache
def _adapter(annotation: Any) -> TypeAdapter[Any]:
    return TypeAdapter(annotation)


def _members(annotation: Any) -> list[Any]:
    """Union members (Annotated unions unwrapped); a plain type is its own single member."""
    origin = get_origin(annotation)
    if origin is Annotated and get_origin(get_args(annotation)[0]) in (Union, types.UnionType):
        return _members(get_args(annotation)[0])
    if origin in (Union, types.UnionType):
        return [m for arg in get_args(annotation) for m in _members(arg)]
    return [annotation]


def _bounds(annotation: Any) -> tuple[float | None, float | None]:
    if get_origin(annotation) is not Annotated:
        return None, None
    metadata = [m for item in get_args(annotation)[1:] for m in getattr(item, "metadata", [item])]
    low = next((m.ge for m in metadata if hasattr(m, "ge")), None)
    high = next((m.le for m in metadata if hasattr(m, "le")), None)
    return low, high


def _base(annotation: Any) -> Any:
    return get_args(annotation)[0] if get_origin(annotation) is Annotated else annotation


def _unit(name: str) -> str | None:
    """The unit a number is kept in, from the field's name (weeks_at_dose, dose_mg_per_day, onset_year)."""
    if "weeks" in name.split("_"):
        return "weeks"
    if "_mg" in name:
        return "mg/day"
    if name.endswith("_year"):
        return "year"
    return None


def _kind(value_type: Any) -> tuple[FieldKind, tuple[str, ...]] | None:
    """The field kind (and closed values) of one non-Missing member type."""
    base = _base(value_type)
    if base is YesNo:
        return FieldKind.YES_NO, ("yes", "no")
    if isinstance(base, type) and issubclass(base, Enum):
        return FieldKind.CHOICE, tuple(str(m.value) for m in base)
    simple = {int: FieldKind.INTEGER, float: FieldKind.NUMBER, str: FieldKind.TEXT}
    if base in simple:
        return simple[base], ()
    if base in (date, datetime, PartialDate):
        return FieldKind.DATE, ()
    if get_origin(base) is list:
        inner = _kind(get_args(base)[0])
        if inner is None:
            return None
        listed = (
            FieldKind.CHOICE_LIST if inner[0] in (FieldKind.CHOICE, FieldKind.YES_NO) else FieldKind.TEXT_LIST
        )
        return listed, inner[1]
    return None


def _field(path: str, annotation: Any, description: str) -> Field | None:
    members = _members(annotation)
    # Ongoing is the other answer an end-date question can give ("still on it"), not a second kind
    values = [m for m in members if m not in (Missing, Ongoing, type(None))]
    if len(values) != 1:
        return None
    found = _kind(values[0])
    if found is None:
        return None
    kind, closed = found
    low, high = _bounds(values[0])
    is_list = kind in (FieldKind.CHOICE_LIST, FieldKind.TEXT_LIST)
    shape = FieldShape(
        description=description,
        kind=kind,
        values=closed,
        low=low,
        high=high,
        unit=_unit(path.rsplit(".", 1)[-1]),
        can_be_missing=Missing in members or is_list,  # an unknown list stays empty
    )
    return Field(shape, annotation, holds_missing=Missing in members)


def _walk(model: type[BaseModel], prefix: str, out: dict[str, Any]) -> None:
    """Every leaf path of a model with its annotation."""
    for name, info in model.model_fields.items():
        path, annotation = f"{prefix}{name}", info.annotation
        if get_origin(annotation) is list:
            (item,) = get_args(annotation)
            if isinstance(item, type) and issubclass(item, BaseModel):
                _walk(item, f"{path}[].", out)
                continue
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            _walk(annotation, f"{path}.", out)
            continue
        out[path] = annotation


@cache
def fields() -> dict[str, Field]:
    """Every path a question may fill, with its shape and type (computed once)."""
    annotations: dict[str, Any] = {}
    _walk(ClinicalRecord, "", annotations)
    descriptions = field_paths()
    out: dict[str, Field] = {}
    for path, annotation in annotations.items():
        if path.startswith(MACRO_DECISIONS + ".") and path != PRIORITY_IDS:
            continue  # the read-back fills these as a whole
        found = _field(path, annotation, descriptions.get(path, path))
        if found is not None:
            out[path] = found
    area_ids = tuple(load_rules().areas)
    out[PRIORITY_IDS] = Field(
        FieldShape(
            "list of problem-area ids, the patient's first priority first", FieldKind.CHOICE_LIST, area_ids
        ),
        list[str],
        holds_missing=False,
    )
    for path in RATING_PATHS:
        shape = FieldShape("the patient's 0-3 rating of one problem area", FieldKind.INTEGER, low=0, high=3)
        out[path] = Field(shape, int)
    out[LINK_CHECK] = Field(
        FieldShape("how one link read back was judged", FieldKind.CHOICE, LINK_ANSWERS), str
    )
    checkers = tuple(checker.value for checker in Checker)
    out[CHECKED_BY] = Field(FieldShape("who checks the links read back", FieldKind.CHOICE, checkers), str)
    decisions = ClinicalRecord.model_fields[MACRO_DECISIONS].annotation
    out[MACRO_DECISIONS] = Field(
        FieldShape("macro-analysis link decisions (a link_review answer)", FieldKind.LINK_DECISIONS),
        decisions,
    )
    for total in TOTALS:
        shape = FieldShape(f"a {total.name} item score, summed into {total.total_path}", FieldKind.SCORE_ITEM)
        out[total.item_path] = Field(shape, int, holds_missing=False)
    return out


def record_fields() -> dict[str, FieldShape]:
    """What `interview validate` checks `record:` paths against: every fillable path and its shape."""
    return {path: found.shape for path, found in fields().items()}
