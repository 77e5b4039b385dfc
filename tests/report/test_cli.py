"""`interview report` from the command line: record files and stored sessions, printed or saved."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from interview.cli import main
from interview.storage import SessionStore, open_database
from tests.report.cases import CASES_DIR

RECORD = str(CASES_DIR / "12_psychotherapy_poor_alliance.record.json")


def test_report_of_a_record_file_prints_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", RECORD]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Clinician report: 12_psychotherapy_poor_alliance")
    assert out.index("## Safety alerts") < out.index("## Summary")


def test_an_alert_from_a_record_file_names_the_configured_crisis_contacts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = tmp_path / "settings.toml"
    settings.write_text('country = "GB"\n')
    monkeypatch.setenv("INTERVIEW_SETTINGS", str(settings))
    assert main(["report", RECORD]) == 0
    safety = capsys.readouterr().out.split("## Summary")[0]
    assert "Show the person the crisis resources below." in safety
    assert "- Samaritans: call 116 123" in safety.split("Crisis contacts:")[1]


def test_report_out_file_is_readable_by_its_owner_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "report.html"
    assert main(["report", RECORD, "--format", "html", "--audience", "patient", "--out", str(target)]) == 0
    assert capsys.readouterr().out == ""
    assert target.read_text().startswith("<!doctype html>")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_report_written_over_a_world_readable_file_becomes_owner_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "report.md"
    target.write_text("an old report")
    target.chmod(0o644)
    assert main(["report", RECORD, "--out", str(target)]) == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600 and "an old report" not in target.read_text()


def test_unreadable_record_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(tmp_path / "missing.json")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("interview: cannot read record file") and err.count("\n") == 1


def test_unknown_session_is_a_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "ffff0000"]) == 1
    assert "no session 'ffff0000'" in capsys.readouterr().err


def test_unknown_format_is_a_usage_error() -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["report", RECORD, "--format", "pdf"])
    assert exit_info.value.code == 2


@pytest.mark.slow
def test_report_of_a_stored_session_in_every_format(
    isolated_database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo"]) == 0
    capsys.readouterr()
    (session,) = SessionStore(open_database(isolated_database)).summaries()
    assert main(["report", session.id[:5], "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["session"]["session_id"] == session.id
    assert document["session"]["status"] == session.status
    for fmt in ("md", "html"):
        for audience in ("clinician", "patient"):
            assert main(["report", session.id, "--format", fmt, "--audience", audience]) == 0
            assert len(capsys.readouterr().out) > 500
