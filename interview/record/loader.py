"""Reading a record file: the only file reader of the record/staging core."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import ValidationError

from interview.record.model import ClinicalRecord

_TYPE_TAGS = frozenset({"int", "float", "str", "bool", "date", "datetime", "Missing"})
_UNKNOWN_HINT = ' (or unknown: {"missing": "dont_know"})'


class RecordError(Exception):
    """A record file could not be read or is not a valid ClinicalRecord; the message says why."""


def _is_union_tag(part: int | str) -> bool:
    """Pydantic adds the union member it tried (e.g. 'Missing', 'str-enum[YesNo]') to locations."""
    if isinstance(part, int):
        return False
    return part in _TYPE_TAGS or not part.isidentifier() or part[0].isupper()


def field_path(loc: tuple[int | str, ...]) -> str:
    """Turn a pydantic location into a dotted path, e.g. medication_trials[0].dose_mg_per_day."""
    text = ""
    for part in loc:
        if _is_union_tag(part):
            continue
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text or "(record)"


def describe_validation_error(error: ValidationError) -> str:
    """One clause per offending field, naming the field and what was expected."""
    messages: dict[str, str] = {}
    unknown_allowed: set[str] = set()
    for detail in error.errors():
        name = field_path(tuple(detail["loc"]))
        if "Missing" in detail["loc"]:
            unknown_allowed.add(name)
            continue
        messages.setdefault(name, detail["msg"])
    clauses = []
    for name, message in messages.items():
        hint = _UNKNOWN_HINT if name in unknown_allowed else ""
        clauses.append(f"{name}: {message}{hint}")
    return "; ".join(clauses)


def load_record(path: Path) -> ClinicalRecord:
    """Read and validate a record JSON file.

    Raises:
        RecordError: the file is unreadable, is not JSON, or does not fit the schema.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RecordError(f"cannot read record file {path}: {exc}") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RecordError(
            f"{path} is not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}"
        ) from exc
    except RecursionError:
        raise RecordError(f"{path} is JSON nested too deeply to be a record") from None
    try:
        return ClinicalRecord.model_validate(data)
    except ValidationError as exc:
        detail = describe_validation_error(exc)
        raise RecordError(f"{path} is not a valid record: {detail}") from exc
