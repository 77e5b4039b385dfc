"""The interview engine: a script compiled into a state machine, driven one line of text at a time.

The names below are imported when first used (PEP 562): a module that needs only the event models
(storage, reading a session's log) does not load the whole Conversation with them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from interview.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from interview.engine.conversation import Conversation, Message, Reply
    from interview.engine.machine import compile_script
    from interview.engine.slots import Slot
    from interview.events import Event, event_from_json, event_to_json

_MODULE_OF = {
    "Conversation": "interview.engine.conversation",
    "Event": "interview.events",
    "Message": "interview.engine.conversation",
    "Reply": "interview.engine.conversation",
    "Slot": "interview.engine.slots",
    "compile_script": "interview.engine.machine",
    "event_from_json": "interview.events",
    "event_to_json": "interview.events",
}

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


__getattr__ = lazy_exports(__name__, _MODULE_OF)
