"""A "none" answer to a list question is an empty list in the record, never the item "none"."""

from __future__ import annotations

import pytest

from interview.mapping.convert import split_list

from .talk import record_of

TRIAL = """
- id: trials
  type: repeat
  text: Each medicine.
  ask_another: Another?
  questions:
    - {id: drug, type: text, text: Which?, record: "medication_trials[].drug",
       allow_dont_know: false, allow_decline: false}
    - {id: effects, type: text, text: Side effects?, required: false,
       record: "medication_trials[].side_effects"}
"""


@pytest.mark.parametrize("answer", ["none", "None.", "no", "nothing", "Nothing much", "none at all", "N/A"])
def test_no_side_effects_is_an_empty_list(answer: str) -> None:
    record = record_of(TRIAL, "sertraline", answer, "no")
    assert record.medication_trials[0].side_effects == []


def test_named_side_effects_are_kept_as_items() -> None:
    record = record_of(TRIAL, "sertraline", "nausea, poor sleep", "no")
    assert record.medication_trials[0].side_effects == ["nausea", "poor sleep"]


@pytest.mark.parametrize(
    ("path", "answer"),
    [
        ("comorbidity.psychiatric_conditions", "none"),
        ("preferences.treatments_to_avoid", "No"),
        ("stress_load.stressors", "nothing much"),
    ],
)
def test_none_to_any_free_text_list_is_an_empty_list(path: str, answer: str) -> None:
    record = record_of(f"- {{id: q, type: text, text: Name them?, required: false, record: {path}}}", answer)
    section, name = path.split(".")
    assert getattr(getattr(record, section), name) == []


def test_a_none_inside_a_longer_answer_is_a_named_item() -> None:
    assert split_list("none of the pills, but the injections") == ["none of the pills", "but the injections"]


def test_none_chosen_on_a_multiple_choice_list_is_an_empty_list() -> None:
    record = record_of(
        "- {id: q, type: multiple_choice, text: Which?, required: false,\n"
        "   record: comorbidity.medical_conditions,\n"
        "   options: [{value: head injury, label: A head injury}, {value: heart, label: Heart disease}]}",
        "none",
    )
    assert record.comorbidity.medical_conditions == []


def test_a_multiple_choice_list_keeps_the_order_the_person_gave() -> None:
    record = record_of(
        "- {id: q, type: multiple_choice, text: Which first?, record: interpersonal.problem_areas,\n"
        "   options: [{value: grief, label: A loss}, {value: role_dispute, label: A dispute}]}",
        "a dispute, a loss",
    )
    assert record.interpersonal.problem_areas == ["role_dispute", "grief"]


def test_no_added_drug_is_read_back_as_none_and_kept_as_an_empty_list() -> None:
    record = record_of(
        """
        - id: trials
          type: repeat
          text: Each medicine.
          ask_another: Another?
          questions:
            - {id: drug, type: text, text: Which?, record: "medication_trials[].drug",
               allow_dont_know: false, allow_decline: false}
            - {id: added, type: text, text: Added?, required: false,
               record: "medication_trials[].add_on_drugs"}
        """,
        "sertraline",
        "none",
        "no",
    )
    assert record.medication_trials[0].add_on_drugs == []
