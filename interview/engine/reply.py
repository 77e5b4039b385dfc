"""What one turn of the conversation returns: the events to commit, then the messages to show."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from interview.events import AnswerRecorded, Event, InputReceived

MessageKind = Literal[
    "alert",
    "section",
    "item",
    "prompt",
    "ack",
    "error",
    "info",
    "why",
    "help",
    "review",
    "finished",
    "paused",
]


@dataclass(frozen=True)
class Message:
    """Something to show, with its kind so a UI can style it."""

    kind: MessageKind
    text: str


@dataclass
class Reply:
    """The result of one turn: events to commit (before showing anything), then messages."""

    events: list[Event] = field(default_factory=list)
    messages: list[Message] = field(default_factory=list)

    @property
    def understood(self) -> str | None:
        """What an approximate answer to the typed line was understood as, shown once under the answer
        (the messages do not repeat it); None when the answer was exact or not taken."""
        typed = next((e for e in self.events if isinstance(e, InputReceived)), None)
        if typed is None:
            return None
        recorded = (e for e in self.events if isinstance(e, AnswerRecorded) and e.key == typed.key)
        first = next(recorded, None)
        return first.display if first is not None and first.approximate else None

    def say(self, kind: MessageKind, text: str) -> None:
        """Add a message; alerts go before everything else (after earlier alerts)."""
        if kind == "alert":
            first_other = next((i for i, m in enumerate(self.messages) if m.kind != "alert"), None)
            self.messages.insert(
                len(self.messages) if first_other is None else first_other, Message(kind, text)
            )
        else:
            self.messages.append(Message(kind, text))
