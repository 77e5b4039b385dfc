"""The codebook: every record field with its type, allowed values, meaning and the question that fills it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from interview.export.tables import MISSING_CODES
from interview.record import ClinicalRecord
from interview.script import Script
from interview.script.model import iter_questions


@dataclass(frozen=True)
class Field:
    """One column of the record tables."""

    table: str
    column: str
    type: str
    allowed: str
    description: str
    filled_by: str

    def row(self) -> dict[str, str]:
        return {
            "table": self.table,
            "column": self.column,
            "type": self.type,
            "allowed_values": self.allowed,
            "description": self.description,
            "filled_by": self.filled_by,
            "missing_codes": ";".join(MISSING_CODES.values()),
        }


def codebook(scripts: Iterable[Script]) -> list[Field]:
    """Every leaf field of the ClinicalRecord, with the questions (of the given scripts) that fill it."""
    filled: dict[str, list[str]] = {}
    for script in scripts:
        for question, _, _ in iter_questions(script):
            if question.record:
                path = question.record.replace("[]", "")
                filled.setdefault(path, []).append(
                    f"{script.id} v{script.version}: {question.id} ({question.text.strip()})"
                )
    schema = ClinicalRecord.model_json_schema()
    definitions = schema["$defs"]
    return [
        Field(table, column, kind, allowed, description, " | ".join(filled.get(_dotted(table, column), [])))
        for table, column, kind, allowed, description in _leaves(schema, definitions, "records", "")
    ]


def _dotted(table: str, column: str) -> str:
    group = table.removeprefix("records").removeprefix(".")
    return f"{group}.{column}" if group else column


def _leaves(
    node: dict[str, Any], definitions: dict[str, Any], table: str, prefix: str
) -> Iterator[tuple[str, str, str, str, str]]:
    for name, prop in node.get("properties", {}).items():
        path = f"{prefix}{name}"
        options = [_resolve(option, definitions) for option in prop.get("anyOf", [prop])]
        options = [o for o in options if o.get("title") != "Missing"]
        target = options[0] if len(options) == 1 else {}
        if target.get("type") == "object" and "properties" in target:
            yield from _leaves(target, definitions, table, path + ".")
            continue
        items = _resolve(target.get("items", {}), definitions) if target.get("type") == "array" else {}
        if "properties" in items:
            yield from _leaves(items, definitions, f"{table}.{path}", "")
            continue
        description = prop.get("description", target.get("description", ""))
        yield table, path, _type(options, definitions), _allowed(options), " ".join(description.split())


def _resolve(node: dict[str, Any], definitions: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    return dict(definitions[ref.rsplit("/", 1)[-1]]) if ref else node


def _type(options: list[dict[str, Any]], definitions: dict[str, Any]) -> str:
    kinds = []
    for option in options:
        kind = option.get("format") or option.get("type") or ("enum" if "enum" in option else "value")
        if kind == "array":
            kind = f"list of {_resolve(option.get('items', {}), definitions).get('type', 'value')}"
        kinds.append("choice" if "enum" in option else kind)
    return " or ".join(dict.fromkeys(kinds))


def _allowed(options: list[dict[str, Any]]) -> str:
    values: list[str] = []
    for option in options:
        values += [str(v) for v in option.get("enum", [])]
        bounds = [f"{k} {option[k]}" for k in ("minimum", "maximum", "exclusiveMinimum") if k in option]
        values += bounds
    return ";".join(values)
