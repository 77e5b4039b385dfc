"""After a safety alert the interview goes on only on a recorded decision (clinical-rules §14 triage table).

Low: the person is asked whether they agree to go on. Moderate and high: once the interviewer has
acknowledged the alert, the interview offers to end the session and goes on only if told to.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from interview.engine import Conversation, event_from_json, event_to_json
from interview.events import ContinuationDecided, SessionEnded
from interview.report.transcript import transcript_markdown
from interview.safety.state import alert_state
from interview.storage import SessionStore, open_database
from tests.engine.flows import TODAY
from tests.engine.safety_flows import OPENING, SafetyDriver

LOW = ["yes", "no", "no"]
"""Item 1 only."""
HIGH = ["yes", "yes", "no", "yes", "no", "no"]
"""Items 1, 2 and 4."""


def screened_with(answers: list[str]) -> SafetyDriver:
    """PHQ-9 item 9 above 0 starts the screener; the answers given to it."""
    driver = SafetyDriver()
    driver.say(*OPENING, "several days", *answers)
    return driver


def decisions(driver: SafetyDriver) -> list[ContinuationDecided]:
    return [e for e in driver.events if isinstance(e, ContinuationDecided)]


def test_after_a_high_alert_is_acknowledged_the_interview_offers_to_end_the_session() -> None:
    driver = screened_with(HIGH)
    reply = driver.say("acknowledge")
    assert reply.messages[-1].text.startswith(
        "The alert advises that the remaining questions should not be resumed in this session."
    )
    assert driver.conversation.deciding and not driver.conversation.halted


@pytest.mark.parametrize("line", ["8 months", "back", "skip", "maybe"])
def test_nothing_but_the_decision_moves_the_interview_on(line: str) -> None:
    driver = screened_with(HIGH)
    driver.say("acknowledge")
    at = driver.at
    reply = driver.say(line)
    assert driver.at == at and not decisions(driver)
    assert reply.messages[-1].text.startswith("The alert advises")


def test_the_interviewer_ending_the_session_is_recorded_and_ends_it() -> None:
    driver = screened_with(HIGH)
    reply = driver.say("acknowledge", "end")
    [decided] = decisions(driver)
    assert (decided.go_on, decided.decided_by, decided.level.value) == (False, "interviewer", "high")
    assert isinstance(reply.events[-1], SessionEnded)
    assert driver.conversation.finished and driver.at is None
    assert reply.messages[-1].kind == "finished"


def test_the_interviewer_going_on_is_recorded_and_returns_where_the_screen_interrupted() -> None:
    driver = screened_with(HIGH)
    driver.say("acknowledge", "continue")
    [decided] = decisions(driver)
    assert decided.go_on and decided.decided_by == "interviewer"
    assert driver.at == "episode_weeks"
    assert alert_state(driver.events).current.go_on is True  # type: ignore[union-attr]


@pytest.mark.parametrize(("answer", "goes_on"), [("yes", True), ("no", False)])
def test_at_low_the_person_is_asked_whether_they_agree_to_go_on(answer: str, goes_on: bool) -> None:
    driver = screened_with(LOW)
    assert driver.conversation.deciding and not driver.conversation.halted
    driver.say(answer)
    [decided] = decisions(driver)
    assert (decided.go_on, decided.decided_by) == (goes_on, "person")
    assert driver.conversation.finished is not goes_on


def test_a_note_while_deciding_is_kept_and_the_question_asked_again() -> None:
    driver = screened_with(LOW)
    reply = driver.say("note she hesitated before answering")
    assert "note_added" in driver.kinds() and not decisions(driver)
    assert reply.messages[-1].text.startswith("Does the person agree to go on")


def test_a_session_paused_before_deciding_asks_again_on_resume() -> None:
    driver = screened_with(HIGH)
    driver.say("acknowledge", "pause")
    stored = [event_from_json(event_to_json(e)) for e in driver.events]
    resumed = Conversation.replay(driver.script, stored, today=lambda: TODAY)
    assert resumed.deciding
    reply = resumed.resume()
    assert reply.messages[-1].text.startswith("The alert advises")


def test_an_ended_session_is_listed_as_ended_and_its_transcript_says_who_decided(tmp_path: Path) -> None:
    driver = screened_with(HIGH)
    driver.say("acknowledge", "end")
    store = SessionStore(open_database(tmp_path / "i.db"))
    session_id = store.create(driver.events[0], driver.script.source_text)  # type: ignore[arg-type]
    store.append(session_id, driver.events)
    assert store.summary(session_id).status == "ended after a safety alert"
    markdown = transcript_markdown(session_id, store.events(session_id))
    assert "The interviewer chose to end the session at" in markdown
