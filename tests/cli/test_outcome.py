"""The end of an interview: its outcome from the event log, the closing summary, and `interview record`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from interview.locations import database_path
from interview.session.outcome import load_outcome
from interview.storage import SessionStore, open_database
from tests.cli.test_commands import run, session_of

SCRIPT = """\
id: outcome_test
version: "1"
title: Outcome test
sections:
  - id: main
    title: Main
    questions:
      - {id: sleep, type: yes_no, text: Is your sleep poor?, record: lifestyle.poor_sleep}
      - {id: weeks, type: duration, text: How long so far?, record: current_episode.duration_weeks}
      - id: trials
        type: repeat
        text: Each antidepressant.
        ask_another: Another?
        questions:
          - {id: drug, type: text, text: Which?, record: "medication_trials[].drug", allow_dont_know: false,
             allow_decline: false}
          - {id: dose, type: dose, text: Dose?, record: "medication_trials[].dose_mg_per_day"}
          - {id: on_dose, type: duration, text: At that dose?, record: "medication_trials[].weeks_at_dose"}
      - id: areas
        type: multiple_choice
        text: Which of these fit?
        record: interpersonal.problem_areas
        options: [{value: grief, label: A loss}, {value: role_dispute, label: A dispute}]
      - {id: links, type: link_review, text: These problems seem linked. Right?, record: macro_decisions}
"""
ANSWERS = ["yes", "8 months", "Zoloft", "100 mg", "about two months", "no", "2", "remove 1"]


def store() -> SessionStore:
    return SessionStore(open_database(database_path(None)))


@pytest.fixture
def session(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    script = tmp_path / "outcome_test.yaml"
    script.write_text(SCRIPT, encoding="utf-8")
    answers = tmp_path / "answers.txt"
    answers.write_text("\n".join(ANSWERS) + "\n", encoding="utf-8")
    code, out, err = run(
        capsys, "run", str(script), "--plain", "--patient", "P-07", "--answers", str(answers)
    )
    assert code == 0, err
    return session_of(out), out


def test_the_outcome_of_a_session_holds_the_record_its_answers_make(session: tuple[str, str]) -> None:
    outcome = load_outcome(store(), session[0][:4])
    trial = outcome.record.medication_trials[0]
    assert (trial.drug, trial.dose_mg_per_day) == ("sertraline", 100.0)
    assert outcome.record.case_label == "P-07"
    assert outcome.finished and outcome.alerts == []
    assert outcome.macro.has_link("insomnia", "depression")
    assert not outcome.macro.has_link("role_dispute", "insomnia")
    assert [m.key for m in outcome.staging.methods][:1] == ["thase_rush"]


def test_finishing_prints_the_staging_summary_and_where_to_read_more(session: tuple[str, str]) -> None:
    session_id, out = session
    closing = out.split("is complete", 1)[1]
    assert "Staging (each method's value and band" in closing
    assert "Thase & Rush staging:" in closing
    assert f"interview report {session_id}" in closing
    assert f"interview record {session_id}" in closing


def test_interview_record_prints_the_sessions_record_as_json(
    session: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "record", session[0])
    assert code == 0
    record = json.loads(out)
    assert record["lifestyle"]["poor_sleep"] == "yes"
    assert record["macro_decisions"]["removed"] == [
        {"from_area": "role_dispute", "to_area": "insomnia", "by": None}
    ]


def test_safety_alerts_come_first_in_the_closing_summary(capsys: pytest.CaptureFixture[str]) -> None:
    answers = "yes\n1\n3\nseveral days\nyes\nyes\nno\nno\nno\nno\nacknowledge\nyes\n8 months\nno\n"
    code, out, _ = run(capsys, "run", "sample", "--plain", stdin=answers)
    assert code == 0
    closing = out.split("is complete", 1)[1]
    assert closing.index("SAFETY ALERT (LOW, acknowledged)") < closing.index("Staging")
    outcome = load_outcome(store(), session_of(out))
    assert outcome.record.safety.triage_level == "low"
    assert [alert.origin for alert in outcome.alerts] == ["session"]


def test_an_unknown_session_is_a_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "record", "nope")
    assert code == 1
    assert err.strip() == "interview: no session 'nope' (see `interview sessions`)"
