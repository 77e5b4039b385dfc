"""`interview validate` checks every mapping against the record's real field types, with the line."""

from __future__ import annotations

import textwrap

import pytest

from interview.mapping import record_fields
from interview.script import load_script_text, validate

from .talk import HEADER


def problems(questions_yaml: str) -> list[str]:
    """`LINE: CODE message` for each problem, lines counted from the first question line."""
    text = HEADER + textwrap.indent(textwrap.dedent(questions_yaml).strip("\n"), "      ") + "\n"
    offset = HEADER.count("\n")
    return [
        f"{p.line - offset}: {p.code.value} {p.message}"
        for p in validate(load_script_text(text), record_fields())
    ]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("- {id: q, type: duration, text: How long?, record: lifestyle.poor_sleep}", "1: SCRIPT_018"),
        ("- {id: q, type: dose, text: Dose?, record: current_episode.duration_weeks}", "1: SCRIPT_018"),
        ("- {id: q, type: text, text: Links?, record: macro_decisions}", "1: SCRIPT_018"),
        ("- {id: q, type: link_review, text: Links?, record: preferences.priorities}", "1: SCRIPT_018"),
        (
            "- {id: q, type: integer, text: Score?, record: current_episode.severity_score}",
            "1: SCRIPT_018 question 'q': 'current_episode.severity_score' takes values from 0",
        ),
        (
            """
            - id: q
              type: single_choice
              text: How severe?
              record: current_episode.severity_clinician
              options:
                - {value: mild, label: Mild}
                - {value: very_severe, label: Very severe}
            """,
            "7: SCRIPT_019 question 'q': option value 'very_severe' is not a value of "
            "'current_episode.severity_clinician' (subsyndromal, mild, moderate, severe)",
        ),
        (
            """
            - id: trials
              type: repeat
              text: Each medicine.
              ask_another: Another?
              questions:
                - {id: drug, type: text, text: Which?, record: "medication_trials[].drug"}
            """,
            "6: SCRIPT_020 question 'drug': 'medication_trials[].drug' cannot be unknown",
        ),
        (
            '- {id: q, type: yes_no, text: Drug?, record: "medication_trials[].stopped_for_side_effects"}',
            "1: SCRIPT_010",
        ),
    ],
)
def test_a_wrong_mapping_is_reported_at_its_line(question: str, expected: str) -> None:
    found = problems(question)
    assert len(found) == 1, found
    assert found[0].startswith(expected)


def test_sound_mappings_of_every_kind_pass() -> None:
    assert (
        problems(
            """
        - {id: a, type: yes_no, text: A?, record: lifestyle.poor_sleep}
        - {id: b, type: duration, text: B?, record: current_episode.duration_weeks}
        - {id: c, type: month_year, text: C?, record: current_episode.onset_date}
        - {id: d, type: integer, min: 0, max: 27, text: D?, record: current_episode.severity_score}
        - {id: e, type: text, text: E?, record: preferences.priorities}
        - {id: f, type: link_review, text: F?, record: macro_decisions}
        - id: g
          type: repeat
          text: G.
          ask_another: Another?
          questions:
            - {id: g1, type: text, text: G1?, record: "medication_trials[].drug", allow_dont_know: false,
               allow_decline: false}
            - {id: g2, type: dose, text: G2?, record: "medication_trials[].dose_mg_per_day"}
            - {id: g3, type: rating, min: 1, max: 9, text: G3?, record: "medication_trials[].kellner_rating"}
            - {id: g4, type: duration, text: G4?, record: "medication_trials[].weeks_at_dose"}
        """
        )
        == []
    )
