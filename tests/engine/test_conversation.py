"""The conversation: one line in, what to store and what to say out."""

from __future__ import annotations

from interview.events import (
    AnswerMissing,
    AnswerRecorded,
    AnswerRejected,
    Finished,
    InputReceived,
    NoteAdded,
    Paused,
    QuestionAsked,
    SessionStarted,
)
from tests.engine.flows import Driver


def test_starting_stores_the_script_identity_and_asks_the_first_question() -> None:
    driver = Driver()
    started, asked = driver.events
    assert isinstance(started, SessionStarted)
    assert (started.script_id, started.script_version, started.patient_label) == ("treatment", "1", "P-test")
    assert isinstance(asked, QuestionAsked)
    assert asked.key == "consent"
    assert driver.replies[0].messages[-1].text == "May we begin?"


def test_an_understood_answer_is_recorded_and_the_next_question_asked() -> None:
    driver = Driver()
    reply = driver.say("yes")
    kinds = [type(e) for e in reply.events]
    assert kinds == [InputReceived, AnswerRecorded, QuestionAsked]
    assert driver.at == "nickname"


def test_every_raw_input_is_kept_even_when_it_is_not_understood() -> None:
    driver = Driver()
    reply = driver.say("perhaps on Tuesdays")
    assert isinstance(reply.events[0], InputReceived)
    assert reply.events[0].text == "perhaps on Tuesdays"
    assert isinstance(reply.events[1], AnswerRejected)
    assert reply.messages[0].kind == "error"
    assert driver.at == "consent"


def test_a_rejection_names_the_accepted_forms() -> None:
    driver = Driver()
    driver.say("yes", "", "yes", "aspirin", "no", "no", "none")
    assert driver.at == "therapy_count"
    reply = driver.say("lots")
    assert "number" in reply.messages[0].text.lower()


def test_an_optional_question_can_be_skipped_but_a_required_one_cannot() -> None:
    driver = Driver()
    driver.say("yes")
    reply = driver.say("skip")
    assert isinstance(reply.events[1], AnswerMissing)
    assert reply.events[1].reason == "skipped"
    refused = driver.say("skip")
    assert driver.at == "any_drug"
    assert "cannot be skipped" in refused.messages[0].text


def test_dont_know_and_prefer_not_to_say_are_distinct_missing_values() -> None:
    driver = Driver()
    driver.say("yes", "prefer not to say", "don't know")
    missing = [e for e in driver.events if isinstance(e, AnswerMissing)]
    assert [(e.key, e.reason.value) for e in missing] == [("nickname", "declined"), ("any_drug", "dont_know")]


def test_dont_know_is_refused_where_the_script_does_not_allow_it() -> None:
    driver = Driver()
    reply = driver.say("don't know")
    assert driver.at == "consent"
    assert isinstance(reply.events[1], AnswerRejected)


def test_why_and_help_answer_without_moving_on() -> None:
    driver = Driver()
    why = driver.say("why")
    help_ = driver.say("help")
    assert why.messages[0].kind == "why"
    assert "yes or no" in help_.messages[0].text
    assert driver.at == "consent"


def test_a_note_is_kept_with_the_current_question() -> None:
    driver = Driver()
    reply = driver.say("note patient arrived late")
    assert isinstance(reply.events[1], NoteAdded)
    assert reply.events[1].key == "consent"
    assert driver.conversation.book.entries["consent"].notes == ["patient arrived late"]


def test_pause_stops_at_the_same_question() -> None:
    driver = Driver()
    driver.say("yes")
    reply = driver.say("pause")
    assert isinstance(reply.events[1], Paused)
    assert driver.conversation.paused
    assert driver.at == "nickname"


def test_a_false_condition_keeps_a_whole_section_out() -> None:
    driver = Driver()
    driver.say("no", "")
    assert driver.at == "anything_else"
    driver.say("")
    assert driver.conversation.finished
    assert isinstance(driver.events[-1], Finished)


def test_ask_another_repeats_the_block_while_the_answer_is_yes() -> None:
    driver = Driver()
    driver.say("yes", "Sam", "yes", "sertraline", "no", "yes", "venlafaxine", "yes", "3 weeks", "no")
    assert driver.answers() == {
        "consent": "Yes",
        "nickname": "Sam",
        "any_drug": "Yes",
        "trials[0].drug": "sertraline",
        "trials[0].helped": "No",
        "trials[0]._another": "Yes",
        "trials[1].drug": "venlafaxine",
        "trials[1].helped": "Yes",
        "trials[1].how_long_helped": "3 weeks",
        "trials[1]._another": "No",
    }
    assert driver.at == "side_effects"


def test_templates_quote_the_same_items_earlier_answer() -> None:
    driver = Driver()
    reply = driver.say("yes", "Sam", "yes", "sertraline")
    assert reply.messages[-1].text == "Did sertraline help?"


def test_count_from_asks_the_block_that_many_times_and_zero_skips_it() -> None:
    driver = Driver()
    driver.say("yes", "", "no", "2", "cbt", "12", "ipt", "16")
    assert driver.at == "cbt_helped"
    zero = Driver()
    zero.say("yes", "", "no", "0")
    assert zero.at == "anything_else"


def test_count_with_where_decides_a_follow_up_question() -> None:
    driver = Driver()
    driver.say("yes", "", "no", "1", "ipt", "12")
    assert driver.at == "anything_else"


def test_back_goes_to_the_previous_answer_and_answering_returns_to_where_we_were() -> None:
    driver = Driver()
    driver.say("yes", "Sam", "yes", "sertraline")
    reply = driver.say("back")
    assert driver.at == "trials[0].drug"
    assert "The answer so far: sertraline" in reply.messages[0].text
    driver.say("escitalopram")
    assert driver.at == "trials[0].helped"
    assert driver.answers()["trials[0].drug"] == "escitalopram"


def test_back_at_the_first_question_says_so() -> None:
    driver = Driver()
    reply = driver.say("back")
    assert reply.messages[0].text == "This is the first question."


def test_review_lists_answers_numbered_by_section() -> None:
    driver = Driver()
    driver.say("yes", "Sam")
    text = driver.say("review").messages[0].text
    assert "Opening" in text
    assert "1. May we begin?: Yes" in text
    assert "2. What should I call you?: Sam" in text


def test_no_input_raises_at_the_end_of_the_interview() -> None:
    driver = Driver()
    driver.say("no", "", "")
    assert driver.conversation.finished
    for line in ("yes", "back", "skip", "edit 99", "review", "note done"):
        reply = driver.say(line)
        assert reply.messages, f"no reply to {line!r}"


EXPECTATIONS = """
id: expectations
version: "1"
title: Expectations
sections:
  - id: main
    title: Main
    questions:
      - id: expected
        type: single_choice
        text: What did you expect?
        options:
          - {value: positive, label: Hopeful}
          - {value: neutral, label: Unsure}
          - {value: negative, label: Doubtful}
      - id: mood
        type: single_choice
        text: How is your mood?
        options:
          - {value: low, label: Low}
          - {value: fine, label: Fine}
"""


def test_an_option_worded_like_dont_know_is_that_option_and_dont_know_stays_for_the_rest() -> None:
    driver = Driver(EXPECTATIONS)
    reply = driver.say("unsure")
    recorded = next(e for e in reply.events if isinstance(e, AnswerRecorded))
    assert recorded.value == "neutral", "the script offers 'Unsure' as an answer: typing it picks it"
    reply = driver.say("unsure")
    assert any(isinstance(e, AnswerMissing) and e.reason == "dont_know" for e in reply.events)
