"""Script problems with a code, a location and a message: `file:line: CODE message`."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ErrorCode(StrEnum):
    """Every problem the loader and the validator report; each is described in scripts/README.md."""

    YAML_SYNTAX = "SCRIPT_001"
    SCHEMA = "SCRIPT_002"
    DUPLICATE_ID = "SCRIPT_003"
    DUPLICATE_OPTION = "SCRIPT_004"
    UNKNOWN_REFERENCE = "SCRIPT_005"
    LATER_REFERENCE = "SCRIPT_006"
    TYPE_MISMATCH = "SCRIPT_007"
    UNREACHABLE = "SCRIPT_008"
    CYCLE = "SCRIPT_009"
    UNKNOWN_RECORD_FIELD = "SCRIPT_010"
    BAD_CHOICES = "SCRIPT_011"
    BAD_TEMPLATE = "SCRIPT_012"
    BAD_REPEAT = "SCRIPT_013"
    BAD_BOUNDS = "SCRIPT_014"
    BAD_SCREENER = "SCRIPT_015"
    SCREENER_FIELDS = "SCRIPT_016"
    BAD_TRIGGER = "SCRIPT_017"
    RECORD_KIND_MISMATCH = "SCRIPT_018"
    RECORD_BAD_OPTION = "SCRIPT_019"
    RECORD_CANNOT_BE_MISSING = "SCRIPT_020"
    BAD_NUMBERING = "SCRIPT_021"


ERROR_DESCRIPTIONS: dict[ErrorCode, str] = {
    ErrorCode.YAML_SYNTAX: "the file cannot be read or is not valid YAML",
    ErrorCode.SCHEMA: "a key is unknown or misspelt, a required key is missing, or a value has a wrong type",
    ErrorCode.DUPLICATE_ID: "two sections or questions share an id",
    ErrorCode.DUPLICATE_OPTION: "two options of one question share a value, a label or a synonym",
    ErrorCode.UNKNOWN_REFERENCE: (
        "a condition, count or count_from names a question that does not exist "
        "(in a count's `where`: that is not in the counted group)"
    ),
    ErrorCode.LATER_REFERENCE: "a condition or template reads a question that is asked later (or itself)",
    ErrorCode.TYPE_MISMATCH: (
        "a condition compares an answer with a value of another type or a non-option, uses an operator "
        "that does not suit the answer, or reads a repeat group's item from outside the group"
    ),
    ErrorCode.UNREACHABLE: "a question or section can never be asked: its condition can never be true",
    ErrorCode.CYCLE: "questions depend on each other in a circle",
    ErrorCode.UNKNOWN_RECORD_FIELD: (
        "`record:` names a ClinicalRecord field that does not exist, or a per-item field (`[]`) "
        "outside a repeat group, or a once-only field inside one"
    ),
    ErrorCode.BAD_CHOICES: (
        "a choice question has fewer than two options, or a rating's min is not below its max "
        "or it labels points off its scale"
    ),
    ErrorCode.BAD_TEMPLATE: (
        "an acknowledgement or item label has a placeholder that cannot be filled, or an unmatched brace"
    ),
    ErrorCode.BAD_REPEAT: (
        "a repeat group needs exactly one of count_from (an integer question outside any group) "
        "or ask_another, or items_from (with both or neither of ask_another and page_size)"
    ),
    ErrorCode.BAD_BOUNDS: (
        "a minimum is above its maximum, or a maximum (max_weeks, max_mg, max_length) is not above zero"
    ),
    ErrorCode.BAD_SCREENER: (
        "`safety.screener` names no section, or the screener section has a `when` or a repeat group "
        "(it must be askable at any moment)"
    ),
    ErrorCode.SCREENER_FIELDS: (
        "the screener section lacks a yes_no question recording one of the C-SSRS `safety.*` items, "
        "or a `safety.*` item is recorded outside the screener or by a question that is not yes_no"
    ),
    ErrorCode.BAD_TRIGGER: "a safety trigger reads a question of the screener itself",
    ErrorCode.RECORD_KIND_MISMATCH: (
        "`record:` names a field whose type cannot hold this kind of answer (e.g. a duration into a "
        "yes/no field, a rating whose scale falls outside the field's bounds, a link_review outside "
        "`macro_decisions`)"
    ),
    ErrorCode.RECORD_BAD_OPTION: (
        "a choice question fills a field with a closed list of values, and an option value is not "
        "one of them (or, for a number field, an option has no score)"
    ),
    ErrorCode.RECORD_CANNOT_BE_MISSING: (
        "`record:` names a field that cannot be unknown (e.g. medication_trials[].drug), but the "
        "question allows don't know, prefer not to say or skip, or has a `when`"
    ),
    ErrorCode.BAD_NUMBERING: (
        "a choice declares `numbering: score` but an option has no score or two options share one"
    ),
}


@dataclass(frozen=True, order=True)
class ScriptProblem:
    """One problem found in a script."""

    file: str
    line: int
    code: ErrorCode
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.code.value} {self.message}"


class ScriptError(Exception):
    """A script that cannot be used; carries every problem found."""

    def __init__(self, problems: list[ScriptProblem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
