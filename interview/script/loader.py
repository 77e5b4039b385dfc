"""Read a script from YAML 1.2 with the line of every key, and turn schema errors into located problems."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from interview.script.errors import ErrorCode, ScriptError, ScriptProblem
from interview.script.model import Script
from interview.script.yaml_source import TOO_DEEP, Path_, SourceMap, UnreadableYaml, read_yaml

# SourceMap is re-exported: callers read scripts through this module
__all__ = [
    "LoadedScript",
    "SourceMap",
    "load_script_file",
    "load_script_text",
    "script_data",
    "script_from_data",
]


@dataclass(frozen=True)
class LoadedScript:
    """A parsed script together with where each of its parts came from."""

    script: Script
    source: SourceMap


def load_script_text(text: str, file: str = "<script>") -> LoadedScript:
    """Parse and schema-check a script; raises ScriptError with located problems."""
    data, source = script_data(text, file)
    return LoadedScript(script_from_data(data, text, source), source)


def script_data(text: str, file: str = "<script>") -> tuple[dict[str, Any], SourceMap]:
    """The script's YAML as plain data, with the line of every part; raises ScriptError."""
    try:
        data, source = read_yaml(text, file)
    except UnreadableYaml as error:
        raise ScriptError([ScriptProblem(file, error.line, ErrorCode.YAML_SYNTAX, error.message)]) from None
    if not isinstance(data, dict):
        raise ScriptError([source.problem((), ErrorCode.SCHEMA, "a script must be a mapping")])
    return data, source


def script_from_data(data: dict[str, Any], text: str, source: SourceMap) -> Script:
    """The schema-checked Script from plain data (`text` is kept as its source); raises ScriptError."""
    try:
        script = Script.model_validate(data)
    except ValidationError as error:
        raise ScriptError(_schema_problems(error, data, source)) from None
    except RecursionError:
        raise ScriptError([ScriptProblem(source.file, 1, ErrorCode.SCHEMA, TOO_DEEP)]) from None
    script._source_text = text
    return script


def load_script_file(path: Path) -> LoadedScript:
    """Read a script file; unreadable files raise ScriptError too."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ScriptError(
            [ScriptProblem(str(path), 1, ErrorCode.YAML_SYNTAX, f"cannot read the file: {error}")]
        ) from None
    return load_script_text(text, str(path))


def _schema_problems(error: ValidationError, data: Any, source: SourceMap) -> list[ScriptProblem]:
    problems = []
    for detail in error.errors():
        path = _data_path(detail["loc"], data)
        where = ".".join(str(part) for part in path) or "the script"
        message = detail["msg"]
        if detail["type"] == "extra_forbidden":
            # a top-level key named like a question type ('type: type') leaves no data path
            key = path[-1] if path else detail["loc"][-1]
            message = f"unknown key '{key}' (misspelt?)"
        elif detail["type"] == "missing":
            message = f"missing required key '{detail['loc'][-1]}'"
        elif detail["type"] == "union_tag_invalid":
            path = (*path, "type")
            context = detail.get("ctx", {})
            message = f"unknown question type '{context.get('tag')}'; one of: {context.get('expected_tags')}"
        elif detail["type"] == "string_type" and path[-1:] == ("value",) and "options" in path:
            message = f'option values are text: quote it in YAML (value: "{detail["input"]}")'
        problems.append(source.problem(path, ErrorCode.SCHEMA, f"{where}: {message}"))
    return problems


def _data_path(loc: tuple[str | int, ...], data: Any) -> Path_:
    """Drop the union tags pydantic inserts into error locations, keeping the path into the data."""
    path: list[str | int] = []
    node: Any = data
    tag_skipped = False
    for part in loc:
        # the tag comes first, right after the question's index: a `text` question's tag is also the
        # name of its `text:` key, and an error in the question is not an error in its text
        if not tag_skipped and _is_union_tag(part, node) and isinstance(node, dict) and "type" in node:
            tag_skipped = True
            continue
        tag_skipped = False
        if isinstance(node, dict) and part in node:  # noqa: SIM114 (mypy needs both narrowings)
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        elif isinstance(node, dict) and part == "not_" and "not" in node:
            node, part = node["not"], "not"
        elif _is_union_tag(part, node):
            continue
        else:
            path.append(part)  # a missing or unknown key: report it and stop descending
            break
        path.append(part)
    return tuple(path)


def _is_union_tag(part: str | int, node: Any) -> bool:
    """pydantic names the union member it tried ('yes_no', 'AnswerCondition') inside error paths."""
    if not isinstance(part, str):
        return False
    return part.endswith("Condition") or (isinstance(node, dict) and node.get("type") == part)
