"""What a condition may read: earlier questions, the same repeat item, and a counted group's own questions."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from interview.script.conditions import (
    AllCondition,
    AnswerCondition,
    AnyCondition,
    Condition,
    CountCondition,
    NotCondition,
    referenced_questions,
)
from interview.script.errors import ErrorCode
from interview.script.model import Script
from interview.script.questions import QuestionBase, Repeat
from interview.script.typing_rules import answer_type_problems

YamlPath = tuple[str | int, ...]


@dataclass(frozen=True)
class Located:
    """A question with its path in the YAML, its position in document order and its repeat group."""

    question: QuestionBase
    path: YamlPath
    order: int
    group: Repeat | None


@dataclass(frozen=True)
class Finding:
    """A problem in a condition, at the path of the offending key."""

    path: YamlPath
    code: ErrorCode
    message: str


@dataclass(frozen=True)
class Scope:
    """Where a condition stands: it may read questions before `boundary` (in document order)."""

    boundary: int
    group: Repeat | None
    """The repeat group the guarded question sits in: its earlier questions may be read directly."""
    owners: frozenset[str]
    """The questions the condition guards; a later reference that leads back to them is a cycle."""
    counted: Repeat | None = None
    """Inside a count's `where`: only this group's questions may be read."""


def locate(script: Script) -> list[Located]:
    """Every question with its YAML path, in document order (a repeat group before its questions)."""
    found: list[Located] = []
    for s, section in enumerate(script.sections):
        for q, question in enumerate(section.questions):
            path: YamlPath = ("sections", s, "questions", q)
            found.append(Located(question, path, len(found), None))
            if isinstance(question, Repeat):
                for i, inner in enumerate(question.questions):
                    found.append(Located(inner, (*path, "questions", i), len(found), question))
    return found


class ReferenceRules:
    """Checks the references of conditions against the questions of one script."""

    def __init__(self, script: Script, located: list[Located]) -> None:
        self.by_id: dict[str, Located] = {}
        for item in located:
            self.by_id.setdefault(item.question.id, item)
        self.dependencies = _dependencies(script, located)

    def later_code(self, owners: frozenset[str], ref: str) -> ErrorCode:
        """A read of a later question is a cycle when that question depends back on an owner.

        Reading the guarded question itself (or, for a section, one of its own) is a plain later read.
        """
        if ref in owners:
            return ErrorCode.LATER_REFERENCE
        stack, seen = [ref], set()
        while stack:
            node = stack.pop()
            if node in owners:
                return ErrorCode.CYCLE
            if node not in seen:
                seen.add(node)
                stack.extend(self.dependencies.get(node, ()))
        return ErrorCode.LATER_REFERENCE

    def check(self, condition: Condition, path: YamlPath, scope: Scope) -> Iterator[Finding]:
        """Every reference and type problem in `condition`, located at the offending key."""
        match condition:
            case AnswerCondition():
                yield from self._answer(condition, path, scope)
            case CountCondition():
                yield from self._count(condition, path, scope)
            case AllCondition(all=parts) | AnyCondition(any=parts):
                key = "all" if isinstance(condition, AllCondition) else "any"
                for i, part in enumerate(parts):
                    yield from self.check(part, (*path, key, i), scope)
            case NotCondition(not_=inner):
                yield from self.check(inner, (*path, "not"), scope)

    def _answer(self, condition: AnswerCondition, path: YamlPath, scope: Scope) -> Iterator[Finding]:
        ref, at = condition.answer, (*path, "answer")
        if scope.counted is not None:
            inner: dict[str, QuestionBase] = {q.id: q for q in scope.counted.questions}
            if ref not in inner:
                yield Finding(
                    at, ErrorCode.UNKNOWN_REFERENCE,
                    f"count where reads '{ref}', which is not a question of group '{scope.counted.id}'",
                )  # fmt: skip
                return
            question = inner[ref]
        else:
            target = self.by_id.get(ref)
            if target is None:
                yield Finding(at, ErrorCode.UNKNOWN_REFERENCE, f"condition reads unknown question '{ref}'")
                return
            if target.order >= scope.boundary:
                code = self.later_code(scope.owners, ref)
                yield Finding(at, code, _later_message(code, ref, scope))
                return
            if target.group is not None and target.group is not scope.group:
                yield Finding(
                    at, ErrorCode.TYPE_MISMATCH,
                    f"condition reads '{ref}' inside repeat group '{target.group.id}'; "
                    f"use a count condition over the group",
                )  # fmt: skip
                return
            question = target.question
        for key, message in answer_type_problems(condition, question):
            yield Finding((*path, key), ErrorCode.TYPE_MISMATCH, message)

    def _count(self, condition: CountCondition, path: YamlPath, scope: Scope) -> Iterator[Finding]:
        ref, at = condition.count, (*path, "count")
        target = self.by_id.get(ref)
        if target is None:
            yield Finding(at, ErrorCode.UNKNOWN_REFERENCE, f"count reads unknown repeat group '{ref}'")
            return
        group = target.question
        if not isinstance(group, Repeat):
            kind = getattr(group, "type", "?")
            yield Finding(
                at, ErrorCode.TYPE_MISMATCH, f"count needs a repeat group, but '{ref}' has type {kind}"
            )
            return
        if target.order >= scope.boundary:
            code = self.later_code(scope.owners, ref)
            yield Finding(at, code, _later_message(code, ref, scope))
            return
        if condition.where is not None:
            inner_scope = Scope(scope.boundary, scope.group, scope.owners, counted=group)
            yield from self.check(condition.where, (*path, "where"), inner_scope)


def _later_message(code: ErrorCode, ref: str, scope: Scope) -> str:
    if code is ErrorCode.CYCLE:
        owners = ", ".join(f"'{o}'" for o in sorted(scope.owners))
        return f"depends on '{ref}', which depends back on {owners}"
    if ref in scope.owners:
        return f"condition reads '{ref}', which is not asked yet when the condition is evaluated"
    return f"condition reads '{ref}', which is asked later"


def _dependencies(script: Script, located: list[Located]) -> dict[str, set[str]]:
    """What each question's asking depends on: its own condition, its section's, its count_from."""
    section_of: dict[str, int] = {}
    for item in located:
        section_of.setdefault(item.question.id, int(item.path[1]))
    graph: dict[str, set[str]] = {item.question.id: set() for item in located}
    for item in located:
        deps = graph[item.question.id]
        section = script.sections[section_of[item.question.id]]
        for when in (item.question.when, section.when):
            if when is not None:
                deps.update(referenced_questions(when))
        if isinstance(item.question, Repeat) and item.question.count_from:
            deps.add(item.question.count_from)
        if item.group is not None:
            deps.add(item.group.id)
    return graph
