"""A real plain-mode session with a positive screen: its reports open with the alert as it was raised."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from interview.cli import main
from interview.safety.contacts import SETTINGS_ENV

TRIGGERED = ["yes", "1", "3", "several days"]
"""Consent, who answers, PHQ-9 item 1, then PHQ-9 item 9 above 0: the screener starts."""
MODERATE_THEN_ACK = [*TRIGGERED, "yes", "no", "yes", "no", "8 months", "ack", "continue", "8 months"]


def _run(capsys: pytest.CaptureFixture[str], *argv: str, stdin: str = "") -> str:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sys.stdin", io.StringIO(stdin))
        assert main(list(argv)) == 0
    return capsys.readouterr().out


@pytest.mark.slow
def test_reports_of_a_session_open_with_its_acknowledged_alert(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = tmp_path / "settings.toml"
    settings.write_text('country = "GB"\n')
    monkeypatch.setenv(SETTINGS_ENV, str(settings))
    out = _run(capsys, "run", "sample", "--plain", stdin="\n".join(MODERATE_THEN_ACK) + "\n")
    session = out.split("Session ", 1)[1].split()[0]

    clinician = _run(capsys, "report", session)
    safety = clinician.split("## Safety alerts")[1].split("## Summary")[0]
    assert "**⚠ MODERATE suicide-risk alert** (acknowledged " in safety
    assert "from the session" in safety and "Samaritans" in safety
    assert "**The interviewer chose to go on with the interview at " in safety

    patient = _run(capsys, "report", session, "--audience", "patient")
    assert patient.split("\n## ")[1].startswith("If you need help now")
    assert "Samaritans" in patient


@pytest.mark.slow
def test_the_clinician_report_lists_what_was_said_about_risk_and_what_was_denied(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("INTERVIEW_DB", str(tmp_path / "t.db"))
    lines = ["yes", "1", "3", "not at all", "8 months", "no", "no", "no"]
    lines += ["note denies SI but says she has been saving her tablets", "no", "no", "no"]
    out = _run(capsys, "run", "sample", "--plain", stdin="\n".join(lines) + "\n")
    session = out.split("Session ", 1)[1].split()[0]
    safety = _run(capsys, "report", session).split("## Safety alerts")[1].split("## Summary")[0]
    assert "Said about risk in free text (denials start no screen):" in safety
    assert "- Denied: 'SI' (ideation), by 'denies' (at any_antidepressant)" in safety
    assert "- Risk statement: 'saving her tablets' (preparation) (at any_antidepressant)" in safety
    page = _run(capsys, "report", session, "--format", "html")
    assert (
        "<li>Risk statement: &#39;saving her tablets&#39; (preparation) (at any_antidepressant)</li>" in page
    )


def test_a_session_stopped_before_the_screener_opens_its_report_without_an_alert(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("INTERVIEW_DB", str(tmp_path / "i.db"))
    out = _run(capsys, "run", "--plain", "--patient", "P-9", stdin="no\n")  # no consent: nothing asked
    session = out.split("Session ", 1)[1].split()[0]
    clinician = _run(capsys, "report", session)
    safety = clinician.split("## Safety alerts")[1].split("## Summary")[0]
    assert "No safety alert was raised." in safety and "HIGH" not in safety
    assert "no suicide-risk screen is recorded" in clinician
