"""The corpus: every broken script is caught with the right code at the right line; good ones pass."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

import pytest

from interview.script import ErrorCode, ScriptError, load_and_validate, load_script_file, validate

FIXTURES = Path(__file__).parents[1] / "fixtures" / "scripts"
BROKEN = sorted((FIXTURES / "broken").glob("*.yaml"))
GOOD = sorted((FIXTURES / "good").glob("*.yaml"))
MARKER = re.compile(r"#\s*<-\s*((?:SCRIPT_\d{3}\s*)+)")
"""`# <- SCRIPT_005` at the end of the line the problem must be reported on."""


def _expected(path: Path) -> tuple[list[str], list[tuple[int, str]]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    header = re.match(r"# expect: ((?:SCRIPT_\d{3}[ ,]*)+)", lines[0])
    assert header, f"{path.name} must start with '# expect: SCRIPT_00N <what>'"
    codes = re.findall(r"SCRIPT_\d{3}", header.group(1))
    marked = [
        (number, code)
        for number, line in enumerate(lines, start=1)
        for match in MARKER.finditer(line)
        for code in match.group(1).split()
    ]
    return codes, sorted(marked)


def _reported(path: Path, record_fields: Mapping[str, str]) -> list[tuple[int, str]]:
    try:
        problems = validate(load_script_file(path), record_fields)
    except ScriptError as error:
        problems = error.problems
    return sorted((p.line, p.code.value) for p in problems)


@pytest.mark.parametrize("path", BROKEN, ids=[p.stem for p in BROKEN])
def test_broken_script_reports_exactly_the_marked_codes_at_the_marked_lines(
    path: Path, record_fields: Mapping[str, str]
) -> None:
    header_codes, marked = _expected(path)
    assert marked, f"{path.name} marks no line with '# <- SCRIPT_00N'"
    assert set(header_codes) == {code for _, code in marked}, "the header and the markers disagree"
    assert _reported(path, record_fields) == marked


def test_corpus_has_a_broken_script_for_every_error_code() -> None:
    covered = Counter(code for path in BROKEN for code in _expected(path)[0])
    assert {code.value for code in ErrorCode} <= set(covered)


@pytest.mark.parametrize(
    "code",
    [
        ErrorCode.DUPLICATE_ID,
        ErrorCode.UNKNOWN_REFERENCE,
        ErrorCode.LATER_REFERENCE,
        ErrorCode.TYPE_MISMATCH,
        ErrorCode.UNREACHABLE,
        ErrorCode.CYCLE,
    ],
)
def test_corpus_has_several_broken_scripts_for_the_important_codes(code: ErrorCode) -> None:
    files = [path for path in BROKEN if code.value in _expected(path)[0]]
    assert len(files) >= 3


@pytest.mark.parametrize("path", GOOD, ids=[p.stem for p in GOOD])
def test_good_script_validates_with_no_problems(path: Path, record_fields: Mapping[str, str]) -> None:
    assert [str(p) for p in validate(load_script_file(path), record_fields)] == []


def test_good_scripts_exist() -> None:
    assert len(GOOD) >= 3


def test_load_and_validate_returns_a_sound_script(record_fields: Mapping[str, str]) -> None:
    loaded = load_and_validate(FIXTURES / "good" / "every_kind.yaml", record_fields)
    assert loaded.script.id == "every_kind"


def test_load_and_validate_raises_every_problem_sorted_by_line(record_fields: Mapping[str, str]) -> None:
    with pytest.raises(ScriptError) as caught:
        load_and_validate(FIXTURES / "broken" / "depends_only_on_unreachable.yaml", record_fields)
    lines = [p.line for p in caught.value.problems]
    assert lines == [17, 21]
    assert (
        str(caught.value)
        .splitlines()[0]
        .endswith(
            "depends_only_on_unreachable.yaml:17: SCRIPT_008 question 'centenarian': "
            "can never be asked: its condition can never be true"
        )
    )


def test_load_and_validate_reports_loader_problems_as_script_errors() -> None:
    with pytest.raises(ScriptError) as caught:
        load_and_validate(FIXTURES / "broken" / "misspelt_key.yaml")
    found = [(p.line, p.code) for p in caught.value.problems]
    assert found == [(9, ErrorCode.SCHEMA), (12, ErrorCode.SCHEMA)]


def test_an_unreadable_file_is_a_script_error(tmp_path: Path) -> None:
    with pytest.raises(ScriptError) as caught:
        load_and_validate(tmp_path / "absent.yaml")
    assert caught.value.problems[0].code is ErrorCode.YAML_SYNTAX
