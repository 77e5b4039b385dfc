"""scripts/README.md stays in sync with the code: every error code, every question kind, working examples."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from interview.script import ERROR_DESCRIPTIONS, QUESTION_KINDS, load_script_text

README = Path(__file__).parents[2] / "scripts" / "README.md"
TABLE = re.compile(r"<!-- error-codes:[^>]*-->\n\n(.*?)<!-- /error-codes -->", re.DOTALL)


def error_code_table() -> str:
    """The table the README must hold, generated from ERROR_DESCRIPTIONS."""
    rows = "".join(f"| {code.value} | {text} |\n" for code, text in ERROR_DESCRIPTIONS.items())
    return "| code | problem |\n| --- | --- |\n" + rows


def kind_section(kind: str) -> str:
    """The README's section on one question kind, up to the next heading."""
    match = re.search(rf"^### {kind}\n(.*?)(?=^#)", README.read_text(encoding="utf-8"), re.DOTALL | re.M)
    assert match, f"scripts/README.md has no '### {kind}' section"
    return match.group(1)


def test_readme_error_table_matches_the_error_descriptions() -> None:
    match = TABLE.search(README.read_text(encoding="utf-8"))
    assert match, "scripts/README.md lost its generated error-code table markers"
    assert match.group(1) == error_code_table(), (
        "the error-code table in scripts/README.md differs from ERROR_DESCRIPTIONS; paste this:\n"
        + error_code_table()
    )


@pytest.mark.parametrize("kind", QUESTION_KINDS)
def test_every_question_kind_has_a_readme_section(kind: str) -> None:
    assert kind_section(kind).strip()


@pytest.mark.parametrize("kind", QUESTION_KINDS)
def test_every_question_kind_example_in_the_readme_loads(kind: str) -> None:
    example = re.search(r"```yaml\n(.*?)```", kind_section(kind), re.DOTALL)
    assert example, f"the '### {kind}' section has no YAML example"
    script = (
        "id: example\nversion: '1'\ntitle: Example\nsections:\n  - id: s\n    title: S\n    questions:\n"
        + textwrap.indent(example.group(1), "      ")
    )
    loaded = load_script_text(script)
    assert loaded.script.sections[0].questions[0].type == kind
