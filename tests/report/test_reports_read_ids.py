"""Reports decide by stable ids (option ids, criterion ids, treatment codes), never by the wording of a
label (issue 14): rewording any label leaves every decision the patient report makes unchanged."""

from __future__ import annotations

from dataclasses import replace

import pytest

from interview.record import load_record
from interview.report import render_report, report_input
from interview.report.patient_trials import trial_line
from interview.report.trial_names import trial_name
from interview.staging.options_data import LABELS, OptionId
from interview.staging.results import TrialVerdict
from tests.report.cases import CASES, CASES_DIR, FIXED, case_input


def reworded(verdict: TrialVerdict) -> TrialVerdict:
    """The same verdict with every label (the trial's and its criteria's) in other words."""
    criteria = [replace(c, label=f"reworded {c.label}") for c in verdict.criteria]
    return replace(verdict, criteria=criteria)


@pytest.mark.parametrize(
    "case", ["02_first_trial_too_short", "10_pseudo_resistance", "13_unknowns_give_ranges"]
)
def test_why_a_trial_was_not_full_is_read_from_criterion_ids(case: str) -> None:
    data = case_input(case)
    verdicts = data.staging.medication_trials + data.staging.psychotherapy_trials
    assert verdicts, case
    for verdict in verdicts:
        assert trial_line(reworded(verdict), data.record) == trial_line(verdict, data.record)


def test_a_short_trial_is_said_to_be_short_whatever_its_criterion_is_called() -> None:
    data = case_input("02_first_trial_too_short")
    short = next(v for v in data.staging.medication_trials if v.adequate.value == "not_met")
    assert "not given for long enough" in trial_line(reworded(short), data.record)


def test_a_psychotherapy_is_named_by_its_modality_code_not_its_label() -> None:
    data = case_input("07_refractory_after_psychotherapy")
    therapy = data.staging.psychotherapy_trials[0]
    assert therapy.treatment is not None
    assert trial_name(replace(therapy, label="reworded")) == trial_name(therapy)
    assert "(" in trial_name(therapy), "a therapy is named in words with its abbreviation"


def test_an_unnamed_ect_course_is_called_ect() -> None:
    data = case_input("05_full_ladder_with_ect")
    ect = next(v for v in data.staging.somatic_treatments if v.treatment == "ect")
    assert "ECT" in trial_name(ect)


@pytest.mark.parametrize("case", CASES)
def test_rewording_every_option_label_leaves_the_patient_report_unchanged(
    case: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fresh() -> str:  # staged anew: case_input is cached
        data = report_input(load_record(CASES_DIR / f"{case}.record.json"))
        return render_report(data, "md", "patient", FIXED)

    before = fresh()
    for option in OptionId:
        monkeypatch.setitem(LABELS, option, f"reworded {option.value}")
    assert fresh() == before
