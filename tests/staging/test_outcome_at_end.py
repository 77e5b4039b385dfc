"""A trial's outcome is judged at its end: Kellner's rating there is primary (clinical-rules §16)."""

from __future__ import annotations

import pytest

from interview.staging import stage
from interview.staging.results import Status
from tests.staging.builders import failed, record


def test_kellner_much_worse_at_the_end_outranks_sixty_percent_at_its_best() -> None:
    trial = failed(percent_improvement=60, kellner_rating=8)
    report = stage(record(medication_trials=[trial]))
    verdict = report.medication_trials[0]
    assert verdict.outcome == "worse"
    assert verdict.counts_as_failure is Status.MET
    outcome = next(c for c in verdict.criteria if c.label == "outcome")
    assert "Kellner 8 at the end" in outcome.reason and "60 % fall (secondary)" in outcome.reason
    assert report.differential.spectrum == "resistance"


def test_the_clinicians_judgement_stands_but_deterioration_at_the_end_is_still_flagged() -> None:
    trial = failed(response_clinician="response", kellner_rating=7, percent_improvement=60)
    report = stage(record(medication_trials=[trial]))
    assert report.medication_trials[0].outcome == "response"
    flag = next(f for f in report.differential.flags if f.key == "deterioration")
    assert flag.status is Status.MET


@pytest.mark.parametrize(("kellner", "flagged"), [(5, Status.NOT_MET), (6, Status.MET), (9, Status.MET)])
def test_deterioration_at_the_end_is_flagged_for_iatrogenic_review(kellner: int, flagged: Status) -> None:
    therapy = {"modality": "cbt", "kellner_rating": kellner}
    report = stage(record(medication_trials=[failed(kellner_rating=5)], psychotherapy_trials=[therapy]))
    flag = next(f for f in report.differential.flags if f.key == "deterioration")
    assert flag.status is flagged
    assert "iatrogenic" in flag.label


def test_an_unrated_trial_leaves_deterioration_unknown_and_asks_for_kellner() -> None:
    report = stage(record(medication_trials=[failed(percent_improvement={"missing": "dont_know"})]))
    flag = next(f for f in report.differential.flags if f.key == "deterioration")
    assert flag.status is Status.UNKNOWN
    assert "medication_trials[0].kellner_rating" in report.method("mghs").narrowing_inputs
