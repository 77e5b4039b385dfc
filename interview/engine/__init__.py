"""The interview engine: a script compiled into a state machine, driven one line of text at a time."""

from interview.engine.conversation import Conversation, Message, Reply
from interview.engine.events import Event, event_from_json, event_to_json
from interview.engine.machine import compile_script
from interview.engine.slots import Slot

__all__ = [
    "Conversation",
    "Event",
    "Message",
    "Reply",
    "Slot",
    "compile_script",
    "event_from_json",
    "event_to_json",
]
