"""`interview export` and `interview anonymize` as a user runs them."""

from __future__ import annotations

import csv
import json
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from interview.cli import main


def _audit(database: Path) -> list[tuple[str, dict[str, object]]]:
    with sqlite3.connect(database) as db:
        rows = db.execute("SELECT action, detail FROM audit ORDER BY id").fetchall()
    return [(action, json.loads(detail)) for action, detail in rows]


def test_export_refuses_without_saying_anonymized_or_identified(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "--out", str(tmp_path / "out"), "--format", "csv"]) == 1
    assert "--identified" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_an_anonymized_export_holds_no_label_name_or_phone_and_is_audited(
    tmp_path: Path, isolated_database: Path, run_sample: Callable[[str], None]
) -> None:
    run_sample("Rosalind Featherstone")
    out = tmp_path / "out"
    assert main(["export", "--out", str(out), "--format", "csv", "--anonymize"]) == 0
    everything = "\n".join(p.read_text(encoding="utf-8") for p in out.iterdir()).casefold()
    for identifier in ("rosalind", "featherst", "jessica", "555-376-2033", "march 3"):
        assert identifier not in everything
    assert "zoloft" in everything and "100 mg" in everything  # clinical content survives
    secret = isolated_database.parent / "export-secret.key"
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    # transcripts stay health data after anonymization: every file, and the new folder, owner-only
    assert {stat.S_IMODE(p.stat().st_mode) for p in out.iterdir()} == {0o600}
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    ((action, detail),) = _audit(isolated_database)
    assert action == "export_anonymized" and detail["sessions"] == 1 and detail["format"] == "csv"


def test_pseudonyms_are_the_same_in_two_exports(tmp_path: Path, run_sample: Callable[[str], None]) -> None:
    run_sample("Ms A")
    ids = []
    for name in ("first", "second"):
        assert main(["export", "--out", str(tmp_path / name), "--format", "jsonl", "--anonymize"]) == 0
        (line,) = (tmp_path / name / "sessions.jsonl").read_text().splitlines()
        ids.append((json.loads(line)["session_id"], json.loads(line)["patient_id"]))
    assert ids[0] == ids[1]


def test_an_identified_export_is_written_only_on_request_and_audited(
    tmp_path: Path, isolated_database: Path, run_sample: Callable[[str], None]
) -> None:
    run_sample("Ms A")
    assert main(["export", "--out", str(tmp_path / "out"), "--format", "csv", "--identified"]) == 0
    with (tmp_path / "out" / "sessions.csv").open(newline="") as file:
        assert next(csv.DictReader(file))["patient_id"] == "Ms A"
    assert [action for action, _ in _audit(isolated_database)] == ["export_identified"]


def test_filters_choose_sessions_by_label_script_and_date(
    tmp_path: Path, run_sample: Callable[[str], None]
) -> None:
    run_sample("clinic-1")
    run_sample("other")
    out = tmp_path / "out"
    assert (
        main(["export", "--out", str(out), "--format", "jsonl", "--identified", "--label", "clinic-*"]) == 0
    )
    assert len((out / "sessions.jsonl").read_text().splitlines()) == 1
    assert (
        main(["export", "--out", str(out), "--format", "jsonl", "--identified", "--until", "2000-01-01"]) == 0
    )
    assert (out / "sessions.jsonl").read_text() == ""
    assert main(["export", "--out", str(out), "--format", "jsonl", "--identified", "--since", "May"]) == 1


def test_practice_attempts_stay_out_of_an_export_unless_asked_for(
    tmp_path: Path, run_sample: Callable[[str], None]
) -> None:
    run_sample("clinic-1")
    run_sample("practice: 03-rechallenge")
    out = tmp_path / "out"
    assert main(["export", "--out", str(out), "--format", "jsonl", "--identified"]) == 0
    assert len((out / "sessions.jsonl").read_text().splitlines()) == 1
    assert main(["export", "--out", str(out), "--format", "jsonl", "--identified", "--include-practice"]) == 0
    assert len((out / "sessions.jsonl").read_text().splitlines()) == 2


def _anonymize(stdin: str, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "interview", "anonymize", *args]
    return subprocess.run(command, input=stdin, capture_output=True, text=True, check=False)


def test_anonymize_writes_one_line_out_per_line_in() -> None:
    done = _anonymize("Jessica rang 555-376-2033\n\nsertraline 100 mg for 8 weeks\n")
    assert done.stdout == "[NAME] rang [PHONE]\n\nsertraline 100 mg for 8 weeks\n"


def test_anonymize_reads_json_lines_and_keeps_other_fields() -> None:
    done = _anonymize('{"id": 7, "text": "Email jo@example.org"}\n')
    assert json.loads(done.stdout) == {"id": 7, "text": "Email [EMAIL]"}


def test_anonymize_removes_a_known_identifier_even_misspelt(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Featherstnoe was tired\n", encoding="utf-8")
    done = _anonymize("", str(notes), "--known", "Rosalind Featherstone")
    assert done.stdout == "[KNOWN] was tired\n"


def test_anonymize_rejects_a_json_line_without_text_in_one_line() -> None:
    done = _anonymize('{"id": 7}\n', "--input", "jsonl")
    assert done.returncode == 1
    assert done.stderr.strip() == "interview: line 1 has no string field 'text'"


def test_an_anonymized_export_of_the_demo_keeps_coded_values_such_as_area_ids(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo"]) == 0
    capsys.readouterr()
    out = tmp_path / "out"
    assert main(["export", "--out", str(out), "--format", "csv", "--anonymize"]) == 0
    transcripts = (out / "transcripts.csv").read_text(encoding="utf-8")
    assert "role_dispute" in transcripts and "stress_overload" in transcripts
    assert "[WORD]" not in transcripts
    with (out / "records.medication_trials.csv").open(encoding="utf-8") as handle:
        assert len(list(csv.DictReader(handle))) >= 1
