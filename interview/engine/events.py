"""What happened in an interview, as small past-tense events: the log that every state is derived from."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from interview.record.missing import MissingReason


def now_utc() -> str:
    """The current time as an ISO 8601 string in UTC (the only clock the engine reads)."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class _Event(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    at: str = Field(default_factory=now_utc)


class SessionStarted(_Event):
    """A new interview began with this exact script."""

    kind: Literal["session_started"] = "session_started"
    script_id: str
    script_version: str
    script_digest: str
    patient_label: str
    script_path: str = ""
    """Where the script file was read from, to notice later changes to it."""


class QuestionAsked(_Event):
    """A question was put on screen."""

    kind: Literal["question_asked"] = "question_asked"
    key: str
    prompt: str


class InputReceived(_Event):
    """Exactly what was typed, before any interpretation: nothing typed is ever lost."""

    kind: Literal["input_received"] = "input_received"
    key: str
    text: str


class AnswerRecorded(_Event):
    """An answer was understood and accepted."""

    kind: Literal["answer_recorded"] = "answer_recorded"
    key: str
    value: Any
    display: str
    approximate: bool = False


class AnswerMissing(_Event):
    """The question was answered with a reason for having no value (don't know, declined, skipped)."""

    kind: Literal["answer_missing"] = "answer_missing"
    key: str
    reason: MissingReason


class AnswerRejected(_Event):
    """The input could not be understood as an answer; the person was told what is expected."""

    kind: Literal["answer_rejected"] = "answer_rejected"
    key: str
    message: str


class NoteAdded(_Event):
    """The interviewer attached a note to a question."""

    kind: Literal["note_added"] = "note_added"
    key: str
    text: str


class Navigated(_Event):
    """The interviewer went back to, or chose to edit, an earlier question."""

    kind: Literal["navigated"] = "navigated"
    key: str
    command: Literal["back", "edit"]


class Paused(_Event):
    """The interview was paused; it can be resumed later at the same question."""

    kind: Literal["paused"] = "paused"


class Resumed(_Event):
    """A paused or interrupted interview was picked up again."""

    kind: Literal["resumed"] = "resumed"


class Finished(_Event):
    """Every applicable question has an answer."""

    kind: Literal["finished"] = "finished"


Event = Annotated[
    SessionStarted
    | QuestionAsked
    | InputReceived
    | AnswerRecorded
    | AnswerMissing
    | AnswerRejected
    | NoteAdded
    | Navigated
    | Paused
    | Resumed
    | Finished,
    Field(discriminator="kind"),
]

EVENT_ADAPTER: TypeAdapter[Event] = TypeAdapter(Event)


def event_from_json(payload: str) -> Event:
    """Read one stored event back."""
    return EVENT_ADAPTER.validate_json(payload)


def event_to_json(event: Event) -> str:
    """The stored form of an event."""
    return event.model_dump_json()
