"""Every conversation of a script shares one compiled machine, and leaves nothing behind in it."""

from __future__ import annotations

import gc
import weakref

from interview.engine import Conversation
from interview.engine.compiled import compiled_for
from tests.engine.flows import TODAY, TREATMENT, Driver, load


def test_the_shared_machine_holds_no_conversation_after_two_hundred() -> None:
    script = load(TREATMENT)
    machine = compiled_for(script).machine
    before = len(machine.models)
    for n in range(200):
        conversation, _ = Conversation.start(script, f"P-{n}", today=lambda: TODAY)
        conversation.handle("yes")
    assert len(machine.models) == before


def test_a_conversation_nothing_else_refers_to_is_freed() -> None:
    conversation, _ = Conversation.start(load(TREATMENT), "P-1", today=lambda: TODAY)
    gone = weakref.ref(conversation)
    del conversation
    gc.collect()
    assert gone() is None


def test_conversations_sharing_the_machine_keep_their_own_places() -> None:
    first, second = Driver(), Driver()
    first.say("yes")
    assert (first.at, second.at) == ("nickname", "consent")
    second.say("yes", "Sam")
    assert first.at == "nickname" and second.at != "nickname"
