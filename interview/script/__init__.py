"""The question-script language: load a YAML script, check it, and evaluate its conditions.

The names below are imported when first used (PEP 562), so a module of this package that needs none
of them (the script cache, read before the TUI's first paint) does not pay for pydantic and ruamel.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from interview.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from interview.script.conditions import (
        AllCondition,
        AnswerCondition,
        AnyCondition,
        Condition,
        CountCondition,
        NotCondition,
    )
    from interview.script.errors import ERROR_DESCRIPTIONS, ErrorCode, ScriptError, ScriptProblem
    from interview.script.evaluation import Absent, evaluate
    from interview.script.loader import LoadedScript, SourceMap, load_script_file, load_script_text
    from interview.script.model import Script, Section
    from interview.script.questions import (
        QUESTION_KINDS,
        Dose,
        Duration,
        Integer,
        LinkReview,
        MonthYear,
        MultipleChoice,
        Number,
        Option,
        Question,
        QuestionBase,
        Rating,
        Rationale,
        ReadBack,
        Repeat,
        SingleChoice,
        Text,
        YesNo,
    )
    from interview.script.record_fields import FieldKind, FieldShape
    from interview.script.validator import validate

_HOMES: dict[str, tuple[str, ...]] = {
    "interview.script.conditions": (
        "AllCondition", "AnswerCondition", "AnyCondition", "Condition", "CountCondition", "NotCondition",
    ),
    "interview.script.errors": ("ERROR_DESCRIPTIONS", "ErrorCode", "ScriptError", "ScriptProblem"),
    "interview.script.evaluation": ("Absent", "evaluate"),
    "interview.script.loader": ("LoadedScript", "SourceMap", "load_script_file", "load_script_text"),
    "interview.script.model": ("Script", "Section"),
    "interview.script.questions": (
        "QUESTION_KINDS", "Dose", "Duration", "Integer", "LinkReview", "MonthYear", "MultipleChoice",
        "Number", "Option", "Question", "QuestionBase", "Rating", "Rationale", "ReadBack", "Repeat",
        "SingleChoice", "Text", "YesNo",
    ),
    "interview.script.record_fields": ("FieldKind", "FieldShape"),
    "interview.script.validator": ("validate",),
}  # fmt: skip
_MODULE_OF = {name: module for module, names in _HOMES.items() for name in names}

__all__ = [
    "ERROR_DESCRIPTIONS",
    "QUESTION_KINDS",
    "Absent",
    "AllCondition",
    "AnswerCondition",
    "AnyCondition",
    "Condition",
    "CountCondition",
    "Dose",
    "Duration",
    "ErrorCode",
    "FieldKind",
    "FieldShape",
    "Integer",
    "LinkReview",
    "LoadedScript",
    "MonthYear",
    "MultipleChoice",
    "NotCondition",
    "Number",
    "Option",
    "Question",
    "QuestionBase",
    "Rating",
    "Rationale",
    "ReadBack",
    "Repeat",
    "Script",
    "ScriptError",
    "ScriptProblem",
    "Section",
    "SingleChoice",
    "SourceMap",
    "Text",
    "YesNo",
    "evaluate",
    "load_and_validate",
    "load_script_file",
    "load_script_text",
    "validate",
]


__getattr__ = lazy_exports(__name__, _MODULE_OF)


def load_and_validate(
    path: Path | str, record_fields: Mapping[str, str | FieldShape] | None = None
) -> LoadedScript:
    """Load a script file and check it; raises ScriptError with every problem (sorted by line)."""
    from interview.script.errors import ScriptError
    from interview.script.loader import load_script_file
    from interview.script.validator import validate

    loaded = load_script_file(Path(path))
    problems = validate(loaded, record_fields)
    if problems:
        raise ScriptError(problems)
    return loaded
