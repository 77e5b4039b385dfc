"""load_record: a valid file gives a ClinicalRecord; anything else a RecordError naming the field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from interview.record import ClinicalRecord, Missing, MissingReason, RecordError, load_record


def write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "record.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_an_empty_object_is_a_record_whose_fields_are_all_unknown(tmp_path: Path) -> None:
    record = load_record(write(tmp_path, {}))
    assert record.current_episode.duration_weeks == Missing(missing=MissingReason.SKIPPED)
    assert record.medication_trials == []


def test_unknown_is_kept_apart_from_zero(tmp_path: Path) -> None:
    data = {
        "medication_trials": [
            {"drug": "sertraline", "weeks_at_dose": 0},
            {"drug": "sertraline", "weeks_at_dose": {"missing": "dont_know"}},
        ]
    }
    record = load_record(write(tmp_path, data))
    assert record.medication_trials[0].weeks_at_dose == 0
    assert record.medication_trials[1].weeks_at_dose == Missing(missing=MissingReason.DONT_KNOW)


def test_a_wrong_value_names_its_field(tmp_path: Path) -> None:
    data = {"medication_trials": [{"drug": "x", "dose_mg_per_day": "lots"}]}
    with pytest.raises(RecordError, match=r"medication_trials\[0\]\.dose_mg_per_day"):
        load_record(write(tmp_path, data))


def test_a_misspelt_field_is_named(tmp_path: Path) -> None:
    with pytest.raises(RecordError, match=r"current_episode\.duration_weekz"):
        load_record(write(tmp_path, {"current_episode": {"duration_weekz": 3}}))


def test_a_bad_choice_lists_the_allowed_values(tmp_path: Path) -> None:
    with pytest.raises(RecordError, match=r"adherence: .*'good', 'partial' or 'poor'"):
        load_record(write(tmp_path, {"medication_trials": [{"drug": "x", "adherence": "meh"}]}))


def test_a_kellner_rating_outside_1_to_9_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(RecordError, match="kellner_rating"):
        load_record(write(tmp_path, {"medication_trials": [{"drug": "x", "kellner_rating": 10}]}))


def test_non_json_is_reported_with_its_position(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(RecordError, match=r"not valid JSON \(line 1"):
        load_record(path)


def test_a_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(RecordError, match="cannot read record file"):
        load_record(tmp_path / "absent.json")


def test_an_override_needs_a_reason_and_a_value_that_fits(tmp_path: Path) -> None:
    trial = {"drug": "sertraline"}
    bad_value = {"target": "medication_adequacy", "trial_index": 0, "value": "maybe", "reason": "r"}
    with pytest.raises(RecordError, match="overrides"):
        load_record(write(tmp_path, {"medication_trials": [trial], "overrides": [bad_value]}))
    no_reason = {"target": "medication_adequacy", "trial_index": 0, "value": "adequate"}
    with pytest.raises(RecordError, match=r"overrides\[0\]\.reason"):
        load_record(write(tmp_path, {"medication_trials": [trial], "overrides": [no_reason]}))


def test_an_override_must_point_at_an_existing_trial(tmp_path: Path) -> None:
    override = {"target": "medication_adequacy", "trial_index": 3, "value": "adequate", "reason": "r"}
    with pytest.raises(RecordError, match="trial_index 3"):
        load_record(write(tmp_path, {"overrides": [override]}))


def test_the_schema_is_published_and_names_the_unknown_value() -> None:
    schema = ClinicalRecord.model_json_schema()
    assert "Missing" in schema["$defs"]
    assert "medication_trials" in schema["properties"]
