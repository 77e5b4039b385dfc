"""Finding and reading practice case files, with `file:line: message` errors for authoring slips."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from interview.locations import find_script
from interview.practice.case import PracticeCase
from interview.script import ScriptError, load_script_file
from interview.script.model import Script
from interview.script.yaml_source import Path_, SourceMap, UnreadableYaml, read_yaml


class CaseError(Exception):
    """A case file that cannot be used; each problem reads `file:line: message`."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(
            problems[0] if len(problems) == 1 else f"{problems[0]} (and {len(problems) - 1} more)"
        )
        self.problems = problems


def cases_dir() -> Path:
    """The bundled cases (transcripts/practice in a checkout, _bundled_practice in a wheel)."""
    packaged = Path(__file__).parents[1] / "_bundled_practice"
    return packaged if packaged.is_dir() else Path(__file__).parents[2] / "transcripts" / "practice"


def case_files(folder: Path | None = None) -> list[Path]:
    """Every case file in the folder, by name."""
    return sorted((folder or cases_dir()).glob("*.yaml"))


def find_case(name: str, folder: Path | None = None) -> Path:
    """A case by path, by file name without .yaml, or by a unique beginning of it ('03')."""
    path = Path(name).expanduser()
    if path.is_file():
        return path
    files = case_files(folder)
    exact = [f for f in files if f.stem == name]
    matches = exact or [f for f in files if f.stem.startswith(name)]
    if len(matches) == 1:
        return matches[0]
    known = ", ".join(f.stem for f in files) or "none"
    if not matches:
        raise CaseError([f"no practice case '{name}' (cases: {known})"])
    raise CaseError([f"'{name}' matches several cases ({', '.join(f.stem for f in matches)}); say more"])


def load_case(path: Path) -> PracticeCase:
    """Read and check one case file."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise CaseError([f"{path}: cannot read the case: {error.strerror}"]) from None
    return load_case_text(text, str(path))


def load_case_text(text: str, file: str = "<case>") -> PracticeCase:
    """Parse a case from YAML text; raises CaseError with located problems."""
    try:
        data, source = read_yaml(text, file)
    except UnreadableYaml as error:
        raise CaseError([f"{file}:{error.line}: {error.message}"]) from None
    if not isinstance(data, dict):
        raise CaseError([f"{file}:1: a case is a mapping with id, title, script, answers..."])
    try:
        return PracticeCase.model_validate(data)
    except ValidationError as error:
        raise CaseError([_problem(source, detail) for detail in error.errors()]) from None


def _problem(source: SourceMap, detail: Any) -> str:
    loc: Path_ = tuple(p for p in detail["loc"] if p != "[key]")
    where = ".".join(str(p) for p in loc) or "the case"
    message = detail["msg"]
    if detail["type"] == "extra_forbidden":
        message = f"unknown key '{loc[-1]}' (misspelt?)"
    elif detail["type"] == "missing":
        message = f"missing required key '{loc[-1]}'"
    elif detail["type"] == "string_pattern_mismatch" and loc[:1] == ("answers",):
        message = "answer keys are question ids, or group[item].question_id for repeat groups"
    return f"{source.file}:{source.line_of(loc)}: {where}: {message}"


def case_script(case: PracticeCase, case_path: Path) -> Script:
    """The script a case answers: a path beside the case file, or a bundled script id."""
    beside = case_path.parent / case.script
    path = beside if beside.is_file() else find_script(case.script)
    try:
        return load_script_file(path).script
    except ScriptError as error:
        raise CaseError([f"case '{case.id}': its script cannot be used: {error.problems[0]}"]) from None
