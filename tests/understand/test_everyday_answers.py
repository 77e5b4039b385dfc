"""Every answer example of issue 13, as the full assessment understands it (interview.understand)."""

from __future__ import annotations

import datetime
from functools import cache
from pathlib import Path

import pytest

from interview.record.catalogue import class_of_placeholder
from interview.script import Script, load_script_file
from interview.understand import Reading, understand_answer

SCRIPT = Path(__file__).parents[2] / "scripts" / "trd_assessment.yaml"
TODAY = datetime.date(2026, 12, 3)


@cache
def assessment() -> Script:
    return load_script_file(SCRIPT).script


def read(question: str, text: str) -> Reading:
    return understand_answer(assessment(), question, text, TODAY)


@pytest.mark.parametrize(
    ("question", "text", "value"),
    [
        ("phq_9", "1", "1"),  # Several days: the screener starts (see test_confirmation_turn)
        ("phq_9", "0", "0"),
        ("phq_2", "2", "2"),
        ("phq_3", "3", "3"),
    ],
)
def test_phq9_numbers_are_the_scores(question: str, text: str, value: str) -> None:
    reading = read(question, text)
    assert (reading.outcome, reading.value) == ("understood", value)


def test_a_number_beyond_the_scores_is_asked_again_naming_the_scores() -> None:
    reading = read("phq_9", "4")
    assert reading.outcome == "reprompt"
    assert reading.message is not None and "from 0 to 3" in reading.message


@pytest.mark.parametrize(
    ("question", "text", "value", "note"),
    [
        ("cssrs_wish_dead", "yes, sometimes", True, "sometimes"),
        ("intensified_treatment", "no, never been in hospital", False, "never been in hospital"),
        ("another", "yes, one more", True, "one more"),
        ("summary_correct", "yes, that's it", True, None),
        ("cssrs_thoughts", "yes but I wouldn't act on them", True, "but i wouldn't act on them"),
    ],
)
def test_a_yes_or_no_with_a_qualifier_keeps_the_qualifier_as_a_note(
    question: str, text: str, value: bool, note: str | None
) -> None:
    reading = read(question, text)
    assert (reading.outcome, reading.value) == ("understood", value)
    assert reading.notes == ([note] if note else [])


@pytest.mark.parametrize(
    ("text", "weeks"),
    [
        ("about eight months I think", 8 * 52 / 12),
        ("a couple of years", 104),
        ("since Christmas", 49),  # 25 December 2025 to 3 December 2026
        ("6/52", 6),
        ("3/12", 13),
    ],
)
def test_durations_in_everyday_and_clinical_forms(text: str, weeks: float) -> None:
    reading = read("episode_duration", text)
    assert reading.outcome == "understood"
    assert reading.value == pytest.approx(weeks, abs=0.1)


@pytest.mark.parametrize(
    ("text", "mg"),
    [("two 50 mg tablets", 100), ("225mg XL", 225), ("started on 50 and went up to 200", 200)],
)
def test_doses_with_tablet_counts_formulations_and_titrations(text: str, mg: float) -> None:
    reading = read("med_dose", text)
    assert (reading.outcome, reading.value) == ("understood", mg)


def test_a_titration_records_its_highest_dose_and_notes_the_steps() -> None:
    reading = read("med_dose", "started on 50 and went up to 200")
    assert reading.display == "200 mg/day (highest)"
    assert reading.notes == ["titrated: 50 mg -> 200 mg; highest 200 mg/day"]


@pytest.mark.parametrize(
    ("question", "text", "value"),
    [
        ("somatic_kind", "shock treatment", "ect"),
        ("somatic_kind", "ketamine infusions", "ketamine"),
        ("medical_conditions", "sleep apnoea", ["lung or breathing disorder"]),
        ("medical_conditions", "IBS", ["gut disorder"]),
        ("alcohol_units", "I don't drink", 0),
        ("therapy_alliance", "we got on really well", "good"),
        ("med_strategy", "they added lithium to it", "augmentation"),
        ("med_response_clinician", "good response", "response"),
        ("med_percent", "maybe half", 50),
    ],
)
def test_answers_are_understood_by_their_meaning(question: str, text: str, value: object) -> None:
    reading = read(question, text)
    assert (reading.outcome, reading.value) == ("understood", value)


@pytest.mark.parametrize(
    ("question", "text", "value"),
    [
        ("med_drug", "levothyroxine", "levothyroxine"),
        ("med_drug", "T4", "levothyroxine"),
        ("med_add_on", "lithium, then later aripiprazole", "lithium, aripiprazole"),
        ("earlier_helpful_drugs", "none of them really", "none"),
        ("other_med_name", "metformin", "metformin"),
        ("other_med_name", "Lipitor", "Lipitor"),
    ],
)
def test_medicine_names_are_read_as_named(question: str, text: str, value: str) -> None:
    reading = read(question, text)
    assert (reading.outcome, reading.value) == ("understood", value)


def test_an_ssri_records_the_class_with_the_name_unknown() -> None:
    reading = read("med_drug", "an SSRI")
    assert reading.outcome == "understood"
    assert isinstance(reading.value, str) and class_of_placeholder(reading.value) is not None
    assert reading.display == "SSRI (name not known)"


@pytest.mark.parametrize("text", ["don't know", "none", "the yellow ones", "none of them really"])
def test_words_that_are_not_a_drug_name_never_become_one(text: str) -> None:
    reading = read("med_drug", text)
    assert reading.outcome == "reprompt"
    assert reading.message is not None and "name" in reading.message


