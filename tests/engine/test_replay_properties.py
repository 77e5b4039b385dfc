"""Properties over arbitrary input: nothing raises, and replaying stored events rebuilds the same state."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview.engine import Conversation, event_from_json, event_to_json
from tests.engine.flows import TODAY, Driver

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
    replayed = Conversation.replay(driver.script, stored, today=lambda: TODAY)
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
    replayed = Conversation.replay(original.script, list(original.events), today=lambda: TODAY)
    for line in rest:
        a, b = original.conversation.handle(line), replayed.handle(line)
        assert [m.text for m in a.messages] == [m.text for m in b.messages]
    assert replayed.current == original.conversation.current
