"""build_record: repeat items as list entries, set-aside branches left out, drugs, totals, clear errors."""

from __future__ import annotations

import pytest

from interview.mapping import MappingError, build_record
from interview.record import Missing, MissingReason

from .talk import record_of, script_of, talk

TRIALS = """
- {id: any, type: yes_no, text: Any antidepressant?}
- id: trials
  type: repeat
  text: Each medicine.
  when: {answer: any, op: eq, value: true}
  ask_another: Another?
  questions:
    - {id: drug, type: text, text: Which?, record: "medication_trials[].drug", allow_dont_know: false,
       allow_decline: false}
    - {id: weeks, type: duration, text: How long?, record: "medication_trials[].weeks_at_dose"}
    - {id: helped, type: yes_no, text: Did it help?}
    - {id: how_much, type: single_choice, text: How much?, record: "medication_trials[].response_clinician",
       when: {answer: helped, op: eq, value: true},
       options: [{value: response, label: A lot}, {value: partial, label: A little}]}
"""


def test_each_repeat_item_becomes_one_list_entry_in_order() -> None:
    record = record_of(
        TRIALS, "yes", "sertraline", "8 weeks", "yes", "a lot", "yes", "citalopram", "4 weeks", "no", "no"
    )
    assert [t.drug for t in record.medication_trials] == ["sertraline", "citalopram"]
    assert [t.weeks_at_dose for t in record.medication_trials] == [8.0, 4.0]
    assert record.medication_trials[0].response_clinician == "response"
    assert record.medication_trials[1].response_clinician == Missing(missing=MissingReason.NOT_APPLICABLE)


def test_brand_names_and_slips_are_kept_as_the_catalogues_generic_name() -> None:
    record = record_of(TRIALS, "yes", "Zoloft", "8 weeks", "no", "yes", "escitalopran", "6 weeks", "no", "no")
    assert [t.drug for t in record.medication_trials] == ["sertraline", "escitalopram"]


def test_a_drug_the_catalogue_does_not_know_is_kept_as_typed() -> None:
    record = record_of(TRIALS, "yes", "Newdrugazine", "8 weeks", "no", "no")
    assert record.medication_trials[0].drug == "Newdrugazine"


def test_answers_on_a_branch_that_no_longer_applies_are_not_mapped() -> None:
    script = script_of(TRIALS)
    conversation = talk(script, "yes", "sertraline", "8 weeks", "no", "no", "edit 1", "no")
    assert conversation.finished
    assert build_record(script, conversation).medication_trials == []


def test_an_item_not_finished_yet_is_left_out_of_a_partial_record() -> None:
    script = script_of(TRIALS)
    conversation = talk(script, "yes", "sertraline", "8 weeks", "no", "yes")  # item 2 asked, not answered
    assert [t.drug for t in build_record(script, conversation).medication_trials] == ["sertraline"]


def test_an_applicable_unasked_item_question_stays_at_the_default() -> None:
    script = script_of(TRIALS)
    record = build_record(script, talk(script, "yes", "sertraline"))
    assert record.medication_trials[0].weeks_at_dose == Missing(missing=MissingReason.SKIPPED)


def test_the_session_label_becomes_the_case_label() -> None:
    script = script_of("- {id: sleep, type: yes_no, text: Poor sleep?, record: lifestyle.poor_sleep}")
    assert build_record(script, talk(script, "yes"), case_label="P-01").case_label == "P-01"


PHQ = "\n".join(
    f"- {{id: phq_{n}, type: single_choice, text: Item {n}?, record: totals.phq9, options: "
    '[{value: "0", label: Not at all, score: 0}, {value: "1", label: Several days, score: 1}, '
    '{value: "2", label: More than half the days, score: 2}, '
    '{value: "3", label: Nearly every day, score: 3}]}'
    for n in range(1, 10)
)


