"""`interview practice` as a trainee meets it: the case list, a whole attempt in plain mode, progress."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview.practice.library import load_case
from tests.cli.test_commands import run

FIXTURE = Path(__file__).parent / "fixtures" / "sample_case.yaml"


def expert_lines(changes: dict[str, str]) -> str:
    """The expert's codings in path order (the fixture's answers are in that order), with changes."""
    case = load_case(FIXTURE)
    return "\n".join(changes.get(key, answer.code) for key, answer in case.answers.items()) + "\n"


def test_without_a_case_it_lists_the_bundled_cases(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "practice")
    assert code == 0
    assert "01-underdosed-trials" in out and "08-refractory" in out
    assert "interview practice --history" in out


def test_a_whole_attempt_shows_agreement_disagreements_and_progress(
    capsys: pytest.CaptureFixture[str],
) -> None:
    stdin = expert_lines({"trials[1].dose": "50 mg"})
    code, out, _ = run(capsys, "practice", str(FIXTURE), "--plain", "--trainee", "t1", stdin=stdin)
    assert code == 0
    assert 'The patient says: "Fifty a day, then a hundred after the first month."' in out
    assert "Agreement with the expert" in out
    overall = next(line for line in out.splitlines() if line.strip().startswith("All sections"))
    assert overall.split()[2:6] == ["19", "18", "95%", "1.00"]  # the dose is not categorical: kappa stays 1
    assert "Disagreements (1):" in out and "The expert coded: 100 mg/day" in out
    assert "Your attempts at this case:" in out and "18/19" in out


def test_progress_over_attempts_is_kept_per_trainee(capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "practice", str(FIXTURE), "--trainee", "t1", stdin=expert_lines({"trials[1].dose": "50 mg"}))
    run(capsys, "practice", str(FIXTURE), "--trainee", "t1", stdin=expert_lines({}))
    run(capsys, "practice", str(FIXTURE), "--trainee", "t2", stdin=expert_lines({}))
    code, out, _ = run(capsys, "practice", "--history", "--trainee", "t1")
    assert code == 0
    rows = [line for line in out.splitlines() if "sample-two-ssris" in line]
    assert [("18/19" in row, "19/19" in row) for row in rows] == [(True, False), (False, True)]


def test_an_attempt_cut_short_shows_results_so_far_and_is_not_counted(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "practice", str(FIXTURE), stdin="yes\n1\n")
    assert code == 0 and "stopped before the end" in out
    _, history, _ = run(capsys, "practice", "--history")
    assert "No practice attempts yet" in history


def test_an_unknown_case_is_a_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "practice", "no-such-case")
    assert code == 1
    assert err.startswith("interview: no practice case 'no-such-case' (cases: 01-underdosed-trials")
