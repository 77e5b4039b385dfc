"""The question-script language: load a YAML script, check it, and evaluate its conditions."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

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


def load_and_validate(
    path: Path | str, record_fields: Mapping[str, str | FieldShape] | None = None
) -> LoadedScript:
    """Load a script file and check it; raises ScriptError with every problem (sorted by line)."""
    loaded = load_script_file(Path(path))
    problems = validate(loaded, record_fields)
    if problems:
        raise ScriptError(problems)
    return loaded
