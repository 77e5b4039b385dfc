"""Static checks of the `safety:` block: the screener section, the C-SSRS fields it fills, the triggers."""

from __future__ import annotations

from collections.abc import Iterator

from interview.script.conditions import referenced_questions
from interview.script.errors import ErrorCode, ScriptProblem
from interview.script.loader import SourceMap
from interview.script.model import Script
from interview.script.questions import Repeat, YesNo
from interview.script.references import Located, ReferenceRules, Scope
from interview.script.safety import SCREENER_FIELDS


def safety_problems(
    script: Script, source: SourceMap, located: list[Located], rules: ReferenceRules
) -> Iterator[ScriptProblem]:
    """Every problem of the safety block (nothing when the script has none)."""
    block = script.safety
    if block is None:
        return
    ids = [section.id for section in script.sections]
    if block.screener not in ids:
        yield source.problem(
            ("safety", "screener"), ErrorCode.BAD_SCREENER,
            f"safety.screener names no section: '{block.screener}' (sections: {', '.join(ids)})",
        )  # fmt: skip
        return
    s = ids.index(block.screener)
    mine = [item for item in located if item.path[:2] == ("sections", s)]
    yield from _screener_shape(script, source, s, mine)
    yield from _screener_fields(source, s, located, mine)
    yield from _triggers(script, source, rules, len(located), {item.question.id for item in mine})


def _screener_shape(
    script: Script, source: SourceMap, s: int, mine: list[Located]
) -> Iterator[ScriptProblem]:
    section = script.sections[s]
    if section.when is not None:
        yield source.problem(
            ("sections", s, "when"), ErrorCode.BAD_SCREENER,
            f"the screener section '{section.id}' cannot have a `when`: a trigger or a risk cue "
            f"must be able to ask it at any moment",
        )  # fmt: skip
    for item in mine:
        if isinstance(item.question, Repeat):
            yield source.problem(
                (*item.path, "type"), ErrorCode.BAD_SCREENER,
                f"the screener section '{section.id}' cannot hold a repeat group ('{item.question.id}')",
            )  # fmt: skip


def _screener_fields(
    source: SourceMap, s: int, located: list[Located], mine: list[Located]
) -> Iterator[ScriptProblem]:
    filled = {item.question.record: item for item in mine if item.question.record in SCREENER_FIELDS}
    lacking = [field for field in SCREENER_FIELDS if field not in filled]
    if lacking:
        yield source.problem(
            ("sections", s, "id"), ErrorCode.SCREENER_FIELDS,
            f"the screener section asks no question recording {', '.join(lacking)}",
        )  # fmt: skip
    for item in located:
        if item.question.record not in SCREENER_FIELDS:
            continue
        if item not in mine:
            yield source.problem(
                (*item.path, "record"), ErrorCode.SCREENER_FIELDS,
                f"question '{item.question.id}': '{item.question.record}' is a screener item; "
                f"only the screener section may record it",
            )  # fmt: skip
        elif not isinstance(item.question, YesNo):
            yield source.problem(
                (*item.path, "type"), ErrorCode.SCREENER_FIELDS,
                f"question '{item.question.id}': '{item.question.record}' needs a yes_no question",
            )  # fmt: skip


def _triggers(
    script: Script, source: SourceMap, rules: ReferenceRules, end: int, screener_ids: set[str]
) -> Iterator[ScriptProblem]:
    assert script.safety is not None  # only called for a script with a safety block
    for t, trigger in enumerate(script.safety.triggers):
        path = ("safety", "triggers", t)
        # a trigger is checked after every answer, so it may read any question outside a repeat item
        for finding in rules.check(trigger, path, Scope(end, None, frozenset())):
            yield source.problem(finding.path, finding.code, f"safety trigger {t + 1}: {finding.message}")
        own = sorted(set(referenced_questions(trigger)) & screener_ids)
        if own:
            yield source.problem(
                path, ErrorCode.BAD_TRIGGER,
                f"safety trigger {t + 1} reads the screener's own question(s) {', '.join(own)}: "
                f"the screener's answers are triaged, not used to start it again",
            )  # fmt: skip
