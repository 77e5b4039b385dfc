"""The record's label question is answered from the session's label, never asked when there is one.

In tmux an answer typed for the next question once became the label; `interview run --patient X`
already says what the label is.
"""

from __future__ import annotations

from interview.engine import Conversation
from interview.events import AnswerRecorded, QuestionAsked
from interview.mapping.read_backs import READ_BACKS
from interview.report.transcript import transcript_markdown
from tests.engine.flows import TODAY, Driver, load

LABELLED = """
id: labelled
version: "1"
title: Label
sections:
  - id: opening
    title: Opening
    questions:
      - id: consent
        type: yes_no
        text: May we begin?
        allow_dont_know: false
      - id: case_label
        type: text
        text: What label shall we use for this record?
        max_length: 20
        record: case_label
      - id: answerer
        type: text
        text: Who is answering today?
"""


class LabelDriver(Driver):
    def __init__(self, label: str) -> None:
        self._start(load(LABELLED), label)


def test_with_a_session_label_the_label_question_is_answered_from_it_and_not_asked() -> None:
    driver = LabelDriver("Ms A")
    reply = driver.say("yes")
    assert driver.at == "answerer"
    asked = [e.key for e in driver.events if isinstance(e, QuestionAsked)]
    assert asked == ["consent", "answerer"]
    recorded = next(e for e in reply.events if isinstance(e, AnswerRecorded) and e.key == "case_label")
    assert (recorded.value, recorded.source) == ("Ms A", "session_label")
    assert "Label for this record: Ms A (the session label)" in " ".join(m.text for m in reply.messages)
    driver.say("the patient")  # meant for "who is answering": it does not become the label
    assert driver.answers() == {"consent": "Yes", "case_label": "Ms A", "answerer": "the patient"}


def test_without_a_session_label_the_question_is_asked() -> None:
    driver = LabelDriver("")
    driver.say("yes")
    assert driver.at == "case_label"


def test_a_session_label_the_question_refuses_is_asked_for_instead() -> None:
    driver = LabelDriver("a label far longer than twenty characters")
    driver.say("yes")
    assert driver.at == "case_label"


def test_the_label_from_the_session_replays_identically_and_can_still_be_edited() -> None:
    driver = LabelDriver("Ms A")
    driver.say("yes", "the patient")
    replayed = Conversation.replay(driver.script, driver.events, today=lambda: TODAY, read_backs=READ_BACKS)
    assert replayed.book.entries["case_label"].display == "Ms A" and replayed.current is None
    driver.say("edit 2")
    assert driver.at == "case_label", "review/edit reaches the label like any answer"
    driver.say("R-0412")
    assert driver.answers()["case_label"] == "R-0412"


def test_the_transcript_says_the_label_came_from_the_session() -> None:
    driver = LabelDriver("Ms A")
    driver.say("yes", "the patient")
    markdown = transcript_markdown("s1", driver.events)
    assert "_Answered from the session label, not asked: Ms A_" in markdown
