"""`interview demo`: a practice case played with the expert's codings, stored, and reported."""

from __future__ import annotations

import io
import json

import pytest

from interview.cli import main
from interview.commands.demo import DEMO_CASE


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sys.stdin", io.StringIO(""))
        code = main(list(argv))
    return code, capsys.readouterr().out


def test_the_demo_plays_a_case_stores_it_and_shows_the_report(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "demo")
    assert code == 0
    assert '"Since Mum\'s diagnosis, the Christmas before last. A year and a half."  -> 18 months' in out
    assert "# Clinician report: demo (synthetic)" in out and "## Staging, every method side by side" in out
    _, listing = run(capsys, "sessions", "--json")
    [session] = json.loads(listing)
    assert session["status"] == "finished" and session["patient_label"].endswith(DEMO_CASE)
    _, transcript = run(capsys, "transcript", session["id"])
    assert "**Answer:** 18 months" in transcript