def test_the_phq9_items_add_up_to_the_severity_score_on_the_phq9_scale() -> None:
    record = record_of(PHQ, "1", "2", "0", "3", "1", "0", "0", "1", "nearly every day")  # numbers: the scores
    assert (record.current_episode.severity_score, record.current_episode.severity_scale) == (11, "phq9")


def test_a_phq9_total_with_an_unanswered_item_is_unknown_with_that_reason() -> None:
    record = record_of(PHQ, "1", "2", "0", "3", "don't know", "0", "0", "1", "0")
    assert record.current_episode.severity_score == Missing(missing=MissingReason.DONT_KNOW)
    assert record.current_episode.severity_scale == Missing(missing=MissingReason.SKIPPED)


def test_a_value_that_does_not_fit_names_the_question_and_the_field() -> None:
    script = script_of("- {id: score, type: integer, text: Score?, record: current_episode.severity_score}")
    with pytest.raises(
        MappingError, match=r"question 'score'.*'current_episode.severity_score'.*greater than"
    ):
        build_record(script, talk(script, "-3"))


def test_two_applicable_questions_giving_one_field_different_values_is_an_error() -> None:
    script = script_of(
        """
        - {id: a, type: yes_no, text: Poor sleep?, record: lifestyle.poor_sleep}
        - {id: b, type: yes_no, text: Really poor sleep?, record: lifestyle.poor_sleep}
        """
    )
    with pytest.raises(MappingError, match=r"questions 'a' and 'b' both answer 'lifestyle.poor_sleep'"):
        build_record(script, talk(script, "yes", "no"))


def test_a_value_beats_the_not_applicable_of_another_branch() -> None:
    record = record_of(
        """
        - {id: clinician, type: yes_no, text: Is a clinician answering?}
        - {id: a, type: yes_no, text: Poor sleep (chart)?, record: lifestyle.poor_sleep,
           when: {answer: clinician, op: eq, value: true}}
        - {id: b, type: yes_no, text: Do you sleep poorly?, record: lifestyle.poor_sleep,
           when: {answer: clinician, op: eq, value: false}}
        """,
        "no",
        "yes",
    )
    assert record.lifestyle.poor_sleep == "yes"


def test_a_field_that_cannot_be_unknown_answered_dont_know_is_a_clear_error() -> None:
    script = script_of(
        """
        - id: trials
          type: repeat
          text: Each medicine.
          ask_another: Another?
          questions:
            - {id: drug, type: text, text: Which?, record: "medication_trials[].drug"}
        """
    )
    with pytest.raises(
        MappingError, match=r"question 'drug': 'medication_trials\[\].drug' cannot be unknown"
    ):
        build_record(script, talk(script, "don't know", "no"))


CONDITIONS = """
- id: conditions
  type: multiple_choice
  text: Any of these?
  required: false
  record: comorbidity.medical_conditions
  options:
    - {value: head injury, label: A head injury}
    - {value: gut disorder, label: A stomach or bowel problem}
    - {value: other, label: Something else}
- id: conditions_other
  type: text
  text: Which other condition?
  when: {answer: conditions, op: contains, value: other}
  required: false
  record: comorbidity.medical_conditions
"""


def test_a_list_two_questions_fill_holds_every_item_named_in_either() -> None:
    record = record_of(CONDITIONS, "1, 3", "hypertension, asthma")
    assert record.comorbidity.medical_conditions == ["A head injury", "hypertension", "asthma"]


def test_something_else_stays_in_the_list_until_the_follow_up_names_it() -> None:
    assert record_of(CONDITIONS, "3", "skip").comorbidity.medical_conditions == ["Something else"]
    assert record_of(CONDITIONS, "2, 3", "hypertension").comorbidity.medical_conditions == [
        "A stomach or bowel problem",
        "hypertension",
    ]


def test_an_item_named_twice_is_listed_once() -> None:
    record = record_of(CONDITIONS, "1, 3", "a head injury, gout")
    assert record.comorbidity.medical_conditions == ["A head injury", "gout"]
