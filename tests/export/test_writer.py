"""The export files: shapes of CSV, JSONL and FHIR, repeat groups, missing codes, codebook and manifest."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from fhir.resources.R4B.questionnaire import Questionnaire
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

from interview.export.dates import DateMode
from interview.export.keys import Pseudonyms
from interview.export.session import ExportSession
from interview.export.writer import ExportOptions, write_export

KEYS = Pseudonyms(b"s" * 32)


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def test_csv_has_one_row_per_trial_with_its_parent_session_and_position(
    tmp_path: Path, case_session: ExportSession
) -> None:
    write_export([case_session], tmp_path, ExportOptions("csv", KEYS))
    trials = _csv(tmp_path / "records.medication_trials.csv")
    assert [row["position"] for row in trials] == ["1", "2"]
    assert {row["session_id"] for row in trials} == {KEYS.session("abcd1234")}
    assert len(_csv(tmp_path / "records.psychotherapy_trials.csv")) == 1
    (record,) = _csv(tmp_path / "records.csv")
    assert record["session_id"] == KEYS.session("abcd1234")
    assert record["case_label"] == KEYS.patient("Rosalind Featherstone")


def test_missing_values_keep_their_reason_as_a_code(tmp_path: Path, case_session: ExportSession) -> None:
    write_export([case_session], tmp_path, ExportOptions("csv", KEYS))
    cells = {value for row in _csv(tmp_path / "records.csv") for value in row.values()}
    assert "NA:skipped" in cells
    assert not any(value.startswith("{") and "missing" in value for value in cells)


def test_jsonl_files_hold_one_object_per_line(tmp_path: Path, case_session: ExportSession) -> None:
    write_export([case_session], tmp_path, ExportOptions("jsonl", KEYS))
    for name in ("sessions", "records", "staging", "records.medication_trials"):
        lines = (tmp_path / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        assert lines and all(isinstance(json.loads(line), dict) for line in lines)


def test_the_codebook_names_type_allowed_values_and_missing_codes(
    tmp_path: Path, case_session: ExportSession
) -> None:
    write_export([case_session], tmp_path, ExportOptions("csv", KEYS))
    rows = {(r["table"], r["column"]): r for r in _csv(tmp_path / "codebook.csv")}
    scale = rows[("records", "current_episode.severity_scale")]
    assert scale["type"] == "choice" and "madrs" in scale["allowed_values"].split(";")
    assert ("records.medication_trials", "drug") in rows
    assert "NA:dont_know" in scale["missing_codes"]


def test_the_manifest_counts_and_describes_the_anonymization(
    tmp_path: Path, case_session: ExportSession
) -> None:
    manifest = write_export([case_session], tmp_path, ExportOptions("csv", KEYS, DateMode.INTERVAL))
    assert manifest == json.loads((tmp_path / "manifest.json").read_text())
    assert (
        manifest["counts"]["sessions"] == 1
        and manifest["counts"]["rows"]["records.medication_trials.csv"] == 2
    )
    assert manifest["anonymization"]["dates"] == "interval"
    assert manifest["anonymization"]["key_id"] == KEYS.key_id()
    assert manifest["scripts"] == [{"id": "sample", "version": "1"}]


def test_an_identified_export_keeps_the_label_and_says_so(
    tmp_path: Path, case_session: ExportSession
) -> None:
    manifest = write_export([case_session], tmp_path, ExportOptions("csv", None))
    assert manifest["anonymization"] == {"identified": True}
    assert _csv(tmp_path / "sessions.csv")[0]["patient_id"] == "Rosalind Featherstone"


def test_fhir_resources_validate_against_the_r4_models(tmp_path: Path, case_session: ExportSession) -> None:
    write_export([case_session], tmp_path, ExportOptions("fhir", KEYS))
    (questionnaire,) = tmp_path.glob("Questionnaire-*.json")
    (response,) = tmp_path.glob("QuestionnaireResponse-*.json")
    Questionnaire.model_validate_json(questionnaire.read_text())
    parsed = QuestionnaireResponse.model_validate_json(response.read_text())
    assert parsed.subject.identifier.value == KEYS.patient("Rosalind Featherstone")
