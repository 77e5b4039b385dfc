"""Flat tables for CSV: one row per session, one row per repeat-group item (with its parent and position).

Missing values keep their reason as a code in the cell (codebook: MISSING_CODES), never a blank or 0.
"""

from __future__ import annotations

import json
from typing import Any

MISSING_CODES = {
    "not_applicable": "NA:not_applicable",
    "skipped": "NA:skipped",
    "dont_know": "NA:dont_know",
    "declined": "NA:declined",
}
"""The cell text for each reason a value is missing (pandas: na_values=list(MISSING_CODES.values()))."""

Row = dict[str, Any]


def is_missing(value: Any) -> bool:
    """Whether a JSON value is a Missing (a dict with kind 'missing')."""
    return isinstance(value, dict) and value.get("kind") == "missing"


def cell(value: Any) -> Any:
    """A scalar for a CSV cell: the missing code, a joined list of scalars, or JSON for anything nested."""
    if is_missing(value):
        return MISSING_CODES.get(value["missing"], f"NA:{value['missing']}")
    if isinstance(value, list) and all(not isinstance(v, dict | list) for v in value):
        return ";".join(str(cell(v)) for v in value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return value


def flatten(data: dict[str, Any], prefix: str = "") -> tuple[Row, dict[str, list[Any]]]:
    """Dotted columns for the scalars of `data`, and its lists of objects by path (the repeat groups)."""
    row: Row = {}
    groups: dict[str, list[Any]] = {}
    for key, value in data.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict) and not is_missing(value):
            inner_row, inner_groups = flatten(value, path + ".")
            row |= inner_row
            groups |= inner_groups
        elif (
            isinstance(value, list)
            and value
            and all(isinstance(v, dict) and not is_missing(v) for v in value)
        ):
            groups[path] = value
        else:
            row[path] = cell(value)
    return row, groups


def record_tables(session_id: str, record: dict[str, Any]) -> dict[str, list[Row]]:
    """The record as tables: 'records' (one row) and 'records.<group>' (one row per item, position from 1)."""
    row, groups = flatten(record)
    tables: dict[str, list[Row]] = {"records": [{"session_id": session_id, **row}]}
    for path, items in groups.items():
        rows = tables.setdefault(f"records.{path}", [])
        for position, item in enumerate(items, start=1):
            item_row, nested = flatten(item)
            item_row |= {key: cell(value) for key, value in nested.items()}
            rows.append({"session_id": session_id, "position": position, **item_row})
    return tables


def staging_rows(session_id: str, staging: dict[str, Any]) -> list[Row]:
    """One row per staging method: its result or range, and whether it applies."""
    rows = []
    for method in staging.get("methods", []):
        outcome = method.get("outcome") or {}
        rows.append(
            {
                "session_id": session_id,
                "method": method["key"],
                "name": method["name"],
                "computable": method.get("computable"),
                "applicable": method.get("applicable"),
                "kind": method.get("kind"),
                "value_min": outcome.get("value_min"),
                "value_max": outcome.get("value_max"),
                "category_min": outcome.get("category_min"),
                "category_max": outcome.get("category_max"),
                "label": outcome.get("label"),
                "band": outcome.get("band"),
            }
        )
    differential = staging.get("differential")
    if differential is not None:
        rows.append({"session_id": session_id, "method": "differential", "label": cell(differential)})
    return rows
