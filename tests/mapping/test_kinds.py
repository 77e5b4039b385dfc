"""Each question kind lands in its record field, converted to the field's type (scripts/README.md)."""

from __future__ import annotations

from typing import Any

import pytest

from interview.record import ClinicalRecord, Missing, MissingReason
from interview.record.dates import PartialDate

from .talk import record_of


def at(record: ClinicalRecord, path: str) -> Any:
    """The value at a dotted path, list items as `name[0]`."""
    value: Any = record
    for part in path.split("."):
        name, _, index = part.partition("[")
        value = getattr(value, name)
        if index:
            value = value[int(index.rstrip("]"))]
    return getattr(value, "value", value) if not isinstance(value, list | Missing) else value


CASES = [
    ("yes_no", "record: lifestyle.poor_sleep", "yes", "lifestyle.poor_sleep", "yes"),
    ("yes_no", "record: lifestyle.poor_sleep", "nope", "lifestyle.poor_sleep", "no"),
    (
        "single_choice",
        "record: current_episode.severity_clinician\n"
        "options: [{value: mild, label: Mild}, {value: severe, label: Severe}]",
        "severe",
        "current_episode.severity_clinician",
        "severe",
    ),
    (
        "single_choice",
        "record: current_episode.severity_score\n"
        "options: [{value: low, label: Low, score: 4}, {value: high, label: High, score: 20}]",
        "2",
        "current_episode.severity_score",
        20,
    ),
    (
        "multiple_choice",
        "record: interpersonal.problem_areas\n"
        "options: [{value: grief, label: A loss}, {value: role_dispute, label: A dispute}]",
        "1 and 2",
        "interpersonal.problem_areas",
        ["grief", "role_dispute"],
    ),
    (
        "multiple_choice",
        "record: stress_load.stressors\noptions: [{value: work, label: Work}, {value: money, label: Money}]",
        "money",
        "stress_load.stressors",
        ["Money"],
    ),
    (
        "integer",
        "record: current_episode.severity_score\nmin: 0\nmax: 27",
        "fourteen",
        "current_episode.severity_score",
        14,
    ),
    (
        "number",
        "record: lifestyle.alcohol_units_per_week\nmin: 0",
        "12.5",
        "lifestyle.alcohol_units_per_week",
        12.5,
    ),
    ("duration", "record: current_episode.duration_weeks", "6 weeks", "current_episode.duration_weeks", 6.0),
    (
        "month_year",
        "record: current_episode.onset_date",
        "March 2024",
        "current_episode.onset_date",
        PartialDate(year=2024, month=3),
    ),
    (
        "text",
        "record: interpersonal.notes",
        "Lives alone since May",
        "interpersonal.notes",
        "Lives alone since May",
    ),
    (
        "text",
        "record: preferences.priorities",
        "sleep, getting back to work; my marriage",
        "preferences.priorities",
        ["sleep", "getting back to work", "my marriage"],
    ),
]


@pytest.mark.parametrize(
    ("kind", "extra", "answer", "path", "expected"), CASES, ids=[f"{c[0]}-{c[3]}" for c in CASES]
)
def test_each_kind_fills_its_field_in_the_fields_type(
    kind: str, extra: str, answer: str, path: str, expected: object
) -> None:
    question = f"- id: q\n  type: {kind}\n  text: Question?\n" + "".join(
        f"  {line}\n" for line in extra.splitlines()
    )
    assert at(record_of(question, answer), path) == expected


def test_a_dose_is_kept_in_mg_per_day_and_a_rating_as_a_whole_number() -> None:
    record = record_of(
        """
        - id: trials
          type: repeat
          text: Each medicine.
          ask_another: Another?
          questions:
            - {id: drug, type: text, text: Which?, record: "medication_trials[].drug",
               allow_dont_know: false, allow_decline: false}
            - {id: dose, type: dose, text: Dose?, record: "medication_trials[].dose_mg_per_day"}
            - {id: kellner, type: rating, text: Change?, min: 1, max: 9,
               record: "medication_trials[].kellner_rating"}
        """,
        "sertraline",
        "75 mg twice a day",
        "6",
        "no",
    )
    trial = record.medication_trials[0]
    assert (trial.dose_mg_per_day, trial.kellner_rating) == (150.0, 6)


def test_a_month_year_fills_a_year_field_with_its_year() -> None:
    record = record_of(
        """
        - id: episodes
          type: repeat
          text: Each earlier episode.
          ask_another: Another?
          questions:
            - {id: began, type: month_year, text: When?, record: "earlier_episodes[].onset_year"}
        """,
        "June 2015",
        "no",
    )
    assert record.earlier_episodes[0].onset_year == 2015


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        ("don't know", MissingReason.DONT_KNOW),
        ("prefer not to say", MissingReason.DECLINED),
        ("skip", MissingReason.SKIPPED),
    ],
)
def test_a_missing_answer_keeps_its_reason(answer: str, reason: MissingReason) -> None:
    record = record_of(
        "- {id: q, type: yes_no, text: Poor sleep?, required: false, record: lifestyle.poor_sleep}", answer
    )
    assert record.lifestyle.poor_sleep == Missing(missing=reason)


def test_a_question_whose_condition_is_false_is_not_applicable() -> None:
    record = record_of(
        """
        - {id: drinks, type: yes_no, text: Do you drink alcohol?}
        - {id: units, type: number, min: 0, text: Units a week?, record: lifestyle.alcohol_units_per_week,
           when: {answer: drinks, op: eq, value: true}}
        """,
        "no",
    )
    assert record.lifestyle.alcohol_units_per_week == Missing(missing=MissingReason.NOT_APPLICABLE)


def test_a_question_not_reached_yet_leaves_the_records_default() -> None:
    record = record_of(
        """
        - {id: sleep, type: yes_no, text: Poor sleep?, record: lifestyle.poor_sleep}
        - {id: smoke, type: yes_no, text: Smoke?, record: lifestyle.smoking}
        """,
        "yes",
    )
    assert record.lifestyle.smoking == ClinicalRecord().lifestyle.smoking
