"""The command line as users meet it: exit codes, one-line errors, and the documented commands."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from interview.cli import main
from interview.locations import bundled_scripts_dir

SAMPLE = bundled_scripts_dir() / "sample.yaml"
FULL_ANSWERS = [
    "yes",
    "1",
    "2",
    "not at all",
    "8 months",
    "no",
    "no",
    "no",
    "yes",
    "sertraline",
    "100 mg",
    "6 weeks",
    "5",
    "no",
    "none",
]


def run(capsys: pytest.CaptureFixture[str], *argv: str, stdin: str = "") -> tuple[int, str, str]:
    """Run `interview argv...` in-process with the given standard input."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def session_of(out: str) -> str:
    return out.split("Session ", 1)[1].split()[0]


def test_a_whole_interview_runs_in_plain_mode_from_standard_input(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "run", "sample", "--plain", stdin="\n".join(FULL_ANSWERS) + "\n")
    assert code == 0
    assert "is complete" in out
    code, listing, _ = run(capsys, "sessions", "--json")
    assert json.loads(listing)[0]["status"] == "finished"


def test_an_answers_file_is_replayed_and_echoed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    answers = tmp_path / "answers.txt"
    answers.write_text("# synthetic\n" + "\n".join(FULL_ANSWERS) + "\n")
    code, out, _ = run(capsys, "run", str(SAMPLE), "--plain", "--answers", str(answers))
    assert code == 0
    assert "> sertraline" in out


def test_quitting_midway_then_resuming_finishes_at_the_same_question(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "run", "sample", "--plain", stdin="yes\n1\n")
    assert code == 0 and "Resume with: interview resume" in out
    session = session_of(out)
    code, out, _ = run(capsys, "resume", session[:4], "--plain", stdin="\n".join(FULL_ANSWERS[2:]) + "\n")
    assert code == 0
    assert out.index("Over the last 2 weeks") < out.index("is complete")
    code, transcript, _ = run(capsys, "transcript", session)
    assert "**Answer:** sertraline" in transcript
    assert "_Paused at" in transcript and "_Resumed at" in transcript


def test_the_jsonl_transcript_has_one_event_per_line(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "run", "sample", "--plain", stdin="yes\n")
    code, jsonl, _ = run(capsys, "transcript", session_of(out), "--format", "jsonl")
    rows = [json.loads(line) for line in jsonl.splitlines()]
    assert code == 0
    assert rows[0]["kind"] == "session_started"
    assert [r["seq"] for r in rows] == list(range(1, len(rows) + 1))


def test_resuming_after_the_script_changed_continues_with_the_original_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    script = tmp_path / "sample.yaml"
    shutil.copy(SAMPLE, script)
    _, out, _ = run(capsys, "run", str(script), "--plain", stdin="yes\n")
    script.write_text(
        SAMPLE.read_text().replace('version: "1"', 'version: "2"').replace("Opening", "Welcome")
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(tmp_path)
        code, resumed, _ = run(capsys, "resume", session_of(out), "--plain", stdin="")
    assert code == 0
    assert "has changed since this session began" in resumed
    assert "== Opening ==" in resumed, "the session keeps the text it started with"


def test_validate_reports_file_line_and_code_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(SAMPLE.read_text().replace("type: duration", "type: duraton", 1))
    code, out, err = run(capsys, "validate", str(SAMPLE), str(broken))
    assert code == 1
    assert "sample.yaml: ok" in out
    assert f"{broken}:" in err and "SCRIPT_002" in err


def test_graph_draws_mermaid_and_dot(capsys: pytest.CaptureFixture[str]) -> None:
    code, mermaid, _ = run(capsys, "graph", "sample")
    assert code == 0 and "stateDiagram-v2" in mermaid and "when any_antidepressant = True" in mermaid
    code, dot, _ = run(capsys, "graph", "sample", "--format", "dot")
    assert code == 0 and dot.startswith("digraph")


def test_schema_prints_json_schema_for_scripts(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema", "script")
    assert code == 0 and "sections" in json.loads(out)["properties"]
    committed = Path(__file__).parents[2] / "scripts" / "script.schema.json"
    assert out == committed.read_text(encoding="utf-8"), "the README's regeneration command must match"


def test_an_unknown_session_is_one_line_on_stderr_and_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "resume", "nope")
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and err.startswith("interview: no session 'nope'")


def test_an_unknown_script_is_a_user_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "run", "no-such-script", "--plain")
    assert code == 1 and "no script 'no-such-script'" in err


def test_a_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["transcript"])
    assert exit_info.value.code == 2


CASES = Path(__file__).parents[2] / "transcripts" / "cases"


def test_stage_prints_every_method_for_a_vignette(capsys: pytest.CaptureFixture[str]) -> None:
    record = next(CASES.glob("01_*.record.json"))
    code, markdown, _ = run(capsys, "stage", str(record))
    assert code == 0
    for method in ("Thase & Rush", "European Staging Method", "MGH", "Maudsley", "DM-TRD", "Conway"):
        assert method in markdown
    code, as_json, _ = run(capsys, "stage", str(record), "--format", "json")
    assert code == 0 and json.loads(as_json)


def test_stage_names_the_invalid_field_of_a_bad_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"current_episode": {"duration_weeks": "long"}}')
    code, out, err = run(capsys, "stage", str(bad))
    assert (code, out) == (1, "")
    assert "current_episode.duration_weeks" in err


def test_schema_record_is_the_published_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema", "record")
    schema = json.loads(out)
    assert code == 0 and "medication_trials" in schema["properties"]


def test_the_session_list_shows_whole_labels_in_aligned_columns(capsys: pytest.CaptureFixture[str]) -> None:
    answers = "\n".join(FULL_ANSWERS) + "\n"
    run(capsys, "run", "sample", "--plain", "--patient", "demo (synthetic)", stdin=answers)
    run(capsys, "run", "sample", "--plain", "--patient", "P-1", stdin="yes\n")
    _, listing, _ = run(capsys, "sessions")
    header, *rows = listing.splitlines()
    assert header.split() == ["session", "patient", "script", "status", "last", "activity", "alert"]
    assert any("demo (synthetic)" in row for row in rows)
    assert len({row.index("sample v") for row in rows}) == 1  # the script column lines up


def test_a_label_too_long_for_its_column_is_visibly_cut(capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "run", "sample", "--plain", "--patient", "x" * 40, stdin="yes\n")
    _, listing, _ = run(capsys, "sessions")
    assert "x" * 27 + "…" in listing and "x" * 29 not in listing
