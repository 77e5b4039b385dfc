"""Property: whatever is typed, the record built from the replayed answers is valid or the error is clear."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview.engine import Conversation, event_from_json, event_to_json
from interview.mapping import MappingError, build_record
from interview.record import ClinicalRecord

from .talk import TODAY, script_of

SCRIPT = script_of(
    """
    - {id: sleep, type: yes_no, text: Poor sleep?, required: false, record: lifestyle.poor_sleep}
    - {id: score, type: integer, text: Score?, record: current_episode.severity_score}
    - {id: began, type: month_year, text: Since when?, record: current_episode.onset_date}
    - {id: long, type: duration, text: How long?, record: current_episode.duration_weeks}
    - id: areas
      type: multiple_choice
      text: Which fit?
      record: interpersonal.problem_areas
      options: [{value: grief, label: A loss}, {value: role_dispute, label: A dispute}]
    - id: trials
      type: repeat
      text: Each medicine.
      ask_another: Another?
      questions:
        - {id: drug, type: text, text: Which?, record: "medication_trials[].drug", allow_dont_know: false,
           allow_decline: false}
        - {id: dose, type: dose, text: Dose?, record: "medication_trials[].dose_mg_per_day"}
        - {id: kellner, type: rating, min: 1, max: 9, text: Change?,
           record: "medication_trials[].kellner_rating"}
    - {id: links, type: link_review, text: Right?, record: macro_decisions}
    - {id: wants, type: text, text: Priorities?, record: preferences.priorities}
    """
)

VOCABULARY = [
    "yes", "no", "skip", "back", "edit 1", "edit 6", "don't know", "prefer not to say", "-4", "12",
    "March 2024", "3 months", "1 and 2", "none", "Zoloft", "sertralin", "150 mg", "7", "ok", "remove 1",
    "remove 9", "add sleep -> low mood", "sleep, work", "", "twelve",
]  # fmt: skip
inputs = st.lists(st.one_of(st.sampled_from(VOCABULARY), st.text(max_size=30)), max_size=45)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(inputs)
def test_a_record_built_from_replayed_answers_validates_or_names_question_and_field(lines: list[str]) -> None:
    conversation, first = Conversation.start(SCRIPT, "P-01", today=lambda: TODAY)
    events = list(first.events)
    for line in lines:
        events += conversation.handle(line).events
    replayed = Conversation.replay(
        SCRIPT, [event_from_json(event_to_json(e)) for e in events], today=lambda: TODAY
    )
    try:
        record = build_record(SCRIPT, replayed)
    except MappingError as error:
        message = str(error)
        assert "question '" in message
        assert any(field in message for field in ("severity_score", "macro_decisions", "drug"))
        return
    assert ClinicalRecord.model_validate_json(record.model_dump_json()) == record
    assert record == build_record(SCRIPT, conversation)
