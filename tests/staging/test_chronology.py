"""The chronology decides the latest treatment, re-challenge and loss of effect from dates (§16)."""

from __future__ import annotations

import json
from pathlib import Path

from interview.record import ClinicalRecord, load_record
from interview.record.dates import Ongoing, PartialDate
from interview.staging import stage
from interview.staging.results import Status

from .builders import failed, record, therapy


def _month(year: int, month: int) -> dict[str, int]:
    return {"year": year, "month": month}


def _flag(rec: ClinicalRecord, key: str) -> Status:
    return next(f.status for f in stage(rec).differential.flags if f.key == key)


def test_a_later_psychotherapy_response_is_the_latest_treatment_though_entered_before_the_drugs() -> None:
    rec = record(
        psychotherapy_trials=[
            therapy(outcome="response", start_date=_month(2025, 6), stop_date=_month(2025, 12))
        ],
        medication_trials=[
            failed("sertraline", start_date=_month(2024, 1), stop_date=_month(2024, 4)),
            failed("venlafaxine", dose=225, start_date=_month(2024, 5), stop_date=_month(2024, 9)),
        ],
    )
    differential = stage(rec).differential
    latest = next(c for c in differential.spectrum_criteria if c.label == "latest outcome")
    assert latest.reason == "latest treatment by start date: cbt: response"
    assert "non_response" not in differential.spectrum_possible
    assert differential.spectrum_possible[0] == "full_response"


def test_without_dates_the_entry_order_stands_in_and_says_so() -> None:
    rec = record(psychotherapy_trials=[therapy(outcome="response")], medication_trials=[failed()])
    latest = next(c for c in stage(rec).differential.spectrum_criteria if c.label == "latest outcome")
    assert latest.reason == "latest treatment: sertraline 100 mg/d (by order of entry: no start dates): none"


def test_the_same_drug_restarted_in_a_later_episode_after_a_drug_free_period_is_a_rechallenge() -> None:
    worked = failed("fluoxetine", dose=20, weeks=12, percent_improvement=70, episode="earlier")
    rec = record(
        medication_trials=[
            {**worked, "start_date": _month(2015, 4), "stop_date": _month(2015, 7)},
            failed("fluoxetine", dose=20, start_date=_month(2026, 5), stop_date=_month(2026, 7)),
        ]
    )
    assert _flag(rec, "rechallenge_failure") is Status.MET
    undated = record(medication_trials=[worked, failed("fluoxetine", dose=20)])
    assert _flag(undated, "rechallenge_failure") is not Status.MET


def test_a_drug_still_taken_when_the_episode_began_after_it_had_worked_lost_its_effect() -> None:
    worked = failed("escitalopram", dose=20, weeks=40, percent_improvement=70, episode="earlier")
    rec = record(
        episode={"onset_date": _month(2025, 9)},
        medication_trials=[
            {**worked, "start_date": _month(2024, 1), "stop_date": {"ongoing": True}},
            failed("sertraline", start_date=_month(2025, 11), stop_date=_month(2026, 2)),
        ],
    )
    assert _flag(rec, "loss_of_effect") is Status.MET
    stopped_before = record(
        episode={"onset_date": _month(2025, 9)},
        medication_trials=[{**worked, "start_date": _month(2024, 1), "stop_date": _month(2024, 12)}],
    )
    assert _flag(stopped_before, "loss_of_effect") is not Status.MET


def test_records_written_before_the_chronology_still_load(tmp_path: Path) -> None:
    old = {
        "record_version": "1",
        "current_episode": {"onset_date": "2024-03-01"},
        "earlier_episodes": [{"onset_year": 2015}],
        "medication_trials": [{"drug": "sertraline", "start_date": "2024-01-01", "stop_date": "2024-03-25"}],
    }
    path = tmp_path / "old.json"
    path.write_text(json.dumps(old), encoding="utf-8")
    loaded = load_record(path)
    assert loaded.current_episode.onset_date == PartialDate(year=2024, month=3)
    assert loaded.earlier_episodes[0].onset_date == PartialDate(year=2015)
    assert loaded.medication_trials[0].stop_date == PartialDate(year=2024, month=3)
    assert (
        ClinicalRecord.model_validate({"medication_trials": [{"drug": "x", "stop_date": {"ongoing": True}}]})
        .medication_trials[0]
        .stop_date
        == Ongoing()
    )
