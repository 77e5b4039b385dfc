"""Find questions that can never be asked, by trying every combination of the answers a condition reads.

Each answer a condition reads has a small set of representative values: the options of a choice,
yes/no, the points of a rating, or, for numbers, the constants the script compares them with and
the values just around them (comparisons with constants only change truth at those constants).
"Absent" (not asked, or each missing reason) is always one of them. If no combination makes the condition
true, the question is unreachable.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Set
from dataclasses import dataclass

from interview.script.conditions import (
    AnswerCondition,
    Condition,
    CountCondition,
    answer_ids,
    count_ids,
    walk,
)
from interview.script.evaluation import Absent, evaluate
from interview.script.model import Script, iter_questions
from interview.script.questions import (
    Integer,
    MultipleChoice,
    Number,
    QuestionBase,
    Rating,
    ReadBack,
    Repeat,
    SingleChoice,
    YesNo,
)
from interview.script.typing_rules import MISSING_REASONS

MAX_COMBINATIONS = 20_000
ABSENT = Absent()
MISSING = [Absent(reason) for reason in MISSING_REASONS]
"""Every way an answer can be missing; `missing: declined` must not look unreachable."""


def unreachable_questions(
    script: Script, assume_reachable: Set[str] = frozenset()
) -> list[tuple[int, str | None]]:
    """(section index, question id) of every question that can never be asked; id None: the section.

    Sections and questions in `assume_reachable` (say, those whose condition is already reported as
    broken) are neither tried nor reported, and what depends on them is judged as if they could be asked.
    """
    questions = {q.id: q for q, _, _ in iter_questions(script)}
    constants = Constants.gather(_all_conditions(script))
    unreachable: set[str] = set()
    found: list[tuple[int, str | None]] = []
    by_section: defaultdict[int, list[tuple[QuestionBase, Repeat | None]]] = defaultdict(list)
    for question, section, group in iter_questions(script):
        by_section[id(section)].append((question, group))
    for s, section in enumerate(script.sections):
        section_ok = (
            section.when is None
            or section.id in assume_reachable
            or _satisfiable(section.when, questions, constants, unreachable)
        )
        if not section_ok:
            found.append((s, None))
        for question, group in by_section[id(section)]:
            if not section_ok or (group is not None and group.id in unreachable):
                unreachable.add(question.id)
                continue
            if question.id in assume_reachable:
                continue
            if question.when is not None and not _satisfiable(
                question.when, questions, constants, unreachable
            ):
                unreachable.add(question.id)
                found.append((s, question.id))
    return found


def _all_conditions(script: Script) -> list[Condition]:
    found: list[Condition] = [s.when for s in script.sections if s.when is not None]
    found += [q.when for q, _, _ in iter_questions(script) if q.when is not None]
    return found


def _satisfiable(
    condition: Condition,
    questions: dict[str, QuestionBase],
    constants: Constants,
    unreachable: set[str],
) -> bool:
    answer_keys = sorted(set(answer_ids(condition)))
    count_keys = sorted(set(count_ids(condition)))
    domains = [
        _domain(questions.get(qid), qid in unreachable, constants.answers.get(qid, [])) for qid in answer_keys
    ]
    domains += [_count_domain(constants.counts.get(gid, []), gid in unreachable) for gid in count_keys]
    size = 1
    for domain in domains:
        size *= len(domain)
    if size > MAX_COMBINATIONS:
        return True  # too many to try: give the author the benefit of the doubt
    for combination in itertools.product(*domains):
        answers = dict(zip(answer_keys, combination[: len(answer_keys)], strict=True))
        counts = dict(zip(count_keys, combination[len(answer_keys) :], strict=True))
        if evaluate(
            condition,
            lambda qid, a=answers: a.get(qid, ABSENT),  # type: ignore[misc]
            lambda gid, _where, c=counts: int(c.get(gid, 0)),  # type: ignore[misc]
        ):
            return True
    return False


def _domain(question: QuestionBase | None, unreachable: bool, constants: list[object]) -> list[object]:
    if question is None or unreachable:
        return [ABSENT]
    values: list[object]
    if isinstance(question, YesNo | ReadBack):
        values = [True, False]
    elif isinstance(question, SingleChoice):
        values = [o.value for o in question.options]
    elif isinstance(question, MultipleChoice):
        mentioned = sorted({str(c) for c in constants})
        values = [list(c) for n in range(len(mentioned) + 1) for c in itertools.combinations(mentioned, n)]
    elif isinstance(question, Rating):
        values = list(range(question.min, question.max + 1))
    elif isinstance(question, Integer | Number):
        values = _numbers_around(constants, question.min, question.max)
    else:
        values = (
            _numbers_around(constants, None, None)
            if all(isinstance(c, int | float) and not isinstance(c, bool) for c in constants)
            else [*constants, "\x00other"]
        )
    return [*values, ABSENT, *MISSING]


def _numbers_around(constants: list[object], low: float | None, high: float | None) -> list[object]:
    points: set[float] = {0.0}
    for c in constants:
        if isinstance(c, int | float) and not isinstance(c, bool):
            points.update({c - 1, c - 0.5, c, c + 0.5, c + 1})
    points.update(p for p in (low, high) if p is not None)
    kept = sorted(p for p in points if (low is None or p >= low) and (high is None or p <= high))
    return list(kept)


def _count_domain(constants: list[object], unreachable: bool) -> list[object]:
    if unreachable:
        return [0]
    return [p for p in _numbers_around(constants, 0, None) if float(p).is_integer()]  # type: ignore[arg-type]


@dataclass(frozen=True)
class Constants:
    """The values the whole script compares each answer and each count with, gathered in one pass."""

    answers: dict[str, list[object]]
    counts: dict[str, list[object]]

    @classmethod
    def gather(cls, conditions: list[Condition]) -> Constants:
        answers: defaultdict[str, list[object]] = defaultdict(list)
        counts: defaultdict[str, list[object]] = defaultdict(list)
        for condition in conditions:
            for part in walk(condition):
                if isinstance(part, AnswerCondition) and part.value is not None:
                    answers[part.answer] += part.value if isinstance(part.value, list) else [part.value]
                elif isinstance(part, CountCondition):
                    counts[part.count].append(part.value)
        return cls(dict(answers), dict(counts))
