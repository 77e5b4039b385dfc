"""The labelled answer corpora are well formed, and the development part stays understood as labelled."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
from pathlib import Path

import pytest

from interview.script import QuestionBase, load_script_file
from interview.understand import ANOTHER_ID, understand_answer
from interview.understand.corpus import Labelled, judge, read_corpus

ROOT = Path(__file__).parents[2]
CORPORA = ROOT / "tests" / "corpora" / "answers"
SCRIPT = load_script_file(ROOT / "scripts" / "trd_assessment.yaml").script
TODAY = datetime.date(2026, 12, 3)
DEV = list(read_corpus(CORPORA / "dev.tsv"))
HELD_OUT = list(read_corpus(CORPORA / "heldout.tsv"))


def test_the_corpora_hold_at_least_500_answers_across_every_question_kind() -> None:
    kinds = {
        "yes_no" if line.question == ANOTHER_ID else _kind(SCRIPT.index.question(line.question))
        for line in DEV + HELD_OUT
    }
    asked = {_kind(p.question) for p in SCRIPT.index.placements.values()} - {"repeat"}
    assert len(DEV) + len(HELD_OUT) >= 500
    assert asked <= kinds


def _kind(question: QuestionBase) -> str:
    return str(getattr(question, "type", ""))


@pytest.mark.parametrize("line", DEV + HELD_OUT, ids=lambda line: f"{line.question}:{line.text}")
def test_every_line_names_a_question_and_a_readable_label(line: Labelled) -> None:
    assert line.question == ANOTHER_ID or line.question in SCRIPT.index.placements
    special = ("reprompt", "any", "class:", "missing:", "confirm:")
    if not line.expected.startswith(special):
        json.loads(line.expected)


@pytest.mark.parametrize("line", DEV, ids=lambda line: f"{line.question}:{line.text}")
def test_every_development_answer_is_understood_as_labelled(line: Labelled) -> None:
    assert judge(line, understand_answer(SCRIPT, line.question, line.text, TODAY)) == "first_try"


def test_interview_try_prints_the_reading_as_json() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "interview", "try", "trd_assessment", "med_drug", "zolfot"],
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    reading = json.loads(run.stdout)
    assert (reading["outcome"], reading["value"], reading["confirm"]) == (
        "confirm",
        "Zoloft",
        "Did you mean Zoloft (sertraline)?",
    )


def test_interview_try_cues_scans_one_line_alone() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "interview", "try", "--cues", "I want to end it all"],
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    scan = json.loads(run.stdout)
    assert [cue["phrase"] for cue in scan["cues"]] == ["end it all"] and scan["denials"] == []


def test_interview_try_names_an_unknown_question() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "interview", "try", "trd_assessment", "no_such_question", "yes"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert run.returncode == 1 and "no question 'no_such_question'" in run.stderr
