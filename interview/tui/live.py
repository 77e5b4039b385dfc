"""A live session: the engine's Conversation plus its store, committing each turn before it is shown."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from interview.engine import Conversation, Reply
from interview.events import Event, Paused
from interview.mapping.read_backs import READ_BACKS
from interview.script import Script
from interview.storage import SessionStore


def begin(script: Script, patient_label: str, script_path: Path) -> tuple[Conversation, Reply]:
    """A new conversation and its first reply, not yet stored (no I/O: may run on a thread)."""
    return Conversation.start(script, patient_label, script_path=str(script_path), read_backs=READ_BACKS)


@dataclass
class LiveSession:
    """One interview being conducted: every reply's events are on disk before the UI sees the reply."""

    store: SessionStore
    session_id: str
    conversation: Conversation
    earlier: list[Event] = field(default_factory=list)
    """A resumed session's events before this sitting, for the chat to show the conversation so far."""

    @classmethod
    def start(
        cls, store: SessionStore, script: Script, patient_label: str, script_path: Path
    ) -> tuple[LiveSession, Reply]:
        """A new stored session and its first reply (already committed)."""
        conversation, first = begin(script, patient_label, script_path)
        return cls.stored(store, conversation, first), first

    @classmethod
    def stored(cls, store: SessionStore, conversation: Conversation, first: Reply) -> LiveSession:
        """Store a conversation just begun (`begin`): the session, then its first reply's events."""
        session_id = store.create_begun(first.events, conversation.script.source_text)
        store.append(session_id, first.events)
        return cls(store, session_id, conversation)

    @classmethod
    def resume(cls, store: SessionStore, session_id: str) -> tuple[LiveSession, Reply]:
        """A stored session replayed from its events, standing on the question where it stopped."""
        # Imported here: interview.session.outcome brings mapping, staging and reports (~130 ms at launch).
        from interview.session.outcome import replayed_conversation

        store.claim(session_id)  # SessionBusy, naming the holder, when another process has it open
        conversation = replayed_conversation(store, session_id)
        earlier = store.events(session_id)
        if conversation.finished:  # nothing to ask: the screen offers review and report instead
            reply = Reply()
            reply.say("finished", "This interview is complete. Review the answers or open the report.")
            return cls(store, session_id, conversation, earlier), reply
        reply = conversation.resume()
        store.append(session_id, reply.events)
        return cls(store, session_id, conversation, earlier), reply

    def say(self, text: str) -> Reply:
        """One line typed by the interviewer; the reply's events are committed before it is returned."""
        reply = self.conversation.handle(text)
        self.store.append(self.session_id, reply.events)
        return reply

    def pause(self) -> Reply:
        """Pause through the engine's own command, so the log reads as if 'pause' had been typed."""
        return self.say("pause")

    def interrupt(self) -> None:
        """The UI is closing mid-interview: mark the session paused (every answer is already stored)."""
        if not (self.conversation.finished or self.conversation.paused):
            self.store.append(self.session_id, [Paused()])
        self.release()

    def release(self) -> None:
        """The screen is done with the session: another process (a tab, a terminal) may open it now."""
        self.store.release(self.session_id)
