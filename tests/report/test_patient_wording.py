"""Patient reports speak plainly and hopefully: no staging labels, never that the patient failed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from interview.record import ClinicalRecord
from interview.report import FORMATS, Format, render_report, report_input
from interview.report.wording import forbidden_phrases
from tests.report.cases import CASES, FIXED, case_input


@pytest.mark.parametrize(
    "text",
    [
        "You are treatment-resistant.",
        "This is treatment resistant depression",
        "a refractory course",
        "refractoriness criteria",
        "your depression is untreatable",
        "You failed three antidepressants",
        "the drugs failed you",
        "a non-responder",
        "signs of pseudo-resistance",
        "Stage II TRD",
    ],
)
def test_the_check_catches_each_forbidden_phrase(text: str) -> None:
    assert forbidden_phrases(text)


def test_the_check_passes_the_wording_we_want() -> None:
    text = (
        "Some treatments have helped, each with part of the depression. Your depression is "
        "difficult-to-treat and not yet remitted; there is still a lot that can be tried."
    )
    assert forbidden_phrases(text) == []


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", CASES)
def test_no_patient_report_of_any_vignette_uses_a_forbidden_phrase(case: str, fmt: Format) -> None:
    text = render_report(case_input(case), fmt, "patient", FIXED)
    assert forbidden_phrases(text) == []


@pytest.mark.parametrize("case", CASES)
def test_patient_report_says_the_treatments_fell_short_not_the_patient(case: str) -> None:
    text = render_report(case_input(case), "md", "patient", FIXED)
    assert "difficult-to-treat" in text
    assert "not worked well enough" not in text, "never the blanket verdict (issue 15)"
    assert "not about you" in text or "have helped" in text or "not yet remitted" in text


def test_help_comes_first_when_the_safety_screen_was_positive() -> None:
    text = render_report(case_input("12_psychotherapy_poor_alliance"), "md", "patient", FIXED)
    headings = [line for line in text.splitlines() if line.startswith("## ")]
    assert headings[0] == "## If you need help now"
    assert "local emergency number" in text


def test_no_help_section_when_nothing_was_endorsed() -> None:
    text = render_report(case_input("02_first_trial_too_short"), "md", "patient", FIXED)
    assert "If you need help now" not in text


def test_a_high_level_screen_asks_the_person_not_to_stay_alone() -> None:
    record = ClinicalRecord.model_validate(
        {"safety": {"wish_to_be_dead": "yes", "suicidal_thoughts": "yes", "intent_with_plan": "yes"}}
    )
    text = render_report(report_input(record), "md", "patient", FIXED)
    assert "do not stay alone" in text


def test_patient_priorities_are_shown_in_their_words_and_order() -> None:
    record = ClinicalRecord.model_validate(
        {"preferences": {"priorities": ["sleep again", "go back to work"]}}
    )
    text = render_report(report_input(record), "md", "patient", FIXED)
    assert "- sleep again\n- go back to work" in text


def test_partial_remission_reads_as_not_yet_remitted() -> None:
    text = render_report(case_input("11_partial_remission"), "md", "patient", FIXED)
    assert "has not yet remitted" in text


def test_session_alert_contacts_and_acknowledgement_reach_both_reports() -> None:
    data = case_input("12_psychotherapy_poor_alliance")
    alert = data.alerts[0].model_copy(
        update={
            "contacts": ["Local crisis line: 0800 000 000 (synthetic)"],
            "acknowledged_at": datetime(2026, 1, 1, 9, 12, tzinfo=UTC),
            "origin": "session",
        }
    )
    with_contacts = data.model_copy(update={"alerts": [alert]})
    patient = render_report(with_contacts, "md", "patient", FIXED)
    assert "- Local crisis line: 0800 000 000 (synthetic)" in patient
    clinician = render_report(with_contacts, "md", "clinician", FIXED)
    assert "acknowledged 2026-01-01 09:12" in clinician and "from the session" in clinician


def test_priorities_chosen_among_the_problem_areas_are_listed_in_plain_words() -> None:
    record = ClinicalRecord.model_validate(
        {
            "lifestyle": {"poor_sleep": "yes"},
            "interpersonal": {"problem_areas": ["role_dispute"]},
            "macro_decisions": {"priorities": ["insomnia", "role_dispute"]},
        }
    )
    text = render_report(report_input(record), "md", "patient", FIXED)
    assert "- Poor sleep\n- Tension or conflict in a close relationship" in text