@pytest.mark.parametrize(
    ("text", "proposed"), [("zolfot", "Zoloft (sertraline)"), ("symbalta", "Cymbalta (duloxetine)")]
)
def test_a_drug_name_matched_only_by_similarity_is_confirmed(text: str, proposed: str) -> None:
    reading = read("med_drug", text)
    assert reading.outcome == "confirm"
    assert reading.confirm == f"Did you mean {proposed}?"


def test_a_choice_picked_by_similarity_is_confirmed() -> None:
    reading = read("phq_1", "severl days")
    assert reading.outcome == "confirm"
    assert reading.confirm == "Did you mean 1. Several days?"


@pytest.mark.parametrize(
    ("question", "text", "shown"),
    [
        ("med_dose", "a small dose", "'a small dose'"),
        ("episode_duration", "for ages", "'ages'"),
        ("cssrs_thoughts", "what do you mean", "'what do you mean'"),
        ("somatic_kind", "the blue one", "'the blue one'"),
    ],
)
def test_a_reprompt_says_what_was_not_understood_and_the_accepted_forms(
    question: str, text: str, shown: str
) -> None:
    reading = read(question, text)
    assert reading.outcome == "reprompt"
    assert reading.message is not None and shown in reading.message
    assert "e.g." in reading.message or "Choose" in reading.message


@pytest.mark.parametrize(
    ("question", "text", "outcome", "value"),
    [
        ("med_hypomania", "Definitely not.", "understood", False),
        ("therapy_trained", "She was a counsellor, I think.", "reprompt", None),  # says nothing of training
        ("med_withdrawal", "I'm still on it.", "reprompt", None),  # asked again, no yes or no proposed
        ("med_stopped_for_side_effects", "I stopped it myself last week.", "confirm", False),
        ("cssrs_thoughts", "I'd rather not", "confirm", False),  # a no, or a refusal: asked
    ],
)
def test_statements_that_do_not_say_yes_or_no_are_never_taken_silently(
    question: str, text: str, outcome: str, value: object
) -> None:
    reading = read(question, text)
    assert (reading.outcome, reading.value) == (outcome, value)


@pytest.mark.parametrize(
    ("question", "text", "outcome", "value"),
    [
        ("any_somatic", "I had ECT once", "understood", True),  # echoes the question's ECT
        ("smoking", "I vape", "understood", True),  # an everyday word for nicotine
        ("intensified_treatment", "I was sectioned in March", "understood", True),
    ],
)
def test_a_statement_echoing_the_question_is_a_yes(
    question: str, text: str, outcome: str, value: object
) -> None:
    reading = read(question, text)
    assert (reading.outcome, reading.value) == (outcome, value)
    assert reading.notes  # the statement is kept beside the yes


@pytest.mark.parametrize(
    ("question", "text"),
    [("med_withdrawal", "I'm still on it"), ("smoking", "I use an inhaler for asthma")],
)
def test_a_statement_that_echoes_nothing_is_asked_again_without_proposing_yes(
    question: str, text: str
) -> None:
    # Proposing a yes ("Shall I take that as a yes?") invites a different value: "no" is as likely.
    reading = read(question, text)
    assert (reading.outcome, reading.value) == ("reprompt", None)
    assert reading.message is not None and text in reading.message


@pytest.mark.parametrize(
    ("question", "text", "value"),
    [
        ("open_to_psychotherapy", "I'd give it a go", True),
        ("open_to_psychotherapy", "I'd be willing to try", True),
        ("open_to_medication_change", "I'd rather not", False),  # its `why` asks about willingness
        ("open_to_medication_change", "not keen", False),
    ],
)
def test_to_a_question_about_willingness_everyday_words_say_yes_or_no(
    question: str, text: str, value: bool
) -> None:
    assert (read(question, text).outcome, read(question, text).value) == ("understood", value)


def test_a_yes_played_down_is_a_yes_with_its_note_and_one_turned_round_is_asked() -> None:
    played_down = read("med_withdrawal", "a bit dizzy but nothing much")
    assert (played_down.outcome, played_down.value) == ("understood", True)
    assert played_down.notes == ["a bit dizzy but nothing much"]
    assert read("cssrs_wish_dead", "sometimes, but not in the past month").outcome == "confirm"


@pytest.mark.parametrize(
    ("question", "text", "outcome", "value"),
    [
        ("earlier_response", "got better but not completely", "understood", "partial"),  # the longer words
        ("wb_purpose", "I don't have any purpose", "understood", "low"),  # the negation is in the words
        ("functional_impairment", "I can't work at all", "understood", "severe"),
        ("med_strategy", "with mirtazapine as well", "understood", "combination"),
        ("phq_3", "most nights", "understood", "2"),
        ("phq_6", "every day pretty much", "understood", "3"),
        ("therapy_modality", "not CBT, something else", "confirm", "other"),  # CBT is negated
        ("therapy_modality", "talking therapy on the phone with IAPT", "reprompt", None),
    ],
)
def test_a_choice_is_understood_by_the_option_words_inside_the_answer(
    question: str, text: str, outcome: str, value: object
) -> None:
    reading = read(question, text)
    assert (reading.outcome, reading.value) == (outcome, value)


def test_a_fault_named_in_a_read_back_is_a_no_and_looks_right_accepts_the_links() -> None:
    assert (read("summary_correct", "mostly, but the dates are wrong").value) is False
    assert read("summary_correct", "nothing's wrong").value is True
    assert read("link_check", "that looks right").value == "confirm"
    assert read("med_weeks", "the whole year").value == 52
