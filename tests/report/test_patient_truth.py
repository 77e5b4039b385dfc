"""The patient report tells the truth kindly (issue 15): what helped and how much, whose rating it is,
what can still be tried for this person, and where to get help even when no contacts are configured."""

from __future__ import annotations

from interview.record import ClinicalRecord
from interview.report import render_report, report_input
from interview.safety.contacts import contacts_for
from tests.report.cases import CASES, FIXED, case_input


def patient(record: dict[str, object]) -> str:
    return render_report(report_input(ClinicalRecord.model_validate(record)), "md", "patient", FIXED)


def tried(text: str) -> str:
    return text.split("## What has been tried so far")[1].split("\n## ")[0]


def test_what_helped_is_said_with_how_much() -> None:
    text = tried(render_report(case_input("08_loss_of_effect"), "md", "patient", FIXED))
    assert "escitalopram 20 mg/d: it helped by about 70%, then the effect wore off" in text
    assert "Some treatments have helped" in text


def test_no_vignette_gets_the_blanket_verdict() -> None:
    for case in CASES:
        text = render_report(case_input(case), "md", "patient", FIXED)
        assert "have not worked well enough" not in text, case


def test_the_psychotherapy_outcome_is_said_as_the_patients_own() -> None:
    text = tried(patient({"psychotherapy_trials": [{"modality": "cbt", "outcome": "partial"}]}))
    assert "cognitive behavioural therapy (CBT): you said it helped some" in text


def test_a_treatment_that_did_not_help_is_not_called_a_failure() -> None:
    text = tried(patient({"medication_trials": [{"drug": "sertraline", "percent_improvement": 0}]}))
    assert "it did not bring the change hoped for" in text
    assert "That is about the treatments, not about you." in text


def test_options_never_repeat_ect_generically() -> None:
    for case in CASES:
        text = render_report(case_input(case), "md", "patient", FIXED)
        assert "Brain stimulation treatments such as ECT" not in text, case


def test_the_tapering_of_the_sequential_model_is_never_shown_to_the_patient() -> None:
    text = render_report(case_input("11_partial_remission"), "md", "patient", FIXED)
    assert "taper" not in text.lower()
    clinician = render_report(case_input("11_partial_remission"), "md", "clinician", FIXED)
    assert "with slow tapering under supervision" in clinician


def test_unconfigured_contacts_give_the_patient_local_emergency_advice_and_the_clinician_the_hint() -> None:
    hint = contacts_for({}, "there is no settings file at /home/x/.config/interview/settings.toml")
    data = case_input("12_psychotherapy_poor_alliance").model_copy(
        update={"crisis_contacts": hint.text_lines()}
    )
    text = render_report(data, "md", "patient", FIXED)
    box = text.split("## If you need help now")[1].split("\n## ")[0]
    assert "local emergency number" in box
    assert "settings" not in box and "configure" not in box
    assert "Crisis line where you live (ask your clinician to write it here)" in box
    clinician = render_report(data, "md", "clinician", FIXED)
    assert "To configure them, write country" in clinician
