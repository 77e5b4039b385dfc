"""YAML 1.2 read as plain data with the line of every key and list item, for `file:line:` messages.

Question scripts and practice case files are both written by hand, so both need the same robust
reading: syntax errors located where the reader can fix them, self-referring aliases and absurd
nesting refused rather than crashing, and ruamel's round-trip types turned into plain values.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from interview.script.errors import ErrorCode, ScriptProblem

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


class UnreadableYaml(Exception):
    """The text is not YAML this program can use; `line` is where to look (1 when unknown)."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def read_yaml(text: str, file: str) -> tuple[Any, SourceMap]:
    """The YAML as plain dict/list/str/int/float/bool data, with the line of every part.

    Raises UnreadableYaml for syntax errors, self-referring aliases, aliases expanding far beyond the
    text, a tag contradicting its list or mapping, and nesting too deep.
    """
    node = _parse(text)
    lines: dict[Path_, int] = {}
    try:
        _collect_lines(node, (), lines, _Budget(expanded_nodes_allowed(text)))
        data = _plain(node)
    except (_RecursiveAlias, _AliasBomb, _ContraryTag) as error:
        raise UnreadableYaml(SourceMap(file, lines).line_of(error.path), str(error)) from None
    except RecursionError:
        raise UnreadableYaml(1, TOO_DEEP) from None
    return data, SourceMap(file, lines)


def _parse(text: str) -> Any:
    try:
        with warnings.catch_warnings():
            # a reused anchor is valid YAML (the later one wins); ruamel's multi-line warning about
            # it on stderr would be noise in `interview validate`'s file:line: output
            warnings.simplefilter("ignore")
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
    raise UnreadableYaml(line, message)


class _RecursiveAlias(Exception):
    """An alias that contains itself (`&a [*a]`): a script or a case is a tree."""

    def __init__(self, path: Path_) -> None:
        self.path = path
        super().__init__("an alias refers to a node that contains it")


def expanded_nodes_allowed(text: str) -> int:
    """How many nodes the YAML may hold once its aliases are expanded: linear in its length.

    Each alias is a copy of its anchor's whole tree, so a few nested aliases in 512 bytes expand to
    billions of nodes (90 s and 1.1 GB before this bound). Written-out YAML has at most one node per
    few characters; reuse through aliases stays well under 20 per character.
    """
    return 10_000 + 20 * len(text)


class _AliasBomb(Exception):
    """Aliases that expand the YAML far beyond its written size."""

    def __init__(self, path: Path_, allowed: int) -> None:
        self.path = path
        super().__init__(
            f"the aliases expand to more than {allowed:,} nodes (far more than the text holds); "
            "write the repeated parts out, or use fewer nested aliases"
        )


@dataclass
class _Budget:
    left: int
    allowed: int = 0

    def __post_init__(self) -> None:
        self.allowed = self.left

    def spend(self, path: Path_) -> None:
        self.left -= 1
        if self.left < 0:
            raise _AliasBomb(path, self.allowed)


class _ContraryTag(Exception):
    """A tag that says a list or mapping is something else (`questions: !!str` over a list)."""

    def __init__(self, path: Path_, tag: str, kind: str) -> None:
        self.path = path
        shown = tag.replace("tag:yaml.org,2002:", "!!")
        super().__init__(f"the tag {shown} is on a {kind}; remove it (scripts need no YAML tags)")


_OWN_TAGS = {"list": "tag:yaml.org,2002:seq", "mapping": "tag:yaml.org,2002:map"}


def _check_tag(node: CommentedMap | CommentedSeq, path: Path_) -> None:
    tag = getattr(getattr(node, "tag", None), "value", None)
    kind = "mapping" if isinstance(node, CommentedMap) else "list"
    if tag is not None and tag != _OWN_TAGS[kind]:
        raise _ContraryTag(path, str(tag), kind)


def _line(position: Any, fallback: int) -> int:
    """The 1-based line ruamel kept, or `fallback` where it kept none (a tagged node: `!!str [a]`)."""
    if position is None or position[0] is None:
        return fallback
    return int(position[0]) + 1


def _collect_lines(
    node: Any, path: Path_, lines: dict[Path_, int], budget: _Budget, open_: frozenset[int] = frozenset()
) -> None:
    budget.spend(path)
    if id(node) in open_:
        raise _RecursiveAlias(path)
    open_ = open_ | {id(node)}
    if isinstance(node, CommentedMap | CommentedSeq):
        here = _line((node.lc.line, 0), SourceMap("", lines).line_of(path))
        lines.setdefault(path, here)
        _check_tag(node, path)
    if isinstance(node, CommentedMap):
        for key, value in node.items():
            lines[(*path, str(key))] = _line(node.lc.key(key), here)
            _collect_lines(value, (*path, str(key)), lines, budget, open_)
    elif isinstance(node, CommentedSeq):
        for index, value in enumerate(node):
            lines[(*path, index)] = _line(node.lc.item(index), here)
            _collect_lines(value, (*path, index), lines, budget, open_)


def _plain(node: Any) -> Any:
    """ruamel's round-trip types turned into plain dict/list/str/int/float/bool."""
    if isinstance(node, dict):
        return {_plain_key(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(item) for item in node]
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
