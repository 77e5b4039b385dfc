"""The safety flow as a user meets it in plain mode: the alert, the banner, the halt, the session list."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from interview.cli import main
from interview.safety.contacts import SETTINGS_ENV

TRIGGERED = ["yes", "1", "3", "several days"]
"""Consent, who answers, PHQ-9 item 1, then PHQ-9 item 9 above 0: the screener starts."""


@pytest.fixture(autouse=True)
def settings_for_gb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Crisis contacts for the United Kingdom, whatever the developer's own settings say."""
    settings = tmp_path / "settings.toml"
    settings.write_text('country = "GB"\n')
    monkeypatch.setenv(SETTINGS_ENV, str(settings))
    monkeypatch.setenv("INTERVIEW_DB", str(tmp_path / "interview.db"))
    return settings


def run(capsys: pytest.CaptureFixture[str], *argv: str, stdin: str = "") -> tuple[int, str]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(list(argv))
    return code, capsys.readouterr().out


def test_a_moderate_alert_halts_plain_mode_until_acknowledged(capsys: pytest.CaptureFixture[str]) -> None:
    lines = [*TRIGGERED, "yes", "no", "yes", "no", "8 months", "ack", "continue", "8 months"]
    code, out = run(capsys, "run", "sample", "--plain", stdin="\n".join(lines) + "\n")
    assert code == 0
    alert = out.index("SAFETY ALERT: C-SSRS screener level MODERATE")
    assert "Samaritans: call 116 123" in out[alert:]
    halted_turn = out.index("type 'acknowledge'", alert)
    assert out.count("SAFETY ALERT: C-SSRS screener level MODERATE") >= 2, "input while halted repeats it"
    acknowledged = out.index("acknowledged at", halted_turn)
    banner = out.index("[SAFETY ALERT: C-SSRS screener level MODERATE (acknowledged", acknowledged)
    assert out.index("Have you taken an antidepressant", banner) > banner


def test_the_session_list_shows_the_alert(capsys: pytest.CaptureFixture[str]) -> None:
    run(
        capsys,
        "run",
        "sample",
        "--plain",
        stdin="\n".join([*TRIGGERED, "yes", "yes", "no", "yes", "no", "no"]),
    )
    _, listing = run(capsys, "sessions")
    assert "ALERT high (NOT acknowledged)" in listing
    _, as_json = run(capsys, "sessions", "--json")
    assert json.loads(as_json)[0]["alert"] == {"level": "high", "acknowledged_at": None}


def test_the_transcript_opens_with_the_alert(capsys: pytest.CaptureFixture[str]) -> None:
    _, out = run(capsys, "run", "sample", "--plain", stdin="\n".join([*TRIGGERED, "yes", "no", "no"]))
    session = out.split("Session ", 1)[1].split()[0]
    _, transcript = run(capsys, "transcript", session)
    assert transcript.splitlines()[2].startswith("## SAFETY ALERT: C-SSRS screener level LOW")


def test_settings_shows_the_file_and_the_contacts(
    settings_for_gb: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(capsys, "settings")
    assert code == 0
    assert f"Settings file: {settings_for_gb} (found" in out
    assert "Crisis contacts: United Kingdom (GB)" in out and "Samaritans: call 116 123" in out


def test_resuming_a_halted_session_shows_the_emergency_guidance_first(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, out = run(
        capsys,
        "run",
        "sample",
        "--plain",
        stdin="\n".join([*TRIGGERED, "yes", "yes", "no", "yes", "no", "no"]),
    )
    session = out.split("Session ", 1)[1].split()[0]
    code, resumed = run(capsys, "resume", session, "--plain", stdin="ack\ncontinue\n8 months\n")
    assert code == 0
    body = resumed.split("\n", 1)[1] if resumed.startswith("Note:") else resumed
    assert body.lstrip().startswith("EMERGENCY GUIDANCE")
    assert resumed.index("acknowledged at") < resumed.index("Have you taken an antidepressant")
