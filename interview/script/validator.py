"""Static checks of a loaded script: references, types, reachability, templates, record fields."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from interview.script.conditions import (
    Condition,
    answer_ids,
    referenced_questions,
)
from interview.script.errors import ErrorCode, ScriptProblem
from interview.script.loader import LoadedScript
from interview.script.model import Script
from interview.script.questions import (
    Integer,
    MultipleChoice,
    Number,
    QuestionBase,
    Rating,
    Repeat,
    SingleChoice,
)
from interview.script.reachability import unreachable_questions
from interview.script.typing_rules import condition_type_problems

PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True)
class Located:
    """A question (or section) with its path in the YAML and its position in document order."""

    question: QuestionBase
    path: tuple[str | int, ...]
    order: int
    group: Repeat | None
    section_when: Condition | None


def validate(loaded: LoadedScript, record_fields: Mapping[str, str] | None = None) -> list[ScriptProblem]:
    """Every problem in the script, sorted by line; an empty list means it is sound."""
    located = list(_locate(loaded.script))
    checks = _Checks(loaded, located, record_fields)
    return sorted(checks.run())


def _locate(script: Script) -> Iterator[Located]:
    order = 0
    for s, section in enumerate(script.sections):
        for q, question in enumerate(section.questions):
            path: tuple[str | int, ...] = ("sections", s, "questions", q)
            yield Located(question, path, order, None, section.when)
            order += 1
            if isinstance(question, Repeat):
                for i, inner in enumerate(question.questions):
                    yield Located(inner, (*path, "questions", i), order, question, section.when)
                    order += 1


class _Checks:
    def __init__(
        self,
        loaded: LoadedScript,
        located: list[Located],
        record_fields: Mapping[str, str] | None,
    ) -> None:
        self.source = loaded.source
        self.script = loaded.script
        self.located = located
        self.by_id: dict[str, Located] = {}
        for item in located:
            self.by_id.setdefault(item.question.id, item)
        self.record_fields = record_fields

    def run(self) -> Iterator[ScriptProblem]:
        yield from self._duplicate_ids()
        for item in self.located:
            yield from self._options(item)
            yield from self._bounds(item)
            yield from self._repeat(item)
            yield from self._record_field(item)
            yield from self._template(item)
        yield from self._conditions()
        yield from self._cycles()
        yield from self._reachability()

    def _problem(self, item: Located, code: ErrorCode, message: str, *key: str | int) -> ScriptProblem:
        return self.source.problem((*item.path, *key), code, f"question '{item.question.id}': {message}")

    def _duplicate_ids(self) -> Iterator[ScriptProblem]:
        seen: dict[str, int] = {}
        for s, section in enumerate(self.script.sections):
            if section.id in seen:
                yield self.source.problem(
                    ("sections", s, "id"), ErrorCode.DUPLICATE_ID,
                    f"duplicate id '{section.id}' (first used on line {seen[section.id]})",
                )  # fmt: skip
            seen.setdefault(section.id, self.source.line_of(("sections", s, "id")))
        for item in self.located:
            qid = item.question.id
            line = self.source.line_of((*item.path, "id"))
            if qid in seen:
                yield self._problem(
                    item,
                    ErrorCode.DUPLICATE_ID,
                    f"duplicate id (first used on line {seen[qid]})",
                    "id",
                )
            seen.setdefault(qid, line)

    def _options(self, item: Located) -> Iterator[ScriptProblem]:
        question = item.question
        if isinstance(question, Rating):
            if question.min >= question.max:
                yield self._problem(item, ErrorCode.BAD_CHOICES, "a rating needs min below max", "min")
            outside = sorted(k for k in question.labels if not question.min <= k <= question.max)
            if outside:
                yield self._problem(
                    item,
                    ErrorCode.BAD_CHOICES,
                    f"labels for points outside the scale: {outside}",
                    "labels",
                )
        if not isinstance(question, SingleChoice | MultipleChoice):
            return
        if len(question.options) < 2:
            yield self._problem(item, ErrorCode.BAD_CHOICES, "needs at least two options", "options")
        for attribute in ("value", "label"):
            seen: set[str] = set()
            for i, option in enumerate(question.options):
                key = str(getattr(option, attribute)).strip().casefold()
                if key in seen:
                    yield self._problem(
                        item, ErrorCode.DUPLICATE_OPTION,
                        f"duplicate option {attribute} '{getattr(option, attribute)}'",
                        "options", i, attribute,
                    )  # fmt: skip
                seen.add(key)

    def _bounds(self, item: Located) -> Iterator[ScriptProblem]:
        question = item.question
        if (
            isinstance(question, Integer | Number)
            and question.min is not None
            and question.max is not None
            and question.min > question.max
        ):
            yield self._problem(
                item, ErrorCode.BAD_BOUNDS, f"min {question.min} is above max {question.max}", "min"
            )

    def _repeat(self, item: Located) -> Iterator[ScriptProblem]:
        group = item.question
        if not isinstance(group, Repeat):
            return
        if (group.count_from is None) == (group.ask_another is None):
            yield self._problem(
                item, ErrorCode.BAD_REPEAT, "give exactly one of count_from or ask_another", "type"
            )
        if group.count_from is not None:
            source = self.by_id.get(group.count_from)
            if source is None:
                yield self._problem(
                    item, ErrorCode.UNKNOWN_REFERENCE,
                    f"count_from names unknown question '{group.count_from}'", "count_from",
                )  # fmt: skip
            elif not isinstance(source.question, Integer) or source.group is not None:
                yield self._problem(
                    item, ErrorCode.BAD_REPEAT,
                    f"count_from must name an integer question outside any group, not "
                    f"'{group.count_from}'", "count_from",
                )  # fmt: skip
            elif source.order >= item.order:
                yield self._problem(
                    item, ErrorCode.LATER_REFERENCE,
                    f"count_from reads '{group.count_from}', which is asked later", "count_from",
                )  # fmt: skip

    def _record_field(self, item: Located) -> Iterator[ScriptProblem]:
        path = item.question.record
        if path is None or self.record_fields is None:
            return
        if path not in self.record_fields:
            yield self._problem(
                item, ErrorCode.UNKNOWN_RECORD_FIELD,
                f"record field '{path}' does not exist in the ClinicalRecord", "record",
            )  # fmt: skip
        elif item.group is not None and "[]" not in path:
            yield self._problem(
                item, ErrorCode.UNKNOWN_RECORD_FIELD,
                f"'{path}' is not a per-item field, but this question is asked once per item", "record",
            )  # fmt: skip

    def _template(self, item: Located) -> Iterator[ScriptProblem]:
        question = item.question
        texts = [("ack", question.ack)]
        if isinstance(question, Repeat):
            texts.append(("item_label", question.item_label))
        for key, text in texts:
            if text is None:
                continue
            for name in PLACEHOLDER.findall(text):
                yield from self._placeholder(item, key, name)

    def _placeholder(self, item: Located, key: str, name: str) -> Iterator[ScriptProblem]:
        if (name == "answer" and key == "ack") or (name == "n" and (item.group or key == "item_label")):
            return
        referenced = self.by_id.get(name)
        if referenced is None:
            yield self._problem(
                item, ErrorCode.BAD_TEMPLATE,
                f"placeholder '{{{name}}}' is neither {{answer}}, {{n}} nor an earlier question id", key,
            )  # fmt: skip
        elif referenced.order >= item.order:
            yield self._problem(
                item,
                ErrorCode.LATER_REFERENCE,
                f"placeholder '{{{name}}}' quotes a later question",
                key,
            )
        elif referenced.group is not None and referenced.group is not item.group:
            yield self._problem(
                item, ErrorCode.BAD_TEMPLATE,
                f"placeholder '{{{name}}}' quotes a question inside another repeat group", key,
            )  # fmt: skip

    def _conditions(self) -> Iterator[ScriptProblem]:
        for item in self.located:
            if item.question.when is not None:
                yield from self._condition_refs(item, item.question.when)
                for message in condition_type_problems(item.question.when, self.by_id_questions()):
                    yield self._problem(item, ErrorCode.TYPE_MISMATCH, message, "when")

    def by_id_questions(self) -> dict[str, QuestionBase]:
        """Questions by id, for the type rules."""
        return {qid: located.question for qid, located in self.by_id.items()}

    def _condition_refs(self, item: Located, condition: Condition) -> Iterator[ScriptProblem]:
        for ref in answer_ids(condition):
            target = self.by_id.get(ref)
            if target is None:
                yield self._problem(
                    item,
                    ErrorCode.UNKNOWN_REFERENCE,
                    f"condition reads unknown question '{ref}'",
                    "when",
                )
            elif target.order >= item.order:
                if not self._in_cycle(item.question.id, ref):
                    yield self._problem(
                        item, ErrorCode.LATER_REFERENCE,
                        f"condition reads '{ref}', which is asked later (or is itself)", "when",
                    )  # fmt: skip
            elif target.group is not None and target.group is not item.group:
                yield self._problem(
                    item, ErrorCode.TYPE_MISMATCH,
                    f"condition reads '{ref}' inside repeat group '{target.group.id}'; "
                    f"use a count condition over the group", "when",
                )  # fmt: skip

    def _dependencies(self) -> dict[str, set[str]]:
        graph: dict[str, set[str]] = {item.question.id: set() for item in self.located}
        for item in self.located:
            deps = graph[item.question.id]
            if item.question.when is not None:
                deps.update(referenced_questions(item.question.when))
            if isinstance(item.question, Repeat) and item.question.count_from:
                deps.add(item.question.count_from)
        return graph

    def _in_cycle(self, start: str, via: str) -> bool:
        """Whether `start` is reachable again from `via` along dependencies."""
        graph = self._dependencies()
        stack, seen = [via], set()
        while stack:
            node = stack.pop()
            if node == start:
                return True
            if node not in seen:
                seen.add(node)
                stack.extend(graph.get(node, ()))
        return False

    def _cycles(self) -> Iterator[ScriptProblem]:
        graph = self._dependencies()
        for item in self.located:
            qid = item.question.id
            for dep in sorted(graph[qid]):
                if dep in graph and self.by_id[dep].order >= item.order and self._in_cycle(qid, dep):
                    yield self._problem(
                        item, ErrorCode.CYCLE,
                        f"'{qid}' depends on '{dep}', which depends back on '{qid}'", "when",
                    )  # fmt: skip

    def _reachability(self) -> Iterator[ScriptProblem]:
        for section_index, qid in unreachable_questions(self.script):
            if qid is None:
                yield self.source.problem(
                    ("sections", section_index, "when"), ErrorCode.UNREACHABLE,
                    f"section '{self.script.sections[section_index].id}' can never be asked: "
                    f"its condition can never be true",
                )  # fmt: skip
            else:
                yield self._problem(
                    self.by_id[qid], ErrorCode.UNREACHABLE,
                    "can never be asked: its condition can never be true", "when",
                )  # fmt: skip
