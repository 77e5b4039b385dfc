"""Fixtures for export tests: stored sessions of the sample script, and sessions built around case records."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from interview.cli import main
from interview.export.session import ExportSession
from interview.record import load_record
from interview.script import load_script_file
from interview.staging import stage

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_ANSWERS = (ROOT / "scripts" / "sample.answers").read_text(encoding="utf-8").splitlines()
NAMED_SIDE_EFFECT = (
    "nausea, my sister Jessica noticed; Rosalind Featherstne rang 555-376-2033 on March 3, 2024"
)


@pytest.fixture
def run_sample(tmp_path: Path) -> Callable[[str], None]:
    """Run the sample interview to the end for a patient label; the last answer names people."""

    def run(label: str) -> None:
        answers = tmp_path / f"{len(list(tmp_path.iterdir()))}.answers"
        answers.write_text("\n".join([*SAMPLE_ANSWERS[:-1], NAMED_SIDE_EFFECT]) + "\n", encoding="utf-8")
        assert main(["run", "sample", "--plain", "--answers", str(answers), "--patient", label]) == 0

    return run


@pytest.fixture
def case_session() -> ExportSession:
    """A session with vignette 07's record (two medication trials, one psychotherapy) and its staging."""
    record = load_record(ROOT / "transcripts" / "cases" / "07_refractory_after_psychotherapy.record.json")
    script = load_script_file(ROOT / "scripts" / "sample.yaml").script
    return ExportSession(
        "abcd1234",
        "Rosalind Featherstone",
        "2026-03-01T10:00:00+00:00",
        "finished",
        script,
        [],
        record,
        stage(record),
    )
