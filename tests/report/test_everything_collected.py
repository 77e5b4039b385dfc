"""The clinician report shows everything collected (issue 15), in words, not the record's codes."""

from __future__ import annotations

from interview.events import NoteAdded, QuestionAsked
from interview.record import ClinicalRecord
from interview.report import render_report, report_input
from interview.report.notes import notes_from_events
from interview.report.timeline import axis_ticks
from interview.report.values import plain_paths, rounded
from tests.report.cases import FIXED

RECORD = {
    "medication_trials": [
        {
            "drug": "sertraline",
            "dose_mg_per_day": 100,
            "weeks_at_dose": 17.3333,
            "how_stopped": "stopped_abruptly",
        }
    ],
    "comorbidity": {
        "medical_conditions": ["Diabetes", "An adrenal problem"],
        "personality_disorder": "traits",
        "substance_misuse": "no",
        "bipolar_features": "yes",
        "concurrent_drugs": [
            {"name": "carbamazepine", "purpose": "epilepsy", "enzyme_inducer_or_inhibitor": "yes"}
        ],
    },
    "workup": {
        "depressogenic_drugs": ["corticosteroids"],
        "brand_or_formulation_change": "yes",
        "investigations": ["Thyroid function"],
        "prescriber_alliance": "poor",
    },
}


def clinician(data: dict[str, object], fmt: str = "md") -> str:
    return render_report(report_input(ClinicalRecord.model_validate(data)), fmt, "clinician", FIXED)  # type: ignore[arg-type]


def test_comorbidity_medicines_and_interactions_are_shown() -> None:
    text = clinician(RECORD)
    assert "| medical conditions | Diabetes, An adrenal problem |" in text
    assert (
        "carbamazepine (epilepsy; changes antidepressant levels (enzyme inducer or inhibitor): "
        "check the interaction)" in text
    )
    assert "| personality | traits |" in text and "| bipolar features | yes |" in text


def test_the_iatrogenic_work_up_and_how_each_drug_was_stopped_are_shown() -> None:
    text = clinician(RECORD)
    assert "| medical drugs that can cause depression | corticosteroids |" in text
    assert "| brand or formulation change | yes |" in text
    assert "| investigations | Thyroid function |" in text
    assert "| alliance with the prescriber | poor |" in text
    assert "| 1. sertraline | stopped: stopped abruptly; withdrawal or rebound: not asked" in text


def test_the_html_report_has_the_same_sections() -> None:
    html = clinician(RECORD, "html")
    assert "Iatrogenic work-up" in html and "How each medicine was stopped" in html


def test_notes_typed_during_the_interview_come_with_their_question() -> None:
    events = [
        QuestionAsked(key="q1", prompt="How long has this episode lasted?\n(weeks)"),
        NoteAdded(key="q1", text="unsure of the dates"),
    ]
    [note] = notes_from_events(events)
    assert (note.question, note.text) == ("How long has this episode lasted?", "unsure of the dates")
    data = report_input(ClinicalRecord()).model_copy(update={"notes": [note]})
    text = render_report(data, "md", "clinician", FIXED)
    assert "## Clinician's notes from the interview" in text
    assert "- unsure of the dates (at: How long has this episode lasted?)" in text


def test_numbers_are_rounded_for_people() -> None:
    assert rounded(17.3333) == "17" and rounded(2.5) == "2.5" and rounded(8.0) == "8"
    assert "17.3333" not in clinician(RECORD)


def test_axis_ticks_fall_on_whole_weeks_or_months() -> None:
    assert axis_ticks(17.3333) == [(0, "0"), (6, "6"), (12, "12 wk")]
    months = axis_ticks(104)
    assert months[-1][1] == "24 mo" and all(label.split()[0].isdigit() for _, label in months)


def test_record_paths_read_as_words() -> None:
    assert plain_paths("see safety.intent_without_plan") == "see intent without plan (safety screen)"
    assert plain_paths("e.g. vascular dementia") == "e.g. vascular dementia"
    text = clinician({"comorbidity": {}})
    assert "comorbidity.bipolar_features" not in text
