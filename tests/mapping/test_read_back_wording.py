"""The read-back reads as a sentence a person would say (issue 15): numbers rounded, lists joined once."""

from __future__ import annotations

from interview.mapping.summary import summary_lines
from interview.record import ClinicalRecord


def lines_of(data: dict[str, object]) -> list[str]:
    """The finding lines of the read-back (the closing instruction line left out)."""
    return summary_lines(ClinicalRecord.model_validate(data))[:-1]


def test_weeks_are_whole_numbers() -> None:
    [line] = lines_of({"current_episode": {"duration_weeks": 17.3333}})
    assert "about 4 months (17 weeks)" in line and "17.33" not in line


def test_a_stray_and_typed_at_the_end_of_an_item_is_not_doubled() -> None:
    record = {
        "medication_trials": [{"drug": "sertraline", "side_effects": ["nausea", "sweating and", "insomnia"]}]
    }
    [line] = lines_of(record)
    assert "side effects: nausea, sweating and insomnia" in line and "and and" not in line


def test_an_item_capitalised_as_typed_is_lowered_inside_the_sentence() -> None:
    [line] = lines_of({"comorbidity": {"medical_conditions": ["A head injury", "A thyroid problem"]}})
    assert line.endswith("Other health matters: a head injury and a thyroid problem.")
    assert "and A thyroid" not in line


def test_acronyms_keep_their_capitals() -> None:
    [line] = lines_of({"comorbidity": {"psychiatric_conditions": ["PTSD", "OCD"]}})
    assert "PTSD and OCD" in line
