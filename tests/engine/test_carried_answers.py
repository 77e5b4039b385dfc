"""A drug answer that says more ("Zoloft, 100 mg, about two months, didn't help much") answers the item's
later dose, duration and change questions too: stored as events with the words typed, shown, and replayed."""

from __future__ import annotations

import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview.engine import Conversation, event_from_json, event_to_json
from interview.engine.review import reviewable_slots
from interview.events import AnswerRecorded, Event, InputReceived
from interview.mapping.read_backs import READ_BACKS
from interview.report.transcript import transcript_markdown
from interview.script import Script, load_script_text

TODAY = datetime.date(2026, 11, 21)
SCRIPT = """\
id: carried
version: "1"
title: Carried
sections:
  - id: main
    title: Main
    questions:
      - id: trials
        type: repeat
        text: Each medicine.
        ask_another: Another?
        questions:
          - {id: drug, type: text, text: Which medicine?, record: "medication_trials[].drug",
             allow_dont_know: false, allow_decline: false}
          - {id: episode, type: yes_no, text: This episode?}
          - {id: added_weeks, type: duration, text: How long was something added?, required: false,
             when: {answer: episode, value: true}}
          - {id: dose, type: dose, text: Highest daily dose?, required: false}
          - {id: weeks, type: duration, text: How long at that dose?, required: false}
          - {id: kellner, type: rating, text: How were you by the end?, min: 1, max: 9, required: false,
             labels: {1: a lot better, 3: better, 5: no change, 7: worse, 9: a lot worse}}
"""


def script() -> Script:
    return load_script_text(SCRIPT).script


LOGS: dict[int, list[Event]] = {}


def talk(*lines: str) -> tuple[Conversation, list[str]]:
    """A conversation given these lines, and the words it showed; its events kept in LOGS."""
    conversation, first = Conversation.start(script(), "P-01", today=lambda: TODAY, read_backs=READ_BACKS)
    events, shown = list(first.events), []
    for line in lines:
        reply = conversation.handle(line)
        events += reply.events
        shown += [m.text for m in reply.messages]
    LOGS[id(conversation)] = events
    return conversation, shown


def test_the_details_answer_the_later_questions_of_the_same_medicine() -> None:
    conversation, shown = talk("Zoloft, 100 mg, about two months, didn't help much")
    book = conversation.book
    assert book.entries["trials[0].drug"].value == "Zoloft"
    assert book.entries["trials[0].dose"].value == 100
    assert round(book.entries["trials[0].weeks"].value, 1) == 8.7
    assert book.entries["trials[0].kellner"].value == 4
    assert "added_weeks" not in " ".join(book.entries)  # a conditional question is never filled ahead
    assert conversation.current is not None and conversation.current.qid == "episode"
    noted = "\n".join(shown)
    assert "Highest daily dose?: 100 mg/day" in noted
    assert "How were you by the end?: 4 (a little better)" in noted


def test_the_noted_details_carry_their_review_numbers_whatever_order_they_were_said_in() -> None:
    conversation, shown = talk("Zoloft, about two months, 100 mg")
    numbers = {s.key: n for n, s in enumerate(reviewable_slots(conversation.book), start=1)}
    noted = "\n".join(shown)
    assert f"  {numbers['trials[0].weeks']}. How long at that dose?: 2 months (8.7 weeks)" in noted
    assert f"  {numbers['trials[0].dose']}. Highest daily dose?: 100 mg/day" in noted


def test_each_carried_answer_is_stored_with_the_words_it_came_from() -> None:
    conversation, _ = talk("sertraline 100mg for about two months, didn't help much")
    events = [e for e in conversation_events(conversation) if isinstance(e, InputReceived | AnswerRecorded)]
    typed = {e.key: e.text for e in events if isinstance(e, InputReceived)}
    assert typed["trials[0].dose"] == "100mg"
    assert typed["trials[0].weeks"] == "for about two months"
    assert typed["trials[0].kellner"] == "didn't help much"
    assert all(e.approximate for e in events if isinstance(e, AnswerRecorded) and e.key != "trials[0].drug")


def test_carried_answers_are_skipped_when_reached_and_the_rest_is_asked() -> None:
    conversation, shown = talk("Zoloft, 100 mg", "yes", "skip")
    assert conversation.current is not None and conversation.current.qid == "weeks"
    assert "Highest daily dose?" not in [line for line in shown if line.endswith("?")]


def test_a_plain_drug_name_carries_nothing() -> None:
    conversation, shown = talk("sertraline")
    assert set(conversation.book.entries) == {"trials[0].drug"}
    assert not any("also noted" in line for line in shown)


def test_details_that_are_not_understood_are_left_to_their_questions() -> None:
    conversation, _ = talk("Zoloft, 100 mg, from my GP, made me feel weird")
    assert set(conversation.book.entries) == {"trials[0].drug", "trials[0].dose"}


def test_replaying_the_stored_events_rebuilds_the_carried_answers() -> None:
    original, _ = talk("Zoloft, 100 mg, about two months, didn't help much", "no")
    stored = [event_from_json(event_to_json(e)) for e in conversation_events(original)]
    replayed = Conversation.replay(script(), stored, today=lambda: TODAY, read_backs=READ_BACKS)
    assert replayed.current == original.current
    assert {k: e.display for k, e in replayed.book.entries.items()} == {
        k: e.display for k, e in original.book.entries.items()
    }


def conversation_events(conversation: Conversation) -> list[Event]:
    return LOGS[id(conversation)]


LINES = [
    "Zoloft, 100 mg, about two months, didn't help much", "sertraline 50mg for 6 weeks", "fluoxetine",
    "citalopram (40mg) - a bit worse", "yes", "no", "back", "edit 1", "edit 3", "skip", "4", "150 mg",
    "3 weeks", "a bit better", "review", "zolfot, 20 mg",
]  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(LINES), st.text(max_size=30)), max_size=25))
def test_any_sequence_with_carried_answers_replays_to_the_same_interview(lines: list[str]) -> None:
    original, _ = talk(*lines)
    stored = [event_from_json(event_to_json(e)) for e in conversation_events(original)]
    replayed = Conversation.replay(script(), stored, today=lambda: TODAY, read_backs=READ_BACKS)
    assert replayed.current == original.current
    assert {k: (e.display, e.missing) for k, e in replayed.book.entries.items()} == {
        k: (e.display, e.missing) for k, e in original.book.entries.items()
    }


def test_the_transcript_says_which_question_a_carried_detail_answered() -> None:
    conversation, _ = talk("Zoloft, 100 mg, about two months, didn't help much", "back")
    transcript = transcript_markdown("s1", LOGS[id(conversation)])
    assert "**Answer:** Zoloft, 100 mg, about two months, didn't help much" in transcript
    assert "**Answer to trials[0].dose** (given in the answer above): 100 mg" in transcript
    assert "**Command:** back" in transcript
