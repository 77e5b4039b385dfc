"""The safety flow (clinical-rules §14): the screener in place and out of turn, alerts, acknowledgement."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview.engine import Conversation, event_from_json, event_to_json
from interview.events import (
    AlertAcknowledged,
    AlertRaised,
    AnswerRecorded,
    InputReceived,
    RiskCueNoticed,
    RiskDenied,
    ScreenerStarted,
)
from interview.mapping.read_backs import READ_BACKS
from interview.record.safety import TriageLevel
from interview.report.transcript import transcript_jsonl, transcript_markdown
from interview.safety.contacts import CrisisContacts
from interview.safety.state import alert_state
from interview.storage import SessionStore, open_database
from tests.engine.flows import TODAY
from tests.engine.safety_flows import NO_SCREEN, OPENING, SafetyDriver

MODERATE = ["yes", "no", "yes", "no"]
"""Item 1 yes, item 2 no, item 6 yes but not in the past 3 months: moderate."""
HIGH = ["yes", "yes", "no", "yes", "no", "no"]
"""Items 1, 2 and 4 yes: high."""


def triggered(driver: SafetyDriver) -> None:
    """Reach PHQ-9 item 9 and answer 'several days': the screener starts at once."""
    driver.say(*OPENING, "several days")


def test_phq9_item_9_above_zero_asks_the_screener_before_the_next_question() -> None:
    driver = SafetyDriver()
    reply = driver.say(*OPENING, "several days")
    assert driver.at == "cssrs_1"
    assert [m.kind for m in reply.messages][:2] == ["info", "section"]
    started = next(e for e in reply.events if isinstance(e, ScreenerStarted))
    assert started.resume_key == "episode_weeks"
    assert "safety trigger 1" in started.reason and "phq_9" not in started.reason, "no question ids"
    assert "thoughts...': 1. Several days" in started.reason
    assert not any("How long has this episode" in m.text for m in reply.messages)


def test_after_an_out_of_turn_screen_the_interview_returns_to_where_it_was() -> None:
    driver = SafetyDriver()
    triggered(driver)
    reply = driver.say(*NO_SCREEN)
    assert driver.at == "episode_weeks"
    assert not driver.conversation.alerts
    assert "no screener item was answered yes" in reply.messages[0].text
    driver.say("8 months")  # the screener's own place in the script is passed: it is answered
    assert driver.at == "any_antidepressant"


def test_a_positive_screen_raises_the_alert_first_in_the_very_next_output() -> None:
    driver = SafetyDriver()
    triggered(driver)
    reply = driver.say("yes", "no", "no")  # item 1 only: low
    assert reply.messages[0].kind == "alert"
    assert reply.messages[0].text.startswith("SAFETY ALERT: C-SSRS screener level LOW")
    assert "Endorsed: 1 wish to be dead (past month)" in reply.messages[0].text
    assert "Samaritans: call 116 123" in reply.messages[0].text
    raised = next(e for e in reply.events if isinstance(e, AlertRaised))
    assert raised.level is TriageLevel.LOW and raised.contacts[0].startswith("Emergency: call 999")
    assert not driver.conversation.halted, "low does not halt"
    assert reply.messages[-1].text.startswith("Does the person agree to go on with the interview?")
    reply = driver.say("yes")
    assert driver.at == "episode_weeks", "the person agreed: the interview goes on"
    assert reply.messages[-1].kind == "prompt"


def test_the_alert_is_stored_and_heads_the_transcript(tmp_path: Path) -> None:
    driver = SafetyDriver()
    triggered(driver)
    driver.say(*MODERATE)
    store = SessionStore(open_database(tmp_path / "i.db"))
    started = driver.events[0]
    session_id = store.create(started, driver.script.source_text)  # type: ignore[arg-type]
    store.append(session_id, driver.events)
    stored = store.events(session_id)
    state = alert_state(stored)
    assert state.current is not None and state.current.level is TriageLevel.MODERATE
    assert state.unacknowledged and state.level is TriageLevel.MODERATE
    markdown = transcript_markdown(session_id, stored)
    assert markdown.index("SAFETY ALERT") < markdown.index("Patient label")
    assert "NOT acknowledged" in markdown
    first_row = transcript_jsonl(session_id, stored).splitlines()[0]
    assert '"kind": "safety_alerts"' in first_row and '"level": "moderate"' in first_row


@pytest.mark.parametrize("answers", [MODERATE, HIGH])
def test_at_moderate_and_high_every_input_waits_for_the_acknowledgement(answers: list[str]) -> None:
    driver = SafetyDriver()
    triggered(driver)
    driver.say(*answers)
    assert driver.conversation.halted
    for line in ["8 months", "skip", "back", "why"]:
        reply = driver.say(line)
        assert isinstance(reply.events[0], InputReceived) and reply.events[0].text == line
        assert len(reply.events) == 1, "nothing but the input is stored while halted"
        assert {m.kind for m in reply.messages} == {"alert"}
        assert "type 'acknowledge'" in reply.messages[-1].text
    assert driver.at == answers_end(answers)
    reply = driver.say("ack")
    acknowledged = next(e for e in reply.events if isinstance(e, AlertAcknowledged))
    assert driver.conversation.alerts[-1].acknowledged_at == acknowledged.at
    assert not driver.conversation.halted
    assert "acknowledged at" in reply.messages[0].text
    assert "type 'end' to end the session here" in reply.messages[-1].text
    assert driver.at == answers_end(answers), "the interview goes on only if the interviewer says so"
    driver.say("continue")
    assert driver.at == "episode_weeks"


def answers_end(answers: list[str]) -> str:
    """The last screener question the answers reach (moderate: the 3-month follow-up; high: item 6)."""
    return "cssrs_6_recent" if answers == MODERATE else "cssrs_6"


def test_at_high_the_emergency_guidance_comes_first() -> None:
    driver = SafetyDriver()
    triggered(driver)
    reply = driver.say(*HIGH)
    assert reply.messages[0].kind == "alert"
    assert reply.messages[0].text.startswith("EMERGENCY GUIDANCE")
    assert "Emergency: call 999" in reply.messages[0].text
    assert reply.messages[1].text.startswith("SAFETY ALERT: C-SSRS screener level HIGH")
    again = driver.say("hello")
    assert again.messages[0].text.startswith("EMERGENCY GUIDANCE")


def test_a_risk_phrase_in_a_text_answer_starts_the_screener_at_once() -> None:
    driver = SafetyDriver()
    driver.say(*OPENING, "not at all", "8 months", *NO_SCREEN, "yes", "sertraline", "100 mg", "6 weeks")
    driver.say("5", "no")
    assert driver.at == "side_effects"
    reply = driver.say("nausea, and honestly I felt I'd be better off dead")
    assert driver.at == "cssrs_1", "the earlier screen is set aside and asked again"
    assert "risk_cue_noticed" in [e.kind for e in reply.events]
    started = next(e for e in reply.events if isinstance(e, ScreenerStarted))
    assert started.reason == "the risk phrase 'better off dead'" and started.resume_key == ""
    reply = driver.say("yes", "no", "no")
    assert reply.messages[0].kind == "alert" and "risk phrase 'better off dead'" in reply.messages[0].text
    driver.say("yes")  # the person agrees to go on
    assert driver.conversation.finished


def test_a_rerun_keeps_the_old_answers_in_the_log_and_the_new_ones_count() -> None:
    driver = SafetyDriver()
    triggered(driver)
    driver.say("yes", "no", "no", "yes")  # low; the person agrees to go on
    driver.say("note she said she wants to die")
    assert driver.at == "cssrs_1"
    driver.say(*NO_SCREEN)
    assert driver.conversation.book.entries["cssrs_1"].value is False
    recorded = [e for e in driver.events if isinstance(e, AnswerRecorded) and e.key == "cssrs_1"]
    assert [e.value for e in recorded] == [True, False]
    assert alert_state(driver.events).level is TriageLevel.NONE
    assert len(driver.conversation.alerts) == 1, "the earlier alert stays visible"
    assert driver.at == "episode_weeks"


def test_a_risk_phrase_in_input_that_was_not_understood_still_counts() -> None:
    driver = SafetyDriver()
    driver.say(*OPENING, "not at all")
    reply = driver.say("I don't know, I want to die")
    assert reply.messages[0].kind == "error"
    assert driver.at == "cssrs_1"
    driver.say(*NO_SCREEN)
    assert driver.at == "episode_weeks", "the question that was not answered is asked again"


def test_risk_phrases_during_the_screener_do_not_restart_it() -> None:
    driver = SafetyDriver()
    triggered(driver)
    driver.say("yes, I want to die", "yes", "I think about killing myself")
    assert driver.kinds().count("risk_cue_noticed") == 2, "one cue for each statement"
    assert driver.kinds().count("screener_started") == 1
    assert driver.at == "cssrs_3", "a yes with words after it is a yes; a statement is asked back"


def test_the_screener_in_its_place_with_nothing_endorsed_raises_no_alert() -> None:
    driver = SafetyDriver()
    driver.say(*OPENING, "not at all", "8 months", *NO_SCREEN)
    assert driver.at == "any_antidepressant"
    assert "screener_completed" in driver.kinds() and "alert_raised" not in driver.kinds()


def test_acknowledging_without_an_alert_says_so() -> None:
    driver = SafetyDriver()
    reply = driver.say("ack")
    assert "no safety alert" in reply.messages[0].text.lower()


def test_a_halted_session_resumes_halted_and_shows_the_alert_again() -> None:
    driver = SafetyDriver()
    triggered(driver)
    driver.say(*HIGH, "pause")
    stored = [event_from_json(event_to_json(e)) for e in driver.events]
    resumed = Conversation.replay(
        driver.script, stored, today=lambda: TODAY, contacts=_never_read, read_backs=READ_BACKS
    )
    assert resumed.halted and resumed.paused
    reply = resumed.resume()
    assert reply.messages[0].text.startswith("EMERGENCY GUIDANCE")
    assert not any(m.kind == "prompt" for m in reply.messages)
    resumed.handle("acknowledge")
    resumed.handle("continue")
    assert resumed.current is not None and resumed.current.key == "episode_weeks"


def _never_read() -> CrisisContacts:
    raise AssertionError("replay shows the contacts stored with the alert; it never reads the settings")


def test_a_risk_phrase_after_the_end_asks_the_screener_then_ends_again() -> None:
    driver = SafetyDriver()
    driver.say(*OPENING, "not at all", "8 months", *NO_SCREEN, "no")
    assert driver.conversation.finished
    driver.say("note on the way out she said there is no reason to live")
    assert driver.at == "cssrs_1"
    driver.say("yes", "yes", "yes", "no", "no", "no")  # items 1-3: moderate
    assert driver.conversation.halted and not driver.conversation.finished
    driver.say("acknowledge", "continue")
    assert driver.conversation.finished


def test_a_trigger_fires_when_it_becomes_true_not_while_it_stays_true() -> None:
    driver = SafetyDriver()
    triggered(driver)
    driver.say(*NO_SCREEN, "back", "nearly every day")  # still above 0: no second screen
    assert driver.kinds().count("screener_started") == 1
    driver.say("back", "not at all", "back", "several days")  # false, then true again
    assert driver.kinds().count("screener_started") == 2
    assert driver.at == "cssrs_1"


def test_a_risk_phrase_while_halted_is_stored_and_the_acknowledgement_returns_where_it_was() -> None:
    driver = SafetyDriver()
    triggered(driver)
    driver.say(*MODERATE, "he keeps saying he wants to die")
    assert driver.kinds()[-2:] == ["input_received", "risk_cue_noticed"]
    driver.say("ack", "continue")
    assert driver.at == "episode_weeks"
    replayed = Conversation.replay(
        driver.script, driver.events, today=lambda: TODAY, contacts=_never_read, read_backs=READ_BACKS
    )
    assert replayed.current == driver.conversation.current and not replayed.halted


def test_an_unanswered_item_halts_at_the_level_it_could_reach_and_the_alert_shows_both_levels() -> None:
    driver = SafetyDriver()
    triggered(driver)
    reply = driver.say("yes", "no", "don't know")  # item 1 yes, item 2 no, item 6 not known
    both = "endorsed: low (item 1); could be high: item 6 unanswered"
    raised = next(e for e in reply.events if isinstance(e, AlertRaised))
    assert raised.level is TriageLevel.HIGH, "acted on: the level item 6 could reach"
    assert raised.endorsed == ["1 wish to be dead (past month)"]
    assert reply.messages[0].text.startswith("EMERGENCY GUIDANCE")
    assert reply.messages[1].text.splitlines()[0] == (
        f"SAFETY ALERT: acting on C-SSRS screener level HIGH ({both})"
    )
    assert driver.conversation.halted
    assert both in driver.conversation.alerts[-1].banner
    reply = driver.say("acknowledge")
    assert reply.messages[0].text.startswith(f"Safety alert (acting on high; {both}) acknowledged at")


def test_a_denial_in_an_answer_is_recorded_and_does_not_start_the_screener() -> None:
    driver = SafetyDriver()
    driver.say(*OPENING, "not at all", "8 months", *NO_SCREEN, "yes", "sertraline", "100 mg", "6 weeks")
    driver.say("5", "no")
    assert driver.at == "side_effects"
    reply = driver.say("nausea; and to be clear, I'm not suicidal")
    denied = [e for e in reply.events if isinstance(e, RiskDenied)]
    assert [(e.matched, e.negation, e.category) for e in denied] == [("suicidal", "not", "ideation")]
    assert "screener_started" not in [e.kind for e in reply.events]
    assert driver.at != "cssrs_1"
    markdown = transcript_markdown("s1", driver.events)
    assert "_Denial noted: 'suicidal' denied by 'not' (ideation)_" in markdown


def test_risk_after_a_denial_in_a_note_starts_the_screener_at_once() -> None:
    driver = SafetyDriver()
    driver.say(*OPENING, "not at all", "8 months", *NO_SCREEN)
    reply = driver.say("note says she is not suicidal but she has been saving her tablets")
    kinds = [e.kind for e in reply.events]
    assert kinds.index("risk_denied") < kinds.index("risk_cue_noticed") < kinds.index("screener_started")
    noticed = next(e for e in reply.events if isinstance(e, RiskCueNoticed))
    assert (noticed.matched, noticed.category) == ("saving her tablets", "preparation")
    assert driver.at == "cssrs_1"
    assert "_Risk statement noticed: 'saving her tablets' (preparation)_" in transcript_markdown(
        "s1", driver.events
    )


def test_a_risk_cue_stored_before_categories_still_reads_and_shows() -> None:
    old = '{"kind": "risk_cue_noticed", "at": "2026-01-01T00:00Z", "key": "q", "phrase": "p", "matched": "m"}'
    event = event_from_json(old)
    assert isinstance(event, RiskCueNoticed) and event.category == ""
    assert "_Risk phrase noticed: 'm' (list phrase 'p')_" in transcript_markdown("s1", [event])
