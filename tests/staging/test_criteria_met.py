"""A criterion is met only when it holds (issue 14): an MSM item scoring 0 points is not met, so the
reports' "criteria met" column lists what was met, not every dimension scored."""

from __future__ import annotations

from interview.report.clinician import _row
from interview.staging import stage
from interview.staging.results import Status
from tests.staging.builders import failed, record


def msm_statuses(**data: object) -> dict[str, Status]:
    return {c.id: c.status for c in stage(record(**data)).method("msm").criteria}


def test_no_augmentation_and_no_ect_are_not_met() -> None:
    found = msm_statuses(medication_trials=[failed()])
    assert found["augmentation"] is Status.NOT_MET and found["ect"] is Status.NOT_MET
    assert found["antidepressant_failures"] is Status.MET and found["duration"] is Status.MET


def test_no_failed_antidepressant_is_not_met() -> None:
    assert msm_statuses()["antidepressant_failures"] is Status.NOT_MET


def test_an_ect_course_that_failed_is_met() -> None:
    ect = {"kind": "ect", "sessions": 12, "response_clinician": "none"}
    assert msm_statuses(medication_trials=[failed()], somatic_treatments=[ect])["ect"] is Status.MET


def test_the_clinician_row_lists_only_criteria_met() -> None:
    row = _row(stage(record(medication_trials=[failed()])).method("msm"))
    assert "augmentation" not in row.criteria_met and "ECT" not in row.criteria_met
    assert "antidepressant failures" in row.criteria_met
