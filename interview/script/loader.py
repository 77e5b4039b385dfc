"""Read a script from YAML 1.2 with the line of every key, and turn schema errors into located problems."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from interview.script.errors import ErrorCode, ScriptError, ScriptProblem
from interview.script.model import Script

Path_ = tuple[str | int, ...]
TOO_DEEP = "the YAML is nested too deeply"


@dataclass(frozen=True)
class SourceMap:
    """The line (1-based) of every key and list item in the YAML, by its path."""

    file: str
    lines: dict[Path_, int]

    def line_of(self, path: Path_) -> int:
        """The line of the deepest part of `path` that exists in the source (1 if none)."""
        for end in range(len(path), -1, -1):
            if path[:end] in self.lines:
                return self.lines[path[:end]]
        return 1

    def problem(self, path: Path_, code: ErrorCode, message: str) -> ScriptProblem:
        """A problem located at `path`."""
        return ScriptProblem(self.file, self.line_of(path), code, message)


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
    node = _parse(text, file)
    lines: dict[Path_, int] = {}
    try:
        _collect_lines(node, (), lines)
        data = _plain(node, ())
    except _RecursiveAlias as error:
        source = SourceMap(file, lines)
        raise ScriptError([source.problem(error.path, ErrorCode.YAML_SYNTAX, str(error))]) from None
    except RecursionError:
        raise ScriptError([ScriptProblem(file, 1, ErrorCode.YAML_SYNTAX, TOO_DEEP)]) from None
    source = SourceMap(file, lines)
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


def _parse(text: str, file: str) -> Any:
    """The YAML tree; any failure to read it (syntax, bad characters, nesting too deep) is SCRIPT_001."""
    try:
        return YAML(typ="rt", pure=True).load(text)
    except MarkedYAMLError as error:
        # an unclosed flow collection is noticed lines later: point at where it was opened
        opened = str(error.context or "").startswith("while parsing a flow")
        mark = (error.context_mark if opened else None) or error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else 1
        message = str(error.problem or error)
        if opened:
            message = f"{error.context} opened here and never closed: {message}"
    except YAMLError as error:  # e.g. a control character: ReaderError has a position, not a line
        line, message = 1, str(error).splitlines()[0]
    except RecursionError:
        line, message = 1, TOO_DEEP
    except (TypeError, ValueError, AssertionError) as error:
        # ruamel raises these on some malformed input: a list as a mapping key (`? - x`) or a
        # `%YAML 1.20` directive (an assert); found by the hypothesis property tests
        line, message = 1, f"the YAML cannot be read: {error}"
    raise ScriptError([ScriptProblem(file, line, ErrorCode.YAML_SYNTAX, message)])


class _RecursiveAlias(Exception):
    """An alias that contains itself (`&a [*a]`): a script is a tree."""

    def __init__(self, path: Path_) -> None:
        self.path = path
        super().__init__("an alias refers to a node that contains it")


def _collect_lines(
    node: Any, path: Path_, lines: dict[Path_, int], open_: frozenset[int] = frozenset()
) -> None:
    if id(node) in open_:
        raise _RecursiveAlias(path)
    open_ = open_ | {id(node)}
    if isinstance(node, CommentedMap):
        lines.setdefault(path, node.lc.line + 1)
        for key, value in node.items():
            lines[(*path, str(key))] = node.lc.key(key)[0] + 1
            _collect_lines(value, (*path, str(key)), lines, open_)
    elif isinstance(node, CommentedSeq):
        lines.setdefault(path, node.lc.line + 1)
        for index, value in enumerate(node):
            lines[(*path, index)] = node.lc.item(index)[0] + 1
            _collect_lines(value, (*path, index), lines, open_)


def _plain(node: Any, path: Path_) -> Any:
    """ruamel's round-trip types turned into plain dict/list/str/int/float/bool."""
    if isinstance(node, dict):
        return {_plain_key(k): _plain(v, (*path, str(k))) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(item, (*path, i)) for i, item in enumerate(node)]
    if isinstance(node, bool) or node is None:
        return node
    for kind in (str, int, float):
        if isinstance(node, kind):
            return kind(node)
    return node


def _plain_key(key: Any) -> Any:
    """Keys stay as YAML typed them (a rating's labels are keyed by int), hashable ones only."""
    if isinstance(key, str):
        return str(key)
    if isinstance(key, bool) or key is None:
        return key
    for kind in (int, float):
        if isinstance(key, kind):
            return kind(key)
    return str(key)  # a list or mapping used as a key: keep it as text so the schema rejects it


def _schema_problems(error: ValidationError, data: Any, source: SourceMap) -> list[ScriptProblem]:
    problems = []
    for detail in error.errors():
        path = _data_path(detail["loc"], data)
        where = ".".join(str(part) for part in path) or "the script"
        message = detail["msg"]
        if detail["type"] == "extra_forbidden":
            message = f"unknown key '{path[-1]}' (misspelt?)"
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
    for part in loc:
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
