"""Properties over arbitrary input: nothing raises, and replaying stored events rebuilds the same state."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview.engine import Conversation, event_from_json, event_to_json
from interview.mapping.read_backs import READ_BACKS
from tests.engine.flows import TODAY, Driver
from tests.engine.safety_flows import OPENING, SafetyDriver, gb_contacts

VOCABULARY = [
    "yes", "no", "", "skip", "back", "why", "help", "review", "pause", "edit 1", "edit 3", "edit 99",
    "note checked chart", "don't know", "prefer not to say", "sertraline", "2", "0", "3 weeks",
    "cbt", "1", "ipt", "12", "none", "another", "no idea", "twelve",
]  # fmt: skip

inputs = st.lists(st.one_of(st.sampled_from(VOCABULARY), st.text(max_size=40)), max_size=40)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(inputs)
def test_no_sequence_of_inputs_raises_and_every_turn_replies(lines: list[str]) -> None:
    driver = Driver()
    for line in lines:
        reply = driver.say(line)
        assert reply.events, "every input is at least stored"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(inputs)
def test_replaying_the_stored_events_rebuilds_the_same_interview(lines: list[str]) -> None:
    driver = Driver()
    driver.say(*lines) if lines else None
    stored = [event_from_json(event_to_json(e)) for e in driver.events]
    replayed = Conversation.replay(driver.script, stored, today=lambda: TODAY, read_backs=READ_BACKS)
    assert replayed.current == driver.conversation.current
    assert replayed.finished == driver.conversation.finished
    assert replayed.paused == driver.conversation.paused
    assert {k: (e.display, e.missing, e.notes) for k, e in replayed.book.entries.items()} == {
        k: (e.display, e.missing, e.notes) for k, e in driver.conversation.book.entries.items()
    }


@settings(max_examples=60, deadline=None)
@given(inputs, inputs)
def test_a_replayed_interview_continues_exactly_like_the_original(first: list[str], rest: list[str]) -> None:
    original = Driver()
    original.say(*first) if first else None
    replayed = Conversation.replay(
        original.script, list(original.events), today=lambda: TODAY, read_backs=READ_BACKS
    )
    for line in rest:
        a, b = original.conversation.handle(line), replayed.handle(line)
        assert [m.text for m in a.messages] == [m.text for m in b.messages]
    assert replayed.current == original.conversation.current


SAFETY_VOCABULARY = [
    "yes", "no", "the patient", "several days", "nearly every day", "not at all", "8 months", "ack",
    "acknowledge", "alert", "pause", "back", "edit 4", "edit 5", "skip", "don't know", "prefer not to say",
    "I want to die", "note she says she is better off dead", "sertraline", "100 mg", "6 weeks", "5",
    "killing time", "dead tired",
]  # fmt: skip
TRIGGERED = [*OPENING, "several days"]
"""A start that reaches the screener at once, so that most examples exercise alerts and halts."""
safety_inputs = st.builds(
    lambda start, rest: [*start, *rest],
    st.sampled_from([[], TRIGGERED, [*TRIGGERED, "yes", "no"], [*TRIGGERED, "yes", "yes"]]),
    st.lists(st.one_of(st.sampled_from(SAFETY_VOCABULARY), st.text(max_size=30)), max_size=40),
)


def _safety_state(conversation: Conversation, with_times: bool = True) -> object:
    """Everything the safety flow shows or decides with, for comparing a replay with the original.

    Two conversations that each take a new line stamp its events with their own clock: `with_times`
    False compares alerts without their times (acknowledged or decided, or not, still counts).
    """
    alerts = [
        a
        if with_times
        else replace(
            a,
            raised_at="",
            acknowledged_at=a.acknowledged_at and "yes",
            decided_at=a.decided_at and "yes",
        )
        for a in conversation.alerts
    ]
    return (
        conversation.current,
        conversation.finished,
        conversation.paused,
        conversation.halted,
        conversation.deciding,
        conversation.screening,
        alerts,
        conversation.safety.screened_level,
        {k: (e.display, e.missing) for k, e in conversation.book.entries.items()},
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(safety_inputs)
def test_replaying_a_session_with_the_safety_flow_rebuilds_its_alerts_exactly(lines: list[str]) -> None:
    driver = SafetyDriver()
    driver.say(*lines) if lines else None
    stored = [event_from_json(event_to_json(e)) for e in driver.events]
    replayed = Conversation.replay(
        driver.script, stored, today=lambda: TODAY, contacts=gb_contacts, read_backs=READ_BACKS
    )
    assert _safety_state(replayed) == _safety_state(driver.conversation)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(safety_inputs, safety_inputs)
def test_a_replayed_safety_session_continues_exactly_like_the_original(
    first: list[str], rest: list[str]
) -> None:
    original = SafetyDriver()
    original.say(*first) if first else None
    replayed = Conversation.replay(
        original.script, list(original.events), today=lambda: TODAY, contacts=gb_contacts
    )
    for line in rest:
        a, b = original.conversation.handle(line), replayed.handle(line)
        assert [(m.kind, m.text[:40]) for m in a.messages] == [(m.kind, m.text[:40]) for m in b.messages]
    assert _safety_state(replayed, with_times=False) == _safety_state(original.conversation, with_times=False)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(safety_inputs)
def test_an_alert_always_comes_first_and_a_halted_interview_asks_nothing(lines: list[str]) -> None:
    driver = SafetyDriver()
    for line in lines:
        reply = driver.say(line)
        kinds = [m.kind for m in reply.messages]
        assert kinds == sorted(kinds, key=lambda kind: kind != "alert"), "alerts lead every reply"
        if driver.conversation.halted:
            assert "prompt" not in kinds and "question_asked" not in [e.kind for e in reply.events]
